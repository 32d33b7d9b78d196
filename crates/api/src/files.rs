//! Files Custody writes for a person (reports, exports, and the folder backups go to): never onto
//! the open database or its `-wal`/`-shm`, and never over an existing file unless the person
//! confirmed. Both front ends write through here, so the rule is the same from the app and the
//! command line.
//!
//! A path is compared with the database twice: by canonical path (symbolic links, `..` and a
//! folder reached two ways all resolve to one name) and by device and inode (a hard link has a
//! name of its own but is the same file). Either match refuses, whatever `overwrite` says.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

use serde_json::Value;

use crate::error::{args, ApiError};

/// Why a file was not written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveRefused {
    /// The path is the open database or one of its companion files; refused in every case.
    OpenDatabase { path: PathBuf },
    /// A file is already there and the person has not confirmed replacing it.
    Exists { path: PathBuf },
    /// The path names a folder (or something else that is not a file).
    NotAFile { path: PathBuf },
    /// The file system said no.
    Io { path: PathBuf, message: String },
}

impl From<SaveRefused> for ApiError {
    /// `files.exists` (a front end asks whether to replace the file, then writes again with
    /// `overwrite`), `files.open_database` (refused whatever is confirmed), `files.not_a_file`
    /// or `files.io`; `args.path` names the file.
    fn from(e: SaveRefused) -> Self {
        let (code, path, reason) = match &e {
            SaveRefused::OpenDatabase { path } => ("files.open_database", path, None),
            SaveRefused::Exists { path } => ("files.exists", path, None),
            SaveRefused::NotAFile { path } => ("files.not_a_file", path, None),
            SaveRefused::Io { path, message } => ("files.io", path, Some(message.clone())),
        };
        let mut a = args([("path", Value::from(path.display().to_string()))]);
        if let Some(reason) = reason {
            a.insert("reason".into(), Value::from(reason));
        }
        ApiError::new(code, a)
    }
}

/// The files that make up the open database `db`: the file and its write-ahead log, shared
/// memory and rollback journal.
fn database_files(db: &Path) -> Vec<PathBuf> {
    let base = canonical(db);
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|suffix| {
            let mut name = base.clone().into_os_string();
            name.push(suffix);
            PathBuf::from(name)
        })
        .collect()
}

/// `path` with its links and `..` resolved as far as the file system allows: its longest part that
/// exists is canonicalised, and the rest (a file or folders about to be created, which cannot be
/// links) is appended with `.` and `..` applied.
fn canonical(path: &Path) -> PathBuf {
    let mut existing = path;
    let mut rest = Vec::new();
    loop {
        if let Ok(mut out) = std::fs::canonicalize(existing) {
            for part in rest.iter().rev() {
                match part {
                    Component::ParentDir => {
                        out.pop();
                    }
                    Component::Normal(name) => out.push(name),
                    _ => {}
                }
            }
            return out;
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                existing = if parent.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    parent
                };
            }
            _ => return path.to_path_buf(),
        }
    }
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

// Elsewhere only the canonical path is compared: a hard link to the database on Windows would
// need the volume's file index, which is not read here.
#[cfg(not(unix))]
fn same_file(_: &std::fs::Metadata, _: &std::fs::Metadata) -> bool {
    false
}

/// Whether `path` is the open database `db` or one of its companion files.
pub fn is_database_file(path: &Path, db: &Path) -> bool {
    let target = canonical(path);
    let files = database_files(db);
    if files.contains(&target) {
        return true;
    }
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .any(|m| same_file(&meta, &m))
}

/// Whether a file may be written at `target` while `db` is open: never onto the database, never
/// onto a folder, and onto an existing file only when `overwrite` (the person confirmed).
pub fn check_target(target: &Path, db: &Path, overwrite: bool) -> Result<(), SaveRefused> {
    if is_database_file(target, db) {
        return Err(SaveRefused::OpenDatabase {
            path: target.to_path_buf(),
        });
    }
    match std::fs::symlink_metadata(target) {
        Err(_) => Ok(()),
        Ok(meta) if meta.is_dir() => Err(SaveRefused::NotAFile {
            path: target.to_path_buf(),
        }),
        Ok(_) if overwrite => Ok(()),
        Ok(_) => Err(SaveRefused::Exists {
            path: target.to_path_buf(),
        }),
    }
}

/// Writes `bytes` to `target` whole (a temporary file beside it, then renamed), after
/// [`check_target`]. Without `overwrite` the file is linked into place, which fails if one
/// appeared in the meantime, so a file created between the check and the write is not lost
/// either.
pub fn write_file(
    target: &Path,
    bytes: &[u8],
    db: &Path,
    overwrite: bool,
) -> Result<(), SaveRefused> {
    check_target(target, db, overwrite)?;
    let io = |e: std::io::Error| SaveRefused::Io {
        path: target.to_path_buf(),
        message: e.to_string(),
    };
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(io)?;
    // A temporary name that no existing file has: created with `create_new`, so it never
    // truncates someone's file that happens to share the name.
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    let (tmp, mut file) = (0..100u32)
        .find_map(|n| {
            let tmp = dir.join(format!(".{name}.{}-{n}.partial", std::process::id()));
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&tmp)
                .ok()
                .map(|f| (tmp, f))
        })
        .ok_or_else(|| SaveRefused::Io {
            path: target.to_path_buf(),
            message: "no temporary file could be created beside it".into(),
        })?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(io)
        .and_then(|()| {
            if overwrite {
                std::fs::rename(&tmp, target).map_err(io)
            } else {
                match std::fs::hard_link(&tmp, target) {
                    Ok(()) => Ok(()),
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        Err(SaveRefused::Exists {
                            path: target.to_path_buf(),
                        })
                    }
                    // A file system without hard links (a FAT stick, some network shares):
                    // check again and rename; the window for a race is the check's.
                    Err(_) => match check_target(target, db, false) {
                        Ok(()) => std::fs::rename(&tmp, target).map_err(io),
                        Err(e) => Err(e),
                    },
                }
            }
        });
    let _ = std::fs::remove_file(&tmp);
    written
}

/// Whether backups may go to `folder` while `db` is open: not the database's own folder. A
/// backup beside the file it protects is lost with that folder's disk, and the retention that
/// prunes old backups there must never find the open database among them.
pub fn check_backup_folder(folder: &Path, db: &Path) -> Result<(), ApiError> {
    let dir = canonical(folder);
    let db_dir = canonical(db)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let same_dir = dir == db_dir
        || match (std::fs::metadata(folder), std::fs::metadata(&db_dir)) {
            (Ok(a), Ok(b)) => same_file(&a, &b),
            _ => false,
        };
    if same_dir {
        return Err(ApiError::field(
            "files.backup_beside_database",
            "folder",
            args([("path", Value::from(folder.display().to_string()))]),
        ));
    }
    if is_database_file(folder, db) {
        return Err(SaveRefused::OpenDatabase {
            path: folder.to_path_buf(),
        }
        .into());
    }
    Ok(())
}
