//! Custody's core: the domain, the SQLite store with its hash-chained ledger, and the use cases
//! that the command line and the desktop app adapt. Everything here takes the acting user and
//! the current time as arguments; nothing reads the clock or knows about a window.
//!
//! One folder or file per capability, from the bottom up: `model` and `error`; `db` (the schema
//! and its migrations), `fields` (a typed value checked), `import` (reading a file safely),
//! `users` (accounts as stored, the system principals) and `permissions` (which role may do
//! what); the `ledger` (append, verify, prove); `auth` (passwords, sign-in, signatures,
//! accounts), `master` (places and products), `stock`, `epcis`; the use cases `movement`,
//! `shipment`, `recall`, `count`, `levels`, `replenish`, `history`, `backup` and `sync` (the site's side of the hospital network); `report` and `demo` on top.
//! No two modules use each other, directly or round a loop (the tidy test checks it).

#![forbid(unsafe_code)]

pub mod auth;
pub mod backup;
pub mod count;
pub mod currency;
pub mod db;
pub mod demo;
pub mod epcis;
pub mod error;
mod fields;
pub mod history;
pub mod import;
pub mod insights;
pub mod ledger;
pub mod levels;
pub mod master;
pub mod model;
pub mod movement;
pub mod national;
pub mod permissions;
pub mod recall;
pub mod replenish;
pub mod report;
pub mod scan;
pub mod shipment;
pub mod stock;
pub mod sync;
pub mod users;
pub mod write_off;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension};

pub use error::{CoreError, CoreResult, FileProblem, StoreError};
pub use model::*;
pub use users::SystemPrincipal;

/// The tables that grow with the ledger's history rather than with today's stock and master
/// data: the events and their lines, every pack ever seen, daily consumption and stock changes,
/// the stays, the receipts, and the lines of every shipment. The app's start-up check leaves them to [`Store::history_check`].
pub const HISTORY_TABLES: &[&str] = &[
    "event",
    "event_line",
    "unit",
    "consumption",
    "stock_change",
    "stay",
    "receipt",
    "shipment_item",
];

use permissions::{require, Operation};

/// The keys of the site settings a manager changes (see `custody-api`'s `settings`).
pub mod site_setting {
    /// Strings the scanners send instead of the group separator (a JSON array).
    pub const GS_SUBSTITUTES: &str = "scanner.gs_substitutes";
    /// Drop a group separator right after the symbology identifier (`true`/`false`).
    pub const IGNORE_LEADING_GS: &str = "scanner.ignore_leading_gs";
    /// Read GS1 data in a plain symbol (`true`/`false`).
    pub const PLAIN_SYMBOL: &str = "scanner.accept_gs1_in_plain_symbol";
    /// The short-dated window of receipts, in days.
    pub const SHORT_DATED_DAYS: &str = "receipt.short_dated_days";
    /// The price tolerance of receipts, in percent.
    pub const PRICE_TOLERANCE: &str = "receipt.price_tolerance_percent";
    /// The ISO 4217 code of the site's currency (`EUR`); none stored means none chosen yet.
    pub const CURRENCY: &str = "site.currency";
    /// Every one of them.
    pub const ALL: [&str; 6] = [
        GS_SUBSTITUTES,
        IGNORE_LEADING_GS,
        PLAIN_SYMBOL,
        SHORT_DATED_DAYS,
        PRICE_TOLERANCE,
        CURRENCY,
    ];
}

/// Opens (creating and migrating as needed) a connection to the database at `path`, with the
/// ledger's steps for the migrations that need more than SQL. A [`Store`] has its own; this is
/// for a second connection beside it (the backup's check, the benchmarks' own queries).
pub fn open_connection(path: &Path) -> Result<Connection, StoreError> {
    db::open(path, ledger::after_migration)
}

/// An open Custody database.
#[derive(Debug)]
pub struct Store {
    /// A second, read-only connection to the same file, opened when first asked for
    /// ([`Store::with_reader`]). Declared first so that it is closed first: the last connection
    /// to close copies the write-ahead log into the file and removes it, and a read-only one
    /// cannot, which would leave the latest changes in `-wal` beside a closed database (where
    /// a copy of the file alone would miss them).
    reader: std::sync::Mutex<Option<Connection>>,
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating and migrating as needed) the database at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path = path.as_ref().to_path_buf();
        Ok(Store {
            reader: std::sync::Mutex::new(None),
            conn: open_connection(&path)?,
            path,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the database has a site yet (i.e. `init` has run).
    pub fn is_initialised(&self) -> CoreResult<bool> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM site", [], |r| r.get::<_, i64>(0))?
            > 0)
    }

    /// The active user with this username, as the actor of what follows.
    pub fn actor(&self, username: &str) -> CoreResult<User> {
        self.conn
            .query_row(
                "SELECT id, username, name, role, active FROM user WHERE username = ?1 AND active = 1 AND instr(username, ':') = 0",
                rusqlite::params![username],
                users::user_from_row,
            )
            .optional()?
            .ok_or_else(|| CoreError::refused("auth.user_unknown").arg("user", username))
    }

    /// Sets up a new database: its site and the first administrator. Needs no actor, and
    /// refuses a database that already has a site.
    pub fn init(
        &mut self,
        site_code: &str,
        site_name: &str,
        admin_username: &str,
        admin_name: &str,
        admin_password: &str,
        now: Timestamp,
    ) -> CoreResult<(Site, User)> {
        if self.is_initialised()? {
            return Err(CoreError::refused("master.already_set_up"));
        }
        let tx = self.conn.transaction()?;
        let site = master::insert_site(&tx, site_code, site_name, None, now)?;
        let admin = auth::insert_user(
            &tx,
            admin_username,
            admin_name,
            Role::Admin,
            Some(admin_password),
            now,
        )?;
        tx.commit()?;
        Ok((site, admin))
    }

    /// This database's site (the first one), if set up.
    pub fn site(&self) -> CoreResult<Option<Site>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, code, name, gln FROM site ORDER BY id LIMIT 1",
                [],
                |r| {
                    Ok(Site {
                        id: SiteId(r.get(0)?),
                        code: r.get(1)?,
                        name: r.get(2)?,
                        gln: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// The first active administrator, if any.
    pub fn first_admin(&self) -> CoreResult<Option<User>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, username, name, role, active FROM user WHERE role = 'admin' AND active = 1 AND instr(username, ':') = 0 ORDER BY id LIMIT 1",
                [],
                users::user_from_row,
            )
            .optional()?)
    }

    /// SQLite's quick structural check of the whole file: minutes on six years of history, so
    /// the app runs it after its start-up check, in the background (`verify` is the full check).
    /// Returns the problems, empty when the file is sound.
    pub fn quick_check(&self) -> CoreResult<Vec<String>> {
        self.quick_check_of("PRAGMA quick_check(20)")
    }

    /// One `quick_check` pragma's problems ("ok" is none); a page too damaged for the pragma to
    /// walk is a problem too, named with what was being checked.
    fn quick_check_of(&self, pragma: &str) -> CoreResult<Vec<String>> {
        let rows: Result<Vec<String>, rusqlite::Error> = self
            .conn
            .prepare(pragma)
            .and_then(|mut stmt| stmt.query_map([], |r| r.get(0))?.collect());
        match rows {
            Ok(rows) if rows == ["ok"] => Ok(Vec::new()),
            Ok(rows) => Ok(rows),
            Err(rusqlite::Error::SqliteFailure(f, message))
                if f.code == rusqlite::ErrorCode::DatabaseCorrupt =>
            {
                let what = message.unwrap_or_else(|| f.to_string());
                Ok(vec![format!("{pragma}: {what}")])
            }
            Err(e) => Err(e.into()),
        }
    }

    /// The check an app runs on every start, in a time that does not grow with the ledger's
    /// history: SQLite's quick check of every table but the ones that hold the history
    /// ([`HISTORY_TABLES`], checked by [`Store::history_check`] afterwards), then the schema
    /// objects against exactly what the migrations of its version create (an extra trigger
    /// could rewrite what is recorded). Each problem in words; none when the file is sound.
    ///
    /// Read unmapped: the check is a fresh process's first read of tables scattered through the
    /// file, and mapped, each page's fault read 8 MB of its neighbours (7 s on six years of a
    /// hospital's history from a cold cache; see [`Store::map_whole_file`]).
    pub fn start_up_check(&self) -> CoreResult<Vec<String>> {
        self.map_whole_file(false);
        let found = self.start_up_findings();
        self.map_whole_file(true);
        found
    }

    fn start_up_findings(&self) -> CoreResult<Vec<String>> {
        let tables: Vec<String> = self
            .conn
            .prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                 ORDER BY name",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut found = Vec::new();
        for table in tables
            .iter()
            .filter(|t| !HISTORY_TABLES.contains(&t.as_str()))
        {
            found.extend(self.quick_check_of(&format!("PRAGMA quick_check(\"{table}\")"))?);
        }
        if !found.is_empty() {
            return Ok(found);
        }
        Ok(self
            .schema_differences()?
            .iter()
            .map(ToString::to_string)
            .collect())
    }

    /// SQLite's quick check of the whole file, for the app to run in the background once
    /// [`Store::start_up_check`] has passed: the tables that grow with the history
    /// ([`HISTORY_TABLES`], 38 s for the events alone on six years of a hospital's history), and
    /// what no check of one table sees (the free pages, a page used twice or never).
    pub fn history_check(&self) -> CoreResult<Vec<String>> {
        self.quick_check()
    }

    /// A stored setting.
    pub fn setting(&self, key: &str) -> CoreResult<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT value FROM setting WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    /// Runs `reads` in one read transaction: the same state of the file for all of them, and
    /// one read lock instead of one per statement (the application layer reads the site's
    /// settings and the person's language this way before each operation). Reads only: a write
    /// in `reads` would not wait for another writer and would be rolled back on an error (see
    /// `db::snapshot`). Inside a transaction already, they share that one.
    pub fn read_together<T, E: From<CoreError>>(
        &self,
        reads: impl FnOnce(&Store) -> Result<T, E>,
    ) -> Result<T, E> {
        let snapshot = db::one_snapshot(&self.conn).map_err(CoreError::from)?;
        let read = reads(self)?;
        if let Some(snapshot) = snapshot {
            snapshot.end().map_err(CoreError::from)?;
        }
        Ok(read)
    }

    /// The site's currency, if one was chosen. A stored code no longer in use reads as none.
    pub fn currency(&self) -> CoreResult<Option<currency::Currency>> {
        Ok(self
            .setting(site_setting::CURRENCY)?
            .as_deref()
            .and_then(currency::Currency::parse))
    }

    /// Changes one of the [`site_setting`]s (inventory managers and administrators). The
    /// application layer checks the value; this checks who and which.
    pub fn set_site_setting(
        &self,
        actor: &User,
        key: &str,
        value: &str,
        now: Timestamp,
    ) -> CoreResult<()> {
        require(actor, Operation::ManageMasterData)?;
        if !site_setting::ALL.contains(&key) {
            return Err(CoreError::refused("master.setting_unknown").arg("setting", key));
        }
        self.set_setting(actor, key, value, now)
    }

    /// Stores a setting, naming who changed it (callers check the permission for the setting).
    pub(crate) fn set_setting(
        &self,
        actor: &User,
        key: &str,
        value: &str,
        now: Timestamp,
    ) -> CoreResult<()> {
        self.conn.execute(
            "INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            rusqlite::params![key, value, now.utc_text(), actor.id.0],
        )?;
        Ok(())
    }

    /// A number that changes whenever the database does (a commit here or by another
    /// connection), so a computed list can be reused until then.
    pub fn data_stamp(&self) -> CoreResult<(i64, i64)> {
        Ok(self.conn.query_row(
            "SELECT (SELECT data_version FROM pragma_data_version), total_changes()",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// The second connection, if opened; a panic while another thread held it leaves it usable
    /// (it only reads).
    pub(crate) fn reader_slot(&self) -> std::sync::MutexGuard<'_, Option<Connection>> {
        self.reader
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Checks the acting user may perform `op`.
    pub fn check(&self, actor: &User, op: Operation) -> CoreResult<()> {
        require(actor, op)
    }
}
