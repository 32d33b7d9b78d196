//! The hub through HTTP, on a real PostgreSQL: each test gets a database of its own in the
//! cluster `CUSTODY_TEST_PG` names (run them through `scripts/with-postgres.sh`), migrated, with
//! the routes served in-process on 127.0.0.1:0, and real signed batches built with the
//! ledger-format crate's canonical bytes and the protocol crate's `signed_batch`.

mod network;
mod people;
mod support;

mod alarms;
mod cli;
mod demo;
mod enrol;
mod feed;
mod fork;
mod outcomes;
mod push;
mod reach;
mod recall;
mod recompute;
mod refusals;
mod schema;
mod set_aside;
mod set_aside_locks;
mod transfers;
mod verify;
mod web;
