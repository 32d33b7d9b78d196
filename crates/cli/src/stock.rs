//! `custody stock` and `custody history`: what is where and how it got there, through
//! `custody_api::stock`; `custody write-off`: a pack that left stolen or as a sample, through
//! `custody_api::write_off`. A history argument of digits only is a GTIN; anything else is a scan,
//! read by the api with the site's scanner settings.

use anyhow::Result;
use custody_api::stock::{self, PackHistory, PackQuery, StockQuery};
use custody_api::write_off::WriteOffRequest;
use custody_api::Cx;
use custody_core::history::{LotHistory, UnitHistory};
use custody_core::write_off::WriteOffReason;

use crate::args::{HistoryArgs, StockArgs, WriteOffArgs, WriteOffWhy};
use crate::output::{self, opt, table};
use crate::speech::{headers, t};

/// `custody stock`.
pub fn list(cx: &mut Cx<'_>, a: StockArgs, as_json: bool) -> Result<i32> {
    let rows = stock::stock(cx, stock_query(a))?;
    if as_json {
        output::json(&rows);
    } else {
        table(
            &headers(&[
                "cli-col-gtin",
                "cli-col-product",
                "cli-col-location",
                "stock-col-in-stock",
                "cli-col-expired",
                "stock-col-quarantined",
                "stock-col-earliest-expiry",
            ]),
            &rows
                .iter()
                .map(|r| {
                    vec![
                        r.gtin.clone(),
                        r.product.clone(),
                        r.location.clone(),
                        r.in_stock.to_string(),
                        r.expired.to_string(),
                        r.quarantined.to_string(),
                        opt(&r.earliest_expiry),
                    ]
                })
                .collect::<Vec<_>>(),
        );
    }
    Ok(0)
}

/// The api's query for `custody stock`'s options: one page, as long as `--limit` asks.
fn stock_query(a: StockArgs) -> StockQuery {
    StockQuery {
        gtin: a.product,
        location: a.location,
        search: a.search,
        held: None,
        limit: Some(a.limit),
        offset: a.offset,
    }
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
pub fn history(cx: &mut Cx<'_>, a: HistoryArgs, as_json: bool) -> Result<i32> {
    let h = stock::history(cx, pack_query(a.scan_or_gtin, a.serial, a.lot))?;
    if as_json {
        output::json(&h);
        return Ok(0);
    }
    match h {
        PackHistory::Lot(h) => print_lot(&h),
        PackHistory::Pack(h) => print_pack(&h),
    }
    Ok(0)
}

/// A lot's history: its packs by status, its quantities by location, then its events.
fn print_lot(h: &LotHistory) {
    let (product, lot, expiry) = (&h.product, &h.lot, opt(&h.expiry));
    println!(
        "{}",
        t!("history-lot", product = product, lot = lot, expiry = expiry)
    );
    for (status, n) in &h.packs_by_status {
        println!(
            "  {}",
            t!("history-lot-packs", count = n, status = status.to_string())
        );
    }
    for (loc, status, q) in &h.quantities {
        let status = status.to_string();
        println!(
            "  {}",
            t!(
                "history-lot-quantity",
                quantity = q,
                status = status,
                location = loc
            )
        );
    }
    print_events(&h.events);
}

/// A pack's history: what and where it is, with its flags, then its events.
fn print_pack(h: &UnitHistory) {
    let u = &h.unit;
    println!(
        "{}",
        t!(
            "history-pack",
            product = u.product,
            gtin = u.gtin,
            serial = u.serial
        )
    );
    let (lot, expiry, status) = (opt(&u.lot), opt(&u.expiry), u.status.to_string());
    println!(
        "{}{}",
        match u.location.as_deref() {
            Some(l) => t!(
                "history-pack-at",
                lot = lot,
                expiry = expiry,
                status = status,
                location = l
            ),
            None => t!(
                "history-pack-state",
                lot = lot,
                expiry = expiry,
                status = status
            ),
        },
        if h.flags.is_empty() {
            String::new()
        } else {
            format!(" [{}]", h.flags.join(", "))
        }
    );
    print_events(&h.events);
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
            side(e.status_before, &e.location_before).unwrap_or_else(|| t!("history-new")),
            side(e.status_after, &e.location_after).unwrap_or_default()
        );
        println!(
            "{}  {:<18} {:<40} {}",
            e.occurred_at,
            e.kind.as_str(),
            moved,
            t!("history-by", name = e.actor_name, user = e.actor)
        );
        let mut detail = Vec::new();
        // An event entered later than it happened says when it was recorded, beside it (the
        // occurred time is shown to the second).
        let apart = custody_core::Timestamp::parse(&e.occurred_at)
            .zip(custody_core::Timestamp::parse(&e.recorded_at))
            .is_none_or(|(o, r)| (r.0 - o.0).num_seconds().abs() >= 1);
        if apart {
            detail.push(t!("history-recorded", at = e.recorded_at));
        }
        if let Some(c) = &e.counterparty {
            detail.push(t!("history-partner", partner = c));
        }
        if let Some(r) = &e.reference {
            detail.push(t!("history-reference", reference = r));
        }
        if let Some(r) = &e.reason {
            detail.push(t!("history-reason", reason = r));
        }
        if let Some(m) = e.signature {
            detail.push(t!(
                "history-signed",
                meaning = m.to_string(),
                name = e.actor_name
            ));
        }
        if let Some(s) = &e.raw_scan {
            detail.push(t!("history-scan", scan = s.replace('\u{1d}', "<GS>")));
        }
        if e.serial.is_none() {
            detail.push(t!("history-quantity", quantity = e.quantity));
        }
        if !detail.is_empty() {
            println!("    {}", detail.join("; "));
        }
        let hash = &e.hash[..16];
        println!(
            "    {}",
            t!("history-event", event = e.event_id, hash = hash)
        );
    }
}

/// `custody write-off`: the pack's status now and where it was held, and the national request
/// queued with it, if any.
pub fn write_off(cx: &mut Cx<'_>, a: WriteOffArgs, as_json: bool) -> Result<i32> {
    let why = match a.why {
        WriteOffWhy::Stolen => WriteOffReason::Stolen,
        WriteOffWhy::Sample => WriteOffReason::Sample,
        WriteOffWhy::FreeSample => WriteOffReason::FreeSample,
    };
    let request = WriteOffRequest {
        gtin: a.gtin,
        serial: a.serial.clone(),
        why,
        note: a.note,
    };
    let done = custody_api::write_off::write_off(cx, request)?;
    if as_json {
        output::json(&done);
        return Ok(0);
    }
    println!(
        "{}",
        t!(
            "write-off-done",
            serial = a.serial.as_str(),
            status = done.status.as_str(),
            location = done.from.as_str()
        )
    );
    match done.decommission {
        Some(id) => println!("{}", t!("write-off-decommission", id = id)),
        None => println!("{}", t!("write-off-no-decommission")),
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_only_name_a_gtin_and_anything_else_is_a_scan() {
        let q = pack_query("09506000134352".into(), Some("SN1".into()), None);
        assert_eq!(
            (q.gtin.as_deref(), q.scan.as_deref(), q.serial.as_deref()),
            (Some("09506000134352"), None, Some("SN1")),
            "a GTIN typed with its serial names the pack without decoding anything"
        );
        let scan = "]d201095060001343521728123110LOT42\u{1d}21SN1";
        let q = pack_query(scan.into(), None, None);
        assert_eq!(
            (q.gtin, q.scan.as_deref()),
            (None, Some(scan)),
            "a scan is handed to the api whole, to be read with the site's scanner settings"
        );
        let q = pack_query(String::new(), None, Some("LOT42".into()));
        assert_eq!(
            (q.gtin, q.scan.as_deref(), q.lot.as_deref()),
            (None, Some(""), Some("LOT42")),
            "an empty argument is not taken for a GTIN"
        );
    }

    #[test]
    fn the_stock_query_asks_for_the_page_the_options_name() {
        let q = stock_query(StockArgs {
            product: Some("09506000134352".into()),
            location: Some("MAIN".into()),
            search: None,
            limit: 50,
            offset: 100,
        });
        assert_eq!(
            (q.gtin.as_deref(), q.location.as_deref(), q.limit, q.offset),
            (Some("09506000134352"), Some("MAIN"), Some(50), 100),
            "--product is the GTIN filter, and --limit is always sent (the command line's 1,000 is its own default)"
        );
    }
}
