//! Custody's benchmarks, behind `custody bench`. What is measured:
//!
//! - `bulk_append` ([`bulk`]): received packs appended through the ledger into fresh scratch
//!   databases in `--dir`, against plain INSERTs of the same rows (the ceiling).
//! - Against the database given (`--db`, a hospital-scale demo database for the published
//!   figures; a small one works, with smaller recalls): pack lookups, receipts straight through
//!   the ledger, receipts and dispenses through the verdict ([`scans`]) and through the api
//!   ([`api`]), an expected shipment ([`shipment`]), the stock-level lists ([`levels`]), a
//!   stock count ([`count`]), two recalls and their reach ([`recall`]), and every report
//!   ([`reports`]). They write to that database: benchmark a copy, never a pharmacy's data.
//!
//! With a second database to compare with (`--compare`, [`suite::run_side_by_side`]), each
//! benchmark runs on both: what writes in bulk one database after the other, the scans, the
//! lists, the count and the recall's reach taking turns sample by sample, so that a slower
//! spell of the machine falls on both alike.
//!
//! How to read the figures: latencies are percentiles of many samples in microseconds (p50 is
//! the usual case, p99 what one scan in a hundred waits, max the worst, often a checkpoint);
//! whole jobs are seconds of one run (the bulk append the better of two). They are figures,
//! not assertions: compare runs on the same machine and dataset. Benchmarks use only the public
//! API of core and the api, and a connection of their own for the questions the app has no
//! operation for ([`dataset`]).

#![forbid(unsafe_code)]

pub mod api;
pub mod bulk;
pub mod compare;
pub mod count;
pub mod dataset;
pub mod error;
pub mod latency;
pub mod levels;
pub mod recall;
pub mod reports;
pub mod scans;
pub mod shipment;
pub mod suite;
pub mod text;

pub use error::{BenchError, BenchResult};
pub use latency::Latency;
pub use suite::{run, DatabaseFigures, Figures, Options};
