//! A despatch advice in CSV (`gtin,serial,lot,expiry,quantity,po`, and an optional
//! `unit_price`): every cell checked, every problem of a row reported at once, packs listed once,
//! lots given one expiry and products one price.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::advice::ExpectedItem;
use super::file::{GtinPrices, LotExpiries, Parsed};
use crate::currency::Currency;
use crate::epcis;
use crate::error::FileProblem;
use crate::import::csv::CsvFile;
use crate::import::Problems;
use crate::master::read_price;

pub(super) fn parse_csv(
    bytes: &[u8],
    currency: Option<Currency>,
    problems: &mut Problems,
) -> Result<Parsed, Vec<FileProblem>> {
    const COLUMNS: &[&str] = &[
        "gtin",
        "serial",
        "lot",
        "expiry",
        "quantity",
        "po",
        "unit_price",
    ];
    let (file, read_problems) = CsvFile::read_listing(bytes, COLUMNS, &["gtin"], "packs")?;
    problems.extend(read_problems);
    let mut items = Vec::new();
    let mut packs: HashMap<(String, String), usize> = HashMap::new();
    let mut expiries = LotExpiries::default();
    let mut prices = GtinPrices::default();
    for (line, record) in &file.records {
        let line = *line;
        let get = |n: &str| file.get(record, n).map(String::from);
        // A row with an unreadable GTIN is still checked cell by cell, so that every problem
        // of the row is reported at once; only the checks across rows need the GTIN.
        let gtin = read_gtin(get("gtin"), line, problems);
        let expiry = read_expiry(get("expiry"), line, problems);
        let quantity = read_quantity(get("quantity"), line, problems);
        let serial = get("serial");
        let lot = get("lot");
        let unit_price = get("unit_price").and_then(|cell| {
            read_price(&cell, currency, "unit_price")
                .map_err(|e| problems.push(line, Some("unit_price"), e.to_string()))
                .ok()
        });
        if let (Some(gtin), Some(cents)) = (&gtin, unit_price) {
            prices.note(gtin, cents, line, "unit_price", problems);
        }
        if let Some(s) = &serial {
            if let Err(why) = epcis::check_serial(s) {
                problems.push(line, Some("serial"), why);
            }
            if quantity != 1 {
                problems.push(line, Some("quantity"), "a line with a serial is one pack");
            }
            if let Some(gtin) = &gtin {
                if let Some(first) = packs.insert((gtin.clone(), s.clone()), line) {
                    problems.push(
                        line,
                        Some("serial"),
                        format!("pack {gtin} {s} is listed twice (also on line {first})"),
                    );
                }
            }
        }
        if let Some(l) = &lot {
            match epcis::check_lot(l) {
                Err(why) => problems.push(line, Some("lot"), why),
                Ok(()) => {
                    if let (Some(gtin), Some(e)) = (&gtin, expiry) {
                        expiries.note(gtin, l, e, line, "expiry", problems);
                    }
                }
            }
        }
        let Some(gtin) = gtin else {
            continue;
        };
        items.push((
            line,
            ExpectedItem {
                line: 0,
                gtin,
                serial,
                lot,
                expiry,
                quantity,
                po: get("po"),
                unit_price_cents: unit_price,
                received: 0,
            },
        ));
    }
    let reference = items.iter().find_map(|(_, i)| i.po.clone());
    Ok(Parsed { items, reference })
}

/// The GTIN of a row, as GTIN-14, or `None` with the problem.
fn read_gtin(cell: Option<String>, line: usize, problems: &mut Problems) -> Option<String> {
    match cell {
        None => {
            problems.push(line, Some("gtin"), "the GTIN is missing");
            None
        }
        Some(g) => match custody_gs1::Gtin::parse(&g) {
            Ok(g) => Some(g.to_string()),
            Err(e) => {
                problems.push(line, Some("gtin"), format!("'{g}': {e}"));
                None
            }
        },
    }
}

/// The expiry of a row (none when the cell is empty), or `None` with the problem.
fn read_expiry(cell: Option<String>, line: usize, problems: &mut Problems) -> Option<NaiveDate> {
    let e = cell?;
    let date = epcis::parse_date(&e);
    if date.is_none() {
        problems.push(
            line,
            Some("expiry"),
            format!("'{e}' is not a date YYYY-MM-DD"),
        );
    }
    date
}

/// The quantity of a row: 1 when the cell is empty, and 1 (with the problem) when it is not a
/// whole number from 1 to a billion, so the row's other cells are still checked.
fn read_quantity(cell: Option<String>, line: usize, problems: &mut Problems) -> i64 {
    let Some(q) = cell else {
        return 1;
    };
    match q.parse::<i64>() {
        Ok(n) if (1..=1_000_000_000).contains(&n) => n,
        _ => {
            problems.push(
                line,
                Some("quantity"),
                format!("'{q}' is not a whole number from 1 to 1,000,000,000"),
            );
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems_of(p: Problems) -> Vec<(usize, Option<String>, String)> {
        p.into_vec()
            .into_iter()
            .map(|p| (p.line, p.field, p.message))
            .collect()
    }

    #[test]
    fn a_cell_that_cannot_be_read_is_reported_on_its_line_and_the_row_goes_on() {
        let mut problems = Problems::new();
        assert_eq!(
            read_gtin(Some("9506000134352".into()), 2, &mut problems),
            Some("09506000134352".into()),
            "a GTIN-13 is kept as GTIN-14"
        );
        assert_eq!(read_gtin(None, 3, &mut problems), None, "a missing GTIN");
        assert_eq!(
            read_expiry(Some("2026-02-30".into()), 4, &mut problems),
            None,
            "a date that does not exist is no expiry"
        );
        assert_eq!(
            read_expiry(None, 5, &mut problems),
            None,
            "an empty expiry is allowed"
        );
        assert_eq!(
            read_quantity(Some("0".into()), 6, &mut problems),
            1,
            "an unreadable quantity counts as one pack so the row's other checks go on"
        );
        assert_eq!(
            read_quantity(None, 7, &mut problems),
            1,
            "no quantity is one pack"
        );
        assert_eq!(
            problems_of(problems),
            vec![
                (3, Some("gtin".into()), "the GTIN is missing".into()),
                (
                    4,
                    Some("expiry".into()),
                    "'2026-02-30' is not a date YYYY-MM-DD".into()
                ),
                (
                    6,
                    Some("quantity".into()),
                    "'0' is not a whole number from 1 to 1,000,000,000".into()
                ),
            ],
            "each unreadable cell is one problem on its line, naming its column"
        );
    }
}
