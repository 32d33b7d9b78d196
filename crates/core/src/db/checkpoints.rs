//! Copying the write-ahead log back into the database file (a checkpoint) off a person's wait:
//! a connection of its own that does it, and, in a long-running process, a thread that does it
//! every few seconds and at once when a large write hands it its copying.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::Connection;

use super::SAFETY_NET_PAGES;
use crate::error::StoreError;

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
        Ok(passive_checkpoint(&self.conn)?)
    }
}

/// Copies back on `conn` what the log holds that no reader still needs, without waiting for
/// writers; the frames copied.
fn passive_checkpoint(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get(2))
}

/// A request to the background thread: copy now, then say so if someone waits.
struct Ask(Option<Sender<()>>);

/// A thread that copies the log of one database back every few seconds, for as long as it is
/// kept, and at once when asked: by [`BackgroundCheckpoints::checkpoint_now`], or by a write of
/// this process that logged more than the safety net and left its copying here
/// ([`crate::Store::with_checkpoint_deferred`]). Dropping it stops the thread after the copies
/// asked for. One a file is meant: a second for the same file takes the writes' requests from
/// the first, and once either is dropped writes copy their own logs again (safe, not deferred).
#[derive(Debug)]
pub struct BackgroundCheckpoints {
    asks: Option<Sender<Ask>>,
    registration: Registration,
    thread: Option<JoinHandle<()>>,
}

impl BackgroundCheckpoints {
    /// Starts copying back the log of the database at `path` every `every`, on a connection of
    /// its own.
    pub fn start(path: &Path, every: Duration) -> Result<BackgroundCheckpoints, StoreError> {
        let checkpointer = Checkpointer::open(path)?;
        let (asks, received) = mpsc::channel();
        let registration = Registration::new(path, asks.clone());
        let thread =
            std::thread::spawn(move || keep_checkpointing(&checkpointer, &received, every));
        Ok(BackgroundCheckpoints {
            asks: Some(asks),
            registration,
            thread: Some(thread),
        })
    }

    /// Copies the log back now, after any copy under way, and returns when it is done.
    pub fn checkpoint_now(&self) {
        let (done, finished) = mpsc::channel();
        let asked = self.asks.as_ref().map(|a| a.send(Ask(Some(done))));
        if matches!(asked, Some(Ok(()))) {
            // An error means the thread is gone: nothing more will be copied to wait for.
            let _ = finished.recv();
        }
    }
}

impl Drop for BackgroundCheckpoints {
    fn drop(&mut self) {
        self.registration.end();
        // The thread stops when no one can ask it anything more.
        self.asks = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The background thread's loop: a copy at every ask and whenever `every` passes without one;
/// a failed copy is tried again at the next.
fn keep_checkpointing(checkpointer: &Checkpointer, asks: &Receiver<Ask>, every: Duration) {
    loop {
        match asks.recv_timeout(every) {
            Ok(Ask(waiting)) => {
                let _ = checkpointer.checkpoint();
                if let Some(waiting) = waiting {
                    let _ = waiting.send(());
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                let _ = checkpointer.checkpoint();
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// The background checkpoints running in this process, by database file, each with the number
/// of the registration that put it there (so an older one ending cannot remove a newer one).
type Registry = HashMap<PathBuf, (u64, Sender<Ask>)>;

fn registry() -> std::sync::MutexGuard<'static, (u64, Registry)> {
    static REGISTRY: OnceLock<Mutex<(u64, Registry)>> = OnceLock::new();
    REGISTRY
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
}

/// The same file however it was named (a relative path, a link).
fn file_key(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// A database's entry in the registry, for as long as it is kept.
#[derive(Debug)]
struct Registration {
    key: PathBuf,
    number: u64,
}

impl Registration {
    fn new(path: &Path, asks: Sender<Ask>) -> Registration {
        let key = file_key(path);
        let mut registry = registry();
        registry.0 += 1;
        let number = registry.0;
        registry.1.insert(key.clone(), (number, asks));
        Registration { key, number }
    }

    fn end(&self) {
        let mut registry = registry();
        if registry
            .1
            .get(&self.key)
            .is_some_and(|(n, _)| *n == self.number)
        {
            registry.1.remove(&self.key);
        }
    }
}

impl Drop for Registration {
    /// Ends it however its owner went (a failed start included); ending twice does nothing.
    fn drop(&mut self) {
        self.end();
    }
}

/// How to ask the background checkpoints of the database at `path` for a copy, when any run in
/// this process.
fn thread_for(path: &Path) -> Option<Sender<Ask>> {
    registry().1.get(&file_key(path)).map(|(_, a)| a.clone())
}

impl crate::Store {
    /// Runs `write` (a transaction it commits) so that copying the log back after its commit
    /// does not land on the person waiting for it, when this process keeps background
    /// checkpoints of the file: the commit of a write larger than the safety net (a recall's
    /// hold of thousands of packs logs 11,000 pages) would otherwise copy the whole log back
    /// itself, a third of the wait. The background thread is asked to copy at once instead.
    /// Where none runs (the command line, tests), the commit copies as any other does.
    pub(crate) fn with_checkpoint_deferred<T, E: From<rusqlite::Error>>(
        &mut self,
        write: impl FnOnce(&mut Connection) -> Result<T, E>,
    ) -> Result<T, E> {
        let Some(thread) = thread_for(self.path()) else {
            return write(self.conn_mut());
        };
        self.conn().pragma_update(None, "wal_autocheckpoint", 0)?;
        let written = write(self.conn_mut());
        // The write's outcome is what the caller learns: once committed it stands. Should the
        // net not go back, this connection commits without one until it closes, and the
        // thread still copies what it logs.
        let _ = self
            .conn()
            .pragma_update(None, "wal_autocheckpoint", SAFETY_NET_PAGES);
        // Asked even after a failed write, which rolled back: a copy of nothing is cheap. The
        // ask held since the start keeps a thread being stopped until it has copied; one that
        // has ended cannot, and the log is copied here as the commit would have.
        if thread.send(Ask(None)).is_err() {
            let _ = passive_checkpoint(self.conn());
        }
        written
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 11,000 pages of 4 KiB in one transaction: more than the safety net.
    const LARGE_WRITE: &str = "BEGIN; CREATE TABLE large(b); \
        INSERT INTO large VALUES (zeroblob(45000000)); COMMIT;";

    fn file_len(path: &Path) -> u64 {
        std::fs::metadata(path).unwrap().len()
    }

    #[test]
    fn a_large_write_leaves_its_copying_to_the_background_checkpoints_and_asks_for_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("custody.db");
        let mut store = crate::Store::open(&path).unwrap();
        // Registered as the background thread would be, with the test holding its end.
        let (asks, asked) = mpsc::channel();
        let registration = Registration::new(&path, asks);
        let before = file_len(&path);
        store
            .with_checkpoint_deferred(|conn| conn.execute_batch(LARGE_WRITE))
            .unwrap();
        assert!(
            file_len(&path) < before + 1_000_000,
            "the commit copied the log back itself"
        );
        assert!(
            matches!(asked.try_recv(), Ok(Ask(None))),
            "nobody was asked"
        );
        let net: i64 = store
            .conn()
            .query_row("PRAGMA wal_autocheckpoint", [], |r| r.get(0))
            .unwrap();
        assert_eq!(net, SAFETY_NET_PAGES, "the net is back for the next write");
        registration.end();
        assert!(thread_for(&path).is_none());
    }

    #[test]
    fn without_background_checkpoints_a_large_commit_copies_the_log_back_itself() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("custody.db");
        let mut store = crate::Store::open(&path).unwrap();
        store
            .with_checkpoint_deferred(|conn| conn.execute_batch(LARGE_WRITE))
            .unwrap();
        assert!(file_len(&path) > 45_000_000);
    }

    #[test]
    fn background_checkpoints_copy_when_asked_and_leave_the_registry_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("custody.db");
        let store = crate::Store::open(&path).unwrap();
        let background = BackgroundCheckpoints::start(&path, Duration::from_secs(3600)).unwrap();
        assert!(thread_for(&dir.path().join(".").join("custody.db")).is_some());
        store
            .conn()
            .execute_batch("CREATE TABLE small(b); INSERT INTO small VALUES (zeroblob(4000000));")
            .unwrap();
        assert!(file_len(&path) < 4_000_000);
        background.checkpoint_now();
        assert!(file_len(&path) > 4_000_000, "the log was not copied back");
        drop(background);
        assert!(thread_for(&path).is_none());
    }
}
