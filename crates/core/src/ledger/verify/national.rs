//! The national verification outbox (`nvs_request`, migration 0034) against the ledger: each
//! row's request and answer are rebuilt from the `nvs_request` and `nvs_result` events it names
//! and compared; the send bookkeeping (attempts, next attempt, `sent`) is the drainer's working
//! state and not on the ledger. Read from the rows (a site has a few per dispense), each event
//! found by its sequence number, so no scan of the whole ledger; a row deleted is found by the
//! gap it leaves in the ids, which the queue gives one after another (in a full verify only).

use rusqlite::{Connection, OptionalExtension};

use super::{FindingKind, VerifyReport};
use crate::error::CoreResult;
use crate::ledger::nvs_reference::{RequestReference, ResultReference};
use crate::model::NvsState;

/// One outbox row as stored, with its product's GTIN.
struct Row {
    id: i64,
    kind: String,
    reason: Option<String>,
    market: String,
    gtin: String,
    serial: String,
    lot: Option<String>,
    expiry: Option<String>,
    state: String,
    code: Option<String>,
    words: Option<String>,
    alert_id: Option<String>,
    request_seq: i64,
    result_seq: Option<i64>,
}

/// Compares the outbox rows with their events: every row, and a gap in the ids, in a full
/// verify (`since` none); in an incremental one, the rows whose request or answer was recorded
/// after the event `since` (both sequence numbers are unique, so indexed).
pub(super) fn compare_national(
    conn: &Connection,
    report: &mut VerifyReport,
    since: Option<i64>,
) -> CoreResult<()> {
    let which = match since {
        None => "",
        Some(_) => "WHERE r.request_seq > ?1 OR r.result_seq > ?1",
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT r.id, r.kind, r.reason, r.market, p.gtin, r.serial, r.lot, r.expiry, r.state,
                r.return_code, r.words, r.alert_id, r.request_seq, r.result_seq
         FROM nvs_request r JOIN product p ON p.id = r.product_id {which} ORDER BY r.id"
    ))?;
    let params: Vec<i64> = since.into_iter().collect();
    let rows = stmt.query_map(rusqlite::params_from_iter(params), |r| {
        Ok(Row {
            id: r.get(0)?,
            kind: r.get(1)?,
            reason: r.get(2)?,
            market: r.get(3)?,
            gtin: r.get(4)?,
            serial: r.get(5)?,
            lot: r.get(6)?,
            expiry: r.get(7)?,
            state: r.get(8)?,
            code: r.get(9)?,
            words: r.get(10)?,
            alert_id: r.get(11)?,
            request_seq: r.get(12)?,
            result_seq: r.get(13)?,
        })
    })?;
    let mut expected_id = 1;
    for row in rows {
        let row = row?;
        if since.is_none() && row.id != expected_id {
            mismatch(report, format!("national verification requests {expected_id} to {} are missing from the outbox, though the queue numbers them one after another: rows were deleted behind the store's back", row.id - 1));
        }
        expected_id = row.id + 1;
        if let Some(why) = request_differs(conn, &row)? {
            mismatch(
                report,
                format!("national verification request {}: {why}", row.id),
            );
        }
        if let Some(why) = result_differs(conn, &row)? {
            mismatch(
                report,
                format!("national verification request {}: {why}", row.id),
            );
        }
    }
    Ok(())
}

fn mismatch(report: &mut VerifyReport, message: String) {
    report.add(FindingKind::StateMismatch, None, message);
}

/// An event's kind, reference and reason.
type Said = (String, Option<String>, Option<String>);

/// The event at `seq`: its kind, reference and reason.
fn event(conn: &Connection, seq: i64) -> CoreResult<Option<Said>> {
    Ok(conn
        .prepare_cached("SELECT kind, reference, reason FROM event WHERE seq = ?1")?
        .query_row([seq], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?)
}

/// Why the row's request differs from its `nvs_request` event, if it does.
fn request_differs(conn: &Connection, row: &Row) -> CoreResult<Option<String>> {
    let Some((kind, reference, reason)) = event(conn, row.request_seq)? else {
        return Ok(Some(format!(
            "its request event seq {} is not on the ledger",
            row.request_seq
        )));
    };
    if kind != "nvs_request" {
        return Ok(Some(format!(
            "event seq {} is a {kind}, not its request",
            row.request_seq
        )));
    }
    let Some(r) = reference.as_deref().and_then(RequestReference::parse) else {
        return Ok(Some(format!(
            "its request event seq {} does not name it in the form Custody writes",
            row.request_seq
        )));
    };
    let same = r.id == row.id
        && r.market == row.market
        && r.kind.as_str() == row.kind
        && r.gtin == row.gtin
        && r.serial == row.serial
        && r.lot == row.lot
        && r.expiry.map(|d| d.to_string()) == row.expiry
        && reason == row.reason;
    Ok((!same).then(|| format!("the outbox row ({} {} {} {}) is not what its request event seq {} says ({}): it was changed behind the store's back", row.kind, row.market, row.gtin, row.serial, row.request_seq, reference.unwrap_or_default())))
}

/// Why the row's answer differs from its `nvs_result` event, if it does.
fn result_differs(conn: &Connection, row: &Row) -> CoreResult<Option<String>> {
    let waits = row.state.parse::<NvsState>().is_ok_and(NvsState::waits);
    let Some(seq) = row.result_seq else {
        return Ok((!waits).then(|| format!("it is {} with no answer on the ledger", row.state)));
    };
    let Some((kind, reference, reason)) = event(conn, seq)? else {
        return Ok(Some(format!(
            "its answer event seq {seq} is not on the ledger"
        )));
    };
    if kind != "nvs_result" {
        return Ok(Some(format!("event seq {seq} is a {kind}, not its answer")));
    }
    let Some(r) = reference.as_deref().and_then(ResultReference::parse) else {
        return Ok(Some(format!(
            "its answer event seq {seq} does not name it in the form Custody writes"
        )));
    };
    let same = r.id == row.id
        && r.state.as_str() == row.state
        && r.code == row.code
        && r.alert_id == row.alert_id
        && reason == row.words;
    Ok((!same).then(|| format!("the outbox row ({}, code {}, alert {}) is not what its answer event seq {seq} says ({}): it was changed behind the store's back", row.state, row.code.as_deref().unwrap_or("none"), row.alert_id.as_deref().unwrap_or("none"), reference.unwrap_or_default())))
}
