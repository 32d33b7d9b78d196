//! The outbox as the drainer reads and writes it, acting as `custody:verification`: the
//! requests due, a request marked sent before it crosses the network, put back for later, or
//! answered. Only an answer is written to the ledger (`nvs_result`); the sends and retries are
//! the drainer's working state (migration 0034 says why). An alert turns a pack still held here
//! suspect and quarantines it, in the answer's transaction.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row, Transaction};

use super::answer::NvsAnswer;
use super::order::IN_ORDER;
use super::NvsRequest;
use crate::error::{CoreError, CoreResult};
use crate::ledger::{Appender, NewEvent, NewLine, Place};
use crate::model::{EventKind, LocationId, NvsState, ProductId, Timestamp, UnitStatus, User};
use crate::permissions::{forbidden, Operation};
use crate::users::SystemPrincipal;

/// A request put back for later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NvsRetry {
    /// When it is due again.
    pub at: Timestamp,
    /// `pending` (nothing applied) or `sent` (outcome unknown: verify before re-sending).
    pub state: NvsState,
    /// The code read, if any.
    pub code: Option<String>,
    /// Why it waits.
    pub words: Option<String>,
}

pub(super) const COLUMNS: &str =
    "r.id, r.kind, r.reason, r.market, p.gtin, r.serial, r.lot, r.expiry, r.state,
    r.attempts, r.next_attempt_at, r.return_code, r.words, r.alert_id, r.request_seq, r.result_seq";

pub(super) fn request(r: &Row<'_>) -> rusqlite::Result<NvsRequest> {
    let text = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    Ok(NvsRequest {
        id: r.get(0)?,
        kind: text(1)?.parse().map_err(|e| bad(1, e))?,
        reason: match r.get::<_, Option<String>>(2)? {
            Some(s) => Some(s.parse().map_err(|e| bad(2, e))?),
            None => None,
        },
        market: r.get(3)?,
        gtin: r.get(4)?,
        serial: r.get(5)?,
        lot: r.get(6)?,
        expiry: r
            .get::<_, Option<String>>(7)?
            .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        state: text(8)?.parse().map_err(|e| bad(8, e))?,
        attempts: r.get(9)?,
        next_attempt_at: r.get(10)?,
        return_code: r.get(11)?,
        words: r.get(12)?,
        alert_id: r.get(13)?,
        request_seq: r.get(14)?,
        result_seq: r.get(15)?,
    })
}

/// A stored word the table's constraint should have kept out.
fn bad(column: usize, detail: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        rusqlite::types::Type::Text,
        Box::<dyn std::error::Error + Send + Sync>::from(detail),
    )
}

/// Only the drainer's principal works the queue.
fn drainer(actor: &User) -> CoreResult<()> {
    match SystemPrincipal::of(actor) {
        Some(SystemPrincipal::Verification) => Ok(()),
        _ => Err(forbidden(actor, Operation::Quarantine)),
    }
}

impl crate::Store {
    /// The waiting requests due at `now`, oldest first; a change (decommission or undo) waits
    /// while an earlier change of its pack does (`order`).
    pub fn nvs_due(&self, actor: &User, now: Timestamp) -> CoreResult<Vec<NvsRequest>> {
        drainer(actor)?;
        let sql = format!(
            "SELECT {COLUMNS} FROM nvs_request r JOIN product p ON p.id = r.product_id
             WHERE r.state IN ('pending', 'sent') AND r.next_attempt_at <= ?1 AND {IN_ORDER}
             ORDER BY r.next_attempt_at, r.id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([now.utc_text()], request)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every request of a pack, oldest first (anyone who may see stock).
    pub fn nvs_requests_of(
        &self,
        actor: &User,
        gtin: &str,
        serial: &str,
    ) -> CoreResult<Vec<NvsRequest>> {
        crate::permissions::require(actor, Operation::ViewStock)?;
        let sql = format!(
            "SELECT {COLUMNS} FROM nvs_request r JOIN product p ON p.id = r.product_id
             WHERE p.gtin = ?1 AND r.serial = ?2 ORDER BY r.id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([gtin, serial], request)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// When the next waiting request is due (UTC, as stored), if any waits and is not held
    /// behind an earlier change of its pack (that one's answer frees it).
    pub fn nvs_next_due(&self, actor: &User) -> CoreResult<Option<String>> {
        drainer(actor)?;
        let sql = format!(
            "SELECT min(r.next_attempt_at) FROM nvs_request r
             WHERE r.state IN ('pending', 'sent') AND {IN_ORDER}"
        );
        Ok(self.conn().query_row(&sql, [], |r| r.get(0))?)
    }

    /// Marks `id` sent and counts the attempt, before it crosses the network: a crash then
    /// leaves it `sent`, an unknown outcome.
    pub fn nvs_mark_sent(&self, actor: &User, id: i64) -> CoreResult<()> {
        drainer(actor)?;
        // Made durable before the request leaves: with `synchronous=NORMAL` a power cut may
        // lose the last commits, and a `sent` lost would let the drainer send a change again
        // without verifying it first. One fsync per request sent.
        self.conn().pragma_update(None, "synchronous", "FULL")?;
        let marked = self.conn().execute(
            "UPDATE nvs_request SET state = 'sent', attempts = attempts + 1
             WHERE id = ?1 AND state IN ('pending', 'sent')",
            [id],
        );
        self.conn().pragma_update(None, "synchronous", "NORMAL")?;
        waiting(marked?, id)
    }

    /// Puts `id` back until `retry.at`.
    pub fn nvs_schedule_retry(&self, actor: &User, id: i64, retry: &NvsRetry) -> CoreResult<()> {
        drainer(actor)?;
        if !retry.state.waits() {
            return Err(CoreError::refused("national.request_not_waiting").arg("id", id));
        }
        let n = self.conn().execute(
            "UPDATE nvs_request SET state = ?2, next_attempt_at = ?3,
                 return_code = coalesce(?4, return_code), words = ?5
             WHERE id = ?1 AND state IN ('pending', 'sent')",
            params![
                id,
                retry.state.as_str(),
                retry.at.utc_text(),
                retry.code,
                retry.words
            ],
        )?;
        waiting(n, id)
    }

    /// Records how `id` ended: its `nvs_result` event by the drainer and its row, on an alert,
    /// the pack marked suspect into quarantine when it is still held here (one that has left is
    /// the patient-level follow-up's, not yet built), and on an alert or a failure of a change,
    /// the changes of the pack queued after it ended failed (`order`), all in one transaction.
    pub fn nvs_record(
        &mut self,
        actor: &User,
        id: i64,
        answer: &NvsAnswer,
        now: Timestamp,
    ) -> CoreResult<i64> {
        drainer(actor)?;
        if answer.state.waits() {
            return Err(CoreError::refused("national.request_not_waiting").arg("id", id));
        }
        let tx = self.conn_mut().transaction()?;
        let (product, serial): (i64, String) = tx
            .query_row(
                "SELECT product_id, serial FROM nvs_request
                 WHERE id = ?1 AND state IN ('pending', 'sent')",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| CoreError::refused("national.request_not_waiting").arg("id", id))?;
        let mut appender = Appender::new(&tx, now)?;
        let seq = super::answer::end(&tx, &mut appender, actor, id, answer, now)?;
        super::order::fail_followers(&tx, &mut appender, actor, (id, answer.state), now)?;
        if answer.state == NvsState::Alert {
            quarantine_suspect(
                &tx,
                &mut appender,
                actor,
                (ProductId(product), &serial),
                answer,
                now,
            )?;
        }
        appender.finish()?;
        tx.commit()?;
        Ok(seq)
    }
}

/// `national.request_not_waiting` when no waiting row was changed.
fn waiting(changed: usize, id: i64) -> CoreResult<()> {
    if changed == 1 {
        Ok(())
    } else {
        Err(CoreError::refused("national.request_not_waiting").arg("id", id))
    }
}

/// A pack's status, location, lot and expiry as the `unit` table holds them.
type HeldPack = (String, Option<i64>, Option<String>, Option<String>);

/// Marks the pack suspect into the site's quarantine area (the event a receipt or return writes
/// for a suspect pack, `mark_suspect`), when it is held here; the reason names the alert.
fn quarantine_suspect(
    tx: &Transaction<'_>,
    appender: &mut Appender<'_>,
    actor: &User,
    (product, serial): (ProductId, &str),
    answer: &NvsAnswer,
    now: Timestamp,
) -> CoreResult<()> {
    let held: Option<HeldPack> = tx
        .query_row(
            "SELECT status, location_id, lot, expiry FROM unit WHERE product_id = ?1 AND serial = ?2",
            params![product.0, serial],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((status, Some(at), lot, expiry)) = held else {
        return Ok(());
    };
    let status: UnitStatus = status
        .parse()
        .map_err(|_| CoreError::refused("national.pack_state_unreadable").arg("serial", serial))?;
    if !status.is_held() {
        return Ok(());
    }
    let cabinet = quarantine_area(tx, LocationId(at))?;
    let reason = format!(
        "suspect: national system alert {} {}",
        answer.code.as_deref().unwrap_or("-"),
        answer.alert_id.as_deref().unwrap_or("-")
    );
    let event = NewEvent {
        kind: EventKind::MarkSuspect,
        occurred_at: now,
        location: Some(cabinet),
        counterparty: None,
        reference: None,
        reason: Some(reason),
        raw_scan: None,
        lines: vec![NewLine {
            product,
            lot,
            serial: Some(serial.to_string()),
            expiry: expiry.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
            quantity: 1,
            before: Some(Place::at(status, LocationId(at))),
            after: Some(Place::at(UnitStatus::Quarantined, cabinet)),
            unit_cost_cents: None,
        }],
    };
    appender.append(actor, &event)?;
    Ok(())
}

/// The site's first active quarantine area, or `near` itself (as a scan's hold chooses).
fn quarantine_area(tx: &Transaction<'_>, near: LocationId) -> CoreResult<LocationId> {
    Ok(tx
        .prepare_cached(
            "SELECT id FROM location WHERE kind = 'quarantine' AND active = 1
             AND site_id = (SELECT site_id FROM location WHERE id = ?1) ORDER BY id LIMIT 1",
        )?
        .query_row([near.0], |r| r.get(0))
        .optional()?
        .map_or(near, LocationId))
}
