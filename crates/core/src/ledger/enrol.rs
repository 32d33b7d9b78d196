//! Migration 0010's enrolment: the users a database had before roles became ledger events,
//! each put on the ledger once, so the user table is a projection of the ledger. And the other
//! steps migrations need that SQL cannot do: 0028's stays, made from the ledger's lines, and the
//! statistics of what 0037, 0038, 0041 and 0042 made again.

use rusqlite::Transaction;

use super::append::Appender;
use super::event::UserEvent;
use crate::error::{CoreError, CoreResult};
use crate::model::{EventKind, Timestamp, User};

/// What runs after a migration's SQL, in its transaction, for the steps SQL cannot do.
pub(crate) fn after_migration(tx: &Transaction<'_>, version: u32) -> CoreResult<()> {
    if version == 10 {
        enrol_existing_users(tx)?;
    }
    if version == 28 {
        super::stays::memory::backfill(tx)?;
    }
    if version == 37 {
        crate::levels::refresh_consumption_statistics(tx)?;
    }
    if version == 38 {
        crate::levels::refresh_statistics(tx, "stock_level")?;
    }
    if version == 41 {
        crate::levels::refresh_statistics(tx, "unit_product_lot")?;
    }
    if version == 42 {
        crate::levels::refresh_statistics(tx, "unit_location")?;
    }
    Ok(())
}

/// Migration 0010's step: one `user_enrolled` event for every user the ledger has not seen yet,
/// by the system principal, stating their role and active flag, so the user table becomes a
/// projection of the ledger. Runs once, with the migration; a user added behind the store's
/// back later is not enrolled but reported by `verify`.
///
/// Opening a database reads no clock, so the events are recorded at the latest time the
/// database already holds (its newest event or newest user) and occurred when each user was
/// created.
fn enrol_existing_users(tx: &Transaction<'_>) -> CoreResult<usize> {
    let has_site: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM site)", [], |r| r.get(0))?;
    if !has_site {
        return Ok(0);
    }
    let system = crate::users::system_principal(tx)?;
    let users: Vec<(User, String)> = tx
        .prepare(
            "SELECT id, username, name, role, active, created_at FROM user u
             WHERE id <> ?1 AND NOT EXISTS (SELECT 1 FROM event e WHERE e.subject_user_id = u.id)
             ORDER BY id",
        )?
        .query_map([system.id.0], |r| {
            Ok((crate::users::user_from_row(r)?, r.get(5)?))
        })?
        .collect::<Result<_, _>>()?;
    if users.is_empty() {
        return Ok(0);
    }
    let newest_event: Option<String> = tx.query_row(
        "SELECT max(e.recorded_at) FROM chain_head h JOIN event e ON e.seq = h.last_seq",
        [],
        |r| r.get(0),
    )?;
    let created = |u: &(User, String)| Timestamp::parse(&u.1);
    let recorded = users
        .iter()
        .filter_map(created)
        .chain(newest_event.as_deref().and_then(Timestamp::parse))
        .max()
        .ok_or_else(|| CoreError::refused("ledger.enrolment_times_unreadable"))?;
    let mut appender = Appender::for_history(tx, recorded)?;
    for u in &users {
        appender.append_user(
            &system,
            &UserEvent {
                kind: EventKind::UserEnrolled,
                occurred_at: created(u).unwrap_or(recorded),
                subject: u.0.clone(),
                reason: Some(
                    "on the ledger since users' roles became ledger events (migration 0010)".into(),
                ),
            },
        )?;
    }
    appender.finish()?;
    Ok(users.len())
}
