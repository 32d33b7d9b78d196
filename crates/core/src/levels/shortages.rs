//! Shortages: every reorder rule whose usable cover is below its reorder point or runs out within
//! its lead time, and the orders the list may be sorted in.

use chrono::NaiveDate;
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
    /// The window's consumption is added up first; then the rules are read joined to their kept
    /// sums (`stock_level`) in one statement, and each rule's position is worked out as soon as
    /// its last sum has been read, in one buffer, so nothing is kept per rule that is not short.
    pub fn shortages(
        &self,
        actor: &User,
        policy: &LevelPolicy,
        today: NaiveDate,
    ) -> CoreResult<Vec<Position>> {
        require(actor, Operation::ViewStock)?;
        let consumed = self.consumption_in_window(policy, today)?;
        let mut names = Names::every(self)?;
        let mut short = Vec::new();
        let mut judge = |key: (i64, i64), rule: &Rule, batches: &mut Batches| -> CoreResult<()> {
            let used = consumed.get(&place(key)).copied().unwrap_or(0);
            let mut p = position("", "", "", batches, 0, used, Some(rule), policy, today);
            if p.shortage.is_some() {
                let (loc, product) = key;
                p.location = names.location(loc)?.to_string();
                let (gtin, name, _) = names.product(product)?;
                p.gtin = gtin.clone();
                p.product = name.clone();
                short.push(p);
            }
            Ok(())
        };
        let mut stmt = self.conn().prepare_cached(
            "SELECT r.location_id, r.product_id, r.reorder_point, r.par_level, r.lead_time_days,
                    s.expiry, s.quantity
               FROM reorder_rule r
               LEFT JOIN stock_level s ON s.location_id = r.location_id AND s.product_id = r.product_id
              ORDER BY r.product_id, r.location_id",
        )?;
        let mut rows = stmt.query([])?;
        // The rule being read: its sums come together, one row each (or one row of nulls).
        let mut current: Option<((i64, i64), Rule)> = None;
        let mut batches: Batches = Vec::new();
        while let Some(r) = rows.next()? {
            let key: (i64, i64) = (r.get(0)?, r.get(1)?);
            if current.as_ref().is_none_or(|(k, _)| *k != key) {
                if let Some((k, rule)) = &current {
                    judge(*k, rule, &mut batches)?;
                }
                batches.clear();
                let rule = Rule {
                    reorder_point: r.get(2)?,
                    par_level: r.get(3)?,
                    lead_time_days: r.get(4)?,
                };
                current = Some((key, rule));
            }
            if let Some(quantity) = r.get::<_, Option<i64>>(6)? {
                let expiry = r.get_ref(5)?.as_str().ok().and_then(iso_date);
                batches.push((expiry, quantity));
            }
        }
        if let Some((k, rule)) = &current {
            judge(*k, rule, &mut batches)?;
        }
        sort_shortages(&mut short, ShortageOrder::Urgency, false);
        Ok(short)
    }

    /// What was consumed in the window, per (location, product). Streamed from the covering
    /// (day, …) index and added up here: cheaper than letting SQLite group the whole table.
    fn consumption_in_window(
        &self,
        policy: &LevelPolicy,
        today: NaiveDate,
    ) -> CoreResult<FxHashMap<u64, i64>> {
        let (first, last) = policy.consumption_window(today).bounds();
        let mut stmt = self.conn().prepare_cached(
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
