//! The hub's figures (`make bench`), measured on a scratch database of a PostgreSQL cluster with
//! the hub served in-process on loopback:
//!
//! - push throughput: N sites each pushing its chain of realistic canonical events (with lines)
//!   in signed batches of 500 over HTTP, all at once, against a plain `COPY` of the same rows
//!   into index-less tables with the same columns, in the same run but a database of its own,
//!   dropped before the push so the two never fill the disk together (the ratio is the price of
//!   checking every hash and signature and keeping the views);
//! - catch-up: a site that was offline for a month pushes its backlog; the time to drain it;
//! - a recall's reach across the sites (p50, p99);
//! - alarm detection latency: from the start of a push carrying a counterfeit to its alarm listed;
//! - the hub's tables' sizes.
//!
//! `chain` makes the events, `push` sends them, `rows` copies them, `probes` measures the rest,
//! `national` is the national-scale generator (partitioned tables filled by COPY, no HTTP),
//! `scan_sync` times a real site's scans while its ledger is pushed.

#![forbid(unsafe_code)]

pub mod chain;
pub mod cluster;
mod error;
pub mod national;
pub mod probes;
pub mod push;
pub mod rows;
pub mod scan_sync;

use std::time::{Duration, Instant};

pub use error::BenchError;

use chain::SitePlan;
use cluster::Scratch;
use push::Pusher;

/// The sizes of a run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Sites pushing at once.
    pub sites: usize,
    /// Events each pushes.
    pub events: u64,
    /// Events per signed batch.
    pub batch: u64,
    /// Events the site offline for a month has waiting.
    pub month_events: u64,
    /// Recall reach queries timed.
    pub reach_queries: usize,
    /// Counterfeits planted and timed.
    pub alarm_trials: usize,
}

impl Default for Options {
    /// The sizes: 20 sites × 100,000 events; a hospital site's month (2,000 events a
    /// day for 30 days).
    fn default() -> Options {
        Options {
            sites: 20,
            events: 100_000,
            batch: 500,
            month_events: 60_000,
            reach_queries: 200,
            alarm_trials: 50,
        }
    }
}

/// What a run measured.
#[derive(Debug, Clone)]
pub struct Figures {
    /// The options it ran with.
    pub options: Options,
    /// Events the hub holds after the push (checked: sites × events).
    pub pushed: i64,
    /// Lines they carry.
    pub lines: i64,
    /// Wall time of the push.
    pub push: Duration,
    /// Wall time of the plain COPY of the same rows.
    pub copy: Duration,
    /// Wall time for the month-offline site to drain its backlog.
    pub catch_up: Duration,
    /// Recall reach p50 and p99, and the packs the last query found.
    pub reach: (Duration, Duration, usize),
    /// Alarm detection latency p50 and p99.
    pub alarm: (Duration, Duration),
    /// Each table's size in bytes, largest first.
    pub sizes: Vec<(String, i64)>,
}

/// Unix seconds of 2026-01-01T00:00:00Z, when every generated chain starts.
pub const YEAR_START: i64 = 1_767_225_600;

/// The plans of `n` sites `{prefix}001…`, each sending to the next and receiving from the one
/// before, an event every `every` seconds.
pub fn ring(prefix: &str, n: usize, every: i64) -> Vec<SitePlan> {
    let code = |i: usize| format!("{prefix}{:03}", i % n + 1);
    (0..n)
        .map(|i| SitePlan {
            code: code(i),
            next: code(i + 1),
            prev: code(i + n - 1),
            start: YEAR_START,
            every,
        })
        .collect()
}

/// Runs every measurement on a scratch database of `cluster`, dropped afterwards.
pub fn run(cluster: &str, options: &Options) -> Result<Figures, BenchError> {
    if options.sites < 2 || options.events < 10 || options.batch == 0 {
        return Err(BenchError::Options(
            "at least 2 sites of 10 events each, in batches of 1 or more".into(),
        ));
    }
    let cycles = options.events / 10;
    if options.alarm_trials as u64 > cycles {
        return Err(BenchError::Options(format!(
            "{} counterfeits need as many cycles of ten events per site, not {cycles}",
            options.alarm_trials
        )));
    }
    // The COPY first, in a database of its own dropped before the push: the two never hold
    // their rows on the disk at the same time.
    let plans = ring("S", options.sites, 300);
    let (copy, copied, mut sizes) = {
        let scratch = Scratch::create(cluster, "hub_bench_copy")?;
        let (copy, copied) = probes::plain_copy(&scratch, &plans, options.events, options.batch)?;
        let sizes: Vec<(String, i64)> = probes::sizes(&scratch)?
            .into_iter()
            .filter(|(t, _)| t.starts_with("scratch_"))
            .collect();
        (copy, copied, sizes)
    };
    let scratch = Scratch::create(cluster, "hub_bench")?;
    let base = scratch.serve()?;
    let mut pushers = plans
        .iter()
        .map(|plan| Pusher::enrol(&scratch, &base, plan.clone()))
        .collect::<Result<Vec<_>, _>>()?;

    let started = Instant::now();
    let results: Vec<Result<(), BenchError>> = std::thread::scope(|s| {
        let handles: Vec<_> = pushers
            .iter_mut()
            .map(|p| s.spawn(|| p.push(options.events, options.batch)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(BenchError::Check("a site's push panicked".into())))
            })
            .collect()
    });
    let push = started.elapsed();
    results.into_iter().collect::<Result<Vec<()>, _>>()?;
    let pushed = scratch.number("SELECT count(*) FROM event")?;
    let lines = scratch.number("SELECT count(*) FROM event_line")?;
    let expected = options.sites as i64 * options.events as i64;
    if pushed != expected {
        return Err(BenchError::Check(format!(
            "the hub holds {pushed} events, the sites pushed {expected}"
        )));
    }
    if copied as i64 != lines {
        return Err(BenchError::Check(format!(
            "the COPY wrote {copied} lines, the push {lines}: they were not the same rows"
        )));
    }
    let catch_up = catch_up(&scratch, &base, options)?;
    let reach = probes::recall_reach(&scratch, cycles, options.reach_queries)?;
    let alarm = probes::alarm_latency(&scratch, &mut pushers[0], options.alarm_trials, cycles)?;
    sizes.extend(probes::sizes(&scratch)?);
    sizes.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(Figures {
        options: options.clone(),
        pushed,
        lines,
        push,
        copy,
        catch_up,
        reach,
        alarm,
        sizes,
    })
}

/// A site offline for a month (an event every 30 days / `month_events`) enrolls and pushes its
/// whole backlog in batches, one after the other as the site's client does; the time to drain.
/// Its sends go to the first ring site; its receipts come from a supplier outside the network.
fn catch_up(scratch: &Scratch, base: &str, options: &Options) -> Result<Duration, BenchError> {
    let plan = SitePlan {
        code: "MONTH".into(),
        next: "S001".into(),
        prev: "OUTSIDE".into(),
        start: YEAR_START,
        every: (30 * 86_400 / options.month_events.max(1) as i64).max(1),
    };
    let mut site = Pusher::enrol(scratch, base, plan)?;
    let started = Instant::now();
    site.push(options.month_events, options.batch)?;
    Ok(started.elapsed())
}

fn rate(n: f64, d: Duration) -> f64 {
    n / d.as_secs_f64().max(1e-9)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

impl Figures {
    /// The figures as a table, one per line.
    pub fn table(&self) -> String {
        let o = &self.options;
        let push_rate = rate(self.pushed as f64, self.push);
        let copy_rate = rate(self.pushed as f64, self.copy);
        let mut rows = vec![
            (
                format!(
                    "push, {} sites x {} events, batches of {}",
                    o.sites, o.events, o.batch
                ),
                format!(
                    "{push_rate:.0} events/s ({} lines, {:.1} s)",
                    self.lines,
                    self.push.as_secs_f64()
                ),
            ),
            (
                "plain COPY of the same rows (no index)".into(),
                format!("{copy_rate:.0} events/s ({:.1} s)", self.copy.as_secs_f64()),
            ),
            (
                "push / COPY".into(),
                format!(
                    "{:.2} (COPY is {:.1}x faster)",
                    push_rate / copy_rate,
                    copy_rate / push_rate
                ),
            ),
            (
                format!("catch-up, a month offline ({} events)", o.month_events),
                format!(
                    "{:.1} s ({:.0} events/s)",
                    self.catch_up.as_secs_f64(),
                    rate(o.month_events as f64, self.catch_up)
                ),
            ),
            (
                format!("recall reach across {} sites, p50 / p99", o.sites),
                format!(
                    "{} / {} ({} packs)",
                    ms(self.reach.0),
                    ms(self.reach.1),
                    self.reach.2
                ),
            ),
            (
                "alarm visible after a push, p50 / p99".into(),
                format!("{} / {}", ms(self.alarm.0), ms(self.alarm.1)),
            ),
        ];
        for (table, bytes) in &self.sizes {
            rows.push((
                format!("size of {table}"),
                format!("{:.1} MB", *bytes as f64 / 1_048_576.0),
            ));
        }
        let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        rows.iter()
            .map(|(k, v)| format!("{k:<width$}  {v}\n"))
            .collect()
    }
}
