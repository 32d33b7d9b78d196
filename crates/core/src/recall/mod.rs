//! Recalls: scope, reach, hold, outcomes and the signed closure.
//!
//! A recall names what it covers (scope lines of a GTIN, a GTIN and lot, or a GTIN and serial).
//! Its **reach** is computed from the current state and the ledger whenever it is asked for, so
//! it is right after any event: every affected pack and lot quantity with where it is or went.
//! Creating or extending a recall **holds** every affected unit in stock (quarantined in place,
//! one ledger event per location, referencing the recall), and from then on every scan of an
//! affected unit is blocked (see `movement`). Outcomes that move stock (returned to the supplier,
//! destroyed, a held pack not found) are ledger events; outcomes for packs that already left
//! (patient or ward notified, not traceable) are recorded with the recall. The recall closes when
//! nothing is open, with a signature on the ledger.

pub mod file;

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;

use crate::error::{import_error, CoreError, CoreResult, FileProblem};
use crate::fields::clean;
use crate::fields::parse_date;
use crate::import::csv::problem;
use crate::ledger::{Appended, Appender, NewEvent, NewLine, Place};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

pub use crate::recall::file::{parse_scope_csv, read_recall_file, RecallNotice};

/// What a recall covers: a GTIN, a GTIN and lot, or a GTIN and serial (with its lot, if given).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ScopeLine {
    /// GTIN-14.
    pub gtin: String,
    /// Lot, or every lot.
    pub lot: Option<String>,
    /// Serial, or every pack.
    pub serial: Option<String>,
}

impl std::fmt::Display for ScopeLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GTIN {}", self.gtin)?;
        if let Some(l) = &self.lot {
            write!(f, " lot {l}")?;
        }
        if let Some(s) = &self.serial {
            write!(f, " serial {s}")?;
        }
        Ok(())
    }
}

/// A recall as entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRecall {
    /// The firm's or regulator's recall number.
    pub number: String,
    /// A short title ("Metformin 500 mg tablets, lots A12345, A12346").
    pub title: String,
    /// Class.
    pub class: RecallClass,
    /// Why the product is recalled.
    pub reason: String,
    /// What to do with affected stock.
    pub instructions: Option<String>,
    /// Who issued it (manufacturer, regulator).
    pub issuer: Option<String>,
    /// The date of the notice.
    pub issued_on: NaiveDate,
    /// What it covers.
    pub scope: Vec<ScopeLine>,
}

/// A recall as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Recall {
    /// Row id.
    pub id: i64,
    /// Recall number.
    pub number: String,
    /// Title.
    pub title: String,
    /// Class.
    pub class: RecallClass,
    /// Reason.
    pub reason: String,
    /// Instructions.
    pub instructions: Option<String>,
    /// Issuer.
    pub issuer: Option<String>,
    /// Date of the notice.
    pub issued_on: String,
    /// When it was entered here (UTC).
    pub created_at: String,
    /// Who entered it.
    pub created_by: String,
    /// When it was closed.
    pub closed_at: Option<String>,
    /// Who signed the closure (full name and username).
    pub closed_by: Option<String>,
    /// What the closing signature means.
    pub close_meaning: Option<SignatureMeaning>,
    /// What it covers.
    pub scope: Vec<ScopeLine>,
}

/// What a hold (at creation or extension) quarantined.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Hold {
    /// Serialized packs moved to quarantine.
    pub units: i64,
    /// Quantity of lot-tracked stock moved to quarantine.
    pub lot_quantity: i64,
    /// Ledger events written (one per location).
    pub events: i64,
}

/// A recall with what its hold did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecallCreated {
    /// The recall.
    pub recall: Recall,
    /// What was quarantined.
    pub hold: Hold,
}

/// An affected pack, and where it is or went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AffectedUnit {
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Serial.
    pub serial: String,
    /// Lot.
    pub lot: Option<String>,
    /// Expiry.
    pub expiry: Option<String>,
    /// Status now.
    pub status: UnitStatus,
    /// Location code, while held here.
    pub location: Option<String>,
    /// When its last event happened (local time with offset).
    pub since: String,
    /// The document of its last event (prescription, ward order, transfer note, RMA).
    pub reference: Option<String>,
    /// The partner of its last event (where a transfer went, which supplier it went back to).
    pub counterparty: Option<String>,
    /// The outcome, once there is one.
    pub outcome: Option<RecallOutcome>,
    /// Whether it still needs an outcome.
    pub open: bool,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    location_id: Option<LocationId>,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    product_id: ProductId,
}

/// A quantity of an affected lot of a lot-tracked product: held at a location, or gone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AffectedLot {
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Lot.
    pub lot: String,
    /// Expiry.
    pub expiry: Option<String>,
    /// Status of this quantity.
    pub status: UnitStatus,
    /// Location code, for quantities held here.
    pub location: Option<String>,
    /// How many.
    pub quantity: i64,
    /// The outcome recorded for a quantity that left.
    pub outcome: Option<RecallOutcome>,
    /// Whether it still needs an outcome.
    pub open: bool,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    location_id: Option<LocationId>,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    product_id: ProductId,
}

/// Affected stock still expected on an open shipment, never received here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AffectedExpected {
    /// The despatch advice.
    pub shipment: String,
    /// GTIN-14.
    pub gtin: String,
    /// Serial, for a pack.
    pub serial: Option<String>,
    /// Lot.
    pub lot: Option<String>,
    /// Quantity still expected.
    pub quantity: i64,
}

/// Counts of a reach.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReachSummary {
    /// Packs affected (all statuses).
    pub units: i64,
    /// Packs in stock (usable: should be none once the hold ran).
    pub in_stock: i64,
    /// Packs held in quarantine here.
    pub quarantined: i64,
    /// Packs dispensed or issued.
    pub dispensed: i64,
    /// Packs that left for another site.
    pub transferred_out: i64,
    /// Packs sent back to the supplier.
    pub returned_to_supplier: i64,
    /// Packs destroyed.
    pub destroyed: i64,
    /// Packs recorded missing.
    pub missing: i64,
    /// Lot-tracked quantity held here (in stock or quarantined).
    pub lot_quantity_held: i64,
    /// Lot-tracked quantity that left (dispensed, transferred).
    pub lot_quantity_issued: i64,
    /// Packs and lot lines still expected on open shipments.
    pub expected: i64,
    /// Serials in scope never seen here.
    pub not_received: i64,
    /// Items (packs and lot quantities) that still need an outcome.
    pub open: i64,
}

/// Everything a recall affects, and where it is or went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Reach {
    /// The recall.
    pub recall: Recall,
    /// Counts.
    pub summary: ReachSummary,
    /// Affected packs: held first (by location), then those that left.
    pub units: Vec<AffectedUnit>,
    /// Affected lot quantities of lot-tracked products.
    pub lots: Vec<AffectedLot>,
    /// Still expected on open shipments.
    pub expected: Vec<AffectedExpected>,
    /// Serials in scope that were never received here.
    pub not_received: Vec<ScopeLine>,
}

/// Which open items of a recall an outcome is for. Every given filter must match; with none,
/// the outcome is for every open item it applies to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutcomeTarget {
    /// Only this GTIN.
    pub gtin: Option<String>,
    /// Only this lot.
    pub lot: Option<String>,
    /// Only these serials.
    pub serials: Vec<String>,
    /// Only stock held at this location.
    pub location: Option<LocationId>,
}

/// An outcome to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeRequest {
    /// The outcome.
    pub outcome: RecallOutcome,
    /// For which items.
    pub target: OutcomeTarget,
    /// The supplier stock goes back to (for `returned_to_supplier`).
    pub partner: Option<PartnerId>,
    /// A note (who was notified, how; the RMA number).
    pub note: Option<String>,
    /// The acting user's signature: required to destroy stock.
    pub signature: Option<crate::model::Signature>,
}

/// What an outcome did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OutcomeRecorded {
    /// Packs resolved.
    pub units: i64,
    /// Lot-tracked quantity resolved.
    pub lot_quantity: i64,
    /// Ledger events written (for outcomes that move stock).
    pub events: Vec<String>,
    /// Packs and lot quantities still open in the recall.
    pub still_open: i64,
}

/// A line of the recall list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecallListItem {
    /// The recall.
    pub recall: Recall,
    /// Counts of its reach.
    pub summary: ReachSummary,
}

/// Header fields of an imported recall; anything the file does not say must be given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecallHeader {
    /// Recall number.
    pub number: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Class.
    pub class: Option<RecallClass>,
    /// Reason.
    pub reason: Option<String>,
    /// Instructions.
    pub instructions: Option<String>,
    /// Issuer.
    pub issuer: Option<String>,
    /// Date of the notice.
    pub issued_on: Option<NaiveDate>,
}

fn optional(field: &str, v: Option<&str>, max: usize) -> CoreResult<Option<String>> {
    match v.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => clean(field, s, max).map(Some),
    }
}

/// Checks scope lines (see [`crate::recall::file::check_scope`]); a recall covers something.
fn validate_scope(
    lines: &[ScopeLine],
    line_of: impl Fn(usize) -> usize,
) -> CoreResult<Vec<ScopeLine>> {
    let out = crate::recall::file::check_scope(lines, line_of).map_err(import_error)?;
    if out.is_empty() {
        return Err(CoreError::refused("recall.scope_empty").field("scope"));
    }
    Ok(out)
}

/// A unit as the reach reads it.
struct UnitRow {
    product: ProductId,
    serial: String,
    lot: Option<String>,
    expiry: Option<String>,
    status: UnitStatus,
    location: Option<LocationId>,
    location_code: Option<String>,
    /// When its last event happened (stored UTC and offset), its document and partner.
    last_event: (String, i32, Option<String>, Option<String>),
}

fn unit_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<UnitRow> {
    Ok(UnitRow {
        product: ProductId(r.get(0)?),
        serial: r.get(1)?,
        lot: r.get(2)?,
        expiry: r.get(3)?,
        status: r
            .get::<_, String>(4)?
            .parse()
            .unwrap_or(UnitStatus::Missing),
        location: r.get::<_, Option<i64>>(5)?.map(LocationId),
        location_code: r.get(6)?,
        last_event: (r.get(7)?, r.get(8)?, r.get(9)?, r.get(10)?),
    })
}

const UNIT_SELECT: &str = "SELECT u.product_id, u.serial, u.lot, u.expiry, u.status, u.location_id, l.code,
        e.occurred_at, e.occurred_offset, e.reference, pa.name
     FROM unit u LEFT JOIN location l ON l.id = u.location_id JOIN event e ON e.seq = u.last_event_seq
     LEFT JOIN partner pa ON pa.id = e.counterparty_id";

struct ProductRef {
    id: ProductId,
    name: String,
    tracking: TrackingMode,
}

/// What the scope lines cover in the current state: packs and lot-stock rows.
struct Covered {
    products: HashMap<String, Option<ProductRef>>,
    units: BTreeMap<(ProductId, String), UnitRow>,
    /// Lot-tracked (product, lot) pairs covered.
    lots: Vec<(ProductId, String)>,
    not_received: Vec<ScopeLine>,
}

fn covered(conn: &Connection, scope: &[ScopeLine]) -> CoreResult<Covered> {
    let mut c = Covered {
        products: HashMap::new(),
        units: BTreeMap::new(),
        lots: Vec::new(),
        not_received: Vec::new(),
    };
    let mut lot_set = HashSet::new();
    for line in scope {
        if !c.products.contains_key(&line.gtin) {
            let p = conn
                .prepare_cached("SELECT id, name, tracking FROM product WHERE gtin = ?1")?
                .query_row([&line.gtin], |r| {
                    Ok(ProductRef {
                        id: ProductId(r.get(0)?),
                        name: r.get(1)?,
                        tracking: r
                            .get::<_, String>(2)?
                            .parse()
                            .unwrap_or(TrackingMode::Serial),
                    })
                })
                .optional()?;
            c.products.insert(line.gtin.clone(), p);
        }
        let Some(p) = c.products[&line.gtin].as_ref() else {
            if line.serial.is_some() {
                c.not_received.push(line.clone());
            }
            continue;
        };
        let (id, tracking) = (p.id, p.tracking);
        if tracking == TrackingMode::Lot {
            let lots: Vec<String> = match &line.lot {
                Some(l) => vec![l.clone()],
                None => conn
                    .prepare_cached("SELECT lot FROM lot_info WHERE product_id = ?1")?
                    .query_map([id.0], |r| r.get(0))?
                    .collect::<Result<_, _>>()?,
            };
            for l in lots {
                if lot_set.insert((id, l.clone())) {
                    c.lots.push((id, l));
                }
            }
            continue;
        }
        let rows: Vec<UnitRow> = match (&line.serial, &line.lot) {
            // A pack named by its serial is covered whatever lot it arrived with: a lot that
            // differs from the notice's is a question for a person, never a way out of the recall.
            (Some(s), _) => conn
                .prepare_cached(&format!(
                    "{UNIT_SELECT} WHERE u.product_id = ?1 AND u.serial = ?2"
                ))?
                .query_map(params![id.0, s], unit_row)?
                .collect::<Result<_, _>>()?,
            (None, Some(lot)) => conn
                .prepare_cached(&format!(
                    "{UNIT_SELECT} WHERE u.product_id = ?1 AND u.lot = ?2"
                ))?
                .query_map(params![id.0, lot], unit_row)?
                .collect::<Result<_, _>>()?,
            (None, None) => conn
                .prepare_cached(&format!("{UNIT_SELECT} WHERE u.product_id = ?1"))?
                .query_map(params![id.0], unit_row)?
                .collect::<Result<_, _>>()?,
        };
        if rows.is_empty() && line.serial.is_some() {
            c.not_received.push(line.clone());
        }
        for r in rows {
            c.units.insert((r.product, r.serial.clone()), r);
        }
    }
    Ok(c)
}

/// Lot-tracked stock held per location and status: (location, code, status, expiry, quantity).
type LotHeld = (
    Option<LocationId>,
    Option<String>,
    UnitStatus,
    Option<String>,
    i64,
);

fn lot_held(conn: &Connection, product: ProductId, lot: &str) -> CoreResult<Vec<LotHeld>> {
    Ok(conn
        .prepare_cached(
            "SELECT s.location_id, l.code, s.status, s.expiry, s.quantity FROM lot_stock s
             JOIN location l ON l.id = s.location_id
             WHERE s.product_id = ?1 AND s.lot = ?2 AND s.quantity > 0 ORDER BY l.code, s.status",
        )?
        .query_map(params![product.0, lot], |r| {
            Ok((
                r.get::<_, Option<i64>>(0)?.map(LocationId),
                r.get(1)?,
                r.get::<_, String>(2)?
                    .parse()
                    .unwrap_or(UnitStatus::Quarantined),
                r.get(3)?,
                r.get(4)?,
            ))
        })?
        .collect::<Result<_, _>>()?)
}

/// Lot-tracked quantity that left, by status: what went out minus what came back.
fn lot_gone(
    conn: &Connection,
    product: ProductId,
    lot: &str,
) -> CoreResult<Vec<(UnitStatus, i64)>> {
    let mut by_status: BTreeMap<UnitStatus, i64> = BTreeMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT status_before, status_after, quantity FROM event_line
         WHERE product_id = ?1 AND lot = ?2 AND serial IS NULL",
    )?;
    let mut rows = stmt.query(params![product.0, lot])?;
    while let Some(r) = rows.next()? {
        let parse = |s: Option<String>| s.and_then(|s| s.parse::<UnitStatus>().ok());
        let (before, after, q) = (parse(r.get(0)?), parse(r.get(1)?), r.get::<_, i64>(2)?);
        if let Some(a) = after.filter(|s| !s.is_held()) {
            *by_status.entry(a).or_default() += q;
        }
        if let Some(b) = before.filter(|s| !s.is_held()) {
            *by_status.entry(b).or_default() -= q;
        }
    }
    Ok(by_status.into_iter().filter(|(_, q)| *q > 0).collect())
}

/// Whether an outcome is for a pack or quantity in this status.
fn applies(outcome: RecallOutcome, status: UnitStatus) -> bool {
    use RecallOutcome as O;
    use UnitStatus as S;
    match outcome {
        O::ReturnedToSupplier | O::Destroyed => status.is_held(),
        O::Notified => matches!(status, S::Dispensed | S::TransferredOut),
        O::NotFound => {
            status.is_held() || matches!(status, S::Dispensed | S::TransferredOut | S::Missing)
        }
    }
}

/// Whether a pack or quantity in this status, with this recorded outcome, is still open.
fn is_open(status: UnitStatus, outcome: Option<RecallOutcome>) -> bool {
    match status {
        UnitStatus::ReturnedToSupplier | UnitStatus::Destroyed => false,
        s if s.is_held() => true,
        _ => outcome.is_none(),
    }
}

fn recall_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Recall> {
    Ok(Recall {
        id: r.get(0)?,
        number: r.get(1)?,
        title: r.get(2)?,
        class: r.get::<_, String>(3)?.parse().unwrap_or(RecallClass::I),
        reason: r.get(4)?,
        instructions: r.get(5)?,
        issuer: r.get(6)?,
        issued_on: r.get(7)?,
        created_at: r.get(8)?,
        created_by: r.get(9)?,
        closed_at: r.get(10)?,
        closed_by: r.get(11)?,
        close_meaning: r.get::<_, Option<String>>(12)?.and_then(|m| m.parse().ok()),
        scope: Vec::new(),
    })
}

const RECALL_SELECT: &str = "SELECT r.id, r.number, r.title, r.class, r.reason, r.instructions, r.issuer, r.issued_on, r.created_at, cu.username, r.closed_at,
        CASE WHEN r.closed_by IS NULL THEN NULL ELSE su.name || ' (' || su.username || ')' END, r.close_meaning
     FROM recall r JOIN user cu ON cu.id = r.created_by LEFT JOIN user su ON su.id = r.closed_by";

fn load_recall(conn: &Connection, number: &str) -> CoreResult<Recall> {
    let mut recall = conn
        .prepare_cached(&format!("{RECALL_SELECT} WHERE r.number = ?1"))?
        .query_row([number.trim()], recall_from_row)
        .optional()?
        .ok_or_else(|| CoreError::refused("recall.unknown").arg("recall", number.trim()))?;
    recall.scope = conn
        .prepare_cached(
            "SELECT gtin, lot, serial FROM recall_scope WHERE recall_id = ?1 ORDER BY line",
        )?
        .query_map([recall.id], |r| {
            Ok(ScopeLine {
                gtin: r.get(0)?,
                lot: r.get(1)?,
                serial: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(recall)
}

fn insert_scope(
    tx: &Transaction<'_>,
    recall: i64,
    lines: &[ScopeLine],
    now: Timestamp,
) -> CoreResult<usize> {
    let existing: HashSet<ScopeLine> = tx
        .prepare("SELECT gtin, lot, serial FROM recall_scope WHERE recall_id = ?1")?
        .query_map([recall], |r| {
            Ok(ScopeLine {
                gtin: r.get(0)?,
                lot: r.get(1)?,
                serial: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut next: i64 = tx.query_row(
        "SELECT coalesce(max(line), 0) FROM recall_scope WHERE recall_id = ?1",
        [recall],
        |r| r.get(0),
    )?;
    let mut insert = tx.prepare(
        "INSERT INTO recall_scope (recall_id, line, gtin, lot, serial, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut added = 0;
    for l in lines.iter().filter(|l| !existing.contains(l)) {
        next += 1;
        insert.execute(params![
            recall,
            next,
            l.gtin,
            l.lot,
            l.serial,
            now.utc_text()
        ])?;
        added += 1;
    }
    Ok(added)
}

/// Quarantines, in place, every affected unit and lot quantity in stock: one event per location.
fn hold(tx: &Transaction<'_>, actor: &User, recall: &Recall, now: Timestamp) -> CoreResult<Hold> {
    let c = covered(tx, &recall.scope)?;
    let mut by_location: BTreeMap<LocationId, Vec<NewLine>> = BTreeMap::new();
    let mut held = Hold::default();
    for u in c.units.values() {
        if let (UnitStatus::InStock, Some(loc)) = (u.status, u.location) {
            by_location.entry(loc).or_default().push(NewLine {
                product: u.product,
                lot: u.lot.clone(),
                serial: Some(u.serial.clone()),
                expiry: parse_date(u.expiry.clone()),
                quantity: 1,
                before: Some(Place::at(UnitStatus::InStock, loc)),
                after: Some(Place::at(UnitStatus::Quarantined, loc)),
                unit_cost_cents: None,
            });
            held.units += 1;
        }
    }
    for (product, lot) in &c.lots {
        for (loc, _, status, expiry, quantity) in lot_held(tx, *product, lot)? {
            if let (UnitStatus::InStock, Some(loc)) = (status, loc) {
                by_location.entry(loc).or_default().push(NewLine {
                    product: *product,
                    lot: Some(lot.clone()),
                    serial: None,
                    expiry: parse_date(expiry),
                    quantity,
                    before: Some(Place::at(UnitStatus::InStock, loc)),
                    after: Some(Place::at(UnitStatus::Quarantined, loc)),
                    unit_cost_cents: None,
                });
                held.lot_quantity += quantity;
            }
        }
    }
    if by_location.is_empty() {
        return Ok(held);
    }
    let reason = format!(
        "recall {} ({}): {}",
        recall.number,
        recall.class.label(),
        recall.reason
    );
    let mut appender = Appender::new(tx, now)?;
    for (location, lines) in by_location {
        appender.append(
            actor,
            &NewEvent {
                kind: EventKind::Quarantine,
                occurred_at: now,
                location: Some(location),
                counterparty: None,
                reference: Some(recall.number.clone()),
                reason: Some(reason.clone()),
                raw_scan: None,
                lines,
            },
        )?;
        held.events += 1;
    }
    appender.finish()?;
    Ok(held)
}

/// The reach of a stored recall.
fn reach(conn: &Connection, recall: Recall) -> CoreResult<Reach> {
    let c = covered(conn, &recall.scope)?;
    // Outcomes recorded with the recall; the newest one counts.
    let mut unit_outcomes: HashMap<(ProductId, String), RecallOutcome> = HashMap::new();
    let mut lot_outcomes: HashMap<(ProductId, String, UnitStatus), RecallOutcome> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT product_id, serial, lot, status, outcome FROM recall_outcome WHERE recall_id = ?1 ORDER BY rowid",
        )?;
        let mut rows = stmt.query([recall.id])?;
        while let Some(r) = rows.next()? {
            let product = ProductId(r.get(0)?);
            let serial: Option<String> = r.get(1)?;
            let lot: Option<String> = r.get(2)?;
            let status: UnitStatus = r
                .get::<_, String>(3)?
                .parse()
                .unwrap_or(UnitStatus::Missing);
            let Ok(outcome) = r.get::<_, String>(4)?.parse::<RecallOutcome>() else {
                continue;
            };
            match (serial, lot) {
                (Some(s), _) => {
                    unit_outcomes.insert((product, s), outcome);
                }
                (None, Some(l)) => {
                    lot_outcomes.insert((product, l, status), outcome);
                }
                (None, None) => {}
            }
        }
    }
    let product_of: HashMap<ProductId, (&str, &str)> = c
        .products
        .iter()
        .filter_map(|(g, p)| p.as_ref().map(|p| (p.id, (g.as_str(), p.name.as_str()))))
        .collect();
    let mut summary = ReachSummary::default();
    let mut units = Vec::with_capacity(c.units.len());
    for u in c.units.values() {
        let (at, offset, reference, counterparty) = &u.last_event;
        let since =
            Timestamp::from_stored(at, *offset).map_or_else(|| at.clone(), |t| t.to_string());
        let (reference, counterparty) = (reference.clone(), counterparty.clone());
        let outcome = match u.status {
            UnitStatus::Destroyed => Some(RecallOutcome::Destroyed),
            UnitStatus::ReturnedToSupplier => Some(RecallOutcome::ReturnedToSupplier),
            s if s.is_held() => None,
            _ => unit_outcomes.get(&(u.product, u.serial.clone())).copied(),
        };
        let open = is_open(u.status, outcome);
        let (gtin, name) = product_of.get(&u.product).copied().unwrap_or(("", ""));
        match u.status {
            UnitStatus::InStock => summary.in_stock += 1,
            UnitStatus::Quarantined => summary.quarantined += 1,
            UnitStatus::Dispensed => summary.dispensed += 1,
            UnitStatus::TransferredOut => summary.transferred_out += 1,
            UnitStatus::ReturnedToSupplier => summary.returned_to_supplier += 1,
            UnitStatus::Destroyed => summary.destroyed += 1,
            UnitStatus::Missing => summary.missing += 1,
        }
        summary.open += i64::from(open);
        units.push(AffectedUnit {
            gtin: gtin.to_string(),
            product: name.to_string(),
            serial: u.serial.clone(),
            lot: u.lot.clone(),
            expiry: u.expiry.clone(),
            status: u.status,
            location: u.location_code.clone(),
            since,
            reference,
            counterparty,
            outcome,
            open,
            location_id: u.location,
            product_id: u.product,
        });
    }
    summary.units = units.len() as i64;
    // Held first, by location; then what left, by status.
    units.sort_by(|a, b| {
        (
            !a.status.is_held(),
            &a.location,
            a.status,
            &a.gtin,
            &a.serial,
        )
            .cmp(&(
                !b.status.is_held(),
                &b.location,
                b.status,
                &b.gtin,
                &b.serial,
            ))
    });

    let mut lots = Vec::new();
    for (product, lot) in &c.lots {
        let (gtin, name) = product_of.get(product).copied().unwrap_or(("", ""));
        let expiry: Option<String> = conn
            .prepare_cached("SELECT expiry FROM lot_info WHERE product_id = ?1 AND lot = ?2")?
            .query_row(params![product.0, lot], |r| r.get(0))
            .optional()?
            .flatten();
        for (loc, code, status, e, quantity) in lot_held(conn, *product, lot)? {
            summary.lot_quantity_held += quantity;
            summary.open += 1;
            lots.push(AffectedLot {
                gtin: gtin.to_string(),
                product: name.to_string(),
                lot: lot.clone(),
                expiry: e.or_else(|| expiry.clone()),
                status,
                location: code,
                quantity,
                outcome: None,
                open: true,
                location_id: loc,
                product_id: *product,
            });
        }
        for (status, quantity) in lot_gone(conn, *product, lot)? {
            let outcome = match status {
                UnitStatus::Destroyed => Some(RecallOutcome::Destroyed),
                UnitStatus::ReturnedToSupplier => Some(RecallOutcome::ReturnedToSupplier),
                _ => lot_outcomes.get(&(*product, lot.clone(), status)).copied(),
            };
            let open = is_open(status, outcome);
            if matches!(status, UnitStatus::Dispensed | UnitStatus::TransferredOut) {
                summary.lot_quantity_issued += quantity;
            }
            summary.open += i64::from(open);
            lots.push(AffectedLot {
                gtin: gtin.to_string(),
                product: name.to_string(),
                lot: lot.clone(),
                expiry: expiry.clone(),
                status,
                location: None,
                quantity,
                outcome,
                open,
                location_id: None,
                product_id: *product,
            });
        }
    }

    // Still expected on open shipments.
    let mut expected = Vec::new();
    let mut seen = HashSet::new();
    for line in &recall.scope {
        if !seen.insert(line.gtin.clone()) {
            continue;
        }
        let mut stmt = conn.prepare_cached(
            "SELECT s.reference, i.serial, i.lot, i.quantity - i.received_quantity FROM shipment_item i
             JOIN shipment s ON s.id = i.shipment_id
             WHERE i.gtin = ?1 AND s.closed_at IS NULL AND i.received_quantity < i.quantity",
        )?;
        let mut rows = stmt.query([&line.gtin])?;
        while let Some(r) = rows.next()? {
            let serial: Option<String> = r.get(1)?;
            let lot: Option<String> = r.get(2)?;
            let in_scope = recall.scope.iter().any(|s| {
                s.gtin == line.gtin
                    && (s.lot.is_none() || s.lot == lot)
                    && (s.serial.is_none() || s.serial == serial)
            });
            let product = c.products.get(&line.gtin).and_then(|p| p.as_ref());
            let here = match (&serial, product) {
                (Some(s), Some(p)) => c.units.contains_key(&(p.id, s.clone())),
                _ => false,
            };
            if in_scope && !here {
                expected.push(AffectedExpected {
                    shipment: r.get(0)?,
                    gtin: line.gtin.clone(),
                    serial,
                    lot,
                    quantity: r.get(3)?,
                });
            }
        }
    }
    summary.expected = expected.len() as i64;
    let expected_serials: HashSet<(&str, &str)> = expected
        .iter()
        .filter_map(|e| e.serial.as_deref().map(|s| (e.gtin.as_str(), s)))
        .collect();
    let not_received: Vec<ScopeLine> = c
        .not_received
        .into_iter()
        .filter(|l| {
            !expected_serials.contains(&(l.gtin.as_str(), l.serial.as_deref().unwrap_or("")))
        })
        .collect();
    summary.not_received = not_received.len() as i64;
    Ok(Reach {
        recall,
        summary,
        units,
        lots,
        expected,
        not_received,
    })
}

/// A recall's fields checked and cleaned, ready to insert.
fn checked(new: &NewRecall) -> CoreResult<NewRecall> {
    Ok(NewRecall {
        number: clean("number", &new.number, 60)?,
        title: clean("title", &new.title, 200)?,
        class: new.class,
        reason: clean("reason", &new.reason, 2000)?,
        instructions: optional("instructions", new.instructions.as_deref(), 4000)?,
        issuer: optional("issuer", new.issuer.as_deref(), 200)?,
        issued_on: new.issued_on,
        scope: validate_scope(&new.scope, |i| i + 1)?,
    })
}

/// Inserts a checked recall and holds what it covers, in the caller's transaction.
fn insert_recall(
    tx: &Transaction<'_>,
    actor: &User,
    new: &NewRecall,
    now: Timestamp,
) -> CoreResult<RecallCreated> {
    let inserted = tx.execute(
        "INSERT INTO recall (number, title, class, reason, instructions, issuer, issued_on, created_at, created_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (number) DO NOTHING",
        params![new.number, new.title, new.class.as_str(), new.reason, new.instructions, new.issuer, new.issued_on.to_string(), now.utc_text(), actor.id.0],
    )?;
    if inserted == 0 {
        return Err(CoreError::refused("recall.exists")
            .field("number")
            .arg("recall", new.number.as_str()));
    }
    let id = tx.last_insert_rowid();
    insert_scope(tx, id, &new.scope, now)?;
    let recall = load_recall(tx, &new.number)?;
    let hold = hold(tx, actor, &recall, now)?;
    Ok(RecallCreated { recall, hold })
}

/// What a file says about its packs and lots that disagrees with what the store recorded when
/// they arrived: a pack the file gives another lot, a lot the file gives another expiry. Either
/// means the notice or our records are wrong, and a person must look before the recall is
/// entered.
fn disagreements(conn: &Connection, notice: &RecallNotice) -> CoreResult<Vec<FileProblem>> {
    let mut problems = Vec::new();
    for (line, at) in notice.scope.iter().zip(&notice.scope_lines) {
        let (Some(serial), Some(lot)) = (&line.serial, &line.lot) else {
            continue;
        };
        let here: Option<Option<String>> = conn
            .prepare_cached(
                "SELECT u.lot FROM unit u JOIN product p ON p.id = u.product_id
                 WHERE p.gtin = ?1 AND u.serial = ?2",
            )?
            .query_row(params![line.gtin, serial], |r| r.get(0))
            .optional()?;
        if let Some(Some(ours)) = here.filter(|ours| ours.as_ref().is_some_and(|o| o != lot)) {
            problems.push(problem(
                *at,
                Some("lot"),
                format!(
                    "pack {serial} of GTIN {} is lot {ours} here, the file says lot {lot}",
                    line.gtin
                ),
            ));
        }
    }
    for (gtin, lot, expiry, at) in &notice.expiries {
        let ours: Option<Option<String>> = conn
            .prepare_cached(
                "SELECT i.expiry FROM lot_info i JOIN product p ON p.id = i.product_id
                 WHERE p.gtin = ?1 AND i.lot = ?2",
            )?
            .query_row(params![gtin, lot], |r| r.get(0))
            .optional()?;
        if let Some(Some(ours)) = ours {
            if ours != expiry.to_string() {
                problems.push(problem(
                    *at,
                    Some("expiry"),
                    format!("lot {lot} of GTIN {gtin} expires {ours} here, the file says {expiry}"),
                ));
            }
        }
    }
    Ok(problems)
}

impl Store {
    /// Enters a recall and, in the same transaction, holds every affected unit in stock.
    pub fn create_recall(
        &mut self,
        actor: &User,
        new: &NewRecall,
        now: Timestamp,
    ) -> CoreResult<RecallCreated> {
        require(actor, Operation::ManageRecalls)?;
        let new = checked(new)?;
        let tx = self.conn_mut().transaction()?;
        let created = insert_recall(&tx, actor, &new, now)?;
        tx.commit()?;
        Ok(created)
    }

    /// The recall a notice read from a file becomes, with `header` filling in (and overriding)
    /// what the file says.
    fn recall_of_notice(
        &self,
        notice: &RecallNotice,
        header: &RecallHeader,
        now: Timestamp,
    ) -> CoreResult<NewRecall> {
        let from_file = &notice.header;
        let pick = |a: &Option<String>, b: &Option<String>| a.clone().or_else(|| b.clone());
        let number = pick(&header.number, &from_file.number)
            .ok_or_else(|| CoreError::refused("recall.file_without_number").field("number"))?;
        let reason = pick(&header.reason, &from_file.reason)
            .ok_or_else(|| CoreError::refused("recall.file_without_reason").field("reason"))?;
        let class = header
            .class
            .or(from_file.class)
            .ok_or_else(|| CoreError::refused("recall.file_without_class").field("class"))?;
        let title = match pick(&header.title, &from_file.title) {
            Some(t) => t,
            None => {
                let mut names = Vec::new();
                for g in notice.scope.iter().map(|l| l.gtin.as_str()) {
                    let name = self
                        .product_by_gtin(g)
                        .map_or_else(|_| format!("GTIN {g}"), |p| p.data.name);
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
                names.join(", ")
            }
        };
        checked(&NewRecall {
            number,
            title,
            class,
            reason,
            instructions: pick(&header.instructions, &from_file.instructions),
            issuer: pick(&header.issuer, &from_file.issuer),
            issued_on: header
                .issued_on
                .or(from_file.issued_on)
                .unwrap_or_else(|| now.local_date()),
            scope: notice.scope.clone(),
        })
    }

    /// Imports recalls from a file: CSV scope lines (one recall, its header given) or an EPCIS
    /// document, where each recall notice becomes a recall of its own with its number, class,
    /// date and scope. `header` fills in (and overrides) what the file says; with several
    /// notices it may not give a number or class, which would make them one. Every notice is
    /// checked first, then all are entered and held in one transaction, or none.
    pub fn import_recall(
        &mut self,
        actor: &User,
        bytes: &[u8],
        header: &RecallHeader,
        now: Timestamp,
    ) -> CoreResult<Vec<RecallCreated>> {
        require(actor, Operation::ManageRecalls)?;
        crate::import::check_size(bytes)?;
        let notices = read_recall_file(bytes)?;
        let several = notices.len() > 1;
        if several && (header.number.is_some() || header.class.is_some()) {
            let numbers: Vec<&str> = notices
                .iter()
                .filter_map(|n| n.header.number.as_deref())
                .collect();
            return Err(CoreError::refused("recall.several_notices_one_header")
                .field(if header.number.is_some() {
                    "number"
                } else {
                    "class"
                })
                .arg("notices", notices.len())
                .arg("numbers", numbers.join(", ")));
        }
        let mut problems = Vec::new();
        let mut recalls = Vec::with_capacity(notices.len());
        for n in &notices {
            problems.extend(disagreements(self.conn(), n)?);
            let recall = match self.recall_of_notice(n, header, now) {
                Ok(r) => r,
                // With one notice, what is missing is asked of the person importing it.
                Err(e) if !several => return Err(e),
                Err(e @ CoreError::Refused { .. }) => {
                    let field = e.field_at_fault();
                    problems.push(problem(n.line, field.as_deref(), e.to_string()));
                    continue;
                }
                Err(CoreError::Import(p)) => {
                    problems.extend(p);
                    continue;
                }
                Err(e) => return Err(e),
            };
            let exists: bool = self.conn().query_row(
                "SELECT EXISTS (SELECT 1 FROM recall WHERE number = ?1)",
                [&recall.number],
                |r| r.get(0),
            )?;
            if exists {
                if !several && problems.is_empty() {
                    return Err(CoreError::refused("recall.exists")
                        .field("number")
                        .arg("recall", recall.number));
                }
                problems.push(problem(
                    n.line,
                    Some("number"),
                    format!("recall {} exists already", recall.number),
                ));
            }
            recalls.push(recall);
        }
        if !problems.is_empty() {
            return Err(import_error(problems));
        }
        let tx = self.conn_mut().transaction()?;
        let mut created = Vec::with_capacity(recalls.len());
        for r in &recalls {
            created.push(insert_recall(&tx, actor, r, now)?);
        }
        tx.commit()?;
        Ok(created)
    }

    /// Adds scope lines (e.g. further lots) to an open recall and holds what they cover.
    pub fn extend_recall(
        &mut self,
        actor: &User,
        number: &str,
        lines: &[ScopeLine],
        now: Timestamp,
    ) -> CoreResult<RecallCreated> {
        require(actor, Operation::ManageRecalls)?;
        let scope = validate_scope(lines, |i| i + 1)?;
        let tx = self.conn_mut().transaction()?;
        let recall = load_recall(&tx, number)?;
        if recall.closed_at.is_some() {
            return Err(
                CoreError::refused("recall.closed_cannot_extend").arg("recall", recall.number)
            );
        }
        insert_scope(&tx, recall.id, &scope, now)?;
        let recall = load_recall(&tx, number)?;
        let hold = hold(&tx, actor, &recall, now)?;
        tx.commit()?;
        Ok(RecallCreated { recall, hold })
    }

    /// One recall.
    pub fn recall(&self, actor: &User, number: &str) -> CoreResult<Recall> {
        require(actor, Operation::ViewStock)?;
        load_recall(self.conn(), number)
    }

    /// Every recall, newest first, with the counts of its reach.
    pub fn recalls(&self, actor: &User) -> CoreResult<Vec<RecallListItem>> {
        require(actor, Operation::ViewStock)?;
        let numbers: Vec<String> = self
            .conn()
            .prepare(
                "SELECT number FROM recall ORDER BY closed_at IS NOT NULL, issued_on DESC, id DESC",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        numbers
            .iter()
            .map(|n| {
                let r = reach(self.conn(), load_recall(self.conn(), n)?)?;
                Ok(RecallListItem {
                    recall: r.recall,
                    summary: r.summary,
                })
            })
            .collect()
    }

    /// Every affected pack and lot quantity of a recall, and where it is or went.
    pub fn recall_reach(&self, actor: &User, number: &str) -> CoreResult<Reach> {
        require(actor, Operation::ViewStock)?;
        reach(self.conn(), load_recall(self.conn(), number)?)
    }

    /// The recall that covers a pack or lot, if any (open or closed: recalled stock is never
    /// usable again). Three index lookups; a pack named by its serial is covered whatever lot
    /// it carries.
    pub(crate) fn recall_covering(
        &self,
        gtin: &str,
        lot: Option<&str>,
        serial: Option<&str>,
    ) -> CoreResult<Option<(String, RecallClass)>> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT r.number, r.class FROM recall_scope s JOIN recall r ON r.id = s.recall_id
                 WHERE s.gtin = ?1 AND s.serial IS NULL AND s.lot IS NULL
                 UNION ALL SELECT r.number, r.class FROM recall_scope s JOIN recall r ON r.id = s.recall_id
                 WHERE s.gtin = ?1 AND s.serial IS NULL AND s.lot = ?2
                 UNION ALL SELECT r.number, r.class FROM recall_scope s JOIN recall r ON r.id = s.recall_id
                 WHERE s.gtin = ?1 AND s.serial = ?3
                 LIMIT 1",
            )?
            .query_row(params![gtin, lot, serial], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?.parse().unwrap_or(RecallClass::I),
                ))
            })
            .optional()?)
    }

    /// Whether any recall names this GTIN at all (a cheap first test before
    /// [`Store::recall_covering`] in bulk work).
    pub(crate) fn any_recall_for(&self, gtin: &str) -> CoreResult<bool> {
        Ok(self
            .conn()
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM recall_scope WHERE gtin = ?1)")?
            .query_row([gtin], |r| r.get(0))?)
    }

    /// Records an outcome for the open items of a recall that the target selects. Outcomes that
    /// move stock are ledger events referencing the recall (one per location).
    pub fn record_recall_outcome(
        &mut self,
        actor: &User,
        number: &str,
        request: &OutcomeRequest,
        now: Timestamp,
    ) -> CoreResult<OutcomeRecorded> {
        require(actor, Operation::ManageRecalls)?;
        let outcome = request.outcome;
        match outcome {
            RecallOutcome::Destroyed => require(actor, Operation::Destroy)?,
            RecallOutcome::ReturnedToSupplier => require(actor, Operation::ReturnToSupplier)?,
            _ => {}
        }
        if outcome == RecallOutcome::Destroyed && request.signature.is_none() {
            return Err(CoreError::refused("recall.destroy_needs_signature").field("password"));
        }
        if outcome == RecallOutcome::ReturnedToSupplier && request.partner.is_none() {
            return Err(CoreError::refused("recall.return_needs_supplier").field("partner"));
        }
        let note = optional("note", request.note.as_deref(), 1000)?;
        let t = &request.target;
        let gtin = match &t.gtin {
            Some(g) => Some(
                custody_gs1::Gtin::parse(g.trim())
                    .map_err(|e| crate::fields::gtin_invalid("gtin", g, &e.to_string()))?
                    .to_string(),
            ),
            None => None,
        };
        let r = reach(self.conn(), load_recall(self.conn(), number)?)?;
        if r.recall.closed_at.is_some() {
            return Err(CoreError::refused("recall.closed").arg("recall", r.recall.number));
        }
        let serials: HashSet<&str> = t.serials.iter().map(|s| s.trim()).collect();
        for s in &serials {
            if !r.units.iter().any(|u| u.serial == *s) {
                return Err(CoreError::refused("recall.pack_not_affected")
                    .field("serial")
                    .arg("serial", *s)
                    .arg("recall", r.recall.number));
            }
        }
        let selected =
            |g: &str, lot: Option<&str>, serial: Option<&str>, loc: Option<LocationId>| {
                gtin.as_deref().is_none_or(|x| x == g)
                    && t.lot.as_deref().is_none_or(|x| Some(x) == lot)
                    && (serials.is_empty() || serial.is_some_and(|s| serials.contains(s)))
                    && t.location.is_none_or(|x| Some(x) == loc)
            };
        let mut done = OutcomeRecorded::default();
        let mut moves: BTreeMap<LocationId, Vec<NewLine>> = BTreeMap::new();
        let mut rows: Vec<(ProductId, Option<String>, Option<String>, UnitStatus)> = Vec::new();
        let mut blocked_by_status = BTreeMap::<UnitStatus, i64>::new();
        let after = match outcome {
            RecallOutcome::Destroyed => Place::gone(UnitStatus::Destroyed),
            RecallOutcome::ReturnedToSupplier => Place::gone(UnitStatus::ReturnedToSupplier),
            _ => Place::gone(UnitStatus::Missing),
        };
        for u in r.units.iter().filter(|u| u.open) {
            if !selected(&u.gtin, u.lot.as_deref(), Some(&u.serial), u.location_id) {
                continue;
            }
            if !applies(outcome, u.status) {
                *blocked_by_status.entry(u.status).or_default() += 1;
                continue;
            }
            done.units += 1;
            if outcome == RecallOutcome::NotFound {
                // A held pack not found is recorded missing (below) and answered here.
                let status = if u.status.is_held() {
                    UnitStatus::Missing
                } else {
                    u.status
                };
                rows.push((u.product_id, Some(u.serial.clone()), u.lot.clone(), status));
            }
            match (u.status.is_held(), u.location_id) {
                (true, Some(loc)) => moves.entry(loc).or_default().push(NewLine {
                    product: u.product_id,
                    lot: u.lot.clone(),
                    serial: Some(u.serial.clone()),
                    expiry: parse_date(u.expiry.clone()),
                    quantity: 1,
                    before: Some(Place::at(u.status, loc)),
                    after: Some(after),
                    unit_cost_cents: None,
                }),
                _ if outcome == RecallOutcome::NotFound => {}
                _ => rows.push((
                    u.product_id,
                    Some(u.serial.clone()),
                    u.lot.clone(),
                    u.status,
                )),
            }
        }
        if serials.is_empty() {
            for l in r.lots.iter().filter(|l| l.open) {
                if !selected(&l.gtin, Some(&l.lot), None, l.location_id) {
                    continue;
                }
                if !applies(outcome, l.status) {
                    *blocked_by_status.entry(l.status).or_default() += 1;
                    continue;
                }
                done.lot_quantity += l.quantity;
                if outcome == RecallOutcome::NotFound {
                    let status = if l.status.is_held() {
                        UnitStatus::Missing
                    } else {
                        l.status
                    };
                    rows.push((l.product_id, None, Some(l.lot.clone()), status));
                }
                match (l.status.is_held(), l.location_id) {
                    (true, Some(loc)) => moves.entry(loc).or_default().push(NewLine {
                        product: l.product_id,
                        lot: Some(l.lot.clone()),
                        serial: None,
                        expiry: parse_date(l.expiry.clone()),
                        quantity: l.quantity,
                        before: Some(Place::at(l.status, loc)),
                        after: Some(after),
                        unit_cost_cents: None,
                    }),
                    _ if outcome == RecallOutcome::NotFound => {}
                    _ => rows.push((l.product_id, None, Some(l.lot.clone()), l.status)),
                }
            }
        }
        if moves.is_empty() && rows.is_empty() {
            if blocked_by_status.is_empty() {
                return Err(CoreError::refused("recall.nothing_matches").field("outcome"));
            }
            let what: Vec<String> = blocked_by_status
                .iter()
                .map(|(s, n)| format!("{n} {}", s.as_str().replace('_', " ")))
                .collect();
            return Err(CoreError::refused("recall.outcome_does_not_apply")
                .field("outcome")
                .arg("outcome", outcome.as_str())
                .arg("matches", what.join(", ")));
        }
        let kind = match outcome {
            RecallOutcome::Destroyed => EventKind::Destroy,
            RecallOutcome::ReturnedToSupplier => EventKind::ReturnToSupplier,
            _ => EventKind::CountAdjust,
        };
        let reason = format!(
            "recall {}: {}{}",
            r.recall.number,
            outcome.as_str().replace('_', " "),
            note.as_deref()
                .map(|n| format!("; {n}"))
                .unwrap_or_default()
        );
        let recall_id = r.recall.id;
        let tx = self.conn_mut().transaction()?;
        if !moves.is_empty() {
            let mut appender = Appender::new(&tx, now)?;
            for (location, lines) in moves {
                let a: Appended = appender.append_signed(
                    actor,
                    &NewEvent {
                        kind,
                        occurred_at: now,
                        location: Some(location),
                        counterparty: request.partner,
                        reference: Some(r.recall.number.clone()),
                        reason: Some(reason.clone()),
                        raw_scan: None,
                        lines,
                    },
                    request.signature.as_ref(),
                )?;
                done.events.push(a.id);
            }
            appender.finish()?;
        }
        {
            let mut insert = tx.prepare(
                "INSERT INTO recall_outcome (recall_id, product_id, serial, lot, status, outcome, note, recorded_at, recorded_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for (product, serial, lot, status) in &rows {
                insert.execute(params![
                    recall_id,
                    product.0,
                    serial,
                    lot,
                    status.as_str(),
                    outcome.as_str(),
                    note,
                    now.utc_text(),
                    actor.id.0
                ])?;
            }
        }
        tx.commit()?;
        done.still_open = reach(self.conn(), load_recall(self.conn(), number)?)?
            .summary
            .open;
        Ok(done)
    }

    /// Closes a recall once nothing is open, signed by the acting QA officer (or administrator):
    /// their password re-entered, with a stated meaning. The signature is an event on the ledger.
    pub fn close_recall(
        &mut self,
        actor: &User,
        number: &str,
        signature: &crate::model::Signature,
        note: Option<&str>,
        now: Timestamp,
    ) -> CoreResult<Recall> {
        require(actor, Operation::ManageRecalls)?;
        let meaning = signature.meaning;
        let note = optional("note", note, 1000)?;
        let r = reach(self.conn(), load_recall(self.conn(), number)?)?;
        if r.recall.closed_at.is_some() {
            return Err(CoreError::refused("recall.closed_already").arg("recall", r.recall.number));
        }
        if r.summary.open > 0 {
            let mut open: BTreeMap<String, i64> = BTreeMap::new();
            for u in r.units.iter().filter(|u| u.open) {
                let key = match &u.location {
                    Some(l) => format!("{} at {l}", u.status.as_str().replace('_', " ")),
                    None => format!("{} without an outcome", u.status.as_str().replace('_', " ")),
                };
                *open.entry(key).or_default() += 1;
            }
            for l in r.lots.iter().filter(|l| l.open) {
                *open
                    .entry(format!(
                        "lot {} {}",
                        l.lot,
                        l.status.as_str().replace('_', " ")
                    ))
                    .or_default() += l.quantity;
            }
            let what: Vec<String> = open.iter().map(|(k, n)| format!("{n} {k}")).collect();
            return Err(CoreError::refused("recall.still_open")
                .arg("recall", r.recall.number)
                .arg("open", r.summary.open)
                .arg("items", what.join("; ")));
        }
        let s = &r.summary;
        let reason = format!(
            "signed ({}) by {} ({}): {} pack(s) affected: {} destroyed, {} returned to the supplier, {} dispensed, {} transferred out, {} missing; lot quantity issued {}{}",
            meaning.as_str(),
            actor.name,
            actor.username,
            s.units,
            s.destroyed,
            s.returned_to_supplier,
            s.dispensed,
            s.transferred_out,
            s.missing,
            s.lot_quantity_issued,
            note.as_deref().map(|n| format!("; {n}")).unwrap_or_default()
        );
        let tx = self.conn_mut().transaction()?;
        let appended = {
            let mut appender = Appender::new(&tx, now)?;
            let a = appender.append_signed(
                actor,
                &NewEvent {
                    kind: EventKind::RecallClose,
                    occurred_at: now,
                    location: None,
                    counterparty: None,
                    reference: Some(r.recall.number.clone()),
                    reason: Some(reason),
                    raw_scan: None,
                    lines: Vec::new(),
                },
                Some(signature),
            )?;
            appender.finish()?;
            a
        };
        tx.execute(
            "UPDATE recall SET closed_at = ?2, closed_by = ?3, close_meaning = ?4, close_event = ?5 WHERE id = ?1",
            params![r.recall.id, now.utc_text(), actor.id.0, meaning.as_str(), appended.seq],
        )?;
        tx.commit()?;
        load_recall(self.conn(), number)
    }
}
