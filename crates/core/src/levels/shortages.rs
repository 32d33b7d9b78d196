//! Shortages: every reorder rule whose usable cover is below its reorder point or runs out within
//! its lead time, and the orders the list may be sorted in.

use chrono::NaiveDate;
use rusqlite::Connection;
use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::error::CoreResult;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::lookup::{iso_date, Names};
use super::policy::LevelPolicy;
use super::position::{position, Batches, Position, Rule};

/// How the shortage list may be ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ShortageOrder {
    /// Most urgent first: by days of cover (none left first), then by how far below the
    /// reorder point. The list's own order.
    #[default]
    Urgency,
    /// By product name.
    Product,
    /// By location code.
    Location,
    /// By usable cover.
    #[serde(rename = "usable_cover")]
    Usable,
    /// By the suggested order quantity.
    #[serde(rename = "suggested_order")]
    Order,
}

impl std::str::FromStr for ShortageOrder {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "urgency" | "days_of_cover" => ShortageOrder::Urgency,
            "product" => ShortageOrder::Product,
            "location" => ShortageOrder::Location,
            "usable_cover" => ShortageOrder::Usable,
            "suggested_order" => ShortageOrder::Order,
            other => return Err(format!("the shortage list cannot be sorted by '{other}'")),
        })
    }
}

/// Sorts shortages by `by` (`descending` reverses it); ties fall back on urgency, then product
/// name, location and GTIN (two products may share a name), so the order is always the same.
/// Each name, code and GTIN is ranked once and the list sorted on numbers: tens of thousands
/// of shortages share "no cover left", and comparing their names as strings was a fifth of
/// computing the list.
pub fn sort_shortages(list: &mut [Position], by: ShortageOrder, descending: bool) {
    let ranks = Ranks::new(list);
    let mut keys: Vec<SortKey> = list
        .iter()
        .enumerate()
        .map(|(at, p)| {
            let names = ranks.of(p);
            SortKey {
                first: match by {
                    ShortageOrder::Urgency => 0,
                    ShortageOrder::Product => i64::from(names.0),
                    ShortageOrder::Location => i64::from(names.1),
                    ShortageOrder::Usable => p.usable_cover,
                    ShortageOrder::Order => p.suggested_order,
                },
                urgency: match p.days_of_cover {
                    Some(d) => d,
                    None if p.usable_cover == 0 => 0.0,
                    None => f64::INFINITY,
                },
                below: p.usable_cover as f64 / p.reorder_point.unwrap_or(1).max(1) as f64,
                names,
                at,
            }
        })
        .collect();
    let most_urgent = |a: &SortKey, b: &SortKey| {
        a.urgency
            .total_cmp(&b.urgency)
            .then(a.below.total_cmp(&b.below))
            .then(a.names.cmp(&b.names))
    };
    keys.sort_unstable_by(|a, b| {
        let first = a.first.cmp(&b.first);
        let first = if descending { first.reverse() } else { first };
        first.then_with(|| {
            if by == ShortageOrder::Urgency && descending {
                most_urgent(b, a)
            } else {
                most_urgent(a, b)
            }
        })
    });
    let order: Vec<usize> = keys.into_iter().map(|k| k.at).collect();
    permute(list, order);
}

/// Puts the element at `order[i]` at `i`, in place: one swap per element, each cycle of the
/// permutation followed once.
pub(super) fn permute<T>(list: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = std::mem::replace(&mut order[at], DONE);
            if from == start {
                break;
            }
            list.swap(at, from);
            at = from;
        }
    }
}

/// What a shortage is sorted on, all numbers, and where it stood before.
struct SortKey {
    /// The chosen column's value or rank (0 for urgency, whose order is the tie-break's).
    first: i64,
    urgency: f64,
    below: f64,
    /// (product name, location code, product): the product's rank orders by name, then GTIN.
    names: (u32, u32, u32),
    at: usize,
}

/// Each product's rank by name (equal names, equal rank) and by (name, GTIN), and each
/// location's by code; found by GTIN and code, so the long names are compared only among the
/// few thousand distinct products, never hashed per line.
struct Ranks<'a> {
    products: FxHashMap<&'a str, (u32, u32)>,
    locations: FxHashMap<&'a str, u32>,
}

impl<'a> Ranks<'a> {
    fn new(list: &'a [Position]) -> Ranks<'a> {
        let mut names: FxHashMap<&str, &str> = FxHashMap::default();
        let mut codes: FxHashMap<&str, u32> = FxHashMap::default();
        for p in list {
            names.entry(&p.gtin).or_insert(&p.product);
            codes.entry(&p.location).or_insert(0);
        }
        let mut products: Vec<(&str, &str)> = names.into_iter().map(|(g, n)| (n, g)).collect();
        products.sort_unstable();
        let mut by_gtin = FxHashMap::default();
        let mut name_rank = 0;
        for (i, (name, gtin)) in products.iter().enumerate() {
            if i > 0 && products[i - 1].0 != *name {
                name_rank += 1;
            }
            by_gtin.insert(*gtin, (name_rank, i as u32));
        }
        let mut sorted: Vec<&str> = codes.keys().copied().collect();
        sorted.sort_unstable();
        for (rank, code) in sorted.into_iter().enumerate() {
            codes.insert(code, rank as u32);
        }
        Ranks {
            products: by_gtin,
            locations: codes,
        }
    }

    /// (name rank, location rank, product rank) of one line.
    fn of(&self, p: &Position) -> (u32, u32, u32) {
        let (name, product) = self
            .products
            .get(p.gtin.as_str())
            .copied()
            .unwrap_or_default();
        let code = self
            .locations
            .get(p.location.as_str())
            .copied()
            .unwrap_or_default();
        (name, code, product)
    }
}

impl Store {
    /// Every product and location below its reorder point, or whose usable cover runs out
    /// within the lead time, most urgent first (earliest stock-out), with the order up to par.
    ///
    /// Read on two cores when the store's second connection can be had
    /// ([`Store::with_reader`]): it adds up the window's consumption and then reads the rules
    /// of the last third of the products joined to their kept sums (`stock_level`), while the
    /// store's connection reads the first two thirds (on the benchmark's hospital, adding up
    /// the window takes about as long as reading a third of the rules); then each half of the
    /// rules is judged on a core of its own. Only the shortages are named and kept. The two
    /// connections read a moment apart, each in its own snapshot; a product's rules and sums
    /// are always read together.
    pub fn shortages(
        &self,
        actor: &User,
        policy: &LevelPolicy,
        today: NaiveDate,
    ) -> CoreResult<Vec<Position>> {
        require(actor, Operation::ViewStock)?;
        let (mut read, consumed) = self.with_reader(|reader| -> CoreResult<_> {
            let Some(reader) = reader else {
                let consumed = consumption_in_window(self.conn(), policy, today)?;
                let mut read = RulesRead::default();
                read.add(self.conn(), 0, i64::MAX)?;
                return Ok((read, consumed));
            };
            let (first, last): (Option<i64>, Option<i64>) = self.conn().query_row(
                "SELECT min(product_id), max(product_id) FROM reorder_rule",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let (Some(first), Some(last)) = (first, last) else {
                return Ok((RulesRead::default(), FxHashMap::default()));
            };
            let split = first + (last - first + 1) * 2 / 3;
            std::thread::scope(|scope| {
                let theirs = scope.spawn(move || -> CoreResult<_> {
                    let consumed = consumption_in_window(reader, policy, today)?;
                    let mut read = RulesRead::default();
                    read.add(reader, split, i64::MAX)?;
                    Ok((read, consumed))
                });
                let mut read = RulesRead::default();
                read.add(self.conn(), 0, split)?;
                let (rest, consumed) = theirs
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
                read.append(rest);
                Ok((read, consumed))
            })
        })?;
        let short = read.judge(&consumed, policy, today);
        let mut names = Names::every(self)?;
        let mut list = Vec::with_capacity(short.len());
        for ((loc, product), mut p) in short {
            p.location = String::from(&**names.location(loc)?);
            let (gtin, name, _) = names.product(product)?;
            p.gtin = String::from(&**gtin);
            p.product = String::from(&**name);
            list.push(p);
        }
        sort_shortages(&mut list, ShortageOrder::Urgency, false);
        Ok(list)
    }
}

/// Reorder rules as read with their kept sums: each rule with where its batches are in one
/// list of them all (a list per rule was a tenth of the shortage list's time).
#[derive(Default)]
struct RulesRead {
    rules: Vec<RuleRead>,
    batches: Batches,
}

/// One reorder rule: its place (location, product), the rule, and its batches' range.
struct RuleRead {
    key: (i64, i64),
    rule: Rule,
    batches: std::ops::Range<usize>,
}

impl RulesRead {
    /// Reads the rules of products numbered from `from` up to (not including) `below`, joined
    /// to their kept sums in the rules' key order, one row per sum (or one row of nulls).
    fn add(&mut self, conn: &Connection, from: i64, below: i64) -> CoreResult<()> {
        let mut stmt = conn.prepare_cached(
            "SELECT r.location_id, r.product_id, r.reorder_point, r.par_level, r.lead_time_days,
                    s.expiry, s.quantity
               FROM reorder_rule r
               LEFT JOIN stock_level s ON s.location_id = r.location_id AND s.product_id = r.product_id
              WHERE r.product_id >= ?1 AND r.product_id < ?2
              ORDER BY r.product_id, r.location_id",
        )?;
        let mut rows = stmt.query([from, below])?;
        while let Some(r) = rows.next()? {
            let key: (i64, i64) = (r.get(0)?, r.get(1)?);
            let at = self.batches.len();
            if self.rules.last().is_none_or(|last| last.key != key) {
                self.rules.push(RuleRead {
                    key,
                    rule: Rule {
                        reorder_point: r.get(2)?,
                        par_level: r.get(3)?,
                        lead_time_days: r.get(4)?,
                    },
                    batches: at..at,
                });
            }
            if let Some(quantity) = r.get::<_, Option<i64>>(6)? {
                let expiry = r.get_ref(5)?.as_str().ok().and_then(iso_date);
                self.batches.push((expiry, quantity));
                if let Some(last) = self.rules.last_mut() {
                    last.batches.end = at + 1;
                }
            }
        }
        Ok(())
    }

    /// `rest`'s rules after these (read from products after these ones').
    fn append(&mut self, rest: RulesRead) {
        let offset = self.batches.len();
        self.batches.extend(rest.batches);
        self.rules.extend(rest.rules.into_iter().map(|mut r| {
            r.batches = r.batches.start + offset..r.batches.end + offset;
            r
        }));
    }

    /// The shortages among the rules, unnamed, with their places: each half of the rules judged
    /// on a core of its own.
    fn judge(
        &mut self,
        consumed: &FxHashMap<u64, i64>,
        policy: &LevelPolicy,
        today: NaiveDate,
    ) -> Vec<((i64, i64), Position)> {
        let (first, second) = self.rules.split_at(self.rules.len() / 2);
        let cut = second
            .first()
            .map_or(self.batches.len(), |r| r.batches.start);
        let (mine, theirs) = self.batches.split_at_mut(cut);
        let judge = |rules: &[RuleRead], batches: &mut [(Option<NaiveDate>, i64)], offset| {
            let mut short = Vec::new();
            for r in rules {
                let used = consumed.get(&place(r.key)).copied().unwrap_or(0);
                let range = r.batches.start - offset..r.batches.end - offset;
                let p = position(
                    "",
                    "",
                    "",
                    &mut batches[range],
                    0,
                    used,
                    Some(&r.rule),
                    policy,
                    today,
                );
                if p.shortage.is_some() {
                    short.push((r.key, p));
                }
            }
            short
        };
        std::thread::scope(|scope| {
            let later = scope.spawn(|| judge(second, theirs, cut));
            let mut short = judge(first, mine, 0);
            short.extend(
                later
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
            short
        })
    }
}

/// What was consumed in the window, per (location, product). Streamed from the covering
/// (day, …) index and added up here: cheaper than letting SQLite group the whole table.
fn consumption_in_window(
    conn: &Connection,
    policy: &LevelPolicy,
    today: NaiveDate,
) -> CoreResult<FxHashMap<u64, i64>> {
    let (first, last) = policy.consumption_window(today).bounds();
    let mut stmt = conn.prepare_cached(
        "SELECT location_id, product_id, quantity FROM consumption INDEXED BY consumption_day
         WHERE day BETWEEN ?1 AND ?2",
    )?;
    let mut rows = stmt.query([first, last])?;
    let mut consumed: FxHashMap<u64, i64> = FxHashMap::default();
    while let Some(r) = rows.next()? {
        *consumed.entry(place((r.get(0)?, r.get(1)?))).or_default() += r.get::<_, i64>(2)?;
    }
    Ok(consumed)
}

/// A (location, product) pair as one hash key: hashing the pair's two small numbers apart
/// spread them so badly that looking up the consumption was a tenth of the list's time.
fn place((location, product): (i64, i64)) -> u64 {
    ((location as u64) << 32) ^ (product as u64)
}

#[cfg(test)]
mod tests {
    use std::cmp::Ordering;

    use super::*;

    fn short(product: &str, usable_cover: i64, days_of_cover: Option<f64>) -> Position {
        Position {
            gtin: String::new(),
            product: product.into(),
            location: "PHARM".into(),
            on_hand: usable_cover,
            quarantined: 0,
            expired_in_stock: 0,
            usable_cover,
            will_expire_unused: 0,
            daily_consumption: 0.0,
            days_of_cover,
            stockout_on: None,
            reorder_point: Some(10),
            par_level: Some(20),
            lead_time_days: 7,
            shortage: Some("short".into()),
            suggested_order: 20 - usable_cover,
        }
    }

    fn products(list: &[Position]) -> Vec<&str> {
        list.iter().map(|p| p.product.as_str()).collect()
    }

    #[test]
    fn nothing_left_comes_first_then_the_earliest_to_run_out() {
        let mut list = vec![
            short("unused, some left", 4, None),
            short("lasts two days", 6, Some(2.0)),
            short("none left", 0, None),
            short("lasts half a day", 1, Some(0.5)),
        ];
        sort_shortages(&mut list, ShortageOrder::Urgency, false);
        assert_eq!(
            products(&list),
            [
                "none left",
                "lasts half a day",
                "lasts two days",
                "unused, some left"
            ],
            "an empty shelf is most urgent; stock nobody uses runs out never, so it is last"
        );
        sort_shortages(&mut list, ShortageOrder::Urgency, true);
        assert_eq!(
            products(&list),
            [
                "unused, some left",
                "lasts two days",
                "lasts half a day",
                "none left"
            ],
            "descending urgency is the same list reversed"
        );
    }

    #[test]
    fn two_products_with_one_name_keep_one_order_whatever_order_they_came_in() {
        let with_gtin = |gtin: &str| Position {
            gtin: gtin.into(),
            ..short("Amoxicillin 500 mg", 3, Some(2.0))
        };
        let mut one = vec![with_gtin("09506000134352"), with_gtin("09506000134369")];
        let mut other = vec![with_gtin("09506000134369"), with_gtin("09506000134352")];
        sort_shortages(&mut one, ShortageOrder::Urgency, false);
        sort_shortages(&mut other, ShortageOrder::Urgency, false);
        let gtins = |l: &[Position]| l.iter().map(|p| p.gtin.clone()).collect::<Vec<_>>();
        assert_eq!(
            gtins(&one),
            gtins(&other),
            "the same shortages must list in the same order on every screen and report, \
             even when two products share a name and every figure"
        );
    }

    #[test]
    fn ties_on_the_chosen_column_fall_back_on_urgency() {
        let mut list = vec![
            short("b", 5, Some(9.0)),
            short("a", 5, Some(1.0)),
            short("c", 2, Some(20.0)),
        ];
        sort_shortages(&mut list, ShortageOrder::Usable, true);
        assert_eq!(
            products(&list),
            ["a", "b", "c"],
            "most usable first; between equals the one that runs out first leads"
        );
    }

    /// The order in words, compared on the texts themselves: what the ranked sort must give.
    fn in_words(a: &Position, b: &Position, by: ShortageOrder, descending: bool) -> Ordering {
        let urgency = |p: &Position| match p.days_of_cover {
            Some(d) => d,
            None if p.usable_cover == 0 => 0.0,
            None => f64::INFINITY,
        };
        let below =
            |p: &Position| p.usable_cover as f64 / p.reorder_point.unwrap_or(1).max(1) as f64;
        let most_urgent = |a: &Position, b: &Position| {
            urgency(a)
                .total_cmp(&urgency(b))
                .then(below(a).total_cmp(&below(b)))
                .then_with(|| {
                    (&a.product, &a.location, &a.gtin).cmp(&(&b.product, &b.location, &b.gtin))
                })
        };
        let first = match by {
            ShortageOrder::Urgency => Ordering::Equal,
            ShortageOrder::Product => a.product.cmp(&b.product),
            ShortageOrder::Location => a.location.cmp(&b.location),
            ShortageOrder::Usable => a.usable_cover.cmp(&b.usable_cover),
            ShortageOrder::Order => a.suggested_order.cmp(&b.suggested_order),
        };
        let first = if descending { first.reverse() } else { first };
        first.then_with(|| {
            if by == ShortageOrder::Urgency && descending {
                most_urgent(b, a)
            } else {
                most_urgent(a, b)
            }
        })
    }

    #[test]
    fn the_ranked_sort_gives_the_order_in_words_for_every_column_and_direction() {
        // Many ties: few names (two products share one), covers and days; one line per
        // product and place, as the list has.
        let mut rng = crate::demo::Rng::new(11);
        let names = ["Amoxicillin", "Gauze", "Paracetamol", "Paracetamol"];
        let list: Vec<Position> = (0..600)
            .map(|i| {
                let product = i % 4;
                let days = match rng.below(3) {
                    0 => None,
                    _ => Some(rng.below(5) as f64 / 2.0),
                };
                let mut p = short(names[product], rng.below(4) as i64, days);
                p.gtin = format!("0950600013435{product}");
                p.location = format!("W{}-{}", rng.below(3), i / 4);
                p
            })
            .collect();
        for by in [
            ShortageOrder::Urgency,
            ShortageOrder::Product,
            ShortageOrder::Location,
            ShortageOrder::Usable,
            ShortageOrder::Order,
        ] {
            for descending in [false, true] {
                let mut ranked = list.clone();
                sort_shortages(&mut ranked, by, descending);
                let mut expected = list.clone();
                expected.sort_by(|a, b| in_words(a, b, by, descending));
                let places = |l: &[Position]| -> Vec<(String, String)> {
                    l.iter()
                        .map(|p| (p.gtin.clone(), p.location.clone()))
                        .collect()
                };
                assert_eq!(
                    places(&ranked),
                    places(&expected),
                    "{by:?}, descending {descending}"
                );
            }
        }
    }

    /// The list read on two connections (two halves of the products, judged on two cores) is
    /// the list read on the store's own connection inside a transaction, and holds exactly the
    /// rules whose own position is a shortage.
    #[test]
    fn the_list_on_two_connections_is_the_list_on_one_and_every_short_rules_position() {
        let (_dir, store, now) = crate::demo::small_for_tests();
        let admin = store.actor("admin").unwrap();
        let policy = LevelPolicy::default();
        let today = now.local_date();
        let two = store.shortages(&admin, &policy, today).unwrap();
        assert!(store.reader_slot().is_some(), "read on two connections");
        store.conn().execute_batch("BEGIN").unwrap();
        let one = store.shortages(&admin, &policy, today).unwrap();
        store.conn().execute_batch("COMMIT").unwrap();
        assert_eq!(one, two);

        let rules: Vec<(String, String)> = store
            .conn()
            .prepare("SELECT p.gtin, l.code FROM reorder_rule r JOIN product p ON p.id = r.product_id JOIN location l ON l.id = r.location_id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let mut short: Vec<Position> = Vec::new();
        for (gtin, code) in &rules {
            let at = store
                .positions(&admin, Some(gtin), Some(code), &policy, today)
                .unwrap();
            short.extend(at.into_iter().filter(|p| p.shortage.is_some()));
        }
        assert!(
            two.len() > 10 && two.len() < rules.len(),
            "{} of {}",
            two.len(),
            rules.len()
        );
        sort_shortages(&mut short, ShortageOrder::Urgency, false);
        assert_eq!(two, short);
    }

    #[test]
    fn a_permutation_puts_each_element_where_the_order_says() {
        let mut list = vec!['a', 'b', 'c', 'd', 'e'];
        permute(&mut list, vec![2, 0, 1, 4, 3]);
        assert_eq!(list, ['c', 'a', 'b', 'e', 'd']);
        let mut none: Vec<char> = Vec::new();
        permute(&mut none, Vec::new());
        assert!(none.is_empty());
    }
}
