//! A product's detail: its positions, its lots per location and its daily use.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::CoreResult;
use crate::fields::parse_date;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::lookup::iso_date;
use super::policy::LevelPolicy;
use super::position::Position;

/// Stock of one lot of a product at one location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LotLine {
    /// Location code.
    pub location: String,
    /// Lot.
    pub lot: Option<String>,
    /// Expiry.
    pub expiry: Option<NaiveDate>,
    /// Packs (or quantity) in stock.
    pub in_stock: i64,
    /// Packs (or quantity) in quarantine.
    pub quarantined: i64,
}

/// Quantity used on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DayUse {
    /// Local day.
    pub day: NaiveDate,
    /// Dispensed or issued that day, at every location.
    pub quantity: i64,
}

/// Everything the product screen shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProductDetail {
    /// The product's master data.
    pub product: ProductData,
    /// How it is tracked.
    pub tracking: TrackingMode,
    /// Where it stands at each location holding it or with a rule (on hand, cover, rule).
    pub positions: Vec<Position>,
    /// Its lots per location, earliest expiry first.
    pub lots: Vec<LotLine>,
    /// Daily use over the consumption window ([`LevelPolicy::consumption_window`]), oldest
    /// first (days without use left out).
    pub consumption: Vec<DayUse>,
}

impl Store {
    /// A product's detail: positions per location, lots, and daily use over `policy`'s window.
    pub fn product_detail(
        &self,
        actor: &User,
        gtin: &str,
        policy: &LevelPolicy,
        today: NaiveDate,
    ) -> CoreResult<ProductDetail> {
        require(actor, Operation::ViewStock)?;
        let product = self.product_by_gtin(gtin)?;
        let positions = self.positions(actor, Some(gtin), None, policy, today)?;
        let mut lots: Vec<LotLine> = self
            .held_lots(crate::stock::HeldOf::Product(product.id))?
            .into_iter()
            .map(|h| LotLine {
                location: h.location,
                lot: h.lot,
                expiry: parse_date(h.expiry),
                in_stock: h.in_stock,
                quarantined: h.quarantined,
            })
            .collect();
        lots.sort_by(|a, b| {
            (a.expiry.is_none(), a.expiry, &a.location).cmp(&(
                b.expiry.is_none(),
                b.expiry,
                &b.location,
            ))
        });
        let (first, last) = policy.consumption_window(today).bounds();
        let mut stmt = self.conn().prepare_cached(
            // The product's window in one range, in day order (the key since migration 0037).
            "SELECT day, sum(quantity) FROM consumption WHERE product_id = ?1 AND day BETWEEN ?2 AND ?3
             GROUP BY day ORDER BY day",
        )?;
        let consumption = stmt
            .query_map(rusqlite::params![product.id.0, first, last], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
            })?
            .filter_map(|r| match r {
                Ok((day, quantity)) => iso_date(&day).map(|day| Ok(DayUse { day, quantity })),
                Err(e) => Some(Err(e)),
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ProductDetail {
            tracking: product.tracking,
            product: product.data,
            positions,
            lots,
            consumption,
        })
    }
}
