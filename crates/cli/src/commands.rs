//! One function per command: parse what the user gave, call core, print the result.

use std::io::{BufRead, Write};

use anyhow::{Context as _, Result};
use custody_core::master::parse_price;
use custody_core::stock::StockFilter;
use custody_core::{demo, perf, scan, ProductData};
use serde_json::{json, Value};

use crate::args::*;
use crate::context::{actor, now, open};
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
            let mut store = open(&cli.db)?;
            let (site, user) = store.init(&site_code, &site_name, &admin, &admin_name, now()?)?;
            if cli.json {
                output::json(&json!({"site": site, "admin": user}));
            } else {
                println!(
                    "Set up site {} ({}) with administrator {}.",
                    site.code, site.name, user.username
                );
            }
            Ok(0)
        }
        Command::Demo { scale } => {
            let scale: demo::Scale = scale.parse().map_err(anyhow::Error::msg)?;
            let mut store = open(&cli.db)?;
            let s = store.create_demo(scale, now()?)?;
            if cli.json {
                output::json(&s);
            } else {
                println!(
                    "Demo data: {} products, {} locations, {} packs, {} events in {:.1} s.\nUsers: admin (admin), amira and dev (staff), ben (manager), chloe (qa).",
                    s.products, s.locations, s.units, s.events, s.seconds
                );
            }
            Ok(0)
        }
        Command::Bench(args) => bench(&cli.db, args, cli.json),
        command => {
            let mut store = open(&cli.db)?;
            let me = actor(&store, &cli.actor)?;
            match command {
                Command::Product(c) => product(&mut store, &me, c, cli.json),
                Command::Location(LocationCommand::Add { code, name, kind }) => {
                    let kind = kind.parse().map_err(anyhow::Error::msg).context("--kind")?;
                    let l = store.add_location(&me, &code, &name, kind)?;
                    if cli.json {
                        output::json(&l)
                    } else {
                        println!("Added location {} ({}).", l.code, l.name)
                    }
                    Ok(0)
                }
                Command::Location(LocationCommand::List) => {
                    let ls = store.locations(&me)?;
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
                    let p = store.add_partner(&me, &code, &name, kind, gln.as_deref())?;
                    if cli.json {
                        output::json(&p)
                    } else {
                        println!("Added partner {} ({}).", p.code, p.name)
                    }
                    Ok(0)
                }
                Command::Partner(PartnerCommand::List) => {
                    let ps = store.partners(&me)?;
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
                    let u = store.add_user(&me, &username, &name, role, now()?)?;
                    if cli.json {
                        output::json(&u)
                    } else {
                        println!("Added user {} ({}, {}).", u.username, u.name, u.role)
                    }
                    Ok(0)
                }
                Command::User(UserCommand::List) => {
                    let us = store.users(&me)?;
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
                        &me,
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
                    let report = store.verify(&me)?;
                    if cli.json {
                        output::json(&report);
                    } else if report.is_intact() {
                        println!("Ledger intact: {} events, {} lines, {} packs checked; the stock tables match the ledger.", report.events, report.lines, report.units);
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
                Command::Init { .. }
                | Command::Demo { .. }
                | Command::Bench(_)
                | Command::Scan(_) => unreachable!("handled above"),
            }
        }
    }
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
                output::json(&p)
            } else {
                println!("Added product {} ({}).", p.data.gtin, p.data.name)
            }
        }
        ProductCommand::Import { file } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
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
                output::json(&ps);
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
    std::fs::create_dir_all(&args.dir)?;
    let bulk = perf::bulk_append(&args.dir, args.units, args.per_event, now)?;
    let mut report = json!({"bulk_append": bulk});
    if db.is_some() {
        let mut store = open(db)?;
        let summary = store.summary()?;
        let lookups = perf::lookups(&store, args.lookups)?;
        let scans = perf::single_scans(&mut store, args.scans, now)?;
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
            for key in ["single_scan", "unit_lookup"] {
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
