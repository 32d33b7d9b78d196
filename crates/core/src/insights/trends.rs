//! Consumption trends: weekly use against last year and against the reorder rules then in force.

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

use super::{InsightQuery, TrendInsight};

impl Store {
    /// Consumption trends over the query's period.
    pub fn trend_insight(
        &self,
        actor: &User,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<TrendInsight> {
        let scope = self.insight_scope(actor, query, now)?;
        Ok(TrendInsight {
            period: scope.period,
            rows: Vec::new(),
        })
    }
}
