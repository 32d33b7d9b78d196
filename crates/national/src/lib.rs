//! Verification with the national systems, offline-first (issue #25): the EU's NMVS (FMD) and
//! the US's verification router (DSCSA VRS).
//!
//! - [`protocol`]: the requests and answers as types, and [`protocol::verdict`], which turns any
//!   answer into a [`Verdict`] (confirmed, alert, unavailable, refused).
//! - [`client`]: a blocking HTTP client per market whose failures say whether the outcome of a
//!   request is known or unknown (a lost reply).
//! - [`drain`]: the drainer of the outbox of requests, over two traits ([`drain::Outbox`],
//!   [`drain::NationalSystem`]), with back-off, bulk requests and their fallback to single
//!   ones, and the rule that a change whose outcome is unknown is verified before it is re-sent.
//! - [`sim`]: `nmvs-sim` and `vrs-sim`, axum servers on loopback with scripted faults and alerts,
//!   for tests and for manual runs (`custody-national-sim`).
//!
//! Nothing here knows the ledger: the lead wires the outbox to the site's database later.

#![forbid(unsafe_code)]

pub mod client;
pub mod drain;
pub mod protocol;
pub mod sim;

pub use protocol::{verdict, Answer, Verdict};
