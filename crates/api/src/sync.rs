//! The site's side of the hospital network for a person: enrol the site with the hub
//! (administrators), push what is waiting, and see where the site stands. The network is
//! custody-sync-client's; these are typed functions rather than entries of the operation list
//! because a push crosses the network for as long as it takes, which the app will run in its
//! background agent rather than on the window's connection.

use custody_core::sync::SyncStatus;
use custody_sync_client::{ClientError, SyncReport};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{args, ApiError, Result};
use crate::Cx;

/// An enrolment asked for.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
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

/// What a push came to, and where the site stands after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncPushed {
    /// The push's figures.
    pub push: SyncReport,
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
    .map_err(client_error)
}

/// Pushes everything waiting. Being offline, a fork or another refusal are answers, recorded
/// and reported in the status, not errors.
pub fn push(cx: &mut Cx<'_>) -> Result<SyncPushed> {
    let me = cx.me()?;
    let now = cx.now()?;
    let push = custody_sync_client::sync_once(cx.store(), me, now).map_err(client_error)?;
    let status = cx.store().sync_status(me)?;
    Ok(SyncPushed { push, status })
}

/// Where the site stands with the hub.
pub fn status(cx: &mut Cx<'_>) -> Result<SyncStatus> {
    let me = cx.me()?;
    Ok(cx.store().sync_status(me)?)
}

/// The client's failure as a refusal with its code: what and where.
fn client_error(e: ClientError) -> ApiError {
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
        ClientError::Key(detail) => {
            ApiError::new("sync.key_not_made", args([("detail", Value::from(detail))]))
        }
        ClientError::Chain { .. } => {
            ApiError::new("api.internal", args([("reason", Value::from(message))]))
        }
    }
}
