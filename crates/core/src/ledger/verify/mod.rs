//! `custody verify`: walks each site's hash chain, replays every line to rebuild the current
//! state, and compares it with the derived tables, so that editing either the ledger or the
//! tables by hand is detected and reported precisely. Every projected column it can recompute
//! is compared: each pack's status, location, lot, expiry and last event; lot quantities with
//! their expiries, and lots' first expiries; daily consumption; and each user's role and active
//! flag, replayed from the user events. It also reports recorded times that go backwards in a
//! chain. Where each check lives: `schema` (the append-only triggers, the schema against the
//! migrations), `chain` (the walk: lines without an event, links, recorded times, subjects,
//! hashes — recomputed by `ledger::stored` —, the chain heads), `replay` (the state the ledger
//! says), `compare` (the tables against it).

mod chain;
mod compare;
mod replay;
mod schema;

use rusqlite::Connection;
use serde::Serialize;

pub(crate) use super::prove::prove_events;
pub use super::prove::EventProof;

use crate::error::CoreResult;
use crate::ledger::stored::{Keys, StoredEvent};
use crate::model::User;
use crate::permissions::{require, Operation};
use crate::Store;

/// The kinds of problem `verify` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A table, index, trigger or view that the migrations do not create, or that differs from
    /// theirs, or one of theirs that is missing.
    UnexpectedSchema,
    /// An append-only trigger was dropped.
    MissingTrigger,
    /// An event's contents no longer match its hash.
    ContentChanged,
    /// An event does not follow the one before it: one was removed, inserted or reordered.
    BrokenLink,
    /// Lines whose event does not exist.
    OrphanLines,
    /// The recorded chain head does not match the chain.
    ChainHead,
    /// A line's "before" does not match what the ledger says at that point.
    LineInconsistent,
    /// A derived table differs from the state rebuilt from the ledger.
    StateMismatch,
    /// An event was recorded earlier than the one before it in its site's chain, by more than
    /// the tolerance for a clock stepped back by time synchronisation: the clock was turned back.
    ClockTurnedBack,
}

/// One problem found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// What kind.
    pub kind: FindingKind,
    /// The event concerned, if any.
    pub event_id: Option<String>,
    /// Its sequence number.
    pub seq: Option<i64>,
    /// What differs, in words.
    pub message: String,
}

/// The outcome of a verification.
#[derive(Debug, Clone, Default, Serialize)]
pub struct VerifyReport {
    /// Events walked.
    pub events: u64,
    /// Lines replayed.
    pub lines: u64,
    /// Packs compared.
    pub units: u64,
    /// Problems, in the order found (the first broken link first), at most [`MAX_FINDINGS`].
    pub findings: Vec<Finding>,
    /// Problems found in all, including those not listed.
    pub total_findings: u64,
    /// Steps back that the ledger declares rather than hides: each signed clock correction that
    /// recorded an event before the one before it, in words. They do not break the ledger, but
    /// whoever checks it is told of every one.
    pub clock_corrections: Vec<String>,
}

/// The most findings listed in a report.
pub const MAX_FINDINGS: usize = 100;

impl VerifyReport {
    /// Whether nothing is wrong.
    pub fn is_intact(&self) -> bool {
        self.total_findings == 0
    }

    /// Counts a finding, and lists it while fewer than [`MAX_FINDINGS`] are.
    fn record(&mut self, finding: Finding) {
        self.total_findings += 1;
        if self.findings.len() < MAX_FINDINGS {
            self.findings.push(finding);
        }
    }

    /// Records what a check found, if anything.
    fn note(&mut self, finding: Option<Finding>) {
        if let Some(f) = finding {
            self.record(f);
        }
    }

    /// Records a finding about one event, or (`None`) about the database as a whole.
    fn add(&mut self, kind: FindingKind, event: Option<(&str, i64)>, message: String) {
        self.record(Finding {
            kind,
            event_id: event.map(|(id, _)| id.to_string()),
            seq: event.map(|(_, s)| s),
            message,
        });
    }
}

impl Finding {
    /// A finding about one event.
    fn of_event(kind: FindingKind, e: &StoredEvent, message: String) -> Finding {
        Finding {
            kind,
            event_id: Some(e.id.clone()),
            seq: Some(e.seq),
            message,
        }
    }

    /// A finding about the database as a whole.
    fn general(kind: FindingKind, message: String) -> Finding {
        Finding {
            kind,
            event_id: None,
            seq: None,
            message,
        }
    }
}

impl Store {
    /// Verifies the ledger and the current state against it.
    pub fn verify(&self, actor: &User) -> CoreResult<VerifyReport> {
        require(actor, Operation::Verify)?;
        verify(self.conn())
    }
}

/// Verifies without an actor (for backups and the app's start-up check): the triggers, the walk
/// of every chain, the chain heads, the tables against the replayed state, then the schema.
pub fn verify(conn: &Connection) -> CoreResult<VerifyReport> {
    let mut report = VerifyReport::default();
    for finding in schema::missing_triggers(conn)? {
        report.record(finding);
    }
    let keys = Keys::all(conn)?;
    let walked = chain::walk(conn, &keys, &mut report)?;
    for finding in chain::chain_heads(conn, &walked.heads, &keys)? {
        report.record(finding);
    }
    let state = walked.state;
    compare::compare_units(conn, &mut report, &keys, state.units)?;
    compare::compare_users(conn, &mut report, state.users)?;
    compare::compare_lots(conn, &mut report, &keys, state.lots)?;
    compare::compare_lot_info(conn, &mut report, &keys, state.lot_info)?;
    compare::compare_consumption(conn, &mut report, &keys, state.consumption)?;
    for finding in schema::schema_findings(conn)? {
        report.record(finding);
    }
    Ok(report)
}
