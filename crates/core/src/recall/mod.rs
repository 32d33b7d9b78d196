//! Recalls: scope, reach, hold, outcomes and the signed closure.
//!
//! A recall names what it covers (scope lines of a GTIN, a GTIN and lot, or a GTIN and serial:
//! `scope`, which also checks them). Its **reach** is computed from the current state and the
//! ledger whenever it is asked for, so it is right after any event: every affected pack and lot
//! quantity with where it is or went (`reach`, over what `covered` finds; a pack named by serial
//! is covered whatever its lot). Creating or extending a recall (`create`, or `import` from a file
//! that `file` reads) **holds** every affected unit in stock (quarantined in place, one ledger
//! event per location, referencing the recall: `hold`), and from then on every scan of an
//! affected unit is blocked (`Store::recall_covering` in `hold`, asked by `movement` and
//! `shipment`). Before a recall is entered, `preview` counts what its hold would do from the
//! hold's own lines. Outcomes that move stock (returned to the supplier, destroyed, a held pack not
//! found) are ledger events; outcomes for packs that already left (patient or ward notified, not
//! traceable) are recorded with the recall; which outcome applies to stock held or gone is
//! `outcome::effect`. The recall closes when nothing is open, with a signature on the ledger
//! (`close`). `stored` reads a recall back; `list` answers the screens.

mod close;
mod covered;
mod create;
pub(crate) mod file;
mod hold;
mod import;
mod last_event;
mod list;
mod outcome;
mod pack;
mod preview;
mod reach;
mod scope;
mod stored;

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::CoreResult;
use crate::fields::clean;
use crate::model::*;

pub(crate) use create::{
    checked as checked_recall, enter_network_recall, extend_network_recall, link_network_recall,
};
pub use file::{parse_scope_csv, read_recall_file, RecallNotice};
pub(crate) use hold::recall_covering;
pub use hold::Hold;
pub use list::RecallListItem;
pub use outcome::{OutcomeRecorded, OutcomeRequest, OutcomeTarget};
pub use pack::PackRecorded;
pub use preview::{HoldPreview, PreviewLocation};
pub use reach::{AffectedExpected, AffectedLot, AffectedUnit, Reach, ReachSummary};
pub use scope::ScopeLine;

/// A recall as entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRecall {
    /// The firm's or regulator's recall number.
    pub number: String,
    /// A short title ("Metformin 500 mg tablets, lots A12345, A12346").
    pub title: String,
    /// Class.
    pub class: RecallClass,
    /// Why the product is recalled.
    pub reason: String,
    /// What to do with affected stock.
    pub instructions: Option<String>,
    /// Who issued it (manufacturer, regulator).
    pub issuer: Option<String>,
    /// The date of the notice.
    pub issued_on: NaiveDate,
    /// What it covers.
    pub scope: Vec<ScopeLine>,
}

/// A recall as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Recall {
    /// Row id.
    pub id: i64,
    /// Recall number.
    pub number: String,
    /// Title.
    pub title: String,
    /// Class.
    pub class: RecallClass,
    /// Reason.
    pub reason: String,
    /// Instructions.
    pub instructions: Option<String>,
    /// Issuer.
    pub issuer: Option<String>,
    /// Date of the notice.
    pub issued_on: String,
    /// When it was entered here (UTC).
    pub created_at: String,
    /// Who entered it.
    pub created_by: String,
    /// When it was closed.
    pub closed_at: Option<String>,
    /// Who signed the closure (full name and username).
    pub closed_by: Option<String>,
    /// What the closing signature means.
    pub close_meaning: Option<SignatureMeaning>,
    /// What it covers.
    pub scope: Vec<ScopeLine>,
}

/// A recall with what its hold did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecallCreated {
    /// The recall.
    pub recall: Recall,
    /// What was quarantined.
    pub hold: Hold,
}

/// Header fields of an imported recall; anything the file does not say must be given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecallHeader {
    /// Recall number.
    pub number: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Class.
    pub class: Option<RecallClass>,
    /// Reason.
    pub reason: Option<String>,
    /// Instructions.
    pub instructions: Option<String>,
    /// Issuer.
    pub issuer: Option<String>,
    /// Date of the notice.
    pub issued_on: Option<NaiveDate>,
}

fn optional(field: &str, v: Option<&str>, max: usize) -> CoreResult<Option<String>> {
    match v.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => clean(field, s, max).map(Some),
    }
}

/// A recall R-1 of class `class` for `reason`, open, with no scope: what the tests of the steps
/// start from.
#[cfg(test)]
fn test_recall(class: RecallClass, reason: &str) -> Recall {
    Recall {
        id: 1,
        number: "R-1".into(),
        title: "Metformin".into(),
        class,
        reason: reason.into(),
        instructions: None,
        issuer: None,
        issued_on: "2026-11-20".into(),
        created_at: "2026-11-20T09:00:00Z".into(),
        created_by: "qa".into(),
        closed_at: None,
        closed_by: None,
        close_meaning: None,
        scope: Vec::new(),
    }
}
