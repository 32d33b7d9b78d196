//! Opening a Custody database: the one place the SQLite connection is set up, and the embedded,
//! forward-only migrations.

use std::path::Path;
use std::time::Duration;

use rusqlite::Connection;

use crate::error::StoreError;

include!(concat!(env!("OUT_DIR"), "/migrations.rs"));

/// The schema version this build writes.
pub fn schema_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// Opens (creating if needed) the database at `path`, sets the connection up and brings the
/// schema up to date. Refuses a database written by a newer version of Custody.
pub fn open(path: &Path) -> Result<Connection, StoreError> {
    let mut conn = Connection::open(path).map_err(|e| StoreError::Open {
        path: path.display().to_string(),
        source: e,
    })?;
    configure(&conn)?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// Whether the existing file at `path` is a Custody database (of any version), read without
/// changing it: an SQLite file whose schema version is set and which has the ledger's tables.
/// Anything else (another program's database, an empty or a damaged file) is not.
pub fn is_custody_file(path: &Path) -> Result<bool, StoreError> {
    use rusqlite::OpenFlags;
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| {
            StoreError::Open {
                path: path.display().to_string(),
                source: e,
            }
        })?;
    let look = || -> rusqlite::Result<bool> {
        let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let tables: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('site', 'event', 'unit')",
            [],
            |r| r.get(0),
        )?;
        Ok(version > 0 && tables == 3)
    };
    Ok(look().unwrap_or(false))
}

/// WAL with `synchronous=NORMAL`: a power cut loses at most the last commits, never the file.
fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "cache_size", -262_144)?; // 256 MiB: a desktop has the memory
                                                       // A safety net only: long-running processes checkpoint from a background `Checkpointer`
                                                       // so that copying the WAL back never lands on a scan's commit.
    conn.pragma_update(None, "wal_autocheckpoint", 10_000)?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
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
        crate::ledger::after_migration(&tx, i as u32 + 1).map_err(|e| StoreError::Migration {
            name: (*name).to_string(),
            source: rusqlite::Error::ToSqlConversionFailure(Box::new(e)),
        })?;
        tx.pragma_update(None, "user_version", i as u32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// Runs `load` with the secondary indexes of `tables` dropped, then rebuilds them from their own
/// SQL. Building an index once by sorting is much faster than growing it by a million random
/// inserts; for bulk loads into an empty database.
pub(crate) fn with_indexes_deferred<T>(
    conn: &mut Connection,
    tables: &[&str],
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

/// A second connection to the same database that copies the write-ahead log back into the
/// main file (a passive checkpoint), so long-running processes can do it off the scan path.
#[derive(Debug)]
pub struct Checkpointer {
    conn: Connection,
}

impl Checkpointer {
    /// Opens a checkpointing connection to the database at `path`.
    pub fn open(path: &Path) -> Result<Checkpointer, StoreError> {
        let conn = Connection::open(path).map_err(|e| StoreError::Open {
            path: path.display().to_string(),
            source: e,
        })?;
        conn.busy_timeout(Duration::from_millis(50))?;
        Ok(Checkpointer { conn })
    }

    /// Copies what it can without waiting for writers; returns the frames copied.
    pub fn checkpoint(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get(2))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_custody_database_is_taken_for_one() {
        let dir = tempfile::tempdir().unwrap();
        let ours = dir.path().join("custody.db");
        open(&ours).unwrap();
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
