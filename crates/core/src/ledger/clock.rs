//! The ledger's clock rules: how far a recorded time may fall behind the chain head, and the
//! late-entry window that bounds how far back a person may say something happened.

use rusqlite::OptionalExtension;

use crate::error::{CoreError, CoreResult};
use crate::model::{Timestamp, User};

/// How far a recorded time may fall behind the chain head before the append is refused: a
/// computer whose clock time synchronisation stepped back a little goes on recording (at the
/// head's time, so the chain never goes backwards), one turned back further is stopped.
pub const CLOCK_TOLERANCE: chrono::Duration = chrono::Duration::minutes(2);

/// The setting holding how many days back a person may say something happened.
pub const LATE_ENTRY_SETTING: &str = "ledger.late_entry_days";
/// The late-entry window of a new site, in days.
pub const DEFAULT_LATE_ENTRY_DAYS: i64 = 3;
/// The widest late-entry window a site may set, in days.
pub const MAX_LATE_ENTRY_DAYS: i64 = 31;

/// Whether an appender holds occurred times to the site's late-entry window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LateEntry {
    /// A person's use case: at most the window back (loaded when first needed).
    Window(Option<i64>),
    /// History written by core itself (the demo, benchmarks, tests, migrations).
    Unbounded,
}

/// Whether `occurred` may be recorded at `now`: never after it (beyond the clock tolerance),
/// and, given a window in days, not further back than that.
pub(super) fn occurred_within(
    occurred: Timestamp,
    now: Timestamp,
    window: Option<i64>,
) -> CoreResult<()> {
    if occurred.0 > now.0 + CLOCK_TOLERANCE {
        return Err(CoreError::refused("ledger.occurred_in_future")
            .field("occurred_at")
            .arg("occurred", occurred.to_string())
            .arg("now", now.to_string()));
    }
    if let Some(days) = window {
        if occurred.0 < now.0 - chrono::Duration::days(days) - CLOCK_TOLERANCE {
            return Err(CoreError::refused("ledger.occurred_too_early")
                .field("occurred_at")
                .arg("occurred", occurred.to_string())
                .arg("now", now.to_string())
                .arg("days", days));
        }
    }
    Ok(())
}

/// Checks a time a person says something happened at against the site's late-entry window,
/// before a use case does anything with it (the appender checks again when it records).
pub(crate) fn check_late_entry(
    conn: &rusqlite::Connection,
    occurred: Timestamp,
    now: Timestamp,
) -> CoreResult<()> {
    occurred_within(occurred, now, Some(late_entry_days(conn)?))
}

/// The site's late-entry window in days: how far back a person may say something happened.
pub(crate) fn late_entry_days(conn: &rusqlite::Connection) -> CoreResult<i64> {
    let stored: Option<String> = conn
        .prepare_cached("SELECT value FROM setting WHERE key = ?1")?
        .query_row([LATE_ENTRY_SETTING], |r| r.get(0))
        .optional()?;
    Ok(stored
        .and_then(|v| v.parse::<i64>().ok())
        .filter(|d| (0..=MAX_LATE_ENTRY_DAYS).contains(d))
        .unwrap_or(DEFAULT_LATE_ENTRY_DAYS))
}

impl crate::Store {
    /// How many days back a person may say something happened (a late-entered receipt).
    pub fn late_entry_days(&self) -> CoreResult<i64> {
        late_entry_days(self.conn())
    }

    /// Sets the late-entry window (administrators): from 0 (only what happens now) to
    /// [`MAX_LATE_ENTRY_DAYS`].
    pub fn set_late_entry_days(&self, actor: &User, days: i64, now: Timestamp) -> CoreResult<i64> {
        crate::permissions::require(actor, crate::permissions::Operation::ManageUsers)?;
        if !(0..=MAX_LATE_ENTRY_DAYS).contains(&days) {
            return Err(CoreError::refused("ledger.late_entry_out_of_range")
                .field("days")
                .arg("days", days)
                .arg("max", MAX_LATE_ENTRY_DAYS));
        }
        self.set_setting(actor, LATE_ENTRY_SETTING, &days.to_string(), now)?;
        Ok(days)
    }
}
