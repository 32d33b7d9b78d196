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

/// A stay that ended: where, what, how long and how many units. Ordered by location, product
/// and length, so a period's stays sort once into each location's and each pair's lengths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Length {
    pub(super) location: LocationId,
    pub(super) product: ProductId,
    /// Whole seconds.
    pub(super) seconds: u64,
    /// Units (1 for a pack).
    pub(super) quantity: u64,
}

impl Length {
    /// The length in days, fractional.
    pub(super) fn days(&self) -> f64 {
        self.seconds as f64 / 60.0 / 1440.0
    }
}

/// A stay that ended, with the pack's serial or the lot it was of (for `--supplier`).
#[derive(Debug, Clone)]
pub(super) struct Stay {
    pub(super) length: Length,
    pub(super) serial: Option<String>,
    pub(super) lot: Option<String>,
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

/// The stays that ended on a local day of the period (the UTC bounds, a day wider on each side,
/// narrow the index's range; the local day decides), from the index alone.
const ENDED: &str = "SELECT location_id, product_id, quantity, seconds
    FROM stay
    WHERE departs = 1 AND until_at >= ?1 AND until_at < ?2
      AND until_day >= ?5 AND until_day <= ?6
      AND (?3 IS NULL OR location_id = ?3) AND (?4 IS NULL OR product_id = ?4)";

/// [`ENDED`] with each stay's serial and lot, read from the table's rows.
const ENDED_WHOSE: &str = "SELECT location_id, product_id, quantity, seconds, serial, lot
    FROM stay
    WHERE departs = 1 AND until_at >= ?1 AND until_at < ?2
      AND until_day >= ?5 AND until_day <= ?6
      AND (?3 IS NULL OR location_id = ?3) AND (?4 IS NULL OR product_id = ?4)";

/// Packs held since before a local day (their lot and expiry are read for those listed only:
/// `Store::pack_lot_expiry`), from the waiting index alone: named, because the planner would
/// otherwise skip-scan `stay_open` for `serial IS NOT NULL` and read every row from the table
/// (5.6 s instead of 0.13 s on a hospital year).
const HELD_PACKS: &str = "SELECT s.location_id, s.product_id, s.serial, NULL, NULL,
        s.status, s.quantity, s.held_day
    FROM stay s INDEXED BY stay_waiting
    WHERE s.until_seq IS NULL AND s.held_day < ?1 AND s.serial IS NOT NULL
      AND (?2 IS NULL OR s.location_id = ?2) AND (?3 IS NULL OR s.product_id = ?3)";

/// Every open lot row, from the waiting index alone (a lot is waiting when its oldest part at a
/// place is, so every part is read; there are few next to the packs).
const OPEN_LOTS: &str = "SELECT location_id, product_id, lot, status, quantity, held_day
    FROM stay INDEXED BY stay_waiting
    WHERE until_seq IS NULL AND serial IS NULL
      AND (?1 IS NULL OR location_id = ?1) AND (?2 IS NULL OR product_id = ?2)";

/// A row's location, product, units and length (its first four columns).
fn length(r: &rusqlite::Row<'_>) -> rusqlite::Result<Length> {
    Ok(Length {
        location: LocationId(r.get(0)?),
        product: ProductId(r.get(1)?),
        quantity: r.get::<_, i64>(2)?.max(0) as u64,
        seconds: r.get::<_, Option<i64>>(3)?.unwrap_or_default().max(0) as u64,
    })
}

impl Store {
    /// The lengths of the stays that ended on a day of the scope's period, at its location and
    /// of its product when it names them.
    pub(super) fn ended_lengths(&self, scope: &Scope) -> CoreResult<Vec<Length>> {
        let mut out = Vec::new();
        self.each_ended(scope, ENDED, |r| {
            out.push(length(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// [`Store::ended_lengths`] with each stay's serial or lot.
    pub(super) fn ended_stays(&self, scope: &Scope) -> CoreResult<Vec<Stay>> {
        let mut out = Vec::new();
        self.each_ended(scope, ENDED_WHOSE, |r| {
            out.push(Stay {
                length: length(r)?,
                serial: r.get(4)?,
                lot: r.get(5)?,
            });
            Ok(())
        })?;
        Ok(out)
    }

    /// Runs one of the ended-stays statements over the scope.
    fn each_ended(
        &self,
        scope: &Scope,
        sql: &str,
        mut each: impl FnMut(&rusqlite::Row<'_>) -> CoreResult<()>,
    ) -> CoreResult<()> {
        let (from, to) = scope.utc_bounds();
        let mut stmt = self.conn().prepare_cached(sql)?;
        let mut rows = stmt.query(params![
            from,
            to,
            scope.location.as_ref().map(|l| l.id.0),
            scope.product.as_ref().map(|p| p.id.0),
            scope.period.from.to_string(),
            scope.period.to.to_string(),
        ])?;
        while let Some(r) = rows.next()? {
            each(r)?;
        }
        Ok(())
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
        // Each place's and product's open lot parts by lot and status, looked up by borrowed
        // text: a part allocates only when it is its lot's first.
        let mut lots: HashMap<(i64, i64), HashMap<String, Vec<OpenLot>>> = HashMap::new();
        let mut stmt = self.conn().prepare_cached(OPEN_LOTS)?;
        let mut rows = stmt.query(params![location, product])?;
        while let Some(r) = rows.next()? {
            let (lot, status, day) = (text(r, 2)?, text(r, 3)?, text(r, 5)?);
            let quantity = r.get::<_, i64>(4)?.max(0) as u64;
            let at = lots.entry((r.get(0)?, r.get(1)?)).or_default();
            let parts = match at.get_mut(lot) {
                Some(parts) => parts,
                None => at.entry(lot.to_string()).or_default(),
            };
            match parts.iter_mut().find(|p| p.status == status) {
                Some(p) => {
                    p.quantity += quantity;
                    if day < p.day.as_str() {
                        p.day = day.to_string();
                    }
                }
                None => parts.push(OpenLot {
                    status: status.to_string(),
                    quantity,
                    day: day.to_string(),
                }),
            }
        }
        for ((location, product), by_lot) in lots {
            for (lot, parts) in by_lot {
                for p in parts {
                    let Ok(since) = p.day.parse::<NaiveDate>() else {
                        continue;
                    };
                    if since < cutoff {
                        out.push(Held {
                            location: LocationId(location),
                            product: ProductId(product),
                            serial: None,
                            lot: Some(lot.clone()),
                            status: p.status,
                            quantity: p.quantity,
                            since,
                        });
                    }
                }
            }
        }
        Ok(out)
    }
}

/// A lot's open parts at a place in one status, added up.
struct OpenLot {
    status: String,
    quantity: u64,
    /// The local day its oldest part arrived.
    day: String,
}

/// A text column, borrowed from the row.
fn text<'r>(r: &'r rusqlite::Row<'_>, column: usize) -> rusqlite::Result<&'r str> {
    r.get_ref(column)?.as_str().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e))
    })
}
