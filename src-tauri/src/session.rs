//! Who is signed in at this workstation (the api's [`custody_api::Session`] that sign-in made),
//! when that session goes idle, and which commands the window may call before anyone has signed
//! in.
//!
//! The shell decides, not the window: the UI's idle timer is a courtesy that returns to the
//! sign-in screen on time, but a window that stops counting (a stuck timer, a script calling the
//! commands directly) still meets a signed-out answer from here once the idle minutes have passed.

use std::time::{Duration, Instant, SystemTime};

use custody_api::error::args;
use custody_api::ApiError;
use serde_json::Value;

/// The shell's commands answered before anyone signs in: what the sign-in screen needs (the
/// site's name, signing in and out) and the first run of a new database (choosing its folder,
/// starting again). Every other command refuses with "signed out". The operations callable then
/// (the quick-switch list, setting up the database) are the api's public ones.
///
/// Keep this list short: each name here is callable by anyone at the workstation. The one
/// generic command, [`CALL`], is not on it: its gate is per operation (see [`admit_operation`]).
pub const BEFORE_SIGN_IN: &[&str] = &[
    "app_info",
    "sign_in",
    "sign_out",
    "choose_database",
    "restart",
];

/// The generic command that runs any operation of custody-api's list by name. The command gate
/// lets it through; [`admit_operation`] then decides by the operation's own access.
pub const CALL: &str = "call";

/// A moment on two clocks. The idle time counts on both and the larger wins: the monotonic clock
/// cannot be turned back to stretch a session, and the wall clock keeps counting while the
/// computer sleeps, which the monotonic clock does not on Linux. A wall clock stepped forward can
/// only end a session early, the safe side of the mistake.
#[derive(Debug, Clone, Copy)]
pub struct Moment {
    /// The monotonic clock.
    pub monotonic: Instant,
    /// The wall clock.
    pub wall: SystemTime,
}

impl Moment {
    /// Now, on both clocks.
    pub fn now() -> Moment {
        Moment {
            monotonic: Instant::now(),
            wall: SystemTime::now(),
        }
    }

    /// This moment `by` later on both clocks (tests step the clock with it).
    pub fn after(self, by: Duration) -> Moment {
        Moment {
            monotonic: self.monotonic + by,
            wall: self.wall + by,
        }
    }

    /// How long since `earlier`, the larger of the two clocks' answers.
    fn since(self, earlier: Moment) -> Duration {
        let monotonic = self.monotonic.saturating_duration_since(earlier.monotonic);
        let wall = self.wall.duration_since(earlier.wall).unwrap_or_default();
        monotonic.max(wall)
    }
}

/// Why a command has no one to act for. The UI recognises the `session.signed_out` code of both
/// and returns to the sign-in screen with the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignedOut {
    /// Nobody has signed in since the window opened (or since the last sign-out).
    NotSignedIn,
    /// The session went `minutes` without a command and was closed.
    Idle { minutes: u32 },
}

impl SignedOut {
    /// The sentence the sign-in screen shows.
    pub fn message(&self) -> String {
        self.refusal().message
    }

    /// The refusal the window receives: `session.signed_out` with `reason` (`idle` or
    /// `not_signed_in`) and `minutes` (the idle minutes, when idle).
    pub fn refusal(&self) -> ApiError {
        let (reason, minutes) = match self {
            SignedOut::NotSignedIn => ("not_signed_in", 0),
            SignedOut::Idle { minutes } => ("idle", *minutes),
        };
        ApiError::new(
            "session.signed_out",
            args([
                ("reason", Value::from(reason)),
                ("minutes", Value::from(minutes)),
            ]),
        )
    }
}

/// The one session of the workstation.
#[derive(Debug)]
pub struct Session {
    current: Option<(custody_api::Session, Moment)>,
    idle_minutes: u32,
}

impl Session {
    /// No one signed in; a session will close after `idle_minutes` without a command.
    pub fn new(idle_minutes: u32) -> Session {
        Session {
            current: None,
            idle_minutes,
        }
    }

    /// Minutes without a command before the session closes.
    pub fn idle_minutes(&self) -> u32 {
        self.idle_minutes
    }

    /// The person of `session` signs in at `now` (replacing whoever was signed in).
    pub fn sign_in(&mut self, session: custody_api::Session, now: Moment) {
        self.current = Some((session, now));
    }

    /// Nobody is signed in any more.
    pub fn sign_out(&mut self) {
        self.current = None;
    }

    /// Who a command at `now` acts for. The command counts as activity, so the idle time starts
    /// again; a session idle for the full minutes (exactly as many counts) is closed instead,
    /// and stays closed.
    pub fn command(&mut self, now: Moment) -> Result<custody_api::Session, SignedOut> {
        self.expire(now)?;
        let (session, last) = self.current.as_mut().ok_or(SignedOut::NotSignedIn)?;
        // A moment earlier than the last command (two commands racing for the lock) must not
        // move the last command back and so lengthen the session.
        if now.since(*last) > Duration::ZERO {
            *last = now;
        }
        Ok(session.clone())
    }

    /// Who is signed in at `now`, without counting as activity: the window asks this every
    /// second while the start-up check runs, and that must not keep a session open.
    pub fn signed_in(&mut self, now: Moment) -> Option<custody_api::Session> {
        self.expire(now).ok()?;
        self.current.as_ref().map(|(session, _)| session.clone())
    }

    /// Closes the session if it has been idle for the full minutes at `now`.
    fn expire(&mut self, now: Moment) -> Result<(), SignedOut> {
        let limit = Duration::from_secs(u64::from(self.idle_minutes) * 60);
        match &self.current {
            Some((_, last)) if now.since(*last) >= limit => {
                self.current = None;
                Err(SignedOut::Idle {
                    minutes: self.idle_minutes,
                })
            }
            _ => Ok(()),
        }
    }
}

/// Whether `command` may run at `now`: a command on [`BEFORE_SIGN_IN`] always may (and does not
/// count as activity); any other needs a live session, and counts as activity in it.
/// [`CALL`] is let through here: its operation is gated by [`admit_operation`].
pub fn admit(command: &str, session: &mut Session, now: Moment) -> Result<(), SignedOut> {
    if BEFORE_SIGN_IN.contains(&command) || command == CALL {
        return Ok(());
    }
    session.command(now).map(drop)
}

/// The session the operation `name` runs with at `now`: none for a public operation (the sign-in
/// screen's and the first run's, which do not count as activity), else the live session, counted
/// as activity. An operation the list does not have is refused as unknown (`api.unknown_operation`)
/// before anything else, so a misspelt name is never mistaken for a sign-out.
pub fn admit_operation(
    name: &str,
    session: &mut Session,
    now: Moment,
) -> Result<
    (
        &'static custody_api::ops::Operation,
        Option<custody_api::Session>,
    ),
    ApiError,
> {
    let operation = custody_api::ops::operation(name).ok_or_else(|| {
        ApiError::new(
            "api.unknown_operation",
            args([("operation", Value::from(name))]),
        )
    })?;
    match operation.access {
        custody_api::ops::Access::Public => Ok((operation, session.signed_in(now))),
        custody_api::ops::Access::SignedIn => session
            .command(now)
            .map(|s| (operation, Some(s)))
            .map_err(|why| why.refusal()),
    }
}
