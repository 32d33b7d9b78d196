//! The app's drainer in the background: a keeper task on a tokio runtime of its own that, every
//! pass interval, reads the site's national systems' file and, when it is usable, holds the
//! database's drainer lock and keeps `custody-national`'s drainer running with its systems.
//! A file written, mended or changed after start (a renewed certificate: the file or a
//! certificate it names changed) takes effect at the next look, the drainer restarted with
//! the new systems; a lock held by another (a command line's `custody national drain`) is
//! tried again at each look. What it finds is kept in the [`DrainerWatch`] the operations read.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use chrono::Utc;
use custody_core::Store;
use custody_national::drain::{self, Policy, Running, SystemClock, Systems};
use tokio::sync::{watch, Notify};
use tokio::task::JoinHandle;

use super::config::{self, NationalConfig};
use super::drainer::{stamp, DrainerState, DrainerWatch};
use super::run::{lock, DrainerLock};
use super::StoreOutbox;
use crate::error::Result;

/// What a file and the certificates it names were when read: their contents' stamps.
type Fingerprint = (NationalConfig, Vec<(PathBuf, Option<(SystemTime, u64)>)>);

/// A drainer running with the systems of one reading of the file.
struct Held {
    running: Running,
    read: Fingerprint,
    _lock: DrainerLock,
}

/// The drainer in the background, with its runtime.
#[derive(Debug)]
pub struct Background {
    runtime: tokio::runtime::Runtime,
    stop: watch::Sender<bool>,
    nudge: Arc<Notify>,
    task: Option<JoinHandle<std::result::Result<(), String>>>,
    watch: DrainerWatch,
    config_path: PathBuf,
}

impl Background {
    /// Drains the database at `db` while it lives, looking at its file and lock every `every`
    /// (a pass runs at least that often too, and when a request is due), its state kept in
    /// `watch`.
    pub fn start(db: &Path, watch: DrainerWatch, every: Duration) -> Result<Background> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("national-drainer")
            .enable_time()
            .build()
            .map_err(|e| config::about("national.drainer_unavailable", db, e))?;
        let (stop, stopped) = watch::channel(false);
        let nudge = Arc::new(Notify::new());
        let config_path = config::config_path(db);
        let keeper = Keeper {
            db: db.to_path_buf(),
            config_path: config_path.clone(),
            watch: watch.clone(),
            every,
            held: None,
        };
        let task = runtime.spawn(keeper.run(stopped, nudge.clone()));
        Ok(Background {
            runtime,
            stop,
            nudge,
            task: Some(task),
            watch,
            config_path,
        })
    }

    /// Runs a pass now (after the one under way), and looks at the file and the lock again.
    pub fn nudge(&self) {
        self.nudge.notify_one();
    }

    /// Stops after the pass under way; says why the drainer had stopped on its own, if it had.
    pub fn stop(mut self) -> std::result::Result<(), String> {
        // A keeper already ended has dropped its receiver; its own result says why.
        let _ = self.stop.send(true);
        let ended = match self.task.take() {
            Some(task) => self
                .runtime
                .block_on(task)
                .map_err(|e| e.to_string())
                .and_then(|r| r),
            None => Ok(()),
        };
        self.watch.update(&self.config_path, |s| {
            s.state = DrainerState::Stopped;
            s.reason = ended.as_ref().err().cloned();
        });
        ended
    }
}

/// The keeper task's own state.
struct Keeper {
    db: PathBuf,
    config_path: PathBuf,
    watch: DrainerWatch,
    every: Duration,
    held: Option<Held>,
}

impl Keeper {
    async fn run(
        mut self,
        mut stopped: watch::Receiver<bool>,
        nudge: Arc<Notify>,
    ) -> std::result::Result<(), String> {
        let mut nudged = false;
        loop {
            self.look().await;
            if let Some(h) = self.held.as_ref().filter(|_| nudged) {
                h.running.nudge();
            }
            nudged = false;
            tokio::select! {
                _ = tokio::time::sleep(self.every) => {}
                _ = nudge.notified() => nudged = true,
                changed = stopped.changed() => {
                    if changed.is_err() || *stopped.borrow() {
                        break;
                    }
                }
            }
        }
        self.let_go().await
    }

    /// Stops the drainer, if one runs, and lets the lock go.
    async fn let_go(&mut self) -> std::result::Result<(), String> {
        match self.held.take() {
            Some(h) => h.running.stop().await.map_err(|e| e.to_string()),
            None => Ok(()),
        }
    }

    /// Reads the file; a change stops the drainer; a usable file with no drainer takes the
    /// lock and starts one.
    async fn look(&mut self) {
        let now = Utc::now();
        self.watch
            .update(&self.config_path, |s| s.checked_at = Some(stamp(now)));
        let read = match config::load(&self.config_path) {
            Ok(Some(c)) => fingerprint(c, &self.config_path),
            Ok(None) => {
                let e = config::about(
                    "national.not_configured",
                    &self.config_path,
                    "there is no such file",
                );
                return self.refused(&e).await;
            }
            Err(e) => return self.refused(&e).await,
        };
        if self
            .held
            .as_ref()
            .is_some_and(|h| h.read == read && !h.running.is_finished())
        {
            return;
        }
        // The file changed, or the drainer ended on its own (a pass panicked): it restarts with
        // what the file says now, the lock let go and taken again.
        if let Err(e) = self.let_go().await {
            eprintln!("custody: the national verification drainer had stopped: {e}");
        }
        let systems = match config::systems(&read.0, &self.config_path) {
            Ok(s) => s,
            Err(e) => return self.refused(&e).await,
        };
        match self.hold(systems, read) {
            Ok(held) => {
                self.held = Some(held);
                self.watch.update(&self.config_path, |s| s.running());
            }
            Err(e) => self.watch.update(&self.config_path, |s| s.refused(&e)),
        }
    }

    /// Nothing can be sent: the drainer stopped, the lock let go, and why kept.
    async fn refused(&mut self, e: &crate::ApiError) {
        if let Err(stopped) = self.let_go().await {
            eprintln!("custody: the national verification drainer had stopped: {stopped}");
        }
        self.watch.update(&self.config_path, |s| s.refused(e));
    }

    /// Takes the lock and starts the drainer with `systems`.
    fn hold(&self, systems: Systems, read: Fingerprint) -> Result<Held> {
        let lock = lock(&self.db)?;
        let store = Store::open(&self.db).map_err(custody_core::CoreError::from)?;
        let outbox = StoreOutbox::new(store)?;
        let (watch, path) = (self.watch.clone(), self.config_path.clone());
        let running = drain::spawn_observed(
            Arc::new(Mutex::new(outbox)),
            Arc::new(systems),
            (Policy::default(), self.every),
            Arc::new(SystemClock),
            Arc::new(move |report, at| watch.update(&path, |s| s.passed(report, at))),
        );
        Ok(Held {
            running,
            read,
            _lock: lock,
        })
    }
}

/// `config` with the stamps of the file at `path` and of each certificate file it names.
fn fingerprint(config: NationalConfig, path: &Path) -> Fingerprint {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let connections = config
        .nmvs
        .values()
        .map(|e| &e.connection)
        .chain(config.vrs.iter().map(|v| &v.connection));
    let mut files = vec![path.to_path_buf()];
    for c in connections {
        for f in [&c.ca, &c.client_cert, &c.client_key].into_iter().flatten() {
            files.push(dir.join(f));
        }
    }
    let stamps = files
        .into_iter()
        .map(|f| {
            let stamp = std::fs::metadata(&f)
                .ok()
                .and_then(|m| Some((m.modified().ok()?, m.len())));
            (f, stamp)
        })
        .collect();
    (config, stamps)
}
