//! Insights from the ledger: where stock waits, what was wasted and why, what counts found
//! missing where, which suppliers cause trouble, how use compares with last year and the rules. Each
//! takes an [`InsightQuery`] (period, location, product, supplier) and answers as the core
//! computes it, from the ledger when asked.

use custody_core::insights::{
    DwellInsight, InsightQuery, ShrinkageInsight, SupplierInsight, TrendInsight, WasteInsight,
};

use crate::{Cx, Result};

/// Waste: destroyed and returned stock by cause, month, product, location and supplier, with
/// its value and how much of the expired stock had been predicted.
pub fn waste(cx: &mut Cx<'_>, q: InsightQuery) -> Result<WasteInsight> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx.store().waste_insight(me, &q, now)?)
}

/// Shrinkage: count variances by kind, month and location, with the locations whose counts
/// keep disagreeing with the ledger.
pub fn shrinkage(cx: &mut Cx<'_>, q: InsightQuery) -> Result<ShrinkageInsight> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx.store().shrinkage_insight(me, &q, now)?)
}

/// Dwell time: how long packs stayed at each location before leaving, and what waits now.
pub fn dwell(cx: &mut Cx<'_>, q: InsightQuery) -> Result<DwellInsight> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx.store().dwell_insight(me, &q, now)?)
}

/// Supplier quality: deliveries and what was wrong with them, per supplier and manufacturer,
/// with the packs each finding touches traced back to their source.
pub fn suppliers(cx: &mut Cx<'_>, q: InsightQuery) -> Result<SupplierInsight> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx.store().supplier_insight(me, &q, now)?)
}

/// Consumption trends: weekly use against the same week last year and the rules then in force.
pub fn trends(cx: &mut Cx<'_>, q: InsightQuery) -> Result<TrendInsight> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx.store().trend_insight(me, &q, now)?)
}
