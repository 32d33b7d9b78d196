//! Consumption trends: weekly use of each product at each location against the same week last
//! year, and against the reorder rules then in force.
//!
//! - **Rows**: one per product and location with use in the weeks, or a reorder rule in force
//!   on one of their days; most used first, then by GTIN and location code. The query's product
//!   and location narrow them; a supplier is refused (`insights.trends_by_supplier`): use is
//!   recorded per product and location, never per supplier.
//! - **Weeks**: every ISO week (Monday to Sunday) that overlaps the period, whole, so that a
//!   week compares with the same whole week a year before; the first and last may reach outside
//!   the period.
//! - **Use** is the `consumption` projection the levels use (units dispensed or issued from the
//!   location, by the local day). **Last year** is the same ISO week number of the ISO year
//!   before; none when the ledger's first stock movement is after that week's Monday (the
//!   history does not reach it), or for a week 53 without one the year before.
//! - **Rule** of a week: the one in force at the end of its Sunday. Each day has the rule in
//!   force at its end, from `reorder_rule_change` by each change's local day (as `levels`'
//!   rule history reads it).
//! - **Stock** of a day: units in stock (usable status) at the location at the end of the day,
//!   rebuilt from the ledger (`trend_stock`); a pack past its expiry still on the shelf counts.
//!   Days after today are not counted.
//! - **Stock-out day**: a day with a rule in force and no stock at its end. **Overstock day**: a
//!   day with stock above the par level of the rule in force.
//! - **Verdict** of a row, over all its days: `no_rule` when no day had a rule; else `too_low`
//!   when on a stock-out day the rule's reorder point was below the use over its lead time, at
//!   the row's average daily use (units used in its weeks over its days counted:
//!   `reorder_point × days < used × lead_time_days`); else `too_high` when more than half the
//!   days with a rule were overstock days; else `fits`. A stock-out under a reorder point that
//!   covered the lead time is not the rule's fault (an order was late or missed): `fits`.

use chrono::{Days, NaiveDate};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::error::{CoreError, CoreResult};
use crate::levels::RuleLevels;
use crate::model::*;
use crate::Store;

use super::names::Names;
use super::trend_stock::DailyStock;
use super::trend_use::{
    any_in_force, in_force, monday_of, same_week_last_year, Place, RuleHistory, WeekTotals,
};
use super::{InsightQuery, RuleVerdict, Scope, TrendInsight, TrendRow, TrendVerdicts, TrendWeek};

/// The whole ISO weeks a period overlaps, and the days of them counted.
struct Weeks {
    /// Each week's label (`YYYY-Www`) and Monday, oldest first.
    weeks: Vec<(String, NaiveDate)>,
    /// The last week's Sunday.
    end: NaiveDate,
    /// The days counted, from the first Monday: up to the last Sunday, or to today when before.
    counted: usize,
}

impl Weeks {
    fn of(scope: &Scope) -> Self {
        let first = monday_of(scope.period.from);
        let last = monday_of(scope.period.to);
        let weeks: Vec<(String, NaiveDate)> = first
            .iter_weeks()
            .take_while(|m| *m <= last)
            .map(|m| (m.format("%G-W%V").to_string(), m))
            .collect();
        let end = last + Days::new(6);
        let counted = usize::try_from((end.min(scope.today) - first).num_days() + 1);
        Weeks {
            weeks,
            end,
            counted: counted.unwrap_or(0),
        }
    }

    fn first(&self) -> NaiveDate {
        self.weeks.first().map_or(self.end, |(_, m)| *m)
    }

    /// The last day counted; the day before the first when none is.
    fn last_counted(&self) -> NaiveDate {
        self.first() + Days::new(self.counted as u64) - Days::new(1)
    }
}

/// The rows listed at most, the most used; `rows_total` and `verdicts` count them all.
pub const TREND_ROWS_LISTED: usize = 500;

/// What the rows are made from.
struct Inputs {
    weeks: Weeks,
    used: WeekTotals,
    last_year: WeekTotals,
    history: Option<NaiveDate>,
    rules: RuleHistory,
    stock: DailyStock,
}

/// A stock-out day's rule was too low: its reorder point is below the use over its lead time
/// at `used` units over `days` days.
fn below_lead_time_use(rule: &RuleLevels, used: u64, days: usize) -> bool {
    i128::from(rule.reorder_point) * (days as i128)
        < i128::from(used) * i128::from(rule.lead_time_days)
}

/// A row's verdict from its days with a rule, its overstock days, and whether a stock-out day's
/// rule was too low.
fn verdict(rule_days: u32, overstock_days: u32, low_stockout: bool) -> RuleVerdict {
    if rule_days == 0 {
        RuleVerdict::NoRule
    } else if low_stockout {
        RuleVerdict::TooLow
    } else if u64::from(overstock_days) * 2 > u64::from(rule_days) {
        RuleVerdict::TooHigh
    } else {
        RuleVerdict::Fits
    }
}

impl Store {
    /// Consumption trends over the query's period: each product's weekly use at each location,
    /// the same weeks last year, and the stock-out and overstock days under the reorder rules
    /// then in force, with a verdict on them. Refused: a supplier (use has none), and what
    /// [`Store::insight_scope`] refuses.
    pub fn trend_insight(
        &self,
        actor: &User,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<TrendInsight> {
        let scope = self.insight_scope(actor, query, now)?;
        if let Some(s) = &scope.supplier {
            return Err(CoreError::refused("insights.trends_by_supplier")
                .field("supplier")
                .arg("supplier", s.code.clone()));
        }
        let weeks = Weeks::of(&scope);
        let (first, count) = (weeks.first(), weeks.weeks.len());
        let used = self.weekly_use(&scope, first, count)?;
        let last_year = match weeks
            .weeks
            .iter()
            .find_map(|(_, m)| same_week_last_year(*m))
        {
            // A week 53 the year before with none now puts one more week in between.
            Some(before) => self.weekly_use(&scope, before, count + 1)?,
            None => WeekTotals::none(),
        };
        let rules = self.rule_history(&scope)?;
        let mut places: FxHashSet<Place> = used
            .places()
            .filter(|(_, units)| *units > 0)
            .map(|(p, _)| *p)
            .collect();
        places.extend(
            rules
                .places()
                .filter(|p| any_in_force(rules.of(p), first, weeks.end)),
        );
        let stock = self.daily_stock(&scope, &places, first, weeks.last_counted())?;
        let inputs = Inputs {
            history: self.history_starts()?,
            weeks,
            used,
            last_year,
            rules,
            stock,
        };
        let names = Names::new(self)?;
        let products = self.product_names(&scope)?;
        let mut rows = Vec::with_capacity(places.len());
        let mut buffer = Vec::new();
        for place in places {
            let (used, mut row) = inputs.row(&place, &mut buffer);
            (row.gtin, row.product) = products.get(&place.0).cloned().unwrap_or_default();
            row.location = names.location(Some(place.1)).0.to_string();
            rows.push((used, row));
        }
        rows.sort_by(|(ua, a), (ub, b)| {
            (ub, &a.gtin, &a.location).cmp(&(ua, &b.gtin, &b.location))
        });
        let mut verdicts = TrendVerdicts::default();
        for (_, row) in &rows {
            *match row.verdict {
                RuleVerdict::TooLow => &mut verdicts.too_low,
                RuleVerdict::TooHigh => &mut verdicts.too_high,
                RuleVerdict::Fits => &mut verdicts.fits,
                RuleVerdict::NoRule => &mut verdicts.no_rule,
            } += 1;
        }
        let rows_total = rows.len() as u64;
        rows.truncate(TREND_ROWS_LISTED);
        Ok(TrendInsight {
            period: scope.period,
            rows_total,
            verdicts,
            rows: rows.into_iter().map(|(_, row)| row).collect(),
        })
    }

    /// The GTIN and name of the products the scope may show.
    fn product_names(&self, scope: &Scope) -> CoreResult<FxHashMap<ProductId, (String, String)>> {
        let product = scope.product.as_ref().map(|p| p.id.0);
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id, gtin, name FROM product WHERE ?1 IS NULL OR id = ?1")?;
        let rows = stmt.query_map([product], |r| {
            Ok((ProductId(r.get(0)?), (r.get(1)?, r.get(2)?)))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl Inputs {
    /// A place's row (without its names) and the units it used; `stock` is room for its days'
    /// stock.
    fn row(&self, place: &Place, stock: &mut Vec<i64>) -> (u64, TrendRow) {
        let used_weeks = self.used.of(place);
        let used: u64 = used_weeks.iter().sum();
        let changes = self.rules.of(place);
        self.stock.of(place, stock);
        let (mut rule_days, mut low_stockout) = (0, false);
        let mut out = TrendRow {
            gtin: String::new(),
            product: String::new(),
            location: String::new(),
            weeks: Vec::with_capacity(self.weeks.weeks.len()),
            stockout_days: 0,
            overstock_days: 0,
            verdict: RuleVerdict::NoRule,
        };
        for (w, (label, monday)) in self.weeks.weeks.iter().enumerate() {
            let mut week = TrendWeek {
                week: label.clone(),
                starts: *monday,
                used: used_weeks.get(w).copied().unwrap_or(0),
                used_last_year: self.used_last_year(place, *monday),
                rule: in_force(changes, *monday + Days::new(6)),
                stockout_days: 0,
                overstock_days: 0,
            };
            let days = monday
                .iter_days()
                .zip(stock.get(w * 7..).unwrap_or_default())
                .take(7);
            for (day, units) in days {
                let Some(rule) = in_force(changes, day) else {
                    continue;
                };
                rule_days += 1;
                if *units <= 0 {
                    week.stockout_days += 1;
                    low_stockout |= below_lead_time_use(&rule, used, self.weeks.counted);
                } else if *units > rule.par_level {
                    week.overstock_days += 1;
                }
            }
            out.stockout_days += week.stockout_days;
            out.overstock_days += week.overstock_days;
            out.weeks.push(week);
        }
        out.verdict = verdict(rule_days, out.overstock_days, low_stockout);
        (used, out)
    }

    /// The units used at a place in the same ISO week a year before a week; none when the
    /// history does not reach it.
    fn used_last_year(&self, place: &Place, monday: NaiveDate) -> Option<u64> {
        let before = same_week_last_year(monday)?;
        if self.history.is_none_or(|first| first > before) {
            return None;
        }
        Some(self.last_year.week(place, before))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(reorder_point: i64, lead_time_days: i64) -> RuleLevels {
        RuleLevels {
            reorder_point,
            par_level: 100,
            lead_time_days,
        }
    }

    #[test]
    fn a_reorder_point_is_too_low_below_the_use_over_its_lead_time() {
        // 70 units over 28 days is 2.5 a day: 17.5 over a 7-day lead time.
        assert!(below_lead_time_use(&rule(17, 7), 70, 28));
        assert!(!below_lead_time_use(&rule(18, 7), 70, 28));
        assert!(!below_lead_time_use(&rule(0, 0), 70, 28));
        assert!(!below_lead_time_use(&rule(0, 7), 0, 28));
    }

    #[test]
    fn a_low_stock_out_comes_before_overstock_and_half_the_days_is_not_more_than_half() {
        assert_eq!(verdict(0, 0, false), RuleVerdict::NoRule);
        assert_eq!(verdict(10, 6, true), RuleVerdict::TooLow);
        assert_eq!(verdict(10, 6, false), RuleVerdict::TooHigh);
        assert_eq!(verdict(10, 5, false), RuleVerdict::Fits);
        assert_eq!(verdict(10, 0, false), RuleVerdict::Fits);
    }
}
