//! Insights from the ledger: what was wasted and why, what counts found missing where. Each
//! takes an [`InsightQuery`] (period, location, product, supplier) and answers as the core
//! computes it, from the ledger when asked.

use custody_core::insights::{InsightQuery, ShrinkageInsight, WasteInsight};

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
