//! Every printed report at its largest on the database under test: the model built from the
//! store, the PDF laid out (A4), and the CSV of its rows, each timed apart.

use std::time::Instant;

use custody_core::report::{AuditFilter, Block, ReportRequest};
use custody_core::*;
use custody_report::Paper;
use rusqlite::Connection;
use serde::Serialize;

use crate::dataset::{busiest_location, longest_history};
use crate::error::BenchResult;

/// One report's figures.
#[derive(Debug, Clone, Serialize)]
pub struct ReportFigures {
    /// Which report, with its parameters.
    pub what: String,
    /// Table rows, and labels (a label is the labels report's row).
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

/// Times every report: the recall notice and closure of the benchmark's recall `recall`, and
/// the others at their largest or at the busiest location.
pub fn reports(
    store: &Store,
    conn: &Connection,
    recall: &str,
    now: Timestamp,
) -> BenchResult<Vec<ReportFigures>> {
    let me = store.actor("admin")?;
    let mut out = Vec::new();
    for request in requests(conn, recall, now)? {
        out.push(report(store, &me, &request, now)?);
    }
    Ok(out)
}

/// The reports timed, in the order they are printed.
fn requests(conn: &Connection, recall: &str, now: Timestamp) -> BenchResult<Vec<ReportRequest>> {
    let busiest: String = busiest_location(conn)?.unwrap_or_default();
    let (gtin, serial) = longest_history(conn)?.unwrap_or_default();
    let day = now.local_date() - chrono::Days::new(1);
    Ok(vec![
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
            location: Some(busiest),
        },
        ReportRequest::ChainOfCustody { gtin, serial },
        ReportRequest::AuditExtract(AuditFilter {
            from: Some(day),
            to: Some(day),
            ..Default::default()
        }),
        // Every pack held at the site (some 16,500 at the hospital after the benchmark's
        // recall): the budget is for 20,000 labels.
        ReportRequest::QuarantineLabels { location: None },
    ])
}

/// One report: its model, PDF and CSV, each timed.
fn report(
    store: &Store,
    me: &User,
    request: &ReportRequest,
    now: Timestamp,
) -> BenchResult<ReportFigures> {
    let started = Instant::now();
    let doc = store.report(me, request, now)?;
    let model_seconds = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let pdf = custody_report::render(&doc, Paper::A4)?;
    let pdf_seconds = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let csv = doc.to_csv();
    let csv_seconds = started.elapsed().as_secs_f64();
    drop(csv);
    Ok(ReportFigures {
        what: format!(
            "{} ({})",
            doc.kind,
            doc.covers.split(';').next().unwrap_or_default()
        ),
        rows: doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Table(t) => t.rows.len(),
                Block::Labels { labels } => labels.len(),
                _ => 0,
            })
            .sum(),
        model_seconds,
        pdf_seconds,
        pdf_bytes: pdf.len(),
        csv_seconds,
    })
}
