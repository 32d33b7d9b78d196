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

/// WAL with `synchronous=NORMAL`: a power cut loses at most the last commits, never the file.
fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "cache_size", -65536)?; // 64 MiB
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
        tx.pragma_update(None, "user_version", i as u32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
