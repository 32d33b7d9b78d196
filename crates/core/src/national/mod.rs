//! The site's side of national verification (issue #25): the outbox table `nvs_request`
//! (migration 0034), the `nvs_request` and `nvs_result` ledger events written with it, the site's
//! setting for when to check, and what an alert does to the pack. The protocol, the clients and
//! the drainer are `custody-national`, which knows nothing of this store; `custody-api` joins
//! the two.
//!
//! `ledger::nvs_reference` says how the two events name their request and pack (the
//! ledger-format record has the table); `queue` writes a request in the transaction of the
//! event that causes it; `outbox` is what the drainer reads and writes; `settings` is the
//! site's choice.

mod answer;
mod order;
mod outbox;
mod queue;
mod request;
mod restore;
mod settings;
mod undo;
mod view;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{NvsKind, NvsReason, NvsState};

pub use crate::ledger::nvs_reference::{RequestReference, ResultReference};
pub use answer::NvsAnswer;
pub use outbox::NvsRetry;
pub(crate) use queue::{queue_for_event, Cause};
pub(crate) use request::{decommissioned_other_than_supplied, queued_after};
pub(crate) use restore::{put_back, unsent_changes_become_unknown};
pub use settings::{
    NationalSettings, CHECK_SETTING, DEFAULT_WINDOW_HOURS, MARKET_SETTING, MAX_WINDOW_HOURS,
    WINDOW_SETTING,
};
pub use undo::{Noted, UNDO_WINDOW_DAYS};
pub use view::{NvsQueued, NvsShown, NvsSummary, NvsSupplied, WINDOW_WARNING_HOURS};

/// One request of the outbox, as the drainer needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NvsRequest {
    /// Its id (the table's, also named by its ledger events).
    pub id: i64,
    /// What it asks.
    pub kind: NvsKind,
    /// Why, for a decommission or its undo.
    pub reason: Option<NvsReason>,
    /// `EU-xx` or `US`.
    pub market: String,
    /// The pack's GTIN.
    pub gtin: String,
    /// Its serial.
    pub serial: String,
    /// Its lot, when known.
    pub lot: Option<String>,
    /// Its expiry, when known.
    pub expiry: Option<NaiveDate>,
    /// Where it is.
    pub state: NvsState,
    /// How many times it was sent.
    pub attempts: u32,
    /// When it is next due (UTC, as stored).
    pub next_attempt_at: String,
    /// The last return code read.
    pub return_code: Option<String>,
    /// The last code's words, or why the last attempt failed.
    pub words: Option<String>,
    /// The national system's alert id, for an alert.
    pub alert_id: Option<String>,
    /// The `nvs_request` event that queued it.
    pub request_seq: i64,
    /// The `nvs_result` event of its answer.
    pub result_seq: Option<i64>,
}

/// Whether `market` names a national system: `US`, or `EU-` and a two-letter country code in
/// capitals (as `custody-national`'s `Market` reads it).
pub fn is_market(market: &str) -> bool {
    market == "US"
        || market
            .strip_prefix("EU-")
            .is_some_and(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()))
}
