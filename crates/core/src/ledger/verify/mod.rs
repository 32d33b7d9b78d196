//! `custody verify`: walks each site's hash chain, replays every line to rebuild the current state,
//! and compares it with the derived tables, so that editing either the ledger or the tables by hand
//! is detected and reported precisely. Every projected column it can recompute is compared: each
//! pack's status, location, lot, expiry and last event; lot quantities with their expiries, and
//! lots' first expiries; daily consumption and stock changes; the receipts; the stays (where stock was held, since and until
//! when); and each user's role and active flag, replayed from the user events. It also reports recorded times that go backwards in a chain. Where each check
//! lives: `schema` (the append-only triggers, the schema against the migrations), `chain` (the
//! walk: lines without an event, links, recorded times, subjects, hashes — recomputed by
//! `ledger::stored` —, the chain heads), `replay` (the state the ledger says), `compare` (the
//! tables against it), `stays` and `receipts` (the stay and receipt tables against it, by digest), `stock_level` (the kept in-stock sums against the packs and lots they sum,
//! and the sums by product and expiry against them).
//! A clean verification records a `checkpoint` on the ledger; the next one is `incremental` from it
//! unless asked for in full.

mod chain;
pub mod checkpoint;
mod compare;
mod incremental;
mod national;
mod receipts;
mod replay;
mod schema;
mod stays;
mod stock_level;
mod touched;

use rusqlite::Connection;
use serde::Serialize;

pub(crate) use super::prove::prove_events;
pub use super::prove::EventProof;

use crate::error::CoreResult;
use crate::ledger::stored::{Keys, StoredEvent};
use crate::model::{Timestamp, User};
use crate::permissions::{require, Operation};
use crate::Store;
use chain::Counted;
pub use checkpoint::{Checkpoint, CheckpointEvent, VerifyScope};
use compare::Rows;

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
    /// The newest verified checkpoint cannot be read, or the event it vouches for no longer has
    /// the hash it had when it was checked: the ledger before the checkpoint, or the
    /// checkpoint, was changed.
    CheckpointMismatch,
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
#[derive(Debug, Clone, Serialize)]
pub struct VerifyReport {
    /// How much was checked: everything, or what changed since `since`.
    pub scope: VerifyScope,
    /// The checkpoint an incremental verification went on from: the events before the event it
    /// vouches for, and the rows nothing since touched, were not checked this time.
    pub since: Option<CheckpointEvent>,
    /// The first and last events walked (none when the ledger is empty).
    pub first_seq: Option<i64>,
    /// The last event walked.
    pub last_seq: Option<i64>,
    /// Events walked.
    pub events: u64,
    /// Lines walked (and, in full, replayed).
    pub lines: u64,
    /// Packs compared.
    pub units: u64,
    /// Lots compared (incremental only; a full verification compares them all).
    pub lots: u64,
    /// Days of consumption and stock changes compared (incremental only).
    pub days: u64,
    /// What a checkpoint recorded after this verification vouches for: its last event. `None`
    /// when nothing was walked.
    pub checked: Option<Checkpoint>,
    /// The checkpoint event recorded after this verification, if one was.
    pub recorded_checkpoint: Option<i64>,
    /// Why a checkpoint asked for was not recorded (the appender refused it), if so.
    pub checkpoint_refused: Option<String>,
    /// Problems, in the order found (the first broken link first), at most [`MAX_FINDINGS`].
    pub findings: Vec<Finding>,
    /// Problems found in all, including those not listed.
    pub total_findings: u64,
    /// Steps back that the ledger declares rather than hides: each signed clock correction that
    /// recorded an event before the one before it, in words. They do not break the ledger, but
    /// whoever checks it is told of every one.
    pub clock_corrections: Vec<String>,
}

impl Default for VerifyReport {
    fn default() -> Self {
        VerifyReport {
            scope: VerifyScope::Full,
            since: None,
            first_seq: None,
            last_seq: None,
            events: 0,
            lines: 0,
            units: 0,
            lots: 0,
            days: 0,
            checked: None,
            recorded_checkpoint: None,
            checkpoint_refused: None,
            findings: Vec::new(),
            total_findings: 0,
            clock_corrections: Vec::new(),
        }
    }
}

/// What to verify, and whether a clean result is recorded as a checkpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerifyRequest {
    /// Everything, or from the newest checkpoint (everything when there is none).
    pub scope: VerifyScope,
    /// Record a checkpoint when nothing is wrong (no for a read-only look).
    pub record_checkpoint: bool,
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
    /// Verifies the whole ledger and the current state against it, recording nothing.
    pub fn verify(&self, actor: &User) -> CoreResult<VerifyReport> {
        require(actor, Operation::Verify)?;
        verify(self.conn())
    }

    /// Verifies as asked (in full, or from the newest checkpoint) on one snapshot of the
    /// database; when nothing is wrong and the request says so, records a checkpoint by `actor`
    /// at `now` vouching for the last event checked.
    pub fn verify_as(
        &mut self,
        actor: &User,
        request: VerifyRequest,
        now: Timestamp,
    ) -> CoreResult<VerifyReport> {
        require(actor, Operation::Verify)?;
        let mut report = {
            // One read transaction: the walk and the comparisons see the same database while
            // others go on recording.
            // Deferred by name: it only reads, and must not hold the write lock scans wait for.
            let snapshot = rusqlite::Transaction::new_unchecked(
                self.conn(),
                rusqlite::TransactionBehavior::Deferred,
            )?;
            match request.scope {
                VerifyScope::Full => verify(&snapshot)?,
                VerifyScope::Incremental => verify_incremental(&snapshot)?,
            }
        };
        if let (true, true, Some(checked)) = (
            request.record_checkpoint,
            report.is_intact(),
            report.checked.clone(),
        ) {
            // The verification is what was asked for: a checkpoint the appender refuses (the
            // clock behind the chain head) is told, and only makes the next check walk further.
            match self.record_checkpoint(actor, &checked, now) {
                Ok(a) => report.recorded_checkpoint = Some(a.seq),
                Err(e @ crate::error::CoreError::Refused { .. }) => {
                    report.checkpoint_refused = Some(e.to_string());
                }
                Err(e) => return Err(e),
            }
        }
        Ok(report)
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
    for finding in chain::chain_heads(conn, &walked.heads, &keys, Counted::Whole)? {
        report.record(finding);
    }
    report.walked(&walked, VerifyScope::Full);
    let state = walked.state;
    compare::compare_units(conn, &mut report, &keys, state.units, Rows::All)?;
    compare::compare_users(conn, &mut report, state.users, Rows::All)?;
    compare::compare_lots(conn, &mut report, &keys, state.lots, Rows::All)?;
    compare::compare_lot_info(conn, &mut report, &keys, state.lot_info, Rows::All)?;
    compare::compare_consumption(conn, &mut report, &keys, state.consumption, Rows::All)?;
    compare::compare_stock_change(conn, &mut report, &keys, state.stock_changes, Rows::All)?;
    receipts::compare_receipts(conn, &mut report, state.receipts, Rows::All)?;
    national::compare_national(conn, &mut report, None)?;
    let rebuilt = stays::Rebuilt {
        open: state.stays,
        closed: state.closed_stays,
        per_key: false,
    };
    stays::compare_stays(conn, &mut report, &keys, rebuilt, &[Rows::All])?;
    stock_level::compare_stock_level(conn, &mut report, &keys)?;
    stock_level::compare_stock_expiry(conn, &mut report, &keys)?;
    for finding in schema::schema_findings(conn)? {
        report.record(finding);
    }
    Ok(report)
}

/// Verifies from the newest checkpoint (in full when there is none): the triggers; the event it
/// vouches for still has the hash it had; the walk from that event to the head, the checkpoint
/// event itself included; the chain heads; the rows the walk's lines touched, each rebuilt from
/// its whole history; then the schema. What it did not check is what `since` names.
pub fn verify_incremental(conn: &Connection) -> CoreResult<VerifyReport> {
    let Some(since) = checkpoint::latest(conn)? else {
        return verify(conn);
    };
    let mut report = VerifyReport {
        scope: VerifyScope::Incremental,
        since: Some(since.clone()),
        ..VerifyReport::default()
    };
    for finding in schema::missing_triggers(conn)? {
        report.record(finding);
    }
    let keys = Keys::all(conn)?;
    let from = match &since.vouches {
        Some(v) if v.seq < since.event_seq => {
            report.note(vouched_hash_changed(conn, v)?);
            v.seq
        }
        _ => {
            report.record(Finding {
                kind: FindingKind::CheckpointMismatch,
                event_id: stored_id(conn, since.event_seq)?,
                seq: Some(since.event_seq),
                message: format!("the verified checkpoint recorded as event seq {} does not say which earlier event it checked in the form Custody writes: it was changed after it was recorded", since.event_seq),
            });
            since.event_seq
        }
    };
    let walked = incremental::start(conn, &keys, from)?;
    let mut walked = chain::walk_from(conn, &keys, &mut report, walked)?;
    for finding in chain::chain_heads(conn, &walked.heads, &keys, Counted::SinceCheckpoint)? {
        report.record(finding);
    }
    report.walked(&walked, VerifyScope::Incremental);
    let touched = walked.touched.take().unwrap_or_default();
    incremental::compare_touched(conn, &mut report, &keys, touched)?;
    national::compare_national(conn, &mut report, Some(from))?;
    stock_level::compare_stock_level(conn, &mut report, &keys)?;
    stock_level::compare_stock_expiry(conn, &mut report, &keys)?;
    for finding in schema::schema_findings(conn)? {
        report.record(finding);
    }
    Ok(report)
}

/// The event a checkpoint vouches for, if it no longer has the hash the checkpoint recorded.
fn vouched_hash_changed(conn: &Connection, v: &Checkpoint) -> CoreResult<Option<Finding>> {
    use rusqlite::OptionalExtension as _;
    let stored: Option<Vec<u8>> = conn
        .query_row("SELECT hash FROM event WHERE seq = ?1", [v.seq], |r| {
            r.get(0)
        })
        .optional()?;
    let message = match stored {
        Some(hash) if hex::encode(&hash) == v.hash => return Ok(None),
        Some(_) => format!("event seq {} no longer has the hash the {} verification recorded for it ({}…): the ledger up to it was changed after it was checked; run `verify --full`", v.seq, v.scope.as_str(), &v.hash[..12]),
        None => format!("event seq {}, which a {} verification checked, is no longer on the ledger; run `verify --full`", v.seq, v.scope.as_str()),
    };
    Ok(Some(Finding {
        kind: FindingKind::CheckpointMismatch,
        event_id: stored_id(conn, v.seq)?,
        seq: Some(v.seq),
        message,
    }))
}

/// An event's id, if it exists.
fn stored_id(conn: &Connection, seq: i64) -> CoreResult<Option<String>> {
    use rusqlite::OptionalExtension as _;
    Ok(conn
        .query_row("SELECT id FROM event WHERE seq = ?1", [seq], |r| r.get(0))
        .optional()?)
}

impl VerifyReport {
    /// Notes what the walk covered and what a checkpoint after it would vouch for.
    fn walked(&mut self, walked: &chain::Walked, scope: VerifyScope) {
        self.first_seq = walked.first_seq;
        self.last_seq = walked.first_seq.map(|_| walked.last_seq);
        self.checked = walked
            .first_seq
            .and(walked.last_hash)
            .map(|hash| Checkpoint {
                scope,
                seq: walked.last_seq,
                hash: hex::encode(hash),
            });
    }
}
