//! An event this site recorded before, appended again exactly as it was: a site restored from
//! an old backup pulls its own later events back from the hub (`sync/restore.rs`). Everything
//! the appender would otherwise make itself — the id, the recorded time, the format — is the
//! event's own, and the hash it computes must be the one the chain held for it, so nothing the
//! ledger hashes changes: the event goes through the same keys, rows and projections as when it
//! was first recorded, and `verify` cannot tell it from one that never left.

use custody_ledger_format::Format;

use crate::error::{CoreError, CoreResult};
use crate::ledger::clock::LateEntry;
use crate::ledger::event::{Appended, NewEvent};
use crate::model::{Timestamp, User};

use super::Appender;

/// What an event keeps of its first recording, beside what [`NewEvent`] says.
#[derive(Debug, Clone)]
pub(crate) struct Recorded<'r> {
    /// Its position in the site's chain.
    pub(crate) seq: i64,
    /// Its id (UUID v7), as first given.
    pub(crate) id: &'r str,
    /// When it occurred, as stored (UTC text); the event's `occurred_at` is the same instant.
    pub(crate) occurred_at: &'r str,
    /// The offset where it occurred, in minutes.
    pub(crate) occurred_offset: i64,
    /// When it was first recorded, as stored.
    pub(crate) recorded_at: &'r str,
    /// The format it was hashed in.
    pub(crate) format: Format,
    /// The meaning of the actor's signature, for a signed event.
    pub(crate) signature: Option<&'r str>,
    /// The account a user event concerns, with its role and active flag after the event.
    pub(crate) subject: Option<&'r User>,
    /// The hash the chain holds for it.
    pub(crate) hash: [u8; 32],
}

impl<'t> Appender<'t> {
    /// Starts putting back events this site recorded before. Each keeps its own recorded time,
    /// so neither the late-entry window nor the clock's place behind the chain head applies:
    /// both were checked when the event was first recorded, and its hash vouches for it.
    pub(crate) fn for_restore(
        tx: &'t rusqlite::Transaction<'t>,
        now: Timestamp,
    ) -> CoreResult<Self> {
        let mut appender = Appender::with_late_entry(tx, now, LateEntry::Unbounded)?;
        appender.restoring = true;
        Ok(appender)
    }

    /// Appends `e` by `actor` as it was first recorded (see [`Recorded`]), applying its lines
    /// to the current state as any append does. Refused, before anything is stored, when it is
    /// not the chain's next event (`ledger.restored_out_of_order`) or when its hash is not the
    /// chain's (`ledger.restored_hash_differs`): whatever differs, the event would not be the
    /// one recorded.
    pub(crate) fn append_recorded(
        &mut self,
        actor: &User,
        e: &NewEvent,
        recorded: &Recorded<'_>,
    ) -> CoreResult<Appended> {
        let mut draft = self.draft(actor, e, recorded.signature, recorded.subject)?;
        if draft.head.seq + 1 != recorded.seq {
            return Err(CoreError::refused("ledger.restored_out_of_order")
                .arg("seq", recorded.seq)
                .arg("expected", draft.head.seq + 1));
        }
        draft.id = recorded.id.to_string();
        draft.occurred_at = recorded.occurred_at.to_string();
        draft.occurred_offset = recorded.occurred_offset;
        draft.recorded_at = recorded.recorded_at.to_string();
        draft.format = recorded.format;
        let hash = draft.hash();
        if hash != recorded.hash {
            return Err(CoreError::refused("ledger.restored_hash_differs").arg("seq", recorded.seq));
        }
        let appended = self.store_draft(e, draft, hash)?;
        // The event table numbers rows itself; a file whose numbering ran past its chain (rows
        // deleted behind Custody's back) would store the event at another position.
        if appended.seq != recorded.seq {
            return Err(CoreError::refused("ledger.restored_out_of_order")
                .arg("seq", recorded.seq)
                .arg("expected", appended.seq));
        }
        Ok(appended)
    }
}
