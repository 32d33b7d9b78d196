//! Scans against the database under test, each timed from the raw scan to the commit: receipts
//! appended straight through the ledger (`single_scan`), receipts and dispenses through core's
//! whole verdict (`verdict_receive`, `verdict_dispense`: duplicates, expiry, first-expiry-first-out
//! ...), receipts through the verdict at a person's pace (`verdict_receive_paced`), and pack
//! lookups (`unit_lookup`). Every scan adds to the database; serials carry the
//! run's time so that runs never collide.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration as StdDuration, Instant};

use chrono::Duration;
use custody_core::db::BackgroundCheckpoints;
use custody_core::demo::Rng;
use custody_core::ledger::{Appender, NewEvent, NewLine, Place};
use custody_core::movement::{Movement, ScanInput, ScanSession, Verdict};
use custody_core::*;
use rusqlite::{params, Connection};

use crate::dataset::yymmdd;
use crate::error::BenchResult;
use crate::latency::{micros_since, Latency, Turns};

/// A number for this run, from the computer's clock: serials unique to the run even when the
/// benchmark's clock is fixed.
pub(crate) fn run_number_micros() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as u64)
}

/// The same in seconds, for serials that must stay within GS1's 20 characters.
pub(crate) fn run_number_seconds() -> u64 {
    run_number_micros() / 1_000_000
}

/// Receives `n` new packs one at a time, each decoded from its raw scan, looked up, and
/// committed in its own transaction through the ledger's `Appender`, as at a receiving bench.
/// `conn` reads unmapped meanwhile, as the app's window connection, which takes a person's
/// scans, does (`Store::map_whole_file`): mapped, a first touch of a page not in memory would
/// wait for the 8 MB of the file around it. Its mapping is put back with its figure.
pub(crate) struct SingleScans<'a> {
    conn: &'a mut Connection,
    mapped: i64,
    actor: User,
    product: i64,
    gtin: String,
    location: i64,
    options: custody_gs1::DecodeOptions,
    run: u64,
    now: Timestamp,
    next: usize,
    n: usize,
    micros: Vec<f64>,
}

impl<'a> SingleScans<'a> {
    /// `n` receipts of the first serialized product at the first location, on `conn`.
    pub fn new(
        store: &Store,
        conn: &'a mut Connection,
        n: usize,
        now: Timestamp,
    ) -> BenchResult<Self> {
        let actor = store.actor("admin").or_else(|_| store.actor("amira"))?;
        let (product, gtin): (i64, String) = conn.query_row(
            "SELECT id, gtin FROM product WHERE tracking = 'serial' ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let location: i64 = conn.query_row("SELECT min(id) FROM location", [], |r| r.get(0))?;
        let mapped = custody_core::db::mmap_size(conn)?;
        conn.pragma_update(None, "mmap_size", 0)?;
        Ok(SingleScans {
            conn,
            mapped,
            actor,
            product,
            gtin,
            location,
            options: custody_gs1::DecodeOptions::new(now.local_date()),
            run: run_number_micros(),
            now,
            next: 0,
            n,
            micros: Vec::with_capacity(n),
        })
    }
}

impl Turns for SingleScans<'_> {
    type Figure = Latency;

    fn turn(&mut self) -> BenchResult<bool> {
        if self.next == self.n {
            return Ok(false);
        }
        let (gtin, run, i) = (&self.gtin, self.run, self.next);
        self.next += 1;
        let raw = format!("]d201{gtin}1730123110BENCH\u{1d}21B{run:x}{i:06}");
        let started = Instant::now();
        let scan = custody_gs1::decode(&raw, &self.options)
            .map_err(|e| CoreError::refused("movement.scan_unreadable").arg("detail", e.message))?;
        let serial = scan.serial.unwrap_or_default();
        if known(self.conn, gtin, &serial)? {
            return Ok(true);
        }
        let line = NewLine {
            product: ProductId(self.product),
            lot: scan.lot,
            serial: Some(serial),
            expiry: scan.expiry,
            quantity: 1,
            before: None,
            after: Some(Place::at(UnitStatus::InStock, LocationId(self.location))),
            unit_cost_cents: None,
        };
        let location = LocationId(self.location);
        append_receipt(self.conn, &self.actor, location, raw, line, self.now)?;
        self.micros.push(micros_since(started));
        Ok(true)
    }

    fn figure(self) -> BenchResult<Latency> {
        self.conn.pragma_update(None, "mmap_size", self.mapped)?;
        Ok(Latency::from_micros(self.micros))
    }
}

/// Whether a pack is known, asked on the connection the receipts are appended on (as one
/// connection does both in the app: a lookup on another would find its page cache emptied by
/// every commit, and time that instead).
fn known(conn: &Connection, gtin: &str, serial: &str) -> BenchResult<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM product p JOIN unit u ON u.product_id = p.id
             WHERE p.gtin = ?1 AND u.serial = ?2",
        )?
        .exists(params![gtin, serial])?)
}

/// Commits one receipt of one pack in its own transaction.
fn append_receipt(
    conn: &mut Connection,
    actor: &User,
    location: LocationId,
    raw: String,
    line: NewLine,
    now: Timestamp,
) -> BenchResult<()> {
    let tx = conn.transaction()?;
    {
        let mut appender = Appender::new(&tx, now)?;
        appender.append(
            actor,
            &NewEvent {
                kind: EventKind::Receive,
                occurred_at: now,
                location: Some(location),
                counterparty: None,
                reference: Some("PO-BENCH".into()),
                reason: None,
                raw_scan: Some(raw),
                lines: vec![line],
            },
        )?;
        appender.finish()?;
    }
    tx.commit()?;
    Ok(())
}

/// Looks up `n` random known packs by GTIN and serial, as the pack screen does.
pub(crate) struct Lookups<'a> {
    store: &'a Store,
    actor: User,
    keys: Vec<(String, String)>,
    micros: Vec<f64>,
}

impl<'a> Lookups<'a> {
    /// `n` packs drawn from a fixed seed among those `conn` finds.
    pub fn new(store: &'a Store, conn: &Connection, n: usize) -> BenchResult<Self> {
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
        Ok(Lookups {
            store,
            actor,
            micros: Vec::with_capacity(keys.len()),
            keys,
        })
    }
}

impl Turns for Lookups<'_> {
    type Figure = Latency;

    fn turn(&mut self) -> BenchResult<bool> {
        let Some((gtin, serial)) = self.keys.get(self.micros.len()) else {
            return Ok(false);
        };
        let started = Instant::now();
        self.store.unit(&self.actor, gtin, serial)?;
        self.micros.push(micros_since(started));
        Ok(true)
    }

    fn figure(self) -> BenchResult<Latency> {
        Ok(Latency::from_micros(self.micros))
    }
}

/// Scans through `Store::scan`, each timed from the raw scan to its commit and required to be
/// recorded: receipts of new packs, or dispenses of packs on the shelf, back to back or at a
/// person's pace ([`TimedScans::paced_receipts`]).
pub(crate) struct TimedScans<'a> {
    store: &'a mut Store,
    actor: User,
    session: ScanSession,
    raws: std::vec::IntoIter<String>,
    answer: ScanInput,
    now: Timestamp,
    /// At a person's pace: the log copied back as the desktop app copies it, which says on the
    /// receiver when it has copied the whole log.
    paced: Option<(BackgroundCheckpoints, Receiver<()>)>,
    micros: Vec<f64>,
}

impl<'a> TimedScans<'a> {
    /// `n` receipts of new packs through the verdict, back to back, of the serialized product
    /// (not under recall) with the most packs in stock at its location, there.
    pub fn receipts(
        store: &'a mut Store,
        conn: &Connection,
        n: usize,
        now: Timestamp,
    ) -> BenchResult<Self> {
        let shelf = busiest_shelf(conn)?;
        let receive = receive_session(conn, &shelf)?;
        let codes = new_pack_codes(&shelf, n, now);
        TimedScans::new(store, receive, codes, ScanInput::default(), now)
    }

    /// Up to `n` dispenses of packs that were already on the shelf of [`TimedScans::receipts`]
    /// (not its new ones), as a ward would take them. They are taken as they come, not in
    /// expiry order: each out-of-order pick is confirmed, as the person at the screen would, so
    /// every check still runs and is recorded.
    pub fn dispenses(
        store: &'a mut Store,
        conn: &Connection,
        n: usize,
        now: Timestamp,
    ) -> BenchResult<Self> {
        let shelf = busiest_shelf(conn)?;
        let codes: Vec<String> = conn
            .prepare("SELECT serial, lot, expiry FROM unit WHERE product_id = ?1 AND location_id = ?2 AND status = 'in_stock' AND serial NOT LIKE 'V%' AND length(serial) <= 20 AND expiry >= ?4 LIMIT ?3")?
            .query_map(params![shelf.product, shelf.location, n as i64, now.local_date().to_string()], |r| {
                let (serial, lot, expiry): (String, Option<String>, Option<String>) =
                    (r.get(0)?, r.get(1)?, r.get(2)?);
                Ok(format!(
                    "]d201{}17{}10{}\u{1d}21{serial}",
                    shelf.gtin,
                    yymmdd(expiry),
                    lot.unwrap_or_default()
                ))
            })?
            .collect::<Result<_, _>>()?;
        let dispense = ScanSession::new(Movement::Dispense, LocationId(shelf.location));
        let confirmed = ScanInput {
            fefo_confirmed: true,
            ..ScanInput::default()
        };
        TimedScans::new(store, dispense, codes, confirmed, now)
    }

    /// `n` receipts as [`TimedScans::receipts`] takes them, but at a person's pace:
    /// [`PERSON_PAUSE`] before each (not timed). Back to back, a scan finds what the one before
    /// it read still in the processor's caches; a person's scan comes after the computer has
    /// done other things, or nothing, for a while, and on this kind of machine the same work
    /// then takes several times as long
    /// (`docs/decisions/2026-12-02-history-independent-levels.md`). The log is copied back as
    /// the desktop app copies it, every five seconds (a dozen scans and more between two
    /// copies, as at the screen), and started again after a whole copy as the app has it
    /// started, between two scans (`Store::restart_log_if_copied`).
    pub fn paced_receipts(
        store: &'a mut Store,
        conn: &Connection,
        n: usize,
        now: Timestamp,
    ) -> BenchResult<Self> {
        let (told, copies) = mpsc::channel();
        let checkpoints =
            BackgroundCheckpoints::start_with(store.path(), APP_CHECKPOINT_EVERY, move || {
                // An error means the scans are over: there is no one left to tell.
                let _ = told.send(());
            })?;
        let mut scans = TimedScans::receipts(store, conn, n, now)?;
        scans.paced = Some((checkpoints, copies));
        Ok(scans)
    }

    fn new(
        store: &'a mut Store,
        session: ScanSession,
        raws: Vec<String>,
        answer: ScanInput,
        now: Timestamp,
    ) -> BenchResult<Self> {
        Ok(TimedScans {
            actor: store.actor("admin")?,
            store,
            session,
            micros: Vec::with_capacity(raws.len()),
            raws: raws.into_iter(),
            answer,
            now,
            paced: None,
        })
    }
}

impl Turns for TimedScans<'_> {
    type Figure = Latency;

    fn turn(&mut self) -> BenchResult<bool> {
        let Some(raw) = self.raws.next() else {
            return Ok(false);
        };
        if let Some((_, copies)) = &self.paced {
            idle(self.store, copies)?;
        }
        let started = Instant::now();
        let input = ScanInput {
            raw,
            ..self.answer.clone()
        };
        let v = self
            .store
            .scan(&self.actor, &self.session, &input, self.now)?;
        self.micros.push(micros_since(started));
        recorded_or_fail(&v)?;
        Ok(true)
    }

    fn figure(self) -> BenchResult<Latency> {
        Ok(Latency::from_micros(self.micros))
    }
}

/// The pause before each scan of [`TimedScans::paced_receipts`]: a person scanning as fast as
/// a person does, one pack after another, leaves a few tenths of a second between two scans.
pub const PERSON_PAUSE: StdDuration = StdDuration::from_millis(300);

/// How often the desktop app copies the log back (`src-tauri/src/start.rs`).
const APP_CHECKPOINT_EVERY: StdDuration = StdDuration::from_secs(5);

/// The shelf the scans through the verdict use: the location and serialized product (not under
/// recall) with the most packs in stock.
struct Shelf {
    location: i64,
    product: i64,
    gtin: String,
}

fn busiest_shelf(conn: &Connection) -> BenchResult<Shelf> {
    Ok(conn.query_row(
        "SELECT u.location_id, u.product_id, p.gtin FROM unit u JOIN product p ON p.id = u.product_id
         WHERE u.status = 'in_stock' AND p.tracking = 'serial' AND p.gtin NOT IN (SELECT gtin FROM recall_scope)
           AND length(u.serial) <= 20
         GROUP BY u.location_id, u.product_id ORDER BY count(*) DESC LIMIT 1",
        [],
        |r| {
            Ok(Shelf {
                location: r.get(0)?,
                product: r.get(1)?,
                gtin: r.get(2)?,
            })
        },
    )?)
}

/// A receipt at the shelf's location from the data set's first supplier (core refuses a
/// receipt that names none).
fn receive_session(conn: &Connection, shelf: &Shelf) -> BenchResult<ScanSession> {
    let supplier: i64 = conn.query_row(
        "SELECT id FROM partner ORDER BY kind <> 'supplier', id LIMIT 1",
        [],
        |r| r.get(0),
    )?;
    let mut receive = ScanSession::new(Movement::Receive, LocationId(shelf.location));
    receive.counterparty = Some(PartnerId(supplier));
    Ok(receive)
}

/// The codes of `n` new packs of the shelf's product, in a lot and serials of this run's own,
/// expiring in 700 days.
fn new_pack_codes(shelf: &Shelf, n: usize, now: Timestamp) -> Vec<String> {
    let run = run_number_micros();
    let expiry = (now.local_date() + Duration::days(700))
        .format("%y%m%d")
        .to_string();
    let gtin = &shelf.gtin;
    (0..n)
        .map(|i| format!("]d201{gtin}17{expiry}10V{run:x}\u{1d}21V{run:x}{i:06}"))
        .collect()
}

/// What the desktop app does between a person's scans, for [`PERSON_PAUSE`]: nothing, except
/// that when its background checkpoints say (on `copies`) that they have copied the whole log,
/// its connection starts the log again at once (`Store::restart_log_if_copied`), so that the
/// next scan does not pay for that start. Scans back to back leave the app no moment for it:
/// their commits start the log themselves.
fn idle(store: &mut Store, copies: &Receiver<()>) -> BenchResult<()> {
    let until = Instant::now() + PERSON_PAUSE;
    while let Some(left) = until.checked_duration_since(Instant::now()) {
        match copies.recv_timeout(left) {
            Ok(()) => {
                store.restart_log_if_copied()?;
            }
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => std::thread::sleep(left),
        }
    }
    Ok(())
}

/// A benchmark of recorded scans measures nothing if the scans were refused.
fn recorded_or_fail(v: &Verdict) -> BenchResult<()> {
    match v.recorded {
        Some(_) => Ok(()),
        None => Err(CoreError::refused("store.benchmark_scan_refused")
            .arg("detail", v.message.as_str())
            .into()),
    }
}
