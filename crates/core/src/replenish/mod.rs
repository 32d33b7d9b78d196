//! Replenishment as a pharmacy does it: shortages at wards and clinics become a **pick list**
//! (top-ups taken from each ward's supplying pharmacy or store, packs proposed first expiry
//! first), picked by scanning; shortages at a pharmacy or store become **supplier orders**,
//! grouped by each product's usual supplier, at the contract price.
//!
//! Both start from `levels`' shortage list (below the reorder point, or running out within the
//! lead time; the quantity is the one that reaches the rule's par level) and never re-decide what
//! a shortage is. `pick_list.rs` makes and stores a list and reads it back with its progress;
//! `proposal.rs` chooses the packs (unexpired, in stock, not under a recall, earliest expiry
//! first); `picking.rs` records a scanned pack through `movement`'s transfer, with the same
//! checks and verdicts as the scan screen; `orders.rs` groups the supplier orders. Their
//! printed forms (and the orders' CSV) are `report`'s.
//!
//! A pick list is stored as made (it is printed and carried), but what was picked is read from
//! the ledger: the transfers whose reference is the list's number (`PICK-<n>`). Progress survives
//! leaving the screen or restarting, and cannot disagree with the stock it moved.

mod orders;
mod pick_list;
mod picking;
mod proposal;

pub use orders::{OrderLine, SupplierOrder};
pub use pick_list::{PickLine, PickList, Unsupplied};
pub use picking::PickScan;
pub use proposal::ProposedPack;
