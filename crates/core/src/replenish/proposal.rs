//! Which packs a pick list proposes: in stock at the supplying location, not expired (a pack is
//! usable through its expiry date), not under any recall, earliest expiry first (first expiry,
//! first out), packs without an expiry last; and never one already proposed for another line.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

/// A pack, or a quantity of a lot, proposed for a line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProposedPack {
    /// Lot.
    pub lot: Option<String>,
    /// Serial (serial-tracked products).
    pub serial: Option<String>,
    /// Expiry.
    pub expiry: Option<NaiveDate>,
    /// How many: 1 for a pack.
    pub quantity: i64,
}

/// What earlier lines of the same list already took: serials, and quantities by lot.
#[derive(Debug, Default)]
pub(super) struct Taken {
    serials: HashSet<(i64, String)>,
    lots: HashMap<(i64, i64, String), i64>,
}

/// What the recalls name of one product: all of it, some lots, some serials.
#[derive(Debug, Default)]
struct RecallScope {
    whole: bool,
    lots: HashSet<String>,
    serials: HashSet<String>,
}

impl RecallScope {
    /// Whether a pack of this lot and serial is under a recall (the same rule as
    /// `recall_covering`: the whole product, its lot, or its serial).
    fn covers(&self, lot: Option<&str>, serial: Option<&str>) -> bool {
        self.whole
            || lot.is_some_and(|l| self.lots.contains(l))
            || serial.is_some_and(|s| self.serials.contains(s))
    }
}

/// One candidate row: lot, serial, expiry, quantity.
type Candidate = (Option<String>, Option<String>, Option<String>, i64);

impl Store {
    /// Up to `wanted` of `product` at `from`, earliest expiry first, skipping what `taken`
    /// holds (and adding what is proposed to it).
    pub(super) fn propose(
        &self,
        product: &Product,
        from: LocationId,
        wanted: i64,
        today: NaiveDate,
        taken: &mut Taken,
    ) -> CoreResult<Vec<ProposedPack>> {
        let sql = match product.tracking {
            TrackingMode::Serial => {
                "SELECT lot, serial, expiry, 1 FROM unit
                 WHERE location_id = ?1 AND product_id = ?2 AND status = 'in_stock'
                   AND (expiry IS NULL OR expiry >= ?3)
                 ORDER BY expiry IS NULL, expiry, lot, serial"
            }
            TrackingMode::Lot => {
                "SELECT lot, NULL, expiry, quantity FROM lot_stock
                 WHERE location_id = ?1 AND product_id = ?2 AND status = 'in_stock'
                   AND (expiry IS NULL OR expiry >= ?3) AND quantity > 0
                 ORDER BY expiry IS NULL, expiry, lot"
            }
        };
        // The product's recall scope is read once (one query for the line, not one per pack),
        // and candidates are read lazily: the loop stops as soon as the line is covered.
        let recalled = self.recall_scope_of(&product.data.gtin)?;
        let mut stmt = self.conn().prepare_cached(sql)?;
        let candidates = stmt.query_map(
            rusqlite::params![from.0, product.id.0, today.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        let mut proposed = Vec::new();
        let mut left = wanted;
        for candidate in candidates {
            if left <= 0 {
                break;
            }
            let (lot, serial, expiry, quantity): Candidate = candidate?;
            if recalled.covers(lot.as_deref(), serial.as_deref()) {
                continue;
            }
            let take = match &serial {
                Some(s) => {
                    if !taken.serials.insert((product.id.0, s.clone())) {
                        continue;
                    }
                    1
                }
                None => {
                    let key = (product.id.0, from.0, lot.clone().unwrap_or_default());
                    let used = taken.lots.entry(key).or_insert(0);
                    let take = (quantity - *used).min(left);
                    if take <= 0 {
                        continue;
                    }
                    *used += take;
                    take
                }
            };
            left -= take;
            proposed.push(ProposedPack {
                lot,
                serial,
                expiry: expiry.and_then(|e| e.parse().ok()),
                quantity: take,
            });
        }
        Ok(proposed)
    }
}

impl Store {
    /// Everything the recalls name of `gtin`, in one query.
    fn recall_scope_of(&self, gtin: &str) -> CoreResult<RecallScope> {
        let mut scope = RecallScope::default();
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT lot, serial FROM recall_scope WHERE gtin = ?1")?;
        let rows = stmt.query_map([gtin], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?,
                r.get::<_, Option<String>>(1)?,
            ))
        })?;
        for row in rows {
            match row? {
                (_, Some(serial)) => {
                    scope.serials.insert(serial);
                }
                (Some(lot), None) => {
                    scope.lots.insert(lot);
                }
                (None, None) => scope.whole = true,
            }
        }
        Ok(scope)
    }
}
