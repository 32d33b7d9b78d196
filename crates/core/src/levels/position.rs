//! Where a product stands at a location: on hand, held, expired, usable cover at the current
//! consumption, and whether that is a shortage.

use std::collections::{BTreeMap, HashMap};

use chrono::{Duration, NaiveDate};
use rusqlite::params;
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::fields::parse_date;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::lookup::Names;
use super::policy::LevelPolicy;

/// Where a product stands at a location.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Position {
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Location code.
    pub location: String,
    /// Usable: in stock and not expired (recalled stock is held, so not in stock).
    pub on_hand: i64,
    /// Held in quarantine here.
    pub quarantined: i64,
    /// Expired but still in stock (to be pulled).
    pub expired_in_stock: i64,
    /// On hand minus what will expire before the current consumption can use it.
    pub usable_cover: i64,
    /// On hand that will expire unused at the current consumption.
    pub will_expire_unused: i64,
    /// Average daily consumption over the window.
    pub daily_consumption: f64,
    /// Usable cover in days of consumption (none without consumption).
    pub days_of_cover: Option<f64>,
    /// The day usable stock runs out at the current consumption.
    pub stockout_on: Option<NaiveDate>,
    /// The reorder point, if there is a rule.
    pub reorder_point: Option<i64>,
    /// The par level, if there is a rule.
    pub par_level: Option<i64>,
    /// Lead time used (the rule's, or the default).
    pub lead_time_days: i64,
    /// Why this is a shortage, if it is one.
    pub shortage: Option<String>,
    /// Suggested order, up to par (0 when not short).
    pub suggested_order: i64,
}

/// Usable stock by expiry: (expiry, quantity); `None` never expires and is used last.
pub(super) type Batches = Vec<(Option<NaiveDate>, i64)>;

/// Each batch's place in the cover at a daily rate, in the order stock is used (first expiry
/// first out, batches that never expire last): (expiry, quantity, usable), where usable is what
/// is used before it expires (none of an expired batch; all of a batch that never expires, or
/// of any batch when nothing is used).
pub(crate) fn cover_by_batch(
    batches: &mut [(Option<NaiveDate>, i64)],
    rate: f64,
    today: NaiveDate,
) -> Vec<(Option<NaiveDate>, i64, i64)> {
    batch_cover(batches, rate, today).collect()
}

/// [`cover_by_batch`], one batch at a time: the shortage list works out a position for every
/// reorder rule, and a list allocated per rule was a tenth of its time.
fn batch_cover(
    batches: &mut [(Option<NaiveDate>, i64)],
    rate: f64,
    today: NaiveDate,
) -> impl Iterator<Item = (Option<NaiveDate>, i64, i64)> + '_ {
    batches.sort_by_key(|(e, _)| (e.is_none(), *e));
    let mut used = 0.0_f64;
    batches.iter().map(move |&(expiry, q)| {
        let usable = match expiry {
            Some(e) if e < today => 0,
            Some(_) if rate <= 0.0 => q,
            Some(e) => {
                let capacity = rate * ((e - today).num_days() + 1) as f64;
                let take = (capacity - used).clamp(0.0, q as f64).floor() as i64;
                used += take as f64;
                take
            }
            None => {
                used += q as f64;
                q
            }
        };
        (expiry, q, usable)
    })
}

/// On hand, expired in stock and usable cover of batches at a daily rate: the batches' cover
/// ([`cover_by_batch`]) added up.
fn cover(batches: &mut [(Option<NaiveDate>, i64)], rate: f64, today: NaiveDate) -> (i64, i64, i64) {
    let mut on_hand = 0;
    let mut expired = 0;
    let mut usable = 0;
    for (expiry, q, u) in batch_cover(batches, rate, today) {
        if expiry.is_some_and(|e| e < today) {
            expired += q;
        } else {
            on_hand += q;
        }
        usable += u;
    }
    (on_hand, expired, usable)
}

pub(super) struct Rule {
    pub(super) reorder_point: i64,
    pub(super) par_level: i64,
    pub(super) lead_time_days: i64,
}

/// Builds a position from what was gathered.
#[allow(clippy::too_many_arguments)]
pub(super) fn position(
    gtin: &str,
    product: &str,
    location: &str,
    batches: &mut [(Option<NaiveDate>, i64)],
    quarantined: i64,
    consumed: i64,
    rule: Option<&Rule>,
    policy: &LevelPolicy,
    today: NaiveDate,
) -> Position {
    let rate = policy.consumption_window(today).daily_rate(consumed);
    let (on_hand, expired, usable) = cover(batches, rate, today);
    let days = (rate > 0.0).then(|| usable as f64 / rate);
    let lead = rule.map_or(policy.lead_time_days, |r| r.lead_time_days);
    let shortage = rule.and_then(|r| {
        if usable < r.reorder_point {
            Some(format!(
                "usable cover {usable} is below the reorder point {}",
                r.reorder_point
            ))
        } else {
            days.filter(|d| *d < lead as f64).map(|d| {
                format!("usable cover lasts {d:.1} days, less than the lead time of {lead} days")
            })
        }
    });
    let suggested = match (&shortage, rule) {
        (Some(_), Some(r)) => (r.par_level - usable).max(0),
        _ => 0,
    };
    Position {
        gtin: gtin.to_string(),
        product: product.to_string(),
        location: location.to_string(),
        on_hand,
        quarantined,
        expired_in_stock: expired,
        usable_cover: usable,
        will_expire_unused: on_hand - usable,
        daily_consumption: rate,
        days_of_cover: days,
        stockout_on: days.map(|d| today + Duration::days(d.floor() as i64)),
        reorder_point: rule.map(|r| r.reorder_point),
        par_level: rule.map(|r| r.par_level),
        lead_time_days: lead,
        shortage,
        suggested_order: suggested,
    }
}

/// What the positions are built from, per (location, product): usable batches, quantity
/// quarantined, quantity consumed in the window.
type Gathered = BTreeMap<(i64, i64), (Batches, i64, i64)>;

/// What a positions query is about: one product, one location, or both (never neither). Each
/// table is read with one statement per case, so that SQLite seeks its indexes.
struct Scope {
    product: Option<i64>,
    location: Option<i64>,
}

impl Scope {
    /// The condition on `stock_level`, keyed (product, location, expiry) since migration 0038:
    /// a product's sums everywhere are one range of it (keyed by location first, they were a
    /// seek per location, fifty leaf pages read from disk the first time), leaving out location
    /// 0, where a pack in stock with no place is summed (no location's); a location's are
    /// sought once per product (`product_id IN (SELECT id FROM product)`).
    fn stock_levels(&self) -> &'static str {
        match (self.product, self.location) {
            (Some(_), Some(_)) => "product_id = ?1 AND location_id = ?2",
            (Some(_), None) => "product_id = ?1 AND location_id > 0 AND ?2 IS NULL",
            _ => "product_id IN (SELECT id FROM product) AND location_id = ?2 AND ?1 IS NULL",
        }
    }

    /// Each use in the window (days `?3` to `?4`) in scope.
    fn consumption(&self) -> String {
        format!(
            "SELECT location_id, product_id, quantity FROM consumption
             WHERE day BETWEEN ?3 AND ?4 AND {}",
            self.by_product()
        )
    }

    /// The condition on the other tables, keyed by product first.
    fn by_product(&self) -> &'static str {
        match (self.product, self.location) {
            (Some(_), Some(_)) => "product_id = ?1 AND location_id = ?2",
            (Some(_), None) => "product_id = ?1 AND ?2 IS NULL",
            _ => "location_id = ?2 AND ?1 IS NULL",
        }
    }
}

/// Migration 0037's step: [`refresh_statistics`] for `consumption` (the migration's comment
/// names this function).
pub(crate) fn refresh_consumption_statistics(conn: &rusqlite::Connection) -> CoreResult<()> {
    refresh_statistics(conn, "consumption")
}

/// Migrations 0037's and 0038's step, for the table each made again on another key, and 0041's
/// for the index it made again with more columns: a file analysed before (the demo's are) kept
/// statistics that describe the old key, or lost them; they are taken again for `table` (a
/// table or an index) alone. A file never analysed is left so, its plans
/// SQLite's defaults.
pub(crate) fn refresh_statistics(conn: &rusqlite::Connection, table: &str) -> CoreResult<()> {
    let analysed: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_schema WHERE name = 'sqlite_stat1'",
        [],
        |r| r.get(0),
    )?;
    if analysed {
        conn.execute_batch(&format!("ANALYZE \"{table}\""))?;
    }
    Ok(())
}

impl Store {
    /// Where products stand, per location: one product (`product`), one location, or both.
    pub fn positions(
        &self,
        actor: &User,
        product: Option<&str>,
        location: Option<&str>,
        policy: &LevelPolicy,
        today: NaiveDate,
    ) -> CoreResult<Vec<Position>> {
        require(actor, Operation::ViewStock)?;
        if product.is_none() && location.is_none() {
            return Err(
                CoreError::refused("levels.position_needs_product_or_location").field("product"),
            );
        }
        let product = product.map(|g| self.gtin_product(g)).transpose()?;
        let location = location.map(|c| self.location(c.trim())).transpose()?;
        let scope = Scope {
            product: product.as_ref().map(|p| p.id.0),
            location: location.as_ref().map(|l| l.id.0),
        };
        let mut at = Gathered::new();
        self.gather_units(&scope, &mut at)?;
        self.gather_lots(&scope, &mut at)?;
        self.gather_consumption(&scope, policy, today, &mut at)?;
        let rules = self.rules_in(&scope)?;
        // A rule with no stock and no use is still a position: it may well be a shortage.
        for k in rules.keys() {
            at.entry(*k).or_default();
        }
        let mut names = Names::new(self);
        let mut out = Vec::with_capacity(at.len());
        for ((loc, product), (mut batches, quarantined, consumed)) in at {
            let code = String::from(&**names.location(loc)?);
            let (gtin, name, _) = names.product(product)?;
            out.push(position(
                gtin,
                name,
                &code,
                &mut batches,
                quarantined,
                consumed,
                rules.get(&(loc, product)),
                policy,
                today,
            ));
        }
        out.sort_by(|a, b| (&a.product, &a.location).cmp(&(&b.product, &b.location)));
        Ok(out)
    }

    /// Stock in stock by expiry (batches), packs and lot quantities together, from the kept
    /// sums (a product held as thousands of packs is a few rows there); packs quarantined
    /// added up.
    fn gather_units(&self, scope: &Scope, at: &mut Gathered) -> CoreResult<()> {
        let (p, l) = (scope.product, scope.location);
        let filter = scope.stock_levels();
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT location_id, product_id, expiry, quantity FROM stock_level WHERE {filter}"
        ))?;
        let mut rows = stmt.query(params![p, l])?;
        while let Some(r) = rows.next()? {
            let expiry: String = r.get(2)?;
            let expiry = (!expiry.is_empty()).then_some(expiry);
            at.entry((r.get(0)?, r.get(1)?))
                .or_default()
                .0
                .push((parse_date(expiry), r.get(3)?));
        }
        // From the small partial index of quarantined packs, never the index of every pack; a
        // pack held nowhere (a pulled line without a place) is no location's.
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT location_id, product_id, count(*) FROM unit
             WHERE status = 'quarantined' AND location_id IS NOT NULL AND {}
             GROUP BY location_id, product_id",
            scope.by_product()
        ))?;
        let mut rows = stmt.query(params![p, l])?;
        while let Some(r) = rows.next()? {
            at.entry((r.get(0)?, r.get(1)?)).or_default().1 += r.get::<_, i64>(2)?;
        }
        Ok(())
    }

    /// Lot quantities quarantined, added up (those in stock are in the kept sums).
    fn gather_lots(&self, scope: &Scope, at: &mut Gathered) -> CoreResult<()> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT location_id, product_id, quantity FROM lot_stock
             WHERE status = 'quarantined' AND {}",
            scope.by_product()
        ))?;
        let mut rows = stmt.query(params![scope.product, scope.location])?;
        while let Some(r) = rows.next()? {
            at.entry((r.get(0)?, r.get(1)?)).or_default().1 += r.get::<_, i64>(2)?;
        }
        Ok(())
    }

    /// What was consumed in the policy's window.
    fn gather_consumption(
        &self,
        scope: &Scope,
        policy: &LevelPolicy,
        today: NaiveDate,
        at: &mut Gathered,
    ) -> CoreResult<()> {
        let (first, last) = policy.consumption_window(today).bounds();
        // Keyed (product, day, location) since migration 0037: a product's window is one range
        // of the table whatever years lie before it (keyed by location second, a seek per
        // location read every leaf page the product's history filled). The rows are added up
        // here, so SQLite needs no temporary tree to group them.
        let mut stmt = self.conn().prepare_cached(&scope.consumption())?;
        let mut rows = stmt.query(params![scope.product, scope.location, first, last])?;
        while let Some(r) = rows.next()? {
            at.entry((r.get(0)?, r.get(1)?)).or_default().2 += r.get::<_, i64>(2)?;
        }
        Ok(())
    }

    /// The reorder rules in scope, by (location, product).
    fn rules_in(&self, scope: &Scope) -> CoreResult<HashMap<(i64, i64), Rule>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT location_id, product_id, reorder_point, par_level, lead_time_days FROM reorder_rule WHERE {}",
            scope.by_product()
        ))?;
        let rules = stmt
            .query_map(params![scope.product, scope.location], |r| {
                Ok((
                    (r.get(0)?, r.get(1)?),
                    Rule {
                        reorder_point: r.get(2)?,
                        par_level: r.get(3)?,
                        lead_time_days: r.get(4)?,
                    },
                ))
            })?
            .collect::<Result<_, _>>()?;
        Ok(rules)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    #[test]
    fn stock_that_expires_before_it_can_be_used_is_not_cover() {
        let today = d("2026-11-22");
        // 2 a day. 10 expire on day 2 (usable through it: 6 can be used), 10 expire in a year.
        let mut b = vec![(Some(d("2027-11-22")), 10), (Some(d("2026-11-24")), 10)];
        let (on_hand, expired, usable) = cover(&mut b, 2.0, today);
        assert_eq!((on_hand, expired, usable), (20, 0, 16));
    }

    #[test]
    fn each_batch_says_how_much_of_it_is_used_before_it_expires() {
        let today = d("2026-11-22");
        // 2 a day: the batch expiring on the 24th is used for 3 days (6 of 10), the next one
        // from then on; the expired batch is none of it, and stock that never expires comes last.
        let mut b = vec![
            (None, 2),
            (Some(d("2026-11-25")), 10),
            (Some(d("2026-11-24")), 10),
            (Some(d("2026-11-20")), 4),
        ];
        assert_eq!(
            cover_by_batch(&mut b, 2.0, today),
            vec![
                (Some(d("2026-11-20")), 4, 0),
                (Some(d("2026-11-24")), 10, 6),
                (Some(d("2026-11-25")), 10, 2),
                (None, 2, 2),
            ],
            "first expiry first out: by the 25th 8 can be used, 6 of them from the earlier batch"
        );
    }

    #[test]
    fn expired_stock_is_neither_on_hand_nor_cover() {
        let today = d("2026-11-22");
        let mut b = vec![
            (Some(d("2026-11-21")), 5),
            (Some(d("2027-01-01")), 3),
            (None, 2),
        ];
        assert_eq!(cover(&mut b, 1.0, today), (5, 5, 5));
    }

    #[test]
    fn without_consumption_all_unexpired_stock_is_cover() {
        let today = d("2026-11-22");
        let mut b = vec![(Some(d("2026-11-23")), 4)];
        assert_eq!(cover(&mut b, 0.0, today), (4, 0, 4));
    }

    fn rule(reorder_point: i64, par_level: i64, lead_time_days: i64) -> Rule {
        Rule {
            reorder_point,
            par_level,
            lead_time_days,
        }
    }

    #[test]
    fn below_the_reorder_point_is_a_shortage_ordered_up_to_par() {
        let today = d("2026-11-22");
        let p = position(
            "g",
            "p",
            "l",
            &mut [(None, 5)],
            0,
            0,
            Some(&rule(10, 30, 7)),
            &LevelPolicy::default(),
            today,
        );
        assert_eq!(
            (p.shortage.as_deref(), p.suggested_order),
            (Some("usable cover 5 is below the reorder point 10"), 25),
            "5 usable against a reorder point of 10 is short, and the order brings it to par 30"
        );
    }

    #[test]
    fn cover_that_runs_out_within_the_lead_time_is_a_shortage() {
        let today = d("2026-11-22");
        let policy = LevelPolicy {
            window_days: 10,
            ..LevelPolicy::default()
        };
        // 20 used over 10 days: 2 a day, so 10 on hand last 5 days, less than the 7 to deliver.
        let p = position(
            "g",
            "p",
            "l",
            &mut [(None, 10)],
            0,
            20,
            Some(&rule(2, 30, 7)),
            &policy,
            today,
        );
        assert_eq!(
            (p.days_of_cover, p.stockout_on, p.suggested_order),
            (Some(5.0), Some(d("2026-11-27")), 20),
            "five days of cover run out on the 27th; the order brings 10 usable up to par 30"
        );
        assert!(
            p.shortage
                .as_deref()
                .is_some_and(|s| s.contains("less than the lead time of 7 days")),
            "above the reorder point but out before a delivery can come is still short: {:?}",
            p.shortage
        );
    }

    #[test]
    fn without_a_rule_nothing_is_short_and_the_default_lead_time_shows() {
        let p = position(
            "g",
            "p",
            "l",
            &mut [],
            3,
            0,
            None,
            &LevelPolicy::default(),
            d("2026-11-22"),
        );
        assert_eq!(
            (
                p.shortage,
                p.suggested_order,
                p.lead_time_days,
                p.quarantined
            ),
            (None, 0, 7, 3),
            "with no rule there is no point to fall below: no shortage, no order"
        );
    }

    /// The plan of `sql` on a new database, with these parameters.
    fn plan(sql: &str, params: impl rusqlite::Params) -> Vec<String> {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("custody.db")).unwrap();
        let plan = store
            .conn()
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap()
            .query_map(params, |r| r.get(3))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        plan
    }

    /// A product's window is one range of the key (product, day, location), migration 0037:
    /// a seek per location read every leaf page of the product's years of history.
    #[test]
    fn a_products_consumption_is_one_range_of_the_key() {
        let scope = Scope {
            product: Some(1),
            location: None,
        };
        assert_eq!(
            plan(
                &scope.consumption(),
                params![1, None::<i64>, "2026-01-01", "2026-03-31"]
            ),
            ["SEARCH consumption USING PRIMARY KEY (product_id=? AND day>? AND day<?)"],
            "one range of the product's days"
        );
    }

    /// A product's stock sums everywhere are one range of the key (product, location, expiry),
    /// migration 0038, not a seek per location; a location's are a seek per product.
    #[test]
    fn a_products_stock_sums_are_one_range_of_the_key() {
        let sums = |product: Option<i64>, location: Option<i64>| {
            let scope = Scope { product, location };
            let sql = format!(
                "SELECT quantity FROM stock_level WHERE {}",
                scope.stock_levels()
            );
            plan(&sql, params![product, location])
        };
        assert_eq!(
            sums(Some(1), None),
            ["SEARCH stock_level USING PRIMARY KEY (product_id=? AND location_id>?)"],
            "one range of the product's sums, none of no place"
        );
        assert_eq!(
            sums(Some(1), Some(2)),
            ["SEARCH stock_level USING PRIMARY KEY (product_id=? AND location_id=?)"]
        );
        assert_eq!(
            sums(None, Some(2)),
            [
                "SEARCH stock_level USING PRIMARY KEY (product_id=? AND location_id=?)",
                "USING ROWID SEARCH ON TABLE product FOR IN-OPERATOR"
            ],
            "a location's sums: a seek per product, never the whole table"
        );
    }
}
