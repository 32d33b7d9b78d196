//! Reading recall files: a scope CSV (`gtin,lot,serial,expiry`) or an EPCIS document whose
//! events have the disposition `recalled`, into recall notices.
//!
//! A recall that covers less than the file says is the worst failure a pharmacy can have, so
//! nothing here is skipped, merged or guessed: an EPC or class that cannot be read, a pack listed
//! twice in one list or line, a pack given two lots, a lot given two expiries are each a
//! problem, with the file's line, and every problem is reported. A document that holds several
//! notices (several recall numbers or classes) yields one notice each; the import writes them
//! all or none.
//!
//! `csv` reads a scope CSV; `epcis` reads an EPCIS document through `events` (each event's
//! packs, lots, ILMD and notice), `notice` (a notice's header and the lines of its fields) and
//! `group` (one notice per recall, and each notice's scope). The checks of scope lines shared
//! with typed-in recalls are the recall's `scope`.

mod csv;
mod epcis;
mod events;
mod group;
mod notice;

use chrono::NaiveDate;

use crate::error::CoreResult;
use crate::recall::{RecallHeader, ScopeLine};

pub use csv::parse_scope_csv;
pub(crate) use csv::scope_csv;
pub(crate) use epcis::epcis_notices;

/// One recall notice read from a file: what it says about itself and what it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecallNotice {
    /// Number, class, reason, … as far as the file gives them.
    pub header: RecallHeader,
    /// What it covers, in file order, each line once.
    pub scope: Vec<ScopeLine>,
    /// The line of the file each scope line comes from (same order as `scope`).
    pub scope_lines: Vec<usize>,
    /// Expiries the file gives for lots: (GTIN, lot, expiry, line). Checked against what the
    /// store knows before anything is written.
    pub expiries: Vec<(String, String, NaiveDate, usize)>,
    /// The line of the notice itself (its `recallNotice`, else its first recalled event; the
    /// header for a CSV).
    pub line: usize,
}

/// A date as a recall file writes it: `YYYY-MM-DD`, or the date part of a date and time
/// (`2026-11-24T11:02:00-05:00`, the date as the sender wrote it).
pub(crate) fn file_date(v: &str) -> Option<NaiveDate> {
    let v = v.trim();
    let (date, rest) = v.split_at_checked(10)?;
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
        return None;
    }
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

/// Reads a recall file (scope CSV, EPCIS JSON-LD or XML) into its notices.
pub fn read_recall_file(bytes: &[u8]) -> CoreResult<Vec<RecallNotice>> {
    use crate::import::FileFormat;
    let format = FileFormat::sniff(bytes);
    if format == FileFormat::Csv {
        return scope_csv(bytes)
            .map(|n| vec![n])
            .map_err(crate::error::import_error);
    }
    let text = crate::import::text(bytes).map_err(crate::error::import_error)?;
    let xml = format == FileFormat::EpcisXml;
    let events = if xml {
        crate::epcis::read_xml(text)
    } else {
        crate::epcis::read_json(text)
    }
    .map_err(crate::error::import_error)?;
    epcis_notices(text, xml, &events).map_err(crate::error::import_error)
}
