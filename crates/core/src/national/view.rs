//! The queue as people see it: how many requests wait and since when (the status bar), the
//! requests of one state newest first (the queue screen), and a person's retry of a request
//! that failed. Waiting requests are read through the due index and ended ones through
//! migration 0035's (by state and time), so neither grows with the years of answered requests.

use chrono::{DateTime, Duration};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use super::request::{queue, standing_decommission, NewRequest};
use super::NvsRequest;
use crate::error::{CoreError, CoreResult};
use crate::ledger::nvs_reference::RequestReference;
use crate::ledger::Appender;
use crate::model::{NvsKind, NvsState, ProductId, Timestamp, User};
use crate::permissions::{require, Operation};

/// How long before the decommission window (the site's `nvs.window_hours`) runs out the queue
/// warns.
pub const WINDOW_WARNING_HOURS: i64 = 6;

/// The queue in figures: what the status bar says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NvsSummary {
    /// Requests not yet sent.
    pub pending: i64,
    /// Requests sent whose answer was not read (verified before any re-send).
    pub sent: i64,
    /// Requests ended in an alert.
    pub alerts: i64,
    /// Requests refused, or that cannot be sent.
    pub failed: i64,
    /// When the oldest waiting request was queued (UTC, as stored).
    pub oldest_waiting_at: Option<String>,
    /// Why the oldest waiting request waits, as its last attempt said.
    pub oldest_waiting_words: Option<String>,
    /// When the oldest waiting decommission's window runs out (UTC), if one waits.
    pub window_ends_at: Option<String>,
    /// Whether that is less than [`WINDOW_WARNING_HOURS`] away (or a quarter of a shorter
    /// window), or past.
    pub window_warning: bool,
    /// Alerts on packs already supplied: each a patient-level follow-up.
    pub alerts_after_supply: i64,
}

/// Which requests the queue screen lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum NvsShown {
    /// Pending and sent.
    Waiting,
    /// Answered as expected.
    Done,
    /// Ended in an alert.
    Alerts,
    /// Refused, or cannot be sent.
    Failed,
}

/// One request on the queue screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NvsQueued {
    /// The request.
    pub request: NvsRequest,
    /// The product's name.
    pub product_name: String,
    /// When it was queued (UTC, as stored).
    pub created_at: String,
    /// For an alert on a pack that has left (supplied): its last dispense, where the
    /// patient-level follow-up starts.
    pub supplied: Option<NvsSupplied>,
}

/// A pack's last dispense, as the ledger has it: who received it is found from here (the
/// ward or patient reference given at dispense, the person who dispensed it, when).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NvsSupplied {
    /// The dispense event's sequence number.
    pub seq: i64,
    /// When it happened (UTC, as stored).
    pub occurred_at: String,
    /// Where from: the location's code.
    pub location: Option<String>,
    /// The reference given (prescription, patient or ward).
    pub reference: Option<String>,
    /// The partner named, if any.
    pub counterparty: Option<String>,
    /// Who dispensed it.
    pub by: String,
}

impl crate::Store {
    /// How many requests wait, have ended in an alert or failed, and since when the oldest
    /// waits (anyone who may see stock).
    pub fn nvs_summary(&self, actor: &User, now: Timestamp) -> CoreResult<NvsSummary> {
        require(actor, Operation::ViewStock)?;
        let mut counts = [0i64; 4];
        let mut stmt = self.conn().prepare_cached(
            "SELECT state, count(*) FROM nvs_request
             WHERE state IN ('pending', 'sent', 'alert', 'failed') GROUP BY state",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let state: String = row.get(0)?;
            let at = ["pending", "sent", "alert", "failed"]
                .iter()
                .position(|s| *s == state);
            if let Some(i) = at {
                counts[i] = row.get(1)?;
            }
        }
        let oldest: Option<(String, Option<String>)> = self
            .conn()
            .prepare_cached(
                "SELECT created_at, words FROM nvs_request WHERE state IN ('pending', 'sent')
                 ORDER BY created_at, id LIMIT 1",
            )?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let decommission: Option<String> = self
            .conn()
            .prepare_cached(
                "SELECT min(created_at) FROM nvs_request
                 WHERE state IN ('pending', 'sent') AND kind = 'decommission'",
            )?
            .query_row([], |r| r.get(0))?;
        let window = i64::from(super::settings::read(self.conn())?.window_hours);
        let window_ends = decommission
            .as_deref()
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t + Duration::hours(window));
        // Six hours before the end, or a quarter of a window shorter than a day.
        let warn_before = Duration::minutes((WINDOW_WARNING_HOURS * 60).min(window * 15));
        let alerts_after_supply = self
            .conn()
            .prepare_cached(
                "SELECT count(*) FROM nvs_request r
             JOIN unit u ON u.product_id = r.product_id AND u.serial = r.serial
             WHERE r.state = 'alert' AND u.status = 'dispensed'",
            )?
            .query_row([], |r| r.get(0))?;
        Ok(NvsSummary {
            alerts_after_supply,
            pending: counts[0],
            sent: counts[1],
            alerts: counts[2],
            failed: counts[3],
            window_warning: window_ends.is_some_and(|end| now.0 + warn_before >= end),
            window_ends_at: window_ends.map(|t| Timestamp(t).utc_text()),
            oldest_waiting_words: oldest.as_ref().and_then(|(_, w)| w.clone()),
            oldest_waiting_at: oldest.map(|(t, _)| t),
        })
    }

    /// The requests `shown`, newest first, at most `limit` (anyone who may see stock).
    pub fn nvs_queue(
        &self,
        actor: &User,
        shown: NvsShown,
        limit: u32,
    ) -> CoreResult<Vec<NvsQueued>> {
        require(actor, Operation::ViewStock)?;
        let states = match shown {
            NvsShown::Waiting => "('pending', 'sent')",
            NvsShown::Done => "('done')",
            NvsShown::Alerts => "('alert')",
            NvsShown::Failed => "('failed')",
        };
        let sql = format!(
            "SELECT {}, p.name, r.created_at, r.product_id FROM nvs_request r
             JOIN product p ON p.id = r.product_id
             WHERE r.state IN {states} ORDER BY r.created_at DESC, r.id DESC LIMIT ?1",
            super::outbox::COLUMNS
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([limit], |r| {
            Ok((
                NvsQueued {
                    request: super::outbox::request(r)?,
                    product_name: r.get(16)?,
                    created_at: r.get(17)?,
                    supplied: None,
                },
                r.get::<_, i64>(18)?,
            ))
        })?;
        let mut listed = Vec::new();
        for row in rows {
            let (mut queued, product) = row?;
            if queued.request.state == NvsState::Alert {
                queued.supplied = self.supplied(ProductId(product), &queued.request.serial)?;
            }
            listed.push(queued);
        }
        Ok(listed)
    }

    /// The last dispense of a pack that has been supplied (its status `dispensed`), if it has.
    fn supplied(&self, product: ProductId, serial: &str) -> CoreResult<Option<NvsSupplied>> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT e.seq, e.occurred_at, l.code, e.reference, pa.name, us.name
                 FROM unit u
                 JOIN event_line el ON el.product_id = u.product_id AND el.serial = u.serial
                 JOIN event e ON e.seq = el.event_seq AND e.kind = 'dispense'
                 LEFT JOIN location l ON l.id = e.location_id
                 LEFT JOIN partner pa ON pa.id = e.counterparty_id
                 JOIN user us ON us.id = e.actor_id
                 WHERE u.product_id = ?1 AND u.serial = ?2 AND u.status = 'dispensed'
                 ORDER BY e.seq DESC LIMIT 1",
            )?
            .query_row(rusqlite::params![product.0, serial], |r| {
                Ok(NvsSupplied {
                    seq: r.get(0)?,
                    occurred_at: r.get(1)?,
                    location: r.get(2)?,
                    reference: r.get(3)?,
                    counterparty: r.get(4)?,
                    by: r.get(5)?,
                })
            })
            .optional()?)
    }

    /// Queues the request `id`, which failed, again as a new request by `actor` (QA officers,
    /// managers, administrators: those who may override a verdict), once what refused it is
    /// mended. A failed request was never applied (only a known outcome ends one failed), so
    /// the new one is sent as any other. Refused when a request of the same kind for the pack
    /// was queued after it (`national.retry_queued`). Answers the new request's id.
    pub fn nvs_retry(&mut self, actor: &User, id: i64, now: Timestamp) -> CoreResult<i64> {
        require(actor, Operation::Override)?;
        let tx = self.conn_mut().transaction()?;
        let sql = format!(
            "SELECT {}, r.product_id FROM nvs_request r JOIN product p ON p.id = r.product_id
             WHERE r.id = ?1 AND r.state = 'failed'",
            super::outbox::COLUMNS
        );
        let failed = tx
            .query_row(&sql, [id], |r| {
                Ok((super::outbox::request(r)?, r.get::<_, i64>(16)?))
            })
            .optional()?;
        let (failed, product) = failed
            .ok_or_else(|| CoreError::refused("national.request_not_failed").arg("id", id))?;
        // Once only: a request of the pack's kind queued after this one (its retry, or a new
        // cause's) stands in its place; a second decommission would be a falsification alert.
        let later: Option<i64> = tx
            .query_row(
                "SELECT id FROM nvs_request WHERE product_id = ?1 AND serial = ?2 AND kind = ?3
                 AND id > ?4 ORDER BY id LIMIT 1",
                rusqlite::params![product, failed.serial, failed.kind.as_str(), id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(later) = later {
            return Err(CoreError::refused("national.retry_queued")
                .arg("id", id)
                .arg("later", later));
        }
        // A decommission that failed behind a refused undo must not be sent: the one before it
        // still stands (what stood when the failed one was queued).
        if failed.kind == NvsKind::Decommission {
            let pack = ProductId(product);
            if let Some(standing) = standing_decommission(&tx, pack, &failed.serial, Some(id))? {
                return Err(CoreError::refused("national.retry_decommission_stands")
                    .arg("id", id)
                    .arg("standing", standing));
            }
        }
        // The seal check said with the failed request is said again with its retry: it is read
        // from the request's own event (the outbox row does not keep it).
        let said: Option<String> = tx
            .query_row(
                "SELECT reference FROM event WHERE seq = ?1",
                [failed.request_seq],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        let atd = said
            .as_deref()
            .and_then(RequestReference::parse)
            .and_then(|r| r.atd);
        let request = NewRequest {
            kind: failed.kind,
            reason: failed.reason,
            market: &failed.market,
            product: ProductId(product),
            serial: &failed.serial,
            atd,
        };
        let mut appender = Appender::new(&tx, now)?;
        let new = queue(&tx, &mut appender, actor, &request, now, now)?;
        appender.finish()?;
        tx.commit()?;
        Ok(new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    #[test]
    fn the_window_is_a_day_and_warns_a_quarter_before() {
        let at = |s: &str| DateTime::<FixedOffset>::parse_from_rfc3339(s).unwrap();
        let queued = at("2026-12-01T08:00:00Z");
        let end = queued + Duration::hours(24);
        assert_eq!(end, at("2026-12-02T08:00:00Z"));
        assert!(at("2026-12-02T02:00:00Z") + Duration::hours(WINDOW_WARNING_HOURS) >= end);
        assert!(at("2026-12-02T01:59:00Z") + Duration::hours(WINDOW_WARNING_HOURS) < end);
    }
}
