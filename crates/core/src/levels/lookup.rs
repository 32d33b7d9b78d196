//! What the levels lists share: location codes and product names looked up once each, and
//! ISO dates read without a general parser.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use chrono::NaiveDate;

use crate::error::CoreResult;
use crate::Store;

/// Reads `YYYY-MM-DD` without going through a general parser (the lists read many thousands).
pub(super) fn iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return s.parse().ok();
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

/// A product's GTIN, name and contract price, as the lists name it.
pub(super) type ProductName = (Arc<str>, Arc<str>, Option<i64>);

/// Location codes and product GTINs and names, looked up once each; shared, so that the expiry
/// list names its lines with a count, not a copy (its 185,000 lines on the hospital dataset spent
/// a third of their time allocating and freeing copies of the same few thousand names). The
/// other lists, whose lines own their names, copy them.
pub(super) struct Names<'s> {
    store: &'s Store,
    locations: FxHashMap<i64, Arc<str>>,
    products: FxHashMap<i64, ProductName>,
}

impl<'s> Names<'s> {
    pub(super) fn new(store: &'s Store) -> Self {
        Names {
            store,
            locations: FxHashMap::default(),
            products: FxHashMap::default(),
        }
    }

    /// Every location and product, read in one pass each: for a list that names most of them,
    /// where a statement per product would cost more than reading the whole table.
    pub(super) fn every(store: &'s Store) -> CoreResult<Self> {
        let mut names = Names::new(store);
        let conn = store.conn();
        let mut stmt = conn.prepare_cached("SELECT id, code FROM location")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            names
                .locations
                .insert(r.get(0)?, r.get::<_, String>(1)?.into());
        }
        let mut stmt =
            conn.prepare_cached("SELECT id, gtin, name, contract_price_cents FROM product")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (gtin, name): (String, String) = (r.get(1)?, r.get(2)?);
            names
                .products
                .insert(r.get(0)?, (gtin.into(), name.into(), r.get(3)?));
        }
        Ok(names)
    }

    pub(super) fn location(&mut self, id: i64) -> CoreResult<&Arc<str>> {
        if !self.locations.contains_key(&id) {
            let code: String = self
                .store
                .conn()
                .prepare_cached("SELECT code FROM location WHERE id = ?1")?
                .query_row([id], |r| r.get(0))?;
            self.locations.insert(id, code.into());
        }
        Ok(&self.locations[&id])
    }

    /// GTIN, name and contract price.
    pub(super) fn product(&mut self, id: i64) -> CoreResult<&ProductName> {
        if !self.products.contains_key(&id) {
            let (gtin, name, price): (String, String, Option<i64>) = self
                .store
                .conn()
                .prepare_cached(
                    "SELECT gtin, name, contract_price_cents FROM product WHERE id = ?1",
                )?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            self.products.insert(id, (gtin.into(), name.into(), price));
        }
        Ok(&self.products[&id])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    #[test]
    fn iso_dates_are_read_exactly() {
        assert_eq!(iso_date("2026-11-22"), Some(d("2026-11-22")));
        assert_eq!(iso_date("2026-02-30"), None);
        assert_eq!(iso_date("2026-1x-22"), None);
    }
}
