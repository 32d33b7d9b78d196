//! The stays dwell measures, read from the stay table (`ledger::stays`, migration 0028) that the
//! appender keeps: a stay starts when stock becomes held (in stock or quarantined) at a location
//! it was not held at, and ends when it is no longer held there — moved elsewhere, dispensed,
//! destroyed, returned, missing. A status change in place neither ends nor starts one. A lot's
//! quantities leave first in, first out.
//!
//! The period's ended stays come from the index `stay_departed` alone (the serial and lot only
//! when a supplier is asked for); the stock held since before the threshold from `stay_waiting`.
//! Neither reads the ledger's lines, so the cost is the period's stays, not the history's.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::params;

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

use super::Scope;

/// A stay that ended: where, what, and how long, for how many units.
#[derive(Debug, Clone)]
pub(super) struct Stay {
    pub(super) location: LocationId,
    pub(super) product: ProductId,
    /// The pack's serial, or none for a lot quantity (and for both when not asked for).
    pub(super) serial: Option<String>,
    pub(super) lot: Option<String>,
    /// Units (1 for a pack).
    pub(super) quantity: u64,
    /// Length in minutes.
    pub(super) minutes: f64,
}

/// Stock held now since before a day, as the waiting list shows it.
#[derive(Debug, Clone)]
pub(super) struct Held {
    pub(super) location: LocationId,
    pub(super) product: ProductId,
    /// A pack's serial, or none for a lot quantity.
    pub(super) serial: Option<String>,
    pub(super) lot: Option<String>,
    pub(super) status: String,
    pub(super) quantity: u64,
    /// The local day it arrived (for a lot, its oldest part still there).
    pub(super) since: NaiveDate,
}

/// The stays that ended in the UTC bounds, with their local day, from the index alone.
const ENDED: &str = "SELECT location_id, product_id, quantity, seconds, until_day, NULL, NULL
    FROM stay
    WHERE departs = 1 AND until_at >= ?1 AND until_at < ?2
      AND (?3 IS NULL OR location_id = ?3) AND (?4 IS NULL OR product_id = ?4)";

/// [`ENDED`] with each stay's serial and lot, read from the table's rows.
const ENDED_WHOSE: &str =
    "SELECT location_id, product_id, quantity, seconds, until_day, serial, lot
    FROM stay
    WHERE departs = 1 AND until_at >= ?1 AND until_at < ?2
      AND (?3 IS NULL OR location_id = ?3) AND (?4 IS NULL OR product_id = ?4)";

/// Packs held since before a local day (their lot and expiry are read for those listed only:
/// `Store::pack_lot_expiry`).
const HELD_PACKS: &str = "SELECT s.location_id, s.product_id, s.serial, NULL, NULL,
        s.status, s.quantity, s.held_day
    FROM stay s
    WHERE s.until_seq IS NULL AND s.held_day < ?1 AND s.serial IS NOT NULL
      AND (?2 IS NULL OR s.location_id = ?2) AND (?3 IS NULL OR s.product_id = ?3)";

/// Every open lot row, from the waiting index alone (a lot is waiting when its oldest part at a
/// place is, so every part is read; there are few next to the packs).
const OPEN_LOTS: &str = "SELECT location_id, product_id, lot, status, quantity, held_day
    FROM stay INDEXED BY stay_waiting
    WHERE until_seq IS NULL AND serial IS NULL
      AND (?1 IS NULL OR location_id = ?1) AND (?2 IS NULL OR product_id = ?2)";

impl Store {
    /// The stays that ended on a day of the scope's period, at its location and of its product
    /// when it names them; with each one's serial and lot when `whose`.
    pub(super) fn ended_stays(&self, scope: &Scope, whose: bool) -> CoreResult<Vec<Stay>> {
        let (from, to) = scope.utc_bounds();
        let mut stmt = self
            .conn()
            .prepare_cached(if whose { ENDED_WHOSE } else { ENDED })?;
        let mut rows = stmt.query(params![
            from,
            to,
            scope.location.as_ref().map(|l| l.id.0),
            scope.product.as_ref().map(|p| p.id.0)
        ])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let day = r.get::<_, Option<String>>(4)?.and_then(|d| d.parse().ok());
            if !day.is_some_and(|d| scope.covers(d)) {
                continue;
            }
            let seconds: i64 = r.get::<_, Option<i64>>(3)?.unwrap_or_default();
            out.push(Stay {
                location: LocationId(r.get(0)?),
                product: ProductId(r.get(1)?),
                quantity: r.get::<_, i64>(2)?.max(0) as u64,
                minutes: seconds.max(0) as f64 / 60.0,
                serial: r.get(5)?,
                lot: r.get(6)?,
            });
        }
        Ok(out)
    }

    /// The packs and lot quantities held now, at the scope's location and of its product when
    /// it names them, that arrived before `cutoff`: a lot's quantities at a place together,
    /// since its oldest part arrived. Lot and expiry are left to the listing.
    pub(super) fn held_since_before(
        &self,
        scope: &Scope,
        cutoff: NaiveDate,
    ) -> CoreResult<Vec<Held>> {
        let location = scope.location.as_ref().map(|l| l.id.0);
        let product = scope.product.as_ref().map(|p| p.id.0);
        let mut out = Vec::new();
        let mut stmt = self.conn().prepare_cached(HELD_PACKS)?;
        let mut rows = stmt.query(params![cutoff.to_string(), location, product])?;
        while let Some(r) = rows.next()? {
            let Some(since) = r.get::<_, String>(7)?.parse().ok() else {
                continue;
            };
            out.push(Held {
                location: LocationId(r.get(0)?),
                product: ProductId(r.get(1)?),
                serial: Some(r.get(2)?),
                lot: None,
                status: r.get(5)?,
                quantity: r.get::<_, i64>(6)?.max(0) as u64,
                since,
            });
        }
        let mut lots: HashMap<(i64, i64, String, String), (u64, String)> = HashMap::new();
        let mut stmt = self.conn().prepare_cached(OPEN_LOTS)?;
        let mut rows = stmt.query(params![location, product])?;
        while let Some(r) = rows.next()? {
            let key = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            let (quantity, day): (i64, String) = (r.get(4)?, r.get(5)?);
            let lot = lots.entry(key).or_insert((0, day.clone()));
            lot.0 += quantity.max(0) as u64;
            if day < lot.1 {
                lot.1 = day;
            }
        }
        for ((location, product, lot, status), (quantity, day)) in lots {
            match day.parse::<NaiveDate>() {
                Ok(since) if since < cutoff => out.push(Held {
                    location: LocationId(location),
                    product: ProductId(product),
                    serial: None,
                    lot: Some(lot),
                    status,
                    quantity,
                    since,
                }),
                _ => {}
            }
        }
        Ok(out)
    }
}
