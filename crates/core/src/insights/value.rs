//! What a lost or found pack (or lot quantity) is worth, and who it came from.
//!
//! A pack's unit price is its receipt line's `unit_cost_cents` (the `receive` line that brought
//! that serial in); a lot's is the quantity-weighted average of its priced receipt lines. With
//! no price at receipt, the contract price stands in ([`Valuer`]'s one `contract_price`), else
//! the stock is unpriced. Receipts are read in batches, one statement per product and kind of
//! stock for a whole set of packs and lots, never one per pack.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use rusqlite::params;

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

/// A pack (product and serial) or a lot-tracked quantity (product and lot).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum StockKey {
    /// A serialized pack.
    Pack(ProductId, String),
    /// A lot of a lot-tracked product.
    Lot(ProductId, String),
}

impl StockKey {
    /// The key of a ledger line: a pack when it has a serial, a lot when it has only a lot.
    pub(crate) fn of(product: ProductId, serial: Option<&str>, lot: Option<&str>) -> Option<Self> {
        match (serial, lot) {
            (Some(s), _) => Some(StockKey::Pack(product, s.to_string())),
            (None, Some(l)) => Some(StockKey::Lot(product, l.to_string())),
            (None, None) => None,
        }
    }
}

/// Where the unit price came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PricedBy {
    /// The receipt line's unit cost (a lot's: the average of its receipts).
    Receipt,
    /// The contract price.
    Contract,
    /// No price at all.
    None,
}

impl PricedBy {
    /// As the answers write it.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            PricedBy::Receipt => "receipt",
            PricedBy::Contract => "contract",
            PricedBy::None => "none",
        }
    }
}

/// What the receipt of a pack or lot says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Receipt {
    /// The supplier it was received from (a lot's first receipt's).
    pub(crate) supplier: Option<PartnerId>,
    /// The local day of the (first) receipt.
    pub(crate) day: Option<NaiveDate>,
    /// The unit cost at receipt (a lot's: weighted by quantity, over its priced lines).
    pub(crate) unit_cost_cents: Option<i64>,
}

/// A lot's receipt lines added up.
#[derive(Default)]
struct LotSum {
    first: Receipt,
    priced_quantity: i64,
    priced_total: i64,
}

/// A product's packs' receipt lines, each from index `event_line_arrival` (migration 0030)
/// alone, then its event. The product is `+?1`: see [`super::stock_on`] on why a parameter
/// compared with an indexed column is written so.
const PACK_RECEIPTS: &str = "SELECT l.serial, l.unit_cost_cents, e.counterparty_id,
        date(e.occurred_at, printf('%+d minutes', e.occurred_offset))
    FROM event_line l INDEXED BY event_line_arrival JOIN event e ON e.seq = l.event_seq
    WHERE l.product_id = +?1 AND l.serial IS NOT NULL
      AND l.serial IN (SELECT value FROM json_each(?2))
      AND l.status_before IS NULL AND e.kind = 'receive'
    ORDER BY l.event_seq";

/// A product's lots' receipt lines (`+?1`: as [`PACK_RECEIPTS`]).
const LOT_RECEIPTS: &str = "SELECT l.lot, l.quantity, l.unit_cost_cents, e.counterparty_id,
        date(e.occurred_at, printf('%+d minutes', e.occurred_offset))
    FROM event_line l JOIN event e ON e.seq = l.event_seq
    WHERE l.product_id = +?1 AND l.serial IS NULL
      AND l.lot IN (SELECT value FROM json_each(?2))
      AND l.status_before IS NULL AND e.kind = 'receive'
    ORDER BY l.event_seq";

impl Store {
    /// The receipts of these packs and lots: one statement per product for its packs and one
    /// for its lots. A key never received (a pack that entered at a count) has none.
    pub(crate) fn receipts_of<'k>(
        &self,
        keys: impl IntoIterator<Item = &'k StockKey>,
    ) -> CoreResult<HashMap<StockKey, Receipt>> {
        let mut packs: BTreeMap<ProductId, BTreeSet<&str>> = BTreeMap::new();
        let mut lots: BTreeMap<ProductId, BTreeSet<&str>> = BTreeMap::new();
        for k in keys {
            match k {
                StockKey::Pack(p, s) => packs.entry(*p).or_default().insert(s),
                StockKey::Lot(p, l) => lots.entry(*p).or_default().insert(l),
            };
        }
        let mut out = HashMap::new();
        for (product, serials) in packs {
            self.pack_receipts(product, &serials, &mut out)?;
        }
        for (product, lot_codes) in lots {
            self.lot_receipts(product, &lot_codes, &mut out)?;
        }
        Ok(out)
    }

    /// The first receipt of each of a product's packs.
    fn pack_receipts(
        &self,
        product: ProductId,
        serials: &BTreeSet<&str>,
        out: &mut HashMap<StockKey, Receipt>,
    ) -> CoreResult<()> {
        let list = serde_json::to_string(serials).unwrap_or_default();
        let mut stmt = self.conn().prepare_cached(PACK_RECEIPTS)?;
        let mut rows = stmt.query(params![product.0, list])?;
        while let Some(r) = rows.next()? {
            let key = StockKey::Pack(product, r.get(0)?);
            let receipt = Receipt {
                unit_cost_cents: r.get(1)?,
                supplier: r.get::<_, Option<i64>>(2)?.map(PartnerId),
                day: r.get::<_, Option<String>>(3)?.and_then(|d| d.parse().ok()),
            };
            out.entry(key).or_insert(receipt);
        }
        Ok(())
    }

    /// Each of a product's lots: its first receipt's supplier and day, and its unit cost
    /// averaged over its priced receipt lines, weighted by their quantities.
    fn lot_receipts(
        &self,
        product: ProductId,
        lot_codes: &BTreeSet<&str>,
        out: &mut HashMap<StockKey, Receipt>,
    ) -> CoreResult<()> {
        let list = serde_json::to_string(lot_codes).unwrap_or_default();
        let mut sums: HashMap<String, LotSum> = HashMap::new();
        let mut stmt = self.conn().prepare_cached(LOT_RECEIPTS)?;
        let mut rows = stmt.query(params![product.0, list])?;
        while let Some(r) = rows.next()? {
            let lot: String = r.get(0)?;
            let quantity: i64 = r.get(1)?;
            let cost: Option<i64> = r.get(2)?;
            let sum = sums.entry(lot).or_default();
            let first = sum.first.day.is_none();
            if first {
                sum.first.supplier = r.get::<_, Option<i64>>(3)?.map(PartnerId);
                sum.first.day = r.get::<_, Option<String>>(4)?.and_then(|d| d.parse().ok());
            }
            if let Some(c) = cost {
                sum.priced_quantity += quantity;
                sum.priced_total += c * quantity;
            }
        }
        for (lot, s) in sums {
            let average = (s.priced_quantity > 0).then(|| {
                // Rounded half up: the figures are whole hundredths.
                (2 * s.priced_total + s.priced_quantity) / (2 * s.priced_quantity)
            });
            out.insert(
                StockKey::Lot(product, lot),
                Receipt {
                    unit_cost_cents: average,
                    ..s.first
                },
            );
        }
        Ok(())
    }
}

/// Prices stock: its receipt's unit cost, else the contract, each product's contract read once.
pub(crate) struct Valuer<'s> {
    store: &'s Store,
    contracts: HashMap<(Option<PartnerId>, ProductId, NaiveDate), Option<i64>>,
}

impl<'s> Valuer<'s> {
    pub(crate) fn new(store: &'s Store) -> Self {
        Valuer {
            store,
            contracts: HashMap::new(),
        }
    }

    /// The value of `quantity` units of a product with this receipt (none: never received),
    /// lost or found on `day`, and where its unit price came from.
    pub(crate) fn value(
        &mut self,
        product: ProductId,
        receipt: Option<&Receipt>,
        quantity: i64,
        day: NaiveDate,
    ) -> CoreResult<(Option<i64>, PricedBy)> {
        if let Some(cost) = receipt.and_then(|r| r.unit_cost_cents) {
            return Ok((Some(cost * quantity), PricedBy::Receipt));
        }
        let supplier = receipt.and_then(|r| r.supplier);
        let on = receipt.and_then(|r| r.day).unwrap_or(day);
        Ok(match self.contract_price(supplier, product, on)? {
            Some(price) => (Some(price * quantity), PricedBy::Contract),
            None => (None, PricedBy::None),
        })
    }

    /// The contract price of a product bought from a supplier, in force on a day: the one
    /// place that reads contracts, by `Store::contract_price`'s rule, each asked once.
    fn contract_price(
        &mut self,
        supplier: Option<PartnerId>,
        product: ProductId,
        day: NaiveDate,
    ) -> CoreResult<Option<i64>> {
        let key = (supplier, product, day);
        if let Some(price) = self.contracts.get(&key) {
            return Ok(*price);
        }
        let price = self.store.contract_price(supplier, product, day)?;
        self.contracts.insert(key, price);
        Ok(price)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_with_a_serial_is_a_pack_and_one_with_only_a_lot_is_a_lot() {
        let p = ProductId(3);
        assert_eq!(
            StockKey::of(p, Some("S1"), Some("L1")),
            Some(StockKey::Pack(p, "S1".into())),
            "a serialized pack is known by its serial whatever lot it carries"
        );
        assert_eq!(
            StockKey::of(p, None, Some("L1")),
            Some(StockKey::Lot(p, "L1".into()))
        );
        assert_eq!(StockKey::of(p, None, None), None);
    }
}
