//! An outbox in memory, for tests and for trying the drainer without a database.

use chrono::{DateTime, Utc};

use super::{Finding, Kind, Outbox, Request, RequestId, RequestState, Retry};
use crate::protocol::{Market, PackKey};

/// The requests, in the order they were queued (ids from 1).
#[derive(Debug, Default, Clone)]
pub struct MemoryOutbox {
    rows: Vec<Request>,
}

/// An id the outbox never gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("no request {0:?} in the outbox")]
pub struct UnknownRequest(pub RequestId);

impl MemoryOutbox {
    /// An empty outbox.
    pub fn new() -> MemoryOutbox {
        MemoryOutbox::default()
    }

    /// Queues a request, due at `now`.
    pub fn queue(
        &mut self,
        kind: Kind,
        market: Market,
        pack: PackKey,
        now: DateTime<Utc>,
    ) -> RequestId {
        let id = RequestId(self.rows.len() as u64 + 1);
        self.rows.push(Request {
            id,
            kind,
            market,
            pack,
            state: RequestState::Pending,
            attempts: 0,
            next_attempt_at: now,
            last_code: None,
            words: None,
            alert_id: None,
        });
        id
    }

    /// The request `id`.
    pub fn get(&self, id: RequestId) -> Option<&Request> {
        self.index(id).ok().map(|i| &self.rows[i])
    }

    /// Every request, oldest first.
    pub fn requests(&self) -> &[Request] {
        &self.rows
    }

    /// How many requests are in `state`.
    pub fn count(&self, state: RequestState) -> usize {
        self.rows.iter().filter(|r| r.state == state).count()
    }

    fn index(&self, id: RequestId) -> Result<usize, UnknownRequest> {
        let i = id.0.checked_sub(1).ok_or(UnknownRequest(id))? as usize;
        if i < self.rows.len() {
            Ok(i)
        } else {
            Err(UnknownRequest(id))
        }
    }

    fn row(&mut self, id: RequestId) -> Result<&mut Request, UnknownRequest> {
        let i = self.index(id)?;
        Ok(&mut self.rows[i])
    }
}

fn waiting(r: &Request) -> bool {
    matches!(r.state, RequestState::Pending | RequestState::Sent)
}

impl Outbox for MemoryOutbox {
    type Error = UnknownRequest;

    fn due(&mut self, now: DateTime<Utc>) -> Result<Vec<Request>, UnknownRequest> {
        Ok(self
            .rows
            .iter()
            .filter(|r| waiting(r) && r.next_attempt_at <= now)
            .cloned()
            .collect())
    }

    fn next_due(&mut self) -> Result<Option<DateTime<Utc>>, UnknownRequest> {
        Ok(self
            .rows
            .iter()
            .filter(|r| waiting(r))
            .map(|r| r.next_attempt_at)
            .min())
    }

    fn mark_sent(&mut self, id: RequestId, _now: DateTime<Utc>) -> Result<(), UnknownRequest> {
        let r = self.row(id)?;
        r.state = RequestState::Sent;
        r.attempts += 1;
        Ok(())
    }

    fn record(
        &mut self,
        id: RequestId,
        finding: &Finding,
        _now: DateTime<Utc>,
    ) -> Result<(), UnknownRequest> {
        let r = self.row(id)?;
        r.state = finding.state;
        r.last_code = finding.code.clone();
        r.words = finding.words.clone();
        r.alert_id = finding.alert_id.clone();
        Ok(())
    }

    fn schedule_retry(&mut self, id: RequestId, retry: &Retry) -> Result<(), UnknownRequest> {
        let r = self.row(id)?;
        r.state = retry.state;
        r.next_attempt_at = retry.at;
        if retry.code.is_some() {
            r.last_code = retry.code.clone();
        }
        r.words = retry.words.clone();
        Ok(())
    }
}
