//! The files the command line reads and writes, and the database it opens: nothing is lost by a
//! wrong path.
//!
//! Imports are read here with Custody's size limit and handed to the api as bytes. Files written
//! with `--out` (exports, reports) go through `custody_api::files`, the one rule both front ends
//! share: never onto the open database or its `-wal`, `-shm` or `-journal` (not even with
//! `--force`), never over an existing file unless `--force` says so, and written whole. This
//! module only says so in the command line's words.

use std::path::Path;

use anyhow::{bail, Context as _, Result};
use custody_api::files::SaveRefused;

use crate::said::{said, shown};

/// Reads a file given to an import, refused past Custody's import size limit before reading
/// (from its metadata) and while reading (a pipe or `/dev/zero` is stopped at the limit).
pub fn read_import(path: &Path) -> Result<Vec<u8>> {
    custody_core::import::read_file_limited(path, custody_core::import::MAX_IMPORT_BYTES)
        .with_context(|| said!("cli-reading-file", file = shown(path)))
}

/// Whether `--out` may be written while `db` is open (`force`: replace an existing file).
pub fn check_out(path: &Path, db: &Path, force: bool) -> Result<()> {
    custody_api::files::check_target(path, db, force).map_err(refused)
}

/// Writes `bytes` to `--out` whole, under the api's rule.
pub fn write_out(path: &Path, bytes: &[u8], db: &Path, force: bool) -> Result<()> {
    custody_api::files::write_file(path, bytes, db, force).map_err(refused)
}

/// A file the api would not write, as the api's refusal (its code and arguments, for `--json`)
/// with a sentence that says what to do instead in the command line's terms (`--force`).
pub fn refused(e: SaveRefused) -> anyhow::Error {
    let advice = match &e {
        SaveRefused::OpenDatabase { path } => format!(
            "{} is the open database (or one of its -wal, -shm or -journal files): choose another file name (nothing was written)",
            path.display()
        ),
        SaveRefused::Exists { path } => format!(
            "{} already exists: add --force to replace it, or choose another name (nothing was written)",
            path.display()
        ),
        SaveRefused::NotAFile { path } => {
            format!("{} is a folder: give a file name", path.display())
        }
        SaveRefused::Io { path, message } => {
            format!("could not write {}: {message}", path.display())
        }
    };
    let mut refusal = custody_api::ApiError::from(e);
    refusal.message = advice;
    anyhow::Error::new(refusal)
}

/// How a command treats the `--db` path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbUse {
    /// The database must exist and be a Custody database (every command but `init` and `demo`).
    Existing,
    /// `init` and `demo`: a missing file (or an empty one) is created; an existing file must be
    /// a Custody database.
    CreateIfMissing,
}

/// Whether `--db` may be opened for `usage`; `Ok(true)` when opening it will create a new
/// database. Nothing is created or changed here: a file that is not a Custody database is
/// refused before SQLite writes a byte into it.
pub fn check_database(path: &Path, usage: DbUse) -> Result<bool> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return match usage {
                DbUse::CreateIfMissing => Ok(true),
                DbUse::Existing => bail!(said!("cli-no-database-at", file = shown(path))),
            };
        }
        Err(e) => return Err(e).with_context(|| said!("cli-cannot-look-at", file = shown(path))),
    };
    if meta.is_dir() {
        bail!(said!("cli-db-is-a-folder", file = shown(path)));
    }
    if meta.len() == 0 && usage == DbUse::CreateIfMissing {
        // An empty file (as `mktemp` or `touch` makes) holds nothing to lose.
        return Ok(true);
    }
    let ours = custody_core::db::is_custody_file(path)
        .with_context(|| said!("cli-cannot-read", file = shown(path)))?;
    if !ours {
        bail!(said!("cli-not-a-custody-database", file = shown(path)));
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn the_database_is_refused_by_any_name_in_the_command_lines_words() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("custody.db");
        std::fs::write(&db, b"database").unwrap();
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&db, &link).unwrap();
        for path in [db.clone(), link, dir.path().join("custody.db-wal")] {
            let e = write_out(&path, b"report", &db, true)
                .expect_err("the open database must not be written, even with --force");
            assert!(
                e.to_string().contains("open database"),
                "the refusal says why in words: {e}"
            );
            let code = e
                .chain()
                .find_map(|c| c.downcast_ref::<custody_api::ApiError>())
                .map(|a| a.code.clone());
            assert_eq!(
                code.as_deref(),
                Some("files.open_database"),
                "--json scripts get the api's code"
            );
        }
        assert_eq!(
            std::fs::read(&db).unwrap(),
            b"database",
            "the database is untouched"
        );
    }

    #[test]
    fn an_existing_file_is_replaced_only_when_forced() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("custody.db");
        std::fs::write(&db, b"database").unwrap();
        let out = dir.path().join("stock.csv");
        std::fs::write(&out, b"old").unwrap();
        let e = write_out(&out, b"new", &db, false).expect_err("kept unless --force");
        assert!(
            e.to_string().contains("--force"),
            "the refusal names the option that would replace it: {e}"
        );
        assert_eq!(
            std::fs::read(&out).unwrap(),
            b"old",
            "refused means unchanged"
        );
        write_out(&out, b"new", &db, true).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"new", "--force replaces it");
    }

    #[test]
    fn a_missing_database_is_created_only_by_init_and_demo() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope.db");
        assert!(
            check_database(&missing, DbUse::Existing).is_err(),
            "a typo in --db must not create a new, empty database"
        );
        assert!(!missing.exists(), "nothing was created");
        assert!(
            check_database(&missing, DbUse::CreateIfMissing).unwrap(),
            "init and demo create it, and say so"
        );
        let other = dir.path().join("other.db");
        std::fs::write(&other, b"SQLite format 3\0 but not ours").unwrap();
        for usage in [DbUse::Existing, DbUse::CreateIfMissing] {
            assert!(
                check_database(&other, usage).is_err(),
                "a file that is not a Custody database is refused ({usage:?})"
            );
        }
    }
}
