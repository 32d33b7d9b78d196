//! Enrolment and one push of everything waiting (the events, then the recall outcomes of
//! `outcomes.rs`), each step a short transaction of core's `sync` module on either side of a
//! request: nothing is locked while the network is crossed.

use custody_core::sync::{AckOutcome, Enrolment, SyncState, SyncStatus};
use custody_core::{permissions, CoreError, Store, Timestamp, User};
use custody_sync_protocol::{parse_hash, routes, signed_batch, Head, Refusal, SiteKey};
use serde::Serialize;

use crate::decide::{after_ack, after_refusal, Decision, MAX_RESENDS};
use crate::hub::HubApi;
use crate::{ClientError, Hub, DEFAULT_TIMEOUT};

/// What one push came to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    /// Events sent (a batch sent again counts again).
    pub sent: i64,
    /// Events the hub stored new (the rest it held already).
    pub stored: i64,
    /// Batches acknowledged.
    pub batches: i64,
    /// The last event the hub holds, as acknowledged.
    pub acked_seq: i64,
    /// The state afterwards.
    pub state: SyncState,
    /// The refusal or network failure that stopped the push, in words.
    pub message: Option<String>,
    /// The site's own events pulled back first, when the hub held more than its ledger (a
    /// restore from an old backup).
    pub restored: Option<crate::RestoreReport>,
    /// The outcomes of network recalls kept beside the ledger, sent once the events were.
    pub outcomes: crate::OutcomesReport,
}

/// Enrols the site with the hub at `hub` with the one-time `code` (administrators): a new key,
/// the hub's token, both recorded; a head the hub already holds (a site enrolled again) is
/// checked against the site's own chain as an acknowledgement. A second enrolment is refused
/// before the code is spent unless `again`.
pub fn enrol_site(
    store: &mut Store,
    actor: &User,
    hub: &str,
    code: &str,
    again: bool,
    now: Timestamp,
) -> Result<SyncStatus, ClientError> {
    permissions::require(actor, permissions::Operation::EnrolSite)?;
    let status = store.sync_status(actor)?;
    if let (Some(enrolled), false) = (&status.hub, again) {
        return Err(CoreError::refused("sync.already_enrolled")
            .arg("hub", enrolled.as_str())
            .into());
    }
    let hub_at = Hub::new(hub, None, DEFAULT_TIMEOUT)?;
    let key = SiteKey::generate().map_err(|e| ClientError::Key(e.to_string()))?;
    let reply = hub_at.enrol(code, &status.site, &key.public_key())?;
    let enrolment = Enrolment {
        hub: crate::hub::base_address(hub)?,
        key_seed: key.seed(),
        token: reply.token,
        again,
    };
    store.record_enrolment(actor, &enrolment, now)?;
    if let Some(head) = reply.head {
        take_head(store, actor, &head, &hub_at.url(routes::ENROL), now)?;
    }
    Ok(store.sync_status(actor)?)
}

/// Pushes everything waiting, batch after batch, and records each answer. A network failure is
/// recorded as offline and ends the push without an error (the caller tries again later, with
/// backoff); so does a refusal, recorded with its state. A fork or a suspension already
/// recorded sends nothing. Errors are the database's, and an answer that is not the protocol.
pub fn sync_once(
    store: &mut Store,
    actor: &User,
    now: Timestamp,
) -> Result<SyncReport, ClientError> {
    let credentials = store.sync_credentials(actor)?;
    // Making the agent sends nothing: a fork recorded earlier still reaches no hub.
    let hub = Hub::new(&credentials.hub, Some(credentials.token), DEFAULT_TIMEOUT)?;
    push_all(store, actor, &hub, now)
}

/// [`sync_once`] with the hub given: pushes everything waiting to `hub` with the site's key,
/// then, when the site is in step with the hub, the recall outcomes waiting
/// ([`crate::send_outcomes`]).
pub fn push_all(
    store: &mut Store,
    actor: &User,
    hub: &impl HubApi,
    now: Timestamp,
) -> Result<SyncReport, ClientError> {
    let credentials = store.sync_credentials(actor)?;
    let status = store.sync_status(actor)?;
    let mut report = SyncReport {
        sent: 0,
        stored: 0,
        batches: 0,
        acked_seq: status.acked_seq,
        state: status.state,
        message: None,
        restored: None,
        outcomes: crate::OutcomesReport::default(),
    };
    if status.state.is_stopped() {
        report.message = status.message;
        return Ok(report);
    }
    // A site the hub is known to be ahead of pulls its own events back before anything else.
    if status.refusal_code.as_deref() == Some("hub_ahead") {
        if let Some(message) = pull_back(store, actor, hub, &mut report, now)? {
            report.message = Some(message);
            return Ok(report);
        }
    }
    let key = SiteKey::from_seed(&credentials.key_seed);
    let mut after = status.acked_seq;
    let mut resends = 0;
    let mut looked_at_head = false;
    loop {
        let outbox = store.outbox(actor, after)?;
        let Some(from_seq) = outbox.from_seq() else {
            // Nothing waits. A file restored from an old backup is behind the hub with nothing
            // to send: it learns so from the hub's head, once, and pulls its own events back
            // before it records anything new (an event recorded first would be a fork).
            if looked_at_head || report.sent > 0 || report.restored.is_some() {
                break;
            }
            looked_at_head = true;
            let step = nothing_waiting(store, actor, hub, &outbox.site, after, now)?;
            match follow(store, actor, hub, &mut report, step, now)? {
                Some(seq) => after = seq,
                None => break,
            }
            continue;
        };
        let count = outbox.events.len() as i64;
        let batch = signed_batch(&key, &outbox.site, &outbox.prev_hash, outbox.events)
            .map_err(|source| ClientError::Chain { from_seq, source })?;
        report.sent += count;
        let step = match hub.push(&batch) {
            Ok(ack) => {
                let hash = acked_hash(&ack.acked_hash, hub, &outbox.site)?;
                report.batches += 1;
                report.stored += ack.stored;
                resends = 0;
                acknowledged(store, actor, after, ack.acked_seq, &hash, now)?
            }
            Err(ClientError::Refused { refusal, .. }) => match after_refusal(&refusal, after) {
                Decision::ResendFrom(seq) if resends < MAX_RESENDS => {
                    resends += 1;
                    store.record_resend_from(actor, seq)?;
                    Step::Go(seq)
                }
                Decision::ResendFrom(_) => stop(store, actor, SyncState::Refused, &refusal)?,
                Decision::CompareHead => compare_head(store, actor, hub, &outbox.site, now)?,
                Decision::Stop(state) => stop(store, actor, state, &refusal)?,
            },
            Err(e @ ClientError::Network { .. }) => {
                store.record_offline(actor, &e.to_string(), now)?;
                Step::Stop(e.to_string())
            }
            Err(e) => {
                store.record_refusal(actor, SyncState::Refused, "hub_answer", &e.to_string())?;
                return Err(e);
            }
        };
        match follow(store, actor, hub, &mut report, step, now)? {
            Some(seq) => after = seq,
            None => break,
        }
    }
    let mut status = store.sync_status(actor)?;
    // The outcomes follow the events, so the hub knows the packs' states when they arrive.
    if status.state == SyncState::Ok && report.message.is_none() {
        report.outcomes = crate::send_outcomes(store, actor, hub, now)?;
        status = store.sync_status(actor)?;
    }
    report.acked_seq = status.acked_seq;
    report.state = status.state;
    if report.message.is_none() && status.state != SyncState::Ok {
        report.message = status.message;
    }
    Ok(report)
}

/// Whether a push goes on (from after a position), pulls the site's own events back first (the
/// hub holds more than its ledger), or stops (saying why).
enum Step {
    Go(i64),
    PullBack,
    Stop(String),
}

/// Takes a step: the position the push goes on from, or none when it stops (the reason kept in
/// the report). Pulling back goes on from the position the hub acknowledged afterwards.
fn follow(
    store: &mut Store,
    actor: &User,
    hub: &impl HubApi,
    report: &mut SyncReport,
    step: Step,
    now: Timestamp,
) -> Result<Option<i64>, ClientError> {
    let stop = match step {
        Step::Go(seq) => return Ok(Some(seq)),
        Step::PullBack => match pull_back(store, actor, hub, report, now)? {
            None => return Ok(Some(store.sync_status(actor)?.acked_seq)),
            Some(message) => message,
        },
        Step::Stop(message) => message,
    };
    report.message = Some(stop);
    Ok(None)
}

/// Pulls the site's own events back (`restore.rs`), kept in the report; the reason to stop, when
/// it did not end in step with the hub.
fn pull_back(
    store: &mut Store,
    actor: &User,
    hub: &impl HubApi,
    report: &mut SyncReport,
    now: Timestamp,
) -> Result<Option<String>, ClientError> {
    let restored = crate::restore_from_hub(store, actor, hub, now)?;
    let stop = restored.message.clone();
    report.restored = Some(restored);
    Ok(stop)
}

fn acked_hash(text: &str, hub: &impl HubApi, site: &str) -> Result<[u8; 32], ClientError> {
    parse_hash(text).ok_or_else(|| ClientError::Unexpected {
        method: "POST",
        url: hub.url(&custody_sync_protocol::routes::events(site)),
        status: 200,
        detail: format!("the acknowledged hash {text:?} is not 64 hex digits"),
    })
}

/// Records an acknowledgement of `seq`, after a batch sent from after `after`.
fn acknowledged(
    store: &mut Store,
    actor: &User,
    after: i64,
    seq: i64,
    hash: &[u8; 32],
    now: Timestamp,
) -> Result<Step, ClientError> {
    match store.record_ack(actor, seq, hash, now)? {
        AckOutcome::Recorded => match after_ack(after, seq) {
            Some(next) => Ok(Step::Go(next)),
            None => {
                let message = format!(
                    "the hub acknowledged up to event {seq} after events from {} were sent",
                    after + 1
                );
                store.record_refusal(actor, SyncState::Refused, "no_progress", &message)?;
                Ok(Step::Stop(message))
            }
        },
        AckOutcome::HubAhead => Ok(Step::PullBack),
        AckOutcome::Fork => Ok(Step::Stop(status_message(store, actor)?)),
    }
}

/// Asks the hub's head after a gap above the acknowledged position and takes it when it is the
/// site's own hash there (a lost acknowledgement); else core records the fork.
fn compare_head(
    store: &mut Store,
    actor: &User,
    hub: &impl HubApi,
    site: &str,
    now: Timestamp,
) -> Result<Step, ClientError> {
    let head = match hub.head(site) {
        Ok(reply) => reply.head,
        Err(e @ ClientError::Network { .. }) => {
            store.record_offline(actor, &e.to_string(), now)?;
            return Ok(Step::Stop(e.to_string()));
        }
        // A copy of the site the hub suspended hears so with nothing to push, too.
        Err(ClientError::Refused {
            refusal: refusal @ Refusal::Suspended { .. },
            ..
        }) => return stop(store, actor, SyncState::Suspended, &refusal),
        Err(e) => return Err(e),
    };
    let Some(head) = head else {
        let message = "the hub reports a gap but holds no event of this site".to_string();
        store.record_refusal(actor, SyncState::Refused, "gap", &message)?;
        return Ok(Step::Stop(message));
    };
    match take_head(store, actor, &head, &hub.url(&routes::head(site)), now)? {
        AckOutcome::Recorded => Ok(Step::Go(head.seq)),
        AckOutcome::HubAhead => Ok(Step::PullBack),
        AckOutcome::Fork => Ok(Step::Stop(status_message(store, actor)?)),
    }
}

/// With nothing waiting, the hub's head compared with the site's ledger: in step, ahead (a
/// restore from an old backup: pull back), or another event where the site has its own (a fork).
/// A hub that holds nothing of the site yet is in step with a site that sent nothing.
fn nothing_waiting(
    store: &mut Store,
    actor: &User,
    hub: &impl HubApi,
    site: &str,
    acked: i64,
    now: Timestamp,
) -> Result<Step, ClientError> {
    let (head, suspended) = match hub.head(site) {
        Ok(reply) => (reply.head, reply.suspended),
        Err(e @ ClientError::Network { .. }) => {
            store.record_offline(actor, &e.to_string(), now)?;
            return Ok(Step::Stop(e.to_string()));
        }
        Err(e) => return Err(e),
    };
    // A copy of the site the hub suspended hears so with nothing to push, too; one behind the
    // hub pulls its own events back first (harmless, and what it needs after the resume).
    let suspended = |store: &mut Store, step: Step| match (&suspended, step) {
        (Some(reason), Step::Go(_)) => stop(
            store,
            actor,
            SyncState::Suspended,
            &Refusal::Suspended {
                reason: reason.clone(),
            },
        ),
        (_, step) => Ok(step),
    };
    let Some(head) = head else {
        return suspended(store, Step::Go(acked));
    };
    let step = match take_head(store, actor, &head, &hub.url(&routes::head(site)), now)? {
        AckOutcome::Recorded => Step::Go(head.seq),
        AckOutcome::HubAhead => Step::PullBack,
        AckOutcome::Fork => Step::Stop(status_message(store, actor)?),
    };
    suspended(store, step)
}

/// Records the hub's head (as answered at `url`) as an acknowledgement, checked against the
/// site's own hash.
fn take_head(
    store: &mut Store,
    actor: &User,
    head: &Head,
    url: &str,
    now: Timestamp,
) -> Result<AckOutcome, ClientError> {
    let Some(hash) = parse_hash(&head.hash) else {
        let e = ClientError::Unexpected {
            method: "GET",
            url: url.to_string(),
            status: 200,
            detail: format!("the head's hash {:?} is not 64 hex digits", head.hash),
        };
        store.record_refusal(actor, SyncState::Refused, "hub_answer", &e.to_string())?;
        return Err(e);
    };
    Ok(store.record_ack(actor, head.seq, &hash, now)?)
}

fn stop(
    store: &mut Store,
    actor: &User,
    state: SyncState,
    refusal: &Refusal,
) -> Result<Step, ClientError> {
    let message = match refusal {
        Refusal::Fork { seq, .. } => crate::fork_message(*seq),
        _ => refusal.to_string(),
    };
    store.record_refusal(actor, state, refusal.code(), &message)?;
    Ok(Step::Stop(message))
}

fn status_message(store: &Store, actor: &User) -> Result<String, ClientError> {
    Ok(store.sync_status(actor)?.message.unwrap_or_default())
}
