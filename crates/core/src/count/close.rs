//! Ending a count without applying it: finishing the scanning, or abandoning the count.

use rusqlite::params;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::header::{CountInfo, CountStatus};
use super::variance::Variance;

impl Store {
    /// Ends scanning and returns the variance.
    pub fn finish_count(&mut self, actor: &User, id: i64, now: Timestamp) -> CoreResult<Variance> {
        require(actor, Operation::Count)?;
        self.open_count(id)?;
        self.conn().execute(
            "UPDATE stock_count SET status = 'finished', finished_at = ?2, finished_by = ?3 WHERE id = ?1",
            params![id, now.utc_text(), actor.id.0],
        )?;
        self.count_variance(actor, id)
    }

    /// Gives up a count: nothing reaches the ledger. The person who started it, or a manager.
    pub fn abandon_count(
        &mut self,
        actor: &User,
        id: i64,
        note: Option<&str>,
        now: Timestamp,
    ) -> CoreResult<CountInfo> {
        require(actor, Operation::Count)?;
        let c = self.count_row(id)?;
        if actor.id != c.started_by {
            require(actor, Operation::ApplyCount)?;
        }
        if !matches!(c.status, CountStatus::Open | CountStatus::Finished) {
            return Err(CoreError::refused("count.closed")
                .arg("count", id)
                .arg("status", c.status.as_str()));
        }
        self.conn().execute(
            "UPDATE stock_count SET status = 'abandoned', closed_at = ?2, closed_by = ?3, note = ?4 WHERE id = ?1",
            params![id, now.utc_text(), actor.id.0, note],
        )?;
        self.count(actor, id)
    }
}
