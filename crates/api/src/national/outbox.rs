//! The national verification queue of the site's database as `custody-national`'s drainer sees
//! it: [`StoreOutbox`], its `Outbox` over core's `nvs_request` table, acting as
//! `custody:verification`. Core knows nothing of the national crate and the national crate
//! nothing of the store; this adapter maps one's words onto the other's types.

use std::borrow::BorrowMut;

use chrono::{DateTime, NaiveDate, Utc};
use custody_core::national::{NvsAnswer, NvsRequest, NvsRetry};
use custody_core::{
    CoreError, NvsKind, NvsReason, NvsState, Store, SystemPrincipal, Timestamp, User,
};
use custody_national::drain::{Finding, Kind, Outbox, Request, RequestId, RequestState, Retry};
use custody_national::protocol::eu::Decommission;
use custody_national::protocol::{Market, PackKey};

/// The store's outbox, worked by the drainer's system principal: over a borrowed store (a
/// test's), or over one it owns (the background drainer's connection of its own).
pub struct StoreOutbox<S> {
    store: S,
    drainer: User,
}

impl<S: BorrowMut<Store>> StoreOutbox<S> {
    /// The outbox of `store`, as `custody:verification`.
    pub fn new(mut store: S) -> Result<StoreOutbox<S>, CoreError> {
        let drainer = store
            .borrow_mut()
            .system_principal(SystemPrincipal::Verification)?;
        Ok(StoreOutbox { store, drainer })
    }
}

fn at(t: DateTime<Utc>) -> Timestamp {
    Timestamp(t.fixed_offset())
}

fn reason(r: NvsReason) -> Decommission {
    match r {
        NvsReason::Supplied => Decommission::Supplied,
        NvsReason::Destroyed => Decommission::Destroyed,
        NvsReason::Exported => Decommission::Exported,
        NvsReason::Sample => Decommission::Sample,
        NvsReason::FreeSample => Decommission::FreeSample,
        NvsReason::Locked => Decommission::Locked,
        NvsReason::Stolen => Decommission::Stolen,
    }
}

fn state(s: NvsState) -> RequestState {
    match s {
        NvsState::Pending => RequestState::Pending,
        NvsState::Sent => RequestState::Sent,
        NvsState::Done => RequestState::Done,
        NvsState::Alert => RequestState::Alert,
        NvsState::Failed => RequestState::Failed,
    }
}

fn nvs_state(s: RequestState) -> NvsState {
    match s {
        RequestState::Pending => NvsState::Pending,
        RequestState::Sent => NvsState::Sent,
        RequestState::Done => NvsState::Done,
        RequestState::Alert => NvsState::Alert,
        RequestState::Failed => NvsState::Failed,
    }
}

/// The drainer's request for a row, or why it can never be sent (a pack with no lot or expiry
/// on record, a market or reason the row should not hold).
fn request(r: &NvsRequest) -> Result<Request, String> {
    let kind = match (r.kind, r.reason) {
        (NvsKind::Verify, _) => Kind::Verify,
        (NvsKind::Decommission, Some(why)) => Kind::Decommission(reason(why)),
        (NvsKind::Undo, Some(why)) => Kind::Undo(reason(why)),
        (_, None) => return Err(format!("request {} has no reason", r.id)),
    };
    let market = Market::parse(&r.market).map_err(|e| e.to_string())?;
    let expiry = r
        .expiry
        .map(|d: NaiveDate| d.format("%y%m%d").to_string())
        .ok_or_else(|| format!("pack {} has no expiry on record", r.serial))?;
    let lot = r
        .lot
        .as_deref()
        .ok_or_else(|| format!("pack {} has no lot on record", r.serial))?;
    let pack = PackKey::new(&r.gtin, &r.serial, lot, &expiry).map_err(|e| e.to_string())?;
    let next_attempt_at = DateTime::parse_from_rfc3339(&r.next_attempt_at)
        .map_err(|e| format!("request {}: due time unreadable: {e}", r.id))?
        .with_timezone(&Utc);
    Ok(Request {
        id: RequestId(u64::try_from(r.id).map_err(|e| e.to_string())?),
        kind,
        market,
        pack,
        state: state(r.state),
        attempts: r.attempts,
        next_attempt_at,
        last_code: r.return_code.clone(),
        words: r.words.clone(),
        alert_id: r.alert_id.clone(),
    })
}

fn id(r: RequestId) -> i64 {
    i64::try_from(r.0).unwrap_or(i64::MAX)
}

impl<S: BorrowMut<Store>> Outbox for StoreOutbox<S> {
    type Error = CoreError;

    /// The due rows; one that can never be sent ends `failed` here, with why, on the ledger.
    fn due(&mut self, now: DateTime<Utc>) -> Result<Vec<Request>, CoreError> {
        let rows = self.store.borrow_mut().nvs_due(&self.drainer, at(now))?;
        let mut due = Vec::with_capacity(rows.len());
        for row in rows {
            match request(&row) {
                Ok(r) => due.push(r),
                Err(why) => {
                    let answer = NvsAnswer {
                        state: NvsState::Failed,
                        code: None,
                        words: Some(why),
                        alert_id: None,
                    };
                    self.store
                        .borrow_mut()
                        .nvs_record(&self.drainer, row.id, &answer, at(now))?;
                }
            }
        }
        Ok(due)
    }

    fn next_due(&mut self) -> Result<Option<DateTime<Utc>>, CoreError> {
        Ok(self
            .store
            .borrow_mut()
            .nvs_next_due(&self.drainer)?
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&Utc)))
    }

    fn mark_sent(&mut self, r: RequestId, _now: DateTime<Utc>) -> Result<(), CoreError> {
        self.store.borrow_mut().nvs_mark_sent(&self.drainer, id(r))
    }

    fn record(
        &mut self,
        r: RequestId,
        finding: &Finding,
        now: DateTime<Utc>,
    ) -> Result<(), CoreError> {
        let answer = NvsAnswer {
            state: nvs_state(finding.state),
            code: finding.code.clone(),
            words: finding.words.clone(),
            alert_id: finding.alert_id.clone(),
        };
        self.store
            .borrow_mut()
            .nvs_record(&self.drainer, id(r), &answer, at(now))
            .map(drop)
    }

    fn schedule_retry(&mut self, r: RequestId, retry: &Retry) -> Result<(), CoreError> {
        let retry = NvsRetry {
            at: at(retry.at),
            state: nvs_state(retry.state),
            code: retry.code.clone(),
            words: retry.words.clone(),
        };
        self.store
            .borrow_mut()
            .nvs_schedule_retry(&self.drainer, id(r), &retry)
    }
}
