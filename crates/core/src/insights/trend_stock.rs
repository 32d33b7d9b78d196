//! Each day's usable stock at each place, rebuilt from the ledger backwards: the stock in stock
//! there now (`stock_level`, the sum of `unit` and `lot_stock` its triggers keep) less the net
//! in-stock changes of the ledger's lines on the days after.
//!
//! The lines are read in one pass over the events since the first day, through the
//! `event_occurred` index, and summed per place and day here: SQLite's `GROUP BY` sorts every
//! line of the year first (over two seconds for half a million lines, against a quarter for the
//! read), and its `date()` doubled the read, so the local day is worked out here the same way.

use chrono::{Days, NaiveDate, NaiveTime};
use rusqlite::params;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

use super::trend_use::{filters, Place};
use super::Scope;

/// Units in stock per place now.
const STOCK_NOW: &str = "SELECT location_id, product_id, sum(quantity) FROM stock_level
    WHERE (?1 IS NULL OR product_id = ?1) AND (?2 IS NULL OR location_id = ?2)
    GROUP BY location_id, product_id";

/// Every line since an instant that put stock in stock or took it out, with its event's time.
const MOVES_SINCE: &str = "SELECT e.occurred_at, e.occurred_offset, l.product_id,
        l.location_before, l.location_after,
        l.status_before IS 'in_stock', l.status_after IS 'in_stock', l.quantity
    FROM event e JOIN event_line l ON l.event_seq = e.seq
    WHERE e.occurred_at >= ?1
      AND (l.status_before = 'in_stock' OR l.status_after = 'in_stock')
      AND (?2 IS NULL OR l.product_id = ?2)
      AND (?3 IS NULL OR l.location_before = ?3 OR l.location_after = ?3)";

/// A place's stock now and its in-stock changes since the first day.
#[derive(Default)]
struct PlaceMoves {
    now: i64,
    /// (day from the first, change) on the days of the range after the first.
    moves: Vec<(usize, i64)>,
    /// The changes after the range.
    after: i64,
}

/// What rebuilds the stock at each place at the end of each day from `first` on.
pub(super) struct DailyStock {
    days: usize,
    by_place: FxHashMap<Place, PlaceMoves>,
}

impl DailyStock {
    /// Fills `out` with the units in stock at a place at the end of each day of the range.
    pub(super) fn of(&self, place: &Place, out: &mut Vec<i64>) {
        out.clear();
        out.resize(self.days, 0);
        let Some(p) = self.by_place.get(place) else {
            return;
        };
        for (k, change) in &p.moves {
            out[*k] += change;
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
        places: &FxHashSet<Place>,
        first: NaiveDate,
        last: NaiveDate,
    ) -> CoreResult<DailyStock> {
        let days = usize::try_from((last - first).num_days() + 1).unwrap_or(0);
        let mut stock = DailyStock {
            days,
            by_place: places.iter().map(|p| (*p, PlaceMoves::default())).collect(),
        };
        if days == 0 {
            return Ok(stock);
        }
        let (product, location) = filters(scope);
        let mut stmt = self.conn().prepare_cached(STOCK_NOW)?;
        let mut rows = stmt.query(params![product, location])?;
        while let Some(r) = rows.next()? {
            let place = (ProductId(r.get(1)?), LocationId(r.get(0)?));
            if let Some(p) = stock.by_place.get_mut(&place) {
                p.now = r.get(2)?;
            }
        }
        self.add_moves(scope, &mut stock, first)?;
        Ok(stock)
    }

    /// Adds the in-stock changes of the lines of each day after `first` to the places'.
    fn add_moves(&self, scope: &Scope, stock: &mut DailyStock, first: NaiveDate) -> CoreResult<()> {
        // The second day's events start at most 14 hours before it in UTC.
        let since = ((first + Days::new(1)).and_time(NaiveTime::MIN) - chrono::Duration::hours(14))
            .format("%Y-%m-%dT%H:%M:%S")
            .to_string();
        let (product, location) = filters(scope);
        let mut stmt = self.conn().prepare_cached(MOVES_SINCE)?;
        let mut rows = stmt.query(params![since, product, location])?;
        let mut seen = None;
        while let Some(r) = rows.next()? {
            let Ok(utc) = r.get_ref(0)?.as_str() else {
                continue;
            };
            let Some(k) = local_day(utc, r.get(1)?, first, &mut seen) else {
                continue;
            };
            if k <= 0 {
                continue;
            }
            let product = ProductId(r.get(2)?);
            let quantity: i64 = r.get(7)?;
            for (location, in_stock, change) in [(3, 5, -quantity), (4, 6, quantity)] {
                let (Some(l), true) = (r.get::<_, Option<i64>>(location)?, r.get(in_stock)?) else {
                    continue;
                };
                let Some(p) = stock.by_place.get_mut(&(product, LocationId(l))) else {
                    continue;
                };
                match usize::try_from(k).ok().filter(|k| *k < stock.days) {
                    Some(k) => p.moves.push((k, change)),
                    None => p.after += change,
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
}
