//! Reports: the model of a report for the preview, and the report written as a PDF or CSV file.
//! The window saves into the `reports` folder beside the database, by file name only; the
//! command line writes where the person says. Both write through [`crate::files`].

use std::path::{Path, PathBuf};

use custody_core::report::{Document, ReportRequest};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::{args, ApiError, Result};
use crate::Cx;

/// Paper size of a PDF.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PaperSize {
    /// ISO A4.
    #[default]
    A4,
    /// US Letter.
    Letter,
}

impl From<PaperSize> for custody_report::Paper {
    fn from(p: PaperSize) -> Self {
        match p {
            PaperSize::A4 => custody_report::Paper::A4,
            PaperSize::Letter => custody_report::Paper::Letter,
        }
    }
}

/// Checks what a report is about before the report is built: a chain of custody needs a GTIN
/// that reads as one.
fn checked(request: ReportRequest) -> Result<ReportRequest> {
    match request {
        ReportRequest::ChainOfCustody { gtin, serial } => {
            let parsed = custody_gs1::Gtin::parse(gtin.trim()).map_err(|e| {
                ApiError::field(
                    "report.gtin_unreadable",
                    "gtin",
                    args([
                        ("gtin", Value::from(gtin.trim())),
                        ("reason", Value::from(e.to_string())),
                    ]),
                )
            })?;
            if serial.trim().is_empty() {
                return Err(ApiError::field(
                    "report.serial_missing",
                    "serial",
                    Default::default(),
                ));
            }
            Ok(ReportRequest::ChainOfCustody {
                gtin: parsed.to_string(),
                serial: serial.trim().to_string(),
            })
        }
        other => Ok(other),
    }
}

/// A report's model, for the preview, in the session's language: its titles, headers and
/// sentences, and the numbers meant for a person (codes, names and ISO dates stay as they are).
/// In a language no PDF can set yet (Arabic), the report is printed from the preview, so the
/// preview also carries its labels' and barcodes' symbols, drawn.
pub fn preview(cx: &mut Cx<'_>, request: ReportRequest) -> Result<Document> {
    let mut doc = built(cx, request)?;
    if !custody_report::prints_as_pdf(doc.lang) {
        custody_report::draw_symbols(&mut doc).map_err(|e| render_failed(&doc, &e))?;
    }
    Ok(doc)
}

/// A report's model in the session's language, as core builds it.
fn built(cx: &mut Cx<'_>, request: ReportRequest) -> Result<Document> {
    let me = cx.me()?;
    let now = cx.now()?;
    let lang = cx.session()?.lang();
    Ok(cx.store().report_in(me, &checked(request)?, now, lang)?)
}

/// The refusal of a report that could not be laid out or drawn.
fn render_failed(doc: &Document, e: &custody_report::RenderError) -> ApiError {
    ApiError::new(
        "report.render_failed",
        args([
            ("title", Value::from(doc.title.as_str())),
            ("reason", Value::from(e.to_string())),
        ]),
    )
}

/// A report rendered for a file named `file_name`: PDF or CSV by its extension, in the
/// session's language (a PDF in Arabic is a page saying to print it from the app's preview).
pub fn render(
    cx: &mut Cx<'_>,
    request: ReportRequest,
    file_name: &str,
    paper: PaperSize,
) -> Result<(Document, Vec<u8>)> {
    let lower = file_name.to_ascii_lowercase();
    if !(lower.ends_with(".pdf") || lower.ends_with(".csv")) {
        return Err(ApiError::field(
            "report.file_extension",
            "file",
            args([("file", Value::from(file_name))]),
        ));
    }
    let doc = built(cx, request)?;
    let bytes = custody_report::render_for(&doc, file_name, paper.into())
        .unwrap_or_else(|| Ok(doc.to_csv()))
        .map_err(|e| render_failed(&doc, &e))?;
    Ok((doc, bytes))
}

/// Where a report named `file` is saved by the window: the `reports` folder beside the
/// database. Only a plain file name ending in `.pdf` or `.csv` is accepted, never a path.
pub fn reports_folder_path(db: &Path, file: &str) -> Result<PathBuf> {
    let file = file.trim();
    let lower = file.to_ascii_lowercase();
    if file.is_empty()
        || file.starts_with('.')
        || file.contains(['/', '\\', ':'])
        || file.chars().any(char::is_control)
    {
        return Err(ApiError::field(
            "report.file_name",
            "file",
            args([("file", Value::from(file))]),
        ));
    }
    if !(lower.ends_with(".pdf") || lower.ends_with(".csv")) {
        return Err(ApiError::field(
            "report.file_extension",
            "file",
            args([("file", Value::from(file))]),
        ));
    }
    Ok(db
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join("reports")
        .join(file))
}

/// A report to save in the reports folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SaveReport {
    /// Which report.
    pub report: ReportRequest,
    /// The file name (`.pdf` or `.csv`), saved in the reports folder beside the database.
    pub file: String,
    /// Paper size of a PDF (default A4).
    #[serde(default)]
    pub paper: PaperSize,
    /// Replace a file of that name (only after the person confirmed; the open database never).
    #[serde(default)]
    pub overwrite: bool,
}

/// A saved report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SavedReport {
    /// Where it was written.
    pub path: String,
    /// Its size.
    pub bytes: u64,
    /// The report's title.
    pub title: String,
    /// Rows in its tables.
    pub rows: u64,
}

/// Writes a report into the reports folder. An existing file is refused with `files.exists`
/// unless `overwrite`, asked before the report is built so the question comes at once.
pub fn save(cx: &mut Cx<'_>, s: SaveReport) -> Result<SavedReport> {
    let db = cx.host().path().to_path_buf();
    let target = reports_folder_path(&db, &s.file)?;
    write_to(cx, s.report, &target, s.paper, s.overwrite)
}

/// Writes a report to `target` (the command line's `--out`), whole or not at all, never onto
/// the open database, and over an existing file only with `overwrite`.
pub fn write_to(
    cx: &mut Cx<'_>,
    report: ReportRequest,
    target: &Path,
    paper: PaperSize,
    overwrite: bool,
) -> Result<SavedReport> {
    let db = cx.host().path().to_path_buf();
    crate::files::check_target(target, &db, overwrite)?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (doc, bytes) = render(cx, report, &name, paper)?;
    crate::files::write_file(target, &bytes, &db, overwrite)?;
    Ok(SavedReport {
        path: target.display().to_string(),
        bytes: bytes.len() as u64,
        title: doc.title.clone(),
        rows: doc.tables().map(|t| t.rows.len() as u64).sum(),
    })
}
