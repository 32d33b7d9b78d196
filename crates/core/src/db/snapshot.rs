//! A read transaction for reads that belong together: the same state of the file throughout,
//! and one read lock taken instead of one per statement. Its `BEGIN`, `COMMIT` and `ROLLBACK`
//! are the connection's cached statements: rusqlite's `Transaction` parses its SQL each time,
//! and at a person's pace, the parser's code no longer in the processor's caches, that was a
//! scan's slowest parse (`docs/decisions/2026-12-02-history-independent-levels.md`).

use rusqlite::Connection;

/// A read transaction on `conn` for reads that belong together, ended by [`Snapshot::end`] or,
/// on an error or an early return, rolled back when dropped. Deferred: it takes no lock until
/// its first read. It is for reads only: a write inside it would take the write lock without
/// waiting for another writer (busy at once), and be undone by the rollback. None when `conn`
/// is already inside a transaction, whose snapshot the reads then share.
pub(crate) fn one_snapshot(conn: &Connection) -> rusqlite::Result<Option<Snapshot<'_>>> {
    if !conn.is_autocommit() {
        return Ok(None);
    }
    conn.prepare_cached("BEGIN DEFERRED")?.execute([])?;
    Ok(Some(Snapshot { conn }))
}

/// The read transaction [`one_snapshot`] began.
pub(crate) struct Snapshot<'c> {
    conn: &'c Connection,
}

impl Snapshot<'_> {
    /// Ends the read transaction.
    pub(crate) fn end(self) -> rusqlite::Result<()> {
        self.conn.prepare_cached("COMMIT")?.execute([])?;
        Ok(())
    }
}

impl Drop for Snapshot<'_> {
    /// Rolls back a snapshot not ended (after a successful [`Snapshot::end`] the connection is
    /// back in autocommit and there is nothing to do), with the cached statement, else parsed
    /// afresh. Should both fail, the connection stays in the transaction: the next snapshot
    /// shares it, and the next write's `BEGIN` fails and says so.
    fn drop(&mut self) {
        if self.conn.is_autocommit() {
            return;
        }
        let cached = self
            .conn
            .prepare_cached("ROLLBACK")
            .and_then(|mut rollback| rollback.execute([]));
        if cached.is_err() && !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn connection() -> Connection {
        Connection::open_in_memory().unwrap()
    }

    #[test]
    fn a_snapshot_ended_is_committed_and_leaves_the_connection_in_autocommit() {
        let conn = connection();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        let snapshot = one_snapshot(&conn).unwrap().unwrap();
        assert!(!conn.is_autocommit());
        // Only to tell an end from a rollback: a snapshot is for reads.
        conn.execute("INSERT INTO t VALUES (1)", []).unwrap();
        snapshot.end().unwrap();
        assert!(conn.is_autocommit());
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 1, "ended by COMMIT, not rolled back when dropped");
        // The cached statements serve the next scan's snapshot as well.
        one_snapshot(&conn).unwrap().unwrap().end().unwrap();
        assert!(conn.is_autocommit());
    }

    #[test]
    fn a_snapshot_dropped_without_its_end_is_rolled_back() {
        let conn = connection();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        {
            let _snapshot = one_snapshot(&conn).unwrap().unwrap();
            conn.execute("INSERT INTO t VALUES (1)", []).unwrap();
        }
        assert!(conn.is_autocommit());
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 0);
    }

    #[test]
    fn inside_a_transaction_there_is_no_snapshot_of_its_own() {
        let conn = connection();
        conn.execute_batch("BEGIN").unwrap();
        assert!(one_snapshot(&conn).unwrap().is_none());
        assert!(!conn.is_autocommit());
        conn.execute_batch("ROLLBACK").unwrap();
    }

    #[test]
    fn reads_together_share_one_transaction_ended_whatever_they_return() {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::Store::open(dir.path().join("custody.db")).unwrap();
        let path = dir.path().join("custody.db");
        let other = crate::open_connection(&path).unwrap();
        let inside = store
            .read_together(|s| {
                let autocommit = s.conn().is_autocommit();
                s.setting("a key no one sets")?;
                // Deferred, and a reader: another connection may still write meanwhile.
                other.execute_batch("BEGIN IMMEDIATE; COMMIT").unwrap();
                Ok::<_, crate::CoreError>(autocommit)
            })
            .unwrap();
        assert!(!inside, "the reads ran inside one transaction");
        assert!(store.conn().is_autocommit());
        let refused = store.read_together(|_| Err::<(), _>(crate::CoreError::refused("x")));
        assert!(refused.is_err());
        assert!(store.conn().is_autocommit(), "rolled back on an error");
    }
}
