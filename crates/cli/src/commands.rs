//! The dispatcher: one arm per command, naming the function that does it in the command's area
//! module (`master`, `recall`, `count`, …, where the arguments become the api's typed request,
//! the api is called as the signed-in user on the host's connection, and the answer is printed)
//! and how it reaches the database (`context::Acting`). `scan decode` and `scan image` have no
//! database policy and call gs1 and core (and vision) directly; `bench` calls custody-bench.

use std::io::{BufRead, Write};

use anyhow::{Context as _, Result};
use custody_core::movement::Movement;
use custody_core::scan;
use serde_json::{json, Value};

use crate::args::*;
use crate::context::{db_path, fixed_ids, now, open, Acting};
use crate::said::said;
use crate::{backup, count, expected, insights, ledger, levels, master, movement, output};
use crate::{national, recall, replenish, report, settings, setup, stock, sync, users};

/// Runs the command: one arm per command, each naming the function that does it and how it
/// reaches the database (not at all, as the signed-in user for one operation, or for several).
pub fn run(cli: Cli) -> Result<i32> {
    let Cli {
        db,
        actor,
        json,
        lang,
        command,
    } = cli;
    crate::speech::force(lang);
    fixed_ids()?;
    let acting = Acting {
        db: &db,
        actor: &actor,
    };
    // A movement's scans and a count's are each an operation of their own (the site's settings
    // read afresh for every scan); every other command that signs in is one operation.
    let moving = |m: Movement, a: MoveArgs| acting.run(|h, s| movement::run(h, s, m, a, json));
    match command {
        Command::Scan(ScanCommand::Decode { today }) => scan_decode(today),
        Command::Scan(ScanCommand::Image { files, today }) => {
            crate::scan_image::run(files, scan_today(today)?, json)
        }
        Command::Init(a) => setup::init(&db, a, json),
        Command::Demo {
            scale,
            years,
            site_code,
        } => setup::demo(&db, &scale, years.as_deref(), &site_code, json),
        Command::Bench(args) => bench(&db, args, json),
        Command::Backup(c) => backup::run(acting, c, json),
        Command::Sync(SyncCommand::Rebuild(a)) => sync::rebuild(&db, a, json),
        Command::Sync(c) => acting.operation(|cx| sync::run(cx, c, json)),
        Command::National(c) => acting.operation(|cx| national::run(cx, c, json)),
        Command::Receive(a) => moving(Movement::Receive, a),
        Command::Dispense(a) => moving(Movement::Dispense, a),
        Command::Transfer(a) => moving(Movement::Transfer, a),
        Command::Return(a) => moving(Movement::Return, a),
        Command::Quarantine(a) => moving(Movement::Quarantine, a),
        Command::Release(a) => moving(Movement::Release, a),
        Command::Destroy(a) => moving(Movement::Destroy, a),
        Command::ReturnToSupplier(a) => moving(Movement::ReturnToSupplier, a),
        Command::Count(c) => acting.run(|host, session| count::run(host, session, c, json)),
        Command::Settings(c) => acting.operation(|cx| settings::run(cx, c, json)),
        Command::Product(c) => acting.operation(|cx| master::product(cx, c, json)),
        Command::Location(c) => acting.operation(|cx| master::location(cx, c, json)),
        Command::Partner(c) => acting.operation(|cx| master::partner(cx, c, json)),
        Command::User(c) => acting.operation(|cx| users::run(cx, c, json)),
        Command::ClockCorrect { reason } => {
            acting.operation(|cx| ledger::clock_correct(cx, reason, json))
        }
        Command::LateEntry { set } => acting.operation(|cx| ledger::late_entry(cx, set, json)),
        Command::Verify {
            full,
            no_checkpoint,
        } => acting.operation(|cx| ledger::verify(cx, ledger::request(full, no_checkpoint), json)),
        Command::Stock(a) => acting.operation(|cx| stock::list(cx, a, json)),
        Command::History(a) => acting.operation(|cx| stock::history(cx, a, json)),
        Command::WriteOff(a) => acting.operation(|cx| stock::write_off(cx, a, json)),
        Command::Export(ExportCommand::Epcis(a)) => {
            acting.operation(|cx| expected::export_epcis(cx, a, json))
        }
        Command::Expected(c) => acting.operation(|cx| expected::run(cx, c, json)),
        Command::Recall(c) => acting.operation(|cx| recall::run(cx, c, json)),
        Command::Report(c) => acting.operation(|cx| report::run(cx, c, json)),
        Command::Replenish(c) => acting.run(|host, session| replenish::run(host, session, c, json)),
        Command::Reorder(c) => acting.operation(|cx| levels::reorder(cx, c, json)),
        Command::Shortages { window } => acting.operation(|cx| levels::shortages(cx, window, json)),
        Command::Expiring(a) => acting.operation(|cx| levels::expiring(cx, a, json)),
        Command::AlertWindows { set } => {
            acting.operation(|cx| levels::alert_windows(cx, set, json))
        }
        Command::Position(a) => acting.operation(|cx| levels::position(cx, a, json)),
        Command::Insights(c) => acting.operation(|cx| insights::run(cx, c, json)),
    }
}

/// `--today` of the scan commands, else today's date.
fn scan_today(today: Option<String>) -> Result<chrono::NaiveDate> {
    Ok(match today {
        Some(t) => chrono::NaiveDate::parse_from_str(&t, "%Y-%m-%d")
            .with_context(|| said!("cli-not-a-date", option = "--today", value = t))?,
        None => now()?.local_date(),
    })
}

fn scan_decode(today: Option<String>) -> Result<i32> {
    let today = scan_today(today)?;
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (n, line) in stdin.lock().split(b'\n').enumerate() {
        let line = line.context(said!("cli-reading-stdin"))?;
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

/// `custody bench`: the benchmarks of custody-bench, with the database under test opened as
/// every command opens it (an existing Custody database only). Core's and the api's refusals
/// keep their codes; the administrator's password for the receipts through the api is
/// `CUSTODY_PASSWORD`, else the demonstration data's.
fn bench(db: &Option<std::path::PathBuf>, args: BenchArgs, as_json: bool) -> Result<i32> {
    let now = now()?;
    let mut store = db.as_ref().map(|_| open(db)).transpose()?;
    let options = custody_bench::Options {
        units: args.units,
        per_event: args.per_event,
        scans: args.scans,
        lookups: args.lookups,
        shipment: args.shipment,
        admin_password: std::env::var("CUSTODY_PASSWORD")
            .unwrap_or_else(|_| custody_core::demo::DEMO_PASSWORD.into()),
        ..custody_bench::Options::new(args.dir)
    };
    // The database to compare with is opened before anything is measured, so a wrong path or a
    // missing --db is told at once.
    if args.compare.is_some() && db.is_none() {
        anyhow::bail!(said!("bench-compare-needs-db"));
    }
    let mut other_store = args
        .compare
        .as_ref()
        .map(|o| open(&Some(o.clone())))
        .transpose()?;
    let (Some(other), Some(other_store), Some(store)) =
        (&args.compare, other_store.as_mut(), store.as_mut())
    else {
        let figures = run_bench(store.as_mut(), &options, now)?;
        if as_json {
            output::json(&serde_json::to_value(&figures)?);
        } else {
            for line in custody_bench::text::lines(&figures) {
                println!("{line}");
            }
        }
        return Ok(0);
    };
    // Each step at its own time: the receipts through the api are recorded on the computer's
    // clock, and a later step at the first one's time (minutes earlier) would be behind them
    // beyond the clock's tolerance, and refused (`ledger.clock_behind`).
    let clock = || crate::context::now().unwrap_or(now);
    let (figures, theirs) =
        custody_bench::suite::run_side_by_side(store, other_store, &options, &clock)
            .map_err(bench_error)?;
    if as_json {
        output::json(&json!({ "db": figures, "compare": theirs }));
    } else {
        println!("{}:", db_path(db)?.display());
        for line in custody_bench::text::lines(&figures) {
            println!("{line}");
        }
        println!("\n{}:", other.display());
        for line in custody_bench::text::lines(&theirs) {
            println!("{line}");
        }
        let name = |p: &std::path::Path| {
            p.file_stem()
                .map_or_else(|| p.display().to_string(), |s| s.to_string_lossy().into())
        };
        println!();
        let first = name(db_path(db)?);
        for line in custody_bench::compare::lines((&first, &figures), (&name(other), &theirs)) {
            println!("{line}");
        }
    }
    Ok(0)
}

/// One run of the benchmarks, their errors as the command line tells them.
fn run_bench(
    store: Option<&mut custody_core::Store>,
    options: &custody_bench::Options,
    now: custody_core::Timestamp,
) -> Result<custody_bench::Figures> {
    custody_bench::run(store, options, now).map_err(bench_error)
}

/// A benchmark's error as the command line tells it: core's and the api's with their codes.
fn bench_error(e: custody_bench::BenchError) -> anyhow::Error {
    match e {
        custody_bench::BenchError::Core(e) => anyhow::Error::new(e),
        custody_bench::BenchError::Api(e) => anyhow::Error::new(e),
        e => anyhow::Error::new(e),
    }
}
