//! A network recall arriving in the hub's pull feed, entered through the site's own recall path
//! (its hold in the same transaction) by the sync agent's principal, once: `hub_recall` maps the
//! hub's recall to the local one, and a recall the site had entered itself under the same number
//! is linked, its missing lots and serials added and held; one of another GTIN is refused.

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

/// Enters a network recall through the site's own recall path, once: the hub's recall `r.id`
/// maps to one local recall, so a page pulled again or a later change (its closure at the hub)
/// changes nothing but the closure's note. Attributed to the sync agent's principal.
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
    if known.is_some() {
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
