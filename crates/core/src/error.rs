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
