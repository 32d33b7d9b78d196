//! Reading a scope CSV (`gtin,lot,serial,expiry`) into the one notice it holds.

use super::{file_date, RecallNotice};
use crate::error::{CoreResult, FileProblem};
use crate::import::csv::{problem, CsvFile};
use crate::recall::scope::{add_line, gs1_value_problem, ScopeBuilder};
use crate::recall::{RecallHeader, ScopeLine};

/// Reads scope lines from CSV with the columns `gtin` (required), `lot`, `serial` and `expiry`
/// (all three may be empty; an expiry is checked, not stored). Every problem is reported with
/// its line.
pub fn parse_scope_csv(bytes: &[u8]) -> CoreResult<Vec<ScopeLine>> {
    scope_csv(bytes)
        .map(|n| n.scope)
        .map_err(crate::error::import_error)
}

/// The one notice of a scope CSV (its header comes from the person importing it).
pub(crate) fn scope_csv(bytes: &[u8]) -> Result<RecallNotice, Vec<FileProblem>> {
    let (file, mut problems) = CsvFile::read_listing(
        bytes,
        &["gtin", "lot", "serial", "expiry"],
        &["gtin"],
        "packs or lots to recall",
    )?;
    if file.records.is_empty() && problems.is_empty() {
        return Err(vec![problem(
            1,
            None,
            "the file lists no packs or lots to recall: it has a header and no rows",
        )]);
    }
    let mut b = ScopeBuilder::default();
    for (at, record) in &file.records {
        let at = *at;
        // Every cell of a row is checked, so that a row's problems are all reported at once;
        // only the checks across rows need a readable GTIN.
        let gtin = match file.get(record, "gtin") {
            None => {
                problems.push(problem(at, Some("gtin"), "the GTIN is missing"));
                None
            }
            Some(g) => match custody_gs1::Gtin::parse(g) {
                Ok(g) => Some(g.to_string()),
                Err(e) => {
                    problems.push(problem(
                        at,
                        Some("gtin"),
                        format!("'{}': {e}", g.escape_debug()),
                    ));
                    None
                }
            },
        };
        let mut value = |field: &str, what: &str| -> Result<Option<String>, ()> {
            match file.get(record, field) {
                None => Ok(None),
                Some(v) => match gs1_value_problem(what, v) {
                    Some(m) => {
                        problems.push(problem(at, Some(field), m));
                        Err(())
                    }
                    None => Ok(Some(v.to_string())),
                },
            }
        };
        let (lot, serial) = (value("lot", "lot"), value("serial", "serial"));
        let expiry = match file.get(record, "expiry") {
            None => Ok(None),
            Some(v) => match file_date(v).filter(|_| v.len() == 10) {
                Some(d) => Ok(Some(d)),
                None => {
                    problems.push(problem(
                        at,
                        Some("expiry"),
                        format!("'{}' is not a date YYYY-MM-DD", v.escape_debug()),
                    ));
                    Err(())
                }
            },
        };
        let (Some(gtin), Ok(lot), Ok(serial), Ok(expiry)) = (gtin, lot, serial, expiry) else {
            continue;
        };
        if let Some(expiry) = expiry {
            match &lot {
                Some(l) => b.expiry(&gtin, l, expiry, at, &mut problems),
                None => {
                    problems.push(problem(
                        at,
                        Some("expiry"),
                        "an expiry belongs to a lot: give the lot it is the expiry of",
                    ));
                    continue;
                }
            }
        }
        add_line(&mut b, gtin, lot, serial, at, &mut problems);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(RecallNotice {
        header: RecallHeader::default(),
        scope: b.scope,
        scope_lines: b.scope_lines,
        expiries: b.expiry_list,
        line: 1,
    })
}
