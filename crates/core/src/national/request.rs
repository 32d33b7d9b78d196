//! One request queued: an `nvs_request` event on the ledger and its row in the outbox, written
//! together with the appender of the event that causes it; and what the queue already holds for
//! a pack (a decommission standing, a verification waiting), which decides whether another is
//! queued.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::error::CoreResult;
use crate::ledger::nvs_reference::RequestReference;
use crate::ledger::{Appender, NewEvent};
use crate::model::{EventKind, NvsKind, NvsReason, ProductId, TamperCheck, Timestamp, User};

/// A request to queue.
pub(crate) struct NewRequest<'a> {
    pub(crate) kind: NvsKind,
    pub(crate) reason: Option<NvsReason>,
    pub(crate) market: &'a str,
    pub(crate) product: ProductId,
    pub(crate) serial: &'a str,
    /// The anti-tampering device check the person made, if any (written as the reference's
    /// `atd=` token).
    pub(crate) atd: Option<TamperCheck>,
}
/// Whether a verification of the pack already waits.
pub(super) fn verification_waiting(
    tx: &Transaction<'_>,
    product: ProductId,
    serial: &str,
) -> CoreResult<bool> {
    Ok(tx
        .prepare_cached(
            "SELECT 1 FROM nvs_request WHERE product_id = ?1 AND serial = ?2
             AND kind = 'verify' AND state IN ('pending', 'sent')",
        )?
        .query_row(params![product.0, serial], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Whether the pack has a decommission with no undo after it (an undo that failed or met an
/// alert undid nothing), the decommission in whatever state: waiting, done, or ended in an
/// alert or a failure, which a person resolves (a second decommission sent on its own could be
/// the one the national system takes for a falsification).
pub(super) fn decommission_standing(
    tx: &Transaction<'_>,
    product: ProductId,
    serial: &str,
) -> CoreResult<bool> {
    Ok(standing_decommission(tx, product, serial, None)?.is_some())
}

/// The id of the decommission that stands for the pack (as [`decommission_standing`] tells
/// it), counting only the requests queued before request `before` when one is given (what
/// stood when that one was queued).
pub(super) fn standing_decommission(
    tx: &Connection,
    product: ProductId,
    serial: &str,
    before: Option<i64>,
) -> CoreResult<Option<i64>> {
    Ok(standing(tx, product, serial, before)?.map(|(id, _)| id))
}

/// Why the pack's standing decommission took it out of the supply chain, when that was not a
/// supply (reported stolen, a sample, destroyed, exported, locked): such a pack must never be
/// supplied, and a dispense of it would send nothing (a decommission stands), so the national
/// system would never say so. `None` when none stands or it was a supply.
pub(crate) fn decommissioned_other_than_supplied(
    conn: &Connection,
    product: ProductId,
    serial: &str,
) -> CoreResult<Option<NvsReason>> {
    Ok(standing(conn, product, serial, None)?
        .and_then(|(_, reason)| reason)
        .filter(|r| *r != NvsReason::Supplied))
}

/// The decommission standing for the pack, and its reason: the last decommission (in any state)
/// with no undo after it that may have gone through.
fn standing(
    conn: &Connection,
    product: ProductId,
    serial: &str,
    before: Option<i64>,
) -> CoreResult<Option<(i64, Option<NvsReason>)>> {
    let last: Option<(i64, String, Option<String>)> = conn
        .prepare_cached(
            "SELECT id, kind, reason FROM nvs_request WHERE product_id = ?1 AND serial = ?2
             AND (?3 IS NULL OR id < ?3)
             AND (kind = 'decommission' OR (kind = 'undo' AND state IN ('pending', 'sent', 'done')))
             ORDER BY id DESC LIMIT 1",
        )?
        .query_row(params![product.0, serial, before], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    Ok(last.and_then(|(id, kind, reason)| {
        (kind == "decommission").then(|| (id, reason.and_then(|r| r.parse().ok())))
    }))
}

/// Queues one request, by `actor` (whose event caused it), occurred when its cause did and due
/// at once: appends its `nvs_request` event and inserts its row. Its id is chosen before the
/// event names it; the transaction is immediate, so no other writer takes it meanwhile.
pub(crate) fn queue(
    tx: &Transaction<'_>,
    appender: &mut Appender<'_>,
    actor: &User,
    request: &NewRequest<'_>,
    occurred_at: Timestamp,
    now: Timestamp,
) -> CoreResult<i64> {
    let (gtin, lot, expiry): (String, Option<String>, Option<String>) = tx
        .prepare_cached(
            "SELECT p.gtin, u.lot, u.expiry FROM product p
             LEFT JOIN unit u ON u.product_id = p.id AND u.serial = ?2 WHERE p.id = ?1",
        )?
        .query_row(params![request.product.0, request.serial], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    let id: i64 = tx.query_row(
        "SELECT coalesce(max(id), 0) + 1 FROM nvs_request",
        [],
        |r| r.get(0),
    )?;
    let reference = RequestReference {
        id,
        market: request.market.to_string(),
        kind: request.kind,
        gtin,
        serial: request.serial.to_string(),
        lot: lot.clone(),
        expiry: expiry
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
        atd: request.atd,
    };
    let event = NewEvent {
        kind: EventKind::NvsRequest,
        occurred_at,
        location: None,
        counterparty: None,
        reference: Some(reference.text()),
        reason: request.reason.map(|r| r.as_str().to_string()),
        raw_scan: None,
        lines: Vec::new(),
    };
    let appended = appender.append(actor, &event)?;
    tx.prepare_cached(
        "INSERT INTO nvs_request (id, kind, reason, market, product_id, serial, lot, expiry,
             next_attempt_at, created_at, request_seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10)",
    )?
    .execute(params![
        id,
        request.kind.as_str(),
        request.reason.map(NvsReason::as_str),
        request.market,
        request.product.0,
        request.serial,
        lot,
        expiry,
        now.utc_text(),
        appended.seq,
    ])?;
    Ok(id)
}

/// The request of the pack queued after the event `seq` (by it, in its transaction), if any.
pub(crate) fn queued_after(
    tx: &Transaction<'_>,
    product: ProductId,
    serial: &str,
    seq: i64,
) -> CoreResult<Option<i64>> {
    Ok(tx
        .prepare_cached(
            "SELECT id FROM nvs_request WHERE product_id = ?1 AND serial = ?2
             AND request_seq > ?3 ORDER BY id DESC LIMIT 1",
        )?
        .query_row(params![product.0, serial, seq], |r| r.get(0))
        .optional()?)
}
