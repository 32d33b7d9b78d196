//! One pass of the drainer at a given time: re-verify the requests whose outcome is unknown,
//! send the rest in bulk or singly, and record each answer's verdict.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};

use super::{Finding, Kind, NationalSystem, Outbox, Policy, Request, RequestState, Retry};
use crate::client::{Outcome, TransportError};
use crate::protocol::eu::{BulkTransaction, PackResult, PackState, ReturnCode, Transaction};
use crate::protocol::{verdict, Answer, Market, PackKey, Verdict};

/// What a pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Single requests sent (verifications before a re-send apart).
    pub singles: u32,
    /// Bulk requests sent.
    pub bulks: u32,
    /// Packs of a bulk answer retried singly (`NMVS_NC_PC_01`).
    pub fallbacks: u32,
    /// Verifications of a change whose outcome was unknown.
    pub reverified: u32,
    /// Requests done.
    pub done: u32,
    /// Requests ended in an alert.
    pub alerts: u32,
    /// Requests failed.
    pub failed: u32,
    /// Requests put back for later.
    pub retried: u32,
}

/// The words a request done by verification carries.
const FOUND_APPLIED: &str =
    "verified before re-sending: the change had been applied, its reply was lost";

/// One pass over the requests due at `now`.
pub fn drain_once<O: Outbox, S: NationalSystem + ?Sized>(
    outbox: &mut O,
    system: &S,
    now: DateTime<Utc>,
    policy: &Policy,
) -> Result<Report, O::Error> {
    let due = outbox.due(now)?;
    let mut pass = Pass {
        outbox,
        system,
        now,
        policy,
        down: HashMap::new(),
        report: Report::default(),
    };
    let mut ready = Vec::new();
    for r in due {
        if r.state == RequestState::Sent && r.kind.changes() {
            if let Some(r) = pass.reverify(r)? {
                ready.push(r);
            }
        } else {
            ready.push(r);
        }
    }
    let mut groups: BTreeMap<(Market, Transaction), Vec<Request>> = BTreeMap::new();
    let mut singles = Vec::new();
    for r in ready {
        let tx = r.kind.transaction();
        match (&r.market, BulkTransaction::of(tx)) {
            (Market::Eu(_), Some(_)) => groups.entry((r.market.clone(), tx)).or_default().push(r),
            _ => singles.push(r),
        }
    }
    for ((market, tx), group) in groups {
        if group.len() >= policy.bulk_min.max(1) {
            for chunk in group.chunks(policy.bulk_max.max(1)) {
                pass.bulk(&market, tx, chunk)?;
            }
        } else {
            singles.extend(group);
        }
    }
    singles.sort_by_key(|r| r.id);
    for r in singles {
        pass.single(r)?;
    }
    Ok(pass.report)
}

struct Pass<'a, O, S: ?Sized> {
    outbox: &'a mut O,
    system: &'a S,
    now: DateTime<Utc>,
    policy: &'a Policy,
    /// Markets found unavailable or unreachable in this pass, and when to try them again.
    down: HashMap<Market, DateTime<Utc>>,
    report: Report,
}

impl<O: Outbox, S: NationalSystem + ?Sized> Pass<'_, O, S> {
    /// Sends `r` as a single transaction and records what its answer means.
    fn single(&mut self, mut r: Request) -> Result<(), O::Error> {
        if self.down.contains_key(&r.market) {
            return self.postpone(&r);
        }
        if r.market == Market::Us && r.kind.changes() {
            let words = "the US router only verifies: there is nothing to decommission there";
            return self.end(&r, RequestState::Failed, "NOT_IN_MARKET", words, None);
        }
        self.outbox.mark_sent(r.id, self.now)?;
        r.attempts += 1;
        self.report.singles += 1;
        match &r.market {
            Market::Us => match self.system.verify_us(&r.pack) {
                Ok(a) => self.judge(&r, verdict(Answer::Vrs(&a)), None),
                Err(e) => self.transport(&r, &e),
            },
            Market::Eu(_) => match self.system.single(&r.market, r.kind.transaction(), &r.pack) {
                Ok(res) => self.answered(&r, &res),
                Err(e) => self.transport(&r, &e),
            },
        }
    }

    /// Verifies the pack of a change whose outcome is unknown: done if the change was applied
    /// (by us), the request back to send if it was not, else the verification's verdict.
    fn reverify(&mut self, mut r: Request) -> Result<Option<Request>, O::Error> {
        if self.down.contains_key(&r.market) {
            self.postpone(&r)?;
            return Ok(None);
        }
        self.outbox.mark_sent(r.id, self.now)?;
        r.attempts += 1;
        self.report.reverified += 1;
        let res = match self.system.single(&r.market, Transaction::Verify, &r.pack) {
            Ok(res) => res,
            // Whatever failed, even a verification refused outright, the change's own outcome
            // is still unknown: it stays sent, to be verified again, never ended unresolved.
            Err(e) => {
                let words = e.to_string();
                return self
                    .retry(&r, RequestState::Sent, None, words)
                    .map(|()| None);
            }
        };
        let wanted = r.kind.transaction().wanted();
        if res.return_code.is_none() && res.state == Some(wanted) && res.by_requester {
            let code = format!("STATE_{wanted:?}").to_uppercase();
            self.end(&r, RequestState::Done, &code, FOUND_APPLIED, None)?;
            return Ok(None);
        }
        // A destruction whose pack the system holds as recalled needs no re-send either.
        let settled = verdict(Answer::Nmvs {
            result: &res,
            wanted,
        });
        if matches!(settled, Verdict::Settled { .. }) {
            return self.judge(&r, settled, code_of(&res)).map(|()| None);
        }
        let before = match r.kind {
            Kind::Undo(d) => d.state(),
            Kind::Decommission(_) | Kind::Verify => PackState::Active,
        };
        let found = verdict(Answer::Nmvs {
            result: &res,
            wanted: before,
        });
        match found {
            // Still as before: the change never arrived, so sending it is safe.
            Verdict::Confirmed => Ok(Some(r)),
            Verdict::Unavailable => {
                let code = res.return_code.map(|c| c.code().to_string());
                let words = "the national system is not available".to_string();
                self.retry(&r, RequestState::Sent, code, words)
                    .map(|()| None)
            }
            v => self.judge(&r, v, code_of(&res)).map(|()| None),
        }
    }

    /// Sends `group` (one market, one transaction) in bulk; packs the answer does not know are
    /// retried singly at once.
    fn bulk(
        &mut self,
        market: &Market,
        tx: Transaction,
        group: &[Request],
    ) -> Result<(), O::Error> {
        if self.down.contains_key(market) {
            return group.iter().try_for_each(|r| self.postpone(r));
        }
        let Some(btx) = BulkTransaction::of(tx) else {
            // Only verifications and decommissions are grouped; anything else goes singly.
            return group.iter().try_for_each(|r| self.single(r.clone()));
        };
        let mut sent = Vec::with_capacity(group.len());
        for r in group {
            self.outbox.mark_sent(r.id, self.now)?;
            sent.push(Request {
                attempts: r.attempts + 1,
                ..r.clone()
            });
        }
        self.report.bulks += 1;
        let packs: Vec<PackKey> = group.iter().map(|r| r.pack.clone()).collect();
        let answer = match self.system.bulk(market, btx, &packs) {
            Ok(a) => a,
            Err(e) => return sent.iter().try_for_each(|r| self.transport(r, &e)),
        };
        if let Some(code) = answer.return_code {
            let v = match code {
                ReturnCode::SystemNotAvailable => Verdict::Unavailable,
                c => Verdict::Refused {
                    code: c.code().to_string(),
                    words: c.meaning().to_string(),
                },
            };
            let code = Some(code.code().to_string());
            return sent
                .iter()
                .try_for_each(|r| self.judge(r, v.clone(), code.clone()));
        }
        let mut by_pack: HashMap<PackKey, PackResult> = answer
            .results
            .into_iter()
            .map(|r| (r.pack.clone(), r))
            .collect();
        for r in sent {
            match by_pack.remove(&r.pack) {
                Some(res) if res.return_code == Some(ReturnCode::UnknownProductCode) => {
                    self.report.fallbacks += 1;
                    self.single(r)?;
                }
                Some(res) => self.answered(&r, &res)?,
                None => {
                    let e = TransportError {
                        url: format!("bulk {}", btx.transaction().code()),
                        outcome: Outcome::Unknown,
                        status: None,
                        detail: "the bulk answer says nothing of this pack".to_string(),
                    };
                    self.transport(&r, &e)?;
                }
            }
        }
        Ok(())
    }

    fn answered(&mut self, r: &Request, res: &PackResult) -> Result<(), O::Error> {
        let v = verdict(Answer::Nmvs {
            result: res,
            wanted: r.kind.transaction().wanted(),
        });
        self.judge(r, v, code_of(res))
    }

    /// Records what a verdict means for the request (`attempts` already counts this send).
    fn judge(&mut self, r: &Request, v: Verdict, code: Option<String>) -> Result<(), O::Error> {
        match v {
            Verdict::Confirmed => {
                let finding = Finding {
                    state: RequestState::Done,
                    code,
                    words: None,
                    alert_id: None,
                };
                self.report.done += 1;
                self.outbox.record(r.id, &finding, self.now)
            }
            Verdict::Alert {
                code,
                words,
                alert_id,
                ..
            } => self.end(r, RequestState::Alert, &code, &words, alert_id),
            Verdict::Refused { code, words } => {
                self.end(r, RequestState::Failed, &code, &words, None)
            }
            Verdict::Settled {
                code,
                words,
                alert_id,
            } => self.end(r, RequestState::Done, &code, &words, alert_id),
            Verdict::Unavailable => {
                let words = "the national system is not available".to_string();
                self.retry(r, RequestState::Pending, code, words)
            }
        }
    }

    /// Ends `r` in `state` (done, alert or failed).
    fn end(
        &mut self,
        r: &Request,
        state: RequestState,
        code: &str,
        words: &str,
        alert_id: Option<String>,
    ) -> Result<(), O::Error> {
        match state {
            RequestState::Alert => self.report.alerts += 1,
            RequestState::Failed => self.report.failed += 1,
            _ => self.report.done += 1,
        }
        let finding = Finding {
            state,
            code: Some(code.to_string()),
            words: Some(words.to_string()),
            alert_id,
        };
        self.outbox.record(r.id, &finding, self.now)
    }

    /// What a request that got no answer becomes: failed if the system rejected it, else put
    /// back, `sent` if it changes the pack and may have been applied.
    fn transport(&mut self, r: &Request, e: &TransportError) -> Result<(), O::Error> {
        if e.rejected() {
            let code = format!("HTTP_{}", e.status.unwrap_or_default());
            return self.end(r, RequestState::Failed, &code, &e.to_string(), None);
        }
        let state = if e.outcome == Outcome::Unknown && r.kind.changes() {
            RequestState::Sent
        } else {
            RequestState::Pending
        };
        self.retry(r, state, None, e.to_string())
    }

    /// Puts `r` back after its back-off; its market waits as long for the rest of the pass.
    fn retry(
        &mut self,
        r: &Request,
        state: RequestState,
        code: Option<String>,
        words: String,
    ) -> Result<(), O::Error> {
        let at = self.now + self.policy.backoff(r.attempts.max(1));
        self.down.entry(r.market.clone()).or_insert(at);
        self.report.retried += 1;
        let retry = Retry {
            at,
            state,
            code,
            words: Some(words),
        };
        self.outbox.schedule_retry(r.id, &retry)
    }

    /// Puts `r` back, unsent, until its market's retry time.
    fn postpone(&mut self, r: &Request) -> Result<(), O::Error> {
        let at = self.down.get(&r.market).copied().unwrap_or(self.now);
        self.report.retried += 1;
        let retry = Retry {
            at,
            state: r.state,
            code: r.last_code.clone(),
            words: Some(format!("waiting: {} did not answer in this pass", r.market)),
        };
        self.outbox.schedule_retry(r.id, &retry)
    }
}

fn code_of(res: &PackResult) -> Option<String> {
    res.return_code.map(|c| c.code().to_string())
}
