//! National verification (issue #25) on the one contract: the site's choice of system and
//! moment, the queue as people see it (the status bar's figures, each state's requests, a
//! failed request tried again), and the drainer that works the queue as `custody:verification`
//! ([`run`], in the app's background [`Background`]), with the systems' addresses and
//! certificates from a file of the site's ([`config`]), never from the database; the drainer's
//! own state beside the queue's figures ([`drainer`]).

mod background;
pub mod config;
pub mod drainer;
mod outbox;
pub mod run;

use custody_core::national::{NationalSettings, NvsQueued, NvsShown, NvsSummary};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Cx, Result};

pub use background::Background;
pub use outbox::StoreOutbox;

use drainer::DrainerStatus;

/// The most requests the queue screen lists at once.
pub const MAX_LISTED: u32 = 500;

/// The site's choice: which national system, and when it checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NationalChoice {
    /// `EU-xx` or `US`; none: no national system.
    pub market: Option<String>,
    /// `off`, `at_dispense` (EU), `at_receipt` (US) or `decommission_at_receipt` (EU hospitals).
    pub check: String,
    /// How many hours a pack dispensed offline may wait for its decommission (1 to 240); none:
    /// as it is (24 until chosen).
    #[serde(default)]
    #[ts(optional)]
    pub window_hours: Option<u32>,
}

/// Which requests to list, and how many at most.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NationalQueueRequest {
    /// Waiting, done, alerts or failed.
    pub shown: NvsShown,
    /// At most this many, newest first (at most [`MAX_LISTED`]; none: that many).
    #[serde(default)]
    pub limit: Option<u32>,
}

/// A failed request to try again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NationalRetry {
    /// The failed request.
    pub id: i64,
}

/// The request queued in its place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NationalRetried {
    /// The new request's id.
    pub id: i64,
}

/// The site's national verification settings.
pub fn settings(cx: &mut Cx<'_>, _: ()) -> Result<NationalSettings> {
    cx.session()?;
    Ok(cx.store().national_settings()?)
}

/// Chooses the site's national system and when it checks (inventory managers,
/// administrators).
pub fn set_settings(cx: &mut Cx<'_>, choice: NationalChoice) -> Result<NationalSettings> {
    let (me, now) = (cx.me()?.clone(), cx.now()?);
    let market = crate::text(&choice.market);
    Ok(cx.store().set_national_settings(
        &me,
        market.as_deref(),
        choice.check.trim(),
        choice.window_hours,
        now,
    )?)
}

/// The status bar's figures and whether anything can leave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct NationalSummary {
    /// The queue's figures.
    #[serde(flatten)]
    pub queue: NvsSummary,
    /// The drainer's own state: the app's, or what a look from outside finds.
    pub drainer: DrainerStatus,
}

/// How many requests wait and since when, alerts and failures: the status bar's figures; and
/// whether the drainer can send them (the app's, else a look at the file and the lock).
pub fn summary(cx: &mut Cx<'_>, _: ()) -> Result<NationalSummary> {
    let (me, now) = (cx.me()?.clone(), cx.now()?);
    let queue = cx.store().nvs_summary(&me, now)?;
    let host = cx.host();
    let drainer = drainer::status(&host.national_drainer(), host.path());
    Ok(NationalSummary { queue, drainer })
}

/// The requests of one state, newest first.
pub fn queue(cx: &mut Cx<'_>, request: NationalQueueRequest) -> Result<Vec<NvsQueued>> {
    let me = cx.me()?.clone();
    let limit = request.limit.unwrap_or(MAX_LISTED).clamp(1, MAX_LISTED);
    Ok(cx.store().nvs_queue(&me, request.shown, limit)?)
}

/// Queues a failed request again (QA officers, managers, administrators).
pub fn retry(cx: &mut Cx<'_>, request: NationalRetry) -> Result<NationalRetried> {
    let (me, now) = (cx.me()?.clone(), cx.now()?);
    let id = cx.store().nvs_retry(&me, request.id, now)?;
    Ok(NationalRetried { id })
}
