//! Each day's usable stock at each place with a rule, rebuilt backwards: the stock in stock
//! there now (`stock_level`, the sum of `unit` and `lot_stock` its triggers keep) less the net
//! in-stock changes of the days after, which the `stock_change` projection (migration 0031)
//! keeps per place and local day from the ledger's lines.
//!
//! Only the places with a rule in force on one of the days are rebuilt: a day counts towards a
//! verdict only under a rule. Their days after the first are read in one statement, each place
//! by its own range of the table's key: a hospital's year is half a million rows for 65,000
//! places, where the ledger's lines it replaces were two million, each with its event.

use chrono::NaiveDate;
use rusqlite::params;
use rustc_hash::FxHashMap;

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

use super::trend_use::{filters, Place};
use super::Scope;

/// Units in stock per place now.
const STOCK_NOW: &str = "SELECT location_id, product_id, sum(quantity) FROM stock_level
    WHERE (?1 IS NULL OR product_id = ?1) AND (?2 IS NULL OR location_id = ?2)
    GROUP BY location_id, product_id";

/// The stock changes on the days after `?1` of every place whose rule ever changed (those
/// rebuilt are among them), of the scope's product (`?2`) and location (`?3`): each place
/// searched by the table's key, in its order. The `CROSS JOIN` keeps SQLite from reading the
/// whole year of every place through `stock_change_day` and each row from the table (2.7 s).
const CHANGES_AFTER: &str = "SELECT c.product_id, c.location_id, c.day, c.quantity
    FROM (SELECT DISTINCT product_id, location_id FROM reorder_rule_change
          WHERE (?2 IS NULL OR product_id = ?2) AND (?3 IS NULL OR location_id = ?3)) r
    CROSS JOIN stock_change c
    WHERE c.product_id = r.product_id AND c.location_id = r.location_id AND c.day > ?1";

/// A place's stock now and its in-stock changes since the first day.
#[derive(Default)]
struct PlaceMoves {
    now: i64,
    /// (day from the first, net change) on the days of the range after the first; a day's
    /// changes coming one after another are added together.
    moves: Vec<(u32, i64)>,
    /// The changes after the range.
    after: i64,
}

impl PlaceMoves {
    /// Adds a change on the day `k` (from the first) of a range of `days`.
    fn add(&mut self, k: i64, days: usize, change: i64) {
        match u32::try_from(k).ok().filter(|k| (*k as usize) < days) {
            Some(k) => match self.moves.last_mut() {
                Some((day, net)) if *day == k => *net += change,
                _ => self.moves.push((k, change)),
            },
            None => self.after += change,
        }
    }
}

/// What rebuilds the stock at each place at the end of each day from `first` on.
pub(super) struct DailyStock {
    days: usize,
    index: FxHashMap<Place, usize>,
    places: Vec<PlaceMoves>,
}

impl DailyStock {
    /// Fills `out` with the units in stock at a place at the end of each day of the range; none
    /// at a place not rebuilt.
    pub(super) fn of(&self, place: &Place, out: &mut Vec<i64>) {
        out.clear();
        out.resize(self.days, 0);
        let Some(p) = self.index.get(place).and_then(|i| self.places.get(*i)) else {
            return;
        };
        for (k, change) in &p.moves {
            if let Some(slot) = out.get_mut(*k as usize) {
                *slot += change;
            }
        }
        // The end of the last day is now less what changed after it; each day before is the
        // day after less that day's changes.
        let mut level = p.now - p.after;
        for slot in out.iter_mut().rev() {
            let net = *slot;
            *slot = level;
            level -= net;
        }
    }

    /// A place's stock at the end of the first day, and the net changes of the days after (day
    /// from the first, change), in day order: what [`DailyStock::of`] spells out day by day.
    /// None at a place not rebuilt.
    pub(super) fn steps(&self, place: &Place, moves: &mut Vec<(u32, i64)>) -> i64 {
        moves.clear();
        let Some(p) = self.index.get(place).and_then(|i| self.places.get(*i)) else {
            return 0;
        };
        moves.extend(p.moves.iter().filter(|(k, _)| *k > 0));
        moves.sort_by_key(|(k, _)| *k);
        p.now - p.after - moves.iter().map(|(_, net)| net).sum::<i64>()
    }
}

/// A place with its stock now, its changes after the range and its changes on days of it (day
/// from the first, net change).
#[cfg(test)]
pub(super) type PlaceSteps = (Place, i64, i64, Vec<(u32, i64)>);

#[cfg(test)]
impl DailyStock {
    /// The stock of `days` days at these places.
    pub(super) fn of_moves(days: usize, places: Vec<PlaceSteps>) -> Self {
        let mut stock = DailyStock {
            days,
            index: FxHashMap::default(),
            places: Vec::new(),
        };
        for (i, (place, now, after, moves)) in places.into_iter().enumerate() {
            stock.index.insert(place, i);
            stock.places.push(PlaceMoves { now, moves, after });
        }
        stock
    }
}

/// The day of `YYYY-MM-DD` counted from `first` (none when it is not a date).
fn day_from(day: &str, first: NaiveDate) -> Option<i64> {
    let b = day.as_bytes();
    let num = |from: usize, to: usize| -> Option<u32> {
        b.get(from..to)?.iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let date = NaiveDate::from_ymd_opt(num(0, 4)? as i32, num(5, 7)?, num(8, 10)?)?;
    Some((date - first).num_days())
}

impl Store {
    /// The stock at each of `places` at the end of each day from `first` to `last`.
    pub(super) fn daily_stock(
        &self,
        scope: &Scope,
        places: &[Place],
        first: NaiveDate,
        last: NaiveDate,
    ) -> CoreResult<DailyStock> {
        let days = usize::try_from((last - first).num_days() + 1).unwrap_or(0);
        let mut stock = DailyStock {
            days,
            index: places.iter().enumerate().map(|(i, p)| (*p, i)).collect(),
            places: places.iter().map(|_| PlaceMoves::default()).collect(),
        };
        if days == 0 || places.is_empty() {
            return Ok(stock);
        }
        let (product, location) = filters(scope);
        let mut stmt = self.conn().prepare_cached(STOCK_NOW)?;
        let mut rows = stmt.query(params![product, location])?;
        while let Some(r) = rows.next()? {
            let place = (ProductId(r.get(1)?), LocationId(r.get(0)?));
            if let Some(p) = stock
                .index
                .get(&place)
                .and_then(|i| stock.places.get_mut(*i))
            {
                p.now = r.get(2)?;
            }
        }
        self.add_moves(&mut stock, (product, location), first)?;
        Ok(stock)
    }

    /// Adds the stock changes of each day after `first` to the places', of a product and at a
    /// location when they are given.
    fn add_moves(
        &self,
        stock: &mut DailyStock,
        (product, location): (Option<i64>, Option<i64>),
        first: NaiveDate,
    ) -> CoreResult<()> {
        let mut stmt = self.conn().prepare_cached(CHANGES_AFTER)?;
        let mut rows = stmt.query(params![first.to_string(), product, location])?;
        // The rows come place after place: each place is looked up once, and one not rebuilt
        // (no rule in force in the weeks) skipped.
        let mut at: Option<(Place, usize)> = None;
        while let Some(r) = rows.next()? {
            let place = (ProductId(r.get(0)?), LocationId(r.get(1)?));
            let i = match at {
                Some((p, i)) if p == place => i,
                _ => {
                    let Some(i) = stock.index.get(&place).copied() else {
                        continue;
                    };
                    at = Some((place, i));
                    i
                }
            };
            let Some(k) = r.get_ref(2)?.as_str().ok().and_then(|d| day_from(d, first)) else {
                continue;
            };
            if let Some(p) = stock.places.get_mut(i) {
                p.add(k, stock.days, r.get(3)?);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_counted_from_the_first_and_anything_else_is_no_day() {
        let first: NaiveDate = "2027-12-30".parse().unwrap();
        assert_eq!(day_from("2027-12-30", first), Some(0));
        assert_eq!(day_from("2028-01-02", first), Some(3));
        assert_eq!(day_from("2027-12-01", first), Some(-29));
        assert_eq!(day_from("2027-12", first), None);
        assert_eq!(day_from("2027-13-01", first), None);
    }

    #[test]
    fn a_days_changes_in_a_row_are_added_together_and_those_after_the_range_kept_apart() {
        let mut p = PlaceMoves::default();
        for (k, change) in [(1, 5), (1, -2), (2, 4), (1, 1), (3, 7), (9, -1)] {
            p.add(k, 3, change);
        }
        assert_eq!(p.moves, vec![(1, 3), (2, 4), (1, 1)]);
        assert_eq!(p.after, 6);
    }
}
