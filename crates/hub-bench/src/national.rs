//! National scale on paper, from measurements: a year of small-clinic events for each site count
//! written straight into a hub database by COPY (no HTTP; the same canonical bytes, chained
//! hashes and lines as a push would store), with the event tables partitioned two ways, then the
//! hub's own queries and pushes timed on it. Nothing of this runs in `make test`.
//!
//! The hub's migrations make `event` and `event_line` plain tables; here, in the generated
//! database only, they are dropped and made again partitioned:
//!
//! - `Layout::BySite`: LIST by `site_id`, one partition per site (and a default one for sites
//!   added later). The keys stay as they are, `(site_id, seq)`, except the network-wide
//!   `UNIQUE (event_id)`, which a partitioned table can only keep with the partition key in it.
//! - `Layout::ByMonth`: RANGE by `received_at` (the hub's clock: a site's clock is not to be
//!   trusted to place rows), one partition per month. Every key must then include
//!   `received_at`, so `(site_id, seq)` is no longer unique by itself and lines carry
//!   `received_at` to reference their event.

use std::time::{Duration, Instant};

use crate::chain::{Chain, SitePlan};
use crate::cluster::Scratch;
use crate::probes::{alarm_latency, percentiles, recall_reach, sizes};
use crate::push::Pusher;
use crate::rows::{self, Stamp, Target};
use crate::{ring, BenchError};

/// How the event tables are partitioned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// LIST by site.
    BySite,
    /// RANGE by month of the hub's receive time.
    ByMonth,
}

impl Layout {
    fn name(self) -> &'static str {
        match self {
            Layout::BySite => "LIST by site",
            Layout::ByMonth => "RANGE by month",
        }
    }
}

/// What one size and layout measured.
#[derive(Debug, Clone)]
pub struct Measured {
    /// Sites generated.
    pub sites: usize,
    /// Partitioning.
    pub layout: Layout,
    /// Events and lines written.
    pub events: i64,
    /// Lines written.
    pub lines: i64,
    /// COPY of every site's year, then the indexes and `unit_state` built.
    pub load: Duration,
    /// Recall reach p50 / p99.
    pub reach: (Duration, Duration),
    /// A page of 500 of one site's events read back (a site's pull of its own chain), p50 / p99.
    pub chain_page: (Duration, Duration),
    /// Listing the open counterfeit alarms.
    pub alarm_list: Duration,
    /// A counterfeit pushed by a new site until its alarm is listed (the per-push alarm
    /// queries on the full tables), p50 / p99.
    pub alarm: (Duration, Duration),
    /// Events per second pushed over HTTP by four new sites at once into the full hub.
    pub push_rate: f64,
    /// Bytes of `event` and `event_line` with their partitions and indexes.
    pub event_bytes: i64,
    /// Of those, `event_line`'s.
    pub line_bytes: i64,
}

/// Every partitioned table's DDL for `layout`, after the hub's migration.
fn ddl(layout: Layout) -> String {
    let (event_keys, line_time, line_keys, by) = match layout {
        Layout::BySite => (
            "PRIMARY KEY (site_id, seq), UNIQUE (site_id, event_id)",
            "",
            "PRIMARY KEY (site_id, seq, line_no), \
             FOREIGN KEY (site_id, seq) REFERENCES event (site_id, seq)",
            "LIST (site_id)",
        ),
        Layout::ByMonth => (
            "PRIMARY KEY (site_id, seq, received_at), UNIQUE (event_id, received_at)",
            "received_at timestamptz NOT NULL DEFAULT now(),",
            "PRIMARY KEY (site_id, seq, line_no, received_at), \
             FOREIGN KEY (site_id, seq, received_at) REFERENCES event (site_id, seq, received_at)",
            "RANGE (received_at)",
        ),
    };
    let mut sql = format!(
        "DROP TABLE event_line, event CASCADE;
         CREATE TABLE event (
             site_id bigint NOT NULL REFERENCES site (id), seq bigint NOT NULL CHECK (seq >= 1),
             event_id text NOT NULL, format integer NOT NULL, prev_hash bytea NOT NULL,
             hash bytea NOT NULL, canonical bytea NOT NULL, body jsonb NOT NULL, kind text NOT NULL,
             occurred_at text NOT NULL, received_at timestamptz NOT NULL DEFAULT now(),
             counterparty text GENERATED ALWAYS AS (body->>'counterparty') STORED,
             {event_keys}) PARTITION BY {by};
         CREATE TABLE event_line (
             site_id bigint NOT NULL, seq bigint NOT NULL, line_no bigint NOT NULL,
             gtin text NOT NULL, lot text, serial text, expiry text, quantity bigint NOT NULL,
             status_before text, status_after text, location_before text, location_after text,
             {line_time} {line_keys}) PARTITION BY {by};
         CREATE TABLE event_default PARTITION OF event DEFAULT;
         CREATE TABLE event_line_default PARTITION OF event_line DEFAULT;"
    );
    if layout == Layout::ByMonth {
        for month in 1..=12 {
            let (from, to) = (
                format!("2026-{month:02}-01"),
                if month == 12 {
                    "2027-01-01".to_string()
                } else {
                    format!("2026-{:02}-01", month + 1)
                },
            );
            sql.push_str(&format!(
                "CREATE TABLE event_m{month:02} PARTITION OF event FOR VALUES FROM ('{from}') TO ('{to}');
                 CREATE TABLE event_line_m{month:02} PARTITION OF event_line FOR VALUES FROM ('{from}') TO ('{to}');"
            ));
        }
    }
    sql
}

/// Adds the generated sites (with their partitions, for LIST) and returns their ids.
async fn add_sites(
    client: &tokio_postgres::Client,
    plans: &[SitePlan],
    layout: Layout,
) -> Result<Vec<i64>, BenchError> {
    let mut ids = Vec::with_capacity(plans.len());
    for plan in plans {
        let id: i64 = client
            .query_one(
                "INSERT INTO site (code, name, enrolled_at) VALUES ($1, $1, now()) RETURNING id",
                &[&plan.code],
            )
            .await
            .map_err(BenchError::db("adding a generated site"))?
            .get(0);
        if layout == Layout::BySite {
            client
                .batch_execute(&format!(
                    "CREATE TABLE event_s{id} PARTITION OF event FOR VALUES IN ({id});
                     CREATE TABLE event_line_s{id} PARTITION OF event_line FOR VALUES IN ({id});"
                ))
                .await
                .map_err(BenchError::db("adding a site's partitions"))?;
        }
        ids.push(id);
    }
    Ok(ids)
}

/// Writes a year of every site's events by COPY, then the indexes, the cursors and the packs'
/// states the pushes would have kept.
fn load(
    scratch: &Scratch,
    plans: &[SitePlan],
    year: u64,
    layout: Layout,
) -> Result<(), BenchError> {
    scratch.rt.block_on(async {
        let client = scratch.connect().await?;
        client
            .batch_execute(&ddl(layout))
            .await
            .map_err(BenchError::db("partitioning the event tables"))?;
        let ids = add_sites(&client, plans, layout).await?;
        let target = Target {
            events: "event",
            lines: "event_line",
            stamp: Stamp::Occurred {
                lines: layout == Layout::ByMonth,
            },
        };
        for (plan, id) in plans.iter().zip(&ids) {
            let mut chain = Chain::new(plan.clone());
            let mut left = year;
            while left > 0 {
                let take = left.min(5_000);
                rows::copy(&client, target, *id, &chain.next(take)).await?;
                left -= take;
            }
            client
                .execute(
                    "INSERT INTO site_cursor (site_id, last_seq, last_hash) VALUES ($1, $2, $3)",
                    &[id, &(chain.seq as i64), &chain.head.as_slice()],
                )
                .await
                .map_err(BenchError::db("setting a generated site's cursor"))?;
        }
        client
            .batch_execute(
                "CREATE INDEX event_line_gtin_serial ON event_line (gtin, serial);
                 CREATE INDEX event_line_gtin_lot ON event_line (gtin, lot);
                 INSERT INTO unit_state (gtin, serial, site_id, lot, status, location, partner,
                                         last_seq, last_kind, last_occurred_at)
                 SELECT DISTINCT ON (l.gtin, l.serial, l.site_id) l.gtin, l.serial, l.site_id,
                        l.lot, l.status_after, l.location_after, e.counterparty, l.seq, e.kind,
                        e.occurred_at
                 FROM event_line l JOIN event e ON e.site_id = l.site_id AND e.seq = l.seq
                 WHERE l.serial IS NOT NULL
                 ORDER BY l.gtin, l.serial, l.site_id, l.seq DESC, l.line_no DESC;
                 ANALYZE;",
            )
            .await
            .map_err(BenchError::db("indexing the generated events"))?;
        Ok(())
    })
}

/// Pages of 500 of random sites' chains read back, as `GET …/events?after=` does.
fn chain_pages(
    scratch: &Scratch,
    sites: usize,
    year: u64,
) -> Result<(Duration, Duration), BenchError> {
    scratch.rt.block_on(async {
        let client = scratch.db.client().await?;
        let statement = client
            .prepare(
                "SELECT seq, canonical, hash FROM event WHERE site_id = $1 AND seq > $2 \
                 ORDER BY seq LIMIT 500",
            )
            .await
            .map_err(BenchError::db("preparing a chain page"))?;
        let mut samples = Vec::new();
        for q in 0..200u64 {
            let site = (q * 17 % sites as u64) as i64 + 1;
            let after = (q * 7_919 % year.max(1)) as i64;
            let started = Instant::now();
            client
                .query(&statement, &[&site, &after])
                .await
                .map_err(BenchError::db("reading a chain page"))?;
            samples.push(started.elapsed());
        }
        Ok(percentiles(samples))
    })
}

/// Four new sites push `events` each over HTTP at once into the full hub; events per second.
fn push_rate(scratch: &Scratch, base: &str, events: u64) -> Result<(f64, Vec<Pusher>), BenchError> {
    let mut pushers = ring("F", 4, 600)
        .into_iter()
        .map(|plan| Pusher::enrol(scratch, base, plan))
        .collect::<Result<Vec<_>, _>>()?;
    let started = Instant::now();
    let results: Vec<Result<(), BenchError>> = std::thread::scope(|s| {
        let handles: Vec<_> = pushers
            .iter_mut()
            .map(|p| s.spawn(move || p.push(events, 500)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(BenchError::Check("a push panicked".into())))
            })
            .collect()
    });
    let took = started.elapsed();
    results.into_iter().collect::<Result<Vec<()>, _>>()?;
    Ok((4.0 * events as f64 / took.as_secs_f64().max(1e-9), pushers))
}

/// Generates and measures `sites` clinics in `layout`.
pub fn measure(
    cluster: &str,
    sites: usize,
    per_day: u64,
    layout: Layout,
) -> Result<Measured, BenchError> {
    let scratch = Scratch::create(cluster, "hub_national")?;
    let base = scratch.serve()?;
    let year = 365 * per_day;
    let plans = ring("N", sites, 86_400 / per_day.max(1) as i64);
    let started = Instant::now();
    load(&scratch, &plans, year, layout)?;
    let load_time = started.elapsed();
    let events = scratch.number("SELECT count(*) FROM event")?;
    let lines = scratch.number("SELECT count(*) FROM event_line")?;
    let reach = recall_reach(&scratch, year / 10, 200)?;
    let chain_page = chain_pages(&scratch, sites, year)?;
    let started = Instant::now();
    scratch
        .rt
        .block_on(custody_hub::views::counterfeit_alarms(&scratch.db, false))?;
    let alarm_list = started.elapsed();
    let (push_rate, mut pushers) = push_rate(&scratch, &base, 5_000)?;
    // A new site whose next neighbour is a generated clinic plants counterfeits of its packs.
    pushers[0].chain.plan.next = "N001".into();
    let alarm = alarm_latency(&scratch, &mut pushers[0], 50, year / 10)?;
    let sizes = sizes(&scratch)?;
    let size_of = |t: &str| sizes.iter().find(|(n, _)| n == t).map_or(0, |(_, b)| *b);
    Ok(Measured {
        sites,
        layout,
        events,
        lines,
        load: load_time,
        reach: (reach.0, reach.1),
        chain_page,
        alarm_list,
        alarm,
        push_rate,
        event_bytes: size_of("event") + size_of("event_line"),
        line_bytes: size_of("event_line"),
    })
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

/// Every site count in both layouts; a table of the figures.
pub fn run(cluster: &str, counts: &[usize], per_day: u64) -> Result<String, BenchError> {
    let mut out = String::from(
        "sites | layout         | events    | lines     | load s | reach p50/p99 ms | chain page p50/p99 ms | alarm list ms | alarm after push p50/p99 ms | push ev/s | event+line MB (line MB)\n",
    );
    for &sites in counts {
        for layout in [Layout::BySite, Layout::ByMonth] {
            let m = measure(cluster, sites, per_day, layout)?;
            let row = format!(
                "{:>5} | {:<14} | {:>9} | {:>9} | {:>6.1} | {} / {} | {} / {} | {} | {} / {} | {:.0} | {:.0} ({:.0})\n",
                m.sites,
                m.layout.name(),
                m.events,
                m.lines,
                m.load.as_secs_f64(),
                ms(m.reach.0),
                ms(m.reach.1),
                ms(m.chain_page.0),
                ms(m.chain_page.1),
                ms(m.alarm_list),
                ms(m.alarm.0),
                ms(m.alarm.1),
                m.push_rate,
                m.event_bytes as f64 / 1_048_576.0,
                m.line_bytes as f64 / 1_048_576.0,
            );
            eprint!("{row}");
            out.push_str(&row);
        }
    }
    Ok(out)
}
