//! The site's side of the hospital network for a person: enrol the site with the hub
//! (administrators), push what is waiting, pull what the hub sends (master data and the
//! counterfeit alarms concerning this site), list those alarms, and see where the site stands.
//! The network is custody-sync-client's. The operation list names three (`sync_status`,
//! `sync_now`, `sync_enrol`); the two that cross the network run apart, on a connection of
//! their own, so the window keeps answering while a hub is slow. The app's background agent
//! runs [`push_then_pull`] through [`crate::jobs::sync_now`] as `custody:sync`, not through a
//! person's session, and reads the open alarms through [`crate::jobs::hub_alarms`]. Pull,
//! push-then-pull and the alarms are typed functions the CLI calls.

use custody_core::sync::{HubAlarm, RecallReceived, SyncState, SyncStatus};
use custody_core::{Site, User};
use custody_sync_client::{ClientError, RestoreReport, SyncReport};
/// The pull's figures, and what sending recall outcomes came to, as the client reports them.
pub use custody_sync_client::{OutcomesReport, PullReport};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::{args, ApiError, Result};
use crate::site::FirstRun;
use crate::Cx;

/// An enrolment asked for.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SyncEnrol {
    /// The hub's address (`https://host:port`).
    pub hub: String,
    /// The one-time code the hub's administrator gave for this site.
    pub code: String,
    /// Enrol again, replacing an earlier enrolment.
    #[serde(default)]
    pub re_enrol: bool,
}

/// What one push came to: custody-sync-client's report, field for field, declared here so the
/// UI's generated client knows it (the client crate knows no TypeScript).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PushFigures {
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
    /// The site's own events pulled back from the hub first (a file restored from an old
    /// backup), if the hub was ahead.
    pub restored: Option<PulledBack>,
}

/// What pulling the site's own events back from the hub came to: custody-sync-client's
/// report, field for field, for the UI's generated client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PulledBack {
    /// Events put back.
    pub pulled: i64,
    /// The first event put back, if any.
    pub from_seq: Option<i64>,
    /// The last event put back, if any.
    pub to_seq: Option<i64>,
    /// Accounts that came back without a password (an administrator sets one).
    pub accounts_without_password: i64,
    /// Products, locations and partners added from their key alone (a rebuild only).
    pub added_by_key: i64,
    /// The state afterwards.
    pub state: SyncState,
    /// Why it stopped, when it did not end in step with the hub.
    pub message: Option<String>,
}

impl From<RestoreReport> for PulledBack {
    fn from(r: RestoreReport) -> PulledBack {
        PulledBack {
            pulled: r.pulled,
            from_seq: r.from_seq,
            to_seq: r.to_seq,
            accounts_without_password: r.accounts_without_password,
            added_by_key: r.added_by_key,
            state: r.state,
            message: r.message,
        }
    }
}

impl From<SyncReport> for PushFigures {
    fn from(r: SyncReport) -> PushFigures {
        PushFigures {
            sent: r.sent,
            stored: r.stored,
            batches: r.batches,
            acked_seq: r.acked_seq,
            state: r.state,
            message: r.message,
            restored: r.restored.map(PulledBack::from),
        }
    }
}

/// What a push came to, and where the site stands after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SyncPushed {
    /// The push's figures.
    pub push: PushFigures,
    /// The status afterwards.
    pub status: SyncStatus,
}

/// What a pull came to, and where the site stands after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncPulled {
    /// The pull's figures.
    pub pull: PullReport,
    /// The status afterwards.
    pub status: SyncStatus,
}

/// A push then a pull, and where the site stands after both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncBoth {
    /// The push's figures.
    pub push: PushFigures,
    /// What sending the outcomes of network recalls kept beside the ledger came to (both
    /// pushes).
    pub outcomes: OutcomesReport,
    /// The pull's figures.
    pub pull: PullReport,
    /// The status afterwards.
    pub status: SyncStatus,
}

/// Enrols this site with the hub (administrators); a second enrolment only with `re_enrol`.
pub fn enrol(cx: &mut Cx<'_>, request: SyncEnrol) -> Result<SyncStatus> {
    let me = cx.me()?;
    let now = cx.now()?;
    custody_sync_client::enrol_site(
        cx.store(),
        me,
        &request.hub,
        request.code.trim(),
        request.re_enrol,
        now,
    )
    .map_err(|e| match e {
        // The code is this site's to check: say which site this database is.
        ClientError::Refused { ref refusal, .. } if refusal.code() == "bad_enrolment_code" => {
            match cx.store().site() {
                Ok(Some(site)) => ApiError::field(
                    "sync.enrolment_code_refused",
                    "code",
                    args([("site", Value::from(site.code))]),
                ),
                _ => client_error(e),
            }
        }
        e => client_error(e),
    })
}

/// Pushes everything waiting. Being offline, a fork or another refusal are answers, recorded
/// and reported in the status, not errors.
pub fn push(cx: &mut Cx<'_>) -> Result<SyncPushed> {
    let me = cx.me()?;
    let now = cx.now()?;
    let push = custody_sync_client::sync_once(cx.store(), me, now).map_err(client_error)?;
    let status = cx.store().sync_status(me)?;
    Ok(SyncPushed {
        push: push.into(),
        status,
    })
}

/// [`status`] as the operation list calls it (no request).
pub fn status_op(cx: &mut Cx<'_>, _: ()) -> Result<SyncStatus> {
    status(cx)
}

/// What the status bar's "Sync now" came to: the push, the network recalls the pull entered,
/// the hub's open alarms afterwards, and where the site stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SyncNowDone {
    /// The push's figures (both pushes, when the pull's recalls held stock).
    pub push: PushFigures,
    /// The network recalls the pull entered or linked.
    pub recalls: Vec<RecallReceived>,
    /// The hub's open counterfeit alarms about this site's packs, after the pull.
    pub alarms: Vec<HubAlarm>,
    /// The status afterwards.
    pub status: SyncStatus,
}

/// [`push_then_pull`] as the operation list calls it: the status bar's "Sync now" does what
/// `custody sync now` and the background agent do, so a person who asks hears of a network
/// recall or an alarm at once, not at the agent's next round.
pub fn now_op(cx: &mut Cx<'_>, _: ()) -> Result<SyncNowDone> {
    let both = push_then_pull(cx)?;
    let me = cx.me()?;
    let alarms = cx.store().hub_alarms(me, false)?;
    Ok(SyncNowDone {
        push: both.push,
        recalls: both.pull.applied.recalls,
        alarms,
        status: both.status,
    })
}

/// Pulls everything the hub has for this site (master data, alarms). Being offline or refused
/// is an answer, recorded and reported, not an error.
pub fn pull(cx: &mut Cx<'_>) -> Result<SyncPulled> {
    let me = cx.me()?;
    let now = cx.now()?;
    let pull = custody_sync_client::pull_once(cx.store(), me, now).map_err(client_error)?;
    let status = cx.store().sync_status(me)?;
    Ok(SyncPulled { pull, status })
}

/// Pushes what is waiting (the events, then the outcomes of network recalls kept beside the
/// ledger), then pulls: what `custody sync now` runs. The pull
/// runs even when the push stopped (a site offline for pushes is offline for pulls too, and
/// says so; a forked site still hears of alarms). A network recall the pull entered (or extended
/// with the lots the hub added) holds stock on the ledger, so a push that went through pushes again: the hub sees the holds at once.
pub fn push_then_pull(cx: &mut Cx<'_>) -> Result<SyncBoth> {
    let me = cx.me()?;
    let now = cx.now()?;
    let first = custody_sync_client::sync_once(cx.store(), me, now).map_err(client_error)?;
    let pull = custody_sync_client::pull_once(cx.store(), me, now).map_err(client_error)?;
    // A recall entered or widened holds stock; one linked to the site's own makes its earlier
    // outcomes the network's: either way the second push carries them.
    let received = !pull.applied.recalls.is_empty() || !pull.applied.extended.is_empty();
    let push = if received && first.state == SyncState::Ok {
        let again = custody_sync_client::sync_once(cx.store(), me, now).map_err(client_error)?;
        let outcomes = OutcomesReport {
            sent: first.outcomes.sent + again.outcomes.sent,
            stored: first.outcomes.stored + again.outcomes.stored,
            refused: first.outcomes.refused + again.outcomes.refused,
            message: again.outcomes.message.clone(),
        };
        SyncReport {
            sent: first.sent + again.sent,
            stored: first.stored + again.stored,
            batches: first.batches + again.batches,
            // What the first push pulled back is what this sync pulled back.
            restored: first.restored.or(again.restored),
            outcomes,
            ..again
        }
    } else {
        first
    };
    let status = cx.store().sync_status(me)?;
    Ok(SyncBoth {
        outcomes: push.outcomes.clone(),
        push: push.into(),
        pull,
        status,
    })
}

/// A recall entered at this site, to share with the hospital network.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ShareRecall {
    /// The recall's number.
    pub number: String,
}

/// What sharing a recall with the network came to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RecallShared {
    /// The recall's number.
    pub number: String,
    /// The hub's number for the network recall.
    pub hub_id: i64,
    /// The hub had it already (shared before, or entered at the hub): nothing new was entered.
    pub existed: bool,
    /// Who entered it at the hub (`site CODE`, or the hub's QA officer).
    pub entered_by: String,
}

/// Shares a recall this site entered itself with the hospital network (QA officers and
/// administrators): every site using the product receives it on its next pull and holds its
/// stock; this one links it to its own by number.
pub fn share_recall(cx: &mut Cx<'_>, request: ShareRecall) -> Result<RecallShared> {
    let me = cx.me()?;
    let reply = custody_sync_client::share_recall(cx.store(), me, request.number.trim())
        .map_err(client_error)?;
    Ok(RecallShared {
        number: reply.recall.number,
        hub_id: reply.recall.id,
        existed: reply.existed,
        entered_by: reply.recall.entered_by,
    })
}

/// What pulling the site's own events back came to, and where the site stands after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncRestored {
    /// What was pulled back.
    pub restore: PulledBack,
    /// The status afterwards.
    pub status: SyncStatus,
}

/// Pulls back the site's own events the hub holds past the end of its ledger (a site restored
/// from an old backup). Being offline or a fork are answers, as for a push; a page the file
/// cannot take (a key it lacks) is refused with its code, nothing of it written.
pub fn restore(cx: &mut Cx<'_>) -> Result<SyncRestored> {
    let me = cx.me()?;
    let now = cx.now()?;
    let restore = custody_sync_client::restore_once(cx.store(), me, now).map_err(client_error)?;
    let status = cx.store().sync_status(me)?;
    Ok(SyncRestored {
        restore: restore.into(),
        status,
    })
}

/// The hub's counterfeit alarms about this site's packs: the open ones, or all with `all`.
pub fn alarms(cx: &mut Cx<'_>, all: bool) -> Result<Vec<HubAlarm>> {
    let me = cx.me()?;
    Ok(cx.store().hub_alarms(me, all)?)
}

/// A lost site rebuilt from the hub into a new database: the site and the administrator who
/// rebuilds it, as `init` takes them (`demo` is not read; the username as the site's ledger names
/// an active administrator), and the one-time code the hub's administrator issued for the site.
#[derive(Debug, Clone)]
pub struct SyncRebuild {
    /// The new database's site and administrator.
    pub first_run: FirstRun,
    /// The hub's address.
    pub hub: String,
    /// The one-time enrolment code for the site.
    pub code: String,
}

/// What a rebuild came to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncRebuilt {
    /// The site.
    pub site: Site,
    /// Its first administrator.
    pub admin: User,
    /// The chain pulled back.
    pub restore: PulledBack,
    /// The status afterwards.
    pub status: SyncStatus,
}

/// Rebuilds a lost site from the hub into this new database: sets it up, enrols it with the
/// one-time code (a new key and token) and pulls its whole chain back, every hash recomputed.
/// A rebuild that does not end in step with the hub (the network lost on the way, a fork) is
/// refused with `sync.rebuild_incomplete`, so the caller can take the file away.
pub fn rebuild(cx: &mut Cx<'_>, request: SyncRebuild) -> Result<SyncRebuilt> {
    let f = request.first_run;
    if f.password != f.password_again {
        return Err(ApiError::field(
            "auth.passwords_differ",
            "password_again",
            Default::default(),
        ));
    }
    let now = cx.now()?;
    let (site, admin) = cx.store().set_up_for_rebuild(
        f.site_code.trim(),
        f.site_name.trim(),
        f.admin.trim(),
        f.admin_name.trim(),
        &f.password,
        now,
    )?;
    let restore = custody_sync_client::rebuild_site(
        cx.store(),
        &admin,
        &request.hub,
        request.code.trim(),
        now,
    )
    .map_err(client_error)?;
    if restore.state != SyncState::Ok {
        let why = restore.message.clone().unwrap_or_default();
        return Err(ApiError::new(
            "sync.rebuild_incomplete",
            args([("message", Value::from(why))]),
        ));
    }
    let status = cx.store().sync_status(&admin)?;
    Ok(SyncRebuilt {
        site,
        admin,
        restore: restore.into(),
        status,
    })
}

/// Where the site stands with the hub.
pub fn status(cx: &mut Cx<'_>) -> Result<SyncStatus> {
    let me = cx.me()?;
    Ok(cx.store().sync_status(me)?)
}

/// The client's failure as a refusal with its code: what and where.
pub(crate) fn client_error(e: ClientError) -> ApiError {
    let message = e.to_string();
    match e {
        ClientError::Core(e) => e.into(),
        ClientError::BadAddress { hub } => ApiError::field(
            "sync.bad_hub_address",
            "hub",
            args([("hub", Value::from(hub))]),
        ),
        ClientError::Network { url, detail, .. } => ApiError::new(
            "sync.hub_unreachable",
            args([("url", Value::from(url)), ("detail", Value::from(detail))]),
        ),
        ClientError::Refused { url, refusal, .. } => ApiError::new(
            "sync.hub_refused",
            args([
                ("url", Value::from(url)),
                ("code", Value::from(refusal.code())),
                ("detail", Value::from(refusal.to_string())),
            ]),
        ),
        ClientError::Unexpected {
            url,
            status,
            detail,
            ..
        } => ApiError::new(
            "sync.hub_answer",
            args([
                ("url", Value::from(url)),
                ("status", Value::from(status)),
                ("detail", Value::from(detail)),
            ]),
        ),
        ClientError::Untrusted { url, detail, .. } => ApiError::new(
            "sync.hub_untrusted",
            args([("url", Value::from(url)), ("detail", Value::from(detail))]),
        ),
        ClientError::BadCa { path, why } => ApiError::new(
            "sync.hub_ca_unusable",
            args([("path", Value::from(path)), ("why", Value::from(why))]),
        ),
        ClientError::Key(detail) => {
            ApiError::new("sync.key_not_made", args([("detail", Value::from(detail))]))
        }
        ClientError::Chain { .. } => {
            ApiError::new("api.internal", args([("reason", Value::from(message))]))
        }
    }
}
