//! The bulk append: received packs appended through the ledger's `Appender` (hash chain,
//! current-state tables) into fresh scratch databases, against plain INSERTs of the same rows,
//! the ceiling no ledger can beat. Read the two rates side by side: their ratio is what hashing,
//! checks and projections cost.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::Duration;
use custody_core::ledger::{Appender, NewEvent, NewLine, Place};
use custody_core::*;
use rusqlite::params;
use serde::Serialize;

use crate::dataset::connect;
use crate::error::{BenchError, BenchResult};

/// Bulk append figures.
#[derive(Debug, Clone, Serialize)]
pub struct BulkFigures {
    /// Events appended.
    pub events: usize,
    /// Pack lines appended.
    pub lines: usize,
    /// Seconds.
    pub seconds: f64,
    /// Lines per second, with hashing and projections.
    pub lines_per_second: f64,
    /// Lines per second for plain INSERTs of the same rows (no hashing, no checks): the ceiling.
    pub raw_lines_per_second: f64,
}

/// Each measurement runs this many times, alternating, and the best run is kept.
const ROUNDS: usize = 2;

/// The scratch databases of the bulk append in `dir`: deleted and made again by every run.
pub fn scratch_databases(dir: &Path) -> Vec<PathBuf> {
    (0..ROUNDS)
        .flat_map(|round| ["raw", "bulk"].map(|kind| dir.join(format!("bench-{kind}-{round}.db"))))
        .collect()
}

/// Refuses a `dir` where a scratch database would be the database under test `db` (or one of
/// its companion files), which the run would delete.
pub fn check_scratch(dir: &Path, db: &Path) -> BenchResult<()> {
    match scratch_databases(dir)
        .into_iter()
        .find(|scratch| custody_api::files::is_database_file(scratch, db))
    {
        Some(scratch) => Err(BenchError::ScratchIsDatabase(scratch)),
        None => Ok(()),
    }
}

/// Appends `units` received packs, `per_event` to an event, into a new database in `dir`, all
/// in one transaction; and inserts the same rows with plain SQL into another, for the ceiling.
/// Each is run twice, alternating, and the better run of each is kept.
pub fn bulk_append(
    dir: &Path,
    units: usize,
    per_event: usize,
    now: Timestamp,
) -> BenchResult<BulkFigures> {
    let per_event = per_event.max(1);
    let mut best = f64::MAX;
    let mut best_raw = f64::MAX;
    let mut events = 0;
    for round in 0..ROUNDS {
        let raw = Scratch::make(&dir.join(format!("bench-raw-{round}.db")), now)?;
        best_raw = best_raw.min(raw.insert_plainly(units, per_event, now)?);
        let bulk = Scratch::make(&dir.join(format!("bench-bulk-{round}.db")), now)?;
        let (seconds, n) = bulk.append(units, per_event, now)?;
        best = best.min(seconds);
        events = n;
    }
    Ok(BulkFigures {
        events,
        lines: units,
        seconds: best,
        lines_per_second: units as f64 / best,
        raw_lines_per_second: units as f64 / best_raw,
    })
}

/// A fresh scratch database with a site, a location, a supplier and one serialized product.
struct Scratch {
    path: PathBuf,
    admin: User,
    product: ProductId,
    location: LocationId,
    partner: PartnerId,
}

impl Scratch {
    /// Deletes any database at `path` and sets up a new one.
    fn make(path: &Path, now: Timestamp) -> BenchResult<Scratch> {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        let mut store = Store::open(path).map_err(CoreError::from)?;
        let (_, admin) = store.init(
            "BENCH",
            "Benchmark site",
            "admin",
            "Benchmark",
            "benchmark-password",
            now,
        )?;
        let location =
            store.add_location(&admin, "MAIN", "Main pharmacy", LocationKind::Pharmacy)?;
        let partner =
            store.add_partner(&admin, "SUP", "Supplier", PartnerKind::Distributor, None)?;
        let product = store.add_product(
            &admin,
            &ProductData {
                gtin: "09506000134352".into(),
                name: "Benchmark product".into(),
                tracking: Some(TrackingMode::Serial),
                ..Default::default()
            },
            now,
        )?;
        Ok(Scratch {
            path: path.to_path_buf(),
            admin,
            product: product.id,
            location: location.id,
            partner: partner.id,
        })
    }

    /// The receipts of `units` packs, `per_event` to an event.
    fn receipts(&self, units: usize, per_event: usize, now: Timestamp) -> Vec<NewEvent> {
        (0..units)
            .step_by(per_event)
            .map(|first| self.receipt(now, first, per_event.min(units - first)))
            .collect()
    }

    /// One receipt of `lines` packs, numbered from `first`.
    fn receipt(&self, now: Timestamp, first: usize, lines: usize) -> NewEvent {
        NewEvent {
            kind: EventKind::Receive,
            occurred_at: now,
            location: Some(self.location),
            counterparty: Some(self.partner),
            reference: Some("PO-BENCH".into()),
            reason: None,
            raw_scan: None,
            lines: (first..first + lines)
                .map(|i| NewLine {
                    product: self.product,
                    lot: Some("LOT-B1".into()),
                    serial: Some(format!("SN{i:012}")),
                    expiry: Some(now.local_date() + Duration::days(400)),
                    quantity: 1,
                    before: None,
                    after: Some(Place::at(UnitStatus::InStock, self.location)),
                    unit_cost_cents: Some(1234),
                })
                .collect(),
        }
    }

    /// Appends the receipts through the ledger in one transaction: seconds, and events.
    fn append(&self, units: usize, per_event: usize, now: Timestamp) -> BenchResult<(f64, usize)> {
        let mut conn = connect(&self.path)?;
        let events = self.receipts(units, per_event, now);
        let started = Instant::now();
        let tx = conn.transaction()?;
        {
            let mut appender = Appender::new(&tx, now)?;
            for e in &events {
                appender.append(&self.admin, e)?;
            }
            appender.finish()?;
        }
        tx.commit()?;
        Ok((started.elapsed().as_secs_f64(), events.len()))
    }

    /// The same rows as [`Scratch::append`] leaves in the file (events, lines, packs, their
    /// stays and receipts, the day's stock change, the lot, the chain's head), inserted plainly:
    /// no hashing, no lookups, no checks. Seconds.
    fn insert_plainly(&self, units: usize, per_event: usize, now: Timestamp) -> BenchResult<f64> {
        let mut conn = connect(&self.path)?;
        let events = self.receipts(units, per_event, now);
        let ids: Vec<String> = (0..events.len())
            .map(|n| format!("00000000-0000-7000-8000-{n:012}"))
            .collect();
        let (product, loc) = (self.product, self.location);
        let started = Instant::now();
        let tx = conn.transaction()?;
        {
            let mut ev = tx.prepare("INSERT INTO event (id, site_id, kind, occurred_at, occurred_offset, recorded_at, actor_id, location_id, counterparty_id, reference, prev_hash, hash) VALUES (?1, 1, 'receive', ?2, 0, ?2, ?3, ?4, ?5, 'PO-BENCH', ?6, ?6)")?;
            let mut line = tx.prepare("INSERT INTO event_line (event_seq, line_no, product_id, lot, serial, expiry, quantity, status_after, location_after, unit_cost_cents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, 'in_stock', ?7, ?8)")?;
            let mut unit = tx.prepare("INSERT INTO unit (product_id, serial, lot, expiry, status, location_id, last_event_seq, last_at_unix, last_offset, last_reference, last_counterparty_id) VALUES (?1, ?2, ?3, ?4, 'in_stock', ?5, ?6, ?7, 0, 'PO-BENCH', ?8)")?;
            // The stay each received pack opens (the appender's `stay` projection).
            let mut stay = tx.prepare("INSERT INTO stay (product_id, serial, location_id, status, quantity, held_seq, held_at, held_day, since_seq, since_day) VALUES (?1, ?2, ?3, 'in_stock', 1, ?4, ?5, ?6, ?4, ?6)")?;
            // The arrival each line is (the `receipt` projection), and the event's stock put on
            // the shelf that day (`stock_change`, one row per product, place and day, written
            // once per event as the appender does).
            let mut receipt = tx.prepare("INSERT INTO receipt (day, event_seq, line_no, supplier_id, location_id, product_id, serial, lot, expiry, quantity, unit_cost_cents, duplicate) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10, 0)")?;
            let mut stock_change = tx.prepare("INSERT INTO stock_change (product_id, location_id, day, quantity) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (product_id, location_id, day) DO UPDATE SET quantity = quantity + excluded.quantity")?;
            let when = now.utc_text();
            let day = now.local_date().to_string();
            let hash = [7u8; 32];
            let (mut first_seq, mut seq) = (None, 0);
            for (e, id) in events.iter().zip(&ids) {
                ev.execute(params![
                    id,
                    when,
                    self.admin.id.0,
                    loc.0,
                    self.partner.0,
                    hash.as_slice()
                ])?;
                seq = tx.last_insert_rowid();
                first_seq.get_or_insert(seq);
                for (i, l) in e.lines.iter().enumerate() {
                    let expiry = l.expiry.map(|d| d.to_string());
                    line.execute(params![
                        seq,
                        i as i64 + 1,
                        product.0,
                        l.lot,
                        l.serial,
                        expiry,
                        loc.0,
                        l.unit_cost_cents
                    ])?;
                    unit.execute(params![
                        product.0,
                        l.serial,
                        l.lot,
                        expiry,
                        loc.0,
                        seq,
                        now.unix_seconds(),
                        self.partner.0
                    ])?;
                    stay.execute(params![product.0, l.serial, loc.0, seq, when, day])?;
                    receipt.execute(params![
                        day,
                        seq,
                        i as i64 + 1,
                        self.partner.0,
                        loc.0,
                        product.0,
                        l.serial,
                        l.lot,
                        expiry,
                        l.unit_cost_cents
                    ])?;
                }
                stock_change.execute(params![product.0, loc.0, day, e.lines.len()])?;
            }
            // The lot, the first time it is seen, and the chain's head (after the events the
            // scratch database's set-up recorded).
            if let (Some(first_seq), Some(first_line)) =
                (first_seq, events.first().and_then(|e| e.lines.first()))
            {
                tx.execute(
                    "INSERT INTO lot_info (product_id, lot, expiry, first_event_seq) VALUES (?1, ?2, ?3, ?4)",
                    params![
                        product.0,
                        first_line.lot.as_deref(),
                        first_line.expiry.map(|d| d.to_string()),
                        first_seq
                    ],
                )?;
                tx.execute(
                    "INSERT INTO chain_head (site_id, last_seq, last_hash, events) VALUES (1, ?1, ?2, ?3)
                     ON CONFLICT (site_id) DO UPDATE SET last_seq = excluded.last_seq, last_hash = excluded.last_hash, events = chain_head.events + excluded.events",
                    params![seq, hash.as_slice(), events.len()],
                )?;
            }
        }
        tx.commit()?;
        Ok(started.elapsed().as_secs_f64())
    }
}
