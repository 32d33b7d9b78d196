//! Refusals as the front ends receive them: a stable code, its arguments, and the sentence for
//! a person. Front ends and tests match on `code` (and read `args`), never on `message`; the
//! sentence comes from the one catalogue of messages, which translations extend.

use custody_core::CoreError;
use custody_messages::Lang;
use serde::Serialize;
use serde_json::{Map, Value};
use ts_rs::TS;

/// Why an operation did not happen. Nothing was written when one is returned.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ApiError {
    /// Stable, dotted code, e.g. `count.open_at_location`, `session.signed_out`.
    pub code: String,
    /// The values the sentence names, e.g. `{"count": 1, "location": "CLINIC-1"}`. `field`
    /// names the form field at fault, when one is; `problems` lists a refused file's problems.
    #[ts(type = "{ [key in string]?: JsonValue }")]
    pub args: Map<String, Value>,
    /// The sentence for a person, in English.
    pub message: String,
}

/// What every operation returns.
pub type Result<T> = std::result::Result<T, ApiError>;

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ApiError {}

impl ApiError {
    /// A refusal of this layer's own, its sentence from the catalogue.
    pub fn new(code: &str, args: Map<String, Value>) -> ApiError {
        let message = english(code, &args);
        ApiError {
            code: code.to_string(),
            args,
            message,
        }
    }

    /// A refusal naming the form field at fault.
    pub fn field(code: &str, field: &str, mut args: Map<String, Value>) -> ApiError {
        args.insert("field".into(), Value::from(field));
        ApiError::new(code, args)
    }

    /// The same refusal with its sentence in `lang`. A refusal whose code the catalogue lacks
    /// (a shell's own, with its sentence made where it happened) keeps its sentence; a refused
    /// file keeps its problems, line by line, after the sentence.
    pub fn in_lang(mut self, lang: Lang) -> ApiError {
        if lang == Lang::En || !custody_messages::has(&self.code) {
            return self;
        }
        // A refused file's problems are listed in `args` for the screen; its sentence counts them.
        let mut said = self.args.clone();
        if let Some(Value::Array(problems)) = said.get("problems") {
            let n = problems.len().min(custody_core::error::MAX_LISTED_PROBLEMS);
            said.insert("problems".into(), Value::from(n));
        }
        let head = custody_messages::render(lang, &self.code, &said);
        self.message = match self.message.split_once('\n') {
            Some((_, problems)) if self.args.contains_key("problems") => {
                format!("{head}\n{problems}")
            }
            _ => head,
        };
        self
    }

    /// The field at fault, if the refusal names one.
    pub fn field_name(&self) -> Option<&str> {
        self.args.get("field").and_then(Value::as_str)
    }
}

/// Arguments from `(name, value)` pairs.
pub fn args<const N: usize>(pairs: [(&str, Value); N]) -> Map<String, Value> {
    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

impl From<CoreError> for ApiError {
    /// Core's refusal with its code and arguments; a refused import's problems, line by line,
    /// in `args.problems`.
    fn from(e: CoreError) -> Self {
        let mut args = e.args();
        if let CoreError::Import(problems) = &e {
            args.insert(
                "problems".into(),
                serde_json::to_value(problems).unwrap_or_default(),
            );
        }
        ApiError {
            code: e.code().to_string(),
            args,
            message: e.to_string(),
        }
    }
}

/// The English sentence of one of this layer's codes, from the one catalogue.
fn english(code: &str, args: &Map<String, Value>) -> String {
    custody_messages::english(code, args)
}
