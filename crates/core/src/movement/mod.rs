//! Scan-driven stock movements: receive, dispense, transfer, return, quarantine, release,
//! destroy and return to supplier. Every scan is decoded once, checked against the store for the
//! movement at hand, and gets a verdict before anything is written; an accepted scan is committed
//! at once as its own event, under the session's document. `scan.rs` runs the steps in order:
//! the session (`session.rs`: the movement, the policy's limits, a session refused before any
//! scan), decode and identify the pack (`checks::decode`, then `lookup.rs`: what a scan reads
//! from the store), the checks
//! (`checks.rs`, one function per rule: the recall block in `recalled`, expiry and short-dated
//! in `expiry`, first expiry first out in `fefo` over `lookup`'s `earlier_expiring`, which counts
//! only unexpired packs no recall names, expired stock on the shelf in `expired_on_shelf`, the pack's state
//! against the movement in `unit_state`, a lot's quantity, the despatch advice in
//! `advice_warning`, the contract price in `over_contract`), the decision (`decision.rs`:
//! override, hold in quarantine, or nothing recorded; which codes may be overridden and which
//! are suspect is `verdict.rs`'s), and the record (`record.rs`: the event, where the pack goes,
//! the signature, the advice's match in the same transaction).

mod checks;
mod decision;
mod lookup;
mod record;
mod scan;
mod session;
mod verdict;

pub(crate) use checks::undecodable;
pub use session::{Movement, ScanInput, ScanPolicy, ScanSession};
pub(crate) use verdict::render_all;
pub use verdict::{Code, Finding, Level, Recorded, Sentence, Verdict};
