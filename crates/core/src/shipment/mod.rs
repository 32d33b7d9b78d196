//! Expected shipments: a supplier's despatch advice (EPCIS 2.0 JSON-LD, EPCIS 1.2/2.0 XML, or
//! CSV `gtin,serial,lot,expiry,quantity,po`) imported all or nothing, with every problem of the
//! file on its line; receipts against it mark packs matched, keep what the advice did not say
//! (`unexpected`, `differs_from_advice`) as discrepancies, and closing lists what never came
//! beside them.
//!
//! Where each rule lives: `advice` is the shipment as stored (its lines, discrepancies and the
//! list); `file` guesses a file's format and holds a lot's one expiry, read by `from_csv` and
//! `from_epcis`; `import` checks the lines against the product list and stores them;
//! `matching` compares a receipt with the advice and records the outcome (used by `movement`);
//! `receive_all` receives a sealed case by inference; `close` records what never came.

mod advice;
mod close;
mod file;
mod from_csv;
mod from_epcis;
mod import;
mod matching;
mod receive_all;

pub use advice::{Discrepancy, DiscrepancyCode, ExpectedItem, Shipment, ShipmentSummary};
pub(crate) use matching::{record_against_advice, AdviceCheck, AdviceOutcome};
pub use receive_all::ReceiveAll;

/// The largest despatch advice accepted.
pub const MAX_FILE_BYTES: usize = crate::import::MAX_IMPORT_BYTES as usize;
