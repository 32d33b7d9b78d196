//! An expected shipment: a despatch advice of new packs imported from CSV, then received all at
//! once, as when a wholesaler's delivery is booked in without scanning every pack.

use std::time::Instant;

use chrono::Duration;
use custody_core::*;
use rusqlite::Connection;
use serde::Serialize;

use crate::error::BenchResult;
use crate::scans::run_number_seconds;

/// Shipment figures.
#[derive(Debug, Clone, Serialize)]
pub struct ShipmentFigures {
    /// Packs on the despatch advice.
    pub packs: usize,
    /// Seconds to import it (CSV).
    pub import_seconds: f64,
    /// Seconds to receive all of it.
    pub receive_all_seconds: f64,
}

/// Imports a despatch advice of `packs` new packs of the last serialized product not under
/// recall as CSV, and receives all of it at the first location.
pub fn shipment(
    store: &mut Store,
    conn: &Connection,
    packs: usize,
    now: Timestamp,
) -> BenchResult<ShipmentFigures> {
    let actor = store.actor("admin")?;
    let (gtin, location): (String, i64) = conn.query_row(
        "SELECT (SELECT gtin FROM product WHERE tracking = 'serial' AND gtin NOT IN (SELECT gtin FROM recall_scope) ORDER BY id DESC LIMIT 1), (SELECT min(id) FROM location)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let csv = despatch_advice(&gtin, packs, now);
    let started = Instant::now();
    // A shipment received by inference names its supplier (core refuses one that does not).
    let supplier: i64 = conn.query_row(
        "SELECT id FROM partner ORDER BY kind <> 'supplier', id LIMIT 1",
        [],
        |r| r.get(0),
    )?;
    let s = store.import_shipment(
        &actor,
        csv.as_bytes(),
        Some(PartnerId(supplier)),
        Some("ASN-BENCH"),
        None,
        now,
    )?;
    let import_seconds = started.elapsed().as_secs_f64();
    let started = Instant::now();
    store.receive_all(&actor, s.id, LocationId(location), now)?;
    let receive_all_seconds = started.elapsed().as_secs_f64();
    Ok(ShipmentFigures {
        packs,
        import_seconds,
        receive_all_seconds,
    })
}

/// The CSV of a despatch advice of `packs` new packs of `gtin`, their serials unique to the run
/// (the run's seconds keep them within GS1's 20 characters).
fn despatch_advice(gtin: &str, packs: usize, now: Timestamp) -> String {
    let run = run_number_seconds();
    let expiry = now.local_date() + Duration::days(600);
    let mut csv = String::with_capacity(packs * 48 + 64);
    csv.push_str("gtin,serial,lot,expiry,quantity,po\n");
    for i in 0..packs {
        csv.push_str(&format!(
            "{gtin},S{run:x}{i:07},L{run:x},{expiry},1,PO-BENCH\n"
        ));
    }
    csv
}
