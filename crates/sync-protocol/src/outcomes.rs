//! A site's recall outcomes that are not on its ledger, sent up to the hub
//! (`POST /v1/sites/{site}/recall-outcomes`): a patient or ward notified, a pack that left not
//! traceable, for the network's recalls only. The ledger carries the outcomes that move stock;
//! these are kept beside it at the site, so the push cannot carry them. A request is stored whole
//! or not at all, and each outcome is stored once: sent again (a reply lost on the way), it
//! stores nothing new. The note a person typed with the outcome never leaves the site: it can
//! name a patient. `docs/decisions/2026-12-01-hub-recall.md` (addendum of 2026-12-02) gives the
//! reasons.

use serde::{Deserialize, Serialize};

/// At most this many outcomes in one request.
pub const MAX_OUTCOMES: usize = 500;

/// The outcomes a site sends, each for one pack or one lot-tracked quantity of a network recall.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomesRequest {
    /// [`crate::PROTOCOL`].
    pub protocol: String,
    /// The site's code.
    pub site: String,
    /// The outcomes, oldest first.
    pub outcomes: Vec<SiteOutcome>,
}

/// One outcome recorded at a site for an item of a network recall that had already left (or
/// was found missing): what became of it, not who the patient was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteOutcome {
    /// The hub's number for the recall ([`crate::FeedRecall::id`]).
    pub recall: i64,
    /// The recall's number, which the hub checks against its own.
    pub number: String,
    /// The product's GTIN-14.
    pub gtin: String,
    /// The pack's serial; none for a lot-tracked quantity.
    pub serial: Option<String>,
    /// The lot (a pack's, when known; a lot-tracked quantity's always).
    pub lot: Option<String>,
    /// The status the item had when the outcome was recorded: `dispensed`, `transferred_out`
    /// or `missing`.
    pub status: String,
    /// `notified` (the patient, ward or receiving site was told) or `not_found` (not
    /// traceable).
    pub outcome: String,
    /// How many: 1 for a pack, the quantity in that status for a lot.
    pub quantity: i64,
    /// When it was recorded, by the site's clock, in UTC as the ledger writes times
    /// ([`crate::is_ledger_time`]).
    pub recorded_at: String,
    /// The username of the person who recorded it at the site.
    pub recorded_by: String,
}

/// The hub's answer to outcomes it holds (stored now, or held already).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomesAck {
    /// How many were new.
    pub stored: i64,
    /// How many the hub held already (sent before).
    pub held: i64,
}
