//! Dwell time: how long packs stay at a location, from arriving there to leaving it (see
//! [`dwell_stays`](super::dwell_stays) for what a stay is), per location and per location and
//! product over the stays that ended in the period; and the stock held now since longer than
//! the threshold, longest first.
//!
//! Lengths are in days, fractional; the median and the 90th percentile are nearest-rank over
//! units (a lot quantity of twelve is twelve stays of its length). `--supplier` keeps the stock
//! received from that supplier.

use std::collections::{BTreeMap, HashMap};

use chrono::Days;

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

use super::dwell_stays::{Held, Stay};
use super::names::Names;
use super::value::{Receipt, StockKey};
use super::{DwellInsight, DwellRow, InsightQuery, Scope, WaitingStock, DWELL_BUCKETS};

/// At each location, the rows of at most this many products are listed, those whose stays are
/// longest (90th percentile); the rest are counted in `rows_total`. A hospital's year has some
/// 150,000 location and product pairs: too many for a screen or an answer over IPC.
pub const DWELL_PRODUCTS_LISTED: u32 = 100;

/// The waiting list names at most this many packs and lots, the longest waiting; its total is
/// counted in full.
pub const WAITING_LISTED: usize = 500;

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
        let mut stays = self.ended_stays(&scope, scope.supplier.is_some())?;
        let cutoff = scope.today - Days::new(u64::from(scope.older_than_days));
        let mut held = self.held_since_before(&scope, cutoff)?;
        if let Some(supplier) = &scope.supplier {
            let receipts = self.receipts_of(
                stays
                    .iter()
                    .filter_map(|s| StockKey::of(s.product, s.serial.as_deref(), s.lot.as_deref()))
                    .chain(held.iter().filter_map(held_key))
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
            held.retain(|h| from(held_key(h)));
        }
        let mut names = Names::new(self)?;
        let (locations, rows, rows_total) = dwell_rows(&stays, &mut names)?;
        let waiting_total = held.len() as u64;
        let waiting_units = held.iter().map(|h| h.quantity).sum();
        let waiting = self.waiting_listed(held, &scope, &mut names)?;
        Ok(DwellInsight {
            period: scope.period,
            locations,
            rows,
            rows_total,
            products_listed: DWELL_PRODUCTS_LISTED,
            older_than_days: scope.older_than_days,
            waiting_total,
            waiting_units,
            waiting,
        })
    }
}

/// The key a held pack or lot's supplier is found by.
fn held_key(h: &Held) -> Option<StockKey> {
    StockKey::of(h.product, h.serial.as_deref(), h.lot.as_deref())
}

impl Store {
    /// The held stock listed as waiting: the longest waiting first (then by location, GTIN,
    /// serial and lot), at most [`WAITING_LISTED`], each with its names, and a pack's lot and
    /// expiry read now that it is listed.
    fn waiting_listed(
        &self,
        mut held: Vec<Held>,
        scope: &Scope,
        names: &mut Names<'_>,
    ) -> CoreResult<Vec<WaitingStock>> {
        let mut gtins: HashMap<ProductId, String> = HashMap::new();
        for h in &held {
            if let std::collections::hash_map::Entry::Vacant(e) = gtins.entry(h.product) {
                e.insert(names.product(h.product)?.0);
            }
        }
        let order = |h: &Held| {
            (
                h.since,
                names.location(Some(h.location)).0.to_string(),
                gtins.get(&h.product).cloned().unwrap_or_default(),
            )
        };
        held.sort_by_cached_key(|h| (order(h), h.serial.clone(), h.lot.clone()));
        held.truncate(WAITING_LISTED);
        let mut out = Vec::with_capacity(held.len());
        for h in held {
            let (gtin, product) = names.product(h.product)?;
            let (lot, expiry) = match &h.serial {
                Some(serial) => {
                    let (lot, expiry) =
                        self.pack_lot_expiry(h.product, serial)?.unwrap_or_default();
                    (lot, expiry.map(|e| e.to_string()))
                }
                None => {
                    let expiry = self.first_lot_expiry(h.product, h.lot.as_deref())?;
                    (h.lot, expiry)
                }
            };
            out.push(WaitingStock {
                location: names.location(Some(h.location)).0.to_string(),
                gtin,
                product,
                serial: h.serial,
                lot,
                expiry,
                quantity: h.quantity,
                status: h.status,
                since: h.since,
                days: (scope.today - h.since).num_days().max(0) as u32,
            });
        }
        Ok(out)
    }
}

/// The rows per location and per location and product (the longest at each location), longest
/// 90th percentile first, and how many location and product pairs there are.
#[allow(clippy::type_complexity)]
fn dwell_rows(
    stays: &[Stay],
    names: &mut Names<'_>,
) -> CoreResult<(Vec<DwellRow>, Vec<DwellRow>, u64)> {
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
    let rows_total = by_pair.len() as u64;
    // Each location's pairs, their 90th percentiles computed without names, the longest kept.
    let mut at: HashMap<LocationId, Vec<(f64, ProductId, Vec<(f64, u64)>)>> = HashMap::new();
    for ((loc, product), mut lengths) in by_pair {
        let p90 = row(String::new(), None, None, &mut lengths).p90_days;
        at.entry(loc).or_default().push((p90, product, lengths));
    }
    let mut rows = Vec::new();
    for (loc, mut pairs) in at {
        // The longest first; equals in product order, so which are listed never depends on
        // the order the stays were read in.
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        pairs.truncate(DWELL_PRODUCTS_LISTED as usize);
        let code = names.location(Some(loc)).0.to_string();
        for (_, product, mut lengths) in pairs {
            let (gtin, name) = names.product(product)?;
            rows.push(row(code.clone(), Some(gtin), Some(name), &mut lengths));
        }
    }
    let order = |a: &DwellRow, b: &DwellRow| {
        b.p90_days
            .total_cmp(&a.p90_days)
            .then_with(|| a.location.cmp(&b.location))
            .then_with(|| a.gtin.cmp(&b.gtin))
    };
    locations.sort_by(order);
    rows.sort_by(order);
    Ok((locations, rows, rows_total))
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

impl Store {
    /// The expiry a lot was first seen with.
    fn first_lot_expiry(
        &self,
        product: ProductId,
        lot: Option<&str>,
    ) -> CoreResult<Option<String>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT expiry FROM lot_info WHERE product_id = ?1 AND lot = ?2")?;
        let mut rows = stmt.query(rusqlite::params![product.0, lot])?;
        Ok(match rows.next()? {
            Some(r) => r.get(0)?,
            None => None,
        })
    }
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
