//! A stock count at the location whose stock is nearest the size asked for: the snapshot at the
//! start, every pack scanned once (each followed by the count's header and progress, as the
//! count screen asks after every scan it records), the variance at the finish; then the count
//! is abandoned, so it changes no stock. On one database, or on two taking turns.

use std::time::Instant;

use custody_core::count::CountInfo;
use custody_core::*;
use rusqlite::{params, Connection};
use serde::Serialize;

use crate::dataset::{checkpoint, yymmdd};
use crate::error::BenchResult;
use crate::latency::{figures_in_turns, micros_since, Latency, Turns};

/// Count figures.
#[derive(Debug, Clone, Serialize)]
pub struct CountFigures {
    /// Packs the ledger held at the counted location.
    pub expected: i64,
    /// Packs scanned.
    pub scanned: usize,
    /// Seconds to start the count (the snapshot).
    pub start_seconds: f64,
    /// Each count scan.
    pub scan: Latency,
    /// The count's header and progress read after each scan (what the count screen shows next).
    pub progress: Latency,
    /// Seconds to finish (the variance).
    pub finish_seconds: f64,
}

/// One database's count as it goes.
struct Counting<'a> {
    store: &'a mut Store,
    actor: User,
    count: CountInfo,
    now: Timestamp,
    options: custody_gs1::DecodeOptions,
    scans: Vec<String>,
    start_seconds: f64,
    scan: Vec<f64>,
    progress: Vec<f64>,
}

/// On each of `sides` (a database, the benchmark's connection to it and its time), counts up
/// to `packs` packs at the location whose stock is nearest that size, then abandons the count.
/// The counts are started one after the other; their scans take turns, pack by pack, each
/// followed by the count's progress ([`crate::latency::take_turns`]).
pub fn count(
    sides: Vec<(&mut Store, &Connection, Timestamp)>,
    packs: usize,
) -> BenchResult<Vec<CountFigures>> {
    let mut counts = Vec::with_capacity(sides.len());
    for (store, conn, now) in sides {
        counts.push(start(store, conn, packs, now)?);
    }
    figures_in_turns(counts)
}

/// A turn is one pack scanned, then the count's progress read, each timed.
impl Turns for Counting<'_> {
    type Figure = CountFigures;

    fn turn(&mut self) -> BenchResult<bool> {
        let Some(raw) = self.scans.get(self.scan.len()) else {
            return Ok(false);
        };
        let started = Instant::now();
        self.store.count_scan(
            &self.actor,
            self.count.id,
            raw,
            None,
            &self.options,
            self.now,
        )?;
        self.scan.push(micros_since(started));
        let started = Instant::now();
        self.store.count(&self.actor, self.count.id)?;
        self.progress.push(micros_since(started));
        Ok(true)
    }

    fn figure(self) -> BenchResult<CountFigures> {
        finish(self)
    }
}

/// Starts a count at the location whose stock is nearest `packs` packs, and reads the scans
/// of its packs.
fn start<'a>(
    store: &'a mut Store,
    conn: &Connection,
    packs: usize,
    now: Timestamp,
) -> BenchResult<Counting<'a>> {
    let actor = store.actor("admin")?;
    let location: i64 = conn.query_row(
        "SELECT location_id FROM unit WHERE status = 'in_stock' GROUP BY location_id ORDER BY abs(count(*) - ?1) LIMIT 1",
        [packs as i64],
        |r| r.get(0),
    )?;
    checkpoint(store)?;
    let started = Instant::now();
    let count = store.start_count(&actor, LocationId(location), &[], false, now)?;
    let start_seconds = started.elapsed().as_secs_f64();
    let scans = shelf_scans(conn, location, packs)?;
    Ok(Counting {
        store,
        actor,
        count,
        now,
        options: custody_gs1::DecodeOptions::new(now.local_date()),
        start_seconds,
        scan: Vec::with_capacity(scans.len()),
        progress: Vec::with_capacity(scans.len()),
        scans,
    })
}

/// Finishes the count (timed), abandons it, and gives its figures.
fn finish(c: Counting) -> BenchResult<CountFigures> {
    let started = Instant::now();
    c.store.finish_count(&c.actor, c.count.id, c.now)?;
    let finish_seconds = started.elapsed().as_secs_f64();
    c.store
        .abandon_count(&c.actor, c.count.id, Some("benchmark"), c.now)?;
    Ok(CountFigures {
        expected: c.count.expected_units.unwrap_or(0),
        scanned: c.scans.len(),
        start_seconds: c.start_seconds,
        scan: Latency::from_micros(c.scan),
        progress: Latency::from_micros(c.progress),
        finish_seconds,
    })
}

/// The raw scans of up to `packs` serialized packs in stock at `location`.
fn shelf_scans(conn: &Connection, location: i64, packs: usize) -> BenchResult<Vec<String>> {
    Ok(conn
        .prepare(
            "SELECT p.gtin, u.expiry, u.lot, u.serial FROM unit u JOIN product p ON p.id = u.product_id
             WHERE u.location_id = ?1 AND u.status = 'in_stock' AND p.tracking = 'serial' LIMIT ?2",
        )?
        .query_map(params![location, packs as i64], |r| {
            Ok(format!(
                "]d201{}17{}10{}\u{1d}21{}",
                r.get::<_, String>(0)?,
                yymmdd(r.get(1)?),
                r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                r.get::<_, String>(3)?
            ))
        })?
        .collect::<Result<_, _>>()?)
}
