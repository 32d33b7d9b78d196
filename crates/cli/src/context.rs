//! What every command needs: the database, the acting user and the clock.

use std::path::PathBuf;

use anyhow::{bail, Context as _, Result};
use chrono::{Local, Timelike};
use custody_core::{Store, Timestamp, User};

/// The current time: `CUSTODY_NOW` (RFC 3339) when set, else the system clock.
pub fn now() -> Result<Timestamp> {
    match std::env::var("CUSTODY_NOW") {
        Ok(s) => Timestamp::parse(&s).with_context(|| {
            format!("CUSTODY_NOW '{s}' is not an RFC 3339 time such as 2026-11-22T09:00:00+01:00")
        }),
        Err(_) => {
            let t = Local::now().fixed_offset();
            Ok(Timestamp(
                t.with_nanosecond(t.nanosecond() / 1000 * 1000).unwrap_or(t),
            ))
        }
    }
}

pub fn open(db: &Option<PathBuf>) -> Result<Store> {
    let Some(path) = db else {
        bail!("no database given: pass --db PATH or set CUSTODY_DB");
    };
    Store::open(path).with_context(|| format!("opening {}", path.display()))
}

pub fn actor(store: &Store, name: &Option<String>) -> Result<User> {
    let Some(name) = name else {
        bail!("who is acting? pass --as USER or set CUSTODY_USER");
    };
    Ok(store.actor(name)?)
}
