//! The reach of a recall: every affected pack and lot quantity, where it is or went, what is
//! still expected on open shipments and what was never received; computed from the current state
//! and the ledger whenever it is asked for.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::covered::{covered, lot_held, Covered, UnitRow};
use super::last_event::{LastEvent, Shown};
use super::{Recall, ScopeLine};
use crate::error::CoreResult;
use crate::model::*;

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
    pub(super) location_id: Option<LocationId>,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub(super) product_id: ProductId,
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
    pub(super) location_id: Option<LocationId>,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub(super) product_id: ProductId,
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

/// Whether a pack or quantity in this status, with this recorded outcome, is still open.
fn is_open(status: UnitStatus, outcome: Option<RecallOutcome>) -> bool {
    match status {
        UnitStatus::ReturnedToSupplier | UnitStatus::Destroyed => false,
        s if s.is_held() => true,
        _ => outcome.is_none(),
    }
}

/// The reach of a stored recall.
pub(super) fn reach(conn: &Connection, recall: Recall) -> CoreResult<Reach> {
    let c = covered(conn, &recall.scope)?;
    let shown = Shown::read(conn, &c.units)?;
    reach_of(conn, recall, c, &shown)
}

/// The counts of a stored recall's reach, as the list of recalls shows them: the packs' last
/// events and places are not read, since no count depends on them.
pub(super) fn reach_summary(
    conn: &Connection,
    recall: Recall,
) -> CoreResult<(Recall, ReachSummary)> {
    let c = covered(conn, &recall.scope)?;
    let r = reach_of(conn, recall, c, &Shown::default())?;
    Ok((r.recall, r.summary))
}

/// The reach of a recall from what its scope covers, each pack shown with `shown`.
fn reach_of(conn: &Connection, recall: Recall, c: Covered, shown: &Shown) -> CoreResult<Reach> {
    let recorded = RecordedOutcomes::read(conn, recall.id)?;
    let names = product_names(&c);
    let units = affected_units(&c, &recorded, &names, shown);
    let lots = affected_lots(conn, &c, &recorded, &names)?;
    let expected = expected_on_shipments(conn, &recall.scope, &c)?;
    let not_received = not_received(c.not_received, &expected);
    let mut summary = summarize(&units, &lots);
    summary.expected = expected.len() as i64;
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

/// The outcomes recorded with a recall for packs and lot quantities that left (the rows of
/// `recall_outcome`); the newest one for an item counts.
#[derive(Debug, Default)]
struct RecordedOutcomes {
    /// product -> serial -> outcome.
    units: HashMap<ProductId, HashMap<String, RecallOutcome>>,
    /// (product, lot, status the quantity had) -> outcome.
    lots: HashMap<(ProductId, String, UnitStatus), RecallOutcome>,
}

impl RecordedOutcomes {
    /// The outcome recorded for this pack, if any.
    fn unit(&self, product: ProductId, serial: &str) -> Option<RecallOutcome> {
        self.units.get(&product)?.get(serial).copied()
    }

    /// Reads them in the order they were recorded, so that a later row replaces an earlier one.
    fn read(conn: &Connection, recall: i64) -> CoreResult<Self> {
        let mut out = Self::default();
        let mut stmt = conn.prepare_cached(
            "SELECT product_id, serial, lot, status, outcome FROM recall_outcome WHERE recall_id = ?1 ORDER BY rowid",
        )?;
        let mut rows = stmt.query([recall])?;
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
                    out.units.entry(product).or_default().insert(s, outcome);
                }
                (None, Some(l)) => {
                    out.lots.insert((product, l, status), outcome);
                }
                (None, None) => {}
            }
        }
        Ok(out)
    }
}

/// Each covered product's GTIN and name, by id.
fn product_names(c: &Covered) -> HashMap<ProductId, (&str, &str)> {
    c.products
        .iter()
        .filter_map(|(g, p)| p.as_ref().map(|p| (p.id, (g.as_str(), p.name.as_str()))))
        .collect()
}

/// The outcome of a pack or quantity in this status: a stock-moving outcome is its status (a
/// destroyed pack was destroyed, whatever was recorded), stock still held has none yet, and
/// stock that left has the outcome recorded for it, if any.
pub(super) fn outcome_of(
    status: UnitStatus,
    recorded: Option<RecallOutcome>,
) -> Option<RecallOutcome> {
    match status {
        UnitStatus::Destroyed => Some(RecallOutcome::Destroyed),
        UnitStatus::ReturnedToSupplier => Some(RecallOutcome::ReturnedToSupplier),
        s if s.is_held() => None,
        _ => recorded,
    }
}

/// The covered packs with where they are or went, held first (by location), then those that left
/// (by status).
fn affected_units(
    c: &Covered,
    recorded: &RecordedOutcomes,
    names: &HashMap<ProductId, (&str, &str)>,
    shown: &Shown,
) -> Vec<AffectedUnit> {
    let units: Vec<AffectedUnit> = c
        .units
        .iter()
        .map(|u| {
            let outcome = outcome_of(u.status, recorded.unit(u.product, &u.serial));
            let last = shown.event(u);
            let at = shown.location(u.location);
            affected_unit(u, outcome, names.get(&u.product).copied(), last, at)
        })
        .collect();
    sort_units(units)
}

/// One covered pack as the reach shows it; `product` is its (GTIN, name), `last` its last event
/// and `location` the code of where it is held.
pub(super) fn affected_unit(
    u: &UnitRow,
    outcome: Option<RecallOutcome>,
    product: Option<(&str, &str)>,
    last: LastEvent,
    location: Option<&str>,
) -> AffectedUnit {
    let (gtin, name) = product.unwrap_or(("", ""));
    AffectedUnit {
        gtin: gtin.to_string(),
        product: name.to_string(),
        serial: u.serial.clone(),
        lot: u.lot.clone(),
        expiry: u.expiry.clone(),
        status: u.status,
        location: location.map(str::to_string),
        since: last.since,
        reference: last.reference,
        counterparty: last.counterparty,
        outcome,
        open: is_open(u.status, outcome),
        location_id: u.location,
        product_id: u.product,
    }
}

/// Held first, by location; then what left, by status; then by GTIN and serial. The order is
/// found on indices and the packs moved once, since a pack is a large value to swap.
fn sort_units(units: Vec<AffectedUnit>) -> Vec<AffectedUnit> {
    fn key(u: &AffectedUnit) -> (bool, Option<&str>, UnitStatus, &str, &str) {
        (
            !u.status.is_held(),
            u.location.as_deref(),
            u.status,
            u.gtin.as_str(),
            u.serial.as_str(),
        )
    }
    let mut order: Vec<usize> = (0..units.len()).collect();
    // GTIN and serial name one pack, so the order is total and an unstable sort gives the one
    // a stable sort would.
    order.sort_unstable_by(|&a, &b| key(&units[a]).cmp(&key(&units[b])));
    let mut slots: Vec<Option<AffectedUnit>> = units.into_iter().map(Some).collect();
    order.iter().filter_map(|&i| slots[i].take()).collect()
}

/// The covered lots of lot-tracked products: for each, the quantities held per location and
/// status (always open), then the quantities that left per status.
fn affected_lots(
    conn: &Connection,
    c: &Covered,
    recorded: &RecordedOutcomes,
    names: &HashMap<ProductId, (&str, &str)>,
) -> CoreResult<Vec<AffectedLot>> {
    let mut lots = Vec::new();
    for (product, lot) in &c.lots {
        let (gtin, name) = names.get(product).copied().unwrap_or(("", ""));
        let expiry = lot_expiry(conn, *product, lot)?;
        let quantity = |status, location, location_id, quantity, outcome, expiry| AffectedLot {
            gtin: gtin.to_string(),
            product: name.to_string(),
            lot: lot.clone(),
            expiry,
            status,
            location,
            quantity,
            outcome,
            open: is_open(status, outcome),
            location_id,
            product_id: *product,
        };
        for (loc, code, status, e, q) in lot_held(conn, *product, lot)? {
            // Held stock is open whatever its status says: it is here and needs an outcome.
            lots.push(AffectedLot {
                open: true,
                ..quantity(status, code, loc, q, None, e.or_else(|| expiry.clone()))
            });
        }
        for (status, q) in lot_gone(conn, *product, lot)? {
            let key = (*product, lot.clone(), status);
            let outcome = outcome_of(status, recorded.lots.get(&key).copied());
            lots.push(quantity(status, None, None, q, outcome, expiry.clone()));
        }
    }
    Ok(lots)
}

/// The expiry recorded for a lot when it was first seen.
fn lot_expiry(conn: &Connection, product: ProductId, lot: &str) -> CoreResult<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT expiry FROM lot_info WHERE product_id = ?1 AND lot = ?2")?
        .query_row(params![product.0, lot], |r| r.get(0))
        .optional()?
        .flatten())
}

/// What the scope covers that open shipments still bring: the items not yet received, except
/// packs already here (they are in the reach's units).
fn expected_on_shipments(
    conn: &Connection,
    scope: &[ScopeLine],
    c: &Covered,
) -> CoreResult<Vec<AffectedExpected>> {
    let mut expected = Vec::new();
    let mut seen = HashSet::new();
    for line in scope {
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
            let product = c.products.get(&line.gtin).and_then(|p| p.as_ref());
            let here = match (&serial, product) {
                (Some(s), Some(p)) => c.has_unit(p.id, s),
                _ => false,
            };
            if in_scope(scope, &line.gtin, lot.as_deref(), serial.as_deref()) && !here {
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
    Ok(expected)
}

/// Whether a scope line covers an item of this GTIN, lot and serial: a line with no lot (or no
/// serial) covers every lot (or every pack).
fn in_scope(scope: &[ScopeLine], gtin: &str, lot: Option<&str>, serial: Option<&str>) -> bool {
    scope.iter().any(|s| {
        s.gtin == gtin
            && (s.lot.is_none() || s.lot.as_deref() == lot)
            && (s.serial.is_none() || s.serial.as_deref() == serial)
    })
}

/// The scope's serials never seen here, less those an open shipment still brings (they are
/// expected, not missing).
fn not_received(lines: Vec<ScopeLine>, expected: &[AffectedExpected]) -> Vec<ScopeLine> {
    let expected_serials: HashSet<(&str, &str)> = expected
        .iter()
        .filter_map(|e| e.serial.as_deref().map(|s| (e.gtin.as_str(), s)))
        .collect();
    lines
        .into_iter()
        .filter(|l| {
            !expected_serials.contains(&(l.gtin.as_str(), l.serial.as_deref().unwrap_or("")))
        })
        .collect()
}

/// The counts of the packs and lot quantities of a reach (the expected and never received
/// counts are the lengths of their lists). A lot quantity at a location is held here; one
/// without a location left.
fn summarize(units: &[AffectedUnit], lots: &[AffectedLot]) -> ReachSummary {
    let mut s = ReachSummary {
        units: units.len() as i64,
        ..ReachSummary::default()
    };
    for u in units {
        let count = match u.status {
            UnitStatus::InStock => &mut s.in_stock,
            UnitStatus::Quarantined => &mut s.quarantined,
            UnitStatus::Dispensed => &mut s.dispensed,
            UnitStatus::TransferredOut => &mut s.transferred_out,
            UnitStatus::ReturnedToSupplier => &mut s.returned_to_supplier,
            UnitStatus::Destroyed => &mut s.destroyed,
            UnitStatus::Missing => &mut s.missing,
        };
        *count += 1;
        s.open += i64::from(u.open);
    }
    for l in lots {
        if l.location_id.is_some() {
            s.lot_quantity_held += l.quantity;
        }
        if matches!(l.status, UnitStatus::Dispensed | UnitStatus::TransferredOut) {
            s.lot_quantity_issued += l.quantity;
        }
        s.open += i64::from(l.open);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pack of GTIN 1 with this serial and status, at location 1 while held.
    fn pack(serial: &str, status: UnitStatus, outcome: Option<RecallOutcome>) -> AffectedUnit {
        let held = status.is_held();
        AffectedUnit {
            gtin: "09506000134352".into(),
            product: "Metformin".into(),
            serial: serial.into(),
            lot: Some("A1".into()),
            expiry: None,
            status,
            location: held.then(|| "PHARM".into()),
            since: "2026-11-01T10:00:00+01:00".into(),
            reference: None,
            counterparty: None,
            outcome,
            open: is_open(status, outcome),
            location_id: held.then_some(LocationId(1)),
            product_id: ProductId(1),
        }
    }

    /// A quantity of lot A1, held at location 1 or gone.
    fn quantity(status: UnitStatus, held: bool, quantity: i64, open: bool) -> AffectedLot {
        AffectedLot {
            gtin: "09506000134352".into(),
            product: "Saline".into(),
            lot: "A1".into(),
            expiry: None,
            status,
            location: held.then(|| "PHARM".into()),
            quantity,
            outcome: None,
            open,
            location_id: held.then_some(LocationId(1)),
            product_id: ProductId(2),
        }
    }

    fn line(gtin: &str, lot: Option<&str>, serial: Option<&str>) -> ScopeLine {
        ScopeLine {
            gtin: gtin.into(),
            lot: lot.map(String::from),
            serial: serial.map(String::from),
        }
    }

    #[test]
    fn the_outcome_of_stock_that_moved_is_its_status_and_held_stock_has_none() {
        use RecallOutcome as O;
        use UnitStatus as S;
        assert_eq!(
            outcome_of(S::Destroyed, Some(O::NotFound)),
            Some(O::Destroyed),
            "a destroyed pack was destroyed, whatever row was recorded for it"
        );
        assert_eq!(
            outcome_of(S::ReturnedToSupplier, None),
            Some(O::ReturnedToSupplier),
            "a pack sent back needs no recorded row to show it went back"
        );
        assert_eq!(
            outcome_of(S::Quarantined, Some(O::Notified)),
            None,
            "stock still held here has no outcome until it leaves or is found missing"
        );
        assert_eq!(
            outcome_of(S::Dispensed, Some(O::Notified)),
            Some(O::Notified),
            "a dispensed pack's outcome is the one recorded with the recall"
        );
        assert_eq!(
            outcome_of(S::Dispensed, None),
            None,
            "a dispensed pack with nothing recorded has no outcome"
        );
    }

    #[test]
    fn held_stock_stays_open_and_stock_that_left_is_open_until_an_outcome_is_recorded() {
        use RecallOutcome as O;
        use UnitStatus as S;
        assert!(
            is_open(S::Quarantined, None),
            "a held pack needs an outcome before the recall can close"
        );
        assert!(
            is_open(S::InStock, None),
            "a usable pack of a recall is the most open item there is"
        );
        assert!(
            is_open(S::Dispensed, None),
            "a dispensed pack whose patient was not notified is open"
        );
        assert!(
            !is_open(S::Dispensed, Some(O::Notified)),
            "a dispensed pack whose patient was notified is done"
        );
        assert!(
            !is_open(S::Destroyed, None),
            "a destroyed pack needs nothing more"
        );
        assert!(
            !is_open(S::ReturnedToSupplier, None),
            "a pack returned to the supplier needs nothing more"
        );
    }

    #[test]
    fn held_packs_come_first_by_location_then_those_that_left_by_status() {
        let units = vec![
            pack("3", UnitStatus::Dispensed, None),
            pack("2", UnitStatus::Quarantined, None),
            pack("1", UnitStatus::TransferredOut, None),
            pack("0", UnitStatus::Quarantined, None),
        ];
        let units = sort_units(units);
        let order: Vec<&str> = units.iter().map(|u| u.serial.as_str()).collect();
        assert_eq!(
            order,
            ["0", "2", "3", "1"],
            "the packs to act on here come first, so the list reads as a work list"
        );
    }

    #[test]
    fn a_scope_line_without_lot_or_serial_covers_every_lot_or_pack() {
        let g = "09506000134352";
        let scope = [line(g, Some("A1"), None), line(g, None, Some("S9"))];
        assert!(
            in_scope(&scope, g, Some("A1"), Some("S1")),
            "a lot line covers every pack of the lot"
        );
        assert!(
            in_scope(&scope, g, Some("B2"), Some("S9")),
            "a serial line covers the pack whatever lot it is shipped with"
        );
        assert!(
            !in_scope(&scope, g, Some("B2"), Some("S1")),
            "a pack of another lot, not named, is not covered"
        );
        assert!(
            !in_scope(&scope, "09506000134369", Some("A1"), None),
            "another GTIN is never covered by these lines"
        );
    }

    #[test]
    fn a_serial_still_expected_on_a_shipment_is_not_counted_as_never_received() {
        let g = "09506000134352";
        let expected = [AffectedExpected {
            shipment: "ASN-1".into(),
            gtin: g.into(),
            serial: Some("S1".into()),
            lot: None,
            quantity: 1,
        }];
        let left = not_received(
            vec![line(g, None, Some("S1")), line(g, None, Some("S2"))],
            &expected,
        );
        assert_eq!(
            left,
            [line(g, None, Some("S2"))],
            "S1 is on its way and shown as expected; only S2 was never seen here"
        );
    }

    #[test]
    fn the_summary_counts_packs_by_status_and_lot_quantities_held_and_issued() {
        let units = [
            pack("1", UnitStatus::Quarantined, None),
            pack("2", UnitStatus::Dispensed, Some(RecallOutcome::Notified)),
            pack("3", UnitStatus::Dispensed, None),
            pack("4", UnitStatus::Destroyed, Some(RecallOutcome::Destroyed)),
        ];
        let lots = [
            quantity(UnitStatus::Quarantined, true, 40, true),
            quantity(UnitStatus::Dispensed, false, 7, true),
            quantity(UnitStatus::TransferredOut, false, 3, false),
            quantity(UnitStatus::Missing, false, 2, false),
        ];
        let s = summarize(&units, &lots);
        assert_eq!(s.units, 4, "every affected pack counts once");
        assert_eq!(
            (s.quarantined, s.dispensed, s.destroyed),
            (1, 2, 1),
            "packs are counted by the status they have now"
        );
        assert_eq!(
            s.lot_quantity_held, 40,
            "only the quantity at a location is held here"
        );
        assert_eq!(
            s.lot_quantity_issued, 10,
            "dispensed and transferred quantities left through the pharmacy; missing ones did not"
        );
        assert_eq!(
            s.open, 4,
            "the held pack, the dispensed pack not notified, the held lot and the dispensed lot quantity are open"
        );
    }
}
