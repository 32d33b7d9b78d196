//! One function per command: the arguments become the api's typed request, the api is called
//! (as the signed-in user, on the host's connection), and the answer is printed. `scan decode`
//! and `bench` have no database policy and call gs1 and core directly.

use std::io::{BufRead, Write};

use anyhow::{Context as _, Result};
use custody_api::site::FirstRun;
use custody_api::stock::StockQuery;
use custody_api::Cx;
use custody_bench::perf;
use custody_core::movement::Movement;
use custody_core::scan;
use serde_json::{json, Value};

use crate::args::*;
use crate::context::{fixed_ids, now, open, open_host, sign_in};
use crate::output;

pub fn run(cli: Cli) -> Result<i32> {
    fixed_ids()?;
    match cli.command {
        Command::Scan(ScanCommand::Decode { today }) => scan_decode(today),
        Command::Init {
            site_code,
            site_name,
            admin,
            admin_name,
        } => crate::setup::init(
            &cli.db,
            FirstRun {
                demo: false,
                site_code,
                site_name,
                admin,
                admin_name,
                password: String::new(),
                password_again: String::new(),
            },
            cli.json,
        ),
        Command::Demo { scale } => crate::setup::demo(&cli.db, &scale, cli.json),
        Command::Bench(args) => bench(&cli.db, args, cli.json),
        Command::Backup(ref c) => crate::backup::run(&cli, c),
        command => {
            let mut host = open_host(&cli.db)?;
            let mut session = sign_in(&mut host, &cli.actor)?;
            // The movements and the site's settings are the api's operations, called typed.
            let command = match into_movement(command) {
                Ok((m, a)) => return crate::movement::run(&mut host, &mut session, m, a, cli.json),
                Err(Command::Settings(c)) => {
                    return crate::settings::run(&mut host, &mut session, c, cli.json)
                }
                Err(command) => command,
            };
            // A count's scans are each an operation of their own (the site's settings read
            // afresh); every other command is one operation.
            if let Command::Count(c) = command {
                return crate::count::run(&mut host, &mut session, c, cli.json);
            }
            let mut cx = Cx::new(&mut host, Some(&mut session))?;
            let cx = &mut cx;
            let json = cli.json;
            match command {
                Command::Product(c) => crate::master::product(cx, c, json),
                Command::Location(c) => crate::master::location(cx, c, json),
                Command::Partner(c) => crate::master::partner(cx, c, json),
                Command::User(c) => crate::users::run(cx, c, json),
                Command::ClockCorrect { reason } => crate::ledger::clock_correct(cx, reason, json),
                Command::LateEntry { set } => crate::ledger::late_entry(cx, set, json),
                Command::Verify => crate::ledger::verify(cx, json),
                Command::Stock {
                    product,
                    location,
                    search,
                    limit,
                    offset,
                } => crate::stock::list(
                    cx,
                    StockQuery {
                        gtin: product,
                        location,
                        search,
                        limit: Some(limit),
                        offset,
                    },
                    json,
                ),
                Command::History {
                    scan_or_gtin,
                    serial,
                    lot,
                } => crate::stock::history(
                    cx,
                    crate::stock::pack_query(scan_or_gtin, serial, lot),
                    json,
                ),
                Command::Export(ExportCommand::Epcis {
                    gtin,
                    serial,
                    lot,
                    from,
                    to,
                    out,
                    force,
                }) => crate::expected::export_epcis(
                    cx,
                    crate::expected::EpcisArgs {
                        gtin,
                        serial,
                        lot,
                        from,
                        to,
                        out,
                        force,
                    },
                    json,
                ),
                Command::Expected(c) => crate::expected::run(cx, c, json),
                Command::Recall(c) => crate::recall::run(cx, c, json),
                Command::Report(c) => crate::report::run(cx, c, json),
                c @ (Command::Reorder(_)
                | Command::Shortages { .. }
                | Command::Expiring { .. }
                | Command::AlertWindows { .. }
                | Command::Position { .. }) => crate::levels::run(cx, c, json),
                Command::Init { .. }
                | Command::Demo { .. }
                | Command::Bench(_)
                | Command::Scan(_)
                | Command::Backup(_)
                | Command::Count(_)
                | Command::Receive(_)
                | Command::Dispense(_)
                | Command::Transfer(_)
                | Command::Return(_)
                | Command::Quarantine(_)
                | Command::Release(_)
                | Command::Destroy(_)
                | Command::ReturnToSupplier(_)
                | Command::Settings(_) => unreachable!("handled above"),
            }
        }
    }
}

/// A movement command's movement and arguments, or the command given back.
// Once per run: the size of the command given back does not matter (as in args.rs).
#[allow(clippy::result_large_err)]
fn into_movement(command: Command) -> std::result::Result<(Movement, MoveArgs), Command> {
    Ok(match command {
        Command::Receive(a) => (Movement::Receive, a),
        Command::Dispense(a) => (Movement::Dispense, a),
        Command::Transfer(a) => (Movement::Transfer, a),
        Command::Return(a) => (Movement::Return, a),
        Command::Quarantine(a) => (Movement::Quarantine, a),
        Command::Release(a) => (Movement::Release, a),
        Command::Destroy(a) => (Movement::Destroy, a),
        Command::ReturnToSupplier(a) => (Movement::ReturnToSupplier, a),
        other => return Err(other),
    })
}

fn scan_decode(today: Option<String>) -> Result<i32> {
    let today = match today {
        Some(t) => chrono::NaiveDate::parse_from_str(&t, "%Y-%m-%d")
            .with_context(|| format!("--today '{t}' is not a date YYYY-MM-DD"))?,
        None => now()?.local_date(),
    };
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (n, line) in stdin.lock().split(b'\n').enumerate() {
        let line = line.context("reading stdin")?;
        let text = String::from_utf8_lossy(&line);
        if text.trim().is_empty() {
            continue;
        }
        let answer = match serde_json::from_str::<Value>(&text) {
            Err(e) => request_error(n + 1, &format!("not JSON: {e}")),
            Ok(req) => match req.get("input").and_then(Value::as_str) {
                None => request_error(n + 1, "expected an object with a string \"input\""),
                Some(input) => {
                    match scan::options_from_json(today, req.get("options").unwrap_or(&Value::Null))
                    {
                        Err(m) => request_error(n + 1, &m),
                        Ok(options) => match custody_gs1::decode(input, &options) {
                            Ok(s) => scan::scan_json(&s),
                            Err(e) => scan::error_json(&e),
                        },
                    }
                }
            },
        };
        writeln!(out, "{answer}")?;
        out.flush()?;
    }
    Ok(0)
}

fn request_error(line: usize, message: &str) -> Value {
    json!({"error": {"kind": "bad_request", "message": format!("line {line}: {message}"), "position": 0}})
}

/// Receipts of new packs through the desktop app's path, `custody_api::ops::call("scan", json)`
/// (the request read from JSON, the site's settings read afresh, the verdict written back as
/// JSON), as the administrator (`CUSTODY_PASSWORD`, else the demonstration data's password).
/// Nothing when that user cannot sign in.
fn api_scans(db: &std::path::Path, n: usize) -> Result<Option<perf::Latency>> {
    use custody_api::ops;
    let mut host = custody_api::Host::open(db, std::sync::Arc::new(custody_api::SystemClock))?;
    let password = std::env::var("CUSTODY_PASSWORD").unwrap_or_else(|_| "custody-demo".into());
    let Ok(mut session) = custody_api::sign_in(&mut host, "admin", &password) else {
        return Ok(None);
    };
    let products = ops::call(
        &mut host,
        Some(&mut session),
        "products",
        json!({"limit": 10000}),
    )?;
    let gtin = products
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["tracking"] == "serial"))
        .and_then(|p| p["gtin"].as_str().map(String::from))
        .context("no serialized product to receive")?;
    let locations = ops::call(&mut host, Some(&mut session), "locations", Value::Null)?;
    let location = locations[0]["code"]
        .as_str()
        .context("no location")?
        .to_string();
    let run = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as u64);
    let mut micros = Vec::with_capacity(n);
    for i in 0..n {
        let request = json!({"movement": "receive", "location": location,
            "raw": format!("]d201{gtin}1730123110A{run:x}\u{1d}21A{run:x}{i:06}")});
        let started = std::time::Instant::now();
        let verdict = ops::call(&mut host, Some(&mut session), "scan", request)?;
        micros.push(started.elapsed().as_secs_f64() * 1e6);
        anyhow::ensure!(
            verdict["recorded"].is_object(),
            "a benchmark receipt was not recorded: {verdict}"
        );
    }
    Ok(Some(perf::Latency::from_micros(micros)))
}

fn bench(db: &Option<std::path::PathBuf>, args: BenchArgs, as_json: bool) -> Result<i32> {
    let now = now()?;
    // The bulk append deletes and recreates its scratch databases in --dir: never the one
    // named by --db.
    for round in 0..2 {
        for kind in ["raw", "bulk"] {
            let scratch = args.dir.join(format!("bench-{kind}-{round}.db"));
            if let Some(db) = db {
                anyhow::ensure!(
                    !custody_api::files::is_database_file(&scratch, db),
                    "--dir holds the benchmark's scratch databases, which are replaced: {} is the open database; choose another --dir",
                    scratch.display()
                );
            }
        }
    }
    std::fs::create_dir_all(&args.dir)?;
    let bulk = perf::bulk_append(&args.dir, args.units, args.per_event, now)?;
    let mut report = json!({"bulk_append": bulk});
    if db.is_some() {
        let mut store = open(db)?;
        let mut conn = custody_core::db::open(store.path())?;
        let summary = store.summary()?;
        let lookups = perf::lookups(&store, &conn, args.lookups)?;
        let scans = perf::single_scans(&mut store, &mut conn, args.scans, now)?;
        let (receive, dispense) =
            perf::verdict_scans(&mut store, &conn, args.scans.min(1000), now)?;
        if let Some(api) = api_scans(store.path(), args.scans.min(1000))? {
            report["api_receive"] = json!(api);
        }
        let shipment = perf::shipment(&mut store, &conn, args.shipment, now)?;
        report["verdict_receive"] = json!(receive);
        report["verdict_dispense"] = json!(dispense);
        report["shipment"] = json!(shipment);
        report["levels"] = json!(perf::levels(&store, &conn, 20, now)?);
        report["count"] = json!(perf::count(&mut store, &conn, 20_000, now)?);
        let recall = perf::recall(&mut store, &conn, 10_000, 20, now)?;
        report["reports"] = json!(crate::report::bench(&store, &conn, &recall.number, now)?);
        report["recall"] = json!(recall);
        report["dataset"] = json!(summary);
        report["unit_lookup"] = json!(lookups);
        report["single_scan"] = json!(scans);
    }
    if as_json {
        output::json(&report);
    } else {
        println!(
            "bulk append:  {} packs in {} events, {:.2} s: {:.0} packs/s with hashing and projections (raw SQLite inserts of the same rows: {:.0}/s)",
            bulk.lines, bulk.events, bulk.seconds, bulk.lines_per_second, bulk.raw_lines_per_second
        );
        if let Some(d) = report.get("dataset") {
            println!("dataset:      {d}");
            let sh = &report["shipment"];
            println!(
                "shipment:     {} packs: import {:.2} s, receive-all {:.2} s",
                sh["packs"],
                sh["import_seconds"].as_f64().unwrap_or(0.0),
                sh["receive_all_seconds"].as_f64().unwrap_or(0.0)
            );
            let lv = &report["levels"];
            let ms = |v: &Value| v.as_f64().unwrap_or(0.0) / 1000.0;
            println!(
                "levels:       {} rules, {} short: shortage list p50 {:.1} ms, p99 {:.1} ms; expiry list ({} lines) p50 {:.1} ms, p99 {:.1} ms; one product's position p50 {:.2} ms, p99 {:.2} ms",
                lv["rules"], lv["shortages"],
                ms(&lv["shortage_list"]["p50_us"]), ms(&lv["shortage_list"]["p99_us"]),
                lv["expiry_lines"],
                ms(&lv["expiry_list"]["p50_us"]), ms(&lv["expiry_list"]["p99_us"]),
                ms(&lv["position"]["p50_us"]), ms(&lv["position"]["p99_us"])
            );
            println!(
                "expiry page:  first 200 lines with the list's length p50 {:.1} ms, p99 {:.1} ms; at the busiest location p50 {:.1} ms, p99 {:.1} ms",
                ms(&lv["expiry_first_page"]["p50_us"]), ms(&lv["expiry_first_page"]["p99_us"]),
                ms(&lv["expiry_first_page_busiest"]["p50_us"]), ms(&lv["expiry_first_page_busiest"]["p99_us"])
            );
            let ct = &report["count"];
            println!(
                "count:        {} packs scanned of {} expected: start {:.2} s; scan p50 {:.0} µs, p99 {:.0} µs; finish {:.2} s",
                ct["scanned"], ct["expected"], ct["start_seconds"].as_f64().unwrap_or(0.0),
                ct["scan"]["p50_us"].as_f64().unwrap_or(0.0), ct["scan"]["p99_us"].as_f64().unwrap_or(0.0),
                ct["finish_seconds"].as_f64().unwrap_or(0.0)
            );
            let rc = &report["recall"];
            println!(
                "recall:       {} packs in reach, {} quarantined: create with hold {:.3} s reading from disk, {:.3} s with the packs in memory; reach p50 {:.1} ms, p99 {:.1} ms",
                rc["units"],
                rc["held"],
                rc["create_cold_seconds"].as_f64().unwrap_or(0.0),
                rc["create_warm_seconds"].as_f64().unwrap_or(0.0),
                rc["reach"]["p50_us"].as_f64().unwrap_or(0.0) / 1000.0,
                rc["reach"]["p99_us"].as_f64().unwrap_or(0.0) / 1000.0
            );
            for r in report["reports"].as_array().into_iter().flatten() {
                println!(
                    "report:       {:<44} {:>7} rows: model {:.2} s, PDF {:.2} s ({} KB), CSV {:.2} s",
                    r["what"].as_str().unwrap_or_default(),
                    r["rows"],
                    r["model_seconds"].as_f64().unwrap_or(0.0),
                    r["pdf_seconds"].as_f64().unwrap_or(0.0),
                    r["pdf_bytes"].as_u64().unwrap_or(0) / 1024,
                    r["csv_seconds"].as_f64().unwrap_or(0.0),
                );
            }
            for key in [
                "single_scan",
                "verdict_receive",
                "api_receive",
                "verdict_dispense",
                "unit_lookup",
            ] {
                let l = &report[key];
                if l.is_null() {
                    continue;
                }
                println!(
                    "{key:<13} p50 {:.0} µs, p99 {:.0} µs, max {:.0} µs over {} samples",
                    l["p50_us"].as_f64().unwrap_or(0.0),
                    l["p99_us"].as_f64().unwrap_or(0.0),
                    l["max_us"].as_f64().unwrap_or(0.0),
                    l["samples"]
                );
            }
        }
    }
    Ok(0)
}
