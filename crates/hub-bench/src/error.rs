//! What can stop a benchmark, each saying what it was doing.

use custody_hub::HubError;

/// A benchmark that could not run to its end.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    /// A statement or connection failed.
    #[error("PostgreSQL failed while {doing}: {source}")]
    Database {
        /// What the benchmark was doing.
        doing: &'static str,
        /// The driver's error.
        #[source]
        source: tokio_postgres::Error,
    },
    /// The hub's own code failed.
    #[error(transparent)]
    Hub(#[from] HubError),
    /// The hub did not answer over HTTP, or answered with a refusal.
    #[error("the hub refused or failed while {doing}: {why}")]
    Http {
        /// What the benchmark was doing.
        doing: &'static str,
        /// The status and body, or the network error.
        why: String,
    },
    /// The options cannot make a meaningful run.
    #[error("the benchmark's options are not usable: {0}")]
    Options(String),
    /// A figure came out wrong: the run measured something other than it meant to.
    #[error("the benchmark checked its own result and found it wrong: {0}")]
    Check(String),
}

impl BenchError {
    /// Maps a driver error, naming what was being done.
    pub fn db(doing: &'static str) -> impl FnOnce(tokio_postgres::Error) -> BenchError {
        move |source| BenchError::Database { doing, source }
    }
}
