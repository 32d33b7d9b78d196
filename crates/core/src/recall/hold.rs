//! The hold: quarantining, in place, what a recall covers that is in stock, and the lookup that
//! blocks every later scan of recalled stock.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;

use super::covered::{covered, lot_held, Covered, UnitRow};
use super::{Recall, ScopeLine};
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
    let (lines, _) = hold_lines(tx, &recall.scope)?;
    let mut held = lines.held;
    held.events = append_holds(tx, actor, recall, lines.by_location, now)?;
    Ok(held)
}

/// What a scope covers and the hold's lines for it, without writing anything: the hold and its
/// preview (`preview`) both start here, so the figures a person confirms are the hold's own.
pub(super) fn hold_lines(
    conn: &Connection,
    scope: &[ScopeLine],
) -> CoreResult<(HoldLines, Covered)> {
    let c = covered(conn, scope)?;
    let mut lines = HoldLines::default();
    for u in &c.units {
        lines.unit(u);
    }
    for (product, lot) in &c.lots {
        for (loc, _, status, expiry, quantity) in lot_held(conn, *product, lot)? {
            lines.lot(*product, lot, loc, status, expiry, quantity);
        }
    }
    Ok((lines, c))
}

/// The ledger lines of a hold, per location, and what they quarantine. Only stock in stock is
/// held: stock already quarantined stays as it is, and stock that left is not here to hold.
#[derive(Debug, Default)]
pub(super) struct HoldLines {
    pub(super) by_location: BTreeMap<LocationId, Vec<NewLine>>,
    pub(super) held: Hold,
}

impl HoldLines {
    /// Holds a covered pack if it is in stock at a location.
    fn unit(&mut self, u: &UnitRow) {
        if let (UnitStatus::InStock, Some(loc)) = (u.status, u.location) {
            self.by_location
                .entry(loc)
                .or_default()
                .push(quarantine_line(
                    u.product,
                    u.lot.clone(),
                    Some(u.serial.clone()),
                    parse_date(u.expiry.clone()),
                    1,
                    loc,
                ));
            self.held.units += 1;
        }
    }

    /// Holds a quantity of a covered lot if it is in stock at a location.
    fn lot(
        &mut self,
        product: ProductId,
        lot: &str,
        location: Option<LocationId>,
        status: UnitStatus,
        expiry: Option<String>,
        quantity: i64,
    ) {
        if let (UnitStatus::InStock, Some(loc)) = (status, location) {
            self.by_location
                .entry(loc)
                .or_default()
                .push(quarantine_line(
                    product,
                    Some(lot.to_string()),
                    None,
                    parse_date(expiry),
                    quantity,
                    loc,
                ));
            self.held.lot_quantity += quantity;
        }
    }
}

/// A ledger line quarantining stock where it is.
fn quarantine_line(
    product: ProductId,
    lot: Option<String>,
    serial: Option<String>,
    expiry: Option<chrono::NaiveDate>,
    quantity: i64,
    loc: LocationId,
) -> NewLine {
    NewLine {
        product,
        lot,
        serial,
        expiry,
        quantity,
        before: Some(Place::at(UnitStatus::InStock, loc)),
        after: Some(Place::at(UnitStatus::Quarantined, loc)),
        unit_cost_cents: None,
    }
}

/// The reason a hold's events carry: the recall, its class and why.
fn hold_reason(recall: &Recall) -> String {
    format!(
        "recall {} ({}): {}",
        recall.number,
        recall.class.label(),
        recall.reason
    )
}

/// Appends one quarantine event per location, referencing the recall; answers how many.
fn append_holds(
    tx: &Transaction<'_>,
    actor: &User,
    recall: &Recall,
    by_location: BTreeMap<LocationId, Vec<NewLine>>,
    now: Timestamp,
) -> CoreResult<i64> {
    if by_location.is_empty() {
        return Ok(0);
    }
    let reason = hold_reason(recall);
    let mut events = 0;
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
        events += 1;
    }
    appender.finish()?;
    Ok(events)
}

impl Store {
    /// Runs a write that holds what a recall covers (entered, extended or imported here): a few
    /// pages scattered through the file for each pack, thousands of packs. It reads them
    /// unmapped ([`Store::with_mapping_off`]), and the log it leaves (11,000 pages for 3,000
    /// packs) is copied back by the background thread where one runs
    /// ([`Store::with_checkpoint_deferred`]). The hub's network recalls are held inside a pull's
    /// page, which reads unmapped as a whole (`Store::apply_feed_page`).
    pub(super) fn with_hold_write<T>(
        &mut self,
        write: impl FnOnce(&mut rusqlite::Connection) -> CoreResult<T>,
    ) -> CoreResult<T> {
        self.with_mapping_off(|store| store.with_checkpoint_deferred(write))
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
        recall_covering(self.conn(), gtin, lot, serial)
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

/// [`Store::recall_covering`] on `conn` (a transaction's, say).
pub(crate) fn recall_covering(
    conn: &Connection,
    gtin: &str,
    lot: Option<&str>,
    serial: Option<&str>,
) -> CoreResult<Option<(String, RecallClass)>> {
    Ok(conn
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

#[cfg(test)]
mod tests {
    use super::*;

    fn row(serial: &str, status: UnitStatus, location: Option<LocationId>) -> UnitRow {
        UnitRow {
            product: ProductId(1),
            serial: serial.into(),
            lot: Some("A1".into()),
            expiry: Some("2027-03-31".into()),
            status,
            location,
            last: Default::default(),
        }
    }

    #[test]
    fn only_stock_in_stock_at_a_location_is_held() {
        let mut lines = HoldLines::default();
        lines.unit(&row("S1", UnitStatus::InStock, Some(LocationId(1))));
        lines.unit(&row("S2", UnitStatus::InStock, Some(LocationId(2))));
        lines.unit(&row("S3", UnitStatus::Quarantined, Some(LocationId(1))));
        lines.unit(&row("S4", UnitStatus::Dispensed, None));
        lines.lot(
            ProductId(2),
            "L1",
            Some(LocationId(1)),
            UnitStatus::InStock,
            None,
            40,
        );
        lines.lot(
            ProductId(2),
            "L1",
            Some(LocationId(1)),
            UnitStatus::Quarantined,
            None,
            5,
        );
        assert_eq!(
            (lines.held.units, lines.held.lot_quantity),
            (2, 40),
            "a quarantined pack or quantity is already held, a dispensed one is not here"
        );
        assert_eq!(
            lines.by_location.get(&LocationId(1)).map(Vec::len),
            Some(2),
            "the pack and the lot quantity at location 1 go into one event"
        );
        let line = &lines.by_location[&LocationId(2)][0];
        assert_eq!(
            (line.before, line.after),
            (
                Some(Place::at(UnitStatus::InStock, LocationId(2))),
                Some(Place::at(UnitStatus::Quarantined, LocationId(2)))
            ),
            "a hold quarantines in place: the pack does not move"
        );
    }

    #[test]
    fn a_holds_reason_names_the_recall_its_class_and_why() {
        let recall = super::super::test_recall(RecallClass::I, "NDMA above the limit");
        assert_eq!(
            hold_reason(&recall),
            format!(
                "recall R-1 ({}): NDMA above the limit",
                RecallClass::I.label()
            ),
            "whoever reads the quarantine event must see which recall and why"
        );
    }
}
