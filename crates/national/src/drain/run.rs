//! The drainer in the background: a tokio task that runs a pass ([`drain_once`]) when a
//! request is due, when nudged (a new request queued, the network back), or every `idle` at
//! the latest, until stopped; a pass whose storage failed is tried again after a while. Each pass runs on a blocking thread (the clients block), with the
//! outbox locked for the pass only.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::{watch, Notify};
use tokio::task::JoinHandle;

use super::{drain_once, NationalSystem, Outbox, Policy, Report};

/// Told what each pass did, and when it ran (the app shows when the drainer last sent).
pub type Observer = Arc<dyn Fn(&Report, DateTime<Utc>) + Send + Sync>;

/// Where the time comes from: the wall clock, or a test's.
pub trait Clock: Send + Sync {
    /// Now.
    fn now(&self) -> DateTime<Utc>;
}

/// The wall clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock a test sets.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<Mutex<DateTime<Utc>>>);

impl ManualClock {
    /// A clock at `now`.
    pub fn new(now: DateTime<Utc>) -> ManualClock {
        ManualClock(Arc::new(Mutex::new(now)))
    }

    /// Moves it on.
    pub fn advance(&self, by: chrono::Duration) {
        let mut t = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        *t += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The wait after the outbox's storage failed, before the next pass.
const OUTBOX_RETRY: Duration = Duration::from_secs(30);

/// Why the background drainer stopped on its own (a failure of the outbox's storage does not
/// stop it: it is said and the pass tried again).
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The outbox's storage failed.
    #[error("the outbox failed: {0}")]
    Outbox(String),
    /// A pass panicked.
    #[error("a drain pass panicked: {0}")]
    Panicked(String),
}

/// A running drainer.
#[derive(Debug)]
pub struct Running {
    stop: watch::Sender<bool>,
    nudge: Arc<Notify>,
    task: JoinHandle<Result<(), RunError>>,
}

impl Running {
    /// Runs a pass now (after the one under way, if any).
    pub fn nudge(&self) {
        self.nudge.notify_one();
    }

    /// Whether the drainer has ended on its own (a pass panicked): its keeper starts another.
    pub fn is_finished(&self) -> bool {
        self.task.is_finished()
    }

    /// Stops after the pass under way, if any, and says whether it had stopped on an error.
    pub async fn stop(self) -> Result<(), RunError> {
        // A drainer already ended has dropped its receiver; its own result says why.
        let _ = self.stop.send(true);
        self.task
            .await
            .map_err(|e| RunError::Panicked(e.to_string()))?
    }
}

/// Starts draining `outbox` into `system` in the background (inside a tokio runtime), a pass
/// at least every `idle`.
pub fn spawn<O, S>(
    outbox: Arc<Mutex<O>>,
    system: Arc<S>,
    policy: Policy,
    clock: Arc<dyn Clock>,
    idle: Duration,
) -> Running
where
    O: Outbox + Send + 'static,
    S: NationalSystem + Send + Sync + 'static,
{
    spawn_observed(outbox, system, (policy, idle), clock, Arc::new(|_, _| {}))
}

/// [`spawn`], `observer` told what each pass did.
pub fn spawn_observed<O, S>(
    outbox: Arc<Mutex<O>>,
    system: Arc<S>,
    (policy, idle): (Policy, Duration),
    clock: Arc<dyn Clock>,
    observer: Observer,
) -> Running
where
    O: Outbox + Send + 'static,
    S: NationalSystem + Send + Sync + 'static,
{
    let (stop, stopped) = watch::channel(false);
    let nudge = Arc::new(Notify::new());
    let task = tokio::spawn(drain_loop(
        outbox,
        system,
        (policy, idle),
        (clock, observer),
        (stopped, nudge.clone()),
    ));
    Running { stop, nudge, task }
}

async fn drain_loop<O, S>(
    outbox: Arc<Mutex<O>>,
    system: Arc<S>,
    (policy, idle): (Policy, Duration),
    (clock, observer): (Arc<dyn Clock>, Observer),
    (mut stopped, nudge): (watch::Receiver<bool>, Arc<Notify>),
) -> Result<(), RunError>
where
    O: Outbox + Send + 'static,
    S: NationalSystem + Send + Sync + 'static,
{
    loop {
        if *stopped.borrow() {
            return Ok(());
        }
        let (o, s, c, p, seen) = (
            outbox.clone(),
            system.clone(),
            clock.clone(),
            policy.clone(),
            observer.clone(),
        );
        let pass = tokio::task::spawn_blocking(move || {
            let mut o = o.lock().unwrap_or_else(PoisonError::into_inner);
            let now = c.now();
            let report =
                drain_once(&mut *o, &*s, now, &p).map_err(|e| RunError::Outbox(e.to_string()))?;
            seen(&report, now);
            o.next_due().map_err(|e| RunError::Outbox(e.to_string()))
        })
        .await
        .map_err(|e| RunError::Panicked(e.to_string()))?;
        let wait = match pass {
            // A request already due (queued during the pass) is drained at once.
            Ok(next) => next.map_or(idle, |at| {
                (at - clock.now())
                    .to_std()
                    .unwrap_or(Duration::ZERO)
                    .min(idle)
            }),
            // The storage failed (a database busy for long, a full disk): what was not recorded
            // is still waiting, so the drainer says so and tries again later; it never stops
            // while it holds the right to send.
            Err(e) => {
                eprintln!("custody: national verification: {e}; trying again shortly");
                idle.max(OUTBOX_RETRY)
            }
        };
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = nudge.notified() => {}
            changed = stopped.changed() => {
                if changed.is_err() || *stopped.borrow() {
                    return Ok(());
                }
            }
        }
    }
}
