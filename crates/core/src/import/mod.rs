//! What every import shares before it reads a single record: reading the file within a size
//! limit (a pipe or `/dev/zero` is stopped at the limit, not read to exhaustion), turning bytes
//! into text with the line of any NUL byte or invalid UTF-8, and the list of problems, capped so
//! a file with a million bad lines gives a readable answer. `csv.rs` is the one CSV reader of the
//! imports (known columns, required ones named, problems by line and column); `json.rs` the
//! line-keeping JSON reader the EPCIS import uses (iterative, nesting capped, a key given twice
//! refused). How a problem is worded and bounded is `error`'s.

pub(crate) mod csv;
mod format;
pub(crate) mod json;

pub use format::FileFormat;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{bounded, CoreError, FileProblem, MAX_LISTED_PROBLEMS};

/// The largest file any import reads: 200 MB, far above any despatch advice or recall.
pub const MAX_IMPORT_BYTES: u64 = 200 * 1024 * 1024;

/// Why a file could not be read for an import. Its sentence is the catalogue's, as for every
/// refusal (`import.file_too_large`, `import.file_is_folder`, `import.file_unreadable`).
#[derive(Debug, thiserror::Error)]
pub enum ReadFileError {
    /// Larger than the limit (known from its size, or found while reading).
    #[error("{}", self.refusal())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit, in MB.
        limit_mb: u64,
    },
    /// A folder, not a file.
    #[error("{}", self.refusal())]
    Folder {
        /// The path.
        path: PathBuf,
    },
    /// The system refused.
    #[error("{}", self.refusal())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

impl ReadFileError {
    /// The refusal it is: its code, the file field at fault, the path and what else it knows.
    pub fn refusal(&self) -> CoreError {
        let (code, path) = match self {
            ReadFileError::TooLarge { path, .. } => ("import.file_too_large", path),
            ReadFileError::Folder { path } => ("import.file_is_folder", path),
            ReadFileError::Io { path, .. } => ("import.file_unreadable", path),
        };
        let refusal = CoreError::refused(code)
            .field("file")
            .arg("path", path.display().to_string());
        match self {
            ReadFileError::TooLarge { limit_mb, .. } => refusal.arg("limit_mb", *limit_mb),
            ReadFileError::Io { source, .. } => refusal.arg("detail", source.to_string()),
            ReadFileError::Folder { .. } => refusal,
        }
    }
}

impl From<ReadFileError> for CoreError {
    fn from(e: ReadFileError) -> Self {
        e.refusal()
    }
}

/// Reads a whole file for an import, refusing one larger than `limit` bytes: from its size
/// before reading when the system knows it, and while reading (through a reader that stops one
/// byte past the limit) when it does not, as for a pipe, a device or a file still growing.
/// The command line and the desktop app call this for every file they import.
pub fn read_file_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadFileError> {
    let io = |source| ReadFileError::Io {
        path: path.to_path_buf(),
        source,
    };
    let too_large = || ReadFileError::TooLarge {
        path: path.to_path_buf(),
        limit_mb: limit.div_ceil(1024 * 1024),
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(ReadFileError::Folder {
            path: path.to_path_buf(),
        });
    }
    if meta.is_file() && meta.len() > limit {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Refuses bytes already in memory that are larger than [`MAX_IMPORT_BYTES`].
pub(crate) fn check_size(bytes: &[u8]) -> Result<(), CoreError> {
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(CoreError::Import(vec![FileProblem {
            line: 1,
            field: None,
            message: format!(
                "the file is larger than {} MB",
                MAX_IMPORT_BYTES / 1024 / 1024
            ),
        }]));
    }
    Ok(())
}

/// The 1-based line of byte `at` in `bytes`.
pub(crate) fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The file as text, or a problem for every line with a NUL byte or bytes that are not UTF-8
/// (a spreadsheet's "CSV" saved in another encoding, a binary file). A leading byte-order mark
/// is kept: the readers skip it.
pub(crate) fn text(bytes: &[u8]) -> Result<&str, Vec<FileProblem>> {
    let mut problems = Problems::new();
    let mut line = 1;
    let mut last_reported = 0;
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        for (i, b) in chunk.valid().bytes().enumerate() {
            if b == b'\n' {
                line += 1;
            } else if b == 0 && last_reported != line {
                last_reported = line;
                problems.push(
                    line,
                    None,
                    format!(
                        "a NUL byte (character {} of the line): this is not a text file",
                        column(bytes, offset + i)
                    ),
                );
            }
        }
        offset += chunk.valid().len();
        if !chunk.invalid().is_empty() && last_reported != line {
            last_reported = line;
            problems.push(
                line,
                None,
                format!(
                    "the byte 0x{:02X} is not UTF-8 text: save the file as UTF-8",
                    chunk.invalid()[0]
                ),
            );
        }
        offset += chunk.invalid().len();
    }
    problems.into_result()?;
    std::str::from_utf8(bytes).map_err(|e| {
        vec![FileProblem {
            line: line_of(bytes, e.valid_up_to()),
            field: None,
            message: "the file is not UTF-8 text".into(),
        }]
    })
}

/// The 1-based character column of byte `at` on its line.
fn column(bytes: &[u8], at: usize) -> usize {
    let start = bytes[..at]
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    String::from_utf8_lossy(&bytes[start..at]).chars().count() + 1
}

/// The problems found in a file, in the order found, at most [`MAX_LISTED_PROBLEMS`] listed.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    listed: Vec<FileProblem>,
    more: usize,
    first_unlisted_line: usize,
}

impl Problems {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a problem at a line, naming the field if there is one.
    pub fn push(&mut self, line: usize, field: Option<&str>, message: impl Into<String>) {
        self.add(FileProblem {
            line,
            field: field.map(String::from),
            message: message.into(),
        });
    }

    /// Adds a problem.
    pub fn add(&mut self, p: FileProblem) {
        let p = bounded(p);
        if self.listed.len() < MAX_LISTED_PROBLEMS {
            self.listed.push(p);
        } else {
            if self.more == 0 {
                self.first_unlisted_line = p.line;
            }
            self.more += 1;
        }
    }

    /// Adds several.
    pub fn extend(&mut self, ps: impl IntoIterator<Item = FileProblem>) {
        for p in ps {
            self.add(p);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.listed.is_empty()
    }

    /// The problems sorted by line (stable, so problems of one line keep their order), with
    /// the "and N more" entry last.
    pub fn into_vec(mut self) -> Vec<FileProblem> {
        self.listed.sort_by_key(|p| p.line);
        if self.more > 0 {
            self.listed.push(FileProblem {
                line: self.first_unlisted_line,
                field: None,
                message: format!(
                    "and {} more problem{} (only the first {MAX_LISTED_PROBLEMS} are listed)",
                    self.more,
                    if self.more == 1 { "" } else { "s" }
                ),
            });
        }
        self.listed
    }

    /// `Ok` when there are none, else all of them.
    pub fn into_result(self) -> Result<(), Vec<FileProblem>> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self.into_vec())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_bytes_and_bad_utf8_are_found_on_their_lines() {
        let e = text(b"gtin,serial\n0123,A\x001\n0123,\xff\xfe\n").unwrap_err();
        assert_eq!(
            e.iter().map(|p| p.line).collect::<Vec<_>>(),
            vec![2, 3],
            "a NUL byte on line 2 and Latin-1 bytes on line 3: {e:?}"
        );
        assert!(e[0].message.contains("NUL") && e[1].message.contains("0xFF"));
        assert_eq!(text("héllo".as_bytes()).unwrap(), "héllo");
    }

    #[test]
    fn problems_past_the_limit_are_counted_not_listed() {
        let mut p = Problems::new();
        for line in 1..=250 {
            p.push(line, None, "bad");
        }
        let v = p.into_vec();
        assert_eq!(
            v.len(),
            MAX_LISTED_PROBLEMS + 1,
            "a hundred listed and one line saying how many more"
        );
        assert_eq!(
            (v[100].line, v[100].message.as_str()),
            (101, "and 150 more problems (only the first 100 are listed)")
        );
    }

    #[test]
    fn a_device_that_never_ends_is_stopped_at_the_limit() {
        let e = read_file_limited(Path::new("/dev/zero"), 1024).unwrap_err();
        assert!(
            matches!(e, ReadFileError::TooLarge { .. }),
            "/dev/zero has no size to check first; the read must stop at the limit: {e}"
        );
    }

    #[test]
    fn a_large_file_is_refused_from_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.csv");
        std::fs::write(&path, vec![b'a'; 2048]).unwrap();
        assert!(matches!(
            read_file_limited(&path, 1024),
            Err(ReadFileError::TooLarge { .. })
        ));
        assert_eq!(read_file_limited(&path, 4096).unwrap().len(), 2048);
        assert!(matches!(
            read_file_limited(dir.path(), 4096),
            Err(ReadFileError::Folder { .. })
        ));
    }
}
