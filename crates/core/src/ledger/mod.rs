//! The ledger: every change is an event with lines, appended and hash-chained per site, with the
//! current-state tables (units, lot stock, lots) updated in the same transaction.

mod append;
pub mod verify;

pub use custody_ledger_format::{
    event_hash, Canonical, CanonicalLine, CanonicalSubject, Format, GENESIS,
};

pub(crate) use append::{after_migration, check_late_entry};
pub use append::{
    fix_event_ids, Appended, Appender, NewEvent, NewLine, Place, UserEvent, CLOCK_TOLERANCE,
    DEFAULT_LATE_ENTRY_DAYS, LATE_ENTRY_SETTING, MAX_LATE_ENTRY_DAYS,
};
