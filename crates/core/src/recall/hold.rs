//! The hold: quarantining, in place, what a recall covers that is in stock, and the lookup that
//! blocks every later scan of recalled stock.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;

use super::covered::{covered, lot_held};
use super::Recall;
use crate::error::CoreResult;
use crate::fields::parse_date;
use crate::ledger::{Appender, NewEvent, NewLine, Place};
use crate::model::*;
use crate::Store;

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

/// Quarantines, in place, every affected unit and lot quantity in stock: one event per location.
pub(super) fn hold(
    tx: &Transaction<'_>,
    actor: &User,
    recall: &Recall,
    now: Timestamp,
) -> CoreResult<Hold> {
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

impl Store {
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
}
