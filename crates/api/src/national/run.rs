//! Working the queue: one pass now (`custody national drain`), or the background drainer the
//! app keeps while it runs ([`super::Background`]). Either holds the database's drainer lock
//! first, a file lock beside the database that the operating system releases when the process
//! ends, however it ends: two drainers on one file (the app and a command line) could both send
//! the same pending request, so the second one does not start.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use custody_core::Store;
use custody_national::drain::{self, Policy, Systems};
use serde::Serialize;
use ts_rs::TS;

use super::config;
use super::StoreOutbox;
use crate::error::Result;

/// The drainer lock's file for the database at `db`: its name and `.national.lock`.
pub fn lock_path(db: &Path) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(".national.lock");
    db.with_file_name(name)
}

/// The database's drainer lock, held while this lives.
#[derive(Debug)]
pub struct DrainerLock {
    _file: File,
}

/// Takes the drainer lock of the database at `db`; `national.drainer_running` when another
/// process (or this one) holds it.
pub fn lock(db: &Path) -> Result<DrainerLock> {
    let path = lock_path(db);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| config::about("national.drainer_unavailable", &path, e))?;
    match file.try_lock() {
        Ok(()) => Ok(DrainerLock { _file: file }),
        Err(TryLockError::WouldBlock) => Err(config::about(
            "national.drainer_running",
            &path,
            "another drainer holds it",
        )),
        Err(TryLockError::Error(e)) => Err(config::about("national.drainer_unavailable", &path, e)),
    }
}

/// What a pass did, for the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct DrainFigures {
    /// Single requests sent (verifications before a re-send apart).
    pub singles: u32,
    /// Bulk requests sent.
    pub bulks: u32,
    /// Verifications of a change whose reply was lost.
    pub reverified: u32,
    /// Requests answered as expected.
    pub done: u32,
    /// Requests ended in an alert.
    pub alerts: u32,
    /// Requests refused.
    pub failed: u32,
    /// Requests put back for later (no network, the system busy).
    pub retried: u32,
}

impl From<drain::Report> for DrainFigures {
    fn from(r: drain::Report) -> DrainFigures {
        DrainFigures {
            singles: r.singles + r.fallbacks,
            bulks: r.bulks,
            reverified: r.reverified,
            done: r.done,
            alerts: r.alerts,
            failed: r.failed,
            retried: r.retried,
        }
    }
}

/// The systems of the site's file for the database at `db`, or `national.not_configured`.
pub fn configured_systems(db: &Path) -> Result<Systems> {
    let path = config::config_path(db);
    match config::load(&path)? {
        Some(c) => config::systems(&c, &path),
        None => Err(config::about(
            "national.not_configured",
            &path,
            "there is no such file",
        )),
    }
}

/// One pass over the queue of the database at `db` now, with the systems of its file.
pub fn drain_now(db: &Path, systems: &Systems) -> Result<DrainFigures> {
    let _lock = lock(db)?;
    let store = Store::open(db).map_err(custody_core::CoreError::from)?;
    let mut outbox = StoreOutbox::new(store)?;
    let report = drain::drain_once(&mut outbox, systems, chrono::Utc::now(), &Policy::default())?;
    Ok(report.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_drainer_on_one_database_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("site.db");
        assert_eq!(lock_path(&db), dir.path().join("site.db.national.lock"));
        let first = lock(&db).unwrap();
        assert_eq!(
            lock(&db).unwrap_err().code,
            "national.drainer_running",
            "one drainer per file"
        );
        drop(first);
        assert!(lock(&db).is_ok(), "the lock goes with its holder");
    }
}
