//! Entering a recall (typed in, or sent by the hub) and extending one with further scope lines
//! (typed in, or added by the hub to a network recall); each holds what the recall covers in the
//! same transaction.

use rusqlite::{params, OptionalExtension, Transaction};

use super::hold::hold;
use super::scope::{insert_scope, validate_scope, ScopeLine};
use super::stored::load_recall;
use super::{optional, NewRecall, RecallCreated};
use crate::error::{CoreError, CoreResult};
use crate::fields::clean;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::users::{user_from_row, SystemPrincipal};
use crate::Store;

/// A recall's fields checked and cleaned, ready to insert.
pub(crate) fn checked(new: &NewRecall) -> CoreResult<NewRecall> {
    Ok(NewRecall {
        number: clean("number", &new.number, 60)?,
        title: clean("title", &new.title, 200)?,
        class: new.class,
        reason: clean("reason", &new.reason, 2000)?,
        instructions: optional("instructions", new.instructions.as_deref(), 4000)?,
        issuer: optional("issuer", new.issuer.as_deref(), 200)?,
        issued_on: new.issued_on,
        scope: validate_scope(&new.scope, |i| i + 1)?,
    })
}

/// Inserts a checked recall and holds what it covers, in the caller's transaction.
pub(super) fn insert_recall(
    tx: &Transaction<'_>,
    actor: &User,
    new: &NewRecall,
    now: Timestamp,
) -> CoreResult<RecallCreated> {
    let id = insert_row(tx, actor, new, now)?;
    insert_scope(tx, id, &new.scope, now)?;
    let recall = load_recall(tx, &new.number)?;
    let hold = hold(tx, actor, &recall, now)?;
    Ok(RecallCreated { recall, hold })
}

/// The recall's own row (not its scope), refused when its number is taken; its id.
fn insert_row(
    tx: &Transaction<'_>,
    actor: &User,
    new: &NewRecall,
    now: Timestamp,
) -> CoreResult<i64> {
    let inserted = tx.execute(
        "INSERT INTO recall (number, title, class, reason, instructions, issuer, issued_on, created_at, created_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (number) DO NOTHING",
        params![new.number, new.title, new.class.as_str(), new.reason, new.instructions, new.issuer, new.issued_on.to_string(), now.utc_text(), actor.id.0],
    )?;
    if inserted == 0 {
        return Err(CoreError::refused("recall.exists")
            .field("number")
            .arg("recall", new.number.as_str()));
    }
    Ok(tx.last_insert_rowid())
}

/// Enters a recall the hospital network's hub sent, in the pull's transaction: checked and held
/// as any recall, by the sync agent's principal (`custody:sync`), the author of the work no
/// person at the site typed. When the ledger already records the recall's closure (a site
/// rebuilt from the hub pulls its network recalls again), it is entered closed as the ledger
/// says, by whom and with what signature, and nothing is held: what the recall covered was dealt
/// with before it closed, and the ledger's own events say where each pack went.
pub(crate) fn enter_network_recall(
    tx: &Transaction<'_>,
    new: &NewRecall,
    now: Timestamp,
) -> CoreResult<RecallCreated> {
    let new = checked(new)?;
    let agent = sync_agent(tx)?;
    let Some(closure) = closure_on_ledger(tx, &new.number)? else {
        return insert_recall(tx, &agent, &new, now);
    };
    let id = insert_row(tx, &agent, &new, now)?;
    insert_scope(tx, id, &new.scope, now)?;
    tx.execute(
        "UPDATE recall SET closed_at = ?2, closed_by = ?3, close_meaning = ?4, close_event = ?5 WHERE id = ?1",
        params![id, closure.at, closure.by, closure.meaning, closure.seq],
    )?;
    Ok(RecallCreated {
        recall: load_recall(tx, &new.number)?,
        hold: Default::default(),
    })
}

/// A recall's closure as its `recall_close` event records it.
struct Closure {
    seq: i64,
    at: String,
    by: i64,
    meaning: Option<String>,
}

/// The closure the ledger records for recall `number`, if any.
fn closure_on_ledger(tx: &Transaction<'_>, number: &str) -> CoreResult<Option<Closure>> {
    Ok(tx
        .query_row(
            "SELECT seq, recorded_at, actor_id, signature FROM event
             WHERE kind = ?1 AND reference = ?2 ORDER BY seq LIMIT 1",
            params![EventKind::RecallClose.as_str(), number],
            |r| {
                Ok(Closure {
                    seq: r.get(0)?,
                    at: r.get(1)?,
                    by: r.get(2)?,
                    meaning: r.get(3)?,
                })
            },
        )
        .optional()?)
}

/// The sync agent's principal, the author of what the pull writes.
fn sync_agent(tx: &Transaction<'_>) -> CoreResult<User> {
    tx.query_row(
        "SELECT id, username, name, role, active FROM user WHERE username = ?1",
        [SystemPrincipal::Sync.username()],
        user_from_row,
    )
    .optional()?
    .ok_or_else(|| {
        CoreError::refused("master.user_unknown").arg("user", SystemPrincipal::Sync.username())
    })
}

/// Links a network recall to the recall the site entered itself under its number: the hub's
/// scope lines the site's lacks are added and what they cover held, by the sync agent, as
/// [`Store::extend_recall`] does; the recall with the hold. `None` when the site's recall is of
/// another product than the hub's (`gtin`): the caller refuses it. A closed recall is linked
/// as it is (nothing can be held under it any more).
pub(crate) fn link_network_recall(
    tx: &Transaction<'_>,
    number: &str,
    new: &NewRecall,
    now: Timestamp,
) -> CoreResult<Option<RecallCreated>> {
    let new = checked(new)?;
    let recall = load_recall(tx, number)?;
    if recall
        .scope
        .iter()
        .chain(&new.scope)
        .any(|l| l.gtin != new.scope[0].gtin)
    {
        return Ok(None);
    }
    if recall.closed_at.is_some() {
        return Ok(Some(RecallCreated {
            recall,
            hold: Default::default(),
        }));
    }
    add_scope(tx, &sync_agent(tx)?, recall.id, number, &new.scope, now).map(Some)
}

impl Store {
    /// Enters a recall and, in the same transaction, holds every affected unit in stock.
    pub fn create_recall(
        &mut self,
        actor: &User,
        new: &NewRecall,
        now: Timestamp,
    ) -> CoreResult<RecallCreated> {
        require(actor, Operation::ManageRecalls)?;
        let new = checked(new)?;
        self.with_hold_write(|conn| {
            let tx = conn.transaction()?;
            let created = insert_recall(&tx, actor, &new, now)?;
            tx.commit()?;
            Ok(created)
        })
    }

    /// Adds scope lines (e.g. further lots) to an open recall and holds what they cover.
    pub fn extend_recall(
        &mut self,
        actor: &User,
        number: &str,
        lines: &[ScopeLine],
        now: Timestamp,
    ) -> CoreResult<RecallCreated> {
        require(actor, Operation::ManageRecalls)?;
        let scope = validate_scope(lines, |i| i + 1)?;
        self.with_hold_write(|conn| {
            let tx = conn.transaction()?;
            let recall = load_recall(&tx, number)?;
            if recall.closed_at.is_some() {
                return Err(
                    CoreError::refused("recall.closed_cannot_extend").arg("recall", recall.number)
                );
            }
            let extended = add_scope(&tx, actor, recall.id, number, &scope, now)?;
            tx.commit()?;
            Ok(extended)
        })
    }
}

/// Adds checked scope lines to the open recall `id` (numbered `number`) and holds what the
/// recall now covers in stock, in the caller's transaction: stock held already stays as it is.
fn add_scope(
    tx: &Transaction<'_>,
    actor: &User,
    id: i64,
    number: &str,
    scope: &[ScopeLine],
    now: Timestamp,
) -> CoreResult<RecallCreated> {
    insert_scope(tx, id, scope, now)?;
    let recall = load_recall(tx, number)?;
    let hold = hold(tx, actor, &recall, now)?;
    Ok(RecallCreated { recall, hold })
}

/// Extends the network recall `number` with the lines the hub added to it (`lines`, those the
/// site's recall lacks), in the pull's transaction, as [`Store::extend_recall`] does: the lines
/// added and what they cover in stock held, by the sync agent's principal. Refused
/// (`recall.network_extended_closed`) when the site's recall is closed: nothing can be held
/// under it any more, and the site must not believe the stock of those lots is dealt with (the
/// feed never asks this of a closed recall: it lists the extension as closed here instead).
pub(crate) fn extend_network_recall(
    tx: &Transaction<'_>,
    number: &str,
    lines: &[ScopeLine],
    now: Timestamp,
) -> CoreResult<RecallCreated> {
    let scope = validate_scope(lines, |i| i + 1)?;
    let recall = load_recall(tx, number)?;
    if recall.closed_at.is_some() {
        let added = scope.iter().map(ToString::to_string).collect::<Vec<_>>();
        return Err(CoreError::refused("recall.network_extended_closed")
            .arg("recall", recall.number)
            .arg("scope", added.join(", ")));
    }
    add_scope(tx, &sync_agent(tx)?, recall.id, number, &scope, now)
}
