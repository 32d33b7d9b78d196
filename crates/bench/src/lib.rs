//! Custody's benchmarks, behind `custody bench`: bulk append, single-scan append and pack lookup,
//! with the raw SQLite insert rate of the same rows as the ceiling. Figures, not assertions.

#![forbid(unsafe_code)]

pub mod perf;
