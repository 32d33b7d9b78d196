//! The site's side of the hospital network, over HTTP: a site enrols with the hub once
//! ([`enrol_site`]) and then pushes its ledger in signed batches ([`sync_once`]), recording each
//! answer in its database through core's `sync` module; it pulls what the hub sends it
//! ([`pull_once`]: master data and alarms, page by page, each page applied whole with its cursor).
//!
//! `hub.rs` speaks to the hub (blocking HTTP with ureq on rustls and ring; a timeout on every
//! request; a refusal read back as the protocol's `Refusal`); `decide.rs` holds what the site
//! does on each refusal, as pure functions; `run.rs` puts them together: the outbox read in a
//! short read, the network crossed with nothing locked, the answer recorded in a short write;
//! `restore.rs` pulls a restored site's own events back from the hub before it pushes;
//! `share.rs` shares a recall the site entered itself with the network ([`share_recall`]);
//! `outcomes.rs` sends, after each push's events, the outcomes of network recalls kept beside
//! the ledger (a patient notified, a pack not traceable: [`send_outcomes`]).
//! A scan never waits for any of it.

#![forbid(unsafe_code)]

pub mod decide;
mod error;
mod hub;
mod outcomes;
mod pull;
mod restore;
mod run;
mod share;

pub use error::ClientError;
pub use hub::{FeedApi, Hub, HubApi, CA_VAR, DEFAULT_TIMEOUT};
pub use outcomes::{send_outcomes, OutcomesReport};
pub use pull::{pull_all, pull_once, PullReport};
pub use restore::{
    fork_message, rebuild_from_hub, rebuild_site, restore_from_hub, restore_once, RestoreReport,
};
pub use run::{enrol_site, push_all, sync_once, SyncReport};
pub use share::{share_recall, shareable};
