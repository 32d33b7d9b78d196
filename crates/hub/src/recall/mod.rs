//! Network recalls. A QA officer at the hub, signed in, enters a recall once ([`add`]: a GTIN,
//! lots and/or serials, a class and a reason), or a site shares one it entered itself
//! ([`share`]); it goes down the feed to every site that uses the GTIN, where
//! the site's own recall path enters it and holds the stock in the same transaction. A recall the
//! manufacturer widens takes further lots or serials of its GTIN ([`extend`], `extend.rs`), which
//! follow it down the feed and are held the same way. The sites'
//! holds and the outcomes that move stock are ledger events like any other, pushed back; the
//! outcomes a site keeps beside its ledger (a patient or ward notified, a pack that left not
//! traceable) follow each push (`outcomes.rs`). The hub reconciles the recall from both
//! ([`show`]: each site's packs by outcome, from the packs' states, the sites' outcomes and the
//! events that name the recall) until nothing is open anywhere, when [`close`] may close it.
//! `docs/decisions/2026-12-01-hub-recall.md` gives the rules.

use chrono::NaiveDate;
use custody_sync_protocol::{FeedItem, FeedRecall};
use serde::Serialize;

use tokio_postgres::IsolationLevel;

use crate::db::{utc_text, Database};
use crate::people::{Duty, HubUser};
use crate::HubError;

mod extend;
mod outcomes;
mod reconcile;
pub use extend::{extend, Extended, ExtensionInput};
pub(crate) use outcomes::receive as receive_outcomes;
use reconcile::reconcile;

/// A recall as the QA officer gives it.
#[derive(Debug, Clone, Default)]
pub struct RecallInput {
    /// The firm's or regulator's recall number.
    pub number: String,
    /// The product's GTIN (8, 12, 13 or 14 digits).
    pub gtin: String,
    /// The lots it covers.
    pub lots: Vec<String>,
    /// The packs it covers, by serial.
    pub serials: Vec<String>,
    /// `I`, `II`, `III` or `withdrawal`.
    pub class: String,
    /// A short title; made from the product and scope when not given.
    pub title: Option<String>,
    /// Why the product is recalled.
    pub reason: String,
    /// The notice's date (`YYYY-MM-DD`); the hub's today when not given.
    pub issued_on: Option<String>,
}

/// A network recall as the hub holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NetworkRecall {
    /// What the sites receive.
    #[serde(flatten)]
    pub recall: FeedRecall,
    /// When it was entered at the hub (UTC).
    pub entered_at: String,
    /// How many sites use its GTIN, and so receive it.
    pub sites: i64,
}

/// One site's packs (and lot-tracked quantity) in one outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutcomeRow {
    /// The site's code.
    pub site: String,
    /// `in_stock` (not held: the site has not pulled the recall yet), `held`, `returned`,
    /// `destroyed`, `dispensed_before` (before the recall was entered) and `dispensed_after`
    /// (the patient or ward not yet notified), `dispensed_notified`, `not_traceable` (a pack
    /// that left, its site could not trace it), `transferred_out`, `transferred_notified` (the
    /// receiving site told), `in_transit` (sent, its receipt not recorded), `missing` (not yet
    /// answered) or `not_found` (missing, answered not found): [`outcome_words`] says each, and
    /// [`OPEN`] which are open.
    pub outcome: String,
    /// Serialized packs.
    pub packs: i64,
    /// Lot-tracked quantity.
    pub quantity: i64,
}

/// Where one site stands with the recall.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SiteStanding {
    /// The site's code.
    pub site: String,
    /// Its pushed events that name the recall (holds, returns, destructions).
    pub events: i64,
    /// Packs and quantity still open there ([`OPEN`]).
    pub open: i64,
}

/// One serialized pack the recall covers, at one site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecallPack {
    /// The site's code.
    pub site: String,
    /// The serial.
    pub serial: String,
    /// The lot.
    pub lot: Option<String>,
    /// Its outcome, as in [`OutcomeRow`].
    pub outcome: String,
    /// Its last event there: kind and when (by the site's clock).
    pub last_kind: String,
    /// When.
    pub last_occurred_at: String,
    /// When the site recorded the outcome it sent for the pack (a patient notified, not
    /// traceable), by its clock, if it sent one.
    pub answered_at: Option<String>,
    /// The username of who recorded it there.
    pub answered_by: Option<String>,
}

/// A recall reconciled across the network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reconciliation {
    /// The recall.
    pub recall: NetworkRecall,
    /// Each site using the GTIN or holding covered stock.
    pub sites: Vec<SiteStanding>,
    /// Per site and outcome.
    pub outcomes: Vec<OutcomeRow>,
    /// Every serialized pack covered, by site then serial.
    pub packs: Vec<RecallPack>,
    /// Packs and quantity still open anywhere ([`OPEN`]).
    pub open: i64,
    /// Whether it may be closed (nothing open).
    pub closable: bool,
}

/// A lot, a serial or a number as GS1 allows it (up to 20 of its characters), trimmed.
fn gs1_value(what: &'static str, v: &str) -> Result<String, HubError> {
    let v = v.trim();
    let bad = |why: &str| HubError::BadRecord {
        what: format!("{what} {v:?}"),
        why: why.to_string(),
    };
    if v.is_empty() {
        return Err(bad("must not be empty"));
    }
    if v.len() > 20 {
        return Err(bad("has more than 20 characters"));
    }
    if !v.bytes().all(custody_gs1::ai::is_cset82) {
        return Err(bad(
            "has a character GS1 does not allow (a space, a letter with an accent…)",
        ));
    }
    Ok(v.to_string())
}

/// Trimmed, not empty, at most `max` characters.
fn text(what: &'static str, v: &str, max: usize) -> Result<String, HubError> {
    let v = v.trim();
    if v.is_empty() {
        return Err(HubError::Invalid {
            what,
            why: "must not be empty",
        });
    }
    if v.chars().count() > max {
        return Err(HubError::BadRecord {
            what: what.to_string(),
            why: format!("at most {max} characters"),
        });
    }
    Ok(v.to_string())
}

/// The recall checked: a GTIN with its check digit, at least one lot or serial (each a GS1
/// value, each once), a class, a reason, a date; entered by `entered_by`.
fn checked(input: &RecallInput, entered_by: &str) -> Result<FeedRecall, HubError> {
    let gtin = custody_gs1::Gtin::parse(input.gtin.trim()).map_err(|e| HubError::BadRecord {
        what: format!("GTIN {:?}", input.gtin),
        why: e.to_string(),
    })?;
    let mut lots = Vec::new();
    for l in &input.lots {
        let l = gs1_value("lot", l)?;
        if !lots.contains(&l) {
            lots.push(l);
        }
    }
    let mut serials = Vec::new();
    for s in &input.serials {
        let s = gs1_value("serial", s)?;
        if !serials.contains(&s) {
            serials.push(s);
        }
    }
    if lots.is_empty() && serials.is_empty() {
        return Err(HubError::Invalid {
            what: "recall scope",
            why: "give at least one --lot or --serial",
        });
    }
    let class = match input.class.trim().to_ascii_lowercase().as_str() {
        "i" | "1" => "I",
        "ii" | "2" => "II",
        "iii" | "3" => "III",
        "withdrawal" => "withdrawal",
        _ => {
            return Err(HubError::BadRecord {
                what: format!("class {:?}", input.class),
                why: "must be I, II, III or withdrawal".into(),
            })
        }
    };
    let issued_on = match input.issued_on.as_deref().map(str::trim) {
        Some(d) => NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| HubError::BadRecord {
            what: format!("date {d:?}"),
            why: "write it as 2026-12-01".into(),
        })?,
        None => chrono::Utc::now().date_naive(),
    };
    let scope = lots
        .iter()
        .map(|l| format!("lot {l}"))
        .chain(serials.iter().map(|s| format!("serial {s}")))
        .collect::<Vec<_>>()
        .join(", ");
    let title = match &input.title {
        Some(t) => text("title", t, 200)?,
        None => {
            let mut t = format!("GTIN {}, {scope}", gtin.as_str());
            if t.chars().count() > 200 {
                t = t.chars().take(199).collect::<String>() + "…";
            }
            t
        }
    };
    let recall = FeedRecall {
        id: 0,
        number: text("recall number", &input.number, 60)?,
        gtin: gtin.as_str().to_string(),
        lots,
        serials,
        class: class.to_string(),
        title,
        reason: text("reason", &input.reason, 2000)?,
        issued_on: issued_on.to_string(),
        entered_by: entered_by.to_string(),
        closed: None,
    };
    Ok(recall)
}

/// Enters a recall and logs it for every site using its GTIN (and, through the owed rows of
/// `feed::uses`, for any site that begins to use it later); the recall as stored.
pub async fn add(db: &Database, input: &RecallInput, by: &HubUser) -> Result<FeedRecall, HubError> {
    by.require(Duty::EnterRecall)?;
    let recall = checked(input, &by.username)?;
    let number = recall.number.clone();
    enter(db, recall)
        .await?
        .ok_or(HubError::RecallExists(number))
}

/// Enters a recall site `site` entered itself and shared, as [`add`] does, entered by "site
/// CODE"; the recall, and whether the hub had it already under that number. Sharing again (a
/// reply lost on the way) or sharing a recall the hub holds already changes nothing; a number
/// the hub holds for another product, or for fewer lots or packs than the site's names, is
/// refused, saying which: a site told "the hub has it" must not believe its other lots are
/// covered until the hub's QA officer extends the recall ([`extend`]).
pub async fn share(
    db: &Database,
    site: &str,
    input: &RecallInput,
) -> Result<(FeedRecall, bool), HubError> {
    let recall = checked(input, &format!("site {site}"))?;
    let (number, gtin) = (recall.number.clone(), recall.gtin.clone());
    if let Some(entered) = enter(db, recall).await? {
        return Ok((entered, false));
    }
    let client = db.client().await?;
    let held = client
        .query_one(&select_sql("r.number = $1"), &[&number])
        .await
        .map_err(HubError::db("reading a recall"))?;
    let held = recall_of(&held).recall;
    if held.gtin != gtin {
        return Err(HubError::BadRecord {
            what: format!("recall {number}"),
            why: format!(
                "the hub holds recall {number} for GTIN {}, not {gtin}: give this site's recall another number",
                held.gtin
            ),
        });
    }
    let lots = input.lots.iter().map(|l| ("lot", l.trim(), &held.lots));
    let serials = input
        .serials
        .iter()
        .map(|s| ("serial", s.trim(), &held.serials));
    let missing: Vec<String> = lots
        .chain(serials)
        .filter(|(_, value, covered)| !covered.iter().any(|c| c == value))
        .map(|(kind, value, _)| format!("{kind} {value}"))
        .collect();
    if !missing.is_empty() {
        return Err(HubError::BadRecord {
            what: format!("recall {number}"),
            why: format!(
                "the hub's recall {number} does not cover {}, which this site's names: ask the hub's QA officer to extend it (custody-hub recall extend {})",
                missing.join(", "),
                held.id
            ),
        });
    }
    Ok((held, true))
}

/// Inserts `recall` and logs it down the feed in one transaction, under the changelog's lock;
/// `None` when the hub has a recall under its number already.
async fn enter(db: &Database, mut recall: FeedRecall) -> Result<Option<FeedRecall>, HubError> {
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting to enter a recall"))?;
    crate::feed::lock(&tx).await?;
    let row = tx
        .query_opt(
            "INSERT INTO network_recall (number, gtin, lots, serials, class, title, reason, \
                                         issued_on, entered_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::date, $9) \
             ON CONFLICT (number) DO NOTHING RETURNING id",
            &[
                &recall.number,
                &recall.gtin,
                &recall.lots,
                &recall.serials,
                &recall.class,
                &recall.title,
                &recall.reason,
                &recall.issued_on,
                &recall.entered_by,
            ],
        )
        .await
        .map_err(HubError::db("entering a recall"))?;
    let Some(row) = row else {
        return Ok(None);
    };
    recall.id = row.get(0);
    crate::feed::log(&tx, &FeedItem::Recall(recall.clone()), None).await?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a recall"))?;
    Ok(Some(recall))
}

/// The recall's row and how many sites use its GTIN (`$1` its id, or every recall).
pub(crate) fn select_sql(filter: &str) -> String {
    format!(
        "SELECT r.id, r.number, r.gtin, r.lots, r.serials, r.class, r.title, r.reason, \
                r.issued_on::text, r.entered_by, \
                CASE WHEN r.closed_at IS NOT NULL THEN {closed} || ' by ' || r.closed_by \
                     || coalesce(' (' || r.closed_reason || ')', '') END, \
                {entered}, \
                (SELECT count(*) FROM site_use u WHERE u.kind = 'product' AND u.key = r.gtin) \
         FROM network_recall r WHERE {filter} ORDER BY r.id DESC",
        closed = utc_text("r.closed_at"),
        entered = utc_text("r.entered_at"),
    )
}

pub(crate) fn recall_of(r: &tokio_postgres::Row) -> NetworkRecall {
    NetworkRecall {
        recall: FeedRecall {
            id: r.get(0),
            number: r.get(1),
            gtin: r.get(2),
            lots: r.get(3),
            serials: r.get(4),
            class: r.get(5),
            title: r.get(6),
            reason: r.get(7),
            issued_on: r.get(8),
            entered_by: r.get(9),
            closed: r.get(10),
        },
        entered_at: r.get(11),
        sites: r.get(12),
    }
}

/// Every network recall, newest first.
pub async fn list(db: &Database) -> Result<Vec<NetworkRecall>, HubError> {
    let client = db.client().await?;
    let rows = client
        .query(&select_sql("true"), &[])
        .await
        .map_err(HubError::db("listing the recalls"))?;
    Ok(rows.iter().map(recall_of).collect())
}

/// A covered pack's or quantity's outcome, from its status at the site (`status`, `occurred`
/// the pack's last event's time there, `entered` the recall's) and the outcome the site sent
/// for it (`answer`: `notified`, `not_found` or null). Held stock has no outcome but held,
/// whatever was sent (a pack a patient brought back is held again); stock that left has the one
/// its site sent.
pub(crate) const OUTCOME_SQL: &str = "CASE status \
     WHEN 'in_stock' THEN 'in_stock' WHEN 'quarantined' THEN 'held' \
     WHEN 'returned_to_supplier' THEN 'returned' WHEN 'destroyed' THEN 'destroyed' \
     WHEN 'dispensed' THEN CASE answer WHEN 'notified' THEN 'dispensed_notified' \
                                       WHEN 'not_found' THEN 'not_traceable' \
                            ELSE CASE WHEN occurred < entered THEN 'dispensed_before' \
                                      ELSE 'dispensed_after' END END \
     WHEN 'transferred_out' THEN CASE answer WHEN 'notified' THEN 'transferred_notified' \
                                             WHEN 'not_found' THEN 'not_traceable' \
                                             ELSE 'transferred_out' END \
     WHEN 'transferred_outside' THEN CASE answer WHEN 'notified' THEN 'transferred_notified' \
                                                 WHEN 'not_found' THEN 'not_traceable' \
                                                 ELSE 'transferred_outside' END \
     WHEN 'missing' THEN CASE answer WHEN 'not_found' THEN 'not_found' \
                                     WHEN 'notified' THEN 'missing_notified' \
                                     ELSE 'missing' END \
     ELSE coalesce(status, 'unknown') END";

/// Outcomes still open, the site's own rule (`custody_core`'s `recall::reach::is_open`) as the
/// hub sees it: stock in stock or held, waiting for a return or a destruction; stock that left
/// through the site — dispensed, before the recall was entered or after, and missing — until
/// the site sends what became of it (the patient or ward notified, or not traceable; a missing
/// pack not found); and stock sent to another site that has not recorded its receipt (in
/// transit, or lost on the way), which the receiving site may yet put into stock. A pack
/// received by another site is that site's to answer for there, so the sender's
/// `transferred_out` is not open at the hub, whether or not the sender told the other site; a
/// pack transferred to a partner outside the network (`transferred_outside`: its last event's
/// partner is no network site) is open until its site says the partner was told, as at the
/// site. Any answer closes a missing pack, as at the site: one answered `notified` (before it
/// came back and went missing) is not asked about again there.
pub(crate) const OPEN: [&str; 7] = [
    "in_stock",
    "held",
    "in_transit",
    "dispensed_before",
    "dispensed_after",
    "transferred_outside",
    "missing",
];

/// An outcome in words, as `recall show` and the web page print it.
pub fn outcome_words(outcome: &str) -> String {
    let words = match outcome {
        "in_stock" => "in stock, not held (the site has not pulled the recall)",
        "held" => "held in quarantine",
        "returned" => "returned to the supplier",
        "destroyed" => "destroyed",
        "dispensed_before" => "dispensed before the recall; patient or ward not yet notified",
        "dispensed_after" => "dispensed after the recall; patient or ward not yet notified",
        "dispensed_notified" => "dispensed; patient or ward notified",
        "not_traceable" => "left the site; not traceable",
        "transferred_out" => "transferred to another site",
        "transferred_outside" => "transferred outside the network; the partner not yet notified",
        "missing_notified" => "missing; patient or ward notified before it went missing",
        "transferred_notified" => "transferred; the receiving site notified",
        "in_transit" => "in transit to another site",
        "missing" => "missing; not yet answered",
        "not_found" => "missing; recorded as not found",
        other => return other.replace('_', " "),
    };
    words.to_string()
}

/// The recall `id` reconciled across the network, read in one snapshot.
pub async fn show(db: &Database, id: i64) -> Result<Reconciliation, HubError> {
    let mut client = db.client().await?;
    let tx = client
        .build_transaction()
        .isolation_level(IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .await
        .map_err(HubError::db("starting to read a recall"))?;
    let reconciled = reconcile(&tx, id).await?;
    tx.commit()
        .await
        .map_err(HubError::db("ending a read of a recall"))?;
    Ok(reconciled)
}

/// Closes recall `id` once nothing it covers is open at any site ([`OPEN`]); the closure goes
/// down the feed with the recall. Reconciled under the changelog's lock, which every push that
/// changes a pack's state takes first, so no push lands between the check and the closure.
pub async fn close(db: &Database, id: i64, by: &HubUser) -> Result<FeedRecall, HubError> {
    close_with(db, id, by, None).await
}

/// Outcomes that only a site's answer closes: packs that left it (dispensed, transferred
/// outside the network, missing). The rest of [`OPEN`] is stock still there.
const UNANSWERED: [&str; 4] = [
    "dispensed_before",
    "dispensed_after",
    "transferred_outside",
    "missing",
];

/// Closes recall `id` as [`close`] does, or, when what is still open is only packs that left a
/// site whose outcome that site has not sent (a site not upgraded yet, one closed down, one
/// suspended after a fork), closes it anyway with `reason`, kept with the closure and sent down
/// the feed with it, naming how many were unanswered. Stock still in stock, held or in transit
/// is never waived. QA officers and administrators.
pub async fn close_unanswered(
    db: &Database,
    id: i64,
    by: &HubUser,
    reason: &str,
) -> Result<FeedRecall, HubError> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 || reason.contains(char::is_control) {
        return Err(HubError::Invalid {
            what: "recall close --unanswered",
            why: "say in one line (at most 500 characters) why the missing outcomes will not come",
        });
    }
    close_with(db, id, by, Some(reason)).await
}

/// What is still open of a reconciliation, as (stock still there, packs that left unanswered).
fn open_parts(reconciled: &Reconciliation) -> (i64, i64) {
    let open = reconciled
        .outcomes
        .iter()
        .filter(|o| OPEN.contains(&o.outcome.as_str()));
    open.fold((0, 0), |(stock, left), o| {
        let n = o.packs + o.quantity;
        if UNANSWERED.contains(&o.outcome.as_str()) {
            (stock, left + n)
        } else {
            (stock + n, left)
        }
    })
}

async fn close_with(
    db: &Database,
    id: i64,
    by: &HubUser,
    unanswered: Option<&str>,
) -> Result<FeedRecall, HubError> {
    by.require(Duty::CloseRecall)?;
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting to close a recall"))?;
    crate::feed::lock(&tx).await?;
    let reconciled = reconcile(&tx, id).await?;
    if reconciled.recall.recall.closed.is_some() {
        return Err(HubError::RecallClosed(id));
    }
    let mut closed_reason = None;
    if !reconciled.closable {
        let (stock, left) = open_parts(&reconciled);
        match unanswered {
            None => {
                return Err(HubError::RecallOpen {
                    id,
                    open: reconciled.open,
                })
            }
            Some(_) if stock > 0 => return Err(HubError::RecallStockOpen { id, stock }),
            Some(reason) => closed_reason = Some(format!("{left} unanswered: {reason}")),
        }
    }
    tx.execute(
        "UPDATE network_recall SET closed_at = now(), closed_by = $2, closed_reason = $3 \
         WHERE id = $1",
        &[&id, &by.username, &closed_reason],
    )
    .await
    .map_err(HubError::db("closing a recall"))?;
    let row = tx
        .query_one(&select_sql("r.id = $1"), &[&id])
        .await
        .map_err(HubError::db("reading a closed recall"))?;
    let recall = recall_of(&row).recall;
    crate::feed::log(&tx, &FeedItem::Recall(recall.clone()), None).await?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a recall's closure"))?;
    Ok(recall)
}
