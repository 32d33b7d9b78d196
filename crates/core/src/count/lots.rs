//! The lots counted so far in a count, each with its running quantity, and a lot's total
//! corrected by hand (a miscount typed, a box counted twice).
//!
//! A lot's quantity is one row of `stock_count_scan` with `serial = ''` (see `scan`); a
//! correction sets that row's total, and a total of zero removes the row, which is what a lot
//! never counted looks like to the variance.

use rusqlite::params;
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// A lot counted so far, with its running total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CountedLot {
    /// GTIN.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Lot.
    pub lot: String,
    /// Counted so far.
    pub quantity: i64,
}

/// The most of one lot a count takes, typed at once or added up: more than any pharmacy shelf
/// holds of a consumable's lot, and far below what overflows. A bigger figure is a slip (a
/// scanner's code landing in the quantity field reads as a 14-digit number), refused with the
/// bound named, never written to the variance.
pub const MAX_LOT_QUANTITY: i64 = 100_000;

/// The refusal of a lot quantity or total above [`MAX_LOT_QUANTITY`].
pub(super) fn too_many(quantity: i64) -> CoreError {
    CoreError::refused("count.quantity_too_large")
        .field("quantity")
        .arg("quantity", quantity)
        .arg("max", MAX_LOT_QUANTITY)
}

/// A correction that cannot be made: refused before anything changes.
fn refuse_total(quantity: i64) -> CoreResult<()> {
    if quantity < 0 {
        return Err(CoreError::refused("count.quantity_negative")
            .field("quantity")
            .arg("quantity", quantity));
    }
    if quantity > MAX_LOT_QUANTITY {
        return Err(too_many(quantity));
    }
    Ok(())
}

impl Store {
    /// A lot's total counted so far in a count (zero when it was not counted).
    pub(super) fn lot_counted(&self, id: i64, product: ProductId, lot: &str) -> CoreResult<i64> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT coalesce(sum(quantity), 0) FROM stock_count_scan WHERE count_id = ?1 AND product_id = ?2 AND serial = '' AND lot = ?3",
            )?
            .query_row(params![id, product.0, lot], |r| r.get(0))?)
    }

    /// The lots counted so far, by product name and lot.
    pub fn counted_lots(&self, actor: &User, id: i64) -> CoreResult<Vec<CountedLot>> {
        require(actor, Operation::Count)?;
        self.count_row(id)?;
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT p.gtin, p.name, s.lot, s.quantity FROM stock_count_scan s JOIN product p ON p.id = s.product_id
                 WHERE s.count_id = ?1 AND s.serial = '' ORDER BY p.name, s.lot",
            )?
            .query_map([id], |r| {
                Ok(CountedLot {
                    gtin: r.get(0)?,
                    product: r.get(1)?,
                    lot: r.get(2)?,
                    quantity: r.get(3)?,
                })
            })?
            .collect::<Result<_, _>>()?)
    }

    /// Sets a counted lot's total in an open count (a correction): only a lot already counted
    /// (its first scan keeps the code as read), never below zero; zero removes it.
    pub fn correct_counted_lot(
        &mut self,
        actor: &User,
        id: i64,
        gtin: &str,
        lot: &str,
        quantity: i64,
    ) -> CoreResult<CountedLot> {
        require(actor, Operation::Count)?;
        self.open_count(id)?;
        refuse_total(quantity)?;
        let product = self.product_by_gtin(gtin)?;
        let counted = self.lot_counted(id, product.id, lot)?;
        if counted == 0 {
            return Err(CoreError::refused("count.lot_not_counted")
                .field("lot")
                .arg("lot", lot)
                .arg("product", product.data.name.clone()));
        }
        let sql = match quantity {
            0 => "DELETE FROM stock_count_scan WHERE count_id = ?1 AND product_id = ?2 AND serial = '' AND lot = ?3 AND ?4 = 0",
            _ => "UPDATE stock_count_scan SET quantity = ?4 WHERE count_id = ?1 AND product_id = ?2 AND serial = '' AND lot = ?3",
        };
        self.conn()
            .execute(sql, params![id, product.id.0, lot, quantity])?;
        Ok(CountedLot {
            gtin: product.data.gtin,
            product: product.data.name,
            lot: lot.to_string(),
            quantity,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_total_is_never_set_below_zero() {
        assert_eq!(
            refuse_total(-1).map_err(|e| e.code().to_string()),
            Err("count.quantity_negative".to_string()),
            "a negative count of a lot means nothing on a shelf"
        );
        assert!(
            refuse_total(0).is_ok(),
            "zero is a real correction: none of that lot is there after all"
        );
        assert_eq!(
            refuse_total(MAX_LOT_QUANTITY + 1).map_err(|e| e.code().to_string()),
            Err("count.quantity_too_large".to_string()),
            "a total no shelf holds (a scanned code typed as a number) is a slip, not a count"
        );
        assert!(
            refuse_total(MAX_LOT_QUANTITY).is_ok(),
            "the bound itself is a total a large store may really hold"
        );
    }
}
