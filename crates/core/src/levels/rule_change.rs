//! Recording a change of a reorder rule: the levels stored now, read before each write, and
//! the change row written in the same transaction (see `rule_history` for what is read back).

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::error::CoreResult;
use crate::model::*;

/// A rule's levels: reorder point, par level and lead time in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RuleLevels {
    /// Reorder point (min).
    pub reorder_point: i64,
    /// Par level (max).
    pub par_level: i64,
    /// Days from order to delivery.
    pub lead_time_days: i64,
}

/// The rule stored now for a product at a location.
pub(super) fn stored_levels(
    conn: &Connection,
    product: ProductId,
    location: LocationId,
) -> CoreResult<Option<RuleLevels>> {
    Ok(conn
        .query_row(
            "SELECT reorder_point, par_level, lead_time_days FROM reorder_rule
             WHERE product_id = ?1 AND location_id = ?2",
            params![product.0, location.0],
            levels_at(0),
        )
        .optional()?)
}

/// Records one change of a product's rule at a location, made by `actor` at `now`.
pub(super) fn record_change(
    conn: &Connection,
    actor: &User,
    (product, location): (ProductId, LocationId),
    old: Option<RuleLevels>,
    new: Option<RuleLevels>,
    now: Timestamp,
) -> CoreResult<()> {
    let part = |l: Option<RuleLevels>| {
        (
            l.map(|l| l.reorder_point),
            l.map(|l| l.par_level),
            l.map(|l| l.lead_time_days),
        )
    };
    let (old_rop, old_par, old_lead) = part(old);
    let (new_rop, new_par, new_lead) = part(new);
    conn.prepare_cached(
        "INSERT INTO reorder_rule_change (product_id, location_id, changed_at, changed_offset,
             changed_by, old_reorder_point, old_par_level, old_lead_time_days,
             new_reorder_point, new_par_level, new_lead_time_days)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        product.0,
        location.0,
        now.utc_text(),
        now.offset_minutes(),
        actor.id.0,
        old_rop,
        old_par,
        old_lead,
        new_rop,
        new_par,
        new_lead
    ])?;
    Ok(())
}

/// Reads levels from three columns starting at `i`; none when the first is NULL.
pub(crate) fn optional_levels_at(
    i: usize,
) -> impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<Option<RuleLevels>> {
    move |r| {
        Ok(match r.get::<_, Option<i64>>(i)? {
            None => None,
            Some(reorder_point) => Some(RuleLevels {
                reorder_point,
                par_level: r.get(i + 1)?,
                lead_time_days: r.get(i + 2)?,
            }),
        })
    }
}

fn levels_at(i: usize) -> impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<RuleLevels> {
    move |r| {
        Ok(RuleLevels {
            reorder_point: r.get(i)?,
            par_level: r.get(i + 1)?,
            lead_time_days: r.get(i + 2)?,
        })
    }
}
