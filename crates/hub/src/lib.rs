//! The hospital network's hub (`custody-hub`): sites push their ledgers to it, and it keeps every
//! site's chain in PostgreSQL, checked hash by hash and signed batch by signed batch.
//!
//! - `db`: the connection pool and the embedded migrations (`migrations/NNNN_*.sql`);
//! - `enrol`: a site joins with a one-time code and its public key, and gets a bearer token;
//! - `push`: a batch of a site's events taken in one transaction under the site's cursor lock
//!   (gap, replay, fork, chain and signature checks, then the rows);
//! - `read`: a site's own events and head read back, byte for byte;
//! - `feed`: what the hub owns (products, partners, sites) and the counterfeit alarms, pulled by
//!   each site through one changelog, scoped to what the site uses, never skipping a late commit;
//! - `recall`: network recalls entered once at the hub, sent down the feed to the sites using
//!   the product, and reconciled from the sites' pushed holds and outcomes until they close;
//! - `views`: the network views kept by each push (packs' states, transfers paired, counterfeit
//!   alarms), a recall's reach, and all of them recomputed from the events;
//! - `verify`: every site's chain as the hub holds it, each hash recomputed, each batch's
//!   signature checked against the key recorded with it;
//! - `admin`: what the hub's administrator does from the command line (sites, codes, alarms,
//!   lifting a fork's suspension);
//! - `set_aside`: resolving a fork where the hub took the wrong copy first: its events from the
//!   fork on moved to the set-aside tables (kept, with who and why), the cursor put back, the
//!   views computed again;
//! - `server`: the HTTP routes (axum) and how each refusal maps to a status;
//! - `people`: the hub's own people (QA officers, administrators), their passwords and
//!   sign-in with a lockout;
//! - `web`: the read-only web page for them (alarms, a recall's reach, transfers, sites);
//! - `tls`: serving over TLS (rustls on the ring provider) from PEM files;
//! - `demo`: an empty hub filled with two sites' signed events and a planted counterfeit,
//!   through the push's own checks;
//! - `cli`: the `custody-hub` command line (`cli_people`: its `user` commands and `--as`; `cli_master`: products, partners, recalls).
//!
//! The wire types and the chain check are `custody-sync-protocol`'s, shared with the sites.

#![forbid(unsafe_code)]

pub mod admin;
mod auth;
pub mod cli;
mod cli_master;
mod cli_people;
pub mod db;
pub mod demo;
mod enrol;
mod error;
pub mod feed;
pub mod people;
mod push;
mod read;
pub mod recall;
pub mod server;
pub mod set_aside;
mod table;
pub mod tls;
pub mod verify;
pub mod views;
mod web;

pub use error::{Failure, HubError};
