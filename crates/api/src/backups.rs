//! Backups a person takes, lists, checks and restores. The folder is the front end's to know
//! (the app's chosen folder, the command line's `--dir`), so these are typed functions rather
//! than entries of the operation list; the daily backup is [`crate::jobs::backup`].

use std::path::{Path, PathBuf};

use custody_core::backup::{BackupCheck, BackupInfo, Retention};
use custody_core::db::SchemaDifference;
use custody_core::permissions::Operation;
use serde::Serialize;

use crate::error::Result;
use crate::Cx;

/// A verified backup taken now into `dir` (never the database's own folder), old ones pruned
/// there by `keep`.
pub fn take(cx: &mut Cx<'_>, dir: &Path, keep: Retention) -> Result<(BackupInfo, BackupCheck)> {
    let me = cx.me()?;
    let now = cx.now()?;
    crate::files::check_backup_folder(dir, cx.host().path())?;
    Ok(cx.store().backup(me, dir, keep, now)?)
}

/// The backups in `dir`, newest first.
pub fn list(dir: &Path) -> Result<Vec<BackupInfo>> {
    Ok(custody_core::backup::list(dir)?)
}

/// The newest backup in `dir` of the database `store` holds, passing over other databases'
/// backups in the same folder; none before the database is set up.
pub fn latest(store: &custody_core::Store, dir: &Path) -> Result<Option<BackupInfo>> {
    let Some(identity) = store.identity()? else {
        return Ok(None);
    };
    Ok(custody_core::backup::latest_of(dir, &identity)?)
}

/// What checking a backup file found.
#[derive(Debug, Clone, Serialize)]
pub struct BackupVerdict {
    /// SQLite's integrity check and the ledger's.
    #[serde(flatten)]
    pub check: BackupCheck,
    /// How its schema differs from the one the migrations make (checked only on a Custody file
    /// SQLite can read whole).
    pub schema_differences: Vec<SchemaDifference>,
    /// Sound: whole, ledger intact, schema as made.
    pub good: bool,
}

/// Checks a backup file without opening it for writing.
pub fn check(file: &Path) -> Result<BackupVerdict> {
    let check = custody_core::backup::check(file)?;
    let custody = custody_core::db::is_custody_file(file).map_err(custody_core::CoreError::from)?;
    let schema_differences = if check.integrity_ok && custody {
        custody_core::backup::schema_differences(file)?
    } else {
        Vec::new()
    };
    let good = check.is_good() && schema_differences.is_empty();
    Ok(BackupVerdict {
        check,
        schema_differences,
        good,
    })
}

/// Allows an administrator to restore the host's database from `file`: the plan runs once the
/// front end has closed the database (the current file is kept aside).
pub fn plan_restore(cx: &mut Cx<'_>, file: &Path) -> Result<RestorePlan> {
    let me = cx.me()?;
    cx.store().check(me, Operation::ManageUsers)?;
    Ok(RestorePlan {
        backup: file.to_path_buf(),
        db: cx.host().path().to_path_buf(),
        now: cx.now()?,
    })
}

/// A restore an administrator was allowed, to run once the database is closed.
#[derive(Debug)]
#[must_use = "nothing is restored until the plan is run"]
pub struct RestorePlan {
    backup: PathBuf,
    db: PathBuf,
    now: custody_core::Timestamp,
}

impl RestorePlan {
    /// The database that will be replaced.
    pub fn database(&self) -> &Path {
        &self.db
    }

    /// Replaces the database with the backup; returns where the previous file was kept.
    pub fn run(self) -> Result<PathBuf> {
        Ok(custody_core::backup::restore(
            &self.backup,
            &self.db,
            self.now,
        )?)
    }
}
