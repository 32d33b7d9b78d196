//! custody-bench run for real at a tiny size on temporary databases: not timings (a test
//! cannot assert those), but that every figure is produced, counts what it says it counts, and
//! that a database the benchmarks would fail on half-way is refused before anything is written.

mod run;
