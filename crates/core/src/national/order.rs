//! The changes of one pack go to the national system in the order they were queued: a
//! request is not due while an earlier change of the same pack still waits (an
//! undo sent before its decommission is answered would meet a pack still active; a second
//! decommission sent before the undo it follows would meet a pack still supplied, an alert).
//! When a change ends in an alert or a failure, the changes queued after it that were never
//! sent end `failed` with why, in the answer's transaction: the state they were queued to
//! change was never reached.

use rusqlite::{params, Transaction};

use super::answer::{end, NvsAnswer};
use crate::error::CoreResult;
use crate::ledger::Appender;
use crate::model::{NvsState, Timestamp, User};

/// The `WHERE` condition (on the outbox row `r`) a request due must also meet: no earlier
/// change of its pack waits.
/// A verification waits too: sent before the undo it follows is answered, it would meet a pack
/// still supplied and read as an alert.
pub(super) const IN_ORDER: &str = "NOT EXISTS (
    SELECT 1 FROM nvs_request e WHERE e.product_id = r.product_id AND e.serial = r.serial
    AND e.id < r.id AND e.kind IN ('decommission', 'undo') AND e.state IN ('pending', 'sent'))";

/// After the change `id` ended in `state`, an alert or a failure: each request of its pack
/// queued after it and never sent (a change, or a verification that would meet the state the
/// change was to reach) ends `failed`, its `nvs_result` on the ledger naming the
/// request it waited for.
pub(super) fn fail_followers(
    tx: &Transaction<'_>,
    appender: &mut Appender<'_>,
    actor: &User,
    (id, state): (i64, NvsState),
    now: Timestamp,
) -> CoreResult<()> {
    if !matches!(state, NvsState::Alert | NvsState::Failed) {
        return Ok(());
    }
    let followers: Vec<(i64, String)> = tx
        .prepare_cached(
            "SELECT f.id, d.kind FROM nvs_request d JOIN nvs_request f
                 ON f.product_id = d.product_id AND f.serial = d.serial
             WHERE d.id = ?1 AND d.kind IN ('decommission', 'undo') AND f.id > d.id
             AND f.state = 'pending' ORDER BY f.id",
        )?
        .query_map(params![id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (follower, kind) in followers {
        let answer = NvsAnswer {
            state: NvsState::Failed,
            code: None,
            words: Some(format!(
                "not sent: the {kind} it follows (request {id}) ended {state}, so the state it \
                 was to change was never reached"
            )),
            alert_id: None,
        };
        end(tx, appender, actor, follower, &answer, now)?;
    }
    Ok(())
}
