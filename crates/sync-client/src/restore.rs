//! A site restored from an old backup pulls its own events back from the hub before anything
//! else (issue #20, item 9): the file ends at event N, the hub holds the site's chain to M, and
//! events N+1..M come back page by page (`Hub::events_after`), each page put back by core's
//! `Store::restore_from_hub_events` in one transaction with the acknowledged position. Then
//! the hub's head is recorded as acknowledged, checked against the site's own hash.
//!
//! Only a file whose chain is a prefix of the hub's is restored. A site that recorded an event
//! after it was restored, before it pulled its own events back, holds another event where the
//! hub holds one: that is a fork, the rule for any two histories of one site, and an
//! administrator at the hub resolves it. The site's own events not yet acknowledged are compared
//! with the hub's first, so the fork is named at its first divergent event and nothing is pulled.
//!
//! A lost site is rebuilt the same way into a new file (`rebuild_site`): set up with the site's
//! code and its first administrator, enrolled with a one-time code the hub's administrator
//! issued for it (a new key and token: the lost computer's are withdrawn by that enrolment),
//! then the whole chain pulled back from event 1, every hash recomputed and compared, the
//! products, locations and partners its events name added from their keys.

use custody_core::sync::SyncState;
use custody_core::{CoreError, Store, Timestamp, User};
use custody_sync_protocol::{parse_hash, routes, Head, Refusal, MAX_BATCH_EVENTS};
use serde::Serialize;

use crate::hub::HubApi;
use crate::{ClientError, Hub, DEFAULT_TIMEOUT};

/// What pulling back came to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RestoreReport {
    /// Events put back.
    pub pulled: i64,
    /// The first event put back, if any.
    pub from_seq: Option<i64>,
    /// The last event put back, if any.
    pub to_seq: Option<i64>,
    /// Accounts added after the backup, come back without a password (an administrator sets
    /// one: passwords are never on the ledger).
    pub accounts_without_password: i64,
    /// Products, locations and partners added from their key alone, for an administrator to
    /// complete (a rebuild only).
    pub added_by_key: i64,
    /// The state afterwards.
    pub state: SyncState,
    /// Why it stopped, when it did not end in step with the hub.
    pub message: Option<String>,
}

/// The message of a fork: the first event this site holds where the hub holds another. The hub
/// cannot tell a restore from a copy, nor which copy is the site's, so the sentence blames
/// neither this database nor the other: it says what differs and who decides.
pub fn fork_message(seq: i64) -> String {
    format!(
        "fork at event {seq}: the hub holds another event {seq} for this site than this database \
         does. Another copy of this site's database (restored from a backup, or copied to another \
         computer) has recorded different work as this site: call the hub administrator, who \
         decides which copy is the site's; until then this site's events wait here"
    )
}

/// Pulls back, with the site's own credentials, every event of this site the hub holds past the
/// end of its ledger (see [`restore_from_hub`]).
pub fn restore_once(
    store: &mut Store,
    actor: &User,
    now: Timestamp,
) -> Result<RestoreReport, ClientError> {
    let credentials = store.sync_credentials(actor)?;
    let hub = Hub::new(&credentials.hub, Some(credentials.token), DEFAULT_TIMEOUT)?;
    restore_from_hub(store, actor, &hub, now)
}

/// Pulls back from `hub` every event of this site it holds past the end of the site's ledger,
/// page by page, then records the hub's head as acknowledged. A network failure is recorded as
/// offline and a refusal of the hub with its state (both answers, not errors, as for a push); a
/// fork is recorded as a fork. A page core refuses (a key the file lacks, an event that does
/// not hash as the hub's) is recorded with its code and returned as the error, nothing of it
/// written. A fork or a suspension recorded already pulls nothing.
pub fn restore_from_hub(
    store: &mut Store,
    actor: &User,
    hub: &impl HubApi,
    now: Timestamp,
) -> Result<RestoreReport, ClientError> {
    put_back(store, actor, hub, Target::Restore, now)
}

/// Rebuilds a lost site into `store`, a file set up just now by `Store::set_up_for_rebuild`
/// with the site's code and `admin`: enrols it with the hub at `hub_at` with the one-time `code`
/// the hub's administrator issued, pulls back its whole chain (see [`rebuild_from_hub`]), then
/// checks that the chain makes `admin` an active administrator of the site.
pub fn rebuild_site(
    store: &mut Store,
    admin: &User,
    hub_at: &str,
    code: &str,
    now: Timestamp,
) -> Result<RestoreReport, ClientError> {
    if store.sync_status(admin)?.last_seq > 0 {
        return Err(CoreError::refused("sync.rebuild_not_empty").into());
    }
    crate::enrol_site(store, admin, hub_at, code, false, now)?;
    let credentials = store.sync_credentials(admin)?;
    let hub = Hub::new(&credentials.hub, Some(credentials.token), DEFAULT_TIMEOUT)?;
    let report = rebuild_from_hub(store, admin, &hub, now)?;
    if report.state == SyncState::Ok {
        store.check_rebuilt_admin(admin)?;
    }
    Ok(report)
}

/// [`restore_from_hub`] into a new, empty file: the products, locations and partners the
/// events name are added from their keys instead of refused.
pub fn rebuild_from_hub(
    store: &mut Store,
    actor: &User,
    hub: &impl HubApi,
    now: Timestamp,
) -> Result<RestoreReport, ClientError> {
    put_back(store, actor, hub, Target::Rebuild, now)
}

/// Which file the events go into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// A file restored from a backup, with the site's master data.
    Restore,
    /// A new file, with none.
    Rebuild,
}

fn put_back(
    store: &mut Store,
    actor: &User,
    hub: &impl HubApi,
    target: Target,
    now: Timestamp,
) -> Result<RestoreReport, ClientError> {
    let site = store.sync_credentials(actor)?.site;
    let status = store.sync_status(actor)?;
    let mut report = RestoreReport {
        pulled: 0,
        from_seq: None,
        to_seq: None,
        accounts_without_password: 0,
        added_by_key: 0,
        state: status.state,
        message: None,
    };
    if status.state.is_stopped() {
        report.message = status.message;
        return Ok(report);
    }
    match pull(store, actor, hub, &site, target, &mut report, now) {
        Ok(()) => {}
        Err(e @ ClientError::Network { .. }) => {
            store.record_offline(actor, &e.to_string(), now)?;
            report.message = Some(e.to_string());
        }
        Err(ClientError::Refused { refusal, .. }) => {
            let state = match refusal {
                Refusal::Suspended { .. } => SyncState::Suspended,
                Refusal::Fork { .. } => SyncState::Fork,
                _ => SyncState::Refused,
            };
            let message = refusal.to_string();
            store.record_refusal(actor, state, refusal.code(), &message)?;
            report.message = Some(message);
        }
        Err(ClientError::Core(e @ CoreError::Refused { .. })) => {
            store.record_refusal(actor, SyncState::Refused, e.code(), &e.to_string())?;
            return Err(e.into());
        }
        Err(e @ ClientError::Unexpected { .. }) => {
            store.record_refusal(actor, SyncState::Refused, "hub_answer", &e.to_string())?;
            return Err(e);
        }
        Err(e) => return Err(e),
    }
    report.state = store.sync_status(actor)?.state;
    Ok(report)
}

/// The pull itself: the site's waiting events compared with the hub's, then the pages put back,
/// then the head taken.
fn pull(
    store: &mut Store,
    actor: &User,
    hub: &impl HubApi,
    site: &str,
    target: Target,
    report: &mut RestoreReport,
    now: Timestamp,
) -> Result<(), ClientError> {
    let acked = store.sync_status(actor)?.acked_seq;
    if let Some(seq) = first_divergence(store, actor, hub, site, acked)? {
        let message = fork_message(seq);
        store.record_refusal(actor, SyncState::Fork, "fork", &message)?;
        report.message = Some(message);
        return Ok(());
    }
    loop {
        let after = store.sync_status(actor)?.last_seq;
        let page = hub.events_after(site, after, MAX_BATCH_EVENTS)?;
        if page.events.is_empty() {
            if let Some(head) = page.head {
                take_head(store, actor, hub, site, &head, report, now)?;
            }
            return Ok(());
        }
        let put = match target {
            Target::Restore => store.restore_from_hub_events(actor, &page.events, now)?,
            Target::Rebuild => store.rebuild_from_hub_events(actor, &page.events, now)?,
        };
        report.pulled += put.events;
        report.from_seq.get_or_insert(put.from_seq);
        report.to_seq = Some(put.to_seq);
        report.accounts_without_password += put.accounts_without_password;
        report.added_by_key += put.added_by_key;
    }
}

/// The first of the site's events after `acked` (the last the hub acknowledged, trusted) that
/// the hub holds with another hash, if any: a page of the site's own against the same page of
/// the hub's, until the site's ledger or the hub's chain ends.
fn first_divergence(
    store: &Store,
    actor: &User,
    hub: &impl HubApi,
    site: &str,
    acked: i64,
) -> Result<Option<i64>, ClientError> {
    let mut after = acked;
    loop {
        let own = store.outbox(actor, after)?;
        let Some(last) = own.last_seq() else {
            return Ok(None);
        };
        let theirs = hub.events_after(site, after, own.events.len())?.events;
        if let Some(differs) = own
            .events
            .iter()
            .zip(&theirs)
            .find(|(o, t)| o.seq != t.seq || o.hash != t.hash)
        {
            return Ok(Some(differs.0.seq));
        }
        if theirs.len() < own.events.len() {
            // The hub's chain ends inside the site's: the rest is waiting to be pushed.
            return Ok(None);
        }
        after = last;
    }
}

/// Records the hub's head as acknowledged, checked against the site's own hash there.
fn take_head(
    store: &mut Store,
    actor: &User,
    hub: &impl HubApi,
    site: &str,
    head: &Head,
    report: &mut RestoreReport,
    now: Timestamp,
) -> Result<(), ClientError> {
    let hash = parse_hash(&head.hash).ok_or_else(|| ClientError::Unexpected {
        method: "GET",
        url: hub.url(&routes::events(site)),
        status: 200,
        detail: format!("the head's hash {:?} is not 64 hex digits", head.hash),
    })?;
    if store.record_ack(actor, head.seq, &hash, now)? != custody_core::sync::AckOutcome::Recorded {
        report.message = store.sync_status(actor)?.message;
    }
    Ok(())
}
