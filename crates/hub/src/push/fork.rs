//! A fork: a batch the site signed that disagrees with what the site pushed before, at the
//! position before the batch or at one the batch overlaps. That is a cloned site database, or
//! one restored from an old backup that then recorded new work. The hub raises one alarm,
//! suspends the site until an administrator resolves it (`custody-hub site resume`, with
//! `--set-aside-from` when the copy the hub took first was the wrong one: `crate::set_aside`),
//! commits that, and stores nothing of the batch.

use custody_sync_protocol::{hash_hex, Refusal};
use deadpool_postgres::Transaction;
use serde_json::json;

use super::{Batch, Cursor};
use crate::auth::Caller;
use crate::HubError;

/// The first position where the batch disagrees with the hub.
pub(crate) struct ForkAt {
    seq: i64,
    held: [u8; 32],
    offered: [u8; 32],
}

/// Where the batch first disagrees with what the hub holds, if anywhere.
pub(crate) async fn find(
    tx: &Transaction<'_>,
    caller: &Caller,
    cursor: &Cursor,
    batch: &Batch,
) -> Result<Option<ForkAt>, HubError> {
    // The batch's previous hash is a claim about the event before it, which the hub holds
    // (a gap was refused before): signed, a different one is the site's chain diverging there.
    let before = batch.from_seq - 1;
    if before >= 1 {
        let held = if before == cursor.last_seq {
            cursor.last_hash
        } else {
            held_hash(tx, caller, before).await?
        };
        if held != batch.prev_hash {
            return Ok(Some(ForkAt {
                seq: before,
                held,
                offered: batch.prev_hash,
            }));
        }
    }
    if batch.from_seq > cursor.last_seq {
        return Ok(None);
    }
    let rows = tx
        .query(
            "SELECT seq, hash FROM event WHERE site_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq",
            &[
                &caller.site_id,
                &batch.from_seq,
                &cursor.last_seq.min(batch.last().seq),
            ],
        )
        .await
        .map_err(HubError::db("reading the held events a batch overlaps"))?;
    let held_events = batch.events.iter().filter(|e| e.seq <= cursor.last_seq);
    let mut rows = rows.iter();
    for event in held_events {
        let held = match rows.next() {
            Some(row) if row.get::<_, i64>(0) == event.seq => to_hash(row.get(1), event.seq)?,
            _ => {
                return Err(HubError::Damaged(format!(
                    "event {} of site {} is missing below the cursor",
                    event.seq, caller.code
                )))
            }
        };
        if held != event.hash {
            return Ok(Some(ForkAt {
                seq: event.seq,
                held,
                offered: event.hash,
            }));
        }
    }
    Ok(None)
}

/// The hash the hub holds at `seq` (below the cursor, so it is there).
async fn held_hash(tx: &Transaction<'_>, caller: &Caller, seq: i64) -> Result<[u8; 32], HubError> {
    let row = tx
        .query_opt(
            "SELECT hash FROM event WHERE site_id = $1 AND seq = $2",
            &[&caller.site_id, &seq],
        )
        .await
        .map_err(HubError::db("reading a held event's hash"))?
        .ok_or_else(|| {
            HubError::Damaged(format!(
                "event {seq} of site {} is missing below the cursor",
                caller.code
            ))
        })?;
    to_hash(row.get(0), seq)
}

fn to_hash(bytes: Vec<u8>, seq: i64) -> Result<[u8; 32], HubError> {
    bytes
        .as_slice()
        .try_into()
        .map_err(|_| HubError::Damaged(format!("the hash held for event {seq} is not 32 bytes")))
}

/// Raises the alarm, suspends the site and commits both; the refusal to answer.
pub(crate) async fn raise(
    tx: Transaction<'_>,
    caller: &Caller,
    batch: &Batch,
    fork: ForkAt,
) -> Result<Refusal, HubError> {
    let (held, offered) = (hash_hex(&fork.held), hash_hex(&fork.offered));
    let detail = json!({
        "seq": fork.seq,
        "held_hash": held,
        "offered_hash": offered,
        "batch_from_seq": batch.from_seq,
        "batch_last_seq": batch.last().seq,
        "batch_prev_hash": hash_hex(&batch.prev_hash),
        "batch_last_hash": hash_hex(&batch.last().hash),
        // The site's signature over the diverging batch: proof that the site's key sent it.
        "signature": batch.signature,
    });
    tx.execute(
        "INSERT INTO alarm (kind, site_id, seq, detail) VALUES ('fork', $1, $2, $3)",
        &[&caller.site_id, &fork.seq, &detail],
    )
    .await
    .map_err(HubError::db("raising a fork alarm"))?;
    let reason = format!(
        "fork at event {}: the hub holds {held}, the site sent {offered}",
        fork.seq
    );
    tx.execute(
        "UPDATE site SET suspended_reason = $2 WHERE id = $1",
        &[&caller.site_id, &reason],
    )
    .await
    .map_err(HubError::db("suspending a forked site"))?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a fork alarm"))?;
    Ok(Refusal::Fork {
        seq: fork.seq,
        held_hash: held,
        offered_hash: offered,
    })
}
