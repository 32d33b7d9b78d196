//! Reorder rules suggested from consumption.

use rusqlite::params;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::policy::LevelPolicy;
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
        if params.lead_time_days < 0 || params.safety_days < 0 || params.cycle_days <= 0 {
            return Err(CoreError::refused("levels.suggest_days_invalid")
                .field("days")
                .arg("lead_time", params.lead_time_days)
                .arg("safety", params.safety_days)
                .arg("cycle", params.cycle_days));
        }
        let window = policy.consumption_window(now.local_date());
        let (first, last) = window.bounds();
        let rows: Vec<(String, String, String, i64)> = self
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
            .collect::<Result<_, _>>()?;
        let suggestions: Vec<ReorderRule> = rows
            .into_iter()
            .map(|(gtin, product, location, consumed)| {
                let rate = window.daily_rate(consumed);
                let rop =
                    (rate * (params.lead_time_days + params.safety_days) as f64).ceil() as i64;
                let par = (rop + (rate * params.cycle_days as f64).ceil() as i64).max(1);
                ReorderRule {
                    gtin,
                    product,
                    location,
                    reorder_point: rop,
                    par_level: par,
                    lead_time_days: params.lead_time_days,
                }
            })
            .collect();
        if apply {
            let inputs: Vec<(usize, RuleInput)> = suggestions
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
                .collect();
            self.write_rules(actor, &inputs, now)?;
        }
        Ok(suggestions)
    }
}
