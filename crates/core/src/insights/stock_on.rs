//! The stock a location held on a past day, by expiry, read from the ledger's lines. Only
//! waste's prediction asks, for the few (product, location) pairs with expired waste: one
//! statement for the product's packs and one for its lots there. A projection of stays may
//! answer it later; this is the one function to swap.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::params;

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

/// Each pack's lines at the location up to the day, in order: the last says whether it is
/// there in stock at the day's end.
const PACK_LINES: &str = "SELECT l.serial, l.status_after = 'in_stock' AND l.location_after = ?2,
        coalesce(u.expiry, l.expiry)
    FROM event_line l JOIN event e ON e.seq = l.event_seq
    LEFT JOIN unit u ON u.product_id = l.product_id AND u.serial = l.serial
    WHERE l.product_id = ?1 AND l.serial IS NOT NULL
      AND (l.location_before = ?2 OR l.location_after = ?2)
      AND date(e.occurred_at, printf('%+d minutes', e.occurred_offset)) <= ?3
    ORDER BY l.event_seq, l.line_no";

/// Each lot's quantity in stock at the location at the day's end: what came in, less what
/// went out.
const LOT_QUANTITIES: &str = "SELECT l.lot,
        sum(CASE WHEN l.status_after = 'in_stock' AND l.location_after = ?2 THEN l.quantity ELSE 0 END)
      - sum(CASE WHEN l.status_before = 'in_stock' AND l.location_before = ?2 THEN l.quantity ELSE 0 END),
        max(coalesce(li.expiry, l.expiry))
    FROM event_line l JOIN event e ON e.seq = l.event_seq
    LEFT JOIN lot_info li ON li.product_id = l.product_id AND li.lot = l.lot
    WHERE l.product_id = ?1 AND l.serial IS NULL
      AND (l.location_before = ?2 OR l.location_after = ?2)
      AND date(e.occurred_at, printf('%+d minutes', e.occurred_offset)) <= ?3
    GROUP BY l.lot";

impl Store {
    /// A product's stock in stock at a location at the end of a local day, by expiry: the
    /// batches the levels' cover takes (packs and lot quantities together; none: no expiry).
    pub(crate) fn stock_by_expiry_on(
        &self,
        product: ProductId,
        location: LocationId,
        day: NaiveDate,
    ) -> CoreResult<Vec<(Option<NaiveDate>, i64)>> {
        let day = day.to_string();
        let mut packs: HashMap<String, (bool, Option<String>)> = HashMap::new();
        let mut stmt = self.conn().prepare_cached(PACK_LINES)?;
        let mut rows = stmt.query(params![product.0, location.0, day])?;
        while let Some(r) = rows.next()? {
            packs.insert(r.get(0)?, (r.get(1)?, r.get(2)?));
        }
        let mut by_expiry: HashMap<Option<String>, i64> = HashMap::new();
        for (here, expiry) in packs.into_values() {
            if here {
                *by_expiry.entry(expiry).or_default() += 1;
            }
        }
        let mut stmt = self.conn().prepare_cached(LOT_QUANTITIES)?;
        let mut rows = stmt.query(params![product.0, location.0, day])?;
        while let Some(r) = rows.next()? {
            let quantity: i64 = r.get(1)?;
            if quantity > 0 {
                *by_expiry.entry(r.get(2)?).or_default() += quantity;
            }
        }
        let mut out: Vec<(Option<NaiveDate>, i64)> = by_expiry
            .into_iter()
            .map(|(e, q)| (e.and_then(|e| e.parse().ok()), q))
            .collect();
        out.sort();
        Ok(out)
    }
}
