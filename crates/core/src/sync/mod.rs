//! The site's side of the hospital network (issue #20): where this site stands with the hub, and
//! what it sends. The chain itself is never touched here: enrolling, pushing and every answer of
//! the hub are kept in the one row of `sync_state` (migration 0014), never on the ledger, so
//! nothing any event hashes changes when a site joins the network.
//!
//! `state.rs` holds the row and its transitions (an enrolment, an acknowledgement checked
//! against the site's own hash — else a fork —, a refusal, being offline) and the status a
//! person reads; `outbox.rs` reads the events the hub has not acknowledged as the protocol's
//! wire events, with the very bytes their hashes were computed over; `feed/` applies a page of
//! the hub's pull feed (products, partners, sites, alarms; network recalls in `feed/recall.rs`)
//! with its cursor in one transaction, mapping a partner code that clashes rather than
//! rewriting it (migration 0015); `recall_outcomes.rs` reads the outcomes of network recalls
//! kept beside the ledger (a patient notified, a pack not traceable) that the hub has not
//! acknowledged, without their notes, and marks them sent (migration 0022); `restore.rs` appends this site's own events pulled back from
//! the hub (a restore from an old backup, a lost site rebuilt). Each function is one small
//! transaction: the network is the caller's (custody-sync-client), and no write lock is ever
//! held across it.

mod feed;
mod outbox;
mod recall_outcomes;
mod restore;
mod state;

pub use feed::{check_feed_item, Clash, FeedApplied, HubAlarm, RecallExtended, RecallReceived};
pub use outbox::Outbox;
pub use recall_outcomes::OutcomesToSend;
pub use restore::Restored;
pub use state::{AckOutcome, Credentials, Enrolment, SyncState, SyncStatus};

/// The hash the chain starts from, before a site's first event.
pub use custody_ledger_format::GENESIS;
