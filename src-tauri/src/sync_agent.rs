//! The background sync agent: while the app runs, a thread with a connection of its own does
//! what `custody sync now` does, as `custody:sync` — pushes the ledger to the hub, pulls what the
//! hub sends (the network's products and partners, network recalls, the counterfeit alarms about
//! this site's packs), and pushes again the holds a network recall recorded — and tells the
//! window each time where the site stands changes (`sync-status`) and each time the hub's open
//! alarms change (`hub-alarms`).
//!
//! It looks every couple of seconds (one row and the ledger's last position: cheap) and syncs
//! when events wait, so a scan reaches the hub a few seconds after it was recorded, and at least
//! once a minute otherwise, so what the hub sends arrives within a minute, with nothing on the
//! scan path knowing of it. While the hub cannot be reached it tries again after 5 s, then 10 s,
//! doubling up to 5 minutes, and from 5 s again after any success (the person's "Sync now"
//! included): a hub back after a night is tried within minutes without a disconnected clinic
//! calling a dead address every few seconds. A fork or a suspension is never retried: a person
//! resolves it. A stand-alone site (never enrolled) costs one look every few seconds and sends
//! nothing.
//!
//! Until a sync has ended in step with the hub since the app started, the agent tries at each
//! look the backoff allows, even when nothing waits: a file restored from an old backup is behind
//! the hub with nothing to send, and its push pulls its own events back before a scan records a
//! new one there (which would be a fork).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use custody_api::{jobs, Host};
use custody_core::sync::{HubAlarm, SyncState, SyncStatus};
use tauri::Emitter;

/// How often the agent looks whether events wait.
const LOOK_EVERY: Duration = Duration::from_secs(2);
/// The longest the agent goes without a pull while the hub answers.
pub const PULL_EVERY: Duration = Duration::from_secs(60);
/// The first wait after a failed push.
pub const FIRST_RETRY: Duration = Duration::from_secs(5);
/// The longest wait between tries while the hub stays unreachable.
pub const LONGEST_RETRY: Duration = Duration::from_secs(300);

/// The event the window hears when the status changes; its payload is the [`SyncStatus`].
pub const SYNC_EVENT: &str = "sync-status";
/// The event the window hears when the hub's open alarms about this site's packs change; its
/// payload is the list, as the `sync_alarms` operation gives it.
pub const ALARMS_EVENT: &str = "hub-alarms";

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

/// Whether the agent syncs now, given where the site stands, whether a sync ended `in_step` with
/// the hub since the app started, and when it last pulled: only an enrolled site, once the
/// backoff allows, when events wait, when it is not yet in step (a push with nothing waiting
/// compares the hub's head and pulls back what the site lacks), or when the last pull is
/// [`PULL_EVERY`] old (or there was none). A site stopped by a fork or a suspension pushes
/// nothing until a person resolves it (its push ends at once, without the network), but still
/// pulls every [`PULL_EVERY`]: a network recall or an alarm about its packs must reach it most.
pub fn should_sync(
    status: &SyncStatus,
    in_step: bool,
    backoff: &Backoff,
    last_pull: Option<Instant>,
    now: Instant,
) -> bool {
    let pull_due = last_pull.is_none_or(|t| now >= t + PULL_EVERY);
    match status.state {
        SyncState::NotEnrolled => false,
        stopped if stopped.is_stopped() => pull_due,
        _ => backoff.due(now) && (status.waiting > 0 || !in_step || pull_due),
    }
}

/// What the agent remembers between looks.
#[derive(Default)]
struct Agent {
    backoff: Backoff,
    /// A sync ended in step with the hub since the app started.
    in_step: bool,
    last_pull: Option<Instant>,
    /// The status and the open alarms as the window was last told them.
    shown: Option<SyncStatus>,
    alarms: Option<Vec<HubAlarm>>,
}

/// Runs the agent on `host` (a connection of its own) until `stop` is set, telling the window of
/// each change of status and of the open alarms. It runs behind the window
/// ([`crate::background::behind_the_window`]): a month's backlog read, signed and acknowledged
/// batch after batch took the second core from the scans it was recorded by.
pub(crate) fn run(app: tauri::AppHandle, mut host: Host, stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        crate::background::behind_the_window();
        let mut agent = Agent::default();
        let mut said = None;
        while !stop.load(Ordering::Relaxed) {
            match agent.look(&mut host) {
                Ok((status, alarms)) => {
                    said = None;
                    if agent.shown.as_ref() != Some(&status) {
                        let _ = app.emit(SYNC_EVENT, &status);
                        agent.shown = Some(status);
                    }
                    if let Some(alarms) = alarms.filter(|a| agent.alarms.as_ref() != Some(a)) {
                        let _ = app.emit(ALARMS_EVENT, &alarms);
                        agent.alarms = Some(alarms);
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

impl Agent {
    /// One look: the status, and a sync when one is due; the status as it stands afterwards,
    /// and the open alarms after a sync.
    fn look(
        &mut self,
        host: &mut Host,
    ) -> Result<(SyncStatus, Option<Vec<HubAlarm>>), custody_api::ApiError> {
        let status = jobs::sync_status(host)?;
        // A success by someone else (the person's "Sync now") ends the wait.
        if status.state == SyncState::Ok {
            self.backoff = Backoff::default();
        }
        let now = Instant::now();
        if !should_sync(&status, self.in_step, &self.backoff, self.last_pull, now) {
            return Ok((status, None));
        }
        self.last_pull = Some(now);
        let status = match jobs::sync_now(host) {
            Ok(both) => both.status,
            Err(e) => {
                // An answer that is not the protocol was recorded as refused: wait as when offline.
                self.backoff.after(SyncState::Refused, Instant::now());
                return Err(e);
            }
        };
        self.backoff.after(status.state, Instant::now());
        self.in_step |= status.state == SyncState::Ok;
        Ok((status, Some(jobs::hub_alarms(host)?)))
    }
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

    /// [`should_sync`] for a site already in step with the hub.
    fn should_sync_t(
        status: &SyncStatus,
        backoff: &Backoff,
        last_pull: Option<Instant>,
        now: Instant,
    ) -> bool {
        should_sync(status, true, backoff, last_pull, now)
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
    fn an_enrolled_site_syncs_when_events_wait_or_the_last_pull_is_old_and_a_stopped_one_only_pulls(
    ) {
        let now = Instant::now();
        let free = Backoff::default();
        let just = Some(now);
        assert!(
            should_sync_t(&status(SyncState::Ok, 3), &free, just, now),
            "events wait"
        );
        assert!(
            should_sync_t(&status(SyncState::Offline, 3), &free, just, now),
            "offline is tried again once the wait ran out"
        );
        assert!(
            !should_sync_t(&status(SyncState::Ok, 0), &free, just, now),
            "nothing waits and the hub was asked just now"
        );
        assert!(
            should_sync_t(&status(SyncState::Ok, 0), &free, None, now),
            "the first look after the app started asks the hub what it has"
        );
        assert!(
            !should_sync_t(&status(SyncState::Ok, 0), &free, just, now + PULL_EVERY / 2),
            "within the minute nothing is asked again"
        );
        assert!(
            should_sync_t(&status(SyncState::Ok, 0), &free, just, now + PULL_EVERY),
            "a minute after the last pull the hub is asked again, nothing waiting"
        );
        assert!(
            !should_sync_t(&status(SyncState::NotEnrolled, 3), &free, None, now),
            "a stand-alone site has no hub"
        );
        for stopped in [SyncState::Fork, SyncState::Suspended] {
            assert!(
                !should_sync_t(&status(stopped, 3), &free, just, now),
                "{stopped:?} waits for a person: events waiting do not start a sync"
            );
            assert!(
                should_sync_t(&status(stopped, 3), &free, just, now + PULL_EVERY),
                "{stopped:?} still pulls the hub's recalls and alarms every minute"
            );
        }
        assert!(
            should_sync(&status(SyncState::Ok, 0), false, &free, just, now),
            "nothing waits and the hub was asked just now, but not in step since the app started: \
             a restored file may be behind it"
        );
        let mut waiting = Backoff::default();
        waiting.after(SyncState::Offline, now);
        assert!(
            !should_sync_t(&status(SyncState::Offline, 3), &waiting, None, now),
            "within the backoff the agent does not call the hub"
        );
    }
}
