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

use super::header::CountStatus;
use super::variance::VariancePack;

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
        let c = self.count_row(id)?;
        if c.status != CountStatus::Finished {
            return Err(CoreError::refused("count.not_finished")
                .arg("count", id)
                .arg("status", c.status.as_str()));
        }
        let v = self.count_variance(actor, id)?;
        let here = c.location;
        let quarantine_at = self.quarantine_location(here)?;
        let mut applied = CountApplied {
            missing: 0,
            moved_here: 0,
            quarantined: 0,
            found_again: 0,
            lot_added: 0,
            lot_removed: 0,
            events: Vec::new(),
        };
        let line = |p: &VariancePack, before: Place, after: Place| NewLine {
            product: p.product_id,
            lot: p.lot.clone(),
            serial: Some(p.serial.clone()),
            expiry: parse_date(p.expiry.clone()),
            quantity: 1,
            before: Some(before),
            after: Some(after),
            unit_cost_cents: None,
        };
        let mut groups: Vec<(String, Vec<NewLine>)> = Vec::new();
        let missing: Vec<NewLine> = v
            .missing
            .iter()
            .map(|p| {
                let status = p.status.unwrap_or(UnitStatus::InStock);
                line(p, Place::at(status, here), Place::gone(UnitStatus::Missing))
            })
            .collect();
        applied.missing = missing.len() as i64;
        groups.push(("not found at the count".into(), missing));
        let moved: Vec<NewLine> = v
            .unexpected
            .iter()
            .filter_map(|p| {
                let status = p.status?;
                Some(line(
                    p,
                    Place {
                        status,
                        location: p.location_id,
                    },
                    Place::at(status, here),
                ))
            })
            .collect();
        applied.moved_here = moved.len() as i64;
        groups.push(("found here at the count, recorded elsewhere".into(), moved));
        let mut found = Vec::new();
        let mut suspect = Vec::new();
        for p in &v.wrong_status {
            let Some(status) = p.status else { continue };
            if status == UnitStatus::Missing {
                found.push(line(
                    p,
                    Place::gone(status),
                    Place::at(UnitStatus::InStock, here),
                ));
            } else {
                suspect.push(line(
                    p,
                    Place::gone(status),
                    Place::at(UnitStatus::Quarantined, quarantine_at),
                ));
            }
        }
        let never_received: Vec<NewLine> = v
            .not_received
            .iter()
            .map(|p| NewLine {
                before: None,
                ..line(
                    p,
                    Place::at(UnitStatus::Quarantined, quarantine_at),
                    Place::at(UnitStatus::Quarantined, quarantine_at),
                )
            })
            .collect();
        applied.found_again = found.len() as i64;
        applied.quarantined = (suspect.len() + never_received.len()) as i64;
        groups.push(("recorded missing, found at the count".into(), found));
        let mut lots = Vec::new();
        for l in v.lots.iter().filter(|l| l.difference != 0) {
            let lot_line = |quantity: i64, before: Option<Place>, after: Place| NewLine {
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
                applied.lot_added += l.difference;
                lots.push(lot_line(
                    l.difference,
                    None,
                    Place::at(UnitStatus::InStock, here),
                ));
            } else {
                let short = -l.difference;
                let from_stock = short.min(l.in_stock);
                if from_stock > 0 {
                    lots.push(lot_line(
                        from_stock,
                        Some(Place::at(UnitStatus::InStock, here)),
                        Place::gone(UnitStatus::Missing),
                    ));
                }
                if short > from_stock {
                    lots.push(lot_line(
                        short - from_stock,
                        Some(Place::at(UnitStatus::Quarantined, here)),
                        Place::gone(UnitStatus::Missing),
                    ));
                }
                applied.lot_removed += short;
            }
        }
        groups.push(("lot quantity set to the count".into(), lots));
        let tx = self.conn_mut().transaction()?;
        {
            let mut appender = Appender::new(&tx, now)?;
            for (what, lines) in groups.into_iter().filter(|(_, l)| !l.is_empty()) {
                let a = appender.append_signed(
                    actor,
                    &NewEvent {
                        kind: EventKind::CountAdjust,
                        occurred_at: now,
                        location: Some(here),
                        counterparty: None,
                        reference: Some(format!("COUNT-{}", c.id)),
                        reason: Some(format!("{what}: {reason}")),
                        raw_scan: None,
                        lines,
                    },
                    Some(signature),
                )?;
                applied.events.push(a.id);
            }
            let suspects = [
                (
                    "suspect: on the shelf at the count though recorded dispensed, destroyed, returned or sent away",
                    suspect,
                ),
                (
                    "suspect: on the shelf at the count though never received here",
                    never_received,
                ),
            ];
            for (why, lines) in suspects.into_iter().filter(|(_, l)| !l.is_empty()) {
                let a = appender.append_signed(
                    actor,
                    &NewEvent {
                        kind: EventKind::CountAdjust,
                        occurred_at: now,
                        location: Some(here),
                        counterparty: None,
                        reference: Some(format!("COUNT-{}", c.id)),
                        reason: Some(format!("{why}; {reason}")),
                        raw_scan: None,
                        lines,
                    },
                    Some(signature),
                )?;
                applied.events.push(a.id);
            }
            appender.finish()?;
        }
        tx.execute(
            "UPDATE stock_count SET status = 'applied', closed_at = ?2, closed_by = ?3, note = ?4 WHERE id = ?1",
            params![id, now.utc_text(), actor.id.0, reason],
        )?;
        tx.commit()?;
        Ok(applied)
    }
}
