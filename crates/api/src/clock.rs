//! The clock events are recorded at. The shells use the computer's; tests and the recorded
//! transcripts of the UI's double use a fixed clock they step by hand, so a recording is the
//! same every time it is made.

use std::sync::{Arc, Mutex};

use chrono::{Local, Timelike};
use custody_core::Timestamp;

/// Where "now" comes from.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// The time to record an event at.
    fn now(&self) -> Timestamp;
}

/// The computer's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        system_now()
    }
}

/// The computer's clock, in microseconds as the ledger stores them (a time read back compares
/// equal to itself). Sign-in lockouts always run on it: no test clock can shorten one.
pub fn system_now() -> Timestamp {
    let t = Local::now().fixed_offset();
    Timestamp(t.with_nanosecond(t.nanosecond() / 1000 * 1000).unwrap_or(t))
}

/// A clock that says what it is told (tests, recordings). Clones share the time.
#[derive(Debug, Clone)]
pub struct FixedClock(Arc<Mutex<Timestamp>>);

impl FixedClock {
    /// A clock stopped at `at`.
    pub fn at(at: Timestamp) -> FixedClock {
        FixedClock(Arc::new(Mutex::new(at)))
    }

    /// Moves the clock on by `by`.
    pub fn advance(&self, by: chrono::Duration) {
        if let Ok(mut t) = self.0.lock() {
            t.0 += by;
        }
    }

    /// Sets the clock.
    pub fn set(&self, at: Timestamp) {
        if let Ok(mut t) = self.0.lock() {
            *t = at;
        }
    }
}

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        // A poisoned lock still holds the last time set: nothing can be half-written in it.
        match self.0.lock() {
            Ok(t) => *t,
            Err(poisoned) => *poisoned.into_inner(),
        }
    }
}
