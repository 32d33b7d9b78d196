//! The outbox after a restore. From the hub: a row for each `nvs_request` event the restore
//! brings back, its answer from its `nvs_result` event, in the page's transaction, so the queue
//! is what the ledger says and a new request never takes an id the ledger already gave. From a
//! backup: the changes it holds as not yet sent may have been sent after it was taken. Either
//! way, whether a change with no answer left is not known, so it comes back `sent`: it is
//! verified before anything is sent again.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::error::{CoreError, CoreResult, StoreError};
use crate::ledger::nvs_reference::{RequestReference, ResultReference};
use crate::ledger::NewEvent;
use crate::model::{EventKind, Timestamp};

/// Puts back what the event `seq` (recorded at `recorded_at`) says of the outbox, if it is a
/// request or an answer. An event that does not name its request in the form Custody writes, or
/// a pack of a product this file does not know, is refused (`sync.restore_unreadable`).
pub(crate) fn put_back(
    tx: &Transaction<'_>,
    seq: i64,
    event: &NewEvent,
    recorded_at: &str,
    now: Timestamp,
) -> CoreResult<()> {
    let unreadable = |why: &str| {
        CoreError::refused("sync.restore_unreadable")
            .arg("seq", seq)
            .arg("what", "reference")
            .arg("detail", why)
    };
    let reference = event.reference.as_deref().unwrap_or_default();
    match event.kind {
        EventKind::NvsRequest => {
            let r = RequestReference::parse(reference)
                .ok_or_else(|| unreadable("a national request not in the form Custody writes"))?;
            let product: i64 = tx
                .query_row("SELECT id FROM product WHERE gtin = ?1", [&r.gtin], |row| {
                    row.get(0)
                })
                .optional()?
                .ok_or_else(|| unreadable("a national request for a product this file lacks"))?;
            tx.execute(
                "INSERT INTO nvs_request (id, kind, reason, market, product_id, serial, lot,
                     expiry, state, next_attempt_at, created_at, request_seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'sent', ?9, ?10, ?11)",
                params![
                    r.id,
                    r.kind.as_str(),
                    event.reason,
                    r.market,
                    product,
                    r.serial,
                    r.lot,
                    r.expiry.map(|d| d.to_string()),
                    now.utc_text(),
                    recorded_at,
                    seq
                ],
            )?;
        }
        EventKind::NvsResult => {
            let r = ResultReference::parse(reference)
                .ok_or_else(|| unreadable("a national answer not in the form Custody writes"))?;
            let changed = tx.execute(
                "UPDATE nvs_request SET state = ?2, return_code = ?3, words = ?4, alert_id = ?5,
                     result_seq = ?6
                 WHERE id = ?1 AND result_seq IS NULL",
                params![
                    r.id,
                    r.state.as_str(),
                    r.code,
                    event.reason,
                    r.alert_id,
                    seq
                ],
            )?;
            if changed != 1 {
                return Err(unreadable("a national answer to no request waiting"));
            }
        }
        _ => {}
    }
    Ok(())
}

/// In the backup copy at `file` (closed, not yet in place): every decommission or undo still
/// `pending` becomes `sent`, due at `now`. A backup from before the outbox existed has nothing
/// to change.
pub(crate) fn unsent_changes_become_unknown(file: &Path, now: Timestamp) -> CoreResult<()> {
    let conn = Connection::open(file).map_err(StoreError::Sqlite)?;
    let has_outbox: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'nvs_request'",
        [],
        |r| r.get(0),
    )?;
    if has_outbox {
        conn.execute(
            "UPDATE nvs_request SET state = 'sent', next_attempt_at = ?1
             WHERE state = 'pending' AND kind IN ('decommission', 'undo')",
            [now.utc_text()],
        )?;
    }
    Ok(())
}
