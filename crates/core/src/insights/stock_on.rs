//! The stock a location held on a past day, by expiry, read from the stays (`ledger::stays`):
//! the packs and lot quantities in stock there at the day's end are the `in_stock` rows that
//! began by that day and ended after it, or are still open. Only waste's prediction asks, for
//! the (product, location) pairs with expired waste; each is a search of index `stay_stock`
//! (migration 0030), each pack's expiry one of `unit_expiry`, neither reading a table's rows.
//!
//! The parameters are written `+?n`: SQLite (built with STAT4) plans with the values bound to a
//! parameter it compares with an indexed column, and plans the statement again each time that
//! parameter is bound anew; a unary `+` hides the value, so one plan serves every group (the
//! planning had cost more than the searches).

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::params;

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

/// A product's stock in stock at a location at the end of a local day, with each pack's or
/// lot's expiry: the rows still open, then those that ended after the day (two searches of the
/// index, where one condition with `OR` would read every row of the pair). `unit_expiry` is
/// named: the planner takes the unique index of `unit`, which is not covering, otherwise.
const IN_STOCK_ON: &str = "SELECT coalesce(u.expiry, li.expiry), s.quantity
    FROM stay s INDEXED BY stay_stock
    LEFT JOIN unit u INDEXED BY unit_expiry
        ON s.serial IS NOT NULL AND u.product_id = s.product_id AND u.serial = s.serial
    LEFT JOIN lot_info li ON s.serial IS NULL AND li.product_id = s.product_id AND li.lot = s.lot
    WHERE s.product_id = +?1 AND s.location_id = +?2 AND s.status = 'in_stock'
      AND s.until_day IS NULL AND s.since_day <= +?3
    UNION ALL
    SELECT coalesce(u.expiry, li.expiry), s.quantity
    FROM stay s INDEXED BY stay_stock
    LEFT JOIN unit u INDEXED BY unit_expiry
        ON s.serial IS NOT NULL AND u.product_id = s.product_id AND u.serial = s.serial
    LEFT JOIN lot_info li ON s.serial IS NULL AND li.product_id = s.product_id AND li.lot = s.lot
    WHERE s.product_id = +?1 AND s.location_id = +?2 AND s.status = 'in_stock'
      AND s.until_day > +?3 AND s.since_day <= +?3";

impl Store {
    /// A product's stock in stock at a location at the end of a local day, by expiry: the
    /// batches the levels' cover takes (packs and lot quantities together; none: no expiry).
    pub(crate) fn stock_by_expiry_on(
        &self,
        product: ProductId,
        location: LocationId,
        day: NaiveDate,
    ) -> CoreResult<Vec<(Option<NaiveDate>, i64)>> {
        let mut by_expiry: HashMap<Option<String>, i64> = HashMap::new();
        let mut stmt = self.conn().prepare_cached(IN_STOCK_ON)?;
        let mut rows = stmt.query(params![product.0, location.0, day.to_string()])?;
        while let Some(r) = rows.next()? {
            *by_expiry.entry(r.get(0)?).or_default() += r.get::<_, i64>(1)?;
        }
        let mut out: Vec<(Option<NaiveDate>, i64)> = by_expiry
            .into_iter()
            .map(|(e, q)| (e.and_then(|e| e.parse().ok()), q))
            .collect();
        out.sort();
        Ok(out)
    }
}
