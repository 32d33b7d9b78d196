//! The counts of the site, newest first: what a person comes back to (an open count to resume,
//! a finished one waiting for a manager) and what was done (applied, abandoned).

use serde::{Deserialize, Serialize};

use crate::error::CoreResult;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::header::{CountInfo, CountStatus};

/// The most counts one page lists.
pub const COUNT_PAGE_MAX: u32 = 200;

/// Which counts to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct CountFilter {
    /// Only counts in this status; none: all of them.
    #[serde(default)]
    pub status: Option<CountStatus>,
    /// At most this many (capped at [`COUNT_PAGE_MAX`]; none: the cap).
    #[serde(default)]
    pub limit: Option<u32>,
    /// Only counts numbered below this one (the next page after a page ending with it).
    #[serde(default)]
    pub before: Option<i64>,
}

impl Store {
    /// The counts, newest first (by number, which is the order they were started in), each with
    /// its header and progress as [`Store::count`] gives it (a blind count's expected figure
    /// only for those who may apply counts).
    pub fn counts(&self, actor: &User, filter: &CountFilter) -> CoreResult<Vec<CountInfo>> {
        require(actor, Operation::Count)?;
        let limit = filter.limit.unwrap_or(COUNT_PAGE_MAX).min(COUNT_PAGE_MAX);
        let ids: Vec<i64> = self
            .conn()
            .prepare_cached(
                "SELECT id FROM stock_count WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR id < ?2)
                 ORDER BY id DESC LIMIT ?3",
            )?
            .query_map(
                rusqlite::params![filter.status.map(CountStatus::as_str), filter.before, limit],
                |r| r.get(0),
            )?
            .collect::<Result<_, _>>()?;
        ids.into_iter().map(|id| self.count(actor, id)).collect()
    }
}
