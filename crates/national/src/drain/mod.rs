//! The drainer of the outbox of national-system requests, over two traits: [`Outbox`] (the
//! queue: requests due now, mark sent, record an answer, schedule a retry) and
//! [`NationalSystem`] (the clients). [`drain_once`] is one pass at a given `now`, with no clock
//! and no sleeping, so every rule is testable; [`spawn`] runs passes in the background (tokio)
//! until stopped.
//!
//! The rules:
//! - a request is marked **sent before** it crosses the network, so a crash mid-request leaves
//!   it `sent`, which means "outcome unknown";
//! - **any decommission or undo whose outcome is unknown is verified before it is re-sent**: if
//!   the pack is already in the wanted state, set by us, the request is done without re-sending
//!   (a second decommission would raise `NMVS_NC_PCK_22`, a falsification alert);
//! - several requests due for one EU market and transaction go **in bulk**, and every pack the
//!   bulk answer does not know (`NMVS_NC_PC_01`: bulk does no intermarket look-up) is retried
//!   at once as a single transaction;
//! - a system unavailable or unreachable puts the request back with an exponential back-off
//!   ([`Policy::backoff`]), and every other request for that market waits for the same time;
//! - an alert ends the request in `alert` with the code, words and alert id; a refusal in
//!   `failed`; a recalled pack destroyed on purpose in `done`, the system's code and words kept
//!   (whatever it answered of the recall, and also when found so by a verification).

mod memory;
mod pass;
mod run;
mod system;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::client::TransportError;
use crate::protocol::eu::{BulkAnswer, BulkTransaction, Decommission, PackResult, Transaction};
use crate::protocol::us::VrsAnswer;
use crate::protocol::{Market, PackKey};

pub use memory::{MemoryOutbox, UnknownRequest};
pub use pass::{drain_once, Report};
pub use run::{
    spawn, spawn_observed, Clock, ManualClock, Observer, RunError, Running, SystemClock,
};
pub use system::Systems;

/// A request's id in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RequestId(pub u64);

/// What a request asks of the national system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind {
    /// Verify the pack.
    Verify,
    /// Decommission it, for this reason.
    Decommission(Decommission),
    /// Undo its decommission for this reason.
    Undo(Decommission),
}

impl Kind {
    /// The EU transaction it is.
    pub fn transaction(self) -> Transaction {
        match self {
            Kind::Verify => Transaction::Verify,
            Kind::Decommission(d) => Transaction::Decommission(d),
            Kind::Undo(d) => Transaction::Undo(d),
        }
    }

    /// Whether it changes the pack's state (so sending it twice is not harmless).
    pub fn changes(self) -> bool {
        !matches!(self, Kind::Verify)
    }
}

/// Where a request is: `pending → sent → done | alert | failed`; `sent` after a failure means
/// the outcome of the last send is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RequestState {
    /// Waiting to be sent.
    Pending,
    /// Sent, no answer read yet: its outcome is unknown.
    Sent,
    /// Answered as expected.
    Done,
    /// Answered with an alert: the pack is suspect.
    Alert,
    /// Refused (our request was wrong), or cannot be sent at all.
    Failed,
}

/// One row of the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// Its id.
    pub id: RequestId,
    /// What it asks.
    pub kind: Kind,
    /// Which system it goes to.
    pub market: Market,
    /// The pack.
    pub pack: PackKey,
    /// Where it is.
    pub state: RequestState,
    /// How many times it was sent (a verification before a re-send counts).
    pub attempts: u32,
    /// When it is next due.
    pub next_attempt_at: DateTime<Utc>,
    /// The last return code (or reason) read.
    pub last_code: Option<String>,
    /// The last code's words, or why the last attempt failed.
    pub words: Option<String>,
    /// The national system's alert id (UAID), for an alert.
    pub alert_id: Option<String>,
}

/// How a request ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// `Done`, `Alert` or `Failed`.
    pub state: RequestState,
    /// The system's code, when it gave one.
    pub code: Option<String>,
    /// Its words.
    pub words: Option<String>,
    /// The alert id.
    pub alert_id: Option<String>,
}

/// A request put back for later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retry {
    /// When it is due again.
    pub at: DateTime<Utc>,
    /// `Pending` (nothing applied) or `Sent` (outcome unknown: verify before re-sending).
    pub state: RequestState,
    /// The code read, if any (`SP-901`).
    pub code: Option<String>,
    /// Why it waits.
    pub words: Option<String>,
}

/// The queue the drainer reads and writes: in the site's database later, in memory in tests
/// ([`MemoryOutbox`]).
pub trait Outbox {
    /// A failure of the queue's storage.
    type Error: std::error::Error + Send + Sync + 'static;
    /// The `pending` and `sent` requests due at `now`, oldest first.
    fn due(&mut self, now: DateTime<Utc>) -> Result<Vec<Request>, Self::Error>;
    /// When the next `pending` or `sent` request is due, if any waits.
    fn next_due(&mut self) -> Result<Option<DateTime<Utc>>, Self::Error>;
    /// Marks `id` sent at `now` and counts the attempt, before it crosses the network.
    fn mark_sent(&mut self, id: RequestId, now: DateTime<Utc>) -> Result<(), Self::Error>;
    /// Records how `id` ended.
    fn record(
        &mut self,
        id: RequestId,
        finding: &Finding,
        now: DateTime<Utc>,
    ) -> Result<(), Self::Error>;
    /// Puts `id` back for later.
    fn schedule_retry(&mut self, id: RequestId, retry: &Retry) -> Result<(), Self::Error>;
}

/// The national systems, as the drainer needs them: the real clients ([`Systems`]) or anything
/// that answers as they do.
pub trait NationalSystem {
    /// One EU transaction on one pack.
    fn single(
        &self,
        market: &Market,
        tx: Transaction,
        pack: &PackKey,
    ) -> Result<PackResult, TransportError>;
    /// One EU transaction on many packs.
    fn bulk(
        &self,
        market: &Market,
        tx: BulkTransaction,
        packs: &[PackKey],
    ) -> Result<BulkAnswer, TransportError>;
    /// A US verification.
    fn verify_us(&self, pack: &PackKey) -> Result<VrsAnswer, TransportError>;
}

/// How the drainer paces itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// The wait after a first failed attempt; it doubles with each attempt after.
    pub first_backoff: chrono::Duration,
    /// The longest wait.
    pub max_backoff: chrono::Duration,
    /// The fewest requests due for one market and transaction that go in bulk.
    pub bulk_min: usize,
    /// The most packs in one bulk request.
    pub bulk_max: usize,
}

impl Default for Policy {
    /// 30 s doubling to at most an hour; bulk from 2 packs, 100 at a time.
    fn default() -> Policy {
        Policy {
            first_backoff: chrono::Duration::seconds(30),
            max_backoff: chrono::Duration::hours(1),
            bulk_min: 2,
            bulk_max: 100,
        }
    }
}

impl Policy {
    /// The wait after `attempts` failed attempts (1 or more): `first_backoff × 2^(attempts−1)`,
    /// at most `max_backoff`. Deterministic, so a test knows when a retry is due.
    pub fn backoff(&self, attempts: u32) -> chrono::Duration {
        let doublings = attempts.saturating_sub(1).min(20);
        let wait = self.first_backoff * (1i32 << doublings);
        wait.min(self.max_backoff)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backoff_doubles_from_30_seconds_to_an_hour() {
        let p = Policy::default();
        let waits: Vec<i64> = (1..=10).map(|a| p.backoff(a).num_seconds()).collect();
        assert_eq!(
            waits,
            [30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600],
            "doubling, capped at an hour"
        );
        assert_eq!(p.backoff(u32::MAX).num_seconds(), 3600, "no overflow");
    }
}
