//! Opening a Custody database: the one place the SQLite connection is set up, the embedded,
//! forward-only migrations, and the check that a file's schema is exactly what they create.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::Connection;
use serde::Serialize;

use crate::error::StoreError;

mod checkpoints;
mod read_ahead;
mod snapshot;

pub use checkpoints::{BackgroundCheckpoints, Checkpointer};
pub use read_ahead::read_ahead_for_scans;
pub(crate) use snapshot::one_snapshot;

include!(concat!(env!("OUT_DIR"), "/migrations.rs"));

/// The schema version this build writes.
pub fn schema_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// What a migration needs beyond its SQL (hashing ledger events), run in the migration's
/// transaction with the version it brings the database to. The ledger provides it
/// (`ledger::after_migration`, passed by [`crate::open_connection`]), so this module that owns
/// the schema knows nothing of the ledger.
pub(crate) type MigrationStep =
    fn(&rusqlite::Transaction<'_>, u32) -> Result<(), crate::error::CoreError>;

/// Opens (creating if needed) the database at `path`, sets the connection up and brings the
/// schema up to date, running `after_step` after each migration's SQL. Refuses a database
/// written by a newer version of Custody.
pub(crate) fn open(path: &Path, after_step: MigrationStep) -> Result<Connection, StoreError> {
    let mut conn = Connection::open(path).map_err(|e| StoreError::Open {
        path: path.display().to_string(),
        source: e,
    })?;
    configure(&mut conn)?;
    migrate(&mut conn, after_step)?;
    Ok(conn)
}

/// Whether the existing file at `path` is a Custody database (of any version), read without
/// changing it: an SQLite file whose schema version is set and which has the ledger's tables.
/// Anything else (another program's database, an empty or a damaged file) is not.
pub fn is_custody_file(path: &Path) -> Result<bool, StoreError> {
    use rusqlite::OpenFlags;
    let open_error = |e| StoreError::Open {
        path: path.display().to_string(),
        source: e,
    };
    // Even a read-only look at a database in WAL mode makes its `-wal` and `-shm` files. With no
    // `-wal` beside it everything is in the file itself, so it is read as immutable, which makes
    // nothing; with one, those files exist already.
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let conn = if Path::new(&wal).exists() {
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
    } else {
        Connection::open_with_flags(
            immutable_uri(path),
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
        )
    }
    .map_err(open_error)?;
    // Another process (the app) may be writing: wait for it rather than call its database
    // foreign.
    conn.busy_timeout(Duration::from_secs(5))?;
    let look = || -> rusqlite::Result<bool> {
        let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let tables: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('site', 'event', 'unit')",
            [],
            |r| r.get(0),
        )?;
        Ok(version > 0 && tables == 3)
    };
    match look() {
        Ok(ours) => Ok(ours),
        // Not an SQLite file at all (text, another format), or damaged beyond reading.
        Err(rusqlite::Error::SqliteFailure(e, _))
            if matches!(
                e.code,
                rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt
            ) =>
        {
            Ok(false)
        }
        // Busy, locked, unreadable: say so, rather than call the file foreign.
        Err(e) => Err(StoreError::Open {
            path: path.display().to_string(),
            source: e,
        }),
    }
}

/// `file:` URI of `path` opened immutable (SQLite's URI rules: every byte but unreserved ones
/// and `/` percent-encoded).
fn immutable_uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for b in absolute.as_os_str().as_encoded_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                uri.push(*b as char)
            }
            _ => uri.push_str(&format!("%{b:02X}")),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// What is wrong with one schema object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SchemaProblem {
    /// The file has it; the migrations of its version do not create it.
    Unexpected,
    /// The migrations create it; the file does not have it.
    Missing,
    /// Both have it, with a different definition (or of a different kind).
    Different,
}

/// A schema object (table, index, trigger or view) that is not exactly what the migrations of
/// the database's version create.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SchemaDifference {
    /// table, index, trigger or view (as the file has it, or as expected when missing).
    pub kind: String,
    /// Its name.
    pub name: String,
    /// What is wrong.
    pub problem: SchemaProblem,
}

impl std::fmt::Display for SchemaDifference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self { kind, name, .. } = self;
        match self.problem {
            SchemaProblem::Unexpected => write!(
                f,
                "unexpected {kind} {name}: no Custody migration creates it"
            ),
            SchemaProblem::Missing => write!(
                f,
                "missing {kind} {name}: the migrations create it, the file does not have it"
            ),
            SchemaProblem::Different => {
                write!(f, "{kind} {name} differs from what the migrations create")
            }
        }
    }
}

/// The schema objects of `conn` by name: (kind, definition with its whitespace normalised).
/// SQLite's own statistics tables (`sqlite_stat*`, made by `ANALYZE`) and the automatic indexes
/// of UNIQUE and PRIMARY KEY constraints (`sqlite_autoindex_*`, which have no SQL of their own
/// and follow from their table's) are left out.
fn schema_objects(conn: &Connection) -> rusqlite::Result<BTreeMap<String, (String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, sql FROM main.sqlite_schema
         WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'
           AND name NOT LIKE 'sqlite\\_autoindex\\_%' ESCAPE '\\'",
    )?;
    let rows = stmt.query_map([], |r| {
        let sql: Option<String> = r.get(2)?;
        Ok((
            r.get::<_, String>(1)?,
            (r.get::<_, String>(0)?, normalised_sql(sql.as_deref())),
        ))
    })?;
    rows.collect()
}

/// A definition with its comments left out and each run of whitespace made one space (outside
/// quotes), so layout and comments are not a difference and anything else is.
fn normalised_sql(sql: Option<&str>) -> String {
    let sql = sql.unwrap_or_default();
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' | '`' | '[' => {
                if space && !out.is_empty() && !out.ends_with(['(', ')', ',', ';']) {
                    out.push(' ');
                }
                space = false;
                let close = if c == '[' { ']' } else { c };
                out.push(c);
                // A quote is closed by the same character; doubled, it stands for itself and
                // the loop simply goes on inside.
                for q in chars.by_ref() {
                    out.push(q);
                    if q == close {
                        break;
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        break;
                    }
                }
                space = true;
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for n in chars.by_ref() {
                    if last == '*' && n == '/' {
                        break;
                    }
                    last = n;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            c => {
                // Beside brackets, commas and semicolons a space means nothing: `t(a)` is
                // `t (a)`.
                let after_punctuation = out.ends_with(['(', ')', ',', ';']);
                let punctuation = matches!(c, '(' | ')' | ',' | ';');
                if space && !out.is_empty() && !after_punctuation && !punctuation {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
        }
    }
    out
}

/// The schema the migrations up to `version` create, built by running them on an empty
/// in-memory database: computed, never listed by hand, so a new migration is always part of it.
fn expected_schema(version: u32) -> Result<BTreeMap<String, (String, String)>, StoreError> {
    let mut conn = Connection::open_in_memory()?;
    for (name, sql) in MIGRATIONS.iter().take(version as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql).map_err(|e| StoreError::Migration {
            name: (*name).to_string(),
            source: e,
        })?;
        tx.commit()?;
    }
    Ok(schema_objects(&conn)?)
}

/// Compares the database's tables, indexes, triggers and views with exactly what the
/// migrations of its schema version create: anything extra, missing or defined differently is
/// listed, sorted by name. A file from a newer Custody is refused (its schema is unknown here).
/// The store is read, never changed.
pub fn schema_differences(conn: &Connection) -> Result<Vec<SchemaDifference>, StoreError> {
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let supported = schema_version();
    if version > supported {
        return Err(StoreError::TooNew {
            found: version,
            supported,
        });
    }
    let expected = expected_schema(version)?;
    let found = schema_objects(conn)?;
    let mut out = Vec::new();
    for (name, (kind, sql)) in &found {
        match expected.get(name) {
            None => out.push(SchemaDifference {
                kind: kind.clone(),
                name: name.clone(),
                problem: SchemaProblem::Unexpected,
            }),
            Some((expected_kind, expected_sql)) if expected_kind != kind || expected_sql != sql => {
                out.push(SchemaDifference {
                    kind: kind.clone(),
                    name: name.clone(),
                    problem: SchemaProblem::Different,
                })
            }
            Some(_) => {}
        }
    }
    for (name, (kind, _)) in &expected {
        if !found.contains_key(name) {
            out.push(SchemaDifference {
                kind: kind.clone(),
                name: name.clone(),
                problem: SchemaProblem::Missing,
            });
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

impl crate::Store {
    /// The open database's schema objects that are not exactly what the migrations create
    /// (see [`schema_differences`]); empty when all is as it should be. For the app's start-up
    /// check, beside [`crate::Store::quick_check`].
    pub fn schema_differences(&self) -> Result<Vec<SchemaDifference>, StoreError> {
        schema_differences(self.conn())
    }

    /// Whether this connection reads through its mapping of the whole file (`true`, as every
    /// connection opens) or copies each page it reads into its own cache. A process's first
    /// reads of a file not yet in memory are cheaper unmapped: a fault on a mapped page reads
    /// its neighbours with it (8 MB of them on this machine), and the first shortage list of a
    /// fresh process on six years of history read 1.9 GB from disk for 13 MB of pages (1.24 s,
    /// against 0.29 s unmapped). Once the pages are in memory, mapped reads are the faster.
    /// Best effort: a connection left as it was reads the same pages at another speed. (SQLite
    /// keeps a mapping while a statement still holds a page of it; callers switch between
    /// statements.)
    pub fn map_whole_file(&self, mapped: bool) {
        self.set_mapping(if mapped { MMAP_SIZE } else { 0 });
    }

    /// Maps `size` bytes of the file on the store's connection and on its second reader, if
    /// open, so that the two always read alike.
    fn set_mapping(&self, size: i64) {
        self.conn().pragma_update(None, "mmap_size", size).ok();
        if let Some(reader) = self.reader_slot().as_ref() {
            reader.pragma_update(None, "mmap_size", size).ok();
        }
    }

    /// Runs `work` with the store's reads unmapped (its connection's and its second reader's),
    /// then maps them again as they were: for a write that reads pages scattered through the
    /// file, a few for each of thousands of packs (a recall's hold). Measured on six years of
    /// history, a fresh process holding about a thousand packs: 2.8 s mapped against 0.4 s
    /// unmapped with the system's cache dropped; with the whole file in memory, 0.19–0.29 s
    /// against 0.10–0.15 s (each mapped page's first touch in a process is a fault), and on the
    /// hospital file no slower (0.25–0.28 s against 0.27–0.32 s). Where the mapping cannot be
    /// read it is left as it is; a panic in `work` leaves it off (reads are then copied, no
    /// less correct). Between transactions only, as every switch of the mapping.
    pub(crate) fn with_mapping_off<T>(&mut self, work: impl FnOnce(&mut Self) -> T) -> T {
        debug_assert!(self.conn().is_autocommit(), "switched between transactions");
        let Ok(size) = mmap_size(self.conn()) else {
            return work(self);
        };
        self.set_mapping(0);
        let out = work(self);
        self.set_mapping(size);
        out
    }

    /// Runs `work` with a second, read-only connection to the same file, for a list that reads
    /// two things at once on two cores (another thread may use it while this one reads on
    /// [`Store::conn`]). Opened the first time it is asked for, mapped as the store's own
    /// connection is. `work` gets none, and must read on the store's connection alone, when
    /// the store's connection is inside a transaction (the second one would not see what it
    /// wrote, nor its snapshot) or the file cannot be opened again (then it is tried again next
    /// time).
    pub(crate) fn with_reader<T>(&self, work: impl FnOnce(Option<&mut Connection>) -> T) -> T {
        if !self.conn().is_autocommit() {
            return work(None);
        }
        let mut slot = self.reader_slot();
        if slot.is_none() {
            let mapped = mmap_size(self.conn()).unwrap_or(MMAP_SIZE);
            *slot = open_reader(self.path(), mapped).ok();
        }
        work(slot.as_mut())
    }
}

/// How many bytes of its file `conn` reads through a mapping (0: it copies each page it reads
/// into its own cache).
pub fn mmap_size(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA mmap_size", [], |r| r.get(0))
}

/// A read-only connection to the database at `path` (which its store has opened and migrated),
/// mapping `mapped` bytes of it.
pub(crate) fn open_reader(path: &Path, mapped: i64) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    // One plan per statement, as on the store's own connection (`configure`).
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    // Its pages come through the mapping like the store's; a smaller cache for the rest.
    conn.pragma_update(None, "cache_size", -65_536)?;
    conn.pragma_update(None, "mmap_size", mapped)?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(conn)
}

/// The most of a database file mapped into memory: all of it (the bundled SQLite is compiled
/// with the same ceiling, `.cargo/config.toml`; see
/// `docs/decisions/2026-12-03-memory-mapped-reads.md`).
pub(crate) const MMAP_SIZE: i64 = 1 << 40;

/// The pages a commit may leave in the write-ahead log before the committing connection copies
/// the log back into the file itself (SQLite's `wal_autocheckpoint`).
pub(crate) const SAFETY_NET_PAGES: i64 = 10_000;

/// WAL with `synchronous=NORMAL`: a power cut loses at most the last commits, never the file.
fn configure(conn: &mut Connection) -> Result<(), StoreError> {
    conn.busy_timeout(Duration::from_secs(5))?;
    // Every transaction takes the write lock when it begins, waiting for it as the busy
    // timeout allows. A deferred one reads first and asks for the lock at its first write; when
    // another connection (the sync agent recording an acknowledgement, a backup's bookkeeping)
    // committed in between, SQLite cannot let it write on its stale snapshot and fails at once
    // with "database is locked", without waiting: a scan refused while the site synced. Reads
    // that want one snapshot (verify) begin theirs deferred, by name.
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    // One plan per statement whatever its parameters. The bundled SQLite keeps sample rows of
    // each index (STAT4) and, without this, a statement whose plan looked at a parameter's value
    // (a range of expiries, a product's packs) is compiled again every time it runs with
    // another: a fifth of a dispense's scan.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    // 256 MiB: a desktop has the memory.
    conn.pragma_update(None, "cache_size", -262_144)?;
    // Pages are read from the operating system's own cache through a mapping of the whole file
    // rather than copied into SQLite's: a fresh process spent a quarter of a year's insight in
    // `pread` and in faulting in fresh cache memory. Writes still go through the WAL.
    conn.pragma_update(None, "mmap_size", MMAP_SIZE)?;
    // A safety net only: long-running processes copy the WAL back from a thread of their own
    // (`BackgroundCheckpoints`) so that it never lands on a scan's commit.
    conn.pragma_update(None, "wal_autocheckpoint", SAFETY_NET_PAGES)?;
    // Statements are prepared once per connection and kept: preparing the appender's writes
    // compiles the triggers that keep the stock sums, and was half of a scan's time. The
    // default of 16 would let the lists' statements push the scan's out between two scans.
    conn.set_prepared_statement_cache_capacity(256);
    Ok(())
}

fn migrate(conn: &mut Connection, after_step: MigrationStep) -> Result<(), StoreError> {
    let found: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let supported = schema_version();
    if found > supported {
        return Err(StoreError::TooNew { found, supported });
    }
    for (i, (name, sql)) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql).map_err(|e| StoreError::Migration {
            name: (*name).to_string(),
            source: e,
        })?;
        // Steps SQL cannot do (hashing ledger events) run in the migration's transaction.
        after_step(&tx, i as u32 + 1).map_err(|e| StoreError::Migration {
            name: (*name).to_string(),
            source: rusqlite::Error::ToSqlConversionFailure(Box::new(e)),
        })?;
        tx.pragma_update(None, "user_version", i as u32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// Runs `load` with the secondary indexes of `tables` dropped, but those named in `kept` (that
/// the load itself searches), then rebuilds them from their own SQL. Building an index once by
/// sorting is much faster than growing it by a million random inserts; for bulk loads into an
/// empty database.
pub(crate) fn with_indexes_deferred<T>(
    conn: &mut Connection,
    tables: &[&str],
    kept: &[&str],
    load: impl FnOnce(&mut Connection) -> Result<T, crate::error::CoreError>,
) -> Result<T, crate::error::CoreError> {
    let mut indexes: Vec<(String, String)> = Vec::new();
    {
        let mut stmt = conn.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?1")?;
        for t in tables {
            let rows = stmt.query_map([t], |r| Ok((r.get(0)?, r.get(1)?)))?;
            indexes.extend(rows.collect::<Result<Vec<_>, _>>()?);
        }
    }
    indexes.retain(|(name, _)| !kept.contains(&name.as_str()));
    for (name, _) in &indexes {
        conn.execute_batch(&format!("DROP INDEX \"{name}\""))?;
    }
    let result = load(conn);
    // Rebuild whatever happened, so a failed load never leaves the schema without its indexes.
    for (_, sql) in &indexes {
        conn.execute_batch(sql)?;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn differences(conn: &Connection) -> Vec<(String, String, SchemaProblem)> {
        schema_differences(conn)
            .unwrap()
            .into_iter()
            .map(|d| (d.kind, d.name, d.problem))
            .collect()
    }

    fn fresh() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::open_connection(&dir.path().join("custody.db")).unwrap();
        (dir, conn)
    }

    #[test]
    fn a_statement_keeps_its_plan_when_run_with_other_parameters() {
        let (_dir, conn) = fresh();
        conn.execute_batch(
            "CREATE TABLE t(a); CREATE INDEX t_a ON t(a);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
             INSERT INTO t SELECT i % 50 FROM n;
             ANALYZE;",
        )
        .unwrap();
        let mut stmt = conn
            .prepare("SELECT count(*) FROM t WHERE a >= ?1 AND a < ?2")
            .unwrap();
        for (from, to) in [(1, 5), (10, 40), (0, 2)] {
            let _: i64 = stmt.query_row([from, to], |r| r.get(0)).unwrap();
        }
        // Without the planner's stability guarantee, STAT4's samples make every new range
        // compile the statement again.
        assert_eq!(stmt.get_status(rusqlite::StatementStatus::RePrepare), 0);
    }

    #[test]
    fn the_whole_file_is_mapped_into_memory_however_large() {
        let (_dir, conn) = fresh();
        let mapped: i64 = conn
            .query_row("PRAGMA mmap_size", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            mapped, MMAP_SIZE,
            "SQLite is compiled with the ceiling in .cargo/config.toml (its own is 2 GB)"
        );
    }

    #[test]
    fn the_mapping_is_off_for_the_work_and_as_it_was_after_on_both_connections() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::Store::open(dir.path().join("custody.db")).unwrap();
        let sizes = |s: &crate::Store| {
            let reader = s.with_reader(|r| mmap_size(r.unwrap()).unwrap());
            (mmap_size(s.conn()).unwrap(), reader)
        };
        assert_eq!(sizes(&store), (MMAP_SIZE, MMAP_SIZE), "both open mapped");
        assert_eq!(store.with_mapping_off(|s| sizes(s)), (0, 0));
        assert_eq!(
            sizes(&store),
            (MMAP_SIZE, MMAP_SIZE),
            "mapped again, as it was"
        );
        store.map_whole_file(false);
        assert_eq!(store.with_mapping_off(|s| sizes(s)), (0, 0));
        assert_eq!(sizes(&store), (0, 0), "left unmapped, as it was");
    }

    /// A store that read on its second connection still leaves, once closed, the whole database
    /// in its file: the read-only connection closes first, so the store's own copies the
    /// write-ahead log back and removes it (closed last, it could not, and `-wal` would keep
    /// the latest changes beside the file).
    #[test]
    fn a_closed_store_leaves_everything_in_its_file_after_reading_on_two_connections() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("custody.db");
        let store = crate::Store::open(&path).unwrap();
        store
            .conn()
            .execute_batch(
                "CREATE TABLE note (v TEXT); INSERT INTO note VALUES ('before closing');",
            )
            .unwrap();
        let read = store.with_reader(|reader| {
            reader.map(|r| {
                r.query_row("SELECT v FROM note", [], |r| r.get::<_, String>(0))
                    .unwrap()
            })
        });
        assert_eq!(
            read.as_deref(),
            Some("before closing"),
            "the reader sees it"
        );
        drop(store);
        let wal = dir.path().join("custody.db-wal");
        assert!(
            !wal.exists(),
            "{} bytes left in the write-ahead log",
            std::fs::metadata(&wal).map_or(0, |m| m.len())
        );
        let conn = Connection::open(&path).unwrap();
        let value: String = conn
            .query_row("SELECT v FROM note", [], |r| r.get(0))
            .unwrap();
        assert_eq!(value, "before closing");
    }

    #[test]
    fn a_store_can_read_unmapped_for_a_while_and_map_the_file_again() {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::Store::open(dir.path().join("custody.db")).unwrap();
        let mapped = |store: &crate::Store| -> i64 {
            store
                .conn()
                .query_row("PRAGMA mmap_size", [], |r| r.get(0))
                .unwrap()
        };
        store.map_whole_file(false);
        assert_eq!(mapped(&store), 0);
        assert!(store.schema_differences().unwrap().is_empty());
        store.map_whole_file(true);
        assert_eq!(mapped(&store), MMAP_SIZE);
    }

    #[test]
    fn looking_at_a_wal_database_of_another_program_adds_no_files_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        // A name SQLite's URIs must escape.
        let other = dir.path().join("their data?#%.sqlite");
        {
            let c = Connection::open(&other).unwrap();
            c.pragma_update(None, "journal_mode", "WAL").unwrap();
            c.execute_batch("CREATE TABLE t(x)").unwrap();
        }
        let before: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert!(
            !is_custody_file(&other).unwrap(),
            "another program's database is not ours"
        );
        let after: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(
            after.len(),
            before.len(),
            "nothing is added beside a file that is not ours (no -wal, no -shm)"
        );
        let ours = dir.path().join("custody.db");
        drop(crate::open_connection(&ours).unwrap());
        assert!(
            is_custody_file(&ours).unwrap(),
            "a closed Custody database is recognised read as immutable"
        );
        let live = crate::open_connection(&ours).unwrap();
        live.execute_batch("CREATE TABLE scratch(x); DROP TABLE scratch;")
            .unwrap();
        assert!(
            is_custody_file(&ours).unwrap(),
            "a Custody database in use, with its -wal, is recognised too"
        );
    }

    #[test]
    fn a_database_the_migrations_made_has_exactly_their_schema() {
        let (_dir, conn) = fresh();
        assert_eq!(
            differences(&conn),
            vec![],
            "a freshly migrated database is the reference itself"
        );
        conn.execute_batch("ANALYZE;").unwrap();
        assert_eq!(
            differences(&conn),
            vec![],
            "SQLite's own statistics tables are not schema objects of ours"
        );
        // Layout is not a difference: the same index written on several lines.
        conn.execute_batch(
            "DROP INDEX unit_quarantined;
             CREATE INDEX unit_quarantined ON unit(location_id,   last_event_seq)
                 WHERE   status = 'quarantined';",
        )
        .unwrap();
        assert_eq!(
            differences(&conn),
            vec![],
            "whitespace alone does not change a definition"
        );
    }

    #[test]
    fn layout_and_comments_are_not_differences_but_quoted_text_is() {
        let n = |s: &str| normalised_sql(Some(s));
        assert_eq!(
            n("CREATE TABLE t (\n  a TEXT, -- the code\n  b /* note */ INTEGER\n)"),
            n("CREATE TABLE t ( a TEXT, b INTEGER )"),
            "comments and line breaks are layout"
        );
        assert_ne!(
            n("CREATE TABLE t (a TEXT CHECK (a <> 'x  y'))"),
            n("CREATE TABLE t (a TEXT CHECK (a <> 'x y'))"),
            "inside quotes every character counts"
        );
        assert_ne!(
            n("CREATE TABLE t (a TEXT CHECK (a <> '-- not a comment'))"),
            n("CREATE TABLE t (a TEXT CHECK (a <> ''))"),
            "a comment marker inside quotes is text"
        );
        assert_eq!(
            n("CREATE TABLE t (a CHECK (a IN ( 'x' , 'y' )))"),
            n("CREATE TABLE t (a CHECK (a IN ('x','y')))"),
            "and so beside quoted text"
        );
        assert_eq!(
            n("CREATE INDEX i ON t (a , b)"),
            n("CREATE INDEX i ON t(a,b)"),
            "spaces beside brackets and commas are layout"
        );
        assert_ne!(
            n("CREATE INDEX i ON t(a)"),
            n("CREATE INDEX i ON t(b)"),
            "a different column is a different index"
        );
    }

    #[test]
    fn an_older_database_is_compared_with_the_migrations_of_its_version() {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = Connection::open(dir.path().join("old.db")).unwrap();
        for (i, (_, sql)) in MIGRATIONS.iter().take(3).enumerate() {
            let tx = conn.transaction().unwrap();
            tx.execute_batch(sql).unwrap();
            tx.pragma_update(None, "user_version", i as u32 + 1)
                .unwrap();
            tx.commit().unwrap();
        }
        assert_eq!(
            differences(&conn),
            vec![],
            "a backup from an older version has the older schema, and that is right for it"
        );
        conn.pragma_update(None, "user_version", schema_version() + 1)
            .unwrap();
        assert!(
            matches!(schema_differences(&conn), Err(StoreError::TooNew { .. })),
            "a newer schema cannot be judged by this version"
        );
    }

    #[test]
    fn extra_missing_and_changed_schema_objects_are_each_named() {
        let (_dir, conn) = fresh();
        conn.execute_batch(
            "CREATE INDEX sneaky_serials ON unit(serial);
             CREATE TRIGGER sneaky_copy AFTER INSERT ON event BEGIN SELECT 1; END;
             CREATE VIEW sneaky_view AS SELECT * FROM unit;
             CREATE TABLE sneaky_table (x);
             DROP TABLE setting;
             DROP TRIGGER event_no_delete;
             CREATE TRIGGER event_no_delete BEFORE DELETE ON event BEGIN SELECT 1; END;",
        )
        .unwrap();
        let found = differences(&conn);
        let expect = [
            ("trigger", "event_no_delete", SchemaProblem::Different),
            ("table", "setting", SchemaProblem::Missing),
            ("index", "sneaky_serials", SchemaProblem::Unexpected),
            ("table", "sneaky_table", SchemaProblem::Unexpected),
            ("trigger", "sneaky_copy", SchemaProblem::Unexpected),
            ("view", "sneaky_view", SchemaProblem::Unexpected),
        ];
        for (kind, name, problem) in expect {
            assert!(
                found.contains(&(kind.to_string(), name.to_string(), problem)),
                "{kind} {name} must be reported as {problem:?}: a restore must refuse it; found {found:?}"
            );
        }
        assert_eq!(found.len(), expect.len(), "nothing else differs: {found:?}");
        let text = schema_differences(&conn).unwrap()[0].to_string();
        assert!(
            text.contains("event_no_delete"),
            "the message names the object: {text}"
        );
    }

    #[test]
    fn only_a_custody_database_is_taken_for_one() {
        let dir = tempfile::tempdir().unwrap();
        let ours = dir.path().join("custody.db");
        crate::open_connection(&ours).unwrap();
        assert!(is_custody_file(&ours).unwrap());
        let other = dir.path().join("other.db");
        Connection::open(&other)
            .unwrap()
            .execute_batch("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('x');")
            .unwrap();
        assert!(!is_custody_file(&other).unwrap());
        let text = dir.path().join("notes.db");
        std::fs::write(&text, "not a database at all, just some text").unwrap();
        assert!(!is_custody_file(&text).unwrap());
        // Looking changed nothing.
        assert_eq!(
            std::fs::read_to_string(&text).unwrap(),
            "not a database at all, just some text"
        );
    }
}
