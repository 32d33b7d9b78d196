//! `custody report …`: builds the report model in core, renders it as PDF or CSV by the output
//! file's extension, and writes it whole (a temporary file renamed into place).

use std::io::Write as _;
use std::path::Path;

use anyhow::{bail, Context as _, Result};
use custody_core::report::{AuditFilter, ReportRequest};
use custody_core::{Store, User};
use custody_report::Paper;

use crate::args::{ReportCommand, ReportOut};
use crate::commands::pack_key;
use crate::context::now;
use crate::output;

pub fn run(store: &Store, me: &User, c: ReportCommand, as_json: bool) -> Result<i32> {
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
            let (gtin, serial, _) = pack_key(&scan_or_gtin, serial, None, today)?;
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
    let ReportOut { out, paper } = out;
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
    write_whole(&out, &bytes)?;
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

/// Writes `bytes` to a temporary file beside `path` and renames it into place, so a reader
/// never sees half a report.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file_name = path
        .file_name()
        .with_context(|| format!("{} is not a file name", path.display()))?;
    let tmp = dir.join(format!(".{}.partial", file_name.to_string_lossy()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("could not write {}", path.display()));
    }
    Ok(())
}
