//! The recall outcomes waiting for the hub: the rows of `recall_outcome` (a patient or ward
//! notified, a pack that left not traceable) of the network's recalls — those `hub_recall` maps
//! to a recall of the hub's, entered from its feed or shared and linked — that the hub has not
//! acknowledged (migration 0022). Each is read as the protocol's [`SiteOutcome`]: the hub's
//! number for the recall, the item, the outcome, when and by whose username; never the note,
//! which can name a patient. Rows of a recall the network does not share wait unsent, so a
//! recall shared later sends its earlier outcomes too. Each function is one short read or write.

use custody_sync_protocol::SiteOutcome;
use rusqlite::{params, Connection};

use crate::error::CoreResult;
use crate::model::{Timestamp, User};
use crate::permissions::{require, Operation};
use crate::Store;

use super::outbox::site_code;

/// Outcomes to send, in the order they were recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomesToSend {
    /// The site's code.
    pub site: String,
    /// Each outcome's row here, to mark once the hub has answered (same order as `outcomes`).
    pub rows: Vec<i64>,
    /// The outcomes, as the wire carries them.
    pub outcomes: Vec<SiteOutcome>,
}

impl Store {
    /// Up to `limit` outcomes of network recalls the hub has not acknowledged, oldest first.
    pub fn recall_outcomes_to_send(
        &self,
        actor: &User,
        limit: usize,
    ) -> CoreResult<OutcomesToSend> {
        require(actor, Operation::Sync)?;
        let conn = self.conn();
        let site = site_code(conn)?;
        let mut stmt = conn.prepare_cached(
            "SELECT o.rowid, h.hub_id, r.number, p.gtin, o.serial, o.lot, o.status, o.outcome,
                    o.recorded_at, u.username, o.product_id
             FROM recall_outcome o
             JOIN hub_recall h ON h.recall_id = o.recall_id
             JOIN recall r ON r.id = o.recall_id
             JOIN product p ON p.id = o.product_id
             JOIN user u ON u.id = o.recorded_by
             WHERE o.sent_at IS NULL
             ORDER BY o.rowid LIMIT ?1",
        )?;
        let mut rows = stmt.query([limit as i64])?;
        let mut out = OutcomesToSend {
            site,
            rows: Vec::new(),
            outcomes: Vec::new(),
        };
        while let Some(r) = rows.next()? {
            let serial: Option<String> = r.get(4)?;
            let lot: Option<String> = r.get(5)?;
            let status: String = r.get(6)?;
            let quantity = match (&serial, &lot) {
                (None, Some(lot)) => lot_quantity(conn, r.get(10)?, lot, &status)?,
                _ => 1,
            };
            out.rows.push(r.get(0)?);
            out.outcomes.push(SiteOutcome {
                recall: r.get(1)?,
                number: r.get(2)?,
                gtin: r.get(3)?,
                serial,
                lot,
                status,
                outcome: r.get(7)?,
                quantity,
                recorded_at: r.get(8)?,
                recorded_by: r.get(9)?,
            });
        }
        Ok(out)
    }

    /// Marks outcome rows as held by the hub: they are not sent again.
    pub fn record_outcomes_sent(
        &mut self,
        actor: &User,
        rows: &[i64],
        now: Timestamp,
    ) -> CoreResult<()> {
        require(actor, Operation::Sync)?;
        let tx = self.conn_mut().transaction()?;
        {
            let mut mark = tx.prepare_cached(
                "UPDATE recall_outcome SET sent_at = ?2 WHERE rowid = ?1 AND sent_at IS NULL",
            )?;
            for row in rows {
                mark.execute(params![row, now.utc_text()])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Marks one outcome row as refused by the hub for good (`why`: the refusal's code and
    /// words): it is not sent again, and the row says why it is not at the hub.
    pub fn record_outcome_refused(
        &mut self,
        actor: &User,
        row: i64,
        why: &str,
        now: Timestamp,
    ) -> CoreResult<()> {
        require(actor, Operation::Sync)?;
        self.conn().execute(
            "UPDATE recall_outcome SET sent_at = ?2, hub_refusal = ?3
             WHERE rowid = ?1 AND sent_at IS NULL",
            params![row, now.utc_text(), why],
        )?;
        Ok(())
    }
}

/// The lot-tracked quantity of `lot` in `status` now: what went into the status less what
/// left it, as the reach counts a quantity that left.
fn lot_quantity(conn: &Connection, product: i64, lot: &str, status: &str) -> CoreResult<i64> {
    let q: i64 = conn
        .prepare_cached(
            "SELECT coalesce(sum(CASE WHEN status_after = ?3 THEN quantity ELSE 0 END)
                           - sum(CASE WHEN status_before = ?3 THEN quantity ELSE 0 END), 0)
             FROM event_line WHERE product_id = ?1 AND lot = ?2 AND serial IS NULL",
        )?
        .query_row(params![product, lot, status], |r| r.get(0))?;
    Ok(q.max(0))
}
