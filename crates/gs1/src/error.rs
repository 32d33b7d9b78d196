//! What can go wrong when decoding a scan, in the terms of `vectors.json`.

use std::fmt;

use crate::gtin::GtinError;

/// The kind of a decoding error. The names (in `snake_case`) are those of the GS1 test vectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// A GTIN, SSCC, GLN, PPN or other key has a wrong check digit.
    CheckDigit,
    /// Digits where an AI should be that are not an AI in the dictionary.
    UnknownAi,
    /// A value is longer than its AI allows (often a missing group separator).
    ValueTooLong,
    /// A value is shorter than its AI requires.
    ValueTooShort,
    /// The data ends inside a predefined-length value.
    Truncated,
    /// An AI with no value.
    EmptyValue,
    /// A date (or time) that does not exist or breaks its AI's date rule.
    InvalidDate,
    /// A character not allowed at that place.
    InvalidCharacter,
    /// The same AI twice with different values.
    DuplicateAiConflict,
    /// An AI that needs another one that is absent (e.g. a serial without a GTIN).
    MissingAssociatedAi,
    /// Two AIs that must not appear together.
    InvalidAiPair,
    /// A valid barcode whose data is not GS1 (nor IFA) data.
    NotGs1,
    /// A barcode type that does not carry pack identification.
    UnsupportedSymbology,
    /// Digital Link path qualifiers out of the order the standard prescribes.
    DlQualifierOrder,
    /// A Digital Link query attribute that belongs in the path.
    DlAiShouldBeInPath,
    /// A Digital Link path or query element with no value.
    DlEmptyValue,
    /// A URI with no Digital Link primary key in its path.
    DlNoPrimaryKey,
    /// A Digital Link query attribute that the standard does not allow in a query.
    DlInvalidAttribute,
    /// A value that breaks another rule of its AI (country code, piece of total, …).
    InvalidValue,
}

impl ErrorKind {
    /// The kind's name as used in `vectors.json` and in Custody's JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::CheckDigit => "check_digit",
            ErrorKind::UnknownAi => "unknown_ai",
            ErrorKind::ValueTooLong => "value_too_long",
            ErrorKind::ValueTooShort => "value_too_short",
            ErrorKind::Truncated => "truncated",
            ErrorKind::EmptyValue => "empty_value",
            ErrorKind::InvalidDate => "invalid_date",
            ErrorKind::InvalidCharacter => "invalid_character",
            ErrorKind::DuplicateAiConflict => "duplicate_ai_conflict",
            ErrorKind::MissingAssociatedAi => "missing_associated_ai",
            ErrorKind::InvalidAiPair => "invalid_ai_pair",
            ErrorKind::NotGs1 => "not_gs1",
            ErrorKind::UnsupportedSymbology => "unsupported_symbology",
            ErrorKind::DlQualifierOrder => "dl_qualifier_order",
            ErrorKind::DlAiShouldBeInPath => "dl_ai_should_be_in_path",
            ErrorKind::DlEmptyValue => "dl_empty_value",
            ErrorKind::DlNoPrimaryKey => "dl_no_primary_key",
            ErrorKind::DlInvalidAttribute => "dl_invalid_attribute",
            ErrorKind::InvalidValue => "invalid_value",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a scan could not be decoded: the kind, the AI concerned (or IFA data identifier), the
/// byte offset in the raw input where the problem starts, and a sentence for the person scanning.
///
/// The sentence is English; `key` and `args` say the same as a code of Custody's catalogue of
/// sentences (`crates/messages/locales/en.ftl`) and its arguments, for an application that says
/// it in another language. Rendered in English, `key` with `args` reads exactly as `message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// What went wrong.
    pub kind: ErrorKind,
    /// The AI (or IFA data identifier such as `9N`) concerned, if any.
    pub ai: Option<String>,
    /// Byte offset in the raw input where the problem was found.
    pub position: usize,
    /// A plain-language explanation.
    pub message: String,
    /// The code of `message`'s sentence (`scan.decode.lint.check_digit`, …).
    pub key: &'static str,
    /// The facts the sentence says, by name: AIs, their titles, values and characters as text
    /// (never translated), lengths and counts as numbers (a language may decline them).
    pub args: Vec<(&'static str, Arg)>,
}

/// One fact of a [`DecodeError`]'s sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text said as it is: an AI, its title, a value, a character.
    Text(String),
    /// A length or a count.
    Number(u64),
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Text(t) => f.write_str(t),
            Arg::Number(n) => write!(f, "{n}"),
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(n as u64)
    }
}

impl DecodeError {
    /// The error `key` says, `message` in English; its arguments follow with [`Self::arg`].
    pub(crate) fn new(
        kind: ErrorKind,
        ai: Option<&str>,
        position: usize,
        key: &'static str,
        message: String,
    ) -> Self {
        DecodeError {
            kind,
            ai: ai.map(str::to_string),
            position,
            message,
            key,
            args: Vec::new(),
        }
    }

    /// The error with one more fact its sentence says.
    pub(crate) fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The error with the fact a [`GtinError`] says: the `length` of a GTIN of a wrong length,
    /// the `position` (from 1) of a character that is not a digit, the check digit `expected`.
    pub(crate) fn gtin(self, e: &GtinError) -> Self {
        match e {
            GtinError::Length(n) => self.arg("length", *n),
            GtinError::NonDigit(i) => self.arg("position", i + 1),
            GtinError::CheckDigit { expected } => self.arg("expected", expected.to_string()),
        }
    }

    /// The error with the facts of a described character (see [`Byte`]).
    pub(crate) fn byte(self, b: Byte) -> Self {
        self.arg("what", b.what).arg("char", b.shown)
    }
}

/// A byte of input as a sentence names it: `what` it is (`space`, `gs`, `control`, `char`,
/// `end`, `byte`) and what is `shown` of it (the character, `U+0001`, `0x80`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Byte {
    pub(crate) what: &'static str,
    pub(crate) shown: String,
}

impl fmt::Display for Byte {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.what {
            "space" => f.write_str("a space"),
            "gs" => f.write_str("a group separator (GS)"),
            "control" => write!(f, "the control character {}", self.shown),
            "end" => f.write_str("the end of the data"),
            "byte" => write!(f, "the byte {}", self.shown),
            _ => write!(f, "'{}'", self.shown),
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at position {})", self.message, self.position)
    }
}

impl std::error::Error for DecodeError {}
