//! Errors of the store and of the use cases. Each refusal has a stable `code` and its `args`
//! for adapters (the desktop app's `{code, message, details}`, the api layer's answers); its
//! sentence comes from the catalogue in `custody-messages`.
//!
//! Why codes and not one variant per refusal: a refusal crosses to the UI, the command line and
//! (later) the hub as data, and its sentence must be translatable, so what identifies it is a
//! string that the catalogue, the UI and the tests share. There are some 130 of them; a variant
//! each would repeat the catalogue in Rust and still need a code per variant for the wire. The
//! variants that remain are those whose content adapters read: an import's problems, and the
//! database's own failures.

/// The database could not be opened, migrated or used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite could not open the file.
    #[error("{}", custody_messages::english(self.code(), &self.args()))]
    Open {
        /// The path.
        path: String,
        /// Why.
        source: rusqlite::Error,
    },
    /// The file was written by a newer Custody.
    #[error("{}", custody_messages::english(self.code(), &self.args()))]
    TooNew {
        /// The file's schema version.
        found: u32,
        /// This build's.
        supported: u32,
    },
    /// A migration failed; nothing of it was applied.
    #[error("{}", custody_messages::english(self.code(), &self.args()))]
    Migration {
        /// Migration file.
        name: String,
        /// Why.
        source: rusqlite::Error,
    },
    /// Any other SQLite failure.
    #[error("{}", custody_messages::english(self.code(), &self.args()))]
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

/// A refusal's arguments: the values its sentence names (`{"count": 1, "location": "CLINIC-1"}`),
/// and `field` when a form field is at fault, so a screen can highlight it.
pub type Args = serde_json::Map<String, serde_json::Value>;

/// Why a use case did not happen. Nothing was written when one of these is returned.
///
/// Every variant has a stable, specific [`code`](CoreError::code) and its
/// [`args`](CoreError::args); the sentence a person reads comes from the one catalogue,
/// `custody-messages` (`crates/messages/locales/en.ftl`), never from the call site, so adapters
/// act on codes and a translation can replace every sentence.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// A use case refused: a code of the catalogue and its arguments.
    #[error("{}", custody_messages::english(code, args))]
    Refused {
        /// The catalogue's code, e.g. `count.open_at_location`.
        code: &'static str,
        /// The values its sentence names.
        args: Args,
    },
    /// An imported file has problems; nothing of it was imported. Code `import.rejected`; the
    /// problems (each on its line of the file) are its details, listed after the sentence.
    #[error("{}", import_message(.0))]
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
    /// A refusal with the catalogue's `code` and no arguments yet: add them with
    /// [`arg`](Self::arg) and, when a form field is at fault, [`field`](Self::field).
    pub fn refused(code: &'static str) -> Self {
        CoreError::Refused {
            code,
            args: Args::new(),
        }
    }

    /// Adds an argument its sentence names (to a refusal; an import's or the database's
    /// arguments come from what they hold). The catalogue documents each code's arguments, and
    /// core's tidy test checks every refusal gives exactly those.
    #[must_use]
    pub fn arg(mut self, name: &str, value: impl Into<serde_json::Value>) -> Self {
        if let CoreError::Refused { args, .. } = &mut self {
            args.insert(name.to_string(), value.into());
        }
        self
    }

    /// Names the form field at fault (`args["field"]`), for the screen to highlight.
    #[must_use]
    pub fn field(self, field: &str) -> Self {
        self.arg("field", field)
    }

    /// The stable code of the catalogue; adapters and the UI match on this, never on the
    /// sentence.
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::Refused { code, .. } => code,
            CoreError::Import(_) => "import.rejected",
            CoreError::Store(e) => e.code(),
        }
    }

    /// The refusal's arguments: the values its sentence names.
    pub fn args(&self) -> Args {
        match self {
            CoreError::Refused { args, .. } => args.clone(),
            CoreError::Import(problems) => import_args(problems),
            CoreError::Store(e) => e.args(),
        }
    }

    /// The form field at fault, when there is one.
    pub fn field_at_fault(&self) -> Option<String> {
        match self {
            CoreError::Refused { args, .. } => args.get("field")?.as_str().map(String::from),
            _ => None,
        }
    }
}

/// How many problems are listed; past this, one last entry says how many more there are.
pub const MAX_LISTED_PROBLEMS: usize = 100;

/// The longest value from a file that a problem repeats whole, in characters.
const SHOWN_CHARS: usize = 60;

/// A value from a file as a problem repeats it: whole up to [`SHOWN_CHARS`] characters, else
/// its start and "…", so a problem about a 100 KB value stays readable.
pub(crate) fn shown(v: &str) -> String {
    match v.char_indices().nth(SHOWN_CHARS) {
        None => v.to_string(),
        Some((cut, _)) => format!("{}…", &v[..cut]),
    }
}

/// A word longer than this in a problem is a value from the file, cut to [`SHOWN_CHARS`].
const LONGEST_WORD: usize = 80;

/// A problem whose message and field repeat no value of the file longer than
/// [`LONGEST_WORD`] characters: every import's problems pass through here (and
/// [`import_error`]), so a hostile file with a 100 KB cell, header or EPC gets a
/// short answer whichever check found it. Identifiers Custody reads are far shorter.
pub(crate) fn bounded(mut p: FileProblem) -> FileProblem {
    let long = |s: &str| s.split(' ').any(|w| w.chars().nth(LONGEST_WORD).is_some());
    if long(&p.message) {
        p.message = p
            .message
            .split(' ')
            .map(|w| {
                if w.chars().nth(LONGEST_WORD).is_none() {
                    return w.to_string();
                }
                // Keep the closing quote and punctuation, so the sentence still reads.
                let closing = |c: &char| matches!(c, '\'' | '"' | ':' | ',' | ';' | ')');
                let mut end: Vec<char> = w.chars().rev().take_while(closing).take(3).collect();
                end.reverse();
                format!("{}{}", shown(w), end.into_iter().collect::<String>())
            })
            .collect::<Vec<_>>()
            .join(" ");
    }
    if let Some(f) = &p.field {
        if f.chars().nth(SHOWN_CHARS).is_some() {
            p.field = Some(shown(f));
        }
    }
    p
}

/// The arguments of `import.rejected`: how many problems are listed (the "and N more" entry
/// past the listing limit is not one of them) and whether that is all of them.
fn import_args(problems: &[FileProblem]) -> Args {
    let listed = problems.len().min(MAX_LISTED_PROBLEMS);
    let mut args = Args::new();
    args.insert("problems".into(), listed.into());
    args.insert(
        "all_listed".into(),
        (if problems.len() > MAX_LISTED_PROBLEMS {
            "no"
        } else {
            "yes"
        })
        .into(),
    );
    args
}

/// The sentence of `import.rejected`, then each problem on its own line.
fn import_message(problems: &[FileProblem]) -> String {
    let mut text = custody_messages::english("import.rejected", &import_args(problems));
    for p in problems {
        text.push_str(&format!("\n  {p}"));
    }
    text
}

impl StoreError {
    /// The stable code of the catalogue.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Open { .. } => "store.open",
            StoreError::TooNew { .. } => "store.too_new",
            StoreError::Migration { .. } => "store.migration",
            StoreError::Sqlite(_) => "store.database",
        }
    }

    /// The arguments of its sentence; SQLite's own text is kept in `detail`.
    pub fn args(&self) -> Args {
        let mut args = Args::new();
        let mut put = |k: &str, v: serde_json::Value| {
            args.insert(k.to_string(), v);
        };
        match self {
            StoreError::Open { path, source } => {
                put("path", path.as_str().into());
                put("detail", source.to_string().into());
            }
            StoreError::TooNew { found, supported } => {
                put("found", (*found).into());
                put("supported", (*supported).into());
            }
            StoreError::Migration { name, source } => {
                put("name", name.as_str().into());
                put("detail", source.to_string().into());
            }
            StoreError::Sqlite(source) => put("detail", source.to_string().into()),
        }
        args
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
    CoreError::Import(problems.into_iter().map(bounded).collect())
}
