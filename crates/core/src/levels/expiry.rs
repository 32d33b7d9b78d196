//! The expiry list: stock in stock that has expired or expires within the alert windows, whole or
//! a page at a time, and the orders it may be sorted in.

use std::sync::Arc;

use chrono::{Duration, NaiveDate};
use rusqlite::{params, Connection};
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::lookup::{iso_date, Names};
use super::windows::MAX_WINDOW_DAYS;

/// Which stock the expiry list shows: everything up to the window's end (expired stock first),
/// or only stock not yet expired — what Home's "expiring within N days" tile counts, so the list
/// it opens adds up to the tile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ExpiryRange {
    /// Expired and expiring stock.
    #[default]
    ExpiredAndExpiring,
    /// Stock expiring today or later, within the window.
    ExpiringOnly,
}

/// How the expiry list may be ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ExpiryOrder {
    /// Earliest expiry first, then product, lot and location: the list's own order, read a
    /// page at a time from the indexes.
    #[default]
    Expiry,
    /// By product name.
    Product,
    /// By location code.
    Location,
    /// By quantity.
    Quantity,
    /// By value at the contract price (an unknown price counts as the lowest).
    #[serde(rename = "value_cents")]
    Value,
}

impl std::str::FromStr for ExpiryOrder {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "expiry" | "days_left" => ExpiryOrder::Expiry,
            "product" => ExpiryOrder::Product,
            "location" => ExpiryOrder::Location,
            "quantity" => ExpiryOrder::Quantity,
            "value_cents" | "value" => ExpiryOrder::Value,
            other => return Err(format!("the expiry list cannot be sorted by '{other}'")),
        })
    }
}

/// Sorts expiry lines by `by` (`descending` reverses it); ties keep the list's own order
/// (earliest expiry first), which a stable sort of that list gives. The lines' places are sorted,
/// then the lines moved once each: a stable sort moving the lines themselves (over a
/// hundred bytes each) took a third of a first sort of 180,000 lines by value.
pub fn sort_expiry_lines(list: &mut [ExpiryLine], by: ExpiryOrder, descending: bool) {
    let order = expiry_order(list, (0..list.len()).collect(), by, descending);
    super::shortages::permute(list, order);
}

/// The lines of `list` at `places` sorted by `by` (`descending` reverses it), as places in
/// `list`. The sort is stable: given `places` in ascending order, ties keep the list's own order,
/// as in [`sort_expiry_lines`]. For a sorted list kept beside the lines it names rather than as
/// a copy of them.
pub fn expiry_order(
    list: &[ExpiryLine],
    mut places: Vec<usize>,
    by: ExpiryOrder,
    descending: bool,
) -> Vec<usize> {
    let key = |a: &ExpiryLine, b: &ExpiryLine| match by {
        ExpiryOrder::Expiry => a.expiry.cmp(&b.expiry),
        ExpiryOrder::Product => a.product.cmp(&b.product),
        ExpiryOrder::Location => a.location.cmp(&b.location),
        ExpiryOrder::Quantity => a.quantity.cmp(&b.quantity),
        ExpiryOrder::Value => a
            .value_cents
            .unwrap_or(-1)
            .cmp(&b.value_cents.unwrap_or(-1)),
    };
    places.sort_by(|&a, &b| {
        let (a, b) = (&list[a], &list[b]);
        if descending {
            key(b, a)
        } else {
            key(a, b)
        }
    });
    places
}

/// An expiry alert line: a product's lot at a location. Its product's and location's names are
/// shared with the other lines of its list ([`Arc`]): a list of many thousand lines names only
/// a few thousand products.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExpiryLine {
    /// GTIN-14.
    pub gtin: Arc<str>,
    /// Product name.
    pub product: Arc<str>,
    /// Lot.
    pub lot: Option<String>,
    /// Location code.
    pub location: Arc<str>,
    /// Expiry date.
    pub expiry: NaiveDate,
    /// Days from today (negative: expired that many days ago).
    pub days_left: i64,
    /// The alert window it falls in, in days (0: expired).
    pub window: i64,
    /// Packs (or lot quantity).
    pub quantity: i64,
    /// Value at the product's contract unit price, in cents, when the price is known.
    pub value_cents: Option<i64>,
}

impl Store {
    /// Stock in stock that has expired or expires within the largest window, grouped by
    /// product, lot and location, earliest expiry first. `windows` are the alert windows in
    /// days (e.g. 30, 60, 90); each line says the smallest it falls in (0: expired).
    pub fn expiring(
        &self,
        actor: &User,
        windows: &[i64],
        location: Option<&str>,
        today: NaiveDate,
    ) -> CoreResult<Vec<ExpiryLine>> {
        self.expiring_in(
            actor,
            windows,
            location,
            today,
            ExpiryRange::ExpiredAndExpiring,
        )
    }

    /// [`Store::expiring`] over `range`: with [`ExpiryRange::ExpiringOnly`], stock that has
    /// already expired is left out.
    pub fn expiring_in(
        &self,
        actor: &User,
        windows: &[i64],
        location: Option<&str>,
        today: NaiveDate,
        range: ExpiryRange,
    ) -> CoreResult<Vec<ExpiryLine>> {
        require(actor, Operation::ViewStock)?;
        let list = ExpiryList::new(self, windows, location, today, range)?;
        list.lines(self, 0, -1)
    }

    /// One page of [`Store::expiring`]'s list (`limit` lines from `offset`) and how many lines
    /// the whole list has. Read from the in-stock expiry indexes in order, so a page costs
    /// about what it shows, however long the list.
    pub fn expiring_page(
        &self,
        actor: &User,
        windows: &[i64],
        location: Option<&str>,
        today: NaiveDate,
        offset: u32,
        limit: u32,
    ) -> CoreResult<(Vec<ExpiryLine>, u32)> {
        let all = ExpiryRange::ExpiredAndExpiring;
        self.expiring_page_in(actor, windows, location, today, all, offset, limit)
    }

    /// One page of [`Store::expiring_in`]'s list and how many lines the whole list has.
    #[allow(clippy::too_many_arguments)] // the list's parameters, then the page
    pub fn expiring_page_in(
        &self,
        actor: &User,
        windows: &[i64],
        location: Option<&str>,
        today: NaiveDate,
        range: ExpiryRange,
        offset: u32,
        limit: u32,
    ) -> CoreResult<(Vec<ExpiryLine>, u32)> {
        require(actor, Operation::ViewStock)?;
        let list = ExpiryList::new(self, windows, location, today, range)?;
        let lines = list.lines(self, offset.into(), limit.into())?;
        Ok((lines, list.len(self)?))
    }
}

/// The alert window a line falls in: the smallest of `windows` (smallest first, never empty)
/// holding `days_left`, the widest for a line beyond them all, 0 for stock already expired.
fn window_of(days_left: i64, windows: &[i64]) -> i64 {
    if days_left < 0 {
        return 0;
    }
    windows
        .iter()
        .copied()
        .find(|w| days_left <= *w)
        .or(windows.last().copied())
        .unwrap_or(0)
}

/// The expiry list's parameters, checked.
struct ExpiryList {
    windows: Vec<i64>,
    location: Option<i64>,
    today: NaiveDate,
    until: String,
    /// The earliest expiry shown: "" (every date sorts after it) unless expired stock is left
    /// out, then today.
    from: String,
}

impl ExpiryList {
    fn new(
        store: &Store,
        windows: &[i64],
        location: Option<&str>,
        today: NaiveDate,
        range: ExpiryRange,
    ) -> CoreResult<Self> {
        let mut windows: Vec<i64> = windows.to_vec();
        windows.sort_unstable();
        windows.dedup();
        let Some(&widest) = windows.last() else {
            return Err(CoreError::refused("levels.expiry_no_window").field("within"));
        };
        if windows[0] < 0 || widest > 3650 {
            return Err(CoreError::refused("levels.expiry_window_out_of_range")
                .field("within")
                .arg("max", MAX_WINDOW_DAYS));
        }
        let location = location
            .map(|c| store.location(c.trim()))
            .transpose()?
            .map(|l| l.id.0);
        Ok(ExpiryList {
            until: (today + Duration::days(widest)).to_string(),
            from: match range {
                ExpiryRange::ExpiredAndExpiring => String::new(),
                ExpiryRange::ExpiringOnly => today.to_string(),
            },
            windows,
            location,
            today,
        })
    }

    /// Packs grouped by expiry, product, lot and location, and lot quantities, each in that
    /// order from its index and merged by SQLite.
    fn filter(&self) -> &'static str {
        if self.location.is_some() {
            "status = 'in_stock' AND expiry <= ?1 AND expiry >= ?3 AND location_id = ?2"
        } else {
            "status = 'in_stock' AND expiry <= ?1 AND expiry >= ?3 AND ?2 IS NULL"
        }
    }

    /// `limit` lines from `offset` (a negative limit: all of them). The whole list is read on
    /// two connections when the store's second one can be had ([`Store::with_reader`]): the
    /// packs grouped on the store's, the lots' quantities on the other at the same time, each
    /// in the list's order, then merged (no line is in both: a product is serialized or
    /// lot-tracked). A page is one statement, its two halves merged by SQLite.
    fn lines(&self, store: &Store, offset: i64, limit: i64) -> CoreResult<Vec<ExpiryLine>> {
        if offset == 0 && limit < 0 {
            let two = store.with_reader(|reader| {
                let reader = reader?;
                Some(std::thread::scope(|scope| -> CoreResult<_> {
                    let lots = scope.spawn(move || self.read(reader, Arm::Lots, 0, -1));
                    let packs = self.read(store.conn(), Arm::Packs, 0, -1)?;
                    let lots = lots
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
                    Ok(merge(packs, lots))
                }))
            });
            if let Some(rows) = two {
                return self.named(store, rows?);
            }
        }
        let rows = self.read(store.conn(), Arm::Both, offset, limit)?;
        self.named(store, rows)
    }

    /// The list's rows from `arm`, in the list's order: `limit` from `offset`.
    fn read(&self, conn: &Connection, arm: Arm, offset: i64, limit: i64) -> CoreResult<Vec<Row>> {
        let filter = self.filter();
        let packs = format!(
            "SELECT expiry, product_id, lot, location_id, count(*) FROM unit WHERE {filter}
             GROUP BY expiry, product_id, lot, location_id"
        );
        let lots = format!(
            "SELECT expiry, product_id, lot, location_id, quantity FROM lot_stock WHERE {filter}"
        );
        let sql = match arm {
            Arm::Packs => packs,
            Arm::Lots => lots,
            Arm::Both => format!("{packs} UNION ALL {lots}"),
        };
        let mut stmt =
            conn.prepare_cached(&format!("{sql} ORDER BY 1, 2, 3, 4 LIMIT ?4 OFFSET ?5"))?;
        let mut rows = stmt.query(params![self.until, self.location, self.from, limit, offset])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let Some(expiry) = r
                .get_ref(0)?
                .as_str_or_null()
                .ok()
                .flatten()
                .and_then(iso_date)
            else {
                continue;
            };
            out.push(Row {
                expiry,
                product: r.get(1)?,
                lot: r.get(2)?,
                location: r.get(3)?,
                quantity: r.get(4)?,
            });
        }
        Ok(out)
    }

    /// The rows as lines, named.
    fn named(&self, store: &Store, rows: Vec<Row>) -> CoreResult<Vec<ExpiryLine>> {
        let mut names = Names::new(store);
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let days_left = (row.expiry - self.today).num_days();
            let window = window_of(days_left, &self.windows);
            let location = Arc::clone(names.location(row.location)?);
            let (gtin, name, price) = names.product(row.product)?.clone();
            out.push(ExpiryLine {
                gtin,
                product: name,
                lot: row.lot,
                location,
                expiry: row.expiry,
                days_left,
                window,
                quantity: row.quantity,
                value_cents: price.map(|p| p * row.quantity),
            });
        }
        Ok(out)
    }

    /// Lines in the whole list.
    fn len(&self, store: &Store) -> CoreResult<u32> {
        let filter = self.filter();
        let n: i64 = store
            .conn()
            .prepare_cached(&format!(
                "SELECT (SELECT count(*) FROM (SELECT 1 FROM unit WHERE {filter}
                                              GROUP BY expiry, product_id, lot, location_id))
                      + (SELECT count(*) FROM lot_stock WHERE {filter})"
            ))?
            .query_row(params![self.until, self.location, self.from], |r| r.get(0))?;
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    }
}

/// Which of the list's two sources a statement reads.
#[derive(Clone, Copy)]
enum Arm {
    /// Serialized packs in stock, grouped by expiry, product, lot and location.
    Packs,
    /// Lot-tracked products' quantities in stock.
    Lots,
    /// Both, merged by SQLite.
    Both,
}

/// One line of the list before it is named.
struct Row {
    expiry: NaiveDate,
    product: i64,
    lot: Option<String>,
    location: i64,
    quantity: i64,
}

impl Row {
    fn key(&self) -> (NaiveDate, i64, Option<&str>, i64) {
        (
            self.expiry,
            self.product,
            self.lot.as_deref(),
            self.location,
        )
    }
}

/// Two lists of rows, each in the list's order, as one in that order.
fn merge(a: Vec<Row>, b: Vec<Row>) -> Vec<Row> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut a = a.into_iter().peekable();
    let mut b = b.into_iter().peekable();
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.key() <= y.key(),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return out,
        };
        out.extend(if take_a { a.next() } else { b.next() });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole list read on two connections (packs on one, lots on the other, merged here) is
    /// the list SQLite merges on the store's own connection inside a transaction.
    #[test]
    fn the_whole_list_on_two_connections_is_the_list_on_one() {
        let (_dir, store, now) = crate::demo::small_for_tests();
        let admin = store.actor("admin").unwrap();
        let today = now.local_date();
        for range in [ExpiryRange::ExpiredAndExpiring, ExpiryRange::ExpiringOnly] {
            let two = store
                .expiring_in(&admin, &[30, 365], None, today, range)
                .unwrap();
            assert!(store.reader_slot().is_some(), "read on two connections");
            store.conn().execute_batch("BEGIN").unwrap();
            let one = store
                .expiring_in(&admin, &[30, 365], None, today, range)
                .unwrap();
            store.conn().execute_batch("COMMIT").unwrap();
            assert_eq!(one, two, "{range:?}");
            assert!(two.len() > 100, "{range:?}: {} lines", two.len());
        }
        let held = |table: &str| -> i64 {
            store
                .conn()
                .query_row(
                    &format!("SELECT count(*) FROM {table} WHERE status = 'in_stock'"),
                    [],
                    |r| r.get(0),
                )
                .unwrap()
        };
        assert!(
            held("unit") > 0 && held("lot_stock") > 0,
            "both sources have stock to merge"
        );
    }

    #[test]
    fn each_line_says_the_smallest_window_it_falls_in() {
        let windows = [30, 60, 90];
        assert_eq!(
            window_of(-1, &windows),
            0,
            "expired stock is in no window: 0"
        );
        assert_eq!(
            window_of(0, &windows),
            30,
            "expiring today is in the smallest window"
        );
        assert_eq!(
            window_of(30, &windows),
            30,
            "a window includes its last day"
        );
        assert_eq!(
            window_of(31, &windows),
            60,
            "a day past it is in the next one"
        );
        assert_eq!(
            window_of(400, &windows),
            90,
            "the list only reads up to the widest, so anything past it is shown there"
        );
    }

    #[test]
    fn a_sort_by_another_column_keeps_the_lists_order_for_ties() {
        let line = |product: &str, expiry: &str, value_cents| ExpiryLine {
            gtin: "".into(),
            product: product.into(),
            lot: None,
            location: "PHARM".into(),
            expiry: expiry.parse().unwrap(),
            days_left: 0,
            window: 30,
            quantity: 1,
            value_cents,
        };
        let mut list = vec![
            line("B", "2026-12-01", Some(500)),
            line("A", "2026-12-02", None),
            line("C", "2026-12-03", Some(500)),
        ];
        sort_expiry_lines(&mut list, ExpiryOrder::Value, true);
        let order: Vec<&str> = list.iter().map(|l| &*l.product).collect();
        assert_eq!(
            order,
            ["B", "C", "A"],
            "by value, highest first: equal values keep earliest expiry first, an unknown price last"
        );
        // The same order as places, of the lines asked for alone (here the first and third).
        let list = [
            line("B", "2026-12-01", Some(100)),
            line("A", "2026-12-02", None),
            line("C", "2026-12-03", Some(900)),
            line("D", "2026-12-04", Some(100)),
        ];
        assert_eq!(
            expiry_order(&list, vec![0, 2, 3], ExpiryOrder::Value, true),
            [2, 0, 3]
        );
        assert_eq!(
            expiry_order(&list, vec![0, 1, 3], ExpiryOrder::Product, false),
            [1, 0, 3]
        );
    }
}
