//! Errors of the store and of the use cases. Each variant has a stable `code` for adapters (the
//! CLI's exit status, the desktop app's `{code, message, details}`).

use crate::model::Role;
use crate::permissions::Operation;

/// The database could not be opened, migrated or used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite could not open the file.
    #[error("cannot open the database {path}: {source}")]
    Open {
        /// The path.
        path: String,
        /// Why.
        source: rusqlite::Error,
    },
    /// The file was written by a newer Custody.
    #[error("this database was written by a newer version of Custody (schema {found}; this version knows up to {supported}); upgrade Custody to open it")]
    TooNew {
        /// The file's schema version.
        found: u32,
        /// This build's.
        supported: u32,
    },
    /// A migration failed; nothing of it was applied.
    #[error("migration {name} failed: {source}")]
    Migration {
        /// Migration file.
        name: String,
        /// Why.
        source: rusqlite::Error,
    },
    /// Any other SQLite failure.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// One problem in an imported file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FileProblem {
    /// 1-based line number in the file (the header is line 1).
    pub line: usize,
    /// The column or field concerned.
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.field {
            Some(field) => write!(f, "line {}, {}: {}", self.line, field, self.message),
            None => write!(f, "line {}: {}", self.line, self.message),
        }
    }
}

/// Why a use case did not happen. Nothing was written when one of these is returned.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// The acting user's role may not do this.
    #[error("{user} ({role}) may not {operation}")]
    Forbidden {
        /// Who tried.
        user: String,
        /// Their role.
        role: Role,
        /// What they tried.
        operation: Operation,
    },
    /// No active user with that name.
    #[error("no active user '{0}'; create one with `custody user add`")]
    UnknownUser(String),
    /// A field's value is not acceptable.
    #[error("{field}: {message}")]
    Invalid {
        /// Which field.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// Something named does not exist.
    #[error("no {what} '{key}'")]
    NotFound {
        /// What kind of thing.
        what: &'static str,
        /// The name given.
        key: String,
    },
    /// Something with that key exists already.
    #[error("{what} '{key}' exists already")]
    Duplicate {
        /// What kind of thing.
        what: &'static str,
        /// The key.
        key: String,
    },
    /// Signing in or signing failed (wrong password, locked, disabled, no password yet).
    #[error("{message}")]
    Auth {
        /// `sign_in_failed`, `locked`, `disabled`, `no_password`, `signature_refused`.
        code: &'static str,
        /// What to tell the user.
        message: String,
    },
    /// The computer's clock is behind the newest event of the site's ledger by more than the
    /// tolerance: recorded times never go backwards, so nothing was recorded.
    #[error("this computer's clock says {now}, but the ledger of site {site} already has an event recorded at {last}: the clock has been turned back, so nothing was recorded. Set the computer's date and time right (ask an administrator) and try again")]
    ClockBehind {
        /// The site's code.
        site: String,
        /// The clock's time.
        now: String,
        /// When the chain's newest event was recorded.
        last: String,
    },
    /// An event said to have happened further back than the site's late-entry window.
    #[error("it cannot be recorded as having happened at {occurred}: that is more than {days} day(s) before now ({now}), the furthest back this site lets anyone enter what happened (an administrator sets it with `custody late-entry`); nothing was recorded")]
    OccurredTooEarly {
        /// The occurred time given.
        occurred: String,
        /// The clock's time.
        now: String,
        /// The site's late-entry window.
        days: i64,
    },
    /// An event said to have happened after now.
    #[error("it cannot be recorded as having happened at {occurred}: that is after now ({now}); nothing was recorded")]
    OccurredInFuture {
        /// The occurred time given.
        occurred: String,
        /// The clock's time.
        now: String,
    },
    /// An imported file has problems; nothing of it was imported.
    #[error("the file was not imported ({}):\n{}", problem_count(.0), .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Import(Vec<FileProblem>),
    /// The database refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for CoreError {
    fn from(e: rusqlite::Error) -> Self {
        CoreError::Store(StoreError::Sqlite(e))
    }
}

impl CoreError {
    /// A stable code for adapters; the UI matches on this, never on the message.
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::Forbidden { .. } => "forbidden",
            CoreError::UnknownUser(_) => "unknown_user",
            CoreError::Invalid { .. } => "invalid",
            CoreError::NotFound { .. } => "not_found",
            CoreError::Duplicate { .. } => "duplicate",
            CoreError::Import(_) => "import_rejected",
            CoreError::ClockBehind { .. } => "clock_behind",
            CoreError::OccurredTooEarly { .. } => "occurred_too_early",
            CoreError::OccurredInFuture { .. } => "occurred_in_future",
            CoreError::Auth { code, .. } => code,
            CoreError::Store(StoreError::TooNew { .. }) => "database_too_new",
            CoreError::Store(_) => "database",
        }
    }

    pub(crate) fn invalid(field: &str, message: impl Into<String>) -> Self {
        CoreError::Invalid {
            field: field.to_string(),
            message: message.into(),
        }
    }
}

/// "1 problem", "3 problems", or past the listing limit (where the last entry says how many
/// more there are) "more than 100 problems".
fn problem_count(problems: &[FileProblem]) -> String {
    match problems.len() {
        1 => "1 problem".into(),
        n if n > crate::import::MAX_LISTED_PROBLEMS => {
            format!("more than {} problems", crate::import::MAX_LISTED_PROBLEMS)
        }
        n => format!("{n} problems"),
    }
}

/// Result of a use case.
pub type CoreResult<T> = Result<T, CoreError>;

/// The most problems one refused import lists; the rest are counted.
pub const MAX_PROBLEMS: usize = 100;

/// The error of a refused import: its problems in file order, at most [`MAX_PROBLEMS`] of them
/// and a last one that says how many more there are.
pub(crate) fn import_error(mut problems: Vec<FileProblem>) -> CoreError {
    problems.sort_by_key(|p| p.line);
    if problems.len() > MAX_PROBLEMS {
        let more = problems.len() - MAX_PROBLEMS;
        let last = problems[MAX_PROBLEMS - 1].line;
        problems.truncate(MAX_PROBLEMS);
        problems.push(FileProblem {
            line: last,
            field: None,
            message: format!("and {more} more problem(s) after these"),
        });
    }
    CoreError::Import(problems.into_iter().map(crate::import::bounded).collect())
}
