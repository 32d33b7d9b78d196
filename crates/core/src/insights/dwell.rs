//! Dwell time: how long packs stay at a location, from arriving there to leaving it (see
//! [`dwell_stays`](super::dwell_stays) for what a stay is), per location and per location and
//! product over the stays that ended in the period; and the stock held now since longer than
//! the threshold, longest first.
//!
//! Lengths are in days, fractional; the median and the 90th percentile are nearest-rank over
//! units (a lot quantity of twelve is twelve stays of its length). `--supplier` keeps the stock
//! first received from that supplier ([`received_from`](super::received_from)).

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

use super::dwell_stays::{held_since_before, second_reader, Held, Length, Waiting};
use super::names::Names;
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
        let cutoff = scope.today - Days::new(u64::from(scope.older_than_days));
        let (waiting, mut lengths) = match &scope.supplier {
            None => self.waiting_beside_lengths(&scope, cutoff)?,
            Some(supplier) => self.whose_lengths_and_waiting(&scope, cutoff, supplier.id)?,
        };
        let mut names = Names::new(self)?;
        let (locations, rows, rows_total) = dwell_rows(&mut lengths, &mut names)?;
        let (waiting_total, waiting_units) = (waiting.total, waiting.units);
        let waiting = self.waiting_listed(waiting.held, &scope, &mut names)?;
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

impl Store {
    /// The stock waiting since before `cutoff` and the lengths of the period's ended stays, read
    /// side by side: the waiting stock on a second connection to the file, in a thread of its
    /// own (a quarter of the time, beside half), when one opens; else one after the other.
    fn waiting_beside_lengths(
        &self,
        scope: &Scope,
        cutoff: NaiveDate,
    ) -> CoreResult<(Waiting, Vec<Length>)> {
        let Some(reader) = second_reader(self.path()) else {
            let waiting = held_since_before(self.conn(), scope, cutoff, Some(WAITING_LISTED))?;
            return Ok((waiting, self.ended_lengths(scope)?));
        };
        std::thread::scope(|threads| {
            let waiting = threads
                .spawn(move || held_since_before(&reader, scope, cutoff, Some(WAITING_LISTED)));
            let lengths = self.ended_lengths(scope);
            let waiting = waiting
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Ok((waiting?, lengths?))
        })
    }
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
        let names_ref: &Names<'_> = names;
        let order = |a: &Held, b: &Held| {
            a.since
                .cmp(&b.since)
                .then_with(|| {
                    names_ref
                        .location(Some(a.location))
                        .0
                        .cmp(names_ref.location(Some(b.location)).0)
                })
                .then_with(|| gtins.get(&a.product).cmp(&gtins.get(&b.product)))
                .then_with(|| a.serial.cmp(&b.serial))
                .then_with(|| a.lot.cmp(&b.lot))
                .then_with(|| a.status.cmp(&b.status))
        };
        // The longest waiting chosen first, then only those sorted.
        if held.len() > WAITING_LISTED {
            held.select_nth_unstable_by(WAITING_LISTED, order);
            held.truncate(WAITING_LISTED);
        }
        held.sort_by(order);
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
/// 90th percentile first, and how many location and product pairs there are. The lengths are
/// sorted once (location, product, length): each pair's are then a run, in order.
#[allow(clippy::type_complexity)]
fn dwell_rows(
    lengths: &mut [Length],
    names: &mut Names<'_>,
) -> CoreResult<(Vec<DwellRow>, Vec<DwellRow>, u64)> {
    lengths.sort_unstable();
    let mut locations = Vec::new();
    let mut rows = Vec::new();
    let mut rows_total = 0;
    for at in lengths.chunk_by(|a, b| a.location == b.location) {
        let code = names.location(Some(at[0].location)).0.to_string();
        let mut pairs: Vec<(f64, &[Length])> = at
            .chunk_by(|a, b| a.product == b.product)
            .map(|pair| (tenth(nearest_rank(pair, units(pair), 90)), pair))
            .collect();
        rows_total += pairs.len() as u64;
        // The longest first; equals in product order, so which are listed never depends on
        // the order the stays were read in.
        pairs.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then_with(|| a.1[0].product.cmp(&b.1[0].product))
        });
        pairs.truncate(DWELL_PRODUCTS_LISTED as usize);
        for (_, pair) in pairs {
            let (gtin, name) = names.product(pair[0].product)?;
            rows.push(row(code.clone(), Some(gtin), Some(name), pair));
        }
        let mut all = at.to_vec();
        all.sort_unstable_by_key(|l| l.seconds);
        locations.push(row(code, None, None, &all));
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

/// The units of some stays.
fn units(lengths: &[Length]) -> u64 {
    lengths.iter().map(|l| l.quantity).sum()
}

/// One row's figures from its stays, shortest first.
fn row(
    location: String,
    gtin: Option<String>,
    product: Option<String>,
    sorted: &[Length],
) -> DwellRow {
    let stays = units(sorted);
    let mut histogram = vec![0u64; DWELL_BUCKETS.len() + 1];
    for l in sorted {
        let days = l.days();
        let bucket = DWELL_BUCKETS
            .iter()
            .position(|b| days < f64::from(*b))
            .unwrap_or(DWELL_BUCKETS.len());
        histogram[bucket] += l.quantity;
    }
    DwellRow {
        location,
        gtin,
        product,
        stays,
        median_days: tenth(nearest_rank(sorted, stays, 50)),
        p90_days: tenth(nearest_rank(sorted, stays, 90)),
        histogram,
    }
}

/// The nearest-rank percentile, in days, of stays sorted by length, weighted by units.
fn nearest_rank(sorted: &[Length], total: u64, percent: u64) -> f64 {
    if total == 0 {
        return 0.0;
    }
    let rank = (total * percent).div_ceil(100).max(1);
    let mut seen = 0;
    for l in sorted {
        seen += l.quantity;
        if seen >= rank {
            return l.days();
        }
    }
    sorted.last().map_or(0.0, Length::days)
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

    /// Stays at one place of one product, each (days, units).
    fn stays(days_units: &[(u64, u64)]) -> Vec<Length> {
        days_units
            .iter()
            .map(|&(days, quantity)| Length {
                location: LocationId(1),
                product: ProductId(1),
                seconds: days * 86_400,
                quantity,
            })
            .collect()
    }

    #[test]
    fn percentiles_are_nearest_rank_over_units() {
        let sorted = stays(&[(1, 1), (2, 1), (3, 8)]);
        assert_eq!(nearest_rank(&sorted, 10, 50), 3.0);
        assert_eq!(nearest_rank(&sorted, 10, 10), 1.0);
        assert_eq!(nearest_rank(&sorted, 10, 20), 2.0);
        assert_eq!(nearest_rank(&[], 0, 90), 0.0);
    }

    #[test]
    fn a_row_buckets_each_unit_by_the_first_bound_above_it() {
        let mut lengths = stays(&[(1, 2), (400, 1)]);
        lengths.insert(
            0,
            Length {
                seconds: 43_200,
                ..lengths[0]
            },
        );
        lengths[0].quantity = 1;
        let r = row("MAIN".into(), None, None, &lengths);
        assert_eq!(r.stays, 4);
        assert_eq!(r.histogram[0], 1);
        assert_eq!(r.histogram[1], 2);
        assert_eq!(r.histogram[DWELL_BUCKETS.len()], 1);
        assert_eq!((r.median_days, r.p90_days), (1.0, 400.0));
    }
}
