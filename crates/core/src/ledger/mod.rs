//! The ledger: every change is an event with lines, appended and hash-chained per site, with the
//! current-state tables (units, lot stock, lots) updated in the same transaction.
//!
//! `hash = SHA-256(prev_hash ‖ canonical bytes of the event)`. The canonical encoding names
//! things by their stable keys (GTIN, location and partner codes, usernames, site code), not by
//! row ids, so that editing master data behind the ledger's back breaks the chain too. The
//! encoding itself is the `custody-ledger-format` crate's ([`Format`] says how each stored event
//! is hashed); `docs/decisions/2026-12-01-ledger-format.md` says it byte by byte. Where each rule
//! lives: `event` (what a use case appends), `append` (the `Appender`: the chain, the lines
//! applied to the current state), `ids` (event ids), `clock` (recorded times never go backwards
//! beyond the tolerance; the late-entry window), `correction` (the signed clock correction),
//! `enrol` (migration 0010's enrolment of existing users), `verify` (the whole ledger walked and
//! compared with the tables).

mod append;
mod clock;
mod correction;
mod enrol;
mod event;
mod ids;
mod prove;
mod stored;
pub mod verify;

pub use custody_ledger_format::{
    event_hash, Canonical, CanonicalLine, CanonicalSubject, Format, GENESIS,
};

pub use append::Appender;
pub(crate) use clock::check_late_entry;
pub use clock::{
    CLOCK_TOLERANCE, DEFAULT_LATE_ENTRY_DAYS, LATE_ENTRY_SETTING, MAX_LATE_ENTRY_DAYS,
};
pub(crate) use enrol::after_migration;
pub use event::{Appended, NewEvent, NewLine, Place, UserEvent};
pub use ids::fix_event_ids;
