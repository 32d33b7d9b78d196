//! The history of reorder rules: every change recorded with the write that makes it (who, when,
//! the levels before and after), the rule in force on a past local day, and the changes listed.
//!
//! A change's local day is its UTC time moved by the offset where it happened, like an event's.
//! The rule in force on a day is the one the last change made by the end of that local day; a
//! rule removed, or not yet set, is none. History starts with migration 0024, which records each
//! rule then in force as new at its last update.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::rule_change::{optional_levels_at, record_change, stored_levels, RuleLevels};
use super::rules::ReorderRule;

/// One change of a reorder rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RuleChange {
    /// When, RFC 3339 with the local offset where it was changed.
    pub changed_at: String,
    /// Who (username).
    pub changed_by: String,
    /// Who (name).
    pub changed_by_name: String,
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Location code.
    pub location: String,
    /// The rule before; none when it was new.
    pub old: Option<RuleLevels>,
    /// The rule after; none when it was removed.
    pub new: Option<RuleLevels>,
}

/// Which rule changes to list. Dates are local calendar days, both included.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct RuleChangeFilter {
    /// Only this product (GTIN).
    pub gtin: Option<String>,
    /// Only this location (code).
    pub location: Option<String>,
    /// From this day.
    pub from: Option<NaiveDate>,
    /// Up to and including this day.
    pub to: Option<NaiveDate>,
}

/// A change's local day in SQL (the change's table aliased `c`): its UTC time moved by its
/// offset.
pub(crate) const LOCAL_DAY: &str = "date(c.changed_at, printf('%+d minutes', c.changed_offset))";

impl Store {
    /// Removes a product's reorder rule at a location, recording the change; refused when it
    /// has none.
    pub fn remove_reorder_rule(
        &mut self,
        actor: &User,
        gtin: &str,
        location: &str,
        now: Timestamp,
    ) -> CoreResult<()> {
        require(actor, Operation::ManageMasterData)?;
        let p = self.gtin_product(gtin)?;
        let l = self.location(location.trim())?;
        let tx = self.conn_mut().transaction()?;
        let Some(old) = stored_levels(&tx, p.id, l.id)? else {
            return Err(CoreError::refused("levels.rule_unknown")
                .field("location")
                .arg("product", p.data.name)
                .arg("location", l.code));
        };
        tx.execute(
            "DELETE FROM reorder_rule WHERE product_id = ?1 AND location_id = ?2",
            params![p.id.0, l.id.0],
        )?;
        record_change(&tx, actor, (p.id, l.id), Some(old), None, now)?;
        tx.commit()?;
        Ok(())
    }

    /// The levels of a product's rule at a location in force at the end of local day `day`:
    /// what the latest change by then made it; none before its first recorded change or after
    /// it was removed.
    pub(crate) fn rule_levels_in_force(
        &self,
        product: ProductId,
        location: LocationId,
        day: NaiveDate,
    ) -> CoreResult<Option<RuleLevels>> {
        Ok(self
            .conn()
            .prepare_cached(&format!(
                "SELECT c.new_reorder_point, c.new_par_level, c.new_lead_time_days
                 FROM reorder_rule_change c
                 WHERE c.product_id = ?1 AND c.location_id = ?2 AND {LOCAL_DAY} <= ?3
                 ORDER BY c.changed_at DESC, c.id DESC LIMIT 1"
            ))?
            .query_row(
                params![product.0, location.0, day.to_string()],
                optional_levels_at(0),
            )
            .optional()?
            .flatten())
    }

    /// The reorder rule of a product (GTIN) at a location (code) in force at the end of local
    /// day `day`; none before its first recorded change or after it was removed.
    pub fn reorder_rule_in_force(
        &self,
        actor: &User,
        gtin: &str,
        location: &str,
        day: NaiveDate,
    ) -> CoreResult<Option<ReorderRule>> {
        require(actor, Operation::ViewStock)?;
        let p = self.gtin_product(gtin)?;
        let l = self.location(location.trim())?;
        Ok(self
            .rule_levels_in_force(p.id, l.id, day)?
            .map(|v| ReorderRule {
                gtin: p.data.gtin,
                product: p.data.name,
                location: l.code,
                reorder_point: v.reorder_point,
                par_level: v.par_level,
                lead_time_days: v.lead_time_days,
            }))
    }

    /// The changes of reorder rules the filter selects, newest first.
    pub fn reorder_rule_changes(
        &self,
        actor: &User,
        filter: &RuleChangeFilter,
    ) -> CoreResult<Vec<RuleChange>> {
        require(actor, Operation::ViewStock)?;
        if let (Some(f), Some(t)) = (filter.from, filter.to) {
            if t < f {
                return Err(CoreError::refused("report.range_backwards")
                    .field("to")
                    .arg("from", f.to_string())
                    .arg("to", t.to_string()));
            }
        }
        let product = match filter.gtin.as_deref() {
            Some(g) => Some(self.gtin_product(g)?.id.0),
            None => None,
        };
        let location = match filter.location.as_deref() {
            Some(c) => Some(self.location(c.trim())?.id.0),
            None => None,
        };
        let day = |d: Option<NaiveDate>| d.map(|d| d.to_string());
        Ok(self
            .conn()
            .prepare(&format!(
                "SELECT c.changed_at, c.changed_offset, u.username, u.name, p.gtin, p.name, l.code,
                        c.old_reorder_point, c.old_par_level, c.old_lead_time_days,
                        c.new_reorder_point, c.new_par_level, c.new_lead_time_days
                 FROM reorder_rule_change c JOIN user u ON u.id = c.changed_by
                 JOIN product p ON p.id = c.product_id JOIN location l ON l.id = c.location_id
                 WHERE (?1 IS NULL OR c.product_id = ?1) AND (?2 IS NULL OR c.location_id = ?2)
                   AND (?3 IS NULL OR {LOCAL_DAY} >= ?3) AND (?4 IS NULL OR {LOCAL_DAY} <= ?4)
                 ORDER BY c.changed_at DESC, c.id DESC"
            ))?
            .query_map(
                params![product, location, day(filter.from), day(filter.to)],
                |r| {
                    let at: String = r.get(0)?;
                    Ok(RuleChange {
                        changed_at: Timestamp::from_stored(&at, r.get(1)?)
                            .map_or(at, |t| t.to_string()),
                        changed_by: r.get(2)?,
                        changed_by_name: r.get(3)?,
                        gtin: r.get(4)?,
                        product: r.get(5)?,
                        location: r.get(6)?,
                        old: optional_levels_at(7)(r)?,
                        new: optional_levels_at(10)(r)?,
                    })
                },
            )?
            .collect::<Result<_, _>>()?)
    }
}
