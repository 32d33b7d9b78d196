//! The counts of the site, newest first: what a person comes back to (an open count to resume,
//! a finished one waiting for a manager) and what was done (applied, abandoned).

use serde::{Deserialize, Serialize};

use crate::error::CoreResult;
use crate::model::*;
use crate::permissions::{allowed, require, Operation};
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

/// One page of counts with their headers and progress, in one statement: the page's counts
/// first, each joined to its progress (kept in one row per count, migration 0040) and to the
/// products it covers, grouped over those counts only. Listing never runs a query per count and
/// never reads a count's scan rows: a hundred whole-pharmacy counts are one read.
const PAGE_SQL: &str = "
WITH page AS (
    SELECT id FROM stock_count WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR id < ?2)
    ORDER BY id DESC LIMIT ?3
),
products AS (
    SELECT cp.count_id, group_concat(p.gtin, ' ') AS gtins
    FROM stock_count_product cp JOIN product p ON p.id = cp.product_id
    WHERE cp.count_id IN (SELECT id FROM page) GROUP BY cp.count_id
)
SELECT c.id, l.code, c.status, c.blind, c.started_at, u.username, c.note,
       coalesce(t.expected, 0), coalesce(t.packs, 0), coalesce(t.lot_quantity, 0),
       coalesce(pr.gtins, '')
FROM page JOIN stock_count c ON c.id = page.id
JOIN location l ON l.id = c.location_id JOIN user u ON u.id = c.started_by
LEFT JOIN stock_count_tally t ON t.count_id = c.id
LEFT JOIN products pr ON pr.count_id = c.id
ORDER BY c.id DESC";

impl Store {
    /// The counts, newest first (by number, which is the order they were started in), each with
    /// its header and progress as [`Store::count`] gives it (a blind count's expected figure
    /// only for those who may apply counts).
    pub fn counts(&self, actor: &User, filter: &CountFilter) -> CoreResult<Vec<CountInfo>> {
        require(actor, Operation::Count)?;
        let limit = filter.limit.unwrap_or(COUNT_PAGE_MAX).min(COUNT_PAGE_MAX);
        let sees_blind = allowed(actor.role, Operation::ApplyCount);
        self.conn()
            .prepare_cached(PAGE_SQL)?
            .query_map(
                rusqlite::params![filter.status.map(CountStatus::as_str), filter.before, limit],
                |r| {
                    let blind: bool = r.get(3)?;
                    let gtins: String = r.get(10)?;
                    let mut products: Vec<String> =
                        gtins.split_whitespace().map(String::from).collect();
                    products.sort();
                    Ok(CountInfo {
                        id: r.get(0)?,
                        location: r.get(1)?,
                        status: CountStatus::parse(&r.get::<_, String>(2)?),
                        blind,
                        products,
                        started_at: r.get(4)?,
                        started_by: r.get(5)?,
                        note: r.get(6)?,
                        expected_units: (!blind || sees_blind).then_some(r.get(7)?),
                        counted_units: r.get(8)?,
                        counted_lot_quantity: r.get(9)?,
                    })
                },
            )?
            .collect::<Result<_, _>>()
            .map_err(Into::into)
    }
}
