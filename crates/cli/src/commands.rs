//! One function per command: parse what the user gave, call the api (movements, site settings)
//! or core (the rest, until the api lists them), print the result.

use std::io::{BufRead, Write};

use anyhow::{Context as _, Result};
use custody_api::Cx;
use custody_core::master::parse_price;
use custody_core::movement::Movement;
use custody_core::stock::StockFilter;
use custody_core::{demo, perf, scan, ProductData, SignatureMeaning};
use serde_json::{json, Value};

use crate::args::*;
use crate::context::{
    new_password, now, open, open_host, open_or_create, set_up_or_undo, sign_in, signature,
};
use crate::output::{self, opt, table};

/// Exit status when `verify` finds the ledger or the stock tables altered.
const EXIT_TAMPERED: i32 = 4;

pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Scan(ScanCommand::Decode { today }) => scan_decode(today),
        Command::Init {
            site_code,
            site_name,
            admin,
            admin_name,
        } => {
            // The new administrator's password is a new password: CUSTODY_NEW_PASSWORD, as
            // documented (CUSTODY_PASSWORD is the acting user's, and there is none yet).
            let password = new_password(&admin)?;
            let (store, created) = open_or_create(&cli.db)?;
            let (store, (site, user)) = set_up_or_undo(store, created, |store| {
                Ok(store.init(
                    &site_code,
                    &site_name,
                    &admin,
                    &admin_name,
                    &password,
                    now()?,
                )?)
            })?;
            if cli.json {
                output::json(&json!({"site": site, "admin": user, "created": created}));
            } else {
                if created {
                    println!("Created the database {}.", store.path().display());
                }
                println!(
                    "Set up site {} ({}) with administrator {}.",
                    site.code, site.name, user.username
                );
            }
            Ok(0)
        }
        Command::Demo { scale } => {
            let scale: demo::Scale = scale.parse().map_err(anyhow::Error::msg)?;
            let (store, created) = open_or_create(&cli.db)?;
            let (store, s) =
                set_up_or_undo(
                    store,
                    created,
                    |store| Ok(store.create_demo(scale, now()?)?),
                )?;
            if cli.json {
                let mut v = serde_json::to_value(&s)?;
                v["created"] = json!(created);
                output::json(&v);
            } else {
                if created {
                    println!("Created the database {}.", store.path().display());
                }
                println!(
                    "Demo data: {} products, {} locations, {} packs, {} events in {:.1} s.\nUsers: admin (admin), amira and dev (staff), ben (manager), chloe (qa).",
                    s.products, s.locations, s.units, s.events, s.seconds
                );
            }
            Ok(0)
        }
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
            // The rest still call core, as the signed-in user, on the host's connection.
            let mut cx = Cx::new(&mut host, Some(&mut session))?;
            let me = cx.me()?;
            // Scans given to counts, history and reports are read with the site's scanner
            // settings, as movements are.
            let settings = cx.settings()?;
            let store = cx.store();
            match command {
                Command::Product(c) => product(store, me, c, cli.json),
                Command::Location(LocationCommand::Add { code, name, kind }) => {
                    let kind = kind.parse().map_err(anyhow::Error::msg).context("--kind")?;
                    let l = store.add_location(me, &code, &name, kind)?;
                    if cli.json {
                        output::json(&l)
                    } else {
                        println!("Added location {} ({}).", l.code, l.name)
                    }
                    Ok(0)
                }
                Command::Location(LocationCommand::List) => {
                    let ls = store.locations(me)?;
                    if cli.json {
                        output::json(&ls);
                    } else {
                        table(
                            &["code", "name", "kind"],
                            &ls.iter()
                                .map(|l| vec![l.code.clone(), l.name.clone(), l.kind.to_string()])
                                .collect::<Vec<_>>(),
                        );
                    }
                    Ok(0)
                }
                Command::Partner(PartnerCommand::Add {
                    code,
                    name,
                    kind,
                    gln,
                }) => {
                    let kind = kind.parse().map_err(anyhow::Error::msg).context("--kind")?;
                    let p = store.add_partner(me, &code, &name, kind, gln.as_deref())?;
                    if cli.json {
                        output::json(&p)
                    } else {
                        println!("Added partner {} ({}).", p.code, p.name)
                    }
                    Ok(0)
                }
                Command::Partner(PartnerCommand::List) => {
                    let ps = store.partners(me)?;
                    if cli.json {
                        output::json(&ps);
                    } else {
                        table(
                            &["code", "name", "kind", "gln"],
                            &ps.iter()
                                .map(|p| {
                                    vec![
                                        p.code.clone(),
                                        p.name.clone(),
                                        p.kind.to_string(),
                                        opt(&p.gln),
                                    ]
                                })
                                .collect::<Vec<_>>(),
                        );
                    }
                    Ok(0)
                }
                Command::User(UserCommand::Add {
                    username,
                    name,
                    role,
                }) => {
                    let role = role.parse().map_err(anyhow::Error::msg).context("--role")?;
                    let password = new_password(&username)?;
                    let u = store.add_user(me, &username, &name, role, Some(&password), now()?)?;
                    if cli.json {
                        output::json(&u)
                    } else {
                        println!("Added user {} ({}, {}).", u.username, u.name, u.role)
                    }
                    Ok(0)
                }
                Command::User(UserCommand::Passwd { username }) => {
                    let username = username.unwrap_or_else(|| me.username.clone());
                    let password = new_password(&username)?;
                    store.set_password(me, &username, &password, now()?)?;
                    if cli.json {
                        output::json(&json!({"username": username, "password_set": true}));
                    } else {
                        println!("Set the password of {username}.");
                    }
                    Ok(0)
                }
                Command::User(UserCommand::Disable { username }) => {
                    let u = store.set_user_active(me, &username, false, now()?)?;
                    if cli.json {
                        output::json(&u);
                    } else {
                        println!(
                            "Disabled {} ({}); their records keep their name.",
                            u.username, u.name
                        );
                    }
                    Ok(0)
                }
                Command::User(UserCommand::Enable { username }) => {
                    let u = store.set_user_active(me, &username, true, now()?)?;
                    if cli.json {
                        output::json(&u);
                    } else {
                        println!("Enabled {} ({}).", u.username, u.name);
                    }
                    Ok(0)
                }
                Command::User(UserCommand::Role { username, role }) => {
                    let role = role.parse().map_err(anyhow::Error::msg).context("ROLE")?;
                    let u = store.set_user_role(me, &username, role, now()?)?;
                    if cli.json {
                        output::json(&u)
                    } else {
                        println!("{} ({}) is now {}.", u.username, u.name, u.role)
                    }
                    Ok(0)
                }
                Command::User(UserCommand::History { username }) => {
                    let changes = store.user_history(me, &username)?;
                    if cli.json {
                        output::json(&changes)
                    } else {
                        table(
                            &["occurred", "recorded", "change", "by", "role", "active"],
                            &changes
                                .iter()
                                .map(|c| {
                                    vec![
                                        c.occurred_at.clone(),
                                        c.recorded_at.clone(),
                                        c.kind.to_string(),
                                        c.by.clone(),
                                        c.role.to_string(),
                                        if c.active { "yes" } else { "no" }.into(),
                                    ]
                                })
                                .collect::<Vec<_>>(),
                        );
                    }
                    Ok(0)
                }
                Command::ClockCorrect { reason } => {
                    let signature = signature(store, me, SignatureMeaning::Approved)?;
                    let a = store.correct_clock(me, &signature, &reason, now()?)?;
                    if cli.json {
                        output::json(&a)
                    } else {
                        println!(
                            "Recorded the clock correction as event {} (seq {}); recording goes on from now.",
                            a.id, a.seq
                        )
                    }
                    Ok(0)
                }
                Command::LateEntry { set } => {
                    let days = match set {
                        Some(days) => store.set_late_entry_days(me, days, now()?)?,
                        None => store.late_entry_days()?,
                    };
                    if cli.json {
                        output::json(&serde_json::json!({ "late_entry_days": days }))
                    } else {
                        println!("What happened may be entered up to {days} day(s) back.")
                    }
                    Ok(0)
                }
                Command::User(UserCommand::List) => {
                    let us = store.users(me)?;
                    if cli.json {
                        output::json(&us);
                    } else {
                        table(
                            &["username", "name", "role", "active"],
                            &us.iter()
                                .map(|u| {
                                    vec![
                                        u.username.clone(),
                                        u.name.clone(),
                                        u.role.to_string(),
                                        if u.active { "yes" } else { "no" }.into(),
                                    ]
                                })
                                .collect::<Vec<_>>(),
                        );
                    }
                    Ok(0)
                }
                Command::Stock {
                    product,
                    location,
                    search,
                    limit,
                    offset,
                } => {
                    let rows = store.stock(
                        me,
                        &StockFilter {
                            gtin: product,
                            location,
                            search,
                            limit: Some(limit),
                            offset,
                        },
                    )?;
                    if cli.json {
                        output::json(&rows);
                    } else {
                        table(
                            &[
                                "gtin",
                                "product",
                                "location",
                                "in stock",
                                "quarantined",
                                "earliest expiry",
                            ],
                            &rows
                                .iter()
                                .map(|r| {
                                    vec![
                                        r.gtin.clone(),
                                        r.product.clone(),
                                        r.location.clone(),
                                        r.in_stock.to_string(),
                                        r.quarantined.to_string(),
                                        opt(&r.earliest_expiry),
                                    ]
                                })
                                .collect::<Vec<_>>(),
                        );
                    }
                    Ok(0)
                }
                Command::Verify => {
                    let report = store.verify(me)?;
                    if cli.json {
                        output::json(&report);
                    } else if report.is_intact() {
                        println!("Ledger intact: {} events, {} lines, {} packs checked; the stock tables and the users' roles match the ledger.", report.events, report.lines, report.units);
                        for c in &report.clock_corrections {
                            println!("- declared on the ledger: {c}");
                        }
                    } else {
                        println!(
                            "LEDGER NOT INTACT: {} problem(s) found ({} events checked).",
                            report.total_findings, report.events
                        );
                        for f in &report.findings {
                            println!(
                                "- [{}] {}",
                                serde_json::to_value(f.kind)
                                    .ok()
                                    .and_then(|v| v.as_str().map(String::from))
                                    .unwrap_or_default(),
                                f.message
                            );
                        }
                        if report.total_findings as usize > report.findings.len() {
                            println!(
                                "… and {} more.",
                                report.total_findings as usize - report.findings.len()
                            );
                        }
                    }
                    Ok(if report.is_intact() { 0 } else { EXIT_TAMPERED })
                }
                Command::Export(ExportCommand::Epcis {
                    gtin,
                    serial,
                    lot,
                    from,
                    to,
                    out,
                    force,
                }) => {
                    let target = out.map(|path| (path, force));
                    export_epcis(store, me, gtin, serial, lot, (from, to), target, cli.json)
                }
                Command::Expected(c) => expected(store, me, c, cli.json),
                Command::Recall(c) => crate::recall::run(store, me, c, cli.json),
                Command::Count(c) => crate::count::run(store, me, settings, c, cli.json),
                Command::Report(c) => crate::report::run(store, me, settings, c, cli.json),
                c @ (Command::Reorder(_)
                | Command::Shortages { .. }
                | Command::Expiring { .. }
                | Command::AlertWindows { .. }
                | Command::Position { .. }) => crate::levels::run(store, me, c, cli.json),
                Command::History {
                    scan_or_gtin,
                    serial,
                    lot,
                } => history(store, me, settings, &scan_or_gtin, serial, lot, cli.json),
                Command::Init { .. }
                | Command::Demo { .. }
                | Command::Bench(_)
                | Command::Scan(_)
                | Command::Backup(_)
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

fn product(
    store: &mut custody_core::Store,
    me: &custody_core::User,
    c: ProductCommand,
    as_json: bool,
) -> Result<i32> {
    match c {
        ProductCommand::Add {
            gtin,
            name,
            generic_name,
            form,
            strength,
            pack_size,
            manufacturer,
            tracking,
            price,
            storage,
            controlled,
            ndc,
            pzn,
            cip,
        } => {
            let data = ProductData {
                gtin,
                name,
                generic_name,
                form,
                strength,
                pack_size,
                manufacturer,
                tracking: Some(
                    tracking
                        .parse()
                        .map_err(anyhow::Error::msg)
                        .context("--tracking")?,
                ),
                contract_price_cents: price
                    .map(|p| parse_price(&p))
                    .transpose()
                    .map_err(anyhow::Error::msg)
                    .context("--price")?,
                storage,
                controlled,
                ndc,
                pzn,
                cip,
            };
            let p = store.add_product(me, &data, now()?)?;
            if as_json {
                output::json(&product_json(&p)?)
            } else {
                println!("Added product {} ({}).", p.data.gtin, p.data.name)
            }
        }
        ProductCommand::Import { file } => {
            let bytes = crate::files::read_import(&file)?;
            let n = store
                .import_products(me, &bytes, now()?)
                .with_context(|| format!("importing {}", file.display()))?;
            if as_json {
                output::json(&json!({"imported": n}))
            } else {
                println!("Imported {n} products from {}.", file.display())
            }
        }
        ProductCommand::List { search, limit } => {
            let ps = store.products(me, &search, limit)?;
            if as_json {
                output::json(&ps.iter().map(product_json).collect::<Result<Vec<_>>>()?);
            } else {
                table(
                    &["gtin", "name", "tracking", "pack", "manufacturer"],
                    &ps.iter()
                        .map(|p| {
                            vec![
                                p.data.gtin.clone(),
                                p.data.name.clone(),
                                p.tracking.to_string(),
                                opt(&p.data.pack_size),
                                opt(&p.data.manufacturer),
                            ]
                        })
                        .collect::<Vec<_>>(),
                );
            }
        }
    }
    Ok(0)
}

/// A product as one JSON object with each key once. `Product` serialises its `tracking` beside
/// the flattened `ProductData`, which has a `tracking` of its own: serde writes the key twice,
/// and a reader keeps whichever it likes. The product's own tracking mode is the one that holds.
fn product_json(p: &custody_core::Product) -> Result<Value> {
    let mut v = serde_json::to_value(p)?;
    v["tracking"] = serde_json::to_value(p.tracking)?;
    Ok(v)
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

fn bench(db: &Option<std::path::PathBuf>, args: BenchArgs, as_json: bool) -> Result<i32> {
    let now = now()?;
    // The bulk append deletes and recreates its scratch databases in --dir: never the one
    // named by --db.
    for round in 0..2 {
        for kind in ["raw", "bulk"] {
            let scratch = args.dir.join(format!("bench-{kind}-{round}.db"));
            crate::files::refuse_database(&scratch, db.as_deref())
                .context("--dir holds the benchmark's scratch databases, which are replaced")?;
        }
    }
    std::fs::create_dir_all(&args.dir)?;
    let bulk = perf::bulk_append(&args.dir, args.units, args.per_event, now)?;
    let mut report = json!({"bulk_append": bulk});
    if db.is_some() {
        let mut store = open(db)?;
        let summary = store.summary()?;
        let lookups = perf::lookups(&store, args.lookups)?;
        let scans = perf::single_scans(&mut store, args.scans, now)?;
        let (receive, dispense) = perf::verdict_scans(&mut store, args.scans.min(1000), now)?;
        let shipment = perf::shipment(&mut store, args.shipment, now)?;
        report["verdict_receive"] = json!(receive);
        report["verdict_dispense"] = json!(dispense);
        report["shipment"] = json!(shipment);
        report["levels"] = json!(perf::levels(&store, 20, now)?);
        report["count"] = json!(perf::count(&mut store, 20_000, now)?);
        let recall = perf::recall(&mut store, 10_000, 20, now)?;
        report["reports"] = json!(crate::report::bench(&store, &recall.number, now)?);
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
                "verdict_dispense",
                "unit_lookup",
            ] {
                let l = &report[key];
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

/// A GTIN (with the serial or lot given apart), or a scan that carries them, read with the
/// site's scanner `settings`: (GTIN, serial, lot).
pub(crate) fn pack_key(
    scan_or_gtin: &str,
    serial: Option<String>,
    lot: Option<String>,
    settings: &custody_api::SiteSettings,
    today: chrono::NaiveDate,
) -> Result<(String, Option<String>, Option<String>)> {
    if scan_or_gtin.chars().all(|c| c.is_ascii_digit()) {
        let gtin = custody_gs1::Gtin::parse(scan_or_gtin)
            .map_err(|e| anyhow::anyhow!("'{scan_or_gtin}' is not a GTIN: {e}"))?;
        Ok((gtin.to_string(), serial, lot))
    } else {
        let options = settings.decode_options(today);
        let s = custody_gs1::decode(scan_or_gtin, &options)
            .map_err(|e| anyhow::anyhow!("cannot decode the scan: {}", e.message))?;
        let gtin = s
            .gtin
            .map(|g| g.to_string())
            .context("the scan has no GTIN")?;
        let lot = lot.or(if s.serial.is_none() { s.lot } else { None });
        Ok((gtin, serial.or(s.serial), lot))
    }
}

fn history(
    store: &custody_core::Store,
    me: &custody_core::User,
    settings: &custody_api::SiteSettings,
    scan_or_gtin: &str,
    serial: Option<String>,
    lot: Option<String>,
    as_json: bool,
) -> Result<i32> {
    let today = now()?.local_date();
    let (gtin, serial, lot) = pack_key(scan_or_gtin, serial, lot, settings, today)?;
    if let Some(lot) = lot {
        let h = store.lot_history(me, &gtin, &lot)?;
        if as_json {
            output::json(&h);
        } else {
            println!("{} — lot {} (expiry {})", h.product, h.lot, opt(&h.expiry));
            for (status, n) in &h.packs_by_status {
                println!("  {n} pack(s) {status}");
            }
            for (loc, status, q) in &h.quantities {
                println!("  {q} {status} at {loc}");
            }
            print_events(&h.events);
        }
        return Ok(0);
    }
    let serial = serial.context("give the serial after the GTIN, or --lot")?;
    let h = store.unit_history(me, &gtin, &serial, today)?;
    if as_json {
        output::json(&h);
    } else {
        let u = &h.unit;
        println!("{} — GTIN {} serial {}", u.product, u.gtin, u.serial);
        println!(
            "lot {}, expiry {}, {}{}{}",
            opt(&u.lot),
            opt(&u.expiry),
            u.status,
            u.location
                .as_deref()
                .map(|l| format!(" at {l}"))
                .unwrap_or_default(),
            if h.flags.is_empty() {
                String::new()
            } else {
                format!(" [{}]", h.flags.join(", "))
            }
        );
        print_events(&h.events);
    }
    Ok(0)
}

fn print_events(events: &[custody_core::history::HistoryEntry]) {
    for e in events {
        let moved = format!(
            "{} -> {}",
            e.status_before
                .map(|s| format!(
                    "{s}{}",
                    e.location_before
                        .as_deref()
                        .map(|l| format!("@{l}"))
                        .unwrap_or_default()
                ))
                .unwrap_or_else(|| "new".into()),
            e.status_after
                .map(|s| format!(
                    "{s}{}",
                    e.location_after
                        .as_deref()
                        .map(|l| format!("@{l}"))
                        .unwrap_or_default()
                ))
                .unwrap_or_default()
        );
        println!(
            "{}  {:<18} {:<40} by {} ({})",
            e.occurred_at,
            e.kind.as_str(),
            moved,
            e.actor_name,
            e.actor
        );
        let mut detail = Vec::new();
        // An event entered later than it happened says when it was recorded, beside it (the
        // occurred time is shown to the second).
        let apart = custody_core::Timestamp::parse(&e.occurred_at)
            .zip(custody_core::Timestamp::parse(&e.recorded_at))
            .is_none_or(|(o, r)| (r.0 - o.0).num_seconds().abs() >= 1);
        if apart {
            detail.push(format!("recorded {}", e.recorded_at));
        }
        if let Some(c) = &e.counterparty {
            detail.push(format!("partner {c}"));
        }
        if let Some(r) = &e.reference {
            detail.push(format!("ref {r}"));
        }
        if let Some(r) = &e.reason {
            detail.push(format!("reason: {r}"));
        }
        if let Some(m) = e.signature {
            detail.push(format!("signed ({m}) by {}", e.actor_name));
        }
        if let Some(s) = &e.raw_scan {
            detail.push(format!("scan {}", s.replace('\u{1d}', "<GS>")));
        }
        if e.serial.is_none() {
            detail.push(format!("quantity {}", e.quantity));
        }
        if !detail.is_empty() {
            println!("    {}", detail.join("; "));
        }
        println!("    event {} hash {}", e.event_id, &e.hash[..16]);
    }
}

fn expected(
    store: &mut custody_core::Store,
    me: &custody_core::User,
    c: ExpectedCommand,
    as_json: bool,
) -> Result<i32> {
    let show = |s: &custody_core::shipment::Shipment| {
        println!(
            "Shipment {} ({}{}): {} of {} lines received{}",
            s.id,
            s.reference,
            s.supplier
                .as_deref()
                .map(|p| format!(", from {p}"))
                .unwrap_or_default(),
            s.matched,
            s.expected,
            s.closed_at
                .as_deref()
                .map(|c| format!(", closed {c}"))
                .unwrap_or_default()
        );
        let rows: Vec<Vec<String>> = s
            .outstanding()
            .map(|i| {
                vec![
                    i.line.to_string(),
                    i.gtin.clone(),
                    opt(&i.serial),
                    opt(&i.lot),
                    opt(&i.expiry),
                    format!("{}/{}", i.received, i.quantity),
                ]
            })
            .collect();
        if !rows.is_empty() {
            println!("Still expected:");
            table(
                &["line", "gtin", "serial", "lot", "expiry", "received"],
                &rows,
            );
        }
        if !s.discrepancies.is_empty() {
            println!("Discrepancies (received, not as the advice says):");
            table(
                &[
                    "code", "gtin", "serial", "lot", "expiry", "quantity", "advice",
                ],
                &s.discrepancies
                    .iter()
                    .map(|d| {
                        vec![
                            d.code.as_str().to_string(),
                            d.gtin.clone(),
                            opt(&d.serial),
                            opt(&d.lot),
                            opt(&d.expiry),
                            d.quantity.to_string(),
                            d.line.map_or_else(String::new, |l| {
                                format!(
                                    "line {l}: lot {} expiry {}",
                                    d.advice_lot.as_deref().unwrap_or("-"),
                                    d.advice_expiry.map_or("-".into(), |e| e.to_string())
                                )
                            }),
                        ]
                    })
                    .collect::<Vec<_>>(),
            );
        }
        if let Some(d) = &s.discrepancy {
            println!("Discrepancy: {d}");
        }
    };
    match c {
        ExpectedCommand::Import {
            file,
            partner,
            reference,
        } => {
            let bytes = crate::files::read_import(&file)?;
            let supplier = partner
                .as_deref()
                .map(|p| store.partner(p))
                .transpose()
                .context("--partner")?
                .map(|p| p.id);
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
            let s = store
                .import_shipment(
                    me,
                    &bytes,
                    supplier,
                    reference.as_deref(),
                    name.as_deref(),
                    now()?,
                )
                .with_context(|| format!("importing {}", file.display()))?;
            if as_json {
                output::json(&s)
            } else {
                show(&s)
            }
        }
        ExpectedCommand::List => {
            let rows = store.shipments(me)?;
            if as_json {
                output::json(&rows);
            } else {
                table(
                    &["id", "reference", "lines", "received", "closed"],
                    &rows
                        .iter()
                        .map(|s| {
                            vec![
                                s.id.to_string(),
                                s.reference.clone(),
                                s.lines.to_string(),
                                s.received.to_string(),
                                opt(&s.closed_at),
                            ]
                        })
                        .collect::<Vec<_>>(),
                );
            }
        }
        ExpectedCommand::Show { id } => {
            let s = store.shipment(me, id)?;
            if as_json {
                output::json(&s)
            } else {
                show(&s)
            }
        }
        ExpectedCommand::ReceiveAll { id, location } => {
            let loc = store.location(&location).context("--location")?;
            let r = store.receive_all(me, id, loc.id, now()?)?;
            if as_json {
                output::json(&r);
            } else {
                println!("Received {} into {}.", r.received, loc.code);
                for s in &r.skipped {
                    println!("  not received: {s}");
                }
            }
        }
        ExpectedCommand::Close { id, note } => {
            let s = store.close_shipment(me, id, note.as_deref(), now()?)?;
            if as_json {
                output::json(&s)
            } else {
                show(&s)
            }
        }
    }
    Ok(0)
}

#[allow(clippy::too_many_arguments)]
fn export_epcis(
    store: &custody_core::Store,
    me: &custody_core::User,
    gtin: Option<String>,
    serial: Option<String>,
    lot: Option<String>,
    (from, to): (Option<String>, Option<String>),
    out: Option<(std::path::PathBuf, bool)>,
    as_json: bool,
) -> Result<i32> {
    use custody_core::epcis::ExportScope;
    let rule = |force| crate::files::OutputRule {
        db: Some(store.path()),
        force,
    };
    if let Some((path, force)) = &out {
        // Refused before the export is built: a wrong path costs nothing.
        crate::files::check_output(path, rule(*force))?;
    }
    let now = now()?;
    let day = |s: &str, what: &str| -> Result<custody_core::Timestamp> {
        let d = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .with_context(|| format!("{what} '{s}' is not a date YYYY-MM-DD"))?;
        let local = d.and_hms_opt(0, 0, 0).context("midnight")?;
        Ok(custody_core::Timestamp(
            chrono::TimeZone::from_local_datetime(now.0.offset(), &local)
                .single()
                .context("local midnight")?,
        ))
    };
    let gtin = gtin
        .map(|g| {
            custody_gs1::Gtin::parse(&g)
                .map(|g| g.to_string())
                .map_err(|e| anyhow::anyhow!("--gtin '{g}': {e}"))
        })
        .transpose()?;
    let scope = match (gtin, serial, lot, from, to) {
        (Some(gtin), Some(serial), None, None, None) => ExportScope::Serial { gtin, serial },
        (Some(gtin), None, Some(lot), None, None) => ExportScope::Lot { gtin, lot },
        (None, None, None, Some(f), Some(t)) => ExportScope::Range {
            from: day(&f, "--from")?,
            to: day(&t, "--to")?,
        },
        _ => anyhow::bail!("say what to export: --gtin with --serial or --lot, or --from and --to"),
    };
    let doc = store.export_epcis(me, &scope, now)?;
    let text = serde_json::to_string_pretty(&doc)?;
    match out {
        None => println!("{text}"),
        Some((path, force)) => {
            crate::files::write_whole(&path, text.as_bytes(), rule(force))?;
            let events = doc["epcisBody"]["eventList"].as_array().map_or(0, Vec::len);
            if as_json {
                output::json(&json!({"path": path, "events": events, "bytes": text.len()}));
            } else {
                eprintln!("Wrote {events} events to {}.", path.display());
            }
        }
    }
    Ok(0)
}
