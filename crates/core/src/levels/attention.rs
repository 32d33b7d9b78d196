//! What needs attention now: the Home screen's figures and the once-a-day alert.

use chrono::{Duration, NaiveDate};
use rusqlite::params;
use serde::Serialize;

use crate::error::CoreResult;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::policy::LevelPolicy;

/// What needs attention now: the figures of the Home screen, each linking to its list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Attention {
    /// Packs (and lot quantity) expired but still in stock.
    pub expired_in_stock: i64,
    /// Packs (and lot quantity) expiring within `soon_days`.
    pub expiring_soon: i64,
    /// The window of `expiring_soon`, in days.
    pub soon_days: i64,
    /// Product and location pairs short of their reorder point.
    pub shortages: i64,
    /// Recalls not yet closed.
    pub open_recalls: i64,
    /// Packs held in quarantine.
    pub quarantined: i64,
    /// Packs held as suspect (duplicate or reused serials, mismatched lots, found on a count).
    pub suspect: i64,
}

impl Store {
    /// The figures of the Home screen, as of `today`.
    pub fn attention(
        &self,
        actor: &User,
        soon_days: i64,
        today: NaiveDate,
    ) -> CoreResult<Attention> {
        let mut a = self.attention_counts(actor, soon_days, today)?;
        a.shortages = self.shortages(actor, &LevelPolicy::default(), today)?.len() as i64;
        Ok(a)
    }

    /// The Home screen's figures except `shortages` (left 0): those take the whole shortage
    /// computation, which the desktop app keeps computed on a connection of its own.
    pub fn attention_counts(
        &self,
        actor: &User,
        soon_days: i64,
        today: NaiveDate,
    ) -> CoreResult<Attention> {
        require(actor, Operation::ViewStock)?;
        let mut a = Attention {
            soon_days,
            ..Attention::default()
        };
        // Counted straight from the in-stock expiry index, as `expiring` would count them.
        let (today_text, until) = (
            today.to_string(),
            (today + Duration::days(soon_days.max(1))).to_string(),
        );
        for sql in [
            "SELECT coalesce(sum(expiry < ?1), 0), coalesce(sum(expiry >= ?1), 0) FROM unit
             WHERE status = 'in_stock' AND expiry <= ?2",
            "SELECT coalesce(sum(CASE WHEN expiry < ?1 THEN quantity ELSE 0 END), 0),
                    coalesce(sum(CASE WHEN expiry >= ?1 THEN quantity ELSE 0 END), 0)
             FROM lot_stock WHERE status = 'in_stock' AND expiry <= ?2",
        ] {
            let (expired, soon): (i64, i64) = self
                .conn()
                .prepare_cached(sql)?
                .query_row(params![today_text, until], |r| Ok((r.get(0)?, r.get(1)?)))?;
            a.expired_in_stock += expired;
            a.expiring_soon += soon;
        }
        let conn = self.conn();
        a.open_recalls = conn.query_row(
            "SELECT count(*) FROM recall WHERE closed_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        a.quarantined = conn.query_row(
            "SELECT count(*) FROM unit INDEXED BY unit_quarantined WHERE status = 'quarantined'",
            [],
            |r| r.get(0),
        )?;
        a.suspect = conn.query_row(
            "SELECT count(*) FROM unit u INDEXED BY unit_quarantined JOIN event e ON e.seq = u.last_event_seq
             WHERE u.status = 'quarantined' AND (e.kind = 'mark_suspect' OR e.reason LIKE 'suspect%')",
            [],
            |r| r.get(0),
        )?;
        Ok(a)
    }

    /// The day's alert, once a day: the Home figures if no alert went out today yet (and
    /// notes that this one has), else nothing. The app shows them as a desktop notification.
    pub fn daily_alert(&self, actor: &User, now: Timestamp) -> CoreResult<Option<Attention>> {
        let today = now.local_date();
        let key = "alerts.last_day";
        if self.setting(key)?.as_deref() == Some(today.to_string().as_str()) {
            return Ok(None);
        }
        let soon = self.alert_windows()?[0];
        let a = self.attention(actor, soon, today)?;
        self.set_setting(actor, key, &today.to_string(), now)?;
        Ok(Some(a))
    }
}
