//! What needs attention now: the Home screen's figures and the once-a-day alert; and the
//! figures above them (packs in stock, movements today), each counting what its list shows.

use chrono::{Duration, NaiveDate};
use rusqlite::params;
use serde::Serialize;

use crate::error::CoreResult;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::stock::held_as_suspect;
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
    /// Packs (and lot quantity) held in quarantine: the stock list's quarantined column, summed.
    pub quarantined: i64,
    /// Packs held as suspect (duplicate or reused serials, mismatched lots, found on a count).
    pub suspect: i64,
    /// The figures above the tiles (all 0 from [`Store::attention_counts`]).
    pub figures: Figures,
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
        a.figures = self.figures(actor, today)?;
        Ok(a)
    }

    /// The Home screen's figures except `shortages` and `figures` (left 0): the shortages take
    /// the whole shortage computation, which the desktop app keeps computed on a connection of
    /// its own, and the figures a pass over the stock the daily alert does not need.
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
        // From the kept sums by product and expiry, all locations together ('' is no expiry):
        // the packs and lot quantities in stock, as `expiring` would count them.
        let (today_text, until) = (
            today.to_string(),
            (today + Duration::days(soon_days.max(1))).to_string(),
        );
        (a.expired_in_stock, a.expiring_soon) = self
            .conn()
            .prepare_cached(
                "SELECT coalesce(sum(CASE WHEN expiry < ?1 THEN quantity ELSE 0 END), 0),
                        coalesce(sum(CASE WHEN expiry >= ?1 THEN quantity ELSE 0 END), 0)
                   FROM stock_expiry WHERE expiry <> '' AND expiry <= ?2",
            )?
            .query_row(params![today_text, until], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let conn = self.conn();
        a.open_recalls = conn.query_row(
            "SELECT count(*) FROM recall WHERE closed_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        // Lot quantities count too: the quarantine tile opens the stock list narrowed to
        // quarantined stock, whose column adds both up.
        a.quarantined = conn.query_row(
            "SELECT (SELECT count(*) FROM unit INDEXED BY unit_quarantined WHERE status = 'quarantined')
                  + (SELECT coalesce(sum(quantity), 0) FROM lot_stock INDEXED BY lot_stock_quarantined
                     WHERE status = 'quarantined')",
            [],
            |r| r.get(0),
        )?;
        a.suspect = conn.query_row(
            &format!(
                "SELECT count(*) FROM unit INDEXED BY unit_quarantined
                 WHERE status = 'quarantined' AND {}",
                held_as_suspect()
            ),
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

/// The figures above Home's tiles, in a pharmacist's words; each opens the list it counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Figures {
    /// Packs (and lot quantity) in stock and usable (not expired): the stock list's "In stock"
    /// column, summed.
    pub packs_in_stock: i64,
    /// Products with usable stock somewhere.
    pub products_in_stock: i64,
    /// Movements (events that move or hold stock: receipts, dispenses, transfers, holds,
    /// count adjustments…) that happened today, by their own local day, as the audit extract
    /// for today lists them; account changes and other records are not movements.
    pub movements_today: i64,
}

impl Store {
    /// The figures above Home's tiles, as of `today`.
    pub fn figures(&self, actor: &User, today: NaiveDate) -> CoreResult<Figures> {
        require(actor, Operation::ViewStock)?;
        let mut f = Figures::default();
        let conn = self.conn();
        // Packs and lot quantities together, from the kept sums by product and expiry ('' is
        // no expiry): ordered by product (the key's order, so no sort), a product's rows come
        // together and each is added up as it ends. Without the order, a plan that read the two
        // sides of the OR apart (SQLite 3.40 chose one under some statistics; the bundled one
        // did not) would count a product twice.
        let mut stmt = conn.prepare_cached(
            "SELECT product_id, quantity FROM stock_expiry WHERE expiry = '' OR expiry >= ?1
             ORDER BY product_id",
        )?;
        let mut rows = stmt.query([today.to_string()])?;
        let mut product: Option<(i64, i64)> = None;
        let add_up = |f: &mut Figures, (_, quantity): (i64, i64)| {
            f.packs_in_stock += quantity;
            f.products_in_stock += i64::from(quantity > 0);
        };
        while let Some(r) = rows.next()? {
            let (id, quantity): (i64, i64) = (r.get(0)?, r.get(1)?);
            match &mut product {
                Some((p, sum)) if *p == id => *sum += quantity,
                _ => {
                    if let Some(done) = product.replace((id, quantity)) {
                        add_up(&mut f, done);
                    }
                }
            }
        }
        if let Some(done) = product {
            add_up(&mut f, done);
        }
        // Occurred times are stored in UTC: read a day either side, keep the event's local day.
        let mut stmt = conn.prepare_cached(
            "SELECT occurred_at, occurred_offset, kind FROM event
             WHERE occurred_at >= ?1 AND occurred_at < ?2",
        )?;
        let mut rows = stmt.query(params![
            (today - Duration::days(1)).to_string(),
            (today + Duration::days(2)).to_string()
        ])?;
        while let Some(r) = rows.next()? {
            // A record (an account change, a setting…) is no movement: its time is not read.
            let kind = r.get_ref(2)?.as_str().ok();
            if kind
                .and_then(|k| k.parse::<EventKind>().ok())
                .is_none_or(|k| k.is_record())
            {
                continue;
            }
            let at = r.get_ref(0)?.as_str().unwrap_or_default();
            if Timestamp::from_stored(at, r.get(1)?).is_some_and(|t| t.local_date() == today) {
                f.movements_today += 1;
            }
        }
        Ok(f)
    }
}
