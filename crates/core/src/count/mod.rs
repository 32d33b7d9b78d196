//! Stock counts: scan everything at a location, once each, and compare with the ledger.
//!
//! Starting a count snapshots the packs the ledger holds at the location (all products, or
//! some) and the ledger's position. Each scan is recorded once (a repeat says so) with the
//! ledger position at that moment, so that movements during the count are accounted for at the
//! end: a pack that left after the count started is not missing, a pack that arrived and was
//! scanned is found, a pack scanned and then dispensed is not suspect. Lot-tracked products are
//! counted by quantity per lot against what the ledger holds at the end. Applying a finished
//! count writes `count_adjust` events; abandoning it leaves nothing but its own record.
//!
//! Where each rule lives: the count's header, its status and who may see a blind count's
//! expected figures in `header`; one open count per location and the snapshot in `start`; what a
//! scan counts (once per pack, a lot's quantity added) and the answers to scans that cannot be
//! counted in `scan`; how movements during the count are accounted for in `findings` (the
//! rules) and `variance` (what is read and compared); finishing and abandoning in `close`; what
//! applying writes to the ledger, and the quarantine of suspect packs, in `apply`; what a scan
//! tells a person to set aside (recalled, expired) in `set_aside`; the lots counted so far and
//! a lot's total corrected in `lots`; the counts listed, newest first, in `list`.

mod apply;
mod close;
mod findings;
mod header;
mod list;
mod lots;
mod scan;
mod set_aside;
mod start;
mod variance;

pub use apply::CountApplied;
pub use header::{CountInfo, CountStatus};
pub use list::{CountFilter, COUNT_PAGE_MAX};
pub use lots::{CountedLot, MAX_LOT_QUANTITY};
pub use scan::{CountScan, CountScanCode, LotQuantity};
pub use set_aside::SetAside;
pub use variance::{Variance, VarianceLot, VariancePack};
