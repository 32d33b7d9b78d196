//! `custody report …`: the arguments become a report request, and `custody_api::report::write_to`
//! builds the report, renders it as PDF or CSV by the output file's extension and writes it
//! whole, never over the open database and over an existing file only with `--force`.

use anyhow::{bail, Context as _, Result};
use custody_api::report::{self, PaperSize};
use custody_api::stock::pack_of;
use custody_api::Cx;
use custody_core::report::{AuditFilter, ReportRequest};

use crate::args::{ReportCommand, ReportOut};
use crate::output;

pub fn run(cx: &mut Cx<'_>, c: ReportCommand, as_json: bool) -> Result<i32> {
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
            let query = crate::stock::pack_query(scan_or_gtin, serial, None);
            let (gtin, serial) = pack_of(cx, &query)?;
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
    let paper = match paper.to_ascii_lowercase().as_str() {
        "a4" => PaperSize::A4,
        "letter" => PaperSize::Letter,
        other => bail!("--paper: '{other}' is not a paper size: a4 or letter"),
    };
    let db = cx.host().path().to_path_buf();
    // Refused before the report is built, in the command line's words: a wrong path costs
    // nothing.
    crate::files::check_out(&out, &db, force)?;
    let saved = report::write_to(cx, request, &out, paper, force).map_err(|mut e| {
        // The api refuses a name it cannot tell the format from; the command line says which
        // endings it can.
        if e.code == "report.file_extension" {
            e.message = format!(
                "--out {}: end the file name in .pdf (the printable report) or .csv (its rows)",
                out.display()
            );
        }
        e
    })?;
    if as_json {
        output::json(&saved);
    } else {
        println!(
            "Wrote {}: {} ({} row(s), {} KB).",
            saved.path,
            saved.title,
            saved.rows,
            saved.bytes.div_ceil(1024)
        );
    }
    Ok(0)
}
