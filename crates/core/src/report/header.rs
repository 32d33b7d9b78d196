//! What every report shares: the header (site, when and by whom it was made, the ledger's
//! position), the location a report is narrowed to, and how times and statuses are printed.

use super::*;
use crate::model::*;
use crate::Store;

/// The header fields every report shares.
pub(super) struct Header {
    pub site: String,
    pub generated_at: String,
    pub generated_by: String,
    pub ledger: String,
    /// The report's language and its words.
    pub words: Words,
}

impl Header {
    pub(super) fn document(
        self,
        kind: ReportKind,
        title: String,
        covers: String,
        blocks: Vec<Block>,
    ) -> Document {
        Document {
            kind,
            title,
            banner: None,
            site: self.site,
            generated_at: self.generated_at,
            generated_by: self.generated_by,
            covers: format!("{covers}; {}", self.ledger),
            blocks,
            lang: self.words.0,
        }
    }
}

/// A timestamp as a report prints it: `2026-11-22 09:30 (UTC+01:00)`.
pub(crate) fn when(t: &Timestamp) -> String {
    t.0.format("%Y-%m-%d %H:%M (UTC%:z)").to_string()
}

/// A stored RFC 3339 local time (`2026-11-22T09:30:00+01:00`) as a report prints it.
pub(crate) fn when_text(s: &str) -> String {
    Timestamp::parse(s).map_or_else(|| s.to_string(), |t| when(&t))
}

/// A stored RFC 3339 time as a table cell prints it, in its local time without the offset
/// (`2026-11-22 09:30`): the report's header says the offset.
pub(crate) fn when_short(s: &str) -> String {
    Timestamp::parse(s).map_or_else(|| s.to_string(), |t| compact(&t))
}

/// A timestamp as a table cell prints it: `2026-11-22 09:30`.
pub(crate) fn compact(t: &Timestamp) -> String {
    t.0.format("%Y-%m-%d %H:%M").to_string()
}

/// A location as a report names it: `MAIN (Main store)`.
pub(crate) fn place(l: &Location) -> String {
    format!("{} ({})", l.code, l.name)
}

impl Store {
    /// The location a report is narrowed to, by code, with its name; refused when unknown.
    pub(super) fn report_location(&self, code: Option<&str>) -> CoreResult<Option<Location>> {
        code.map(|c| self.location(c)).transpose()
    }
}
