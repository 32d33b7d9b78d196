//! Closing a recall: refused while anything is open, then a signed `recall_close` event with no
//! lines on the ledger, and the recall marked closed.

use std::collections::BTreeMap;

use rusqlite::params;

use super::optional;
use super::reach::reach;
use super::stored::load_recall;
use super::Recall;
use crate::error::{CoreError, CoreResult};
use crate::ledger::{Appender, NewEvent};
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
