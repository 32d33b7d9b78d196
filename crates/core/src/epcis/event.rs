//! The document model: an EPCIS event reduced to what a hospital needs from it, the lines of the
//! file its values are on, and the vocabulary both readers share (bare CBV terms, document
//! numbers, dates).

use chrono::NaiveDate;
use serde_json::Value;

use crate::error::FileProblem;

/// An EPCIS event reduced to what a hospital needs from it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EpcisEvent {
    /// `ObjectEvent`, `AggregationEvent`, …
    pub event_type: String,
    /// `ADD`, `OBSERVE`, `DELETE`.
    pub action: Option<String>,
    /// Business step as a bare CBV term (`shipping`), whatever form the file used.
    pub biz_step: Option<String>,
    /// Disposition as a bare CBV term.
    pub disposition: Option<String>,
    /// Instance identifiers (`epcList`, `childEPCs` of an aggregation, `outputEPCList` of a
    /// transformation), each one a pack or case [`read_epc`](super::read_epc) reads.
    pub epcs: Vec<String>,
    /// The aggregation's parent (an SSCC, or a pack).
    pub parent: Option<String>,
    /// Class-level quantities: (class, quantity), each class a lot [`read_epc`](super::read_epc) reads.
    pub quantities: Vec<(String, i64)>,
    /// ILMD lot number (a valid GS1 lot).
    pub lot: Option<String>,
    /// ILMD expiry (`YYYY-MM-DD`, a real date).
    pub expiry: Option<String>,
    /// Business transactions: (type as a bare term, identifier).
    pub transactions: Vec<(String, String)>,
    /// Extension fields (JSON-LD) by their prefixed key, e.g. `hosp:recallNotice`.
    pub extensions: Vec<(String, Value)>,
    /// Where each of these is in the file.
    pub lines: EventLines,
}

/// The lines of the file an event's values are on, for problems found after reading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventLines {
    /// The event itself (its `{` or its start tag).
    pub event: usize,
    /// Each entry of [`EpcisEvent::epcs`], in the same order.
    pub epcs: Vec<usize>,
    /// The parent.
    pub parent: Option<usize>,
    /// Each entry of [`EpcisEvent::quantities`] (the line of its `epcClass`).
    pub quantities: Vec<usize>,
    /// Each entry of [`EpcisEvent::quantities`]: the line of its `quantity` value.
    pub quantity_values: Vec<usize>,
    /// The ILMD lot number.
    pub lot: Option<usize>,
    /// The ILMD expiry.
    pub expiry: Option<usize>,
    /// The `disposition` value.
    pub disposition: Option<usize>,
}

/// Turns any of the three vocabulary forms into the bare term: `shipping`,
/// `urn:epcglobal:cbv:bizstep:shipping`, `https://ref.gs1.org/cbv/BizStep-shipping`.
pub fn bare_term(v: &str) -> String {
    if let Some(rest) = v.strip_prefix("urn:epcglobal:cbv:") {
        return rest.rsplit(':').next().unwrap_or(rest).to_string();
    }
    if v.starts_with("http://") || v.starts_with("https://") {
        let last = v.rsplit('/').next().unwrap_or(v);
        return last.split_once('-').map_or(last, |(_, t)| t).to_string();
    }
    v.to_string()
}

/// A parse failure, with where (the first problem of [`read_json`](super::read_json) or
/// [`read_xml`](super::read_xml)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EpcisError {
    /// Where, as words: `line 12`.
    pub at: String,
    /// The line.
    pub line: usize,
    /// What.
    pub message: String,
}

impl From<Vec<FileProblem>> for EpcisError {
    fn from(problems: Vec<FileProblem>) -> Self {
        let first = problems.into_iter().next().unwrap_or(FileProblem {
            line: 1,
            field: None,
            message: "the document could not be read".into(),
        });
        EpcisError {
            at: format!("line {}", first.line),
            line: first.line,
            message: match first.field {
                Some(f) => format!("{f}: {}", first.message),
                None => first.message,
            },
        }
    }
}

/// A date written `YYYY-MM-DD` that exists.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    if s.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The document number of a business transaction: the part after the issuer's GLN in
/// `urn:epcglobal:cbv:bt:{GLN}:{number}`, else the identifier as given.
pub fn document_number(id: &str) -> String {
    match id.strip_prefix("urn:epcglobal:cbv:bt:") {
        Some(rest) => rest.split_once(':').map_or(rest, |(_, n)| n).to_string(),
        None => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_in_any_form() {
        assert_eq!(bare_term("urn:epcglobal:cbv:bizstep:shipping"), "shipping");
        assert_eq!(
            bare_term("https://ref.gs1.org/cbv/BizStep-shipping"),
            "shipping"
        );
        assert_eq!(bare_term("shipping"), "shipping");
        assert_eq!(
            document_number("urn:epcglobal:cbv:bt:0614141000005:ASN-88123"),
            "ASN-88123"
        );
    }
}
