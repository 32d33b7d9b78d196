//! Shortages: every reorder rule whose usable cover is below its reorder point or runs out within
//! its lead time, and the orders the list may be sorted in.

use std::collections::HashMap;

use chrono::NaiveDate;
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
pub fn sort_shortages(list: &mut [Position], by: ShortageOrder, descending: bool) {
    let urgency = |p: &Position| match p.days_of_cover {
        Some(d) => d,
        None if p.usable_cover == 0 => 0.0,
        None => f64::INFINITY,
    };
    let below = |p: &Position| p.usable_cover as f64 / p.reorder_point.unwrap_or(1).max(1) as f64;
    let most_urgent = |a: &Position, b: &Position| {
        urgency(a)
            .total_cmp(&urgency(b))
            .then(below(a).total_cmp(&below(b)))
            .then_with(|| {
                (&a.product, &a.location, &a.gtin).cmp(&(&b.product, &b.location, &b.gtin))
            })
    };
    list.sort_by(|a, b| {
        let first = match by {
            ShortageOrder::Urgency => std::cmp::Ordering::Equal,
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
    });
}

/// Every reorder rule, by (location, product), with the usable batches and consumption that
/// are gathered for it.
type RuleStock = HashMap<(i64, i64), (Rule, Batches, i64)>;

impl Store {
    /// Every product and location below its reorder point, or whose usable cover runs out
    /// within the lead time, most urgent first (earliest stock-out), with the order up to par.
    pub fn shortages(
        &self,
        actor: &User,
        policy: &LevelPolicy,
        today: NaiveDate,
    ) -> CoreResult<Vec<Position>> {
        require(actor, Operation::ViewStock)?;
        let mut rules = self.every_rule()?;
        if rules.is_empty() {
            return Ok(Vec::new());
        }
        self.add_stock_in_stock(&mut rules)?;
        self.add_consumption(&mut rules, policy, today)?;
        let mut names = Names::new(self);
        let mut short = Vec::new();
        for ((loc, product), (rule, batches, consumed)) in rules {
            let mut p = position("", "", "", batches, 0, consumed, Some(&rule), policy, today);
            if p.shortage.is_none() {
                continue;
            }
            p.location = names.location(loc)?.to_string();
            let (gtin, name, _) = names.product(product)?;
            p.gtin = gtin.clone();
            p.product = name.clone();
            short.push(p);
        }
        sort_shortages(&mut short, ShortageOrder::Urgency, false);
        Ok(short)
    }

    /// Every reorder rule, with nothing gathered yet.
    fn every_rule(&self) -> CoreResult<RuleStock> {
        let mut rules = RuleStock::new();
        let mut stmt = self.conn().prepare_cached(
            "SELECT location_id, product_id, reorder_point, par_level, lead_time_days FROM reorder_rule",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            rules.insert(
                (r.get(0)?, r.get(1)?),
                (
                    Rule {
                        reorder_point: r.get(2)?,
                        par_level: r.get(3)?,
                        lead_time_days: r.get(4)?,
                    },
                    Vec::new(),
                    0,
                ),
            );
        }
        Ok(rules)
    }

    /// Packs and lot quantities in stock, by expiry, for the places that have a rule.
    fn add_stock_in_stock(&self, rules: &mut RuleStock) -> CoreResult<()> {
        // Reading the whole in-stock index in order is cheaper than a seek per rule.
        for sql in [
            "SELECT location_id, product_id, expiry, count(*) FROM unit WHERE status = 'in_stock'
             GROUP BY location_id, product_id, expiry",
            "SELECT location_id, product_id, expiry, quantity FROM lot_stock WHERE status = 'in_stock'",
        ] {
            let mut stmt = self.conn().prepare_cached(sql)?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                if let Some(e) = rules.get_mut(&(r.get(0)?, r.get(1)?)) {
                    let expiry = r.get_ref(2)?.as_str_or_null().ok().flatten().and_then(iso_date);
                    e.1.push((expiry, r.get(3)?));
                }
            }
        }
        Ok(())
    }

    /// What was consumed in the window, for the places that have a rule.
    fn add_consumption(
        &self,
        rules: &mut RuleStock,
        policy: &LevelPolicy,
        today: NaiveDate,
    ) -> CoreResult<()> {
        // Streamed from the covering (day, …) index and added up here: cheaper than letting
        // SQLite group the whole table.
        let (first, last) = policy.consumption_window(today).bounds();
        let mut stmt = self.conn().prepare_cached(
            "SELECT location_id, product_id, quantity FROM consumption INDEXED BY consumption_day
             WHERE day BETWEEN ?1 AND ?2",
        )?;
        let mut rows = stmt.query([first, last])?;
        while let Some(r) = rows.next()? {
            if let Some(e) = rules.get_mut(&(r.get(0)?, r.get(1)?)) {
                e.2 += r.get::<_, i64>(2)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
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
}
