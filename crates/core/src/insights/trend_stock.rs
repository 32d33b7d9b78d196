//! Each day's usable stock at each place with a rule, rebuilt from the ledger backwards: the
//! stock in stock there now (`stock_level`, the sum of `unit` and `lot_stock` its triggers keep)
//! less the net in-stock changes of the ledger's lines on the days after.
//!
//! Only the places with a rule in force on one of the days are rebuilt: a day counts towards a
//! verdict only under a rule. Their lines since the first day are read in one pass and summed
//! per place and day here, each place's changes kept as (day, net) while they come day after
//! day: SQLite's `GROUP BY` sorts every line of the year first (over two seconds for half a
//! million lines, against a quarter for the read), and its `date()` doubled the read, so the
//! local day is worked out here the same way.
//!
//! The pass walks `event_line` in its own order from the first event that occurred in the range
//! (found through the `event_occurred` index) and looks each line's event up by its sequence:
//! one look-up a line, where walking `event_occurred` took two. An event recorded before that
//! one but occurring in the range (entered late, or a clock set wrong) is read through the index
//! alone, in a second statement. A product's lines are read through the lot and serial indexes.

use chrono::{Days, NaiveDate, NaiveTime};
use rusqlite::{params, Row};
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

/// What a pass reads of each line that put stock in stock or took it out, with its event's time.
const LINE: &str = "e.occurred_at, e.occurred_offset, l.product_id,
        l.location_before, l.location_after,
        l.status_before IS 'in_stock', l.status_after IS 'in_stock', l.quantity";

/// The lines that put stock in stock or took it out, at the scope's location (`?3`).
const IN_STOCK: &str = "(l.status_before = 'in_stock' OR l.status_after = 'in_stock')
      AND (?3 IS NULL OR l.location_before = ?3 OR l.location_after = ?3)";

/// The first event in time order that occurred at or after an instant.
const FIRST_SINCE: &str =
    "SELECT seq FROM event WHERE occurred_at >= ?1 ORDER BY occurred_at LIMIT 1";

/// The page cache the pass over the lines reads through, in kibibytes.
const SCAN_CACHE_KIB: i64 = 8 * 1024;

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

    /// Adds a line's in-stock changes to its places', on the day `k` from the first.
    fn add_line(&mut self, r: &Row<'_>, k: i64) -> rusqlite::Result<()> {
        let product = ProductId(r.get(2)?);
        let quantity: i64 = r.get(7)?;
        for (location, in_stock, change) in [(3, 5, -quantity), (4, 6, quantity)] {
            let (Some(l), true) = (r.get::<_, Option<i64>>(location)?, r.get(in_stock)?) else {
                continue;
            };
            let Some(i) = self.index.get(&(product, LocationId(l))) else {
                continue;
            };
            if let Some(p) = self.places.get_mut(*i) {
                p.add(k, self.days, change);
            }
        }
        Ok(())
    }
}

/// The day, counted from a first day, of a stored UTC time (`YYYY-MM-DDTHH:MM…`) moved by an
/// offset in minutes: what `date(occurred_at, printf('%+d minutes', occurred_offset))` gives
/// in SQL, as the `consumption` projection reads an event's day. `seen` keeps the last UTC
/// date read and its count.
fn local_day(
    utc: &str,
    offset: i64,
    first: NaiveDate,
    seen: &mut Option<(String, i64)>,
) -> Option<i64> {
    let (date, hh, mm) = (utc.get(..10)?, utc.get(11..13)?, utc.get(14..16)?);
    let minutes = hh.parse::<i64>().ok()? * 60 + mm.parse::<i64>().ok()? + offset;
    let k = match seen {
        Some((text, k)) if text == date => *k,
        _ => {
            let k = (date.parse::<NaiveDate>().ok()? - first).num_days();
            *seen = Some((date.to_string(), k));
            k
        }
    };
    Some(k + minutes.div_euclid(24 * 60))
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
        self.with_scan_cache(|| self.add_moves(scope, &mut stock, first))?;
        Ok(stock)
    }

    /// Runs `scan` with the connection's page cache cut to [`SCAN_CACHE_KIB`] (when larger),
    /// then gives it back its size. A year's lines pass once through the cache: a large one
    /// only faults in memory (a quarter of a second for each hundred megabytes, in a fresh
    /// process) to hold pages read once, and pushes out the pages the other screens read.
    fn with_scan_cache<T>(&self, scan: impl FnOnce() -> CoreResult<T>) -> CoreResult<T> {
        let conn = self.conn();
        let size: i64 = conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
        let page: i64 = conn.pragma_query_value(None, "page_size", |r| r.get(0))?;
        // A positive size counts pages, a negative one kibibytes.
        let kib = if size < 0 { -size } else { size * page / 1024 };
        if kib <= SCAN_CACHE_KIB {
            return scan();
        }
        conn.pragma_update(None, "cache_size", -SCAN_CACHE_KIB)?;
        let scanned = scan();
        conn.pragma_update(None, "cache_size", size)?;
        scanned
    }

    /// Adds the in-stock changes of the lines of each day after `first` to the places'.
    fn add_moves(&self, scope: &Scope, stock: &mut DailyStock, first: NaiveDate) -> CoreResult<()> {
        // The second day's events start at most 14 hours before it in UTC.
        let since = ((first + Days::new(1)).and_time(NaiveTime::MIN) - chrono::Duration::hours(14))
            .format("%Y-%m-%dT%H:%M:%S")
            .to_string();
        let (product, location) = filters(scope);
        let conn = self.conn();
        let mut statements = Vec::new();
        if product.is_some() {
            // Every line of the product, through the lot index and the serial index.
            statements.push((
                format!(
                    "SELECT {LINE} FROM event_line l CROSS JOIN event e ON e.seq = l.event_seq
                     WHERE l.product_id = ?1 AND l.serial IS NULL AND {IN_STOCK}
                       AND e.occurred_at >= ?2
                     UNION ALL
                     SELECT {LINE} FROM event_line l CROSS JOIN event e ON e.seq = l.event_seq
                     WHERE l.product_id = ?1 AND l.serial IS NOT NULL AND {IN_STOCK}
                       AND e.occurred_at >= ?2"
                ),
                product,
            ));
        } else {
            let Some(start) = conn
                .prepare_cached(FIRST_SINCE)?
                .query_map([&since], |r| r.get::<_, i64>(0))?
                .next()
                .transpose()?
            else {
                return Ok(());
            };
            // The lines from the first event of the range on, in the order recorded.
            statements.push((
                format!(
                    "SELECT {LINE} FROM event_line l CROSS JOIN event e ON e.seq = l.event_seq
                     WHERE l.event_seq >= ?1 AND {IN_STOCK} AND e.occurred_at >= ?2"
                ),
                Some(start),
            ));
            // The events recorded before it that occurred in the range: `+` keeps SQLite from
            // walking every event before it by its sequence instead of the index.
            statements.push((
                format!(
                    "SELECT {LINE} FROM event e JOIN event_line l ON l.event_seq = e.seq
                     WHERE e.occurred_at >= ?2 AND +e.seq < ?1 AND {IN_STOCK}"
                ),
                Some(start),
            ));
        }
        let mut seen = None;
        for (sql, bound) in statements {
            let mut stmt = conn.prepare_cached(&sql)?;
            let mut rows = stmt.query(params![bound, since, location])?;
            while let Some(r) = rows.next()? {
                let Ok(utc) = r.get_ref(0)?.as_str() else {
                    continue;
                };
                match local_day(utc, r.get(1)?, first, &mut seen) {
                    Some(k) if k > 0 => stock.add_line(r, k)?,
                    _ => {}
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_events_day_is_its_utc_time_moved_by_its_offset_as_sqlite_dates_it() {
        let first: NaiveDate = "2027-12-01".parse().unwrap();
        let mut seen = None;
        let mut day = |utc, offset| local_day(utc, offset, first, &mut seen);
        assert_eq!(day("2027-12-05T23:30:00.000000Z", 60), Some(5));
        assert_eq!(day("2027-12-05T22:59:59.999999Z", 60), Some(4));
        assert_eq!(day("2027-12-06T00:30:00.000000Z", -60), Some(4));
        assert_eq!(day("2027-12-06T13:00:00.000000Z", 5 * 60 + 30), Some(5));
        assert_eq!(day("2027-12-06T10:00:00.000000Z", 14 * 60), Some(6));
        assert_eq!(day("2027-11-30T10:00:00.000000Z", 0), Some(-1));
        assert_eq!(day("2027-12", 0), None);
    }

    #[test]
    fn the_day_is_the_one_sqlite_gives_around_midnight_at_every_offset() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let first: NaiveDate = "2027-12-31".parse().unwrap();
        for hour in ["09", "10", "13", "14", "22", "23"] {
            for minute in ["00", "29", "30", "59"] {
                for offset in [-720, -600, -61, -60, -30, 0, 30, 60, 330, 600, 840] {
                    let utc = format!("2027-12-31T{hour}:{minute}:59.999999Z");
                    let sqlite: String = conn
                        .query_row(
                            "SELECT date(?1, printf('%+d minutes', ?2))",
                            rusqlite::params![utc, offset],
                            |r| r.get(0),
                        )
                        .unwrap();
                    let k = local_day(&utc, offset, first, &mut None).unwrap();
                    let here = first + chrono::Duration::days(k);
                    assert_eq!(here.to_string(), sqlite, "{utc} {offset:+}");
                }
            }
        }
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
