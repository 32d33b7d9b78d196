//! Dwell time: how long packs stay at a location, from arrival to leaving it.

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

use super::{DwellInsight, InsightQuery};

impl Store {
    /// Dwell over the query's period.
    pub fn dwell_insight(
        &self,
        actor: &User,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<DwellInsight> {
        let scope = self.insight_scope(actor, query, now)?;
        Ok(DwellInsight {
            period: scope.period,
            locations: Vec::new(),
            rows: Vec::new(),
            older_than_days: scope.older_than_days,
            waiting: Vec::new(),
        })
    }
}
