//! Reorder rules: one set from a form, many written all or none, and the list of them.

use std::collections::HashMap;

use rusqlite::params;
use serde::Serialize;

use crate::error::{import_error, CoreError, CoreResult, FileProblem};
use crate::import::csv::problem;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::policy::LevelPolicy;
use super::rule_change::{record_change, stored_levels, RuleLevels};

/// A reorder rule: order when usable stock falls below `reorder_point`, up to `par_level`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReorderRule {
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Location code.
    pub location: String,
    /// Reorder point (min).
    pub reorder_point: i64,
    /// Par level (max).
    pub par_level: i64,
    /// Days from order to delivery.
    pub lead_time_days: i64,
}

/// A rule as entered: product by GTIN, location by code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleInput {
    /// GTIN.
    pub gtin: String,
    /// Location code.
    pub location: String,
    /// Reorder point (min).
    pub reorder_point: i64,
    /// Par level (max).
    pub par_level: i64,
    /// Lead time in days (default 7).
    pub lead_time_days: Option<i64>,
}

/// A rule with its product and location found: (product, location, reorder point, par, lead).
pub(super) type ResolvedRule = (ProductId, LocationId, i64, i64, i64);

impl Store {
    pub(crate) fn gtin_product(&self, gtin: &str) -> CoreResult<Product> {
        let g = custody_gs1::Gtin::parse(gtin.trim()).map_err(|e| {
            crate::fields::gtin_invalid("gtin", &gtin.escape_debug().to_string(), &e.to_string())
        })?;
        self.product_by_gtin(g.as_str())
    }

    /// A rule's product and location, each problem with them added to `problems`.
    pub(super) fn rule_keys(
        &self,
        line: usize,
        gtin: &str,
        location: &str,
        problems: &mut Vec<FileProblem>,
    ) -> (Option<Product>, Option<crate::model::Location>) {
        let product = self
            .gtin_product(gtin)
            .map_err(|e| problems.push(problem(line, Some("gtin"), e.to_string())))
            .ok();
        let location = self
            .location(location.trim())
            .map_err(|e| problems.push(problem(line, Some("location"), e.to_string())))
            .ok();
        (product, location)
    }

    /// Finds each rule's product and location and checks its levels; a product and location
    /// given a rule twice is a problem at the second line (never last-one-wins).
    pub(super) fn resolve_rules(
        &self,
        rules: &[(usize, RuleInput)],
    ) -> CoreResult<(Vec<ResolvedRule>, Vec<FileProblem>)> {
        let mut problems = Vec::new();
        let mut resolved = Vec::new();
        let mut seen: HashMap<(ProductId, LocationId), usize> = HashMap::new();
        for (line, r) in rules {
            let lead = r
                .lead_time_days
                .unwrap_or(LevelPolicy::default().lead_time_days);
            let (Some(p), Some(l)) = self.rule_keys(*line, &r.gtin, &r.location, &mut problems)
            else {
                continue;
            };
            if let Some(first) = seen.insert((p.id, l.id), *line) {
                problems.push(problem(
                    *line,
                    Some("location"),
                    format!(
                        "the rule for GTIN {} at {} is already on line {first}",
                        p.data.gtin, l.code
                    ),
                ));
                continue;
            }
            if r.reorder_point < 0 || lead < 0 {
                problems.push(problem(
                    *line,
                    Some("reorder_point"),
                    "the reorder point and lead time cannot be negative",
                ));
            } else if r.par_level < r.reorder_point || r.par_level == 0 {
                problems.push(problem(
                    *line,
                    Some("par_level"),
                    format!(
                        "the par level ({}) must be above zero and at least the reorder point ({})",
                        r.par_level, r.reorder_point
                    ),
                ));
            } else {
                resolved.push((p.id, l.id, r.reorder_point, r.par_level, lead));
            }
        }
        Ok((resolved, problems))
    }

    /// Sets (adds or replaces) resolved rules in one transaction, recording each change in the
    /// rules' history; a rule saved with the levels it has is left as it is, unrecorded.
    pub(super) fn save_rules(
        &mut self,
        actor: &User,
        resolved: &[ResolvedRule],
        now: Timestamp,
    ) -> CoreResult<usize> {
        let tx = self.conn_mut().transaction()?;
        {
            let mut stmt = tx.prepare(
                "INSERT INTO reorder_rule (product_id, location_id, reorder_point, par_level, lead_time_days, updated_at, updated_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (product_id, location_id) DO UPDATE SET reorder_point = excluded.reorder_point,
                   par_level = excluded.par_level, lead_time_days = excluded.lead_time_days,
                   updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            )?;
            for &(p, l, reorder_point, par_level, lead_time_days) in resolved {
                let new = RuleLevels {
                    reorder_point,
                    par_level,
                    lead_time_days,
                };
                let old = stored_levels(&tx, p, l)?;
                if old == Some(new) {
                    continue;
                }
                stmt.execute(params![
                    p.0,
                    l.0,
                    reorder_point,
                    par_level,
                    lead_time_days,
                    now.utc_text(),
                    actor.id.0
                ])?;
                record_change(&tx, actor, (p, l), old, Some(new), now)?;
            }
        }
        tx.commit()?;
        Ok(resolved.len())
    }

    /// Sets (adds or replaces) reorder rules, all or none; each rule's line names where it came
    /// from in problems.
    pub(super) fn write_rules(
        &mut self,
        actor: &User,
        rules: &[(usize, RuleInput)],
        now: Timestamp,
    ) -> CoreResult<usize> {
        require(actor, Operation::ManageMasterData)?;
        let (resolved, problems) = self.resolve_rules(rules)?;
        if !problems.is_empty() {
            return Err(import_error(problems));
        }
        self.save_rules(actor, &resolved, now)
    }

    /// Sets one reorder rule (replacing the product's rule at that location).
    pub fn set_reorder_rule(
        &mut self,
        actor: &User,
        rule: &RuleInput,
        now: Timestamp,
    ) -> CoreResult<ReorderRule> {
        self.write_rules(actor, &[(1, rule.clone())], now)
            .map_err(|e| match e {
                // One rule typed in a form: its one problem is the refusal, naming its field.
                CoreError::Import(mut p) if p.len() == 1 => {
                    let p = p.remove(0);
                    CoreError::refused("levels.rule_invalid")
                        .field(p.field.as_deref().unwrap_or_default())
                        .arg("problem", p.message)
                }
                e => e,
            })?;
        let p = self.gtin_product(&rule.gtin)?;
        let l = self.location(rule.location.trim())?;
        Ok(self
            .reorder_rules(actor)?
            .into_iter()
            .find(|r| r.gtin == p.data.gtin && r.location == l.code)
            // The rule was written in this transaction just above, so it is there.
            .expect("just written"))
    }

    /// Every reorder rule, by location and product name.
    pub fn reorder_rules(&self, actor: &User) -> CoreResult<Vec<ReorderRule>> {
        require(actor, Operation::ViewStock)?;
        Ok(self
            .conn()
            .prepare(
                "SELECT p.gtin, p.name, l.code, r.reorder_point, r.par_level, r.lead_time_days
                 FROM reorder_rule r JOIN product p ON p.id = r.product_id JOIN location l ON l.id = r.location_id
                 ORDER BY l.code, p.name",
            )?
            .query_map([], |r| {
                Ok(ReorderRule {
                    gtin: r.get(0)?,
                    product: r.get(1)?,
                    location: r.get(2)?,
                    reorder_point: r.get(3)?,
                    par_level: r.get(4)?,
                    lead_time_days: r.get(5)?,
                })
            })?
            .collect::<Result<_, _>>()?)
    }
}
