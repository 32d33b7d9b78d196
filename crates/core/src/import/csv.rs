//! Reading the CSV files people import: a header row naming known columns (any order, any case,
//! with or without a byte-order mark), then records. Problems are collected with their line and
//! column, so an import can report all of them and write nothing. The file must be UTF-8 text
//! without NUL bytes (each offending line is named), every required column must be there, no
//! column may be named twice, and a header with no rows under it is refused: an import that
//! "succeeds" with nothing in it hides a wrong file.

use crate::error::FileProblem;
use crate::import::Problems;

/// A problem at a line (1 is the header) and, if known, a column.
pub(crate) fn problem(line: usize, field: Option<&str>, message: impl Into<String>) -> FileProblem {
    FileProblem {
        line,
        field: field.map(String::from),
        message: message.into(),
    }
}

/// A CSV file's records, with the header they are read by.
pub(crate) struct CsvFile {
    headers: Vec<String>,
    /// (line, record), in file order.
    pub records: Vec<(usize, csv::StringRecord)>,
}

impl CsvFile {
    /// Reads `bytes`, accepting only `columns` and requiring `required`. Unreadable records are
    /// reported and skipped; the caller adds its own problems and decides. `listing` names what
    /// the rows are ("packs") for the problem of a file with a header and no rows: "the file
    /// lists no packs".
    pub fn read_listing(
        bytes: &[u8],
        columns: &[&str],
        required: &[&str],
        listing: &str,
    ) -> Result<(CsvFile, Vec<FileProblem>), Vec<FileProblem>> {
        let text = crate::import::text(bytes)?;
        if text.trim_start_matches('\u{feff}').trim().is_empty() {
            return Err(vec![problem(
                1,
                None,
                format!(
                    "the file is empty: it needs a header ({}) and the {listing}",
                    columns.join(",")
                ),
            )]);
        }
        let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let headers: Vec<String> = match reader.headers() {
            Ok(h) => h
                .iter()
                .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
                .collect(),
            Err(e) => {
                return Err(vec![problem(
                    1,
                    None,
                    format!("cannot read the header: {}", describe(&e)),
                )])
            }
        };
        let mut problems = Problems::new();
        let mut named = std::collections::HashSet::new();
        for (i, h) in headers.iter().enumerate() {
            if h.is_empty() {
                problems.push(
                    1,
                    None,
                    format!(
                        "column {} has no name; the columns are {}",
                        i + 1,
                        columns.join(",")
                    ),
                );
            } else if !columns.contains(&h.as_str()) {
                problems.push(
                    1,
                    Some(h),
                    format!("unknown column; the columns are {}", columns.join(",")),
                );
            } else if !named.insert(h.as_str()) {
                problems.push(1, Some(h), "the column is named twice");
            }
        }
        for r in required {
            if !headers.iter().any(|h| h == r) {
                problems.push(1, Some(r), format!("the required column '{r}' is missing"));
            }
        }
        if !problems.is_empty() {
            return Err(problems.into_vec());
        }
        // The line of a record is counted from its byte offset, not taken from the csv
        // crate's own line count: after a CRLF the reader ends the record at the CR and starts
        // the next one at the LF, so both its line and its offset are one line early, and a
        // file saved on Windows would name the line before the one a person opens.
        let mut lines = Lines::new(text.as_bytes());
        let mut records = Vec::new();
        for record in reader.records() {
            match record {
                Ok(r) => records.push((lines.at(r.position()), r)),
                Err(e) => problems.push(lines.at(e.position()), None, describe(&e)),
            }
        }
        if records.is_empty() && problems.is_empty() {
            problems.push(
                1,
                None,
                format!("the file lists no {listing}: it has a header and no rows"),
            );
            return Err(problems.into_vec());
        }
        Ok((CsvFile { headers, records }, problems.into_vec()))
    }

    /// The trimmed value of `column` in `record`, if the column exists and the cell is not empty.
    pub fn get<'r>(&self, record: &'r csv::StringRecord, column: &str) -> Option<&'r str> {
        self.headers
            .iter()
            .position(|h| h == column)
            .and_then(|i| record.get(i))
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
}

/// Lines of the file as an editor numbers them (LF, CRLF or a lone CR ends a line), counted
/// forward as the records are read, so a file of a million rows is scanned once.
struct Lines<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Lines {
            bytes,
            offset: 0,
            line: 1,
        }
    }

    /// The line a record starts on, from the position the csv reader gives it. Line endings
    /// at that position belong to the line before.
    fn at(&mut self, position: Option<&csv::Position>) -> usize {
        let Some(p) = position else { return 0 };
        let mut at = (p.byte() as usize).min(self.bytes.len());
        while matches!(self.bytes.get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        if at < self.offset {
            // Never expected (records come in order), but counting again is always right.
            *self = Lines::new(self.bytes);
        }
        for i in self.offset..at {
            match self.bytes[i] {
                b'\n' => self.line += 1,
                b'\r' if self.bytes.get(i + 1) != Some(&b'\n') => self.line += 1,
                _ => {}
            }
        }
        self.offset = at;
        self.line
    }
}

/// A CSV error in words, without the position the problem's line already gives.
fn describe(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("this row has {len} cells; the header has {expected_len}"),
        csv::ErrorKind::Utf8 { .. } => "the row is not UTF-8 text".into(),
        csv::ErrorKind::Io(e) => format!("cannot read the file: {e}"),
        _ => "the row cannot be read as CSV".into(),
    }
}
