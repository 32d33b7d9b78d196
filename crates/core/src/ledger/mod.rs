//! The ledger: every change (stock moved, a user added or their role changed) is an event with
//! lines, appended and hash-chained per site, `hash = SHA-256(prev_hash ‖ canonical bytes)`,
//! with the current-state tables updated in the same transaction. The canonical bytes are the
//! `custody-ledger-format` crate's ([`Format`]; `docs/decisions/2026-12-01-ledger-format.md`)
//! and name things by their stable keys (GTIN, location and partner codes, usernames, site
//! code), so editing master data behind the ledger's back breaks the chain too. Where each rule
//! lives: `event` (what a use case appends), `append` (the `Appender`: the chain, its keys, the
//! lines applied to the current state), `ids` (event ids), `clock` (recorded times never go
//! backwards beyond the tolerance; the late-entry window), `correction` (the signed clock
//! correction), `enrol` (migration 0010's enrolment of existing users), `stays` and `receipt`
//! (projections the insights read, each rule written once for the appender and `verify`),
//! `stored` (a stored event
//! read back into its canonical form), `verify` (the whole ledger walked and compared with the
//! tables) and `prove` (a few events proved for the chain-of-custody certificate).

mod append;
mod clock;
mod correction;
mod enrol;
mod event;
mod ids;
pub mod nvs_reference;
mod prove;
pub(crate) mod receipt;
pub(crate) mod stays;
mod stored;
pub mod verify;

pub use custody_ledger_format::{
    event_hash, Canonical, CanonicalLine, CanonicalSubject, Format, GENESIS,
};

pub use append::Appender;
pub(crate) use append::Recorded;
pub(crate) use clock::check_late_entry;
pub use clock::{
    CLOCK_TOLERANCE, DEFAULT_LATE_ENTRY_DAYS, LATE_ENTRY_SETTING, MAX_LATE_ENTRY_DAYS,
};
pub(crate) use enrol::after_migration;
pub use event::{Appended, NewEvent, NewLine, Place, UserEvent};
pub use ids::fix_event_ids;
pub(crate) use stored::{
    canonical_bytes_of, Keys, StoredEvent, StoredLine, Unprovable, EVENT_COLUMNS, LINE_COLUMNS,
};
