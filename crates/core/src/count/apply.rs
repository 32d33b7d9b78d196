//! Applying a finished count: its variance written as signed `count_adjust` events, suspect
//! packs held in quarantine.

use rusqlite::params;
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::fields::parse_date;
use crate::ledger::{Appender, NewEvent, NewLine, Place};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::header::{CountRow, CountStatus};
use super::variance::{Variance, VarianceLot, VariancePack};

/// What applying a count wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CountApplied {
    /// Packs recorded missing.
    pub missing: i64,
    /// Packs moved here from another location.
    pub moved_here: i64,
    /// Suspect packs put in quarantine here: recorded gone but on the shelf, or never received.
    pub quarantined: i64,
    /// Packs recorded missing before and found here.
    pub found_again: i64,
    /// Lot quantity added (surplus) and removed (shortfall).
    pub lot_added: i64,
    /// Lot quantity recorded missing.
    pub lot_removed: i64,
    /// Ledger event ids.
    pub events: Vec<String>,
}

/// One `count_adjust` event to write: why, in the words that open its reason, and its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Adjustment {
    /// The reason's opening, with its separator; the manager's reason follows.
    why: &'static str,
    /// The lines.
    lines: Vec<NewLine>,
}

/// Who accepted the count, and why: what every event of the count carries.
struct Approval<'a> {
    actor: &'a User,
    signature: &'a Signature,
    reason: &'a str,
    now: Timestamp,
}

/// A pack's line, from where it stood to where the count puts it.
fn pack_line(p: &VariancePack, before: Option<Place>, after: Place) -> NewLine {
    NewLine {
        product: p.product_id,
        lot: p.lot.clone(),
        serial: Some(p.serial.clone()),
        expiry: parse_date(p.expiry.clone()),
        quantity: 1,
        before,
        after: Some(after),
        unit_cost_cents: None,
    }
}

/// Packs expected here and not counted: recorded missing.
fn missing_lines(v: &Variance, here: LocationId) -> Vec<NewLine> {
    v.missing
        .iter()
        .map(|p| {
            let status = p.status.unwrap_or(UnitStatus::InStock);
            pack_line(
                p,
                Some(Place::at(status, here)),
                Place::gone(UnitStatus::Missing),
            )
        })
        .collect()
}

/// Packs counted here and held elsewhere by the ledger: moved here, keeping their status (a
/// quarantined pack stays quarantined).
fn moved_lines(v: &Variance, here: LocationId) -> Vec<NewLine> {
    v.unexpected
        .iter()
        .filter_map(|p| {
            let status = p.status?;
            Some(pack_line(
                p,
                Some(Place {
                    status,
                    location: p.location_id,
                }),
                Place::at(status, here),
            ))
        })
        .collect()
}

/// Packs counted here though recorded gone: a pack recorded missing is simply found (back in
/// stock here); one recorded dispensed, destroyed, returned or sent away is suspect and held in
/// quarantine. Returns (found, suspect).
fn wrong_status_lines(
    v: &Variance,
    here: LocationId,
    quarantine_at: LocationId,
) -> (Vec<NewLine>, Vec<NewLine>) {
    let mut found = Vec::new();
    let mut suspect = Vec::new();
    for p in &v.wrong_status {
        let Some(status) = p.status else { continue };
        if status == UnitStatus::Missing {
            found.push(pack_line(
                p,
                Some(Place::gone(status)),
                Place::at(UnitStatus::InStock, here),
            ));
        } else {
            suspect.push(pack_line(
                p,
                Some(Place::gone(status)),
                Place::at(UnitStatus::Quarantined, quarantine_at),
            ));
        }
    }
    (found, suspect)
}

/// Packs counted here and never received: entered in the ledger straight into quarantine, as
/// suspect (an unknown source), never left out as if they had not been seen.
fn never_received_lines(v: &Variance, quarantine_at: LocationId) -> Vec<NewLine> {
    v.not_received
        .iter()
        .map(|p| pack_line(p, None, Place::at(UnitStatus::Quarantined, quarantine_at)))
        .collect()
}

/// A lot's quantity set to what was counted: a surplus added in stock; a shortfall recorded
/// missing, taken from the stock in stock first and then from quarantine.
fn lot_lines(l: &VarianceLot, here: LocationId) -> Vec<NewLine> {
    let line = |quantity: i64, before: Option<Place>, after: Place| NewLine {
        product: l.product_id,
        lot: Some(l.lot.clone()),
        serial: None,
        expiry: parse_date(l.expiry.clone()),
        quantity,
        before,
        after: Some(after),
        unit_cost_cents: None,
    };
    if l.difference > 0 {
        return vec![line(
            l.difference,
            None,
            Place::at(UnitStatus::InStock, here),
        )];
    }
    let short = -l.difference;
    let from_stock = short.min(l.in_stock);
    let mut lines = Vec::new();
    if from_stock > 0 {
        lines.push(line(
            from_stock,
            Some(Place::at(UnitStatus::InStock, here)),
            Place::gone(UnitStatus::Missing),
        ));
    }
    if short > from_stock {
        lines.push(line(
            short - from_stock,
            Some(Place::at(UnitStatus::Quarantined, here)),
            Place::gone(UnitStatus::Missing),
        ));
    }
    lines
}

/// The events a variance writes, in the order they are written (empty ones left out), and
/// what they add up to (`events` left empty until they are written).
fn adjustments(
    v: &Variance,
    here: LocationId,
    quarantine_at: LocationId,
) -> (Vec<Adjustment>, CountApplied) {
    let missing = missing_lines(v, here);
    let moved = moved_lines(v, here);
    let (found, suspect) = wrong_status_lines(v, here, quarantine_at);
    let never_received = never_received_lines(v, quarantine_at);
    let changed_lots = v.lots.iter().filter(|l| l.difference != 0);
    let applied = CountApplied {
        missing: missing.len() as i64,
        moved_here: moved.len() as i64,
        quarantined: (suspect.len() + never_received.len()) as i64,
        found_again: found.len() as i64,
        lot_added: changed_lots.clone().map(|l| l.difference.max(0)).sum(),
        lot_removed: changed_lots.clone().map(|l| (-l.difference).max(0)).sum(),
        events: Vec::new(),
    };
    let lots = changed_lots.flat_map(|l| lot_lines(l, here)).collect();
    let events = [
        ("not found at the count: ", missing),
        ("found here at the count, recorded elsewhere: ", moved),
        ("recorded missing, found at the count: ", found),
        ("lot quantity set to the count: ", lots),
        (
            "suspect: on the shelf at the count though recorded dispensed, destroyed, returned or sent away; ",
            suspect,
        ),
        (
            "suspect: on the shelf at the count though never received here; ",
            never_received,
        ),
    ];
    let adjustments = events
        .into_iter()
        .filter(|(_, lines)| !lines.is_empty())
        .map(|(why, lines)| Adjustment { why, lines })
        .collect();
    (adjustments, applied)
}

impl Store {
    /// Accepts a finished count's adjustments as `count_adjust` events, with the manager's
    /// reason: missing packs become `missing`, packs found here move here, suspect packs go to
    /// quarantine here, and lot quantities are set to what was counted. Suspect packs are those
    /// recorded dispensed, destroyed, returned or sent away, and those never received here:
    /// a pack of unknown source on the shelf is held (DSCSA: quarantine and investigate), never
    /// left out of the ledger as if it had not been seen.
    pub fn apply_count(
        &mut self,
        actor: &User,
        id: i64,
        reason: &str,
        signature: &crate::model::Signature,
        now: Timestamp,
    ) -> CoreResult<CountApplied> {
        require(actor, Operation::ApplyCount)?;
        let reason = crate::fields::clean("reason", reason, 500)?;
        let c = self.finished_count(id)?;
        let v = self.count_variance(actor, id)?;
        let quarantine_at = self.quarantine_location(c.location)?;
        let (adjustments, mut applied) = adjustments(&v, c.location, quarantine_at);
        let approval = Approval {
            actor,
            signature,
            reason: &reason,
            now,
        };
        let tx = self.conn_mut().transaction()?;
        applied.events = write_adjustments(&tx, &c, adjustments, &approval)?;
        tx.execute(
            "UPDATE stock_count SET status = 'applied', closed_at = ?2, closed_by = ?3, note = ?4 WHERE id = ?1",
            params![id, now.utc_text(), actor.id.0, reason],
        )?;
        tx.commit()?;
        Ok(applied)
    }

    /// A count whose scanning is finished and which is not yet applied or abandoned, or the
    /// refusal saying where it stands.
    fn finished_count(&self, id: i64) -> CoreResult<CountRow> {
        let c = self.count_row(id)?;
        if c.status != CountStatus::Finished {
            return Err(CoreError::refused("count.not_finished")
                .arg("count", id)
                .arg("status", c.status.as_str()));
        }
        Ok(c)
    }
}

/// Writes the count's events, signed, in one appender; their ids in order.
fn write_adjustments(
    tx: &rusqlite::Transaction,
    c: &CountRow,
    adjustments: Vec<Adjustment>,
    approval: &Approval,
) -> CoreResult<Vec<String>> {
    let mut appender = Appender::new(tx, approval.now)?;
    let mut ids = Vec::new();
    for Adjustment { why, lines } in adjustments {
        let appended = appender.append_signed(
            approval.actor,
            &NewEvent {
                kind: EventKind::CountAdjust,
                occurred_at: approval.now,
                location: Some(c.location),
                counterparty: None,
                reference: Some(format!("COUNT-{}", c.id)),
                reason: Some(format!("{why}{}", approval.reason)),
                raw_scan: None,
                lines,
            },
            Some(approval.signature),
        )?;
        ids.push(appended.id);
    }
    appender.finish()?;
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::count::{CountInfo, CountStatus};

    const HERE: LocationId = LocationId(1);
    const ELSEWHERE: LocationId = LocationId(2);
    const QUARANTINE: LocationId = LocationId(3);

    fn pack(serial: &str, status: Option<UnitStatus>, at: Option<LocationId>) -> VariancePack {
        VariancePack {
            gtin: "09506000134352".into(),
            product: "Amoxicillin".into(),
            serial: serial.into(),
            lot: Some("L1".into()),
            expiry: Some("2028-12-31".into()),
            status,
            location: None,
            product_id: ProductId(1),
            location_id: at,
        }
    }

    fn lot(difference: i64, expected: i64, in_stock: i64) -> VarianceLot {
        VarianceLot {
            gtin: "09506000134369".into(),
            product: "Gauze".into(),
            lot: "G1".into(),
            expiry: None,
            expected,
            counted: expected + difference,
            difference,
            product_id: ProductId(2),
            in_stock,
        }
    }

    fn variance() -> Variance {
        Variance {
            count: CountInfo {
                id: 4,
                location: "PHARM".into(),
                status: CountStatus::Finished,
                blind: false,
                products: Vec::new(),
                started_at: String::new(),
                started_by: String::new(),
                expected_units: None,
                counted_units: 0,
                counted_lot_quantity: 0,
                note: None,
            },
            found: 0,
            missing: Vec::new(),
            unexpected: Vec::new(),
            wrong_status: Vec::new(),
            not_received: Vec::new(),
            left_during_count: Vec::new(),
            arrived_not_counted: Vec::new(),
            lots: Vec::new(),
        }
    }

    fn places(lines: &[NewLine]) -> Vec<(Option<Place>, Option<Place>, i64)> {
        lines
            .iter()
            .map(|l| (l.before, l.after, l.quantity))
            .collect()
    }

    #[test]
    fn a_lot_shortfall_is_taken_from_stock_first_then_from_quarantine() {
        let missing = Place::gone(UnitStatus::Missing);
        assert_eq!(
            places(&lot_lines(&lot(-5, 10, 3), HERE)),
            vec![
                (Some(Place::at(UnitStatus::InStock, HERE)), Some(missing), 3),
                (
                    Some(Place::at(UnitStatus::Quarantined, HERE)),
                    Some(missing),
                    2
                ),
            ],
            "five short with three in stock: three from stock, the other two from quarantine"
        );
        assert_eq!(
            places(&lot_lines(&lot(4, 10, 10), HERE)),
            vec![(None, Some(Place::at(UnitStatus::InStock, HERE)), 4)],
            "a surplus is added in stock here"
        );
    }

    #[test]
    fn a_pack_recorded_gone_is_found_if_it_was_missing_and_held_as_suspect_otherwise() {
        let mut v = variance();
        v.wrong_status = vec![
            pack("M", Some(UnitStatus::Missing), None),
            pack("D", Some(UnitStatus::Dispensed), None),
        ];
        let (found, suspect) = wrong_status_lines(&v, HERE, QUARANTINE);
        assert_eq!(
            places(&found),
            vec![(
                Some(Place::gone(UnitStatus::Missing)),
                Some(Place::at(UnitStatus::InStock, HERE)),
                1
            )],
            "a pack recorded missing and found on the shelf is back in stock here"
        );
        assert_eq!(
            places(&suspect),
            vec![(
                Some(Place::gone(UnitStatus::Dispensed)),
                Some(Place::at(UnitStatus::Quarantined, QUARANTINE)),
                1
            )],
            "a dispensed pack on the shelf is suspect: held in quarantine, never put back in stock"
        );
    }

    #[test]
    fn the_events_are_written_in_a_fixed_order_and_empty_ones_left_out() {
        let mut v = variance();
        v.missing = vec![pack("A", Some(UnitStatus::Quarantined), Some(HERE))];
        v.unexpected = vec![pack("B", Some(UnitStatus::InStock), Some(ELSEWHERE))];
        v.not_received = vec![pack("C", None, None)];
        v.lots = vec![lot(0, 5, 5), lot(-2, 5, 5)];
        let (events, applied) = adjustments(&v, HERE, QUARANTINE);
        let whys: Vec<&str> = events.iter().map(|e| e.why).collect();
        assert_eq!(
            whys,
            [
                "not found at the count: ",
                "found here at the count, recorded elsewhere: ",
                "lot quantity set to the count: ",
                "suspect: on the shelf at the count though never received here; ",
            ],
            "the order is part of what the ledger hashes, so it must never change; a kind \
             with no lines writes no event"
        );
        assert_eq!(
            places(&events[0].lines),
            vec![(
                Some(Place::at(UnitStatus::Quarantined, HERE)),
                Some(Place::gone(UnitStatus::Missing)),
                1
            )],
            "a missing pack leaves from the status it had here"
        );
        assert_eq!(
            places(&events[1].lines),
            vec![(
                Some(Place::at(UnitStatus::InStock, ELSEWHERE)),
                Some(Place::at(UnitStatus::InStock, HERE)),
                1
            )],
            "a pack found here moves here with its status"
        );
        assert_eq!(
            places(&events[3].lines),
            vec![(
                None,
                Some(Place::at(UnitStatus::Quarantined, QUARANTINE)),
                1
            )],
            "a pack never received enters the ledger in quarantine"
        );
        assert_eq!(
            (
                applied.missing,
                applied.moved_here,
                applied.quarantined,
                applied.found_again,
                applied.lot_added,
                applied.lot_removed
            ),
            (1, 1, 1, 0, 0, 2),
            "the summary adds up what the events write"
        );
    }
}
