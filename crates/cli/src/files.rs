//! The files the CLI writes (exports, reports) and the database it opens: nothing is lost by a
//! wrong path.
//!
//! An output file never lands on the open database or its `-wal`, `-shm` or `-journal` (not
//! even with `--force`: the path is resolved through symbolic links and `..`, and compared by
//! device and inode, so a hard link is caught too), never replaces an existing file unless
//! `--force` says so, and is written whole: a temporary file of its own beside the target,
//! renamed into place.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};

/// Reads a file given to an import, refused past Custody's import size limit before reading
/// (from its metadata) and while reading (a pipe or `/dev/zero` is stopped at the limit).
pub fn read_import(path: &Path) -> Result<Vec<u8>> {
    custody_core::import::read_file_limited(path, custody_core::import::MAX_IMPORT_BYTES)
        .with_context(|| format!("reading {}", path.display()))
}

/// Where an output file may go: away from the open database, over an existing file only when
/// forced.
#[derive(Debug, Clone, Copy)]
pub struct OutputRule<'a> {
    /// The open database, if the command has one.
    pub db: Option<&'a Path>,
    /// `--force`: an existing file (other than the database's) may be replaced.
    pub force: bool,
}

/// The suffixes SQLite gives a database's companion files.
const COMPANIONS: [&str; 4] = ["", "-wal", "-shm", "-journal"];

/// The database's file and its companions, as given and as resolved (SQLite may name the
/// companions after either).
fn database_files(db: &Path) -> Vec<PathBuf> {
    let mut bases = vec![db.to_path_buf()];
    if let Ok(real) = std::fs::canonicalize(db) {
        bases.push(real);
    }
    let mut files = Vec::new();
    for base in bases {
        for suffix in COMPANIONS {
            let mut name = base.clone().into_os_string();
            name.push(suffix);
            files.push(PathBuf::from(name));
        }
    }
    files
}

/// A path with its folder resolved (symbolic links, `..`) and the file name kept, for a file
/// that may not exist yet; the file itself resolved too when it does exist.
fn resolved(path: &Path) -> Option<PathBuf> {
    if let Ok(real) = std::fs::canonicalize(path) {
        return Some(real);
    }
    let name = path.file_name()?;
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    Some(std::fs::canonicalize(parent).ok()?.join(name))
}

/// The same file on disk: the same resolved path, or (on Unix) the same device and inode, which
/// also catches a hard link.
fn same_file(a: &Path, b: &Path) -> bool {
    if let (Some(ra), Some(rb)) = (resolved(a), resolved(b)) {
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

/// Refuses a path that is the open database or one of its companion files.
pub fn refuse_database(path: &Path, db: Option<&Path>) -> Result<()> {
    let Some(db) = db else {
        return Ok(());
    };
    for file in database_files(db) {
        if same_file(path, &file) {
            bail!(
                "{} is the open database{}: choose another file name (nothing was written)",
                path.display(),
                if file == db {
                    String::new()
                } else {
                    format!(" ({})", file.display())
                }
            );
        }
    }
    Ok(())
}

/// Checks that `path` may be written under `rule`: not the database, not a folder, and not an
/// existing file unless forced.
pub fn check_output(path: &Path, rule: OutputRule) -> Result<()> {
    if path.file_name().is_none() {
        bail!("{} is not a file name", path.display());
    }
    refuse_database(path, rule.db)?;
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e).with_context(|| format!("cannot look at {}", path.display())),
        Ok(m) if m.is_dir() => bail!("{} is a folder: give a file name", path.display()),
        Ok(_) if !rule.force => bail!(
            "{} already exists: add --force to replace it, or choose another name (nothing was written)",
            path.display()
        ),
        Ok(_) => Ok(()),
    }
}

/// Writes `bytes` to `path` whole, under `rule`: into a new temporary file beside it (never an
/// existing one), flushed, then renamed into place, so a reader never sees half a file and a
/// failure leaves what was there before.
pub fn write_whole(path: &Path, bytes: &[u8], rule: OutputRule) -> Result<()> {
    check_output(path, rule)?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file_name = path
        .file_name()
        .with_context(|| format!("{} is not a file name", path.display()))?;
    let tmp = dir.join(format!(
        ".{}.{}.partial",
        file_name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| -> std::io::Result<()> {
        // `create_new`: the temporary file is ours alone, so nothing else is ever truncated.
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        // Checked again just before the rename: the file may have appeared meanwhile.
        check_output(path, rule).map_err(std::io::Error::other)?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("could not write {}", path.display()));
    }
    Ok(())
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
                DbUse::Existing => bail!(
                    "there is no database at {}: check the path, or create one with `custody init` (or `custody demo`)",
                    path.display()
                ),
            };
        }
        Err(e) => return Err(e).with_context(|| format!("cannot look at {}", path.display())),
    };
    if meta.is_dir() {
        bail!(
            "{} is a folder: --db names the database file",
            path.display()
        );
    }
    if meta.len() == 0 && usage == DbUse::CreateIfMissing {
        // An empty file (as `mktemp` or `touch` makes) holds nothing to lose.
        return Ok(true);
    }
    let ours = custody_core::db::is_custody_file(path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    if !ours {
        bail!(
            "{} is not a Custody database (another program's file, or damaged): it was left unchanged",
            path.display()
        );
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(db: &Path, force: bool) -> OutputRule<'_> {
        OutputRule {
            db: Some(db),
            force,
        }
    }

    #[test]
    #[cfg(unix)]
    fn the_database_and_its_companions_are_refused_by_any_name() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("custody.db");
        std::fs::write(&db, b"database").unwrap();
        std::fs::write(dir.path().join("custody.db-wal"), b"wal").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let dotted = dir.path().join("sub/../custody.db");
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&db, &link).unwrap();
        let hard = dir.path().join("hard.pdf");
        std::fs::hard_link(&db, &hard).unwrap();
        for path in [
            db.clone(),
            dotted,
            link,
            hard,
            dir.path().join("custody.db-wal"),
            dir.path().join("custody.db-shm"),
        ] {
            let refused = write_whole(&path, b"report", rule(&db, true));
            assert!(
                refused.is_err(),
                "{} is the database, so even --force must not write it",
                path.display()
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
        assert!(
            write_whole(&out, b"new", rule(&db, false)).is_err(),
            "an existing file is kept unless --force"
        );
        assert_eq!(
            std::fs::read(&out).unwrap(),
            b"old",
            "refused means unchanged"
        );
        write_whole(&out, b"new", rule(&db, true)).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"new", "--force replaces it");
        let fresh = dir.path().join("fresh.csv");
        write_whole(&fresh, b"rows", rule(&db, false)).unwrap();
        assert_eq!(
            std::fs::read(&fresh).unwrap(),
            b"rows",
            "a new file needs no --force"
        );
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".partial"))
            .collect();
        assert!(
            left.is_empty(),
            "no temporary file is left behind: {left:?}"
        );
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
