//! Closing a recall: refused while anything is open, then a signed `recall_close` event with no
//! lines on the ledger, and the recall marked closed.

use std::collections::BTreeMap;

use rusqlite::{params, Transaction};

use super::optional;
use super::reach::{reach, Reach, ReachSummary};
use super::stored::load_recall;
use super::Recall;
use crate::error::{CoreError, CoreResult};
use crate::ledger::{Appended, Appender, NewEvent};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

impl Store {
    /// Closes a recall once nothing is open, signed by the acting QA officer (or administrator):
    /// their password re-entered, with a stated meaning. The signature is an event on the ledger.
    pub fn close_recall(
        &mut self,
        actor: &User,
        number: &str,
        signature: &Signature,
        note: Option<&str>,
        now: Timestamp,
    ) -> CoreResult<Recall> {
        require(actor, Operation::ManageRecalls)?;
        let note = optional("note", note, 1000)?;
        let r = reach(self.conn(), load_recall(self.conn(), number)?)?;
        if r.recall.closed_at.is_some() {
            return Err(CoreError::refused("recall.closed_already").arg("recall", r.recall.number));
        }
        if r.summary.open > 0 {
            return Err(still_open(&r));
        }
        let reason = closure_reason(signature.meaning, actor, &r.summary, note.as_deref());
        let tx = self.conn_mut().transaction()?;
        let appended = append_closure(&tx, actor, &r.recall.number, reason, signature, now)?;
        tx.execute(
            "UPDATE recall SET closed_at = ?2, closed_by = ?3, close_meaning = ?4, close_event = ?5 WHERE id = ?1",
            params![r.recall.id, now.utc_text(), actor.id.0, signature.meaning.as_str(), appended.seq],
        )?;
        tx.commit()?;
        load_recall(self.conn(), number)
    }
}

/// The refusal to close a recall with open items, saying what is open: packs by status and
/// where they are held (or that they have no outcome), lot quantities by lot and status.
fn still_open(r: &Reach) -> CoreError {
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
    CoreError::refused("recall.still_open")
        .arg("recall", r.recall.number.as_str())
        .arg("open", r.summary.open)
        .arg("items", what.join("; "))
}

/// The reason the closing event carries: who signed, meaning what, and the recall's final
/// counts, so that the ledger alone tells how the recall ended.
fn closure_reason(
    meaning: SignatureMeaning,
    actor: &User,
    s: &ReachSummary,
    note: Option<&str>,
) -> String {
    format!(
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
        note.map(|n| format!("; {n}")).unwrap_or_default()
    )
}

/// Appends the signed `recall_close` event: no lines, the recall as its reference.
fn append_closure(
    tx: &Transaction<'_>,
    actor: &User,
    number: &str,
    reason: String,
    signature: &Signature,
    now: Timestamp,
) -> CoreResult<Appended> {
    let mut appender = Appender::new(tx, now)?;
    let a = appender.append_signed(
        actor,
        &NewEvent {
            kind: EventKind::RecallClose,
            occurred_at: now,
            location: None,
            counterparty: None,
            reference: Some(number.to_string()),
            reason: Some(reason),
            raw_scan: None,
            lines: Vec::new(),
        },
        Some(signature),
    )?;
    appender.finish()?;
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recall::{AffectedLot, AffectedUnit};

    fn recall() -> Recall {
        super::super::test_recall(RecallClass::II, "dissolution")
    }

    /// A recall with two packs held at PHARM, one dispensed without an outcome and a
    /// transferred lot quantity without one.
    fn open_reach() -> Reach {
        let unit = |serial: &str, status: UnitStatus, location: Option<&str>| AffectedUnit {
            gtin: "09506000134352".into(),
            product: "Metformin".into(),
            serial: serial.into(),
            lot: Some("A1".into()),
            expiry: None,
            status,
            location: location.map(String::from),
            since: "2026-11-01T10:00:00+01:00".into(),
            reference: None,
            counterparty: None,
            outcome: None,
            open: true,
            location_id: location.map(|_| LocationId(1)),
            product_id: ProductId(1),
        };
        let lot = AffectedLot {
            gtin: "09506000134369".into(),
            product: "Saline".into(),
            lot: "L1".into(),
            expiry: None,
            status: UnitStatus::TransferredOut,
            location: None,
            quantity: 12,
            outcome: None,
            open: true,
            location_id: None,
            product_id: ProductId(2),
        };
        Reach {
            recall: recall(),
            summary: ReachSummary {
                open: 4,
                ..ReachSummary::default()
            },
            units: vec![
                unit("S1", UnitStatus::Quarantined, Some("PHARM")),
                unit("S2", UnitStatus::Quarantined, Some("PHARM")),
                unit("S3", UnitStatus::Dispensed, None),
            ],
            lots: vec![lot],
            expected: Vec::new(),
            not_received: Vec::new(),
        }
    }

    #[test]
    fn a_recall_with_open_items_is_refused_saying_what_is_open_and_where() {
        let err = still_open(&open_reach());
        assert_eq!(
            err.code(),
            "recall.still_open",
            "closing with anything open would end a recall that is not over"
        );
        assert_eq!(
            err.args().get("items").and_then(|v| v.as_str()),
            Some("1 dispensed without an outcome; 12 lot L1 transferred out; 2 quarantined at PHARM"),
            "held packs are counted by where they are, the rest by what they lack, lots by quantity"
        );
    }

    #[test]
    fn the_closing_reason_tells_how_the_recall_ended() {
        let actor = User {
            id: UserId(7),
            username: "qa1".into(),
            name: "Ada Quinn".into(),
            role: Role::Qa,
            active: true,
        };
        let s = ReachSummary {
            units: 5,
            destroyed: 3,
            dispensed: 2,
            lot_quantity_issued: 12,
            ..ReachSummary::default()
        };
        assert_eq!(
            closure_reason(SignatureMeaning::Approved, &actor, &s, Some("all patients called")),
            "signed (approved) by Ada Quinn (qa1): 5 pack(s) affected: 3 destroyed, 0 returned to the supplier, 2 dispensed, 0 transferred out, 0 missing; lot quantity issued 12; all patients called",
            "the ledger alone must tell who closed the recall and with what counts"
        );
    }
}
