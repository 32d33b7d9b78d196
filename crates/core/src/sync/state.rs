//! The one row of `sync_state` and its transitions. Each is one short transaction (an
//! immediate one where it reads before it writes, so two agents on one file cannot interleave),
//! taken after the hub answered: the network is never crossed with the row locked.
//!
//! The states: `not_enrolled` until an administrator enrols; `ok` after any answer that moved
//! things on; `offline` when the hub could not be reached (with the time it was first missed);
//! `fork` when the hub holds another event where this site has its own (never retried: an
//! administrator resolves it at the hub and re-enrols); `suspended` when the hub says so;
//! `refused` for any other refusal (its code and message kept for the status).

use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::model::{Timestamp, User};
use crate::permissions::{require, Operation};
use crate::Store;

use super::outbox::{hash_at, last_seq, site_code};

/// Where the site stands with the hub.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SyncState {
    /// No hub yet.
    NotEnrolled,
    /// The last exchange with the hub went through.
    Ok,
    /// The hub could not be reached.
    Offline,
    /// The hub holds another event where this site has its own.
    Fork,
    /// The hub has suspended the site.
    Suspended,
    /// The hub refused for another reason (kept in the status).
    Refused,
}

impl SyncState {
    /// The stored word.
    pub fn as_str(self) -> &'static str {
        match self {
            SyncState::NotEnrolled => "not_enrolled",
            SyncState::Ok => "ok",
            SyncState::Offline => "offline",
            SyncState::Fork => "fork",
            SyncState::Suspended => "suspended",
            SyncState::Refused => "refused",
        }
    }

    fn parse(word: &str) -> Option<SyncState> {
        [
            SyncState::NotEnrolled,
            SyncState::Ok,
            SyncState::Offline,
            SyncState::Fork,
            SyncState::Suspended,
            SyncState::Refused,
        ]
        .into_iter()
        .find(|s| s.as_str() == word)
    }

    /// Whether pushing must wait for a person: a fork or a suspension is never retried.
    pub fn is_stopped(self) -> bool {
        matches!(self, SyncState::Fork | SyncState::Suspended)
    }
}

/// An enrolment the hub accepted, to record.
#[derive(Debug, Clone)]
pub struct Enrolment {
    /// The hub's base address.
    pub hub: String,
    /// The site's Ed25519 key, as its 32-byte seed.
    pub key_seed: [u8; 32],
    /// The bearer token the hub gave.
    pub token: String,
    /// Enrol again, replacing the hub, key and token and starting the acknowledged position
    /// afresh (after a fork was resolved at the hub, or to move to another hub).
    pub again: bool,
}

/// What the site needs to talk to the hub.
#[derive(Clone)]
pub struct Credentials {
    /// The hub's base address.
    pub hub: String,
    /// The site's code.
    pub site: String,
    /// The site's key seed.
    pub key_seed: [u8; 32],
    /// The bearer token.
    pub token: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The key and token stay out of logs.
        f.debug_struct("Credentials")
            .field("hub", &self.hub)
            .field("site", &self.site)
            .finish_non_exhaustive()
    }
}

/// The hub, key seed and token as stored (each absent before enrolment).
type StoredCredentials = (Option<String>, Option<Vec<u8>>, Option<String>);

/// What an acknowledgement came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AckOutcome {
    /// It matches the site's own chain: recorded.
    Recorded,
    /// The hub's hash at that position is not the site's: recorded as a fork.
    Fork,
    /// The hub holds events past the end of this site's ledger (a restore from an old backup,
    /// or a clone that went on elsewhere): recorded as refused.
    HubAhead,
}

/// Where the site stands with the hub, for a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SyncStatus {
    /// The state.
    pub state: SyncState,
    /// The hub's address, once enrolled.
    pub hub: Option<String>,
    /// The site's code.
    pub site: String,
    /// When the site enrolled (UTC).
    pub enrolled_at: Option<String>,
    /// The last event the hub acknowledged (0: none).
    pub acked_seq: i64,
    /// The site's last event.
    pub last_seq: i64,
    /// Events the hub has not acknowledged.
    pub waiting: i64,
    /// When a push last went through (UTC).
    pub last_success_at: Option<String>,
    /// Since when the hub has been unreachable (UTC).
    pub offline_since: Option<String>,
    /// The last refusal's code (`fork`, `suspended`, …).
    pub refusal_code: Option<String>,
    /// The last refusal in words.
    pub message: Option<String>,
}

impl Store {
    /// Records an enrolment the hub accepted (administrators). A second one is refused with
    /// `sync.already_enrolled` unless `again` is set. No ledger event: the chain is unchanged.
    pub fn record_enrolment(
        &mut self,
        actor: &User,
        enrolment: &Enrolment,
        now: Timestamp,
    ) -> CoreResult<()> {
        require(actor, Operation::EnrolSite)?;
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let hub: Option<String> =
            tx.query_row("SELECT hub FROM sync_state WHERE id = 1", [], |r| r.get(0))?;
        if let (Some(hub), false) = (hub, enrolment.again) {
            return Err(CoreError::refused("sync.already_enrolled").arg("hub", hub));
        }
        tx.execute(
            "UPDATE sync_state SET hub = ?1, key_seed = ?2, token = ?3, enrolled_at = ?4,
                 enrolled_by = ?5, acked_seq = 0, acked_hash = NULL, last_success_at = NULL,
                 offline_since = NULL, last_refusal_code = NULL, last_refusal_message = NULL,
                 state = 'ok'
             WHERE id = 1",
            params![
                enrolment.hub,
                enrolment.key_seed.as_slice(),
                enrolment.token,
                now.utc_text(),
                actor.id.0,
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The hub, the site's key and token, refused with `sync.not_enrolled` before enrolment.
    pub fn sync_credentials(&self, actor: &User) -> CoreResult<Credentials> {
        require(actor, Operation::Sync)?;
        let row: Option<StoredCredentials> = self
            .conn()
            .query_row(
                "SELECT hub, key_seed, token FROM sync_state WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((Some(hub), Some(seed), Some(token))) = row else {
            return Err(CoreError::refused("sync.not_enrolled"));
        };
        let key_seed = <[u8; 32]>::try_from(seed.as_slice())
            .map_err(|_| CoreError::refused("sync.not_enrolled"))?;
        Ok(Credentials {
            hub,
            site: site_code(self.conn())?,
            key_seed,
            token,
        })
    }

    /// Records the hub's acknowledgement of everything up to `seq` with `hash`, after checking
    /// it is the site's own hash there: another hash is a fork, a position past the end of the
    /// ledger means the hub holds more than the site (both recorded, neither an error).
    pub fn record_ack(
        &mut self,
        actor: &User,
        seq: i64,
        hash: &[u8; 32],
        now: Timestamp,
    ) -> CoreResult<AckOutcome> {
        require(actor, Operation::Sync)?;
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let outcome = match hash_at(&tx, seq)? {
            Some(own) if own == *hash => {
                tx.execute(
                    "UPDATE sync_state SET acked_seq = ?1, acked_hash = ?2, last_success_at = ?3,
                         offline_since = NULL, last_refusal_code = NULL,
                         last_refusal_message = NULL, state = 'ok'
                     WHERE id = 1",
                    params![seq, (seq > 0).then_some(hash.as_slice()), now.utc_text()],
                )?;
                AckOutcome::Recorded
            }
            Some(own) => {
                let message = format!(
                    "the hub holds event {seq} with hash {}, this site's is {}",
                    hex::encode(hash),
                    hex::encode(own)
                );
                set_refused(&tx, SyncState::Fork, "fork", &message)?;
                AckOutcome::Fork
            }
            None => {
                let message = format!(
                    "the hub holds events up to {seq}, past this site's last event {}",
                    last_seq(&tx)?
                );
                set_refused(&tx, SyncState::Refused, "hub_ahead", &message)?;
                AckOutcome::HubAhead
            }
        };
        tx.commit()?;
        Ok(outcome)
    }

    /// Moves the acknowledged position back to `seq` (the hub lost events after it, e.g.
    /// restored from a backup), so they are sent again. Refused with `sync.no_such_event` for a
    /// position the site does not have.
    pub fn record_resend_from(&mut self, actor: &User, seq: i64) -> CoreResult<()> {
        require(actor, Operation::Sync)?;
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let hash = hash_at(&tx, seq)?
            .ok_or_else(|| CoreError::refused("sync.no_such_event").arg("seq", seq))?;
        tx.execute(
            "UPDATE sync_state SET acked_seq = ?1, acked_hash = ?2 WHERE id = 1",
            params![seq, (seq > 0).then_some(hash.as_slice())],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Records a refusal by the hub: `state` is `fork`, `suspended` or `refused`, `code` the
    /// hub's code, `message` what it said. The hub answered, so the site is not offline.
    pub fn record_refusal(
        &mut self,
        actor: &User,
        state: SyncState,
        code: &str,
        message: &str,
    ) -> CoreResult<()> {
        require(actor, Operation::Sync)?;
        if !matches!(
            state,
            SyncState::Fork | SyncState::Suspended | SyncState::Refused
        ) {
            return Err(CoreError::refused("sync.not_a_refusal").arg("state", state.as_str()));
        }
        let tx = self.conn_mut().transaction()?;
        set_refused(&tx, state, code, message)?;
        tx.commit()?;
        Ok(())
    }

    /// Records that the hub could not be reached at `now` (kept as "offline since" from the
    /// first miss on), with what the network said as the message. A fork or a suspension stays
    /// what it is, with its own code and message: being offline does not undo it.
    pub fn record_offline(
        &mut self,
        actor: &User,
        message: &str,
        now: Timestamp,
    ) -> CoreResult<()> {
        require(actor, Operation::Sync)?;
        self.conn().execute(
            "UPDATE sync_state SET offline_since = coalesce(offline_since, ?1),
                 last_refusal_code = CASE WHEN state IN ('fork', 'suspended')
                     THEN last_refusal_code END,
                 last_refusal_message = CASE WHEN state IN ('fork', 'suspended')
                     THEN last_refusal_message ELSE ?2 END,
                 state = CASE WHEN state IN ('fork', 'suspended') THEN state ELSE 'offline' END
             WHERE id = 1 AND state <> 'not_enrolled'",
            params![now.utc_text(), message],
        )?;
        Ok(())
    }

    /// Where the site stands with the hub.
    pub fn sync_status(&self, actor: &User) -> CoreResult<SyncStatus> {
        require(actor, Operation::Sync)?;
        let conn = self.conn();
        let mut status = conn.query_row(
            "SELECT state, hub, enrolled_at, acked_seq, last_success_at, offline_since,
                    last_refusal_code, last_refusal_message
             FROM sync_state WHERE id = 1",
            [],
            |r| {
                let state: String = r.get(0)?;
                Ok(SyncStatus {
                    // The column's CHECK admits only the six words.
                    state: SyncState::parse(&state).unwrap_or(SyncState::Refused),
                    hub: r.get(1)?,
                    site: String::new(),
                    enrolled_at: r.get(2)?,
                    acked_seq: r.get(3)?,
                    last_seq: 0,
                    waiting: 0,
                    last_success_at: r.get(4)?,
                    offline_since: r.get(5)?,
                    refusal_code: r.get(6)?,
                    message: r.get(7)?,
                })
            },
        )?;
        status.site = site_code(conn)?;
        status.last_seq = last_seq(conn)?;
        status.waiting = (status.last_seq - status.acked_seq).max(0);
        Ok(status)
    }
}

fn set_refused(
    conn: &rusqlite::Connection,
    state: SyncState,
    code: &str,
    message: &str,
) -> CoreResult<()> {
    conn.execute(
        "UPDATE sync_state SET state = ?1, last_refusal_code = ?2, last_refusal_message = ?3,
             offline_since = NULL
         WHERE id = 1",
        params![state.as_str(), code, message],
    )?;
    Ok(())
}
