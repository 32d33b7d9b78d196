//! `custody count …`: thin adapters over `custody_core::count`.

use std::io::BufRead;

use anyhow::{Context as _, Result};
use custody_api::movement::{with_overrides, ScannerOverride};
use custody_api::SiteSettings;
use custody_core::count::{CountInfo, Variance, VariancePack};
use custody_core::{Store, User};

use crate::args::CountCommand;
use crate::context::{now, signature};
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

pub fn run(
    store: &mut Store,
    me: &User,
    settings: &SiteSettings,
    c: CountCommand,
    as_json: bool,
) -> Result<i32> {
    match c {
        CountCommand::Start {
            location,
            product,
            blind,
        } => {
            let loc = store.location(&location).context("--location")?;
            let info = store.start_count(me, loc.id, &product, blind, now()?)?;
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
            // The site's scanner settings, as for movements; --gs-substitute is this run's.
            let run = ScannerOverride {
                gs_substitutes: Some(gs_substitutes),
                ..Default::default()
            };
            let run =
                Some(&run).filter(|r| r.gs_substitutes.as_ref().is_some_and(|s| !s.is_empty()));
            let options = with_overrides(settings, run, None)?.decode_options(now()?.local_date());
            for line in std::io::stdin().lock().lines() {
                let line = line.context("reading scans from standard input")?;
                let raw = line.trim_end_matches('\r');
                if raw.is_empty() {
                    continue;
                }
                let s = store.count_scan(me, id, raw, quantity, &options, now()?)?;
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
            let info = store.count(me, id)?;
            if as_json {
                output::json(&info);
            } else {
                print_info(&info);
            }
        }
        CountCommand::Finish { id } => {
            let v = store.finish_count(me, id, now()?)?;
            if as_json {
                output::json(&v);
            } else {
                print_variance(&v);
            }
        }
        CountCommand::Variance { id } => {
            let v = store.count_variance(me, id)?;
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
            let meaning = meaning
                .parse()
                .map_err(anyhow::Error::msg)
                .context("--meaning")?;
            let signed = signature(store, me, meaning)?;
            let a = store.apply_count(me, id, &reason, &signed, now()?)?;
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
            let info = store.abandon_count(me, id, note.as_deref(), now()?)?;
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
