//! The stays dwell measures, read from the stay table (`ledger::stays`, migration 0028) that the
//! appender keeps: a stay starts when stock becomes held (in stock or quarantined) at a location
//! it was not held at, and ends when it is no longer held there — moved elsewhere, dispensed,
//! destroyed, returned, missing. A status change in place neither ends nor starts one. A lot's
//! quantities leave first in, first out.
//!
//! The period's ended stays come from the index `stay_departed_whose` alone (it carries each
//! stay's serial and lot, for `--supplier`; migration 0042 dropped the narrower `stay_departed`,
//! which cost a page of every dispense); the packs held since
//! before the threshold from `stay_waiting`, the lots held from `stay_open_lot`.
//! Neither reads the ledger's lines, so the cost is the period's stays, not the history's.

use chrono::NaiveDate;
use std::path::Path;

use rusqlite::{params, Connection};

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

/// The stays that ended on a local day of the period (the local days bound the index's range;
/// the UTC bounds, 14 hours wider on each side for any offset, are checked on it), from the
/// index `stay_departed_whose` alone.
const ENDED: &str = "SELECT location_id, product_id, quantity, seconds
    FROM stay INDEXED BY stay_departed_whose
    WHERE departs = 1 AND until_at >= ?1 AND until_at < ?2
      AND until_day >= ?5 AND until_day <= ?6
      AND (?3 IS NULL OR location_id = ?3) AND (?4 IS NULL OR product_id = ?4)";

/// [`ENDED`] with each stay's serial and lot, from the index `stay_departed_whose` alone
/// (migration 0033).
pub(super) const ENDED_WHOSE: &str =
    "SELECT location_id, product_id, quantity, seconds, serial, lot
    FROM stay INDEXED BY stay_departed_whose
    WHERE departs = 1 AND until_at >= ?1 AND until_at < ?2
      AND until_day >= ?5 AND until_day <= ?6
      AND (?3 IS NULL OR location_id = ?3) AND (?4 IS NULL OR product_id = ?4)";

/// Packs held since before a local day (their lot and expiry are read for those listed only:
/// `Store::pack_lot_expiry`), from the waiting index alone: named, because the planner would
/// otherwise skip-scan `stay_open` for `serial IS NOT NULL` and read every row from the table
/// (5.6 s instead of 0.13 s on a hospital year).
const HELD_PACKS: &str = "SELECT s.location_id, s.product_id, s.serial, s.status, s.quantity,
        s.held_day
    FROM stay s INDEXED BY stay_waiting
    WHERE s.until_seq IS NULL AND s.held_day < ?1 AND s.serial IS NOT NULL
      AND (?2 IS NULL OR s.location_id = ?2) AND (?3 IS NULL OR s.product_id = ?3)";

/// How many packs [`HELD_PACKS`] finds, and their units, counted by SQLite from the index.
const HELD_PACK_TOTALS: &str = "SELECT count(*), total(s.quantity)
    FROM stay s INDEXED BY stay_waiting
    WHERE s.until_seq IS NULL AND s.held_day < ?1 AND s.serial IS NOT NULL
      AND (?2 IS NULL OR s.location_id = ?2) AND (?3 IS NULL OR s.product_id = ?3)";

/// The day the packs of [`HELD_PACKS`], oldest first, reach a count (`?4`, from 0).
const HELD_PACK_NTH_DAY: &str = "SELECT s.held_day
    FROM stay s INDEXED BY stay_waiting
    WHERE s.until_seq IS NULL AND s.held_day < ?1 AND s.serial IS NOT NULL
      AND (?2 IS NULL OR s.location_id = ?2) AND (?3 IS NULL OR s.product_id = ?3)
    ORDER BY s.held_day LIMIT 1 OFFSET ?4";

/// Every lot held at a place in a status, its open parts added up, since its oldest part
/// arrived (a lot is waiting when its oldest part is): from `stay_open_lot` (migration 0033),
/// whose order brings each lot's parts together.
const OPEN_LOTS: &str = "SELECT location_id, product_id, lot, status, sum(quantity),
        min(held_day)
    FROM stay INDEXED BY stay_open_lot
    WHERE until_seq IS NULL AND serial IS NULL
      AND (?1 IS NULL OR location_id = ?1) AND (?2 IS NULL OR product_id = ?2)
    GROUP BY location_id, product_id, lot, status";

/// The stock held since before a day: how many packs and lots and their units in full, and
/// those of them that can be among the longest waiting.
#[derive(Debug, Default)]
pub(super) struct Waiting {
    pub(super) total: u64,
    pub(super) units: u64,
    /// Every one held since before the day, or, when only the longest waiting are asked for,
    /// those held since on or before the day the packs reach that count (lots of that day
    /// included): a superset of the longest, whatever breaks their ties.
    pub(super) held: Vec<Held>,
}

/// A row's location, product, units and length (its first four columns).
pub(super) fn length(r: &rusqlite::Row<'_>) -> rusqlite::Result<Length> {
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

    /// Runs one of the ended-stays statements over the scope.
    pub(super) fn each_ended(
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
}

/// The packs and lot quantities held now, at the scope's location and of its product when
/// it names them, that arrived before `cutoff` (a lot's quantities at a place together,
/// since its oldest part arrived), counted in full; listed are all of them, or with
/// `longest`, enough to hold that many longest waiting. Lot and expiry are left to the
/// listing. A function of a connection, not of the store, so that it can run on a second one.
pub(super) fn held_since_before(
    conn: &Connection,
    scope: &Scope,
    cutoff: NaiveDate,
    longest: Option<usize>,
) -> CoreResult<Waiting> {
    let location = scope.location.as_ref().map(|l| l.id.0);
    let product = scope.product.as_ref().map(|p| p.id.0);
    let before = cutoff.to_string();
    let mut waiting = Waiting::default();
    // Listed: what arrived before this day. Only the longest waiting: the packs' nth oldest
    // day, and what arrived on it, bounds them.
    let mut listed_before = cutoff;
    if let Some(n) = longest {
        let mut stmt = conn.prepare_cached(HELD_PACK_TOTALS)?;
        let (count, units): (i64, f64) = stmt
            .query_row(params![before, location, product], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        waiting.total = count.max(0) as u64;
        waiting.units = units.max(0.0) as u64;
        let mut stmt = conn.prepare_cached(HELD_PACK_NTH_DAY)?;
        let mut rows = stmt.query(params![before, location, product, n.saturating_sub(1)])?;
        if let Some(r) = rows.next()? {
            if let Some(next) = r
                .get::<_, String>(0)?
                .parse::<NaiveDate>()
                .ok()
                .and_then(|day| day.succ_opt())
            {
                listed_before = listed_before.min(next);
            }
        }
    }
    let mut stmt = conn.prepare_cached(HELD_PACKS)?;
    let mut rows = stmt.query(params![listed_before.to_string(), location, product])?;
    while let Some(r) = rows.next()? {
        let Some(since) = r.get::<_, String>(5)?.parse().ok() else {
            continue;
        };
        let quantity = r.get::<_, i64>(4)?.max(0) as u64;
        if longest.is_none() {
            waiting.total += 1;
            waiting.units += quantity;
        }
        waiting.held.push(Held {
            location: LocationId(r.get(0)?),
            product: ProductId(r.get(1)?),
            serial: Some(r.get(2)?),
            lot: None,
            status: r.get(3)?,
            quantity,
            since,
        });
    }
    let mut stmt = conn.prepare_cached(OPEN_LOTS)?;
    let mut rows = stmt.query(params![location, product])?;
    while let Some(r) = rows.next()? {
        let Ok(since) = text(r, 5)?.parse::<NaiveDate>() else {
            continue;
        };
        if since >= cutoff {
            continue;
        }
        let quantity = r.get::<_, i64>(4)?.max(0) as u64;
        waiting.total += 1;
        waiting.units += quantity;
        if since < listed_before {
            waiting.held.push(Held {
                location: LocationId(r.get(0)?),
                product: ProductId(r.get(1)?),
                serial: None,
                lot: Some(text(r, 2)?.to_string()),
                status: text(r, 3)?.to_string(),
                quantity,
                since,
            });
        }
    }
    Ok(waiting)
}

/// A text column, borrowed from the row.
fn text<'r>(r: &'r rusqlite::Row<'_>, column: usize) -> rusqlite::Result<&'r str> {
    r.get_ref(column)?.as_str().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// A text column that may be NULL, borrowed from the row.
pub(super) fn optional_text<'r>(
    r: &'r rusqlite::Row<'_>,
    column: usize,
) -> rusqlite::Result<Option<&'r str>> {
    r.get_ref(column)?.as_str_or_null().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// A read-only connection to the file at `path` beside the store's own, reading as it does
/// (the one the lists read half their work on, mapped); none when it cannot be opened (the
/// caller then reads on the store's).
pub(super) fn second_reader(path: &Path) -> Option<Connection> {
    crate::db::open_reader(path, crate::db::MMAP_SIZE).ok()
}
