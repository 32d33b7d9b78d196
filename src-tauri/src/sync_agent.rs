//! The background sync agent: while the app runs, a thread with a connection of its own pushes
//! the ledger to the hub as `custody:sync` whenever events wait, and tells the window
//! (`sync-status`) each time where the site stands changes.
//!
//! It looks every couple of seconds (one row and the ledger's last position: cheap), so a scan
//! reaches the hub a few seconds after it was recorded, with nothing on the scan path knowing of
//! it. While the hub cannot be reached it tries again after 5 s, then 10 s, doubling up to
//! 5 minutes, and from 5 s again after any success (the person's "Sync now" included): a hub
//! back after a night is tried within minutes without a disconnected clinic calling a dead
//! address every few seconds. A fork or a suspension is never retried: a person resolves it.
//! A stand-alone site (never enrolled) costs one look every few seconds and sends nothing.
//!
//! Once after the app starts, the agent asks the hub even when nothing waits: a file restored
//! from an old backup is behind the hub with nothing to send, and pulls its own events back
//! before a scan records a new one there (which would be a fork).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use custody_api::{jobs, Host};
use custody_core::sync::{SyncState, SyncStatus};
use tauri::Emitter;

/// How often the agent looks whether events wait.
const LOOK_EVERY: Duration = Duration::from_secs(2);
/// The first wait after a failed push.
pub const FIRST_RETRY: Duration = Duration::from_secs(5);
/// The longest wait between tries while the hub stays unreachable.
pub const LONGEST_RETRY: Duration = Duration::from_secs(300);

/// The event the window hears when the status changes; its payload is the [`SyncStatus`].
pub const SYNC_EVENT: &str = "sync-status";

/// When the agent may push next: the exponential backoff of a hub that cannot be reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backoff {
    delay: Duration,
    not_before: Option<Instant>,
}

impl Default for Backoff {
    fn default() -> Backoff {
        Backoff {
            delay: FIRST_RETRY,
            not_before: None,
        }
    }
}

impl Backoff {
    /// Whether a push may go now.
    pub fn due(&self, now: Instant) -> bool {
        self.not_before.is_none_or(|t| now >= t)
    }

    /// The wait before the next try, after a push that ended in `state` at `now`: none after
    /// success; the current delay (then doubled, up to [`LONGEST_RETRY`]) after being offline or
    /// refused. A fork or suspension is not retried at all, so it needs no wait.
    pub fn after(&mut self, state: SyncState, now: Instant) {
        match state {
            SyncState::Ok | SyncState::NotEnrolled => *self = Backoff::default(),
            SyncState::Offline | SyncState::Refused => {
                self.not_before = Some(now + self.delay);
                self.delay = (self.delay * 2).min(LONGEST_RETRY);
            }
            SyncState::Fork | SyncState::Suspended => {}
        }
    }

    /// The wait the next failure will start.
    pub fn delay(&self) -> Duration {
        self.delay
    }
}

/// Whether the agent pushes now, given where the site stands: only an enrolled site that is not
/// stopped (fork, suspended), with events waiting or not yet `in_step` with the hub since the
/// app started (a push with nothing waiting compares the hub's head and pulls back what the
/// site lacks), once the backoff allows.
pub fn should_push(status: &SyncStatus, in_step: bool, backoff: &Backoff, now: Instant) -> bool {
    status.state != SyncState::NotEnrolled
        && !status.state.is_stopped()
        && (status.waiting > 0 || !in_step)
        && backoff.due(now)
}

/// Runs the agent on `host` (a connection of its own) until `stop` is set, telling the window of
/// each change of status.
pub(crate) fn run(app: tauri::AppHandle, mut host: Host, stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        let mut shown: Option<SyncStatus> = None;
        let mut backoff = Backoff::default();
        let mut said = None;
        let mut in_step = false;
        while !stop.load(Ordering::Relaxed) {
            match look(&mut host, &mut in_step, &mut backoff) {
                Ok(status) => {
                    said = None;
                    if shown.as_ref() != Some(&status) {
                        let _ = app.emit(SYNC_EVENT, &status);
                        shown = Some(status);
                    }
                }
                Err(e) if said.as_ref() != Some(&e.code) => {
                    eprintln!("custody: the sync agent: {e}");
                    said = Some(e.code);
                }
                Err(_) => {}
            }
            std::thread::sleep(LOOK_EVERY);
        }
    });
}

/// One look: the status, and a push when one is due; the status as it stands afterwards.
/// `in_step` becomes true once a push ends in step with the hub.
fn look(
    host: &mut Host,
    in_step: &mut bool,
    backoff: &mut Backoff,
) -> Result<SyncStatus, custody_api::ApiError> {
    let status = jobs::sync_status(host)?;
    // A success by someone else (the person's "Sync now") ends the wait.
    if status.state == SyncState::Ok {
        *backoff = Backoff::default();
    }
    if !should_push(&status, *in_step, backoff, Instant::now()) {
        return Ok(status);
    }
    let pushed = jobs::sync_push(host);
    let status = match pushed {
        Ok(pushed) => pushed.status,
        Err(e) => {
            // An answer that is not the protocol was recorded as refused: wait as when offline.
            backoff.after(SyncState::Refused, Instant::now());
            return Err(e);
        }
    };
    backoff.after(status.state, Instant::now());
    *in_step |= status.state == SyncState::Ok;
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(state: SyncState, waiting: i64) -> SyncStatus {
        SyncStatus {
            state,
            hub: Some("https://hub.example".into()),
            site: "PH1".into(),
            enrolled_at: None,
            acked_seq: 0,
            last_seq: waiting,
            waiting,
            last_success_at: None,
            offline_since: None,
            refusal_code: None,
            message: None,
        }
    }

    #[test]
    fn the_wait_doubles_from_five_seconds_to_five_minutes_and_success_resets_it() {
        let t0 = Instant::now();
        let mut b = Backoff::default();
        let mut waits = vec![];
        for _ in 0..9 {
            waits.push(b.delay().as_secs());
            b.after(SyncState::Offline, t0);
        }
        assert_eq!(
            waits,
            vec![5, 10, 20, 40, 80, 160, 300, 300, 300],
            "each failure doubles the wait, never beyond five minutes"
        );
        assert!(
            !b.due(t0 + Duration::from_secs(299)),
            "while the wait runs nothing is sent"
        );
        assert!(b.due(t0 + LONGEST_RETRY), "once it ran out the agent tries");
        b.after(SyncState::Ok, t0);
        assert_eq!(
            (b.delay(), b.due(t0)),
            (FIRST_RETRY, true),
            "a success starts the backoff afresh"
        );
    }

    #[test]
    fn only_an_enrolled_running_site_with_events_waiting_pushes() {
        let now = Instant::now();
        let free = Backoff::default();
        assert!(
            should_push(&status(SyncState::Ok, 3), true, &free, now),
            "events wait"
        );
        assert!(
            should_push(&status(SyncState::Offline, 3), true, &free, now),
            "offline is tried again once the wait ran out"
        );
        assert!(
            !should_push(&status(SyncState::Ok, 0), true, &free, now),
            "nothing waits: nothing to send"
        );
        assert!(
            !should_push(&status(SyncState::NotEnrolled, 3), true, &free, now),
            "a stand-alone site has no hub"
        );
        for stopped in [SyncState::Fork, SyncState::Suspended] {
            assert!(
                !should_push(&status(stopped, 3), true, &free, now),
                "{stopped:?} waits for a person, never retried"
            );
        }
        assert!(
            should_push(&status(SyncState::Ok, 0), false, &free, now),
            "nothing waits, but the hub was not asked since the app started: a restored file may be behind it"
        );
        let mut waiting = Backoff::default();
        waiting.after(SyncState::Offline, now);
        assert!(
            !should_push(&status(SyncState::Offline, 3), true, &waiting, now),
            "within the backoff the agent does not call the hub"
        );
    }
}
