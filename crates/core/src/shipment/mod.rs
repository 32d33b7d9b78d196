//! Expected shipments: a supplier's despatch advice (EPCIS 2.0 JSON-LD, EPCIS 1.2/2.0 XML, or
//! CSV `gtin,serial,lot,expiry,quantity,po[,unit_price]`) imported all or nothing, with every problem of the
//! file on its line; receipts against it mark packs matched, keep what the advice did not say
//! (`unexpected`, `differs_from_advice`) as discrepancies, and closing lists what never came
//! beside them.
//!
//! Where each rule lives: `advice` is the shipment as stored (its lines, discrepancies and the
//! list); `file` guesses a file's format and holds a lot's one expiry, read by `from_csv` and
//! `from_epcis` (with `epcis_price`, the `…:unitPrice` extension); `import` checks the lines against the product list and stores them;
//! `matching` compares a receipt with the advice and records the outcome (used by `movement`);
//! `receive_all` receives a sealed case by inference; `close` records what never came. The rule
//! that a receipt names where its goods came from lives here, for both ways goods come in (a
//! scan, through `movement`, and a sealed case).

mod advice;
mod close;
mod epcis_price;
mod file;
mod from_csv;
mod from_epcis;
mod import;
mod matching;
mod receive_all;

pub use advice::{Discrepancy, DiscrepancyCode, ExpectedItem, Shipment, ShipmentSummary};
pub(crate) use matching::{record_against_advice, AdviceCheck, AdviceOutcome};
pub use receive_all::ReceiveAll;

use crate::error::{CoreError, CoreResult};
use crate::model::PartnerId;

/// Refuses a receipt that does not say where the goods came from (the supplier or sending
/// site): the ledger never holds stock of unknown origin. Every receipt goes through this —
/// each scan's session check and receiving a whole shipment by inference — so no path records
/// one without it; the api asks the same before anything is scanned.
pub(crate) fn receipt_names_its_origin(counterparty: Option<PartnerId>) -> CoreResult<PartnerId> {
    counterparty.ok_or_else(|| {
        CoreError::refused("movement.receipt_needs_counterparty").field("counterparty")
    })
}

/// The largest despatch advice accepted.
pub const MAX_FILE_BYTES: usize = crate::import::MAX_IMPORT_BYTES as usize;
