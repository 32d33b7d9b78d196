//! A pull of everything the hub has for this site, page after page: each page is asked for with
//! nothing locked, then applied in one short transaction of core's `sync` module together with
//! the cursor it ends at. A network failure or a refusal ends the pull where the last applied
//! page left it (recorded as the status), so a reply lost on the way costs that page again and
//! nothing is applied twice.

use custody_core::sync::{FeedApplied, SyncState};
use custody_core::{Store, Timestamp, User};
use custody_sync_protocol::{Refusal, MAX_FEED_PAGE};
use serde::Serialize;

use crate::hub::FeedApi;
use crate::{ClientError, Hub, DEFAULT_TIMEOUT};

/// At most this many pages in one pull: a feed that never ends is the hub's fault, not a
/// reason to pull for ever.
const MAX_PAGES: i64 = 10_000;

/// What one pull came to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PullReport {
    /// Pages applied.
    pub pages: i64,
    /// What they changed at the site.
    pub applied: FeedApplied,
    /// The pull cursor afterwards.
    pub cursor: i64,
    /// The state afterwards.
    pub state: SyncState,
    /// Why the pull stopped early, in words.
    pub message: Option<String>,
}

/// Pulls everything waiting from the site's hub.
pub fn pull_once(
    store: &mut Store,
    actor: &User,
    now: Timestamp,
) -> Result<PullReport, ClientError> {
    let credentials = store.sync_credentials(actor)?;
    let hub = Hub::new(&credentials.hub, Some(credentials.token), DEFAULT_TIMEOUT)?;
    pull_all(store, actor, &hub, now)
}

/// [`pull_once`] with the hub given.
pub fn pull_all(
    store: &mut Store,
    actor: &User,
    hub: &impl FeedApi,
    now: Timestamp,
) -> Result<PullReport, ClientError> {
    let credentials = store.sync_credentials(actor)?;
    let (site, hub_address) = (credentials.site, credentials.hub);
    let mut after = store.pull_cursor(actor)?;
    let mut report = PullReport {
        pages: 0,
        applied: FeedApplied::default(),
        cursor: after,
        state: store.sync_status(actor)?.state,
        message: None,
    };
    while report.pages < MAX_PAGES {
        let page = match hub.feed(&site, after, MAX_FEED_PAGE) {
            Ok(page) => page,
            Err(e @ ClientError::Network { .. }) => {
                store.record_offline(actor, &e.to_string(), now)?;
                report.message = Some(e.to_string());
                break;
            }
            Err(ClientError::Refused { refusal, .. }) => {
                let state = match refusal {
                    Refusal::Suspended { .. } => SyncState::Suspended,
                    _ => SyncState::Refused,
                };
                let message = refusal.to_string();
                // A fork or a suspension recorded by a push stays what the status says.
                if !report.state.is_stopped() {
                    store.record_refusal(actor, state, refusal.code(), &message)?;
                }
                report.message = Some(message);
                break;
            }
            Err(e) => return Err(e),
        };
        let applied = match store.apply_feed_page(actor, after, &page, now) {
            Ok(applied) => applied,
            // A change the site cannot take holds the feed up until the hub corrects it: the
            // status says so, naming the hub, the change and why, rather than "ok".
            Err(e) if e.code() == "sync.feed_invalid" => {
                let message = format!("the feed from {hub_address} is stuck: {e}");
                if !report.state.is_stopped() {
                    store.record_refusal(actor, SyncState::Refused, e.code(), &message)?;
                }
                report.message = Some(message);
                break;
            }
            Err(e) => return Err(e.into()),
        };
        report.applied.add(applied);
        report.pages += 1;
        after = page.next_cursor;
        if !page.more {
            break;
        }
    }
    report.cursor = store.pull_cursor(actor)?;
    report.state = store.sync_status(actor)?.state;
    Ok(report)
}
