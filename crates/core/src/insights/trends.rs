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
use rustc_hash::FxHashMap;

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

/// What the rows are made from: the weeks' use is read for the rows listed only.
struct Inputs {
    weeks: Weeks,
    used: WeekTotals,
    last_year: WeekTotals,
    history: Option<NaiveDate>,
    rules: RuleHistory,
    stock: DailyStock,
}

/// A place's stock-out and overstock days under the rules then in force.
#[derive(Default)]
struct Tally {
    /// Days with a rule in force.
    rule_days: u32,
    /// Whether a stock-out day's rule was too low.
    low_stockout: bool,
    /// Stock-out and overstock days in each week.
    weeks: Vec<(u32, u32)>,
}

impl Tally {
    fn overstock_days(&self) -> u32 {
        self.weeks.iter().map(|(_, over)| over).sum()
    }

    fn verdict(&self) -> RuleVerdict {
        verdict(self.rule_days, self.overstock_days(), self.low_stockout)
    }
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
    ///
    /// Every row's verdict is worked out from its use over the weeks and its days' stock; the
    /// weeks themselves only for the rows listed.
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
        let first = weeks.first();
        let mut places = self.use_totals(&scope, first, weeks.end)?;
        places.retain(|_, units| *units > 0);
        let rules = self.rule_history(&scope)?;
        let ruled: Vec<Place> = rules
            .places()
            .filter(|p| any_in_force(rules.of(p), first, weeks.end))
            .copied()
            .collect();
        for place in &ruled {
            places.entry(*place).or_insert(0);
        }
        let stock = self.daily_stock(&scope, &ruled, first, weeks.last_counted())?;
        let mut inputs = Inputs {
            history: None,
            weeks,
            used: WeekTotals::none(),
            last_year: WeekTotals::none(),
            rules,
            stock,
        };
        let names = Names::new(self)?;
        let products = self.product_names(&scope)?;
        let gtin = |p: &Place| products.get(&p.0).map_or("", |(g, _)| g.as_str());
        let mut verdicts = TrendVerdicts::default();
        let (mut buffer, mut steps) = (Vec::new(), Vec::new());
        let mut ranked: Vec<(u64, &str, &str, Place)> = Vec::with_capacity(places.len());
        for (place, used) in places {
            *match inputs.verdict(&place, used, &mut steps) {
                RuleVerdict::TooLow => &mut verdicts.too_low,
                RuleVerdict::TooHigh => &mut verdicts.too_high,
                RuleVerdict::Fits => &mut verdicts.fits,
                RuleVerdict::NoRule => &mut verdicts.no_rule,
            } += 1;
            ranked.push((used, gtin(&place), names.location(Some(place.1)).0, place));
        }
        let rows_total = ranked.len() as u64;
        // Most used first, then by GTIN and location code: only the rows listed are sorted.
        let order = |(ua, ga, la, _): &(u64, &str, &str, Place),
                     (ub, gb, lb, _): &(u64, &str, &str, Place)| {
            (ub, ga, la).cmp(&(ua, gb, lb))
        };
        if ranked.len() > TREND_ROWS_LISTED {
            ranked.select_nth_unstable_by(TREND_ROWS_LISTED, order);
            ranked.truncate(TREND_ROWS_LISTED);
        }
        ranked.sort_unstable_by(order);
        let listed: Vec<Place> = ranked.iter().map(|(_, _, _, p)| *p).collect();
        self.read_weeks(&mut inputs, &listed)?;
        let mut rows = Vec::with_capacity(listed.len());
        for place in &listed {
            let mut row = inputs.row(place, &mut buffer);
            (row.gtin, row.product) = products.get(&place.0).cloned().unwrap_or_default();
            row.location = names.location(Some(place.1)).0.to_string();
            rows.push(row);
        }
        Ok(TrendInsight {
            period: scope.period,
            rows_total,
            verdicts,
            rows,
        })
    }

    /// Reads the weeks' use of the rows listed, this year and last, and where the history
    /// starts.
    fn read_weeks(&self, inputs: &mut Inputs, listed: &[Place]) -> CoreResult<()> {
        let weeks = &inputs.weeks.weeks;
        let (first, count) = (inputs.weeks.first(), weeks.len());
        inputs.used = self.weekly_use(listed, first, count)?;
        inputs.last_year = match weeks.iter().find_map(|(_, m)| same_week_last_year(*m)) {
            // A week 53 the year before with none now puts one more week in between.
            Some(before) => self.weekly_use(listed, before, count + 1)?,
            None => WeekTotals::none(),
        };
        inputs.history = self.history_starts()?;
        Ok(())
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
    /// A place's stock-out and overstock days in each week, at `used` units over the weeks;
    /// `stock` is room for its days' stock. Days are counted only under a rule, so a place that
    /// never had one is not walked. The rule in force changes only on the days of its changes,
    /// so it is looked up on those days, not on each (65,000 places a year on 371 days each).
    fn tally(&self, place: &Place, used: u64, stock: &mut Vec<i64>) -> Tally {
        let changes = self.rules.of(place);
        let mut tally = Tally::default();
        if changes.is_empty() {
            return tally;
        }
        self.stock.of(place, stock);
        tally.weeks = vec![(0, 0); self.weeks.weeks.len()];
        let first = self.weeks.first();
        // The first day after day `k` (from the first) on which a change was made.
        let next_after = |k: i64| {
            changes
                .iter()
                .map(|(day, _)| (*day - first).num_days())
                .filter(|c| *c > k)
                .min()
                .unwrap_or(i64::MAX)
        };
        let mut rule = in_force(changes, first);
        let mut next = next_after(0);
        for (k, units) in stock.iter().enumerate() {
            let day = k as i64;
            if day >= next {
                rule = in_force(changes, first + Days::new(k as u64));
                next = next_after(day);
            }
            let (Some(rule), Some(week)) = (&rule, tally.weeks.get_mut(k / 7)) else {
                continue;
            };
            tally.rule_days += 1;
            if *units <= 0 {
                week.0 += 1;
                tally.low_stockout |= below_lead_time_use(rule, used, self.weeks.counted);
            } else if *units > rule.par_level {
                week.1 += 1;
            }
        }
        tally
    }

    /// A place's verdict, as its [`Inputs::tally`] gives it, worked out over the stretches of
    /// days with one stock and one rule rather than day by day (a year is 371 days for each of
    /// 65,000 places, its stock changes a few times); `steps` is room for its stock's changes.
    fn verdict(&self, place: &Place, used: u64, steps: &mut Vec<(u32, i64)>) -> RuleVerdict {
        let changes = self.rules.of(place);
        if changes.is_empty() {
            return RuleVerdict::NoRule;
        }
        let first = self.weeks.first();
        let days = self.weeks.counted as i64;
        let mut level = self.stock.steps(place, steps);
        // Where a stretch ends: a day the stock or the rule in force changes, or the end.
        let mut cuts: Vec<i64> = changes
            .iter()
            .map(|(day, _)| (*day - first).num_days())
            .chain(steps.iter().map(|(k, _)| i64::from(*k)))
            .filter(|k| 0 < *k && *k < days)
            .chain([days.max(0)])
            .collect();
        cuts.sort_unstable();
        cuts.dedup();
        let (mut rule_days, mut overstock_days, mut low_stockout) = (0u32, 0u32, false);
        let mut rule = in_force(changes, first);
        let (mut start, mut next_step) = (0i64, steps.iter().peekable());
        for cut in cuts {
            if let Some(rule) = &rule {
                let n = u32::try_from(cut - start).unwrap_or(0);
                rule_days += n;
                if level <= 0 {
                    low_stockout |= n > 0 && below_lead_time_use(rule, used, self.weeks.counted);
                } else if level > rule.par_level {
                    overstock_days += n;
                }
            }
            while let Some((_, net)) = next_step.next_if(|(k, _)| i64::from(*k) == cut) {
                level += net;
            }
            rule = in_force(changes, first + Days::new(cut.max(0) as u64));
            start = cut;
        }
        verdict(rule_days, overstock_days, low_stockout)
    }

    /// A listed place's row, without its names; `stock` is room for its days' stock.
    fn row(&self, place: &Place, stock: &mut Vec<i64>) -> TrendRow {
        let used_weeks = self.used.of(place);
        let tally = self.tally(place, used_weeks.iter().sum(), stock);
        let changes = self.rules.of(place);
        let weeks: Vec<TrendWeek> = self
            .weeks
            .weeks
            .iter()
            .enumerate()
            .map(|(w, (label, monday))| {
                let (stockout_days, overstock_days) =
                    tally.weeks.get(w).copied().unwrap_or_default();
                TrendWeek {
                    week: label.clone(),
                    starts: *monday,
                    used: used_weeks.get(w).copied().unwrap_or(0),
                    used_last_year: self.used_last_year(place, *monday),
                    rule: in_force(changes, *monday + Days::new(6)),
                    stockout_days,
                    overstock_days,
                }
            })
            .collect();
        TrendRow {
            gtin: String::new(),
            product: String::new(),
            location: String::new(),
            stockout_days: weeks.iter().map(|w| w.stockout_days).sum(),
            overstock_days: tally.overstock_days(),
            verdict: tally.verdict(),
            weeks,
        }
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

    /// A small deterministic generator (no dependency for a test).
    struct Lcg(u64);

    impl Lcg {
        fn below(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (self.0 >> 33) % n.max(1)
        }
    }

    #[test]
    fn the_verdict_over_stretches_of_days_is_the_verdict_day_by_day() {
        let mut g = Lcg(7);
        let mut seen = std::collections::HashSet::new();
        for case in 0..300 {
            let first = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap() + Days::new(7 * g.below(20));
            let n_weeks = 1 + g.below(8) as usize;
            let counted = (n_weeks * 7).saturating_sub(g.below(9) as usize);
            let weeks = Weeks {
                weeks: (0..n_weeks)
                    .map(|w| (format!("W{w}"), first + Days::new(7 * w as u64)))
                    .collect(),
                end: first + Days::new(7 * n_weeks as u64 - 1),
                counted,
            };
            let mut changes = FxHashMap::default();
            let mut places = Vec::new();
            for i in 0..20 {
                let place = (ProductId(i), LocationId(case));
                let rules: Vec<(NaiveDate, Option<RuleLevels>)> = (0..g.below(4))
                    .map(|_| {
                        let day = first + Days::new(g.below(70)) - Days::new(14);
                        let levels = (g.below(4) > 0).then(|| RuleLevels {
                            reorder_point: g.below(6) as i64,
                            par_level: 1 + g.below(8) as i64,
                            lead_time_days: g.below(10) as i64,
                        });
                        (day, levels)
                    })
                    .collect();
                changes.insert(place, rules);
                let mut moves: Vec<(u32, i64)> = (0..g.below(12))
                    .map(|_| {
                        (
                            1 + g.below(counted.max(1) as u64) as u32,
                            g.below(9) as i64 - 4,
                        )
                    })
                    .filter(|(k, _)| (*k as usize) < counted)
                    .collect();
                moves.sort_by_key(|(k, _)| *k);
                moves.dedup_by_key(|(k, _)| *k);
                places.push((place, g.below(10) as i64 - 2, g.below(5) as i64 - 2, moves));
            }
            let inputs = Inputs {
                weeks,
                used: WeekTotals::none(),
                last_year: WeekTotals::none(),
                history: None,
                rules: RuleHistory::of_changes(changes),
                stock: DailyStock::of_moves(counted, places),
            };
            for i in 0..21 {
                let place = (ProductId(i), LocationId(case));
                let used = g.below(200);
                let by_day = inputs.tally(&place, used, &mut Vec::new()).verdict();
                let by_stretch = inputs.verdict(&place, used, &mut Vec::new());
                assert_eq!(by_stretch, by_day, "case {case}, place {i}");
                seen.insert(format!("{by_day:?}"));
            }
        }
        assert_eq!(seen.len(), 4, "the cases reach every verdict: {seen:?}");
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
