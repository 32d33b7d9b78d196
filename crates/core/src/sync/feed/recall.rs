//! A network recall arriving in the hub's pull feed, entered through the site's own recall path
//! (its hold in the same transaction) by the sync agent's principal, once: `hub_recall` maps the
//! hub's recall to the local one, and a recall the site had entered itself under the same number
//! is linked, its missing lots and serials added and held; one of another GTIN is refused. A
//! later row of a recall the site has, widened at the hub (more lots or serials), extends the
//! site's recall through core's extension path and holds what the new lines cover.

use std::collections::HashSet;

use chrono::NaiveDate;
use custody_sync_protocol::FeedRecall;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;

use crate::error::CoreResult;
use crate::model::{RecallClass, Timestamp};
use crate::recall::{NewRecall, ScopeLine};

use super::{invalid, FeedApplied};

/// A network recall the pull entered at the site (or found entered already).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecallReceived {
    /// The recall number.
    pub number: String,
    /// Its title.
    pub title: String,
    /// The site had entered it itself (same number): linked, only the hub's extra scope held.
    pub existed: bool,
    /// The ledger here already records its closure (a site rebuilt from the hub): entered
    /// closed, as the ledger says, and nothing held.
    pub closed: bool,
    /// Packs the hold quarantined.
    pub units: i64,
    /// Lot-tracked quantity the hold quarantined.
    pub lot_quantity: i64,
}

/// A network recall the hub widened after the site had it, applied at the site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecallExtended {
    /// The recall number.
    pub number: String,
    /// Its title here.
    pub title: String,
    /// What the hub added that the site's recall lacked (`lot L2`, `serial S9`).
    pub added: Vec<String>,
    /// Packs the hold quarantined.
    pub units: i64,
    /// Lot-tracked quantity the hold quarantined.
    pub lot_quantity: i64,
    /// The site had closed its recall since the hub's reached it, so nothing was held: the
    /// stock of what was added is not dealt with here, and the hub's reconciliation shows it
    /// open until a person deals with it (a new recall here, or the hub's QA officer).
    pub closed_here: bool,
}

/// Enters a network recall through the site's own recall path, once: the hub's recall `r.id`
/// maps to one local recall, so a page pulled again or a later change changes nothing but the
/// closure's note and the lots and serials the hub added since ([`apply_extension`]).
/// Attributed to the sync agent's principal.
pub(super) fn apply_recall(
    tx: &Transaction<'_>,
    r: &FeedRecall,
    cursor: i64,
    now: Timestamp,
    out: &mut FeedApplied,
) -> CoreResult<()> {
    let known: Option<i64> = tx
        .query_row(
            "SELECT recall_id FROM hub_recall WHERE hub_id = ?1",
            [r.id],
            |row| row.get(0),
        )
        .optional()?;
    if let Some(recall_id) = known {
        apply_extension(tx, recall_id, r, now, out)?;
        tx.execute(
            "UPDATE hub_recall SET closed_at_hub = ?2, cursor = ?3
             WHERE hub_id = ?1 AND cursor < ?3",
            params![r.id, r.closed, cursor],
        )?;
        return Ok(());
    }
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM recall WHERE number = ?1",
            [&r.number],
            |row| row.get(0),
        )
        .optional()?;
    let (recall_id, received) = match existing {
        Some(id) => {
            let linked = crate::recall::link_network_recall(tx, &r.number, &network_recall(r)?, now)?
                .ok_or_else(|| {
                    invalid(format!(
                        "the hub's recall {} is of GTIN {}; this site's recall under that number is of another product",
                        r.number, r.gtin
                    ))
                })?;
            (
                id,
                RecallReceived {
                    number: r.number.clone(),
                    title: r.title.clone(),
                    existed: true,
                    closed: linked.recall.closed_at.is_some(),
                    units: linked.hold.units,
                    lot_quantity: linked.hold.lot_quantity,
                },
            )
        }
        None => {
            let created = crate::recall::enter_network_recall(tx, &network_recall(r)?, now)?;
            (
                created.recall.id,
                RecallReceived {
                    number: created.recall.number,
                    title: created.recall.title,
                    existed: false,
                    closed: created.recall.closed_at.is_some(),
                    units: created.hold.units,
                    lot_quantity: created.hold.lot_quantity,
                },
            )
        }
    };
    tx.execute(
        "INSERT INTO hub_recall (hub_id, recall_id, existed, closed_at_hub, cursor, received_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            r.id,
            recall_id,
            received.existed,
            r.closed,
            cursor,
            now.utc_text()
        ],
    )?;
    out.recalls.push(received);
    Ok(())
}

/// Takes the lots and serials the hub added to a recall the site holds already (entered from the
/// feed, or its own linked to the hub's), and sends again the outcomes the hub refused as not
/// covered (its recall may cover them now): those the site's recall lacks are added and what they
/// cover in stock held, through core's extension path, once (a row applied again finds nothing
/// lacking). A recall closed here before the hub's reached it (entered closed at a site rebuilt
/// from the hub, whose ledger records the closure; the site's own, closed when it was linked)
/// takes nothing, as when it was linked: the ledger says how it ended. One closed here since the
/// hub's reached it holds nothing either (a closed recall holds nothing more), but is listed as
/// widened and closed here, for the pull to say so: the stock of what was added is not dealt
/// with, and the hub shows it open. The feed goes on: stopping it there would keep every later
/// recall and alarm from the site until someone could reopen a closed recall, which nobody can.
fn apply_extension(
    tx: &Transaction<'_>,
    recall_id: i64,
    r: &FeedRecall,
    now: Timestamp,
    out: &mut FeedApplied,
) -> CoreResult<()> {
    let (number, closed_at, received_at): (String, Option<String>, String) = tx.query_row(
        "SELECT r.number, r.closed_at, m.received_at
         FROM recall r JOIN hub_recall m ON m.recall_id = r.id WHERE r.id = ?1",
        [recall_id],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    let held: HashSet<ScopeLine> = tx
        .prepare("SELECT gtin, lot, serial FROM recall_scope WHERE recall_id = ?1")?
        .query_map([recall_id], |row| {
            Ok(ScopeLine {
                gtin: row.get(0)?,
                lot: row.get(1)?,
                serial: row.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let every_pack = held
        .iter()
        .any(|l| l.gtin == r.gtin && l.lot.is_none() && l.serial.is_none());
    let added: Vec<ScopeLine> = network_recall(r)?
        .scope
        .into_iter()
        .filter(|l| !every_pack && !held.contains(l))
        .collect();
    // Outcomes the hub refused as not covered may be covered now: they go again with the next
    // push (the hub answers the same refusal if they still are not).
    tx.execute(
        "UPDATE recall_outcome SET sent_at = NULL, hub_refusal = NULL
         WHERE recall_id = ?1 AND hub_refusal LIKE 'not_covered:%'",
        [recall_id],
    )?;
    // Both times are UTC text of one format, so they compare as text.
    if added.is_empty()
        || closed_at
            .as_ref()
            .is_some_and(|closed| *closed <= received_at)
    {
        return Ok(());
    }
    if closed_at.is_some() {
        out.extended.push(RecallExtended {
            number,
            title: r.title.clone(),
            added: added.iter().map(scope_words).collect(),
            units: 0,
            lot_quantity: 0,
            closed_here: true,
        });
        return Ok(());
    }
    let extended = crate::recall::extend_network_recall(tx, &number, &added, now)?;
    out.extended.push(RecallExtended {
        number,
        title: extended.recall.title,
        added: added.iter().map(scope_words).collect(),
        units: extended.hold.units,
        lot_quantity: extended.hold.lot_quantity,
        closed_here: false,
    });
    Ok(())
}

/// A scope line the hub sends, in words: `lot L2` or `serial S9`.
fn scope_words(l: &ScopeLine) -> String {
    match (&l.lot, &l.serial) {
        (_, Some(serial)) => format!("serial {serial}"),
        (Some(lot), None) => format!("lot {lot}"),
        (None, None) => format!("every pack of GTIN {}", l.gtin),
    }
}

/// The hub's recall as the site's recall path takes it: a scope line per lot and per serial.
pub(super) fn network_recall(r: &FeedRecall) -> CoreResult<NewRecall> {
    let class: RecallClass = r
        .class
        .parse()
        .map_err(|_| invalid(format!("recall {} is of class {:?}", r.number, r.class)))?;
    let issued_on = NaiveDate::parse_from_str(&r.issued_on, "%Y-%m-%d").map_err(|_| {
        invalid(format!(
            "recall {} was issued on {:?}",
            r.number, r.issued_on
        ))
    })?;
    let lots = r.lots.iter().map(|l| ScopeLine {
        gtin: r.gtin.clone(),
        lot: Some(l.clone()),
        serial: None,
    });
    let serials = r.serials.iter().map(|s| ScopeLine {
        gtin: r.gtin.clone(),
        lot: None,
        serial: Some(s.clone()),
    });
    Ok(NewRecall {
        number: r.number.clone(),
        title: r.title.clone(),
        class,
        reason: r.reason.clone(),
        instructions: None,
        issuer: Some(format!(
            "the hospital network's hub (entered by {})",
            r.entered_by
        )),
        issued_on,
        scope: lots.chain(serials).collect(),
    })
}
