//! The recall queries of the screens: one recall, every recall with its counts, a reach.

use serde::Serialize;

use super::reach::{reach, reach_summary, Reach, ReachSummary};
use super::stored::load_recall;
use super::Recall;
use crate::error::CoreResult;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// A line of the recall list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecallListItem {
    /// The recall.
    pub recall: Recall,
    /// Counts of its reach.
    pub summary: ReachSummary,
}

impl Store {
    /// One recall.
    pub fn recall(&self, actor: &User, number: &str) -> CoreResult<Recall> {
        require(actor, Operation::ViewStock)?;
        load_recall(self.conn(), number)
    }

    /// Every recall, newest first, with the counts of its reach.
    pub fn recalls(&self, actor: &User) -> CoreResult<Vec<RecallListItem>> {
        require(actor, Operation::ViewStock)?;
        let numbers: Vec<String> = self
            .conn()
            .prepare(
                "SELECT number FROM recall ORDER BY closed_at IS NOT NULL, issued_on DESC, id DESC",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        numbers
            .iter()
            .map(|n| {
                let (recall, summary) = reach_summary(self.conn(), load_recall(self.conn(), n)?)?;
                Ok(RecallListItem { recall, summary })
            })
            .collect()
    }

    /// Every affected pack and lot quantity of a recall, and where it is or went.
    pub fn recall_reach(&self, actor: &User, number: &str) -> CoreResult<Reach> {
        require(actor, Operation::ViewStock)?;
        reach(self.conn(), load_recall(self.conn(), number)?)
    }
}
