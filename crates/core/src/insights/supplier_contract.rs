//! The contract prices a year of receipts is judged against, read whole once (a row per
//! supplier, product and first day: thousands, where a year's receipts ask tens of thousands of
//! supplier, product and day questions), answered by `Store::contract_price`'s rule: the
//! supplier's price with the latest first day on or before the day, else the product's
//! contract price, else none.

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

/// Every contract price, by supplier and product, and every product's default.
pub(super) struct Contracts {
    /// Each supplier's prices of a product, by first day, oldest first.
    own: FxHashMap<(PartnerId, ProductId), Vec<(NaiveDate, i64)>>,
    /// Each product's contract price for any supplier.
    default: FxHashMap<ProductId, i64>,
}

impl Contracts {
    /// The contracts as stored now.
    pub(super) fn read(store: &Store) -> CoreResult<Self> {
        let conn = store.conn();
        let mut own: FxHashMap<(PartnerId, ProductId), Vec<(NaiveDate, i64)>> =
            FxHashMap::default();
        let mut stmt = conn.prepare_cached(
            "SELECT partner_id, product_id, valid_from, price_cents FROM supplier_price
             ORDER BY partner_id, product_id, valid_from",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let key = (PartnerId(r.get(0)?), ProductId(r.get(1)?));
            // `0000-01-01`, in force from the start, is before any day.
            let from = r.get::<_, String>(2)?.parse().unwrap_or(NaiveDate::MIN);
            own.entry(key).or_default().push((from, r.get(3)?));
        }
        let mut default = FxHashMap::default();
        let mut stmt = conn.prepare_cached(
            "SELECT id, contract_price_cents FROM product WHERE contract_price_cents IS NOT NULL",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            default.insert(ProductId(r.get(0)?), r.get(1)?);
        }
        Ok(Contracts { own, default })
    }

    /// The contract price of `product` with `supplier` on local `day`.
    pub(super) fn price(
        &self,
        supplier: Option<PartnerId>,
        product: ProductId,
        day: NaiveDate,
    ) -> Option<i64> {
        supplier
            .and_then(|s| self.own.get(&(s, product)))
            .and_then(|prices| prices.iter().rev().find(|(from, _)| *from <= day))
            .map(|(_, price)| *price)
            .or_else(|| self.default.get(&product).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suppliers_latest_price_from_before_the_day_else_the_products() {
        let (s, p) = (PartnerId(1), ProductId(2));
        let c = Contracts {
            own: FxHashMap::from_iter([(
                (s, p),
                vec![
                    (NaiveDate::MIN, 380),
                    ("2027-01-01".parse().unwrap(), 400),
                    ("2027-07-01".parse().unwrap(), 450),
                ],
            )]),
            default: FxHashMap::from_iter([(p, 390)]),
        };
        let day = |d: &str| d.parse::<NaiveDate>().unwrap();
        assert_eq!(c.price(Some(s), p, day("2026-12-31")), Some(380));
        assert_eq!(c.price(Some(s), p, day("2027-01-01")), Some(400));
        assert_eq!(c.price(Some(s), p, day("2027-06-30")), Some(400));
        assert_eq!(c.price(Some(s), p, day("2027-07-01")), Some(450));
        assert_eq!(
            c.price(Some(PartnerId(9)), p, day("2027-07-01")),
            Some(390),
            "another supplier with no contract: the product's price"
        );
        assert_eq!(c.price(None, p, day("2027-07-01")), Some(390));
        assert_eq!(c.price(Some(s), ProductId(3), day("2027-07-01")), None);
    }
}
