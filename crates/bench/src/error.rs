//! Why a benchmark run stopped. Core's and the api's refusals are carried as they are, so the
//! command line reports them with their own codes; the rest are the benchmark's own.

use std::path::PathBuf;

use custody_api::ApiError;
use custody_core::CoreError;
use custody_report::RenderError;

/// Why `custody bench` could not measure.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    /// Core refused or failed (its code kept: `store.benchmark_scan_refused` when a timed scan
    /// was not recorded, so the figure would measure nothing).
    #[error(transparent)]
    Core(#[from] CoreError),
    /// The application layer refused a timed operation.
    #[error(transparent)]
    Api(#[from] ApiError),
    /// A timed report could not be laid out as PDF.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// The folder of the scratch databases could not be made.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// A scratch database of the bulk append, which the run deletes and makes again, would be
    /// the database under test or one of its companion files.
    #[error("--dir holds the benchmark's scratch databases, which are replaced: {} is the open database; choose another --dir", .0.display())]
    ScratchIsDatabase(PathBuf),
    /// The database lacks what the benchmarks act on; found before anything is written to it.
    #[error("this database cannot be benchmarked: {0}; benchmark one made by `custody demo` (--scale hospital for the published figures)")]
    Unfit(String),
    /// A receipt through the api's `scan` operation was answered but not recorded.
    #[error("a benchmark receipt was not recorded: {0}")]
    ReceiptNotRecorded(serde_json::Value),
}

/// SQL on the benchmark's own connection fails as core's store errors do (`store.*` codes).
impl From<rusqlite::Error> for BenchError {
    fn from(e: rusqlite::Error) -> BenchError {
        BenchError::Core(CoreError::from(e))
    }
}

/// Opening the benchmark's own connection fails as opening the store does.
impl From<custody_core::StoreError> for BenchError {
    fn from(e: custody_core::StoreError) -> BenchError {
        BenchError::Core(CoreError::from(e))
    }
}

/// What every benchmark returns.
pub type BenchResult<T> = Result<T, BenchError>;
