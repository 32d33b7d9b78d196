//! A stock count at the location whose stock is nearest the size asked for: the snapshot at the
//! start, every pack scanned once (each followed by the count's header and progress, as the
//! count screen asks after every scan it records), the variance at the finish; then the count
//! is abandoned, so it changes no stock.

use std::time::Instant;

use custody_core::*;
use rusqlite::{params, Connection};
use serde::Serialize;

use crate::dataset::{checkpoint, yymmdd};
use crate::error::BenchResult;
use crate::latency::{micros_since, Latency};

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

/// Counts up to `packs` packs at the location whose stock is nearest that size, then abandons
/// the count.
pub fn count(
    store: &mut Store,
    conn: &Connection,
    packs: usize,
    now: Timestamp,
) -> BenchResult<CountFigures> {
    let actor = store.actor("admin")?;
    let location: i64 = conn.query_row(
        "SELECT location_id FROM unit WHERE status = 'in_stock' GROUP BY location_id ORDER BY abs(count(*) - ?1) LIMIT 1",
        [packs as i64],
        |r| r.get(0),
    )?;
    checkpoint(store)?;
    let started = Instant::now();
    let c = store.start_count(&actor, LocationId(location), &[], false, now)?;
    let start_seconds = started.elapsed().as_secs_f64();
    let scans = shelf_scans(conn, location, packs)?;
    let options = custody_gs1::DecodeOptions::new(now.local_date());
    let mut micros = Vec::with_capacity(scans.len());
    let mut progress = Vec::with_capacity(scans.len());
    for raw in &scans {
        let started = Instant::now();
        store.count_scan(&actor, c.id, raw, None, &options, now)?;
        micros.push(micros_since(started));
        let started = Instant::now();
        store.count(&actor, c.id)?;
        progress.push(micros_since(started));
    }
    let started = Instant::now();
    store.finish_count(&actor, c.id, now)?;
    let finish_seconds = started.elapsed().as_secs_f64();
    store.abandon_count(&actor, c.id, Some("benchmark"), now)?;
    Ok(CountFigures {
        expected: c.expected_units.unwrap_or(0),
        scanned: scans.len(),
        start_seconds,
        scan: Latency::from_micros(micros),
        progress: Latency::from_micros(progress),
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
