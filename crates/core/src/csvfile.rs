//! Reading the CSV files people import: a header row naming known columns (any order, any case,
//! with or without a byte-order mark), then records. Problems are collected with their line and
//! column, so an import can report all of them and write nothing.

use crate::error::FileProblem;

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
    /// reported and skipped; the caller adds its own problems and decides.
    pub fn read(
        bytes: &[u8],
        columns: &[&str],
        required: &[&str],
    ) -> Result<(CsvFile, Vec<FileProblem>), Vec<FileProblem>> {
        let mut reader = csv::ReaderBuilder::new().from_reader(bytes);
        let headers: Vec<String> = match reader.headers() {
            Ok(h) => h
                .iter()
                .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
                .collect(),
            Err(e) => {
                return Err(vec![problem(
                    1,
                    None,
                    format!("cannot read the header: {e}"),
                )])
            }
        };
        let mut problems: Vec<FileProblem> = headers
            .iter()
            .filter(|h| !columns.contains(&h.as_str()))
            .map(|h| {
                problem(
                    1,
                    Some(h),
                    format!("unknown column; the columns are {}", columns.join(",")),
                )
            })
            .collect();
        for r in required {
            if !headers.iter().any(|h| h == r) {
                problems.push(problem(1, Some(r), "required column is missing"));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut records = Vec::new();
        for record in reader.records() {
            match record {
                Ok(r) => records.push((r.position().map_or(0, |p| p.line() as usize), r)),
                Err(e) => problems.push(problem(
                    e.position().map_or(0, |p| p.line() as usize),
                    None,
                    e.to_string(),
                )),
            }
        }
        Ok((CsvFile { headers, records }, problems))
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
