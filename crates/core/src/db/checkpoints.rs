//! Copying the write-ahead log back into the database file (a checkpoint) off a person's wait:
//! a connection of its own that does it, and, in a long-running process, a thread that does it
//! every few seconds and at once when a large write hands it its copying, and that says when
//! the log can start again from its beginning, so that a scan does not pay for that start.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
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
        Ok(passive_checkpoint(&self.conn)?.copied)
    }
}

/// What a passive checkpoint found and did.
struct Checkpointed {
    /// Whether it could not take its lock (another checkpoint ran).
    busy: bool,
    /// The frames in the log.
    logged: i64,
    /// The frames of it now in the database file.
    copied: i64,
}

impl Checkpointed {
    /// Whether to have the log started again before the next scan's commit would start it (and
    /// sync it to do so): all of it is copied, and it holds more than one page. A log of one page
    /// is taken for the page [`crate::Store::restart_log_if_copied`] writes to start it: starting
    /// it again after that would write a page every few seconds for as long as the file is open.
    /// So after a pause of more than one or two copies the next commit starts the log itself,
    /// as it did before (and so after another connection's write of one page).
    fn leaves_a_restart(&self) -> bool {
        !self.busy && self.logged > 1 && self.copied == self.logged
    }
}

/// Copies back on `conn` what the log holds that no reader still needs, without waiting for
/// writers.
fn passive_checkpoint(conn: &Connection) -> rusqlite::Result<Checkpointed> {
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
        Ok(Checkpointed {
            busy: r.get::<_, i64>(0)? != 0,
            logged: r.get(1)?,
            copied: r.get(2)?,
        })
    })
}

/// A request to the background thread: copy now, then say so if someone waits.
struct Ask(Option<Sender<()>>);

/// A thread that copies the log of one database back every few seconds, for as long as it is
/// kept, and at once when asked: by [`BackgroundCheckpoints::checkpoint_now`], or by a write of
/// this process that logged more than the safety net and left its copying here
/// ([`crate::Store::with_checkpoint_deferred`]). Dropping it stops the thread after the copies
/// asked for. One a file is meant: a second for the same file takes the writes' requests from
/// the first, and once either is dropped writes copy their own logs again (safe, not deferred).
///
/// After a copy of the whole log it marks the file for [`crate::Store::restart_log_if_copied`]
/// and calls the `after_full_copy` given to [`BackgroundCheckpoints::start_with`], from which the
/// owner of the file's scanning connection has it start the log while nobody waits on it.
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
        Self::start_with(path, every, || {})
    }

    /// As [`BackgroundCheckpoints::start`], calling `after_full_copy` on the thread after each
    /// copy that left the log's start to the next commit (see `Checkpointed::leaves_a_restart`):
    /// the moment for [`crate::Store::restart_log_if_copied`] on the connection that scans, if
    /// it is free (a lock tried, never waited for).
    pub fn start_with(
        path: &Path,
        every: Duration,
        after_full_copy: impl Fn() + Send + 'static,
    ) -> Result<BackgroundCheckpoints, StoreError> {
        let checkpointer = Checkpointer::open(path)?;
        let (asks, received) = mpsc::channel();
        let copied = Arc::new(AtomicBool::new(false));
        let registration = Registration::new(path, asks.clone(), copied.clone());
        let thread = std::thread::spawn(move || {
            let after_copy = || {
                if passive_checkpoint(&checkpointer.conn).is_ok_and(|c| c.leaves_a_restart()) {
                    copied.store(true, Ordering::Release);
                    after_full_copy();
                }
            };
            keep_checkpointing(&after_copy, &received, every)
        });
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

/// The background thread's loop: a copy (`checkpoint`) at every ask and whenever `every`
/// passes without one; a failed copy is tried again at the next.
fn keep_checkpointing(checkpoint: &dyn Fn(), asks: &Receiver<Ask>, every: Duration) {
    loop {
        match asks.recv_timeout(every) {
            Ok(Ask(waiting)) => {
                checkpoint();
                if let Some(waiting) = waiting {
                    let _ = waiting.send(());
                }
            }
            Err(RecvTimeoutError::Timeout) => checkpoint(),
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// The background checkpoints running in this process, by database file, each with the number
/// of the registration that put it there (so an older one ending cannot remove a newer one),
/// how to ask it for a copy, and whether it has copied the whole log since the log was last
/// started again by [`crate::Store::restart_log_if_copied`].
type Registry = HashMap<PathBuf, (u64, Sender<Ask>, Arc<AtomicBool>)>;

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
    fn new(path: &Path, asks: Sender<Ask>, copied: Arc<AtomicBool>) -> Registration {
        let key = file_key(path);
        let mut registry = registry();
        registry.0 += 1;
        let number = registry.0;
        registry.1.insert(key.clone(), (number, asks, copied));
        Registration { key, number }
    }

    fn end(&self) {
        let mut registry = registry();
        if registry
            .1
            .get(&self.key)
            .is_some_and(|(n, _, _)| *n == self.number)
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
    registry().1.get(&file_key(path)).map(|(_, a, _)| a.clone())
}

/// One page written that changes nothing (the schema version written as it is). Read first in
/// a deferred transaction, so that the write upgrades a read: SQLite never waits for another
/// writer there, it answers busy at once.
fn write_schema_version_as_it_is(conn: &mut Connection) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Deferred)?;
    let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    tx.pragma_update(None, "user_version", version)?;
    tx.commit()
}

/// Whether the background checkpoints of the database at `path` have copied its whole log since
/// this was last asked; asking clears it.
fn take_full_copy(path: &Path) -> bool {
    registry()
        .1
        .get(&file_key(path))
        .is_some_and(|(_, _, copied)| copied.swap(false, Ordering::AcqRel))
}

impl crate::Store {
    /// Starts the write-ahead log again from its beginning, if this process's background
    /// checkpoints have marked the file (a copy of all of it) since this was last asked: for
    /// when nobody waits on this connection (the app calls it from
    /// [`BackgroundCheckpoints::start_with`]'s `after_full_copy`). The first commit after a
    /// whole copy, when no other connection still reads the log, starts the log again, and to
    /// do so syncs the log's new header to disk (so that a write out of order cannot corrupt the
    /// file): at a person's pace, with a copy every five seconds, one scan in about 17 paid
    /// 250–400 µs more for it. Here it is paid by a write of one page that changes nothing,
    /// on this connection so that its cache of pages stays valid (a write by another connection
    /// would empty it). It never waits for another connection's write (whose commit starts the
    /// log itself); while it writes and syncs, whoever wants this store waits for it. Whether it
    /// wrote (a reader still in the log leaves the page appended, and the next copy marks the
    /// file again).
    pub fn restart_log_if_copied(&mut self) -> Result<bool, StoreError> {
        if !take_full_copy(self.path()) {
            return Ok(false);
        }
        match write_schema_version_as_it_is(self.conn_mut()) {
            Ok(()) => Ok(true),
            Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

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
        let registration = Registration::new(&path, asks, Arc::default());
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

    /// The frames in the log of the database at `path`, as another connection finds them (it
    /// copies what it can as it counts: SQLite says how long the log is only when copying).
    fn logged(path: &Path) -> i64 {
        passive_checkpoint(&Connection::open(path).unwrap())
            .unwrap()
            .logged
    }

    /// A store on a new file with background checkpoints that say on `calls` when they leave the
    /// log's start to the next commit, and a write of about a hundred pages in its log.
    fn store_with_a_written_log() -> (
        tempfile::TempDir,
        crate::Store,
        BackgroundCheckpoints,
        Receiver<()>,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("custody.db");
        let store = crate::Store::open(&path).unwrap();
        let (told, calls) = mpsc::channel();
        let background =
            BackgroundCheckpoints::start_with(&path, Duration::from_secs(3600), move || {
                told.send(()).unwrap();
            })
            .unwrap();
        store
            .conn()
            .execute_batch("CREATE TABLE small(b); INSERT INTO small VALUES (zeroblob(400000));")
            .unwrap();
        (dir, store, background, calls)
    }

    #[test]
    fn after_a_whole_copy_the_scanning_connection_starts_the_log_again_once() {
        let (dir, mut store, background, calls) = store_with_a_written_log();
        let path = dir.path().join("custody.db");
        assert!(logged(&path) > 1, "the write logged its pages");
        background.checkpoint_now();
        assert!(
            calls.try_recv().is_ok(),
            "the owner was not told of the whole copy"
        );
        assert!(
            store.restart_log_if_copied().unwrap(),
            "the file was marked, so the page is written"
        );
        assert_eq!(
            logged(&path),
            1,
            "the log did not start again: its one page was appended"
        );
        assert!(!store.restart_log_if_copied().unwrap(), "once per copy");
        background.checkpoint_now();
        assert!(
            calls.try_recv().is_err(),
            "its own page copied is no reason to start again: that would write every few seconds"
        );
        assert!(
            !store.restart_log_if_copied().unwrap(),
            "nothing marked the file"
        );
        let version: u32 = store
            .conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, crate::db::schema_version(), "the version is kept");
    }

    #[test]
    fn a_log_a_reader_still_needs_is_not_a_whole_copy() {
        let (dir, mut store, background, calls) = store_with_a_written_log();
        let reader = Connection::open(dir.path().join("custody.db")).unwrap();
        reader
            .execute_batch("BEGIN; SELECT count(*) FROM small;")
            .unwrap();
        store
            .conn()
            .execute("INSERT INTO small VALUES (zeroblob(400000))", [])
            .unwrap();
        background.checkpoint_now();
        assert!(
            calls.try_recv().is_err(),
            "the reader's snapshot keeps the last write's pages in the log, uncopied"
        );
        assert!(
            !store.restart_log_if_copied().unwrap(),
            "nothing marked the file"
        );
        reader.execute_batch("COMMIT").unwrap();
    }

    #[test]
    fn starting_the_log_again_never_waits_for_another_writer() {
        let (dir, mut store, background, calls) = store_with_a_written_log();
        background.checkpoint_now();
        assert!(calls.try_recv().is_ok(), "the file was not marked");
        let writer = Connection::open(dir.path().join("custody.db")).unwrap();
        writer.execute_batch("BEGIN IMMEDIATE").unwrap();
        let asked = std::time::Instant::now();
        assert!(
            !store.restart_log_if_copied().unwrap(),
            "another connection holds the write: nothing is written"
        );
        assert!(
            asked.elapsed() < Duration::from_secs(1),
            "it waited for the writer (the connection waits 5 s for a lock)"
        );
        let waits: i64 = store
            .conn()
            .query_row("PRAGMA busy_timeout", [], |r| r.get(0))
            .unwrap();
        assert_eq!(waits, 5000, "the connection's own wait is as it was");
        writer.execute_batch("ROLLBACK").unwrap();
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
