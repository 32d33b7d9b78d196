//! Writing CSV a spreadsheet opens safely: every cell that a spreadsheet would run as a formula
//! is neutralised ("CSV injection", OWASP). Every CSV file Custody writes goes through here.

use std::borrow::Cow;
use std::io::Write;

/// The characters that make a spreadsheet read a cell as a formula (or, for tab and carriage
/// return, that some spreadsheets strip before doing so): OWASP's list for CSV injection.
const FORMULA_LEADS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as it can be written to a CSV file that a person may open in a spreadsheet.
///
/// A cell whose first character is `=`, `+`, `-`, `@`, a tab or a carriage return gets a single
/// quote `'` in front of it, as OWASP advises: a spreadsheet then shows the text as it is (the
/// quote is the spreadsheet's own "this is text" mark and readers see the value after it) and
/// never runs it. A value from a supplier's file, a lot code or a person's note such as
/// `=HYPERLINK(…)` or `@SUM(…)` is thus shown, not evaluated.
///
/// One exception, so that figures stay figures: a *plain negative number* — a minus sign, digits
/// with or without thousands separators, and an optional decimal part (`-3`, `-1,234`, `-0.05`)
/// — is written unchanged. A spreadsheet reads it as a number, not as a formula, and a count's
/// variance of -3 must sum like the other variances. Anything else that starts with a minus
/// (`-3+A1`, `-`, `--1`) is neutralised. A plus sign is never exempt: we never write `+3`, so a
/// cell that starts with `+` came from outside.
pub fn spreadsheet_safe(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some(c) if FORMULA_LEADS.contains(&c) && !is_plain_negative_number(cell) => {
            Cow::Owned(format!("'{cell}"))
        }
        _ => Cow::Borrowed(cell),
    }
}

/// `-` then digits, either plain (`-1234`) or in groups of three after the first, separated as a
/// report writes thousands in its language (`-1,234`, `-1.234`, `-1 234` with a no-break or
/// narrow no-break space), then optionally `.` and digits (after a separator other than `.`).
fn is_plain_negative_number(cell: &str) -> bool {
    let Some(rest) = cell.strip_prefix('-') else {
        return false;
    };
    GROUP_SEPARATORS.iter().any(|&sep| {
        let (whole, fraction) = match rest.split_once('.') {
            Some((w, f)) if sep != '.' => (w, Some(f)),
            _ => (rest, None),
        };
        fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
            && grouped(whole, sep)
    })
}

/// The separators between groups of thousands the reports write: English's, Spanish's, and the
/// no-break and narrow no-break spaces of Portuguese and French.
const GROUP_SEPARATORS: [char; 4] = [',', '.', '\u{a0}', '\u{202f}'];

/// Digits, either whole or in groups of three after a first group of one to three.
fn grouped(whole: &str, sep: char) -> bool {
    let mut groups = whole.split(sep);
    let first = groups.next().unwrap_or("");
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if !digits(first) {
        return false;
    }
    let rest: Vec<&str> = groups.collect();
    rest.is_empty() || (first.len() <= 3 && rest.iter().all(|g| g.len() == 3 && digits(g)))
}

/// Writes one record with every cell made [`spreadsheet_safe`]. The `csv` writer quotes cells
/// holding a comma, a quote or a line break, so a neutralised cell stays one cell.
pub fn write_safe_record<W: Write, I, S>(w: &mut csv::Writer<W>, cells: I) -> csv::Result<()>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    w.write_record(
        cells
            .into_iter()
            .map(|c| spreadsheet_safe(c.as_ref()).into_owned()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_formula_lead_is_neutralised_with_a_quote() {
        for (cell, want) in [
            ("=1+1", "'=1+1"),
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("+1+1", "'+1+1"),
            ("-1+1", "'-1+1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
        ] {
            assert_eq!(
                spreadsheet_safe(cell),
                want,
                "a spreadsheet would run {cell:?} as a formula; the quote makes it text and keeps it readable"
            );
        }
    }

    #[test]
    fn plain_negative_numbers_stay_numbers() {
        for cell in [
            "-3",
            "-1,234",
            "-1,234,567",
            "-0.05",
            "-1,234.50",
            "-12345",
            "-1.234.567",
            "-1\u{202f}234",
            "-1\u{a0}234\u{a0}567",
        ] {
            assert_eq!(
                spreadsheet_safe(cell),
                cell,
                "{cell:?} is a figure (a variance, an amount): a spreadsheet reads it as a number, so it must stay one"
            );
        }
    }

    #[test]
    fn a_minus_that_is_not_a_plain_number_is_neutralised() {
        for cell in [
            "-",
            "--1",
            "-1-1",
            "-1,23",
            "-1234,567",
            "-1.",
            "-.5",
            "-1e5",
            "-A1",
            "-3 ",
            "-1 234",
            "-1.234,5",
            "-1\u{202f}23",
        ] {
            assert_eq!(
                spreadsheet_safe(cell),
                format!("'{cell}"),
                "{cell:?} is not a plain number, so a spreadsheet might compute it"
            );
        }
    }

    #[test]
    fn ordinary_cells_are_left_alone() {
        for cell in ["", "S1", "1,234", "0.05", "LOT-42", "a=b", " =1", "'quoted"] {
            assert_eq!(
                spreadsheet_safe(cell),
                cell,
                "{cell:?} does not start with a formula character; changing it would corrupt the value"
            );
        }
    }
}
