//! One pack's outcome, scanned as it is pulled from the shelf. Only that pack is looked up (its
//! product, its unit row, the recall's scope lines and the outcome recorded for it), never the
//! recall's whole reach: each scan stays quick on a recall of every lot of a common product.
//! The outcome is planned and written by the same rules as any other (`outcome.rs`).

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::covered::{product_ref, unit_of};
use super::last_event::Shown;
use super::outcome::{
    check_request, nothing_to_record, OutcomeRequest, OutcomeTarget, Plan, Selection,
};
use super::reach::{affected_unit, outcome_of, AffectedUnit, Reach, ReachSummary};
use super::stored::load_recall;
use super::{optional, Recall, ScopeLine};
use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// What recording one scanned pack's outcome did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PackRecorded {
    /// The pack as the recall's reach now shows it (status, location, outcome, open): a screen
    /// showing the reach replaces its row with this one instead of reading the reach again.
    pub unit: AffectedUnit,
    /// The status it had before (the reach's counts move from this one to its new status).
    pub was: UnitStatus,
    /// Ledger events written (for outcomes that move stock).
    pub events: Vec<String>,
}

/// Whether a recall's scope lines cover this pack: a line naming its serial (whatever lot the
/// pack carries, as the reach reads it), its lot, or every pack of its GTIN.
fn covers(scope: &[ScopeLine], gtin: &str, lot: Option<&str>, serial: &str) -> bool {
    scope.iter().any(|l| {
        l.gtin == gtin
            && match (&l.serial, &l.lot) {
                (Some(s), _) => s == serial,
                (None, Some(x)) => Some(x.as_str()) == lot,
                (None, None) => true,
            }
    })
}

impl Store {
    /// The pack of this GTIN and serial as the recall's reach shows it, if the recall covers it.
    /// A lot-tracked product has no packs in a reach (its lots are counted by quantity).
    fn pack_in_recall(
        &self,
        recall: &Recall,
        gtin: &str,
        serial: &str,
    ) -> CoreResult<Option<AffectedUnit>> {
        let conn = self.conn();
        let Some(product) = product_ref(conn, gtin)? else {
            return Ok(None);
        };
        if product.tracking == TrackingMode::Lot {
            return Ok(None);
        }
        let Some(row) = unit_of(conn, product.id, serial)? else {
            return Ok(None);
        };
        if !covers(&recall.scope, gtin, row.lot.as_deref(), serial) {
            return Ok(None);
        }
        let recorded: Option<RecallOutcome> = conn
            .prepare_cached(
                "SELECT outcome FROM recall_outcome WHERE recall_id = ?1 AND product_id = ?2
                 AND serial = ?3 ORDER BY rowid DESC LIMIT 1",
            )?
            .query_row(params![recall.id, product.id.0, serial], |r| {
                r.get::<_, String>(0)
            })
            .optional()?
            .and_then(|o| o.parse().ok());
        let outcome = outcome_of(row.status, recorded);
        let shown = Shown::read(conn, [&row])?;
        let last = shown.event(&row);
        Ok(Some(affected_unit(
            &row,
            outcome,
            Some((gtin, product.name.as_str())),
            last,
            shown.location(row.location),
        )))
    }

    /// Records an outcome for the one pack scanned, by the rules of
    /// [`Store::record_recall_outcome`] (the request's target is replaced by the pack). Refused:
    /// "not found" (the pack is in the person's hand), a pack the recall does not cover, and one
    /// already accounted for — each saying which, so the person sets that pack aside.
    pub fn record_pack_outcome(
        &mut self,
        actor: &User,
        number: &str,
        gtin: &str,
        serial: &str,
        request: &OutcomeRequest,
        now: Timestamp,
    ) -> CoreResult<PackRecorded> {
        require(actor, Operation::ManageRecalls)?;
        let recall = load_recall(self.conn(), number)?;
        if request.outcome == RecallOutcome::NotFound {
            return Err(CoreError::refused("recall.scanned_pack_found")
                .field("outcome")
                .arg("serial", serial)
                .arg("recall", recall.number.as_str()));
        }
        check_request(actor, request)?;
        let note = optional("note", request.note.as_deref(), 1000)?;
        if recall.closed_at.is_some() {
            return Err(CoreError::refused("recall.closed").arg("recall", recall.number));
        }
        let Some(unit) = self.pack_in_recall(&recall, gtin, serial)? else {
            return Err(CoreError::refused("recall.scanned_pack_not_affected")
                .field("scan")
                .arg("gtin", gtin)
                .arg("serial", serial)
                .arg("recall", recall.number.as_str()));
        };
        if !unit.open {
            let done = unit
                .outcome
                .map_or_else(|| unit.status.as_str(), |o| o.as_str());
            return Err(CoreError::refused("recall.pack_resolved")
                .field("scan")
                .arg("serial", serial)
                .arg("recall", recall.number.as_str())
                .arg("outcome", done));
        }
        let (was, before) = (unit.status, unit.clone());
        let request = OutcomeRequest {
            target: OutcomeTarget {
                gtin: Some(gtin.to_string()),
                serials: vec![serial.to_string()],
                ..OutcomeTarget::default()
            },
            ..request.clone()
        };
        let one = Reach {
            recall,
            summary: ReachSummary::default(),
            units: vec![unit],
            lots: Vec::new(),
            expected: Vec::new(),
            not_received: Vec::new(),
        };
        let plan = Plan::of(request.outcome, &one, &Selection::of(&request.target)?);
        if plan.moves.is_empty() && plan.rows.is_empty() {
            return Err(nothing_to_record(request.outcome, &plan.blocked));
        }
        let events = self.write_outcome(actor, &one.recall, &request, note, &plan, now)?;
        // Read back as the reach shows it now. Nothing between the write and this read can take
        // the pack out of the recall (same connection, scope lines never change), so the
        // fallback to the row as it was is never taken: it beats refusing after writing.
        let unit = self
            .pack_in_recall(&one.recall, gtin, serial)?
            .unwrap_or(before);
        Ok(PackRecorded { unit, was, events })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(lot: Option<&str>, serial: Option<&str>) -> ScopeLine {
        ScopeLine {
            gtin: "09506000134352".into(),
            lot: lot.map(String::from),
            serial: serial.map(String::from),
        }
    }

    #[test]
    fn a_pack_is_covered_by_its_serial_its_lot_or_its_whole_gtin_as_the_reach_reads_it() {
        let g = "09506000134352";
        assert!(
            covers(&[line(None, Some("S1"))], g, Some("OTHER"), "S1"),
            "a pack named by serial is covered whatever lot it carries, as in the reach"
        );
        assert!(
            covers(&[line(Some("L1"), None)], g, Some("L1"), "S9"),
            "a lot line covers every pack of the lot"
        );
        assert!(
            !covers(&[line(Some("L1"), None)], g, Some("L2"), "S9"),
            "a pack of another lot is not covered: it must be refused, never ticked"
        );
        assert!(
            !covers(&[line(Some("L1"), None)], g, None, "S9"),
            "a pack with no recorded lot is not in a lot recall, as in the reach"
        );
        assert!(
            covers(&[line(None, None)], g, None, "S9"),
            "an every-lot line covers every pack of the GTIN"
        );
        assert!(
            !covers(&[line(None, None)], "09506000134369", None, "S9"),
            "another GTIN is never covered"
        );
    }
}
