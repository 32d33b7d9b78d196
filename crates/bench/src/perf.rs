//! Benchmarks behind `custody bench`: bulk append, single-scan append and pack lookup, with the
//! raw SQLite insert rate of the same rows as the ceiling. Figures, not assertions.

use std::path::Path;
use std::time::Instant;

use chrono::Duration;
use custody_core::demo::Rng;
use custody_core::error::CoreResult;
use custody_core::ledger::{Appender, NewEvent, NewLine, Place};
use custody_core::*;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

/// Latency percentiles, in microseconds.
#[derive(Debug, Clone, Serialize)]
pub struct Latency {
    /// Samples.
    pub samples: usize,
    /// Median.
    pub p50_us: f64,
    /// 99th percentile.
    pub p99_us: f64,
    /// Slowest.
    pub max_us: f64,
}

impl Latency {
    /// The percentiles of `micros`, one sample each.
    pub fn from_micros(mut micros: Vec<f64>) -> Latency {
        micros.sort_by(f64::total_cmp);
        let at = |q: f64| {
            micros
                .get(((micros.len() as f64 - 1.0) * q).round() as usize)
                .copied()
                .unwrap_or(0.0)
        };
        Latency {
            samples: micros.len(),
            p50_us: at(0.5),
            p99_us: at(0.99),
            max_us: micros.last().copied().unwrap_or(0.0),
        }
    }
}

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

fn setup(
    store: &mut Store,
    now: Timestamp,
) -> CoreResult<(User, ProductId, LocationId, PartnerId)> {
    let (_, admin) = store.init(
        "BENCH",
        "Benchmark site",
        "admin",
        "Benchmark",
        "benchmark-password",
        now,
    )?;
    let loc = store.add_location(&admin, "MAIN", "Main pharmacy", LocationKind::Pharmacy)?;
    let partner = store.add_partner(&admin, "SUP", "Supplier", PartnerKind::Distributor, None)?;
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
    Ok((admin, product.id, loc.id, partner.id))
}

fn receipt(
    now: Timestamp,
    product: ProductId,
    loc: LocationId,
    partner: PartnerId,
    first: usize,
    lines: usize,
) -> NewEvent {
    NewEvent {
        kind: EventKind::Receive,
        occurred_at: now,
        location: Some(loc),
        counterparty: Some(partner),
        reference: Some("PO-BENCH".into()),
        reason: None,
        raw_scan: None,
        lines: (first..first + lines)
            .map(|i| NewLine {
                product,
                lot: Some("LOT-B1".into()),
                serial: Some(format!("SN{i:012}")),
                expiry: Some(now.local_date() + Duration::days(400)),
                quantity: 1,
                before: None,
                after: Some(Place::at(UnitStatus::InStock, loc)),
                unit_cost_cents: Some(1234),
            })
            .collect(),
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
) -> CoreResult<BulkFigures> {
    let per_event = per_event.max(1);
    let mut best = f64::MAX;
    let mut best_raw = f64::MAX;
    let mut events = 0;
    for round in 0..2 {
        best_raw = best_raw.min(raw_inserts(
            &dir.join(format!("bench-raw-{round}.db")),
            units,
            per_event,
            now,
        )?);
        let (seconds, n) = appended(
            &dir.join(format!("bench-bulk-{round}.db")),
            units,
            per_event,
            now,
        )?;
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

fn fresh(path: &Path) -> CoreResult<Store> {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    Ok(Store::open(path)?)
}

fn appended(
    path: &Path,
    units: usize,
    per_event: usize,
    now: Timestamp,
) -> CoreResult<(f64, usize)> {
    let mut store = fresh(path)?;
    let (admin, product, loc, partner) = setup(&mut store, now)?;
    let mut conn = custody_core::db::open(path)?;
    let events: Vec<NewEvent> = (0..units)
        .step_by(per_event)
        .map(|i| receipt(now, product, loc, partner, i, per_event.min(units - i)))
        .collect();
    let started = Instant::now();
    let tx = conn.transaction()?;
    {
        let mut appender = Appender::new(&tx, now)?;
        for e in &events {
            appender.append(&admin, e)?;
        }
        appender.finish()?;
    }
    tx.commit()?;
    Ok((started.elapsed().as_secs_f64(), events.len()))
}

/// The same rows as [`appended`], inserted plainly: no hashing, no lookups, no checks.
fn raw_inserts(path: &Path, units: usize, per_event: usize, now: Timestamp) -> CoreResult<f64> {
    let mut raw = fresh(path)?;
    let (admin, product, loc, partner) = setup(&mut raw, now)?;
    let mut conn = custody_core::db::open(path)?;
    let events: Vec<NewEvent> = (0..units)
        .step_by(per_event)
        .map(|i| receipt(now, product, loc, partner, i, per_event.min(units - i)))
        .collect();
    let ids: Vec<String> = (0..events.len())
        .map(|n| format!("00000000-0000-7000-8000-{n:012}"))
        .collect();
    let started = Instant::now();
    let tx = conn.transaction()?;
    {
        let mut ev = tx.prepare("INSERT INTO event (id, site_id, kind, occurred_at, occurred_offset, recorded_at, actor_id, location_id, counterparty_id, reference, prev_hash, hash) VALUES (?1, 1, 'receive', ?2, 0, ?2, ?3, ?4, ?5, 'PO-BENCH', ?6, ?6)")?;
        let mut line = tx.prepare("INSERT INTO event_line (event_seq, line_no, product_id, lot, serial, expiry, quantity, status_after, location_after, unit_cost_cents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, 'in_stock', ?7, ?8)")?;
        let mut unit = tx.prepare("INSERT INTO unit (product_id, serial, lot, expiry, status, location_id, last_event_seq) VALUES (?1, ?2, ?3, ?4, 'in_stock', ?5, ?6)")?;
        let when = now.utc_text();
        let hash = [7u8; 32];
        for (e, id) in events.iter().zip(&ids) {
            ev.execute(params![
                id,
                when,
                admin.id.0,
                loc.0,
                partner.0,
                hash.as_slice()
            ])?;
            let seq = tx.last_insert_rowid();
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
                unit.execute(params![product.0, l.serial, l.lot, expiry, loc.0, seq])?;
            }
        }
    }
    tx.commit()?;
    Ok(started.elapsed().as_secs_f64())
}

/// Receives `n` new packs one at a time, each decoded from its raw scan, checked against the
/// store and committed in its own transaction, as at a receiving bench.
pub fn single_scans(
    store: &mut Store,
    conn: &mut Connection,
    n: usize,
    now: Timestamp,
) -> CoreResult<Latency> {
    let actor = store.actor("admin").or_else(|_| store.actor("amira"))?;
    let (product, gtin): (i64, String) = conn.query_row(
        "SELECT id, gtin FROM product WHERE tracking = 'serial' ORDER BY id LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let loc: i64 = conn.query_row("SELECT min(id) FROM location", [], |r| r.get(0))?;
    let options = custody_gs1::DecodeOptions::new(now.local_date());
    // Serials unique to this run, even when the clock is fixed.
    let run = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as u64);
    let mut micros = Vec::with_capacity(n);
    // As in the desktop app: checkpoints run on their own connection, every 200 ms.
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let checkpointer = custody_core::db::Checkpointer::open(store.path())?;
    let background = {
        let done = done.clone();
        std::thread::spawn(move || {
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = checkpointer.checkpoint();
                std::thread::sleep(std::time::Duration::from_millis(200));
            }
        })
    };
    for i in 0..n {
        let raw = format!("]d201{gtin}1730123110BENCH\u{1d}21B{run:x}{i:06}");
        let started = Instant::now();
        let scan = custody_gs1::decode(&raw, &options)
            .map_err(|e| CoreError::refused("movement.scan_unreadable").arg("detail", e.message))?;
        let serial = scan.serial.unwrap_or_default();
        match store.unit(&actor, &gtin, &serial) {
            Ok(_) => continue,
            Err(e) if e.code() == "stock.pack_unknown" => {}
            Err(e) => return Err(e),
        }
        let tx = conn.transaction()?;
        {
            let mut appender = Appender::new(&tx, now)?;
            appender.append(
                &actor,
                &NewEvent {
                    kind: EventKind::Receive,
                    occurred_at: now,
                    location: Some(LocationId(loc)),
                    counterparty: None,
                    reference: Some("PO-BENCH".into()),
                    reason: None,
                    raw_scan: Some(raw.clone()),
                    lines: vec![NewLine {
                        product: ProductId(product),
                        lot: scan.lot,
                        serial: Some(serial),
                        expiry: scan.expiry,
                        quantity: 1,
                        before: None,
                        after: Some(Place::at(UnitStatus::InStock, LocationId(loc))),
                        unit_cost_cents: None,
                    }],
                },
            )?;
            appender.finish()?;
        }
        tx.commit()?;
        micros.push(started.elapsed().as_secs_f64() * 1e6);
    }
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = background.join();
    Ok(Latency::from_micros(micros))
}

/// Looks up `n` random known packs by GTIN and serial.
pub fn lookups(store: &Store, conn: &Connection, n: usize) -> CoreResult<Latency> {
    let actor = store.actor("admin").or_else(|_| store.actor("amira"))?;
    let max: i64 = conn.query_row("SELECT coalesce(max(id), 0) FROM unit", [], |r| r.get(0))?;
    let mut rng = Rng::new(42);
    let mut keys = Vec::with_capacity(n);
    let mut stmt = conn.prepare(
        "SELECT p.gtin, u.serial FROM unit u JOIN product p ON p.id = u.product_id WHERE u.id = ?1",
    )?;
    while keys.len() < n && max > 0 {
        let id = rng.range(1, max);
        if let Ok(k) = stmt.query_row([id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        }) {
            keys.push(k);
        }
    }
    let mut micros = Vec::with_capacity(n);
    for (gtin, serial) in &keys {
        let started = Instant::now();
        store.unit(&actor, gtin, serial)?;
        micros.push(started.elapsed().as_secs_f64() * 1e6);
    }
    Ok(Latency::from_micros(micros))
}

/// Full scans through the verdict: `n` receipts of new packs and `n` dispenses of packs in stock
/// at the busiest location, each decoded, checked (duplicates, lot expiry, FEFO, …) and committed.
pub fn verdict_scans(
    store: &mut Store,
    conn: &Connection,
    n: usize,
    now: Timestamp,
) -> CoreResult<(Latency, Latency)> {
    use custody_core::movement::{Movement, ScanInput, ScanSession};
    let actor = store.actor("admin")?;
    let (location, product, gtin): (i64, i64, String) = conn.query_row(
        "SELECT u.location_id, u.product_id, p.gtin FROM unit u JOIN product p ON p.id = u.product_id
         WHERE u.status = 'in_stock' AND p.tracking = 'serial' AND p.gtin NOT IN (SELECT gtin FROM recall_scope)
           AND length(u.serial) <= 20
         GROUP BY u.location_id, u.product_id ORDER BY count(*) DESC LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let run = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as u64);
    let expiry = (now.local_date() + Duration::days(700))
        .format("%y%m%d")
        .to_string();
    let receive = ScanSession::new(Movement::Receive, LocationId(location));
    let mut received = Vec::with_capacity(n);
    for i in 0..n {
        let raw = format!("]d201{gtin}17{expiry}10V{run:x}\u{1d}21V{run:x}{i:06}");
        let started = Instant::now();
        let v = store.scan(
            &actor,
            &receive,
            &ScanInput {
                raw,
                ..Default::default()
            },
            now,
        )?;
        received.push(started.elapsed().as_secs_f64() * 1e6);
        recorded_or_fail(&v)?;
    }
    // Dispense packs that were already on the shelf, as a ward would.
    let packs: Vec<(String, Option<String>, Option<String>)> = conn
        .prepare("SELECT serial, lot, expiry FROM unit WHERE product_id = ?1 AND location_id = ?2 AND status = 'in_stock' AND serial NOT LIKE 'V%' AND length(serial) <= 20 AND expiry >= ?4 LIMIT ?3")?
        .query_map(params![product, location, n as i64, now.local_date().to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let dispense = ScanSession::new(Movement::Dispense, LocationId(location));
    let mut dispensed = Vec::with_capacity(packs.len());
    for (serial, lot, expiry) in packs {
        let yymmdd = expiry
            .and_then(|e| chrono::NaiveDate::parse_from_str(&e, "%Y-%m-%d").ok())
            .map(|d| d.format("%y%m%d").to_string())
            .unwrap_or_default();
        let raw = format!(
            "]d201{gtin}17{yymmdd}10{}\u{1d}21{serial}",
            lot.unwrap_or_default()
        );
        let started = Instant::now();
        let v = store.scan(
            &actor,
            &dispense,
            &ScanInput {
                raw,
                ..Default::default()
            },
            now,
        )?;
        dispensed.push(started.elapsed().as_secs_f64() * 1e6);
        recorded_or_fail(&v)?;
    }
    Ok((
        Latency::from_micros(received),
        Latency::from_micros(dispensed),
    ))
}

/// A benchmark of recorded scans measures nothing if the scans were refused.
fn recorded_or_fail(v: &custody_core::movement::Verdict) -> CoreResult<()> {
    match v.recorded {
        Some(_) => Ok(()),
        None => {
            Err(CoreError::refused("store.benchmark_scan_refused")
                .arg("detail", v.message.as_str()))
        }
    }
}

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

/// Imports a despatch advice of `packs` new packs as CSV and receives all of it.
pub fn shipment(
    store: &mut Store,
    conn: &Connection,
    packs: usize,
    now: Timestamp,
) -> CoreResult<ShipmentFigures> {
    let actor = store.actor("admin")?;
    let (gtin, location): (String, i64) = conn.query_row(
        "SELECT (SELECT gtin FROM product WHERE tracking = 'serial' AND gtin NOT IN (SELECT gtin FROM recall_scope) ORDER BY id DESC LIMIT 1), (SELECT min(id) FROM location)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    // Seconds keep the serials within GS1's 20 characters.
    let run = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let expiry = now.local_date() + Duration::days(600);
    let mut csv = String::with_capacity(packs * 48 + 64);
    csv.push_str("gtin,serial,lot,expiry,quantity,po\n");
    for i in 0..packs {
        csv.push_str(&format!(
            "{gtin},S{run:x}{i:07},L{run:x},{expiry},1,PO-BENCH\n"
        ));
    }
    let started = Instant::now();
    let s = store.import_shipment(&actor, csv.as_bytes(), None, Some("ASN-BENCH"), None, now)?;
    let import_seconds = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let r = store.receive_all(&actor, s.id, LocationId(location), now)?;
    let receive_all_seconds = started.elapsed().as_secs_f64();
    debug_assert_eq!(r.received as usize, packs);
    Ok(ShipmentFigures {
        packs,
        import_seconds,
        receive_all_seconds,
    })
}

/// Recall figures.
#[derive(Debug, Clone, Serialize)]
pub struct RecallFigures {
    /// The first recall's number.
    pub number: String,
    /// Packs in the first recall's reach.
    pub units: i64,
    /// Packs the first recall quarantined.
    pub held: i64,
    /// Seconds to create the first recall, with its hold, in one transaction, reading the
    /// affected packs from disk for the first time.
    pub create_cold_seconds: f64,
    /// The same for a second recall of the same size whose packs were read just before (as
    /// when the QA officer has looked at the affected stock before entering the recall).
    pub create_warm_seconds: f64,
    /// Computing the first recall's reach, repeated.
    pub reach: Latency,
}

/// Whole GTINs covering at least `units` packs, the products with the most stock on the
/// shelves first, leaving out products already recalled and the first `skip` products.
fn recall_scope(
    conn: &Connection,
    units: i64,
    skip: usize,
) -> CoreResult<Vec<custody_core::recall::ScopeLine>> {
    let mut stmt = conn.prepare(
        "SELECT p.gtin, count(*) FROM unit u JOIN product p ON p.id = u.product_id
         WHERE p.tracking = 'serial' AND p.gtin NOT IN (SELECT gtin FROM recall_scope)
         GROUP BY u.product_id HAVING count(*) <= ?1 / 10
         ORDER BY sum(u.status = 'in_stock') DESC",
    )?;
    let mut rows = stmt.query([units])?;
    let (mut scope, mut total, mut skipped) = (Vec::new(), 0, 0);
    while let Some(r) = rows.next()? {
        if total >= units {
            break;
        }
        if skipped < skip {
            skipped += 1;
            continue;
        }
        scope.push(custody_core::recall::ScopeLine {
            gtin: r.get(0)?,
            lot: None,
            serial: None,
        });
        total += r.get::<_, i64>(1)?;
    }
    Ok(scope)
}

/// Enters two recalls of whole GTINs covering at least `units` packs each (one cold, one with
/// its packs read just before), then computes the first one's reach `repeat` times.
pub fn recall(
    store: &mut Store,
    conn: &Connection,
    units: i64,
    repeat: usize,
    now: Timestamp,
) -> CoreResult<RecallFigures> {
    use custody_core::recall::NewRecall;
    let actor = store.actor("admin")?;
    let run = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let cold = recall_scope(conn, units, 0)?;
    let warm = recall_scope(conn, units, cold.len())?;
    let mut seconds = Vec::new();
    let mut first = None;
    for (i, scope) in [cold, warm].into_iter().enumerate() {
        if i == 1 {
            // Read the affected packs and their last events, as a reach preview would.
            for l in &scope {
                conn.query_row(
                    "SELECT count(*), sum(length(e.reference)) FROM unit u JOIN event e ON e.seq = u.last_event_seq
                     WHERE u.product_id = (SELECT id FROM product WHERE gtin = ?1)",
                    [&l.gtin],
                    |_| Ok(()),
                )?;
            }
        }
        checkpoint(conn)?;
        let number = format!("BENCH-{run}-{i}");
        let started = Instant::now();
        let created = store.create_recall(
            &actor,
            &NewRecall {
                number: number.clone(),
                title: "Benchmark recall".into(),
                class: RecallClass::II,
                reason: "benchmark".into(),
                instructions: None,
                issuer: None,
                issued_on: now.local_date(),
                scope,
            },
            now,
        )?;
        seconds.push(started.elapsed().as_secs_f64());
        first.get_or_insert((number, created.hold.units));
    }
    let (number, held) = first.unwrap_or_default();
    let mut micros = Vec::with_capacity(repeat);
    let mut reached = 0;
    for _ in 0..repeat {
        let started = Instant::now();
        let r = store.recall_reach(&actor, &number)?;
        micros.push(started.elapsed().as_secs_f64() * 1e6);
        reached = r.summary.units;
    }
    Ok(RecallFigures {
        number,
        units: reached,
        held,
        create_cold_seconds: seconds[0],
        create_warm_seconds: seconds[1],
        reach: Latency::from_micros(micros),
    })
}

/// Stock-level figures.
#[derive(Debug, Clone, Serialize)]
pub struct LevelFigures {
    /// Reorder rules evaluated.
    pub rules: usize,
    /// Shortages found.
    pub shortages: usize,
    /// Lines in the 90-day expiry list.
    pub expiry_lines: usize,
    /// The shortage list, repeated.
    pub shortage_list: Latency,
    /// The expiry list (30/60/90 days), repeated.
    pub expiry_list: Latency,
    /// The expiry list's first page of 200 lines with its length, as the screen asks for it.
    pub expiry_first_page: Latency,
    /// The same at the location holding the most stock.
    pub expiry_first_page_busiest: Latency,
    /// One product's position at every location, for different products.
    pub position: Latency,
}

/// Times the shortage list, the expiry list and single-product positions.
pub fn levels(
    store: &Store,
    conn: &Connection,
    repeat: usize,
    now: Timestamp,
) -> CoreResult<LevelFigures> {
    use custody_core::levels::LevelPolicy;
    let actor = store.actor("admin")?;
    let policy = LevelPolicy::default();
    let today = now.local_date();
    let rules: usize = conn.query_row("SELECT count(*) FROM reorder_rule", [], |r| {
        r.get::<_, i64>(0)
    })? as usize;
    let time = |f: &mut dyn FnMut() -> CoreResult<usize>| -> CoreResult<(Latency, usize)> {
        let mut micros = Vec::with_capacity(repeat);
        let mut n = 0;
        for _ in 0..repeat {
            let started = Instant::now();
            n = f()?;
            micros.push(started.elapsed().as_secs_f64() * 1e6);
        }
        Ok((Latency::from_micros(micros), n))
    };
    let (shortage_list, shortages) =
        time(&mut || Ok(store.shortages(&actor, &policy, today)?.len()))?;
    let (expiry_list, expiry_lines) =
        time(&mut || Ok(store.expiring(&actor, &[30, 60, 90], None, today)?.len()))?;
    let first_page = |location: Option<&str>| {
        Ok(store
            .expiring_page(&actor, &[30, 90], location, today, 0, 200)?
            .0
            .len())
    };
    let (expiry_first_page, _) = time(&mut || first_page(None))?;
    let busiest = busiest_location(conn)?;
    let (expiry_first_page_busiest, _) = time(&mut || first_page(busiest.as_deref()))?;
    let gtins: Vec<String> = conn
        .prepare("SELECT gtin FROM product ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut micros = Vec::with_capacity(repeat * 10);
    let mut rng = Rng::new(7);
    for _ in 0..repeat * 10 {
        let gtin = &gtins[rng.below(gtins.len() as u64) as usize];
        let started = Instant::now();
        store.positions(&actor, Some(gtin), None, &policy, today)?;
        micros.push(started.elapsed().as_secs_f64() * 1e6);
    }
    Ok(LevelFigures {
        rules,
        shortages,
        expiry_lines,
        shortage_list,
        expiry_list,
        expiry_first_page,
        expiry_first_page_busiest,
        position: Latency::from_micros(micros),
    })
}

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
) -> CoreResult<CountFigures> {
    let actor = store.actor("admin")?;
    let location: i64 = conn.query_row(
        "SELECT location_id FROM unit WHERE status = 'in_stock' GROUP BY location_id ORDER BY abs(count(*) - ?1) LIMIT 1",
        [packs as i64],
        |r| r.get(0),
    )?;
    checkpoint(conn)?;
    let started = Instant::now();
    let c = store.start_count(&actor, LocationId(location), &[], false, now)?;
    let start_seconds = started.elapsed().as_secs_f64();
    let scans: Vec<String> = conn
        .prepare(
            "SELECT p.gtin, u.expiry, u.lot, u.serial FROM unit u JOIN product p ON p.id = u.product_id
             WHERE u.location_id = ?1 AND u.status = 'in_stock' AND p.tracking = 'serial' LIMIT ?2",
        )?
        .query_map(params![location, packs as i64], |r| {
            let expiry: Option<String> = r.get(1)?;
            let yymmdd = expiry
                .and_then(|e| chrono::NaiveDate::parse_from_str(&e, "%Y-%m-%d").ok())
                .map(|d| d.format("%y%m%d").to_string())
                .unwrap_or_default();
            Ok(format!(
                "]d201{}17{yymmdd}10{}\u{1d}21{}",
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                r.get::<_, String>(3)?
            ))
        })?
        .collect::<Result<_, _>>()?;
    let options = custody_gs1::DecodeOptions::new(now.local_date());
    let mut micros = Vec::with_capacity(scans.len());
    for raw in &scans {
        let started = Instant::now();
        store.count_scan(&actor, c.id, raw, None, &options, now)?;
        micros.push(started.elapsed().as_secs_f64() * 1e6);
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
        finish_seconds,
    })
}

/// Copies the WAL back into the database first, as the desktop app's background checkpointer
/// does between scans, so that a timed write does not pay for the benchmarks before it.
fn checkpoint(conn: &Connection) -> CoreResult<()> {
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}

/// The code of the location holding the most packs.
pub fn busiest_location(conn: &Connection) -> CoreResult<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT l.code FROM unit u JOIN location l ON l.id = u.location_id
                 WHERE u.status = 'in_stock' GROUP BY u.location_id ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?)
}

/// The GTIN and serial of a pack with many events (among recent ones).
pub fn longest_history(conn: &Connection) -> CoreResult<Option<(String, String)>> {
    Ok(conn
        .query_row(
            "SELECT p.gtin, l.serial FROM event_line l JOIN product p ON p.id = l.product_id
                 WHERE l.serial IS NOT NULL AND l.event_seq > (SELECT max(seq) - 200000 FROM event)
                 GROUP BY l.product_id, l.serial ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}
