//! Supplier quality: what each supplier and manufacturer sent, and what was wrong with it.

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

use super::{InsightQuery, SupplierInsight};

impl Store {
    /// Supplier quality over the query's period.
    pub fn supplier_insight(
        &self,
        actor: &User,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<SupplierInsight> {
        let scope = self.insight_scope(actor, query, now)?;
        Ok(SupplierInsight {
            period: scope.period,
            currency: None,
            tolerance_percent: 0,
            short_dated_days: 0,
            suppliers: Vec::new(),
            manufacturers: Vec::new(),
            over_contract: Vec::new(),
            affected: Vec::new(),
        })
    }
}
