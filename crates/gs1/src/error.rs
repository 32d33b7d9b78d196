//! What can go wrong when decoding a scan, in the terms of `vectors.json`.

use std::fmt;

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
}

impl DecodeError {
    pub(crate) fn new(kind: ErrorKind, ai: Option<&str>, position: usize, message: String) -> Self {
        DecodeError {
            kind,
            ai: ai.map(str::to_string),
            position,
            message,
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at position {})", self.message, self.position)
    }
}

impl std::error::Error for DecodeError {}
