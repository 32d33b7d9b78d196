//! The reach of a recall: every affected pack and lot quantity, where it is or went, what is
//! still expected on open shipments and what was never received; computed from the current state
//! and the ledger whenever it is asked for.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::covered::{covered, lot_held};
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
