//! Integration tests of custody-gs1: the shared GS1 vectors, round trips and robustness.

mod hri;
mod messages;
mod properties;
mod vectors;
