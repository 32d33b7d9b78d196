//! `custody stock` and `custody history`: what is where and how it got there, through
//! `custody_api::stock`. A history argument of digits only is a GTIN; anything else is a scan,
//! read by the api with the site's scanner settings.

use anyhow::Result;
use custody_api::stock::{self, PackHistory, PackQuery, StockQuery};
use custody_api::Cx;

use crate::output::{self, opt, table};

/// `custody stock`.
pub fn list(cx: &mut Cx<'_>, q: StockQuery, as_json: bool) -> Result<i32> {
    let rows = stock::stock(cx, q)?;
    if as_json {
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

/// Which pack or lot a command names: a GTIN (digits only) with the serial or lot given apart,
/// or a scan that carries them.
pub fn pack_query(scan_or_gtin: String, serial: Option<String>, lot: Option<String>) -> PackQuery {
    let is_gtin = !scan_or_gtin.is_empty() && scan_or_gtin.chars().all(|c| c.is_ascii_digit());
    let (scan, gtin) = if is_gtin {
        (None, Some(scan_or_gtin))
    } else {
        (Some(scan_or_gtin), None)
    };
    PackQuery {
        scan,
        gtin,
        serial,
        lot,
    }
}

/// `custody history`: a pack's chain of custody, or a lot's.
pub fn history(cx: &mut Cx<'_>, q: PackQuery, as_json: bool) -> Result<i32> {
    let h = stock::history(cx, q)?;
    if as_json {
        output::json(&h);
        return Ok(0);
    }
    match h {
        PackHistory::Lot(h) => {
            println!("{} — lot {} (expiry {})", h.product, h.lot, opt(&h.expiry));
            for (status, n) in &h.packs_by_status {
                println!("  {n} pack(s) {status}");
            }
            for (loc, status, q) in &h.quantities {
                println!("  {q} {status} at {loc}");
            }
            print_events(&h.events);
        }
        PackHistory::Pack(h) => {
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
    }
    Ok(0)
}

fn print_events(events: &[custody_core::history::HistoryEntry]) {
    for e in events {
        let side = |status: Option<custody_core::UnitStatus>, location: &Option<String>| {
            status.map(|s| {
                format!(
                    "{s}{}",
                    location
                        .as_deref()
                        .map(|l| format!("@{l}"))
                        .unwrap_or_default()
                )
            })
        };
        let moved = format!(
            "{} -> {}",
            side(e.status_before, &e.location_before).unwrap_or_else(|| "new".into()),
            side(e.status_after, &e.location_after).unwrap_or_default()
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
