//! `custody report …`: the arguments become a report request, and `custody_api::report::write_to`
//! builds the report, renders it as PDF or CSV by the output file's extension and writes it
//! whole, never over the open database and over an existing file only with `--force`.

use anyhow::{bail, Result};
use custody_api::report::{self, PaperSize};
use custody_api::stock::pack_of;
use custody_api::Cx;
use custody_core::report::{AuditFilter, ReportRequest};

use crate::args::{ReportCommand, ReportOut};
use crate::output;
use crate::said::said;
use crate::speech::t;

/// `custody report …`: the report is asked for, then written to `--out` as PDF or CSV.
pub fn run(cx: &mut Cx<'_>, c: ReportCommand, as_json: bool) -> Result<i32> {
    let (request, out) = request(cx, c)?;
    let ReportOut { out, paper, force } = out;
    let paper = paper_size(&paper)?;
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
        let line = t!(
            "report-wrote",
            file = saved.path,
            title = saved.title,
            rows = saved.rows,
            kb = saved.bytes.div_ceil(1024)
        );
        println!("{line}");
    }
    Ok(0)
}

/// The report a `custody report …` command asks for, and where it goes. A certificate's pack,
/// named by a scan or a GTIN and serial, is looked up here: the request needs its GTIN and serial.
fn request(cx: &mut Cx<'_>, c: ReportCommand) -> Result<(ReportRequest, ReportOut)> {
    Ok(match c {
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
        ReportCommand::CountVariance { count, out } => (
            ReportRequest::CountVariance {
                count: count_number(&count)?,
            },
            out,
        ),
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
        ReportCommand::PickList { list, out } => (
            ReportRequest::PickList {
                list: crate::replenish::pick_list_number(&list)?,
            },
            out,
        ),
        ReportCommand::SupplierOrders { out } => (ReportRequest::SupplierOrders {}, out),
        ReportCommand::InsightDwell {
            about,
            older_than,
            out,
        } => (ReportRequest::InsightDwell(about.query(older_than)), out),
        ReportCommand::InsightWaste { about, out } => {
            (ReportRequest::InsightWaste(about.query(None)), out)
        }
        ReportCommand::InsightShrinkage { about, out } => {
            (ReportRequest::InsightShrinkage(about.query(None)), out)
        }
        ReportCommand::InsightSuppliers { about, out } => {
            (ReportRequest::InsightSuppliers(about.query(None)), out)
        }
        ReportCommand::InsightTrends { about, out } => {
            (ReportRequest::InsightTrends(about.query(None)), out)
        }
        ReportCommand::SupplierScorecard {
            supplier,
            from,
            to,
            out,
        } => (ReportRequest::SupplierScorecard { supplier, from, to }, out),
    })
}

/// A count's number as `custody count` prints it (`COUNT-3`) or as its digits (`3`).
fn count_number(count: &str) -> Result<i64> {
    let digits = count.trim().trim_start_matches("COUNT-");
    // The parser's own words ("invalid digit found in string") add nothing to the sentence.
    digits
        .parse()
        .map_err(|_| said!("report-not-a-count", count = count).into())
}

/// `--paper`, in any case.
fn paper_size(paper: &str) -> Result<PaperSize> {
    match paper.to_ascii_lowercase().as_str() {
        "a4" => Ok(PaperSize::A4),
        "letter" => Ok(PaperSize::Letter),
        other => bail!(said!("report-not-a-paper-size", paper = other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_is_named_as_count_prints_it_or_by_its_digits() {
        assert_eq!(
            count_number("COUNT-12").ok(),
            Some(12),
            "as `custody count` prints it"
        );
        assert_eq!(
            count_number(" 12 ").ok(),
            Some(12),
            "the digits alone, spaces ignored"
        );
        let refused = count_number("C-12").map_err(|e| e.to_string());
        assert_eq!(
            refused,
            Err("'C-12' is not a count number such as COUNT-3".to_string()),
            "anything else is refused with an example of what is meant"
        );
    }

    #[test]
    fn the_paper_is_a4_or_letter_in_any_case() {
        assert_eq!(paper_size("A4").ok(), Some(PaperSize::A4));
        assert_eq!(
            paper_size("Letter").ok(),
            Some(PaperSize::Letter),
            "the size is read whatever its case"
        );
        let refused = paper_size("legal").map_err(|e| e.to_string());
        assert_eq!(
            refused,
            Err("--paper: 'legal' is not a paper size: a4 or letter".to_string()),
            "a size the renderer has no page for is refused before the report is built"
        );
    }
}
