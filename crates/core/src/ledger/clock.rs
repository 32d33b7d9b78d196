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

/// The time a site's events are recorded at, given the computer's clock (`now`) and the
/// recorded time of the chain head (`last`): the clock's, or the head's when the clock is behind
/// it by less than [`CLOCK_TOLERANCE`] (so recorded times never go backwards and small steps back
/// cannot add up); `Err(last)` when the clock is behind further, and recording must stop. A
/// clock correction is the one event recorded at the clock's time wherever the head is.
pub(super) fn recorded_time(
    now: Timestamp,
    last: Option<Timestamp>,
    correcting_clock: bool,
) -> Result<Timestamp, Timestamp> {
    if correcting_clock {
        return Ok(now);
    }
    match last {
        Some(last) if now.0 < last.0 - CLOCK_TOLERANCE => Err(last),
        Some(last) if now < last => Ok(last),
        _ => Ok(now),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    #[test]
    fn a_clock_a_little_behind_the_head_records_at_the_heads_time() {
        let head = at("2026-12-01T10:00:00Z");
        assert_eq!(
            recorded_time(at("2026-12-01T09:59:00Z"), Some(head), false),
            Ok(head),
            "a clock stepped back by time synchronisation must not make the chain go backwards"
        );
        assert_eq!(
            recorded_time(at("2026-12-01T10:05:00Z"), Some(head), false),
            Ok(at("2026-12-01T10:05:00Z")),
            "a clock ahead of the head records its own time"
        );
        assert_eq!(
            recorded_time(at("2026-12-01T10:05:00Z"), None, false),
            Ok(at("2026-12-01T10:05:00Z")),
            "a site's first event is recorded at the clock's time"
        );
    }

    #[test]
    fn a_clock_turned_back_beyond_the_tolerance_stops_recording_unless_it_is_the_correction() {
        let head = at("2026-12-01T10:00:00Z");
        let turned_back = at("2026-12-01T09:57:59Z");
        assert_eq!(
            recorded_time(turned_back, Some(head), false),
            Err(head),
            "more than two minutes behind the head, the clock was turned back: refuse"
        );
        assert_eq!(
            recorded_time(at("2026-12-01T09:58:00Z"), Some(head), false),
            Ok(head),
            "exactly the tolerance behind is still a small step back"
        );
        assert_eq!(
            recorded_time(turned_back, Some(head), true),
            Ok(turned_back),
            "the signed clock correction is the one event recorded behind the head"
        );
    }

    #[test]
    fn an_occurred_time_is_refused_in_the_future_and_before_the_window() {
        let now = at("2026-12-01T10:00:00Z");
        let code = |r: CoreResult<()>| r.err().map(|e| e.code().to_string());
        assert_eq!(
            code(occurred_within(at("2026-12-01T10:03:00Z"), now, None)),
            Some("ledger.occurred_in_future".into()),
            "nothing can have happened after it is recorded, beyond the clock tolerance"
        );
        assert_eq!(
            code(occurred_within(at("2026-12-01T10:02:00Z"), now, None)),
            None,
            "within the tolerance, a slightly fast scanner clock is accepted"
        );
        assert_eq!(
            code(occurred_within(at("2026-11-27T09:00:00Z"), now, Some(3))),
            Some("ledger.occurred_too_early".into()),
            "four days back is outside a three-day late-entry window"
        );
        assert_eq!(
            code(occurred_within(at("2026-11-27T09:00:00Z"), now, None)),
            None,
            "history written by core itself has no window"
        );
    }
}
