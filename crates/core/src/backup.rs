//! Backups: a consistent copy of the open database (`VACUUM INTO`), verified before it counts,
//! kept by a retention rule, and restored (only a file whose schema is exactly what the
//! migrations create) with the current database kept aside first.
//!
//! A backup is written as `<name>.partial`, then opened read-only and checked (`integrity_check`
//! and the whole ledger, as `custody verify` does) and only then renamed to its final name, so a
//! file named `custody-*.db` in a backup folder is always a verified backup, even if the process
//! was killed or the disk filled up half-way.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::ledger::verify::Checkpoint;
use crate::model::{Timestamp, User};
use crate::permissions::{require, Operation};
use crate::Store;

/// Name prefix and extension of backup files.
const PREFIX: &str = "custody-";
const EXTENSION: &str = ".db";

/// A backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BackupInfo {
    /// Where it is.
    pub path: String,
    /// When it was taken, from its name (UTC, `YYYYMMDD-HHMMSS`).
    pub taken: String,
    /// Its size in bytes.
    pub bytes: u64,
}

/// What a backup check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BackupCheck {
    /// The file.
    pub path: String,
    /// `integrity_check` said ok.
    pub integrity_ok: bool,
    /// The ledger verified intact.
    pub ledger_ok: bool,
    /// Events in the ledger.
    pub events: u64,
    /// The first problems found, if any.
    pub problems: Vec<String>,
}

impl BackupCheck {
    /// Whether the backup can be trusted.
    pub fn is_good(&self) -> bool {
        self.integrity_ok && self.ledger_ok
    }
}

/// How many backups to keep: the newest `keep_last`, plus the newest of each of the last
/// `keep_months` calendar months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Newest backups kept.
    pub keep_last: usize,
    /// Months for which the newest backup is kept.
    pub keep_months: usize,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            keep_last: 14,
            keep_months: 12,
        }
    }
}

/// A file-system refusal of the backup: `code` says which step, with the path and what the
/// system said.
fn io(code: &'static str, path: &Path, e: std::io::Error) -> CoreError {
    CoreError::refused(code)
        .arg("path", path.display().to_string())
        .arg("detail", e.to_string())
}

/// `backup.open_failed`: a file that SQLite cannot open read-only.
fn open_failed(path: &Path, e: rusqlite::Error) -> CoreError {
    CoreError::refused("backup.open_failed")
        .arg("path", path.display().to_string())
        .arg("detail", e.to_string())
}

/// Checks a database file without changing it: opened read-only, `integrity_check`, then the
/// whole ledger (never from a checkpoint: a backup is checked in full, and a read-only file
/// gets no checkpoint).
pub fn check(path: &Path) -> CoreResult<BackupCheck> {
    Ok(check_in_full(path)?.0)
}

/// [`check`], with what a checkpoint would vouch for when the file is good: its last event.
fn check_in_full(path: &Path) -> CoreResult<(BackupCheck, Option<Checkpoint>)> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| open_failed(path, e))?;
    let integrity = conn
        .prepare("PRAGMA integrity_check(20)")
        .and_then(|mut s| {
            s.query_map([], |r| r.get::<_, String>(0))?
                .collect::<Result<Vec<_>, _>>()
        });
    let mut problems = match integrity {
        Ok(rows) => rows,
        // Not a database at all, or too damaged to read.
        Err(e) => vec![e.to_string()],
    };
    let integrity_ok = problems == ["ok"];
    if integrity_ok {
        problems.clear();
    }
    let (ledger_ok, events, checked) = if !integrity_ok {
        (false, 0, None)
    } else if !crate::db::is_custody_file(path)? {
        problems.push(format!("{} is not a Custody database", path.display()));
        (false, 0, None)
    } else {
        let report = verify_as_this_version(&conn)?;
        problems.extend(report.findings.iter().take(5).map(|f| f.message.clone()));
        (report.is_intact(), report.events, report.checked)
    };
    let check = BackupCheck {
        path: path.display().to_string(),
        integrity_ok,
        ledger_ok,
        events,
        problems,
    };
    let checked = checked.filter(|_| check.is_good());
    Ok((check, checked))
}

/// Verifies a database read-only. One written by an earlier version is verified as this version
/// would open it: a snapshot is copied to a temporary file (`VACUUM INTO`, which reads the
/// `-wal` too) and migrated there, so the file itself is never changed.
fn verify_as_this_version(conn: &Connection) -> CoreResult<crate::ledger::verify::VerifyReport> {
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version >= crate::db::schema_version() {
        return crate::ledger::verify::verify(conn);
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let copy =
        std::env::temp_dir().join(format!("custody-check-{}-{nanos}.db", std::process::id()));
    let remove_copy = || {
        for suffix in ["", "-wal", "-shm"] {
            let mut name = copy.as_os_str().to_owned();
            name.push(suffix);
            let _ = std::fs::remove_file(Path::new(&name));
        }
    };
    let target = copy.to_str().ok_or_else(|| {
        CoreError::refused("backup.path_not_text").arg("path", copy.display().to_string())
    })?;
    let report = conn
        .execute("VACUUM INTO ?1", [target])
        .map_err(CoreError::from)
        .and_then(|_| Ok(crate::open_connection(&copy)?))
        .and_then(|migrated| crate::ledger::verify::verify(&migrated));
    remove_copy();
    report
}

/// The schema objects of the database file at `path` that are not exactly what the migrations
/// of its version create (see [`crate::db::schema_differences`]), read without changing it.
pub fn schema_differences(path: &Path) -> CoreResult<Vec<crate::db::SchemaDifference>> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| open_failed(path, e))?;
    Ok(crate::db::schema_differences(&conn)?)
}

/// Whether two paths name the same file on disk (the same resolved path, or on Unix the same
/// device and inode, which catches a hard link too). Paths that do not exist are not the same.
fn same_file(a: &Path, b: &Path) -> bool {
    if let (Ok(ra), Ok(rb)) = (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        if ra == rb {
            return true;
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return ma.dev() == mb.dev() && ma.ino() == mb.ino();
        }
    }
    false
}

/// Whether `path` is the database `db` or one of its companion files (`-wal`, `-shm`,
/// `-journal`).
fn is_database_file(path: &Path, db: &Path) -> bool {
    ["", "-wal", "-shm", "-journal"].iter().any(|suffix| {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        same_file(path, Path::new(&name))
    })
}

/// The backups in a folder, newest first.
pub fn list(dir: &Path) -> CoreResult<Vec<BackupInfo>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io("backup.folder_unreadable", dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let Some(taken) = name
            .strip_prefix(PREFIX)
            .and_then(|n| n.strip_suffix(EXTENSION))
        else {
            continue;
        };
        if taken.len() != 15
            || chrono::NaiveDateTime::parse_from_str(taken, "%Y%m%d-%H%M%S").is_err()
        {
            continue;
        }
        out.push(BackupInfo {
            path: entry.path().display().to_string(),
            taken: taken.to_string(),
            bytes: entry.metadata().map(|m| m.len()).unwrap_or(0),
        });
    }
    out.sort_by(|a, b| b.taken.cmp(&a.taken));
    Ok(out)
}

/// Which database a file is: its site's code and the instant its site was set up, to the
/// microsecond. A backup is a copy and keeps both; another database, even one set up with the
/// same site code, does not share the instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseIdentity {
    code: String,
    set_up: String,
}

impl DatabaseIdentity {
    /// The identity as one string (the site's code and its set-up instant), for keeping what
    /// belongs to this database apart from another's, such as a workstation's own settings.
    pub fn key(&self) -> String {
        format!("{}@{}", self.code, self.set_up)
    }
}

/// The identity of the database on `conn`, `None` before its site is set up.
fn identity_of(conn: &Connection) -> rusqlite::Result<Option<DatabaseIdentity>> {
    use rusqlite::OptionalExtension as _;
    conn.query_row(
        "SELECT code, created_at FROM site ORDER BY id LIMIT 1",
        [],
        |r| {
            Ok(DatabaseIdentity {
                code: r.get(0)?,
                set_up: r.get(1)?,
            })
        },
    )
    .optional()
}

/// The newest backup in `dir` that is a copy of the database `of`. Backups of another database
/// in the same folder (a new database beside an old one, one folder named for every database)
/// are passed over, and so is a file that cannot be read as a database: the time shown for
/// "the last backup" must be this database's.
pub fn latest_of(dir: &Path, of: &DatabaseIdentity) -> CoreResult<Option<BackupInfo>> {
    Ok(list(dir)?.into_iter().find(|b| is_copy_of(b, of)))
}

/// The backups in `dir` that are copies of the database `of`, newest first: the only ones its
/// retention rule may drop, so a folder shared by several databases never loses another's.
pub fn own_backups(dir: &Path, of: &DatabaseIdentity) -> CoreResult<Vec<BackupInfo>> {
    Ok(list(dir)?
        .into_iter()
        .filter(|b| is_copy_of(b, of))
        .collect())
}

/// Whether the backup reads as a copy of the database `of` (a file that cannot be read as a
/// database is nobody's copy).
fn is_copy_of(backup: &BackupInfo, of: &DatabaseIdentity) -> bool {
    let identity = Connection::open_with_flags(
        &backup.path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .and_then(|c| identity_of(&c));
    matches!(identity, Ok(Some(ref i)) if i == of)
}

impl Store {
    /// This database's identity (see [`DatabaseIdentity`]), `None` before it is set up.
    pub fn identity(&self) -> CoreResult<Option<DatabaseIdentity>> {
        Ok(identity_of(self.conn())?)
    }
}

/// Which backups the retention rule drops (newest first in, oldest of the dropped last).
pub fn to_prune(backups: &[BackupInfo], keep: Retention) -> Vec<BackupInfo> {
    let mut months_kept: Vec<&str> = Vec::new();
    backups
        .iter()
        .enumerate()
        .filter(|(i, b)| {
            let month = &b.taken[..6];
            let newest_of_month = !months_kept.contains(&month);
            if newest_of_month && months_kept.len() < keep.keep_months {
                months_kept.push(month);
                return false;
            }
            *i >= keep.keep_last
        })
        .map(|(_, b)| b.clone())
        .collect()
}

/// The setting that names the backup folder.
pub const FOLDER_SETTING: &str = "backup_dir";

impl Store {
    /// The backup folder an administrator chose, if any.
    pub fn backup_folder(&self) -> CoreResult<Option<PathBuf>> {
        Ok(self.setting(FOLDER_SETTING)?.map(PathBuf::from))
    }

    /// Chooses the backup folder (administrators): it must be an absolute path where a file
    /// can be written (it is created if missing), e.g. a USB disk or a network share.
    pub fn set_backup_folder(
        &mut self,
        actor: &User,
        dir: &Path,
        now: Timestamp,
    ) -> CoreResult<PathBuf> {
        require(actor, Operation::ManageUsers)?;
        if !dir.is_absolute() {
            return Err(CoreError::refused("backup.folder_not_absolute")
                .field("folder")
                .arg("path", dir.display().to_string()));
        }
        std::fs::create_dir_all(dir).map_err(|e| io("backup.folder_not_created", dir, e))?;
        let probe = dir.join(".custody-write-test");
        std::fs::write(&probe, b"custody").map_err(|e| io("backup.folder_not_writable", dir, e))?;
        let _ = std::fs::remove_file(&probe);
        let text = dir.to_str().ok_or_else(|| {
            CoreError::refused("backup.path_not_text")
                .field("folder")
                .arg("path", dir.display().to_string())
        })?;
        self.set_setting(actor, FOLDER_SETTING, text, now)?;
        Ok(dir.to_path_buf())
    }

    /// Writes a verified backup of the database into `dir` (created if needed), then drops old
    /// backups there by the retention rule. The copy is consistent: `VACUUM INTO` reads one
    /// snapshot while others keep writing.
    ///
    /// The copy is verified in full. Being a snapshot of this database, that is a full check of
    /// this database's ledger up to the copy's last event, so a full checkpoint for that event
    /// is recorded here too, by `actor`: the next `verify` (and the next day's) then walks only
    /// what was recorded since, instead of the whole history again.
    pub fn backup(
        &mut self,
        actor: &User,
        dir: &Path,
        keep: Retention,
        now: Timestamp,
    ) -> CoreResult<(BackupInfo, BackupCheck)> {
        require(actor, Operation::Verify)?;
        std::fs::create_dir_all(dir).map_err(|e| io("backup.folder_not_created", dir, e))?;
        // Old backups are pruned from this folder: were it the database's own, the database
        // (named like a backup, or a link to it) could be pruned with them.
        if let Some(home) = self.path().parent() {
            let home = if home.as_os_str().is_empty() {
                Path::new(".")
            } else {
                home
            };
            if same_file(dir, home) {
                return Err(CoreError::refused("backup.database_folder")
                    .field("folder")
                    .arg("path", dir.display().to_string()));
            }
        }
        let taken = now
            .0
            .with_timezone(&chrono::Utc)
            .format("%Y%m%d-%H%M%S")
            .to_string();
        let path = dir.join(format!("{PREFIX}{taken}{EXTENSION}"));
        if path.exists() {
            return Err(CoreError::refused("backup.exists").arg("path", path.display().to_string()));
        }
        let partial = dir.join(format!("{PREFIX}{taken}{EXTENSION}.partial"));
        // The left-over partial file is removed below: it must not be the open database under
        // a strange name.
        if is_database_file(&partial, self.path()) {
            return Err(CoreError::refused("backup.is_open_database")
                .field("folder")
                .arg("path", partial.display().to_string()));
        }
        let _ = std::fs::remove_file(&partial);
        let target = partial.to_str().ok_or_else(|| {
            CoreError::refused("backup.path_not_text").arg("path", partial.display().to_string())
        })?;
        self.conn().execute("VACUUM INTO ?1", [target])?;
        let (checked, vouched) = check_in_full(&partial)?;
        if !checked.is_good() {
            let _ = std::fs::remove_file(&partial);
            return Err(CoreError::refused("backup.not_verified")
                .arg("problems", checked.problems.join("; ")));
        }
        sync_file(&partial)?;
        std::fs::rename(&partial, &path).map_err(|e| io("backup.not_renamed", &path, e))?;
        sync_dir(dir);
        if let Some(vouched) = vouched {
            // The backup is what the job is for: a checkpoint that cannot be recorded (the
            // clock behind the chain head) only leaves the next `verify` a longer walk.
            let _recorded = self.record_checkpoint(actor, &vouched, now).is_ok();
        }
        // Only this database's own backups are pruned: the folder may be shared (one USB drive
        // for two databases) and another's backups are not ours to drop.
        let own = match self.identity()? {
            Some(me) => own_backups(dir, &me)?,
            None => Vec::new(),
        };
        for old in to_prune(&own, keep) {
            // Never the open database, whatever the folder holds.
            if !is_database_file(Path::new(&old.path), self.path()) {
                let _ = std::fs::remove_file(&old.path);
            }
        }
        let info = BackupInfo {
            path: path.display().to_string(),
            taken,
            bytes: std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0),
        };
        let checked = BackupCheck {
            path: info.path.clone(),
            ..checked
        };
        Ok((info, checked))
    }
}

/// Replaces the database at `db` with a verified backup, after moving the current file (and its
/// WAL) aside to `<db>.before-restore-<time>`. The store must not be open. Returns where the
/// old database was kept.
pub fn restore(backup: &Path, db: &Path, now: Timestamp) -> CoreResult<PathBuf> {
    // The database is moved aside before the backup is copied in: restoring a file onto itself
    // would leave nothing at all.
    if is_database_file(backup, db) {
        return Err(CoreError::refused("backup.restore_onto_itself")
            .field("backup")
            .arg("path", backup.display().to_string())
            .arg("database", db.display().to_string()));
    }
    let incoming = PathBuf::from(format!("{}.restoring", db.display()));
    if same_file(backup, &incoming) {
        // Copying a file onto itself would empty it.
        return Err(CoreError::refused("backup.restore_working_file")
            .field("backup")
            .arg("path", backup.display().to_string()));
    }
    let checked = check(backup)?;
    if !checked.is_good() {
        return Err(CoreError::refused("backup.not_good")
            .field("backup")
            .arg("path", backup.display().to_string())
            .arg("problems", checked.problems.join("; ")));
    }
    // Exactly the schema its migrations create: an extra trigger could rewrite what is
    // recorded, an extra or changed index or view could answer queries wrongly, and a missing
    // object breaks the use cases. Nothing of the kind comes in by a restore.
    let differences = schema_differences(backup)?;
    if !differences.is_empty() {
        return Err(CoreError::refused("backup.schema_differs")
            .field("backup")
            .arg("path", backup.display().to_string())
            .arg(
                "differences",
                differences
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            ));
    }
    let stamp = now.0.with_timezone(&chrono::Utc).format("%Y%m%d-%H%M%S");
    let aside = PathBuf::from(format!("{}.before-restore-{stamp}", db.display()));
    if aside.exists() {
        // Never over an earlier kept-aside database (two restores within the same second).
        return Err(
            CoreError::refused("backup.aside_exists").arg("path", aside.display().to_string())
        );
    }
    // The copy comes first: a full disk or an unreadable backup stops the restore while the
    // database is still in its place.
    // A change the backup holds as not yet sent may have been sent since it was taken: it comes
    // back as sent, so the drainer verifies it before sending it again.
    let copied = std::fs::copy(backup, &incoming)
        .map_err(|e| io("backup.not_copied", backup, e))
        .and_then(|_| crate::national::unsent_changes_become_unknown(&incoming, now))
        .and_then(|()| sync_file(&incoming));
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&incoming);
        return Err(e);
    }
    let had_database = db.exists();
    if had_database {
        // Fold the WAL into the file first, so the kept-aside copy is whole.
        if let Ok(conn) = Connection::open(db) {
            let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
        if let Err(e) = std::fs::rename(db, &aside) {
            let _ = std::fs::remove_file(&incoming);
            return Err(io("backup.not_moved_aside", db, e));
        }
        for suffix in ["-wal", "-shm"] {
            let side = PathBuf::from(format!("{}{suffix}", db.display()));
            if side.exists() {
                let _ = std::fs::rename(&side, format!("{}{suffix}", aside.display()));
            }
        }
    }
    if let Err(e) = std::fs::rename(&incoming, db) {
        // Put the database back where it was rather than leave nothing there.
        if had_database {
            let _ = std::fs::rename(&aside, db);
            for suffix in ["-wal", "-shm"] {
                let side = PathBuf::from(format!("{}{suffix}", aside.display()));
                if side.exists() {
                    let _ = std::fs::rename(&side, format!("{}{suffix}", db.display()));
                }
            }
        }
        let _ = std::fs::remove_file(&incoming);
        return Err(io("backup.not_put_in_place", db, e));
    }
    if let Some(parent) = db.parent() {
        sync_dir(parent);
    }
    Ok(aside)
}

fn sync_file(path: &Path) -> CoreResult<()> {
    std::fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| io("backup.not_flushed", path, e))
}

/// Makes a rename durable (best effort: not every file system supports it).
fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(taken: &str) -> BackupInfo {
        BackupInfo {
            path: taken.into(),
            taken: taken.into(),
            bytes: 0,
        }
    }

    /// A good backup (a migrated, empty database) in a folder, and a database to restore into.
    fn backup_and_database() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let backup = dir.path().join("custody-20261122-020000.db");
        drop(crate::open_connection(&backup).unwrap());
        let db = dir.path().join("pharmacy.db");
        drop(crate::open_connection(&db).unwrap());
        (dir, backup, db)
    }

    fn now() -> Timestamp {
        Timestamp::parse("2026-11-22T09:00:00+01:00").unwrap()
    }

    #[test]
    fn a_backup_with_any_schema_object_the_migrations_do_not_make_is_not_restored() {
        for (what, sql, named) in [
            (
                "an extra index",
                "CREATE INDEX extra_serials ON unit(serial)",
                "extra_serials",
            ),
            (
                "an extra trigger",
                "CREATE TRIGGER rewrite AFTER INSERT ON event BEGIN SELECT 1; END",
                "rewrite",
            ),
            (
                "an extra view",
                "CREATE VIEW everything AS SELECT * FROM unit",
                "everything",
            ),
            ("a missing table", "DROP TABLE setting", "setting"),
        ] {
            let (_dir, backup, db) = backup_and_database();
            rusqlite::Connection::open(&backup)
                .unwrap()
                .execute_batch(sql)
                .unwrap();
            let before = std::fs::read(&db).unwrap();
            let refused = restore(&backup, &db, now())
                .expect_err(&format!("a backup with {what} must not be restored"));
            assert!(
                refused.to_string().contains(named),
                "the refusal names {named}: {refused}"
            );
            assert_eq!(
                std::fs::read(&db).unwrap(),
                before,
                "a refused restore leaves the database as it was ({what})"
            );
        }
    }

    #[test]
    fn a_backup_written_by_an_earlier_version_verifies_and_is_left_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("custody-20261122-020000.db");
        std::fs::copy(
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ledger-v1.db"),
            &old,
        )
        .unwrap();
        let before = std::fs::read(&old).unwrap();
        let checked = check(&old).unwrap();
        assert!(
            checked.is_good(),
            "a backup from before format v2 is a good backup: {:?}",
            checked.problems
        );
        assert_eq!(
            std::fs::read(&old).unwrap(),
            before,
            "checking an older backup never migrates the file itself"
        );
    }

    #[test]
    fn another_programs_database_is_not_a_good_backup_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let other = dir.path().join("other.sqlite");
        rusqlite::Connection::open(&other)
            .unwrap()
            .execute_batch("CREATE TABLE t(x)")
            .unwrap();
        let checked = check(&other).unwrap();
        assert!(!checked.is_good(), "another program's file is no backup");
        assert!(
            checked
                .problems
                .iter()
                .any(|p| p.contains("not a Custody database")),
            "the check says what the file is not: {:?}",
            checked.problems
        );
    }

    #[test]
    fn backups_are_never_taken_into_the_folder_of_the_open_database() {
        let dir = tempfile::tempdir().unwrap();
        // Named like a backup: pruning that folder would remove the database itself.
        let db = dir.path().join("custody-20200101-000000.db");
        let mut store = crate::Store::open(&db).unwrap();
        let (_, admin) = store
            .init("S", "Site", "admin", "Admin", "password-1", now())
            .unwrap();
        let refused = store
            .backup(&admin, dir.path(), Retention::default(), now())
            .expect_err("a backup into the database's own folder must be refused");
        assert!(
            refused.to_string().contains("holds the open database"),
            "the refusal says why: {refused}"
        );
        assert!(db.exists(), "the open database is still there");
    }

    #[test]
    fn a_good_backup_is_restored_and_the_database_kept_aside() {
        let (_dir, backup, db) = backup_and_database();
        let aside = restore(&backup, &db, now()).unwrap();
        assert!(aside.exists(), "the replaced database is kept");
        assert!(
            restore(&backup, &db, now()).is_err(),
            "a second restore in the same second must not overwrite the first kept-aside copy"
        );
    }

    #[test]
    fn restoring_the_database_onto_itself_is_refused() {
        let (dir, backup, db) = backup_and_database();
        let dotted = dir.path().join("sub");
        std::fs::create_dir(&dotted).unwrap();
        for same in [db.clone(), dotted.join("../pharmacy.db")] {
            assert!(
                restore(&same, &db, now()).is_err(),
                "{} is the database itself: moving it aside would leave nothing to copy",
                same.display()
            );
            assert!(db.exists(), "the database is still there");
        }
        // A backup left under the restore's working name would be copied onto itself.
        let working = dir.path().join("pharmacy.db.restoring");
        std::fs::copy(&backup, &working).unwrap();
        let size = std::fs::metadata(&working).unwrap().len();
        assert!(
            restore(&working, &db, now()).is_err(),
            "the restore's working file cannot be the backup"
        );
        assert_eq!(
            std::fs::metadata(&working).unwrap().len(),
            size,
            "and it is not emptied"
        );
        assert!(db.exists(), "the database is still there");
    }

    #[test]
    fn retention_keeps_the_newest_and_one_per_month() {
        // Newest first: 20 daily backups in November, then one each in October and September.
        let mut all: Vec<BackupInfo> = (1..=20)
            .rev()
            .map(|d| b(&format!("202611{d:02}-020000")))
            .collect();
        all.push(b("20261015-020000"));
        all.push(b("20260901-020000"));
        let dropped: Vec<String> = to_prune(
            &all,
            Retention {
                keep_last: 14,
                keep_months: 12,
            },
        )
        .into_iter()
        .map(|b| b.taken)
        .collect();
        // Kept: the 14 newest (20th to 7th November), October and September.
        assert_eq!(
            dropped,
            (1..=6)
                .rev()
                .map(|d| format!("202611{d:02}-020000"))
                .collect::<Vec<_>>()
        );
        let dropped = to_prune(
            &all,
            Retention {
                keep_last: 2,
                keep_months: 1,
            },
        );
        assert_eq!(dropped.len(), all.len() - 2);
    }
}
