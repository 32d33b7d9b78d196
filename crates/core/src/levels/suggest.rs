//! Reorder rules suggested from consumption.

use rusqlite::params;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::policy::{ConsumptionWindow, LevelPolicy};
use super::rules::{ReorderRule, RuleInput};

/// How rules are suggested from consumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SuggestParams {
    /// Days from order to delivery.
    pub lead_time_days: i64,
    /// Safety stock, in days of consumption.
    pub safety_days: i64,
    /// Days between orders: the par level covers these on top of the reorder point.
    pub cycle_days: i64,
}

impl Default for SuggestParams {
    fn default() -> Self {
        SuggestParams {
            lead_time_days: 7,
            safety_days: 7,
            cycle_days: 30,
        }
    }
}

impl SuggestParams {
    /// The days are refused unless lead time and safety are zero or more and the cycle at least
    /// one day.
    fn check(&self) -> CoreResult<()> {
        if self.lead_time_days < 0 || self.safety_days < 0 || self.cycle_days <= 0 {
            return Err(CoreError::refused("levels.suggest_days_invalid")
                .field("days")
                .arg("lead_time", self.lead_time_days)
                .arg("safety", self.safety_days)
                .arg("cycle", self.cycle_days));
        }
        Ok(())
    }

    /// The reorder point and par level for a daily consumption: the reorder point covers the
    /// lead time and the safety days, the par level the order cycle on top of it (at least one),
    /// each rounded up to whole units.
    fn levels(&self, rate: f64) -> (i64, i64) {
        let reorder_point = (rate * (self.lead_time_days + self.safety_days) as f64).ceil() as i64;
        let par = (reorder_point + (rate * self.cycle_days as f64).ceil() as i64).max(1);
        (reorder_point, par)
    }
}

/// Suggested rules as rules to write, each numbered as a line for any problem.
fn as_inputs(suggestions: &[ReorderRule]) -> Vec<(usize, RuleInput)> {
    suggestions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            (
                i + 1,
                RuleInput {
                    gtin: r.gtin.clone(),
                    location: r.location.clone(),
                    reorder_point: r.reorder_point,
                    par_level: r.par_level,
                    lead_time_days: Some(r.lead_time_days),
                },
            )
        })
        .collect()
}

impl Store {
    /// Suggests rules from consumption for every product dispensed at a location (or at the
    /// given one) in the window: reorder point = consumption over lead time + safety days, par =
    /// reorder point + consumption over the order cycle. With `apply`, they are saved.
    pub fn suggest_reorder_rules(
        &mut self,
        actor: &User,
        location: Option<LocationId>,
        params: SuggestParams,
        policy: &LevelPolicy,
        apply: bool,
        now: Timestamp,
    ) -> CoreResult<Vec<ReorderRule>> {
        require(actor, Operation::ViewStock)?;
        params.check()?;
        let window = policy.consumption_window(now.local_date());
        let suggestions: Vec<ReorderRule> = self
            .consumed_per_place(location, &window)?
            .into_iter()
            .map(|(gtin, product, location, consumed)| {
                let (reorder_point, par_level) = params.levels(window.daily_rate(consumed));
                ReorderRule {
                    gtin,
                    product,
                    location,
                    reorder_point,
                    par_level,
                    lead_time_days: params.lead_time_days,
                }
            })
            .collect();
        if apply {
            self.write_rules(actor, &as_inputs(&suggestions), now)?;
        }
        Ok(suggestions)
    }

    /// What each product consumed at each location (or at the one given) in the window: GTIN,
    /// name, location code and quantity, by location and product name.
    fn consumed_per_place(
        &self,
        location: Option<LocationId>,
        window: &ConsumptionWindow,
    ) -> CoreResult<Vec<(String, String, String, i64)>> {
        let (first, last) = window.bounds();
        Ok(self
            .conn()
            .prepare(
                "SELECT p.gtin, p.name, l.code, sum(c.quantity) FROM consumption c
                 JOIN product p ON p.id = c.product_id JOIN location l ON l.id = c.location_id
                 WHERE c.day BETWEEN ?1 AND ?3 AND (?2 IS NULL OR c.location_id = ?2)
                 GROUP BY c.product_id, c.location_id ORDER BY l.code, p.name",
            )?
            .query_map(params![first, location.map(|l| l.0), last], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_cover_lead_time_and_safety_then_the_cycle_rounded_up() {
        let params = SuggestParams::default();
        assert_eq!(
            params.levels(0.5),
            (7, 22),
            "half a unit a day: 14 days of lead and safety is 7, the 30-day cycle adds 15"
        );
        assert_eq!(
            params.levels(0.01),
            (1, 2),
            "a trickle still rounds up to whole units, never to zero"
        );
        assert_eq!(
            SuggestParams {
                lead_time_days: 0,
                safety_days: 0,
                cycle_days: 1
            }
            .levels(0.0),
            (0, 1),
            "without use the par level is still one, so the rule can be saved"
        );
    }

    #[test]
    fn days_that_make_no_sense_are_refused() {
        for (lead_time_days, safety_days, cycle_days) in [(-1, 7, 30), (7, -1, 30), (7, 7, 0)] {
            let params = SuggestParams {
                lead_time_days,
                safety_days,
                cycle_days,
            };
            assert_eq!(
                params.check().map_err(|e| e.code()),
                Err("levels.suggest_days_invalid"),
                "{params:?}: a negative lead time or safety, or no order cycle, is refused, not guessed"
            );
        }
        assert!(
            SuggestParams::default().check().is_ok(),
            "the defaults are sensible"
        );
    }
}
