//! `custody count …`: each command's arguments become the api's request
//! (`custody_api::count`). Scans are read with the site's scanner settings, as in the app;
//! `--gs-substitute` overrides them for one run. Applying is signed with the meaning the api
//! gives it; the command line only asks for the password.

use std::io::BufRead;

use anyhow::{Context as _, Result};
use custody_api::count::{
    self, apply_meaning, CountAbandon, CountApply, CountId, CountScanRequest, CountStart,
};
use custody_api::movement::ScannerOverride;
use custody_api::{Cx, Host, Session};
use custody_core::count::{CountInfo, Variance, VariancePack};
use custody_core::SignatureMeaning;

use crate::args::CountCommand;
use crate::context::signature_password;
use crate::output::{self, opt, table};

fn print_info(c: &CountInfo) {
    println!(
        "Count {} at {}: {} ({}started {} by {}){}",
        c.id,
        c.location,
        format!("{:?}", c.status).to_lowercase(),
        if c.blind { "blind, " } else { "" },
        c.started_at,
        c.started_by,
        if c.products.is_empty() {
            String::new()
        } else {
            format!("; products {}", c.products.join(", "))
        }
    );
    match c.expected_units {
        Some(e) => println!("  {} of {e} expected pack(s) counted", c.counted_units),
        None => println!("  {} pack(s) counted", c.counted_units),
    }
    if c.counted_lot_quantity > 0 {
        println!("  {} of lot-tracked stock counted", c.counted_lot_quantity);
    }
}

fn packs(title: &str, list: &[VariancePack]) {
    if list.is_empty() {
        return;
    }
    println!("\n{title} ({}):", list.len());
    table(
        &["gtin", "product", "serial", "lot", "expiry", "ledger says"],
        &list
            .iter()
            .map(|p| {
                vec![
                    p.gtin.clone(),
                    p.product.clone(),
                    p.serial.clone(),
                    opt(&p.lot),
                    opt(&p.expiry),
                    match (&p.status, &p.location) {
                        (Some(s), Some(l)) => format!("{s} at {l}"),
                        (Some(s), None) => s.to_string(),
                        (None, _) => "never received here".into(),
                    },
                ]
            })
            .collect::<Vec<_>>(),
    );
}

fn print_variance(v: &Variance) {
    print_info(&v.count);
    println!(
        "\n{} pack(s) found as expected{}",
        v.found,
        if v.is_clean() {
            "; no differences."
        } else {
            "."
        }
    );
    packs("Missing: expected here, not counted", &v.missing);
    packs("Found here, recorded elsewhere", &v.unexpected);
    packs(
        "Wrong status: suspect (or found again if recorded missing)",
        &v.wrong_status,
    );
    packs("Never received here", &v.not_received);
    packs(
        "Left during the count (accounted for)",
        &v.left_during_count,
    );
    packs(
        "Arrived during the count, not counted (not adjusted)",
        &v.arrived_not_counted,
    );
    if !v.lots.is_empty() {
        println!("\nLots:");
        table(
            &[
                "gtin",
                "product",
                "lot",
                "expected",
                "counted",
                "difference",
            ],
            &v.lots
                .iter()
                .map(|l| {
                    vec![
                        l.gtin.clone(),
                        l.product.clone(),
                        l.lot.clone(),
                        l.expected.to_string(),
                        l.counted.to_string(),
                        format!("{:+}", l.difference),
                    ]
                })
                .collect::<Vec<_>>(),
        );
    }
}

/// An operation's context: each scan is its own operation, with the site's settings as they
/// stand.
fn cx<'a>(host: &'a mut Host, session: &'a mut Session) -> Result<Cx<'a>> {
    Ok(Cx::new(host, Some(session))?)
}

pub fn run(host: &mut Host, session: &mut Session, c: CountCommand, as_json: bool) -> Result<i32> {
    match c {
        CountCommand::Start {
            location,
            product,
            blind,
        } => {
            let info = count::start(
                &mut cx(host, session)?,
                CountStart {
                    location,
                    products: product,
                    blind,
                },
            )?;
            if as_json {
                output::json(&info);
            } else {
                print_info(&info);
                println!("Scan with: custody count scan {} < scans.txt", info.id);
            }
        }
        CountCommand::Scan {
            id,
            quantity,
            gs_substitutes,
        } => {
            let scanner = ScannerOverride {
                gs_substitutes: Some(gs_substitutes).filter(|s| !s.is_empty()),
                ..ScannerOverride::default()
            };
            for line in std::io::stdin().lock().split(b'\n') {
                let line = line.context("reading scans from standard input")?;
                // The bytes as the scanner sent them; one that is not UTF-8 reaches the api as
                // U+FFFD and is answered as a scan that does not decode.
                let raw = String::from_utf8_lossy(&line)
                    .trim_end_matches('\r')
                    .to_string();
                if raw.is_empty() {
                    continue;
                }
                // Each scan is its own operation: the site's settings and the clock are read
                // afresh, as for every scan in the app.
                let s = count::scan_with_scanner(
                    &mut cx(host, session)?,
                    CountScanRequest { id, raw, quantity },
                    &scanner,
                )?;
                if as_json {
                    println!("{}", serde_json::to_string(&s)?);
                } else {
                    let code = serde_json::to_value(s.code)?
                        .as_str()
                        .unwrap_or("")
                        .to_uppercase();
                    println!("{code:<16} {}", s.message);
                }
            }
        }
        CountCommand::Status { id } => {
            let info = count::status(&mut cx(host, session)?, CountId { id })?;
            if as_json {
                output::json(&info);
            } else {
                print_info(&info);
            }
        }
        CountCommand::Finish { id } => {
            let v = count::finish(&mut cx(host, session)?, CountId { id })?;
            if as_json {
                output::json(&v);
            } else {
                print_variance(&v);
            }
        }
        CountCommand::Variance { id } => {
            let v = count::variance(&mut cx(host, session)?, CountId { id })?;
            if as_json {
                output::json(&v);
            } else {
                print_variance(&v);
            }
        }
        CountCommand::Apply {
            id,
            reason,
            meaning,
        } => {
            let meaning: Option<SignatureMeaning> = meaning
                .as_deref()
                .map(str::parse)
                .transpose()
                .map_err(anyhow::Error::msg)
                .context("--meaning")?;
            // The api says what the signature means (and refuses one an adjustment cannot
            // have) before the password is asked for.
            let password = Some(signature_password(apply_meaning(meaning)?)?);
            let a = count::apply(
                &mut cx(host, session)?,
                CountApply {
                    id,
                    reason,
                    meaning,
                    password,
                },
            )?;
            if as_json {
                output::json(&a);
            } else {
                println!(
                    "Applied count {id}: {} missing, {} moved here, {} found again, {} suspect to quarantine; lots +{} / -{}; {} ledger event(s).",
                    a.missing, a.moved_here, a.found_again, a.quarantined, a.lot_added, a.lot_removed, a.events.len()
                );
            }
        }
        CountCommand::Abandon { id, note } => {
            let info = count::abandon(&mut cx(host, session)?, CountAbandon { id, note })?;
            if as_json {
                output::json(&info);
            } else {
                println!(
                    "Abandoned count {}; nothing was written to the ledger.",
                    info.id
                );
            }
        }
    }
    Ok(0)
}
