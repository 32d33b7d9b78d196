//! `custody expected …` and `custody export epcis`: expected shipments and EPCIS through
//! `custody_api::shipment`. An advice file is read with the import size limit and handed on as
//! bytes; an export is written through `custody_api::files`, the one rule for files Custody
//! writes (never onto the open database, never over a file without `--force`).

use std::path::Path;

use anyhow::{bail, Context as _, Result};
use custody_api::shipment::{
    self, AdviceDetails, EpcisExport, ReceiveWhole, ShipmentClose, ShipmentId, ShipmentList,
};
use custody_api::Cx;
use custody_core::shipment::Shipment;
use serde_json::json;

use crate::args::{EpcisArgs, ExpectedCommand};
use crate::files::read_import;
use crate::output::{self, opt, table};
use crate::said::{said, shown as path_shown};
use crate::speech::{headers, t};

/// `custody expected …`: one function per subcommand.
pub fn run(cx: &mut Cx<'_>, c: ExpectedCommand, as_json: bool) -> Result<i32> {
    match c {
        ExpectedCommand::Import {
            file,
            partner,
            reference,
        } => import(cx, &file, partner, reference, as_json),
        ExpectedCommand::List => list(cx, as_json),
        ExpectedCommand::Show { id } => shown(&shipment::shipment(cx, ShipmentId { id })?, as_json),
        ExpectedCommand::ReceiveAll { id, location } => receive_all(cx, id, location, as_json),
        ExpectedCommand::Close { id, note } => {
            shown(&shipment::close(cx, ShipmentClose { id, note })?, as_json)
        }
    }
}

/// A shipment as the commands that change or show one print it.
fn shown(s: &Shipment, as_json: bool) -> Result<i32> {
    if as_json {
        output::json(s)
    } else {
        show(s)
    }
    Ok(0)
}

/// `custody expected import FILE`: read with the import size limit, all lines or none.
fn import(
    cx: &mut Cx<'_>,
    file: &Path,
    partner: Option<String>,
    reference: Option<String>,
    as_json: bool,
) -> Result<i32> {
    let bytes = read_import(file)?;
    let details = AdviceDetails {
        file_name: file.file_name().map(|n| n.to_string_lossy().into_owned()),
        supplier: partner,
        reference,
    };
    let s = shipment::import_bytes(cx, &bytes, &details)
        .with_context(|| said!("expected-importing", file = path_shown(file)))?;
    shown(&s, as_json)
}

/// `custody expected list`.
fn list(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    let rows = shipment::shipments(cx, ShipmentList::default())?;
    if as_json {
        output::json(&rows);
        return Ok(0);
    }
    table(
        &headers(&[
            "expected-col-id",
            "expected-col-reference",
            "expected-col-lines",
            "expected-col-received",
            "expected-col-closed",
        ]),
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
    Ok(0)
}

/// `custody expected receive-all ID --location …`: every outstanding pack, by inference.
fn receive_all(cx: &mut Cx<'_>, id: i64, location: String, as_json: bool) -> Result<i32> {
    let r = shipment::receive_all(
        cx,
        ReceiveWhole {
            id,
            location: location.clone(),
        },
    )?;
    if as_json {
        output::json(&r);
    } else {
        let location = location.trim();
        let line = t!(
            "expected-received-into",
            received = r.received,
            location = location
        );
        println!("{line}");
        for s in &r.skipped {
            println!("  {}", t!("expected-not-received", reason = s));
        }
    }
    Ok(0)
}

fn show(s: &Shipment) {
    let from = s
        .supplier
        .as_deref()
        .map_or_else(String::new, |p| t!("expected-from", partner = p));
    let closed = s
        .closed_at
        .as_deref()
        .map_or_else(String::new, |c| t!("expected-closed", at = c));
    let line = t!(
        "expected-shipment",
        id = s.id.to_string(),
        reference = s.reference,
        from = from,
        matched = s.matched,
        expected = s.expected,
        closed = closed
    );
    println!("{line}");
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
        println!("{}", t!("expected-still-expected"));
        table(
            &headers(&[
                "expected-col-line",
                "cli-col-gtin",
                "cli-col-serial",
                "cli-col-lot",
                "cli-col-expiry",
                "expected-col-received",
            ]),
            &rows,
        );
    }
    if !s.discrepancies.is_empty() {
        println!("{}", t!("expected-discrepancies"));
        table(
            &headers(&[
                "cli-col-code",
                "cli-col-gtin",
                "cli-col-serial",
                "cli-col-lot",
                "cli-col-expiry",
                "cli-col-quantity",
                "expected-col-advice",
            ]),
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
                            let lot = d.advice_lot.as_deref().unwrap_or("-");
                            let expiry = d.advice_expiry.map_or("-".into(), |e| e.to_string());
                            t!(
                                "expected-advice-line",
                                line = l.to_string(),
                                lot = lot,
                                expiry = expiry
                            )
                        }),
                    ]
                })
                .collect::<Vec<_>>(),
        );
    }
    if let Some(d) = &s.discrepancy {
        println!("{}", t!("expected-discrepancy", message = d));
    }
}

/// `custody export epcis`: the api builds the document; it is printed, or written to `--out`
/// whole (refused before it is built when the path may not be written).
pub fn export_epcis(cx: &mut Cx<'_>, a: EpcisArgs, as_json: bool) -> Result<i32> {
    let db = cx.host().path().to_path_buf();
    if let Some(path) = &a.out {
        // Refused before the export is built: a wrong path costs nothing.
        crate::files::check_out(path, &db, a.force)?;
    }
    let request = match (a.gtin, a.serial, a.lot, a.from, a.to) {
        (Some(gtin), Some(serial), None, None, None) => EpcisExport::Pack { gtin, serial },
        (Some(gtin), None, Some(lot), None, None) => EpcisExport::Lot { gtin, lot },
        (None, None, None, Some(from), Some(until)) => EpcisExport::Days { from, until },
        _ => bail!(said!("epcis-say-what")),
    };
    let doc = shipment::export_epcis(cx, request)?;
    let text = serde_json::to_string_pretty(&doc)?;
    match a.out {
        None => println!("{text}"),
        Some(path) => {
            crate::files::write_out(&path, text.as_bytes(), &db, a.force)?;
            let events = doc["epcisBody"]["eventList"].as_array().map_or(0, Vec::len);
            if as_json {
                output::json(&json!({"path": path, "events": events, "bytes": text.len()}));
            } else {
                let file = path_shown(&path);
                eprintln!("{}", t!("epcis-wrote", events = events, file = file));
            }
        }
    }
    Ok(0)
}
