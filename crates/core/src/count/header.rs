//! A count's header and progress: where it stands, what it covers, and what was counted so far.

use std::collections::HashSet;

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{allowed, require, Operation};
use crate::Store;

/// Where a count stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum CountStatus {
    /// Scanning.
    Open,
    /// Scanning ended; the variance waits for a manager.
    Finished,
    /// Adjustments written to the ledger.
    Applied,
    /// Given up; nothing written to the ledger.
    Abandoned,
}

impl CountStatus {
    pub(super) fn parse(s: &str) -> CountStatus {
        match s {
            "finished" => CountStatus::Finished,
            "applied" => CountStatus::Applied,
            "abandoned" => CountStatus::Abandoned,
            _ => CountStatus::Open,
        }
    }

    /// The stored text.
    pub fn as_str(self) -> &'static str {
        match self {
            CountStatus::Open => "open",
            CountStatus::Finished => "finished",
            CountStatus::Applied => "applied",
            CountStatus::Abandoned => "abandoned",
        }
    }
}

impl std::fmt::Display for CountStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A count's header and progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CountInfo {
    /// Count number.
    pub id: i64,
    /// Location code.
    pub location: String,
    /// Status.
    pub status: CountStatus,
    /// Staff do not see expected quantities while scanning.
    pub blind: bool,
    /// GTINs of a count limited to some products (empty: everything at the location).
    pub products: Vec<String>,
    /// When it started (UTC).
    pub started_at: String,
    /// Who started it.
    pub started_by: String,
    /// Packs the ledger held there at the start (hidden from staff in a blind count).
    pub expected_units: Option<i64>,
    /// Packs counted so far.
    pub counted_units: i64,
    /// Lot-tracked quantity counted so far.
    pub counted_lot_quantity: i64,
    /// Why it was abandoned (as the person who abandoned it wrote it).
    pub note: Option<String>,
}

pub(super) struct CountRow {
    pub(super) id: i64,
    pub(super) location: LocationId,
    pub(super) status: CountStatus,
    pub(super) blind: bool,
    pub(super) limited: bool,
    pub(super) snapshot_seq: i64,
    pub(super) started_by: UserId,
}

/// A count's progress: packs expected, packs counted and lots' quantity counted so far.
#[derive(Default)]
pub(super) struct Tally {
    pub(super) expected: i64,
    pub(super) packs: i64,
    pub(super) lot_quantity: i64,
}

impl Store {
    /// A count's progress, kept in one row beside the count by the triggers of its expected and
    /// scan rows (migration 0040): one row read, however many packs the count has. A count
    /// unknown here has counted nothing.
    pub(super) fn count_tally(&self, id: i64) -> CoreResult<Tally> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT expected, packs, lot_quantity FROM stock_count_tally WHERE count_id = ?1",
            )?
            .query_row([id], |r| {
                Ok(Tally {
                    expected: r.get(0)?,
                    packs: r.get(1)?,
                    lot_quantity: r.get(2)?,
                })
            })
            .optional()?
            .unwrap_or_default())
    }

    /// A count as stored, or the refusal naming an unknown count.
    pub(super) fn count_row(&self, id: i64) -> CoreResult<CountRow> {
        self.conn()
            .prepare_cached(
                "SELECT id, location_id, status, blind, limited, snapshot_seq, started_by FROM stock_count WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok(CountRow {
                    id: r.get(0)?,
                    location: LocationId(r.get(1)?),
                    status: CountStatus::parse(&r.get::<_, String>(2)?),
                    blind: r.get(3)?,
                    limited: r.get(4)?,
                    snapshot_seq: r.get(5)?,
                    started_by: UserId(r.get(6)?),
                })
            })
            .optional()?
            .ok_or_else(|| CoreError::refused("count.unknown").arg("count", id))
    }

    /// A count still open for scanning, or the refusal saying where it stands.
    pub(super) fn open_count(&self, id: i64) -> CoreResult<CountRow> {
        let c = self.count_row(id)?;
        if c.status != CountStatus::Open {
            return Err(CoreError::refused("count.not_open")
                .arg("count", id)
                .arg("status", c.status.as_str()));
        }
        Ok(c)
    }

    /// The products a limited count covers (empty for a count of everything at the location).
    pub(super) fn count_products(&self, id: i64) -> CoreResult<HashSet<ProductId>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT product_id FROM stock_count_product WHERE count_id = ?1")?
            .query_map([id], |r| Ok(ProductId(r.get(0)?)))?
            .collect::<Result<_, _>>()?)
    }

    /// A count's header and progress. Expected quantities of a blind count are shown only to
    /// those who may apply counts.
    pub fn count(&self, actor: &User, id: i64) -> CoreResult<CountInfo> {
        require(actor, Operation::Count)?;
        let c = self.count_row(id)?;
        let (location, started_at, started_by, note): (String, String, String, Option<String>) =
            self.conn().query_row(
                "SELECT l.code, c.started_at, u.username, c.note FROM stock_count c JOIN location l ON l.id = c.location_id
                 JOIN user u ON u.id = c.started_by WHERE c.id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )?;
        let products: Vec<String> = self
            .conn()
            .prepare_cached(
                "SELECT p.gtin FROM stock_count_product c JOIN product p ON p.id = c.product_id WHERE c.count_id = ?1 ORDER BY p.gtin",
            )?
            .query_map([id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let tally = self.count_tally(id)?;
        let may_see = !c.blind || allowed(actor.role, Operation::ApplyCount);
        Ok(CountInfo {
            id,
            location,
            status: c.status,
            blind: c.blind,
            products,
            started_at,
            started_by,
            expected_units: may_see.then_some(tally.expected),
            counted_units: tally.packs,
            counted_lot_quantity: tally.lot_quantity,
            note,
        })
    }
}
