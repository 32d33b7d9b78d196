//! Reading a scope CSV (`gtin,lot,serial,expiry`) into the one notice it holds.

use ::csv::StringRecord;
use chrono::NaiveDate;

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
        let Some(row) = read_row(&file, record, *at, &mut problems) else {
            continue;
        };
        add_row(&mut b, row, *at, &mut problems);
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

/// A row of a scope CSV whose cells could all be read.
#[derive(Debug, PartialEq, Eq)]
struct Row {
    gtin: String,
    lot: Option<String>,
    serial: Option<String>,
    expiry: Option<NaiveDate>,
}

/// Reads the row at line `at`. Every cell is checked, so that a row's problems are all reported
/// at once; `None` when any of them is a problem.
fn read_row(
    file: &CsvFile,
    record: &StringRecord,
    at: usize,
    problems: &mut Vec<FileProblem>,
) -> Option<Row> {
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
        return None;
    };
    Some(Row {
        gtin,
        lot,
        serial,
        expiry,
    })
}

/// Adds a readable row to the scope: its expiry to its lot (an expiry without a lot is a
/// problem: it belongs to a lot), then its line, checked against the lines before it.
fn add_row(b: &mut ScopeBuilder, row: Row, at: usize, problems: &mut Vec<FileProblem>) {
    if let Some(expiry) = row.expiry {
        match &row.lot {
            Some(l) => b.expiry(&row.gtin, l, expiry, at, problems),
            None => {
                problems.push(problem(
                    at,
                    Some("expiry"),
                    "an expiry belongs to a lot: give the lot it is the expiry of",
                ));
                return;
            }
        }
    }
    add_line(b, row.gtin, row.lot, row.serial, at, problems);
}

#[cfg(test)]
mod tests {
    use super::*;

    const GTIN: &str = "09506000134352";

    /// Reads the one row of a scope CSV with these cells.
    fn row_of(cells: &str) -> (Option<Row>, Vec<FileProblem>) {
        let text = format!("gtin,lot,serial,expiry\n{cells}\n");
        let (file, mut problems) = CsvFile::read_listing(
            text.as_bytes(),
            &["gtin", "lot", "serial", "expiry"],
            &["gtin"],
            "packs or lots to recall",
        )
        .expect("the header is right");
        let (at, record) = &file.records[0];
        (read_row(&file, record, *at, &mut problems), problems)
    }

    #[test]
    fn every_bad_cell_of_a_row_is_reported_at_once() {
        let (row, problems) = row_of("123,A 1,,2027-13-01");
        assert_eq!(row, None, "a row with a bad cell adds nothing to the scope");
        let fields: Vec<Option<&str>> = problems.iter().map(|p| p.field.as_deref()).collect();
        assert_eq!(
            fields,
            [Some("gtin"), Some("lot"), Some("expiry")],
            "the person fixing the file sees all of the row's problems in one go"
        );
    }

    #[test]
    fn a_readable_row_has_its_gtin_padded_and_its_expiry_read() {
        let (row, problems) = row_of("9506000134352,A1,,2027-03-31");
        assert!(problems.is_empty(), "nothing is wrong: {problems:?}");
        assert_eq!(
            row,
            Some(Row {
                gtin: GTIN.into(),
                lot: Some("A1".into()),
                serial: None,
                expiry: NaiveDate::from_ymd_opt(2027, 3, 31),
            }),
            "a GTIN-13 is the GTIN-14 with a leading zero"
        );
    }

    #[test]
    fn an_expiry_without_a_lot_is_refused_not_dropped() {
        let mut b = ScopeBuilder::default();
        let mut problems = Vec::new();
        let row = Row {
            gtin: GTIN.into(),
            lot: None,
            serial: Some("S1".into()),
            expiry: NaiveDate::from_ymd_opt(2027, 3, 31),
        };
        add_row(&mut b, row, 2, &mut problems);
        assert_eq!(
            problems
                .iter()
                .map(|p| (p.line, p.field.as_deref()))
                .collect::<Vec<_>>(),
            [(2, Some("expiry"))],
            "an expiry can only be checked against a lot"
        );
        assert!(
            b.scope.is_empty(),
            "a line with a problem is not entered, so the file is fixed and read again"
        );
    }
}
