//! The clock correction: the one signed event an administrator records behind the chain head,
//! when a clock that ran ahead recorded events in the future.

use rusqlite::OptionalExtension;

use super::append::Appender;
use super::clock::CLOCK_TOLERANCE;
use super::event::{Appended, NewEvent};
use crate::error::{CoreError, CoreResult};
use crate::model::{EventKind, Timestamp, User};

impl crate::Store {
    /// Records that the computer's clock was wrong and is now set right, earlier than the newest
    /// event of the site's chain (administrators, signed, with the reason): for when a clock
    /// that ran ahead recorded events in the future, so that recording would otherwise stop
    /// until then. It is the one event recorded behind the chain head; the events after it
    /// follow it, and `verify` accepts the step back at it and nowhere else. Refused when the
    /// clock is not behind the chain head beyond the tolerance.
    pub fn correct_clock(
        &mut self,
        actor: &User,
        signature: &crate::model::Signature,
        reason: &str,
        now: Timestamp,
    ) -> CoreResult<Appended> {
        crate::permissions::require(actor, crate::permissions::Operation::ManageUsers)?;
        let reason = crate::fields::clean("reason", reason, 1000)?;
        let tx = self
            .conn_mut()
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let head: Option<String> = tx
            .query_row(
                "SELECT e.recorded_at FROM chain_head h JOIN event e ON e.seq = h.last_seq
                 WHERE h.site_id = (SELECT min(id) FROM site)",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let last = head.as_deref().and_then(Timestamp::parse);
        let Some(last) = last.filter(|l| now.0 < l.0 - CLOCK_TOLERANCE) else {
            return Err(match last {
                Some(l) => CoreError::refused("ledger.clock_not_behind")
                    .arg("now", now.to_string())
                    .arg("last", l.to_string()),
                None => CoreError::refused("ledger.clock_nothing_recorded"),
            });
        };
        let appended = {
            let mut appender = Appender::for_clock_correction(&tx, now)?;
            let a = appender.append_signed(
                actor,
                &NewEvent {
                    kind: EventKind::ClockCorrected,
                    occurred_at: now,
                    location: None,
                    counterparty: None,
                    reference: Some(format!("newest event before: {}", last.utc_text())),
                    reason: Some(reason),
                    raw_scan: None,
                    lines: Vec::new(),
                },
                Some(signature),
            )?;
            appender.finish()?;
            a
        };
        tx.commit()?;
        Ok(appended)
    }
}
