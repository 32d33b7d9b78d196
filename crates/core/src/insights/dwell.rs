//! Dwell time: how long packs stay at a location, from arriving there to leaving it (see
//! [`dwell_stays`](super::dwell_stays) for what a stay is), per location and per location and
//! product over the stays that ended in the period; and the stock held now since longer than
//! the threshold, longest first.
//!
//! Lengths are in days, fractional; the median and the 90th percentile are nearest-rank over
//! units (a lot quantity of twelve is twelve stays of its length). `--supplier` keeps the stock
//! received from that supplier.

use std::collections::{BTreeMap, HashMap};

use chrono::{Days, NaiveDate};
use rusqlite::params;

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

use super::dwell_stays::Stay;
use super::names::Names;
use super::value::{Receipt, StockKey};
use super::{DwellInsight, DwellRow, InsightQuery, Scope, WaitingStock, DWELL_BUCKETS};

/// The waiting list names at most this many packs and lots, the longest waiting; its total is
/// counted in full.
pub const WAITING_LISTED: usize = 500;

/// Packs held now with the instant they arrived where they are: the last line's event when that
/// line brought the pack there, else (a status change in place) the pack's arrival before it.
fn held_packs() -> String {
    let held = "('in_stock', 'quarantined')";
    format!(
        "SELECT u.location_id, u.product_id, u.serial, u.lot, u.expiry, u.status,
            CASE WHEN l.location_before IS u.location_id AND l.status_before IN {held}
            THEN (SELECT date(ae.occurred_at, printf('%+d minutes', ae.occurred_offset))
                    FROM event_line a JOIN event ae ON ae.seq = a.event_seq
                   WHERE a.product_id = u.product_id AND a.serial = u.serial
                     AND a.serial IS NOT NULL AND a.event_seq < u.last_event_seq
                     AND a.location_after = u.location_id AND a.status_after IN {held}
                     AND NOT (a.location_before IS a.location_after AND a.status_before IN {held})
                   ORDER BY a.event_seq DESC LIMIT 1)
            ELSE date(e.occurred_at, printf('%+d minutes', e.occurred_offset)) END
        FROM unit u
        JOIN event e ON e.seq = u.last_event_seq
        JOIN event_line l ON l.product_id = u.product_id AND l.serial = u.serial
                         AND l.serial IS NOT NULL AND l.event_seq = u.last_event_seq
        WHERE u.status IN {held} AND u.location_id IS NOT NULL
          AND (?1 IS NULL OR u.location_id = ?1) AND (?2 IS NULL OR u.product_id = ?2)
          AND (e.occurred_at < ?3 OR (l.location_before IS u.location_id AND l.status_before IN {held}))"
    )
}

impl Store {
    /// Dwell over the query's period: the stays that ended on its days, per location and per
    /// location and product, longest 90th percentile first; and what has been held at a
    /// location for longer than the threshold, as of today.
    pub fn dwell_insight(
        &self,
        actor: &User,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<DwellInsight> {
        let scope = self.insight_scope(actor, query, now)?;
        let mut stays = self.pack_stays(&scope)?;
        let (lot_stays, held_lots) = self.lot_stays(&scope)?;
        stays.extend(lot_stays);
        let mut waiting = self.waiting_packs(&scope)?;
        let cutoff = scope.today - Days::new(u64::from(scope.older_than_days));
        let mut names = Names::new(self)?;
        for h in held_lots.into_iter().filter(|h| h.since < cutoff) {
            let (gtin, product) = names.product(h.product)?;
            let expiry = self.first_lot_expiry(h.product, &h.lot)?;
            waiting.push(Waiting {
                row: waiting_row(&names, &scope, h.location, gtin, product, h.since),
                key: StockKey::Lot(h.product, h.lot.clone()),
            });
            if let Some(last) = waiting.last_mut() {
                last.row.lot = Some(h.lot);
                last.row.expiry = expiry;
                last.row.quantity = h.quantity;
                last.row.status = "in_stock".to_string();
            }
        }
        if let Some(supplier) = &scope.supplier {
            let receipts = self.receipts_of(
                stays
                    .iter()
                    .filter_map(|s| StockKey::of(s.product, s.serial.as_deref(), s.lot.as_deref()))
                    .chain(waiting.iter().map(|w| w.key.clone()))
                    .collect::<Vec<_>>()
                    .iter(),
            )?;
            let from = |k: Option<StockKey>| {
                k.and_then(|k| receipts.get(&k))
                    .and_then(|r: &Receipt| r.supplier)
                    == Some(supplier.id)
            };
            stays.retain(|s| {
                from(StockKey::of(
                    s.product,
                    s.serial.as_deref(),
                    s.lot.as_deref(),
                ))
            });
            waiting.retain(|w| from(Some(w.key.clone())));
        }
        let (locations, rows) = dwell_rows(&stays, &mut names)?;
        let mut waiting: Vec<WaitingStock> = waiting.into_iter().map(|w| w.row).collect();
        waiting.sort_by(|a, b| {
            (b.days, &a.location, &a.gtin, &a.serial, &a.lot).cmp(&(
                a.days,
                &b.location,
                &b.gtin,
                &b.serial,
                &b.lot,
            ))
        });
        let waiting_total = waiting.len() as u64;
        let waiting_units = waiting.iter().map(|w| w.quantity).sum();
        waiting.truncate(WAITING_LISTED);
        Ok(DwellInsight {
            period: scope.period,
            locations,
            rows,
            older_than_days: scope.older_than_days,
            waiting_total,
            waiting_units,
            waiting,
        })
    }

    /// Packs held at a location since before the threshold.
    fn waiting_packs(&self, scope: &Scope) -> CoreResult<Vec<Waiting>> {
        let cutoff = scope.today - Days::new(u64::from(scope.older_than_days));
        // Packs whose last event is before the cutoff's day (with a day's margin for the zone)
        // arrived before it; later ones only when that event was a change in place.
        let bound = (cutoff + Days::new(1))
            .and_time(chrono::NaiveTime::MIN)
            .format("%Y-%m-%dT%H:%M:%S")
            .to_string();
        let names = Names::new(self)?;
        let mut products = Names::new(self)?;
        let mut stmt = self.conn().prepare_cached(&held_packs())?;
        let mut rows = stmt.query(params![
            scope.location.as_ref().map(|l| l.id.0),
            scope.product.as_ref().map(|p| p.id.0),
            bound
        ])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let since = r.get::<_, Option<String>>(6)?;
            let Some(since) = since.and_then(|s| s.parse::<NaiveDate>().ok()) else {
                continue;
            };
            if since >= cutoff {
                continue;
            }
            let product = ProductId(r.get(1)?);
            let serial: String = r.get(2)?;
            let (gtin, name) = products.product(product)?;
            let mut row = waiting_row(&names, scope, LocationId(r.get(0)?), gtin, name, since);
            row.serial = Some(serial.clone());
            row.lot = r.get(3)?;
            row.expiry = r.get(4)?;
            row.status = r.get(5)?;
            out.push(Waiting {
                row,
                key: StockKey::Pack(product, serial),
            });
        }
        Ok(out)
    }

    /// The expiry a lot was first seen with.
    fn first_lot_expiry(&self, product: ProductId, lot: &str) -> CoreResult<Option<String>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT expiry FROM lot_info WHERE product_id = ?1 AND lot = ?2")?;
        let mut rows = stmt.query(params![product.0, lot])?;
        Ok(match rows.next()? {
            Some(r) => r.get(0)?,
            None => None,
        })
    }
}

/// A waiting pack or lot with the key its supplier is found by.
struct Waiting {
    row: WaitingStock,
    key: StockKey,
}

/// A waiting row with what every kind has: place, product, since and days.
fn waiting_row(
    names: &Names<'_>,
    scope: &Scope,
    location: LocationId,
    gtin: String,
    product: String,
    since: NaiveDate,
) -> WaitingStock {
    WaitingStock {
        location: names.location(Some(location)).0.to_string(),
        gtin,
        product,
        serial: None,
        lot: None,
        expiry: None,
        quantity: 1,
        status: String::new(),
        since,
        days: (scope.today - since).num_days().max(0) as u32,
    }
}

/// The rows per location and per location and product, longest 90th percentile first.
fn dwell_rows(stays: &[Stay], names: &mut Names<'_>) -> CoreResult<(Vec<DwellRow>, Vec<DwellRow>)> {
    let mut by_location: BTreeMap<LocationId, Vec<(f64, u64)>> = BTreeMap::new();
    let mut by_pair: HashMap<(LocationId, ProductId), Vec<(f64, u64)>> = HashMap::new();
    for s in stays {
        let days = s.minutes / 1440.0;
        by_location
            .entry(s.location)
            .or_default()
            .push((days, s.quantity));
        by_pair
            .entry((s.location, s.product))
            .or_default()
            .push((days, s.quantity));
    }
    let mut locations = Vec::new();
    for (loc, mut lengths) in by_location {
        let code = names.location(Some(loc)).0.to_string();
        locations.push(row(code, None, None, &mut lengths));
    }
    let mut rows = Vec::new();
    for ((loc, product), mut lengths) in by_pair {
        let code = names.location(Some(loc)).0.to_string();
        let (gtin, name) = names.product(product)?;
        rows.push(row(code, Some(gtin), Some(name), &mut lengths));
    }
    let order = |a: &DwellRow, b: &DwellRow| {
        b.p90_days
            .total_cmp(&a.p90_days)
            .then_with(|| a.location.cmp(&b.location))
            .then_with(|| a.gtin.cmp(&b.gtin))
    };
    locations.sort_by(order);
    rows.sort_by(order);
    Ok((locations, rows))
}

/// One row's figures from its stays' lengths in days, each with its units.
fn row(
    location: String,
    gtin: Option<String>,
    product: Option<String>,
    lengths: &mut [(f64, u64)],
) -> DwellRow {
    lengths.sort_by(|a, b| a.0.total_cmp(&b.0));
    let stays: u64 = lengths.iter().map(|(_, n)| n).sum();
    let mut histogram = vec![0u64; DWELL_BUCKETS.len() + 1];
    for (days, n) in lengths.iter() {
        let bucket = DWELL_BUCKETS
            .iter()
            .position(|b| *days < f64::from(*b))
            .unwrap_or(DWELL_BUCKETS.len());
        histogram[bucket] += n;
    }
    DwellRow {
        location,
        gtin,
        product,
        stays,
        median_days: tenth(nearest_rank(lengths, stays, 50)),
        p90_days: tenth(nearest_rank(lengths, stays, 90)),
        histogram,
    }
}

/// The nearest-rank percentile of sorted lengths weighted by units.
fn nearest_rank(sorted: &[(f64, u64)], total: u64, percent: u64) -> f64 {
    if total == 0 {
        return 0.0;
    }
    let rank = (total * percent).div_ceil(100).max(1);
    let mut seen = 0;
    for (days, n) in sorted {
        seen += n;
        if seen >= rank {
            return *days;
        }
    }
    sorted.last().map_or(0.0, |(d, _)| *d)
}

/// Rounded to one decimal.
fn tenth(days: f64) -> f64 {
    (days * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank_over_units() {
        let sorted = [(1.0, 1), (2.0, 1), (3.0, 8)];
        assert_eq!(nearest_rank(&sorted, 10, 50), 3.0);
        assert_eq!(nearest_rank(&sorted, 10, 10), 1.0);
        assert_eq!(nearest_rank(&sorted, 10, 20), 2.0);
        assert_eq!(nearest_rank(&[], 0, 90), 0.0);
    }

    #[test]
    fn a_row_buckets_each_unit_by_the_first_bound_above_it() {
        let mut lengths = [(0.5, 1), (1.0, 2), (400.0, 1)];
        let r = row("MAIN".into(), None, None, &mut lengths);
        assert_eq!(r.stays, 4);
        assert_eq!(r.histogram[0], 1);
        assert_eq!(r.histogram[1], 2);
        assert_eq!(r.histogram[DWELL_BUCKETS.len()], 1);
        assert_eq!((r.median_days, r.p90_days), (1.0, 400.0));
    }
}
