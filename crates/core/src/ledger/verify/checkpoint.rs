//! Verified checkpoints: after a verification that found nothing wrong, an event of kind
//! `verify_checkpoint` (no lines) records the sequence number and hash of the last event it
//! checked and whether the check was full or incremental, on the ledger itself, so the next
//! `verify` can go on from there and an edited checkpoint breaks its own hash like any event.
//! Its form (the `reference` field, `full 2950001 <64 hex digits>`) is written in
//! `docs/decisions/2026-12-01-ledger-format.md`; it is a new kind word, not a new format.

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::error::CoreResult;
use crate::ledger::append::Appender;
use crate::ledger::event::{Appended, NewEvent};
use crate::model::{EventKind, Timestamp, User};

/// How much a verification checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum VerifyScope {
    /// Every event, every pack, lot, day and user.
    Full,
    /// The events since the last checkpoint, and what they touched.
    Incremental,
}

impl VerifyScope {
    /// The word a checkpoint's reference starts with.
    pub fn as_str(self) -> &'static str {
        match self {
            VerifyScope::Full => "full",
            VerifyScope::Incremental => "incremental",
        }
    }
}

/// What a checkpoint vouches for: the last event a clean verification checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checkpoint {
    /// How much that verification checked.
    pub scope: VerifyScope,
    /// The sequence number of the last event it checked.
    pub seq: i64,
    /// That event's hash, as 64 lowercase hex digits.
    pub hash: String,
}

impl Checkpoint {
    /// The checkpoint event's `reference`: `<scope> <seq> <hash>`.
    pub fn reference(&self) -> String {
        format!("{} {} {}", self.scope.as_str(), self.seq, self.hash)
    }

    /// Reads a checkpoint event's `reference` back; `None` when it is not one this build
    /// writes (it was edited).
    pub fn parse(reference: &str) -> Option<Checkpoint> {
        let mut words = reference.split(' ');
        let scope = match words.next()? {
            "full" => VerifyScope::Full,
            "incremental" => VerifyScope::Incremental,
            _ => return None,
        };
        let seq: i64 = words.next()?.parse().ok()?;
        let hash = words.next()?;
        let hex_ok = hash.len() == 64
            && hash
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        (words.next().is_none() && hex_ok && seq > 0).then(|| Checkpoint {
            scope,
            seq,
            hash: hash.to_string(),
        })
    }
}

/// The newest checkpoint event on the ledger, as stored: what the next `verify` goes on from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckpointEvent {
    /// The checkpoint event's own sequence number.
    pub event_seq: i64,
    /// When it was recorded (UTC).
    pub recorded_at: String,
    /// What it vouches for, or `None` when its reference cannot be read.
    pub vouches: Option<Checkpoint>,
}

/// The newest `verify_checkpoint` event. Read backwards from the newest event, so it costs the
/// events since the checkpoint, which an incremental verification walks anyway.
pub(super) fn latest(conn: &Connection) -> CoreResult<Option<CheckpointEvent>> {
    Ok(conn
        .query_row(
            "SELECT seq, recorded_at, reference FROM event WHERE kind = ?1 ORDER BY seq DESC LIMIT 1",
            [EventKind::VerifyCheckpoint.as_str()],
            |r| {
                let reference: Option<String> = r.get(2)?;
                Ok(CheckpointEvent {
                    event_seq: r.get(0)?,
                    recorded_at: r.get(1)?,
                    vouches: reference.as_deref().and_then(Checkpoint::parse),
                })
            },
        )
        .optional()?)
}

impl crate::Store {
    /// Records a checkpoint by `actor` (who ran the verification, or `custody:backup`): one
    /// event with no lines, recorded now. The caller has verified up to it.
    pub(crate) fn record_checkpoint(
        &mut self,
        actor: &User,
        checkpoint: &Checkpoint,
        now: Timestamp,
    ) -> CoreResult<Appended> {
        let tx = self
            .conn_mut()
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let appended = {
            let mut appender = Appender::new(&tx, now)?;
            let a = appender.append(
                actor,
                &NewEvent {
                    kind: EventKind::VerifyCheckpoint,
                    occurred_at: now,
                    location: None,
                    counterparty: None,
                    reference: Some(checkpoint.reference()),
                    reason: None,
                    raw_scan: None,
                    lines: Vec::new(),
                },
            )?;
            appender.finish()?;
            a
        };
        tx.commit()?;
        Ok(appended)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_reads_back_only_in_the_form_written() {
        let c = Checkpoint {
            scope: VerifyScope::Full,
            seq: 2_950_001,
            hash: "ab".repeat(32),
        };
        assert_eq!(
            Checkpoint::parse(&c.reference()),
            Some(c.clone()),
            "what is written reads back"
        );
        for edited in [
            format!("full 0 {}", "ab".repeat(32)),
            format!("full 12 {}", "AB".repeat(32)),
            format!("partial 12 {}", "ab".repeat(32)),
            format!("full 12 {} more", "ab".repeat(32)),
            "full 12 abcd".to_string(),
        ] {
            assert_eq!(
                Checkpoint::parse(&edited),
                None,
                "no appender writes '{edited}', so it is not a checkpoint"
            );
        }
    }
}
