//! What every command needs: the database, the acting user and the clock.

use std::path::PathBuf;

use anyhow::{bail, Context as _, Result};
use chrono::{Local, Timelike};
use custody_core::auth::Signature;
use custody_core::{SignatureMeaning, Store, Timestamp, User};

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

/// The acting user, signed in with their password: `CUSTODY_PASSWORD` for scripts, else asked
/// for on the terminal.
pub fn actor(store: &mut Store, name: &Option<String>) -> Result<User> {
    let Some(name) = name else {
        bail!("who is acting? pass --as USER or set CUSTODY_USER");
    };
    let password = password(&format!("Password for {name}: "))?;
    Ok(store.sign_in(name, &password, now()?)?)
}

fn password(prompt: &str) -> Result<String> {
    match std::env::var("CUSTODY_PASSWORD") {
        Ok(p) => Ok(p),
        Err(_) => rpassword::prompt_password(prompt)
            .context("reading the password from the terminal (scripts set CUSTODY_PASSWORD)"),
    }
}

/// The acting user's signature: their password again (or `CUSTODY_PASSWORD`), with a meaning.
pub fn signature(store: &mut Store, me: &User, meaning: SignatureMeaning) -> Result<Signature> {
    let password = password(&format!("Re-enter your password to sign ({meaning}): "))?;
    Ok(store.sign(me, &password, meaning, now()?)?)
}

/// A new password: `CUSTODY_NEW_PASSWORD` for scripts, else asked for twice on the terminal.
pub fn new_password(whose: &str) -> Result<String> {
    if let Ok(p) = std::env::var("CUSTODY_NEW_PASSWORD") {
        return Ok(p);
    }
    let first = rpassword::prompt_password(format!("New password for {whose}: "))
        .context("reading the password from the terminal (scripts set CUSTODY_NEW_PASSWORD)")?;
    let again = rpassword::prompt_password("Again: ")?;
    if first != again {
        bail!("the two passwords differ");
    }
    Ok(first)
}
