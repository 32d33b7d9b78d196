//! Queuing a request: an `nvs_request` event on the ledger and its row in the outbox, in the
//! transaction (and with the appender) of the event that causes it, so neither is ever written
//! without the other nor without its cause. Queuing never refuses what caused it: it only adds.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Transaction};

use super::settings;
use crate::error::CoreResult;
use crate::ledger::nvs_reference::RequestReference;
use crate::ledger::{Appender, NewEvent};
use crate::model::{EventKind, NationalCheck, NvsKind, NvsReason, ProductId, Timestamp, User};

/// A request to queue.
pub(crate) struct NewRequest<'a> {
    pub(crate) kind: NvsKind,
    pub(crate) reason: Option<NvsReason>,
    pub(crate) market: &'a str,
    pub(crate) product: ProductId,
    pub(crate) serial: &'a str,
}

/// After an event that moves packs has been appended (a scan's, a receive-all's, a recall's
/// destruction), what the site's setting asks of it: at a site that
/// checks at dispense (EU), a decommission as supplied for each pack a dispense took and as
/// destroyed for each pack a destruction took, unless one stands for the pack
/// (`decommission_standing`: a second decommission would raise a falsification alert); at a
/// site that decommissions at receipt (EU hospitals), a decommission as supplied for each pack
/// received, the same way (the drainer sends them in bulk), and at dispense or destruction a
/// pack that was not (held at receipt, or there before); at a site that checks at receipt
/// (US), a verification of each pack a receipt held (`received_suspect`), unless one already
/// waits. A site with no valid setting queues nothing. The queuing shares the event's
/// transaction, so that no request is written without its event: an error in it (a full disk)
/// refuses the event with everything else.
pub(crate) fn queue_for_event(
    tx: &Transaction<'_>,
    appender: &mut Appender<'_>,
    actor: &User,
    (event, received_suspect): (&NewEvent, bool),
    now: Timestamp,
) -> CoreResult<()> {
    let chosen = settings::read(tx)?;
    let (kind, reason) = match (chosen.check, event.kind) {
        // At a site decommissioning at receipt, a pack dispensed or destroyed that was not
        // decommissioned then (held as suspect, released later; in stock before the site chose
        // it) is decommissioned now; one that was, stands (`decommission_standing`).
        (NationalCheck::AtDispense | NationalCheck::DecommissionAtReceipt, EventKind::Dispense) => {
            (NvsKind::Decommission, Some(NvsReason::Supplied))
        }
        // A pack destroyed leaves the supply chain as surely as one supplied.
        (NationalCheck::AtDispense | NationalCheck::DecommissionAtReceipt, EventKind::Destroy) => {
            (NvsKind::Decommission, Some(NvsReason::Destroyed))
        }
        // A pack held at receipt (suspect) is never decommissioned: it may be falsified.
        (NationalCheck::DecommissionAtReceipt, EventKind::Receive) if !received_suspect => {
            (NvsKind::Decommission, Some(NvsReason::Supplied))
        }
        (NationalCheck::AtReceipt, _) if received_suspect => (NvsKind::Verify, None),
        _ => return Ok(()),
    };
    let Some(market) = chosen.market.as_deref() else {
        return Ok(());
    };
    for line in &event.lines {
        let Some(serial) = line.serial.as_deref() else {
            continue;
        };
        let standing = match kind {
            NvsKind::Verify => verification_waiting(tx, line.product, serial)?,
            _ => decommission_standing(tx, line.product, serial)?,
        };
        if standing {
            continue;
        }
        let request = NewRequest {
            kind,
            reason,
            market,
            product: line.product,
            serial,
        };
        queue(tx, appender, actor, &request, event.occurred_at, now)?;
    }
    Ok(())
}

/// Whether a verification of the pack already waits.
fn verification_waiting(
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
fn decommission_standing(
    tx: &Transaction<'_>,
    product: ProductId,
    serial: &str,
) -> CoreResult<bool> {
    let last: Option<String> = tx
        .prepare_cached(
            "SELECT kind FROM nvs_request WHERE product_id = ?1 AND serial = ?2
             AND (kind = 'decommission' OR (kind = 'undo' AND state IN ('pending', 'sent', 'done')))
             ORDER BY id DESC LIMIT 1",
        )?
        .query_row(params![product.0, serial], |r| r.get(0))
        .optional()?;
    Ok(last.as_deref() == Some("decommission"))
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
