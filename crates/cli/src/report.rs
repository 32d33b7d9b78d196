//! `custody report …`: builds the report model in core, renders it as PDF or CSV by the output
//! file's extension, and writes it whole (a temporary file renamed into place), never over the
//! open database and over an existing file only with `--force`.

use anyhow::{bail, Context as _, Result};
use custody_core::report::{AuditFilter, ReportRequest};
use custody_core::{Store, User};
use custody_report::Paper;

use crate::args::{ReportCommand, ReportOut};
use crate::commands::pack_key;
use crate::context::now;
use crate::files::{check_output, write_whole, OutputRule};
use crate::output;

pub fn run(
    store: &Store,
    me: &User,
    settings: &custody_api::SiteSettings,
    c: ReportCommand,
    as_json: bool,
) -> Result<i32> {
    let today = now()?.local_date();
    let (request, out) = match c {
        ReportCommand::RecallNotice { number, out } => {
            (ReportRequest::RecallNotice { number }, out)
        }
        ReportCommand::RecallClosure { number, out } => {
            (ReportRequest::RecallClosure { number }, out)
        }
        ReportCommand::StockOnHand { location, out } => {
            (ReportRequest::StockOnHand { location }, out)
        }
        ReportCommand::Expiry {
            within,
            location,
            out,
        } => (
            ReportRequest::Expiry {
                windows: within,
                location,
            },
            out,
        ),
        ReportCommand::Shortages { location, out } => (ReportRequest::Shortages { location }, out),
        ReportCommand::CountVariance { count, out } => {
            let digits = count.trim().trim_start_matches("COUNT-");
            let id = digits
                .parse()
                .with_context(|| format!("'{count}' is not a count number such as COUNT-3"))?;
            (ReportRequest::CountVariance { count: id }, out)
        }
        ReportCommand::ChainOfCustody {
            scan_or_gtin,
            serial,
            out,
        } => {
            let (gtin, serial, _) = pack_key(&scan_or_gtin, serial, None, settings, today)?;
            let serial = serial.context("give the serial after the GTIN, or scan the pack")?;
            (ReportRequest::ChainOfCustody { gtin, serial }, out)
        }
        ReportCommand::AuditExtract {
            from,
            to,
            user,
            location,
            out,
        } => (
            ReportRequest::AuditExtract(AuditFilter {
                from,
                to,
                user,
                location,
            }),
            out,
        ),
        ReportCommand::QuarantineLabels { location, out } => {
            (ReportRequest::QuarantineLabels { location }, out)
        }
    };
    let ReportOut { out, paper, force } = out;
    let rule = OutputRule {
        db: Some(store.path()),
        force,
    };
    // Refused before the report is built: a wrong path costs nothing.
    check_output(&out, rule)?;
    let paper: Paper = paper
        .parse()
        .map_err(|e: String| anyhow::anyhow!("--paper: {e}"))?;
    let name = out.to_string_lossy().to_string();
    let lower = name.to_ascii_lowercase();
    if !(lower.ends_with(".pdf") || lower.ends_with(".csv")) {
        bail!("--out {name}: end the file name in .pdf (the printable report) or .csv (its rows)");
    }
    let doc = store.report(me, &request, now()?)?;
    let bytes = custody_report::render_for(&doc, &name, paper)
        .expect("the extension was checked")
        .with_context(|| format!("could not render {}", doc.title))?;
    write_whole(&out, &bytes, rule)?;
    let rows: usize = doc.tables().map(|t| t.rows.len()).sum();
    if as_json {
        output::json(&serde_json::json!({
            "path": name,
            "kind": doc.kind,
            "title": doc.title,
            "bytes": bytes.len(),
            "rows": rows,
        }));
    } else {
        println!(
            "Wrote {name}: {} ({} row(s), {} KB).",
            doc.title,
            rows,
            bytes.len().div_ceil(1024)
        );
    }
    Ok(0)
}

/// One report's figures in `custody bench`.
#[derive(Debug, serde::Serialize)]
pub struct ReportFigures {
    /// Which report, with its parameters.
    pub what: String,
    /// Table rows.
    pub rows: usize,
    /// Building the model from the store.
    pub model_seconds: f64,
    /// Laying it out as PDF.
    pub pdf_seconds: f64,
    /// PDF size.
    pub pdf_bytes: usize,
    /// Writing the CSV twin.
    pub csv_seconds: f64,
}

/// Times every report on the benchmark database: the recall notice and closure of the
/// benchmark's recall, and the others at their largest or at the busiest location.
pub fn bench(
    store: &Store,
    recall: &str,
    now: custody_core::Timestamp,
) -> Result<Vec<ReportFigures>> {
    use std::time::Instant;
    let me = store.actor("admin")?;
    let busiest: String = store.busiest_location()?.unwrap_or_default();
    let (gtin, serial) = store.longest_history()?.unwrap_or_default();
    let day = now.local_date() - chrono::Days::new(1);
    let requests = [
        ReportRequest::RecallNotice {
            number: recall.into(),
        },
        ReportRequest::RecallClosure {
            number: recall.into(),
        },
        ReportRequest::StockOnHand {
            location: Some(busiest.clone()),
        },
        ReportRequest::Expiry {
            windows: vec![30],
            location: None,
        },
        ReportRequest::Expiry {
            windows: vec![30, 60, 90],
            location: Some(busiest.clone()),
        },
        ReportRequest::Shortages {
            location: Some(busiest.clone()),
        },
        ReportRequest::ChainOfCustody { gtin, serial },
        ReportRequest::AuditExtract(AuditFilter {
            from: Some(day),
            to: Some(day),
            ..Default::default()
        }),
        ReportRequest::QuarantineLabels {
            location: Some(busiest.clone()),
        },
    ];
    let mut out = Vec::new();
    for request in requests {
        let started = Instant::now();
        let doc = store.report(&me, &request, now)?;
        let model_seconds = started.elapsed().as_secs_f64();
        let started = Instant::now();
        let pdf = custody_report::render(&doc, Paper::A4)?;
        let pdf_seconds = started.elapsed().as_secs_f64();
        let started = Instant::now();
        let csv = doc.to_csv();
        let csv_seconds = started.elapsed().as_secs_f64();
        drop(csv);
        out.push(ReportFigures {
            what: format!(
                "{} ({})",
                doc.kind,
                doc.covers.split(';').next().unwrap_or_default()
            ),
            rows: doc.tables().map(|t| t.rows.len()).sum(),
            model_seconds,
            pdf_seconds,
            pdf_bytes: pdf.len(),
            csv_seconds,
        });
    }
    Ok(out)
}
