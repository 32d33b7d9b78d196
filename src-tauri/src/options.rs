//! The desktop app's command line (`--db`, `--backup-dir`, `--idle-minutes`, `--help`,
//! `--version`) and what can be checked of it before a window opens.

use std::path::PathBuf;

/// What `custody-app --help` prints.
pub const USAGE: &str = "\
Custody: the chain of custody of every serialized pack in the pharmacy.

Usage: custody-app [OPTIONS]

Options:
  --db PATH            the database to open; its folder must exist. A new file is set up at
                       first run (default: the one chosen at first run, else custody.db in the
                       system's data folder)
  --backup-dir PATH    where daily backups go (default: CUSTODY_BACKUP_DIR, else the folder an
                       administrator chose, else backups beside the database)
  --idle-minutes N     minutes without a command before the app signs the user out, 1 to 480
                       (default: CUSTODY_IDLE_MINUTES, else 10)
  -h, --help           print this help
  -V, --version        print the version
";

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// Open the window with these options.
    Run(Options),
    /// Print the options and stop.
    Help,
    /// Print the version and stop.
    Version,
}

/// Command-line options of the desktop app.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Options {
    /// The database to open (default: `custody.db` in the OS data directory).
    pub db: Option<PathBuf>,
    /// Minutes without a key or a click before the app asks who is there again (default 10,
    /// or `CUSTODY_IDLE_MINUTES`).
    pub idle_minutes: Option<u32>,
    /// Where daily backups go (default `CUSTODY_BACKUP_DIR`, else `backups` beside the
    /// database).
    pub backup_dir: Option<PathBuf>,
}

impl Options {
    /// Parses `--db PATH`, `--backup-dir PATH`, `--idle-minutes N`, `--help` and `--version`.
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Start, String> {
        let mut o = Options {
            idle_minutes: std::env::var("CUSTODY_IDLE_MINUTES")
                .ok()
                .and_then(|m| m.parse().ok()),
            backup_dir: std::env::var_os("CUSTODY_BACKUP_DIR").map(PathBuf::from),
            ..Default::default()
        };
        let mut args = args.into_iter();
        while let Some(a) = args.next() {
            match a.as_str() {
                "--db" => o.db = Some(args.next().ok_or("--db needs a path")?.into()),
                "--idle-minutes" => {
                    o.idle_minutes = Some(
                        args.next()
                            .and_then(|m| m.parse().ok())
                            .filter(|m| (1..=480).contains(m))
                            .ok_or("--idle-minutes needs a number of minutes from 1 to 480")?,
                    )
                }
                "--backup-dir" => {
                    o.backup_dir = Some(args.next().ok_or("--backup-dir needs a folder")?.into())
                }
                "-h" | "--help" => return Ok(Start::Help),
                "-V" | "--version" => return Ok(Start::Version),
                other => return Err(format!("unknown argument '{other}'")),
            }
        }
        Ok(Start::Run(o))
    }

    /// What can be checked before a window opens: the database named with `--db` must be in a
    /// folder that exists, must not be a folder, and if it exists must be a Custody database
    /// (a SQLite file of another program is never written to). A new file in an existing
    /// folder is fine: the first run sets it up and says where it is.
    pub fn check(&self) -> Result<(), String> {
        let Some(db) = &self.db else {
            return Ok(());
        };
        let dir = match db.parent() {
            Some(d) if d.as_os_str().is_empty() => std::path::Path::new("."),
            Some(d) => d,
            None => return Err(format!("--db {}: give a file, not a folder", db.display())),
        };
        if !dir.is_dir() {
            return Err(format!(
                "--db {}: the folder {} does not exist. Create it first, or give a database in a folder that exists.",
                db.display(),
                dir.display()
            ));
        }
        if db.is_dir() {
            return Err(format!(
                "--db {}: that is a folder; give the database file, such as {}",
                db.display(),
                db.join("custody.db").display()
            ));
        }
        if db.exists() {
            let custody = custody_core::db::is_custody_file(db)
                .map_err(|e| format!("--db {}: cannot read it: {e}", db.display()))?;
            // An empty file is what a first run leaves when it stopped before setting up.
            let empty = std::fs::metadata(db).is_ok_and(|m| m.len() == 0);
            if !custody && !empty {
                return Err(format!(
                    "--db {}: the file is not a Custody database; nothing was changed in it",
                    db.display()
                ));
            }
        }
        Ok(())
    }
}
