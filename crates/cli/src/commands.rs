//! One function per command: the arguments become the api's typed request, the api is called
//! (as the signed-in user, on the host's connection), and the answer is printed. `scan decode`
//! has no database policy and calls gs1 and core directly; `bench` calls custody-bench.

use std::io::{BufRead, Write};

use anyhow::{Context as _, Result};
use custody_api::site::FirstRun;
use custody_api::stock::StockQuery;
use custody_api::Cx;
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
    let figures = custody_bench::run(store.as_mut(), &options, now).map_err(|e| match e {
        custody_bench::BenchError::Core(e) => anyhow::Error::new(e),
        custody_bench::BenchError::Api(e) => anyhow::Error::new(e),
        e => anyhow::Error::new(e),
    })?;
    if as_json {
        output::json(&serde_json::to_value(&figures)?);
    } else {
        for line in custody_bench::text::lines(&figures) {
            println!("{line}");
        }
    }
    Ok(0)
}
