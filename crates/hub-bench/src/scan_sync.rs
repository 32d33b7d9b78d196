//! A scan's cost while the site syncs (issue #20: "the site's sync writes in small transactions
//! off the scan path, so a scan's p99 stays ≤ 1 ms while syncing"), measured on a real site
//! database: the site enrols at a hub served in-process on loopback, receipts are scanned
//! through the desktop app's own path (`custody_api::ops::call("scan")`: the verdict and its
//! commit), first with only the app's checkpoints beside them, then while a thread of its own,
//! with a connection of its own as the app's agent has, pushes the site's ledger to the hub
//! batch after batch. The scans are paced as a fast scanner is, so that both runs span the same time.
//!
//! The agent's thread runs behind the scans, at nice 19 and `SCHED_BATCH`, as the app's does.
//! The hub and its PostgreSQL share the machine with the site here, which no hospital does: they
//! are lowered the same way (the hub's threads, and the cluster's server processes with
//! `renice`), so that they take what the site leaves, as a hub on another computer would. The
//! site still pays for everything of its own: reading the outbox, signing, the HTTP exchange
//! and recording each acknowledgement.

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use custody_api::{ops, Host, Session, SystemClock};
use custody_core::{Store, Timestamp, User};
use custody_hub::admin;
use custody_sync_client::{push_all, ClientError, Hub, HubApi, DEFAULT_TIMEOUT};
use custody_sync_protocol::{Ack, EventsPage, HeadReply, PushRequest};
use serde_json::{json, Value};

use crate::cluster::Scratch;
use crate::BenchError;

/// The pause between two scans: a person scanning at full speed, faster than any does.
const PACE: Duration = Duration::from_millis(5);

/// What a run measured.
#[derive(Debug, Clone)]
pub struct ScanSyncFigures {
    /// Scans timed in each run.
    pub scans: usize,
    /// Each scan alone, in microseconds, sorted.
    pub alone: Vec<u64>,
    /// Each scan while the ledger was pushed, in microseconds, sorted.
    pub syncing: Vec<u64>,
    /// Events the hub stored while the second run's scans were made.
    pub pushed_meanwhile: i64,
    /// How long the second run took.
    pub window: Duration,
    /// Events waiting to be pushed when the site enrolled.
    pub backlog: i64,
}

impl ScanSyncFigures {
    /// The figures as a table.
    pub fn table(&self) -> String {
        let line = |name: &str, us: &[u64]| {
            format!(
                "{name:<22} p50 {:>5} µs  p99 {:>5} µs  max {:>6} µs\n",
                percentile(us, 50),
                percentile(us, 99),
                us.last().copied().unwrap_or(0)
            )
        };
        let rate = self.pushed_meanwhile as f64 / self.window.as_secs_f64().max(1e-9);
        format!(
            "A scan (verdict and commit, the app's path), {} scans paced {} ms apart:\n{}{}\
             events pushed to the hub during the second run: {} in {:.1} s ({rate:.0}/s); \
             {} were waiting at enrolment\n",
            self.scans,
            PACE.as_millis(),
            line("alone", &self.alone),
            line("while syncing", &self.syncing),
            self.pushed_meanwhile,
            self.window.as_secs_f64(),
            self.backlog,
        )
    }
}

/// The `p`th percentile of sorted `us` (nearest rank).
fn percentile(us: &[u64], p: usize) -> u64 {
    if us.is_empty() {
        return 0;
    }
    let rank = (us.len() * p).div_ceil(100).max(1);
    us[rank - 1]
}

/// The hub over HTTP, until `stop` is set: then every request fails as the network would, and
/// the push ends as offline, as the agent's does when the computer loses its network.
struct Stoppable {
    hub: Hub,
    stop: Arc<AtomicBool>,
    stored: Arc<AtomicI64>,
}

impl Stoppable {
    fn stopped(&self, url: String) -> Result<(), ClientError> {
        if self.stop.load(Ordering::Relaxed) {
            return Err(ClientError::Network {
                method: "POST",
                url,
                detail: "the benchmark is over".into(),
            });
        }
        Ok(())
    }
}

impl HubApi for Stoppable {
    fn push(&self, batch: &PushRequest) -> Result<Ack, ClientError> {
        self.stopped(self.hub.url("push"))?;
        let ack = self.hub.push(batch)?;
        self.stored.fetch_add(ack.stored, Ordering::Relaxed);
        Ok(ack)
    }
    fn head(&self, site: &str) -> Result<HeadReply, ClientError> {
        self.hub.head(site)
    }
    fn events_after(
        &self,
        site: &str,
        after: i64,
        limit: usize,
    ) -> Result<EventsPage, ClientError> {
        self.hub.events_after(site, after, limit)
    }
    fn url(&self, route: &str) -> String {
        self.hub.url(route)
    }
}

/// Enrols the site database at `site_db` (a copy: it is written to) at a fresh hub on
/// `cluster`, then times `scans` receipts alone and as many again while its ledger is pushed.
/// `admin` signs in with `password` to scan and to enrol.
pub fn run(
    cluster: &str,
    site_db: &Path,
    admin: &str,
    password: &str,
    scans: usize,
) -> Result<ScanSyncFigures, BenchError> {
    fn site(e: impl std::fmt::Display) -> BenchError {
        BenchError::Check(format!("the site database: {e}"))
    }
    let scratch = Scratch::create_with(cluster, "hub_bench_scan", behind_the_scans)?;
    lower_the_cluster(&scratch)?;
    let base = scratch.serve()?;
    let mut store = Store::open(site_db).map_err(site)?;
    let actor = store.actor(admin).map_err(site)?;
    let status = store.sync_status(&actor).map_err(site)?;
    if status.hub.is_some() {
        return Err(BenchError::Options(format!(
            "{} is enrolled at a hub already; give a fresh copy",
            site_db.display()
        )));
    }
    let code = scratch
        .rt
        .block_on(admin::add_site(&scratch.db, &status.site, "Benchmark site"))?;
    let enrolled = custody_sync_client::enrol_site(
        &mut store,
        &actor,
        &base,
        &code,
        false,
        custody_api::clock::system_now(),
    )
    .map_err(|e| BenchError::Http {
        doing: "enrolling the site",
        why: e.to_string(),
    })?;
    let token = store.sync_credentials(&actor).map_err(site)?.token;
    // The app's checkpoints on a connection of their own, through both runs (every 200 ms, as
    // the benchmark's scans have them).
    let checkpoints =
        custody_core::db::BackgroundCheckpoints::start(store.path(), Duration::from_millis(200))
            .map_err(site)?;
    drop(store);
    let mut scanner = Scanner::open(site_db, admin, password)?;
    let alone = scanner.scan(scans, "A")?;

    let stop = Arc::new(AtomicBool::new(false));
    let stored = Arc::new(AtomicI64::new(0));
    let agent = {
        let hub = Stoppable {
            hub: Hub::new(&base, Some(token), DEFAULT_TIMEOUT)
                .map_err(|e| BenchError::Options(e.to_string()))?,
            stop: stop.clone(),
            stored: stored.clone(),
        };
        let path = site_db.to_path_buf();
        std::thread::spawn(move || agent(&path, actor, hub))
    };
    // The push is under way once the hub has stored its first batch.
    let waited = Instant::now();
    while stored.load(Ordering::Relaxed) == 0 {
        if agent.is_finished() || waited.elapsed() > Duration::from_secs(60) {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let before = stored.load(Ordering::Relaxed);
    let started = Instant::now();
    let syncing = scanner.scan(scans, "B")?;
    let window = started.elapsed();
    let pushed_meanwhile = stored.load(Ordering::Relaxed) - before;
    let still_pushing = !agent.is_finished();
    stop.store(true, Ordering::Relaxed);
    agent
        .join()
        .map_err(|_| BenchError::Check("the agent's thread panicked".into()))??;
    drop(checkpoints);
    if pushed_meanwhile == 0 || !still_pushing {
        return Err(BenchError::Check(format!(
            "the push was not running through the second run ({pushed_meanwhile} events stored \
             meanwhile, {} waiting at enrolment): give a site with a longer ledger",
            enrolled.waiting
        )));
    }
    Ok(ScanSyncFigures {
        scans,
        alone,
        syncing,
        pushed_meanwhile,
        window,
        backlog: enrolled.waiting,
    })
}

/// Lowers the calling thread to nice 19 and, on Linux, `SCHED_BATCH`: what the app does to its
/// sync agent and the rest of its background work (`background::behind_the_window` in the
/// desktop crate).
fn behind_the_scans() {
    use thread_priority::{NormalThreadSchedulePolicy, ThreadPriority, ThreadSchedulePolicy};
    let lowered = thread_priority::set_thread_priority_and_policy(
        thread_priority::thread_native_id(),
        ThreadPriority::Min,
        ThreadSchedulePolicy::Normal(NormalThreadSchedulePolicy::Batch),
    );
    if let Err(e) = lowered {
        eprintln!("custody-hub-bench: a thread keeps its priority: {e:?}");
    }
}

/// Lowers the cluster's server processes to nice 19 with `renice`: the postmaster (from its
/// `postmaster.pid`), so every backend it starts from now on, and the backends already open.
fn lower_the_cluster(scratch: &Scratch) -> Result<(), BenchError> {
    let (dir, backends) = scratch.rt.block_on(async {
        let client = scratch.db.client().await?;
        let dir: String = client
            .query_one("SHOW data_directory", &[])
            .await
            .map_err(BenchError::db("reading the cluster's folder"))?
            .get(0);
        let pids: Vec<i32> = client
            .query("SELECT pid FROM pg_stat_activity", &[])
            .await
            .map_err(BenchError::db("listing the cluster's processes"))?
            .iter()
            .map(|r| r.get(0))
            .collect();
        Ok::<_, BenchError>((dir, pids))
    })?;
    let postmaster = std::fs::read_to_string(Path::new(&dir).join("postmaster.pid"))
        .ok()
        .and_then(|t| t.lines().next().map(str::to_string))
        .ok_or_else(|| BenchError::Options(format!("no postmaster.pid in {dir}")))?;
    let mut renice = std::process::Command::new("renice");
    renice.args(["-n", "19", "-p", &postmaster]);
    renice.args(backends.iter().map(i32::to_string));
    let done = renice
        .output()
        .map_err(|e| BenchError::Options(format!("renice: {e}")))?;
    if !done.status.success() {
        return Err(BenchError::Options(format!(
            "renice could not lower the cluster: {}",
            String::from_utf8_lossy(&done.stderr).trim()
        )));
    }
    Ok(())
}

/// The agent: pushes until the hub is "unreachable" (stopped) or nothing waits, behind the
/// scans.
fn agent(path: &Path, actor: User, hub: Stoppable) -> Result<(), BenchError> {
    behind_the_scans();
    let mut store =
        Store::open(path).map_err(|e| BenchError::Check(format!("the agent's connection: {e}")))?;
    let now: Timestamp = custody_api::clock::system_now();
    push_all(&mut store, &actor, &hub, now).map_err(|e| BenchError::Http {
        doing: "pushing the site's ledger",
        why: e.to_string(),
    })?;
    Ok(())
}

/// Receipts of new packs through the app's own scan operation, signed in once.
struct Scanner {
    host: Host,
    session: Session,
    gtin: String,
    location: String,
    supplier: String,
    run: u64,
}

impl Scanner {
    fn open(db: &Path, admin: &str, password: &str) -> Result<Scanner, BenchError> {
        let api = |e: custody_api::ApiError| BenchError::Check(format!("the site: {e}"));
        let mut host = Host::open(db, Arc::new(SystemClock)).map_err(api)?;
        let mut session = custody_api::sign_in(&mut host, admin, password).map_err(api)?;
        let mut call =
            |op: &str, args: Value| ops::call(&mut host, Some(&mut session), op, args).map_err(api);
        let products = call("products", json!({"limit": 10000}))?;
        let gtin = products
            .as_array()
            .and_then(|ps| ps.iter().find(|p| p["tracking"] == "serial"))
            .and_then(|p| p["gtin"].as_str())
            .ok_or_else(|| BenchError::Options("the site has no serialized product".into()))?
            .to_string();
        let first_code = |list: Value, what: &str| {
            list[0]["code"]
                .as_str()
                .map(String::from)
                .ok_or_else(|| BenchError::Options(format!("the site has no {what}")))
        };
        let location = first_code(call("locations", Value::Null)?, "location")?;
        let supplier = first_code(call("partners", Value::Null)?, "partner")?;
        let run = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Ok(Scanner {
            host,
            session,
            gtin,
            location,
            supplier,
            run,
        })
    }

    /// Times `n` receipts, paced, serials marked with `tag`; microseconds, sorted.
    fn scan(&mut self, n: usize, tag: &str) -> Result<Vec<u64>, BenchError> {
        let mut micros = Vec::with_capacity(n);
        for i in 0..n {
            let (gtin, run) = (&self.gtin, self.run);
            let request = json!({"movement": "receive", "location": self.location,
                "counterparty": self.supplier,
                "raw": format!("]d201{gtin}1730123110S{run:x}\u{1d}21S{tag}{run:x}{i:06}")});
            let started = Instant::now();
            let verdict = ops::call(&mut self.host, Some(&mut self.session), "scan", request)
                .map_err(|e| BenchError::Check(format!("scan {i} of run {tag}: {e}")))?;
            micros.push(started.elapsed().as_micros() as u64);
            if !verdict["recorded"].is_object() {
                return Err(BenchError::Check(format!(
                    "a receipt was not recorded: {verdict}"
                )));
            }
            std::thread::sleep(PACE);
        }
        micros.sort_unstable();
        Ok(micros)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_take_the_nearest_rank() {
        let us: Vec<u64> = (1..=200).collect();
        assert_eq!(percentile(&us, 50), 100);
        assert_eq!(percentile(&us, 99), 198);
        assert_eq!(percentile(&[7], 99), 7);
        assert_eq!(percentile(&[], 99), 0);
    }
}
