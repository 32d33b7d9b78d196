//! Contract prices per supplier, for every front end: the list, one price set from a day on, and
//! a CSV file of them (all lines or none). Amounts cross in hundredths of the site's currency;
//! a day is `YYYY-MM-DD`, and one left out is today.

use custody_core::master::{read_valid_from, NewSupplierPrice, SupplierPrice};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::master::CsvImport;
use crate::Cx;

/// Which contract prices: of one supplier, of one product, or all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SupplierPriceQuery {
    /// The supplier's code.
    #[serde(default)]
    pub supplier: Option<String>,
    /// The product's GTIN.
    #[serde(default)]
    pub gtin: Option<String>,
}

/// The contract prices, by supplier, product and first day.
pub fn supplier_prices(cx: &mut Cx<'_>, q: SupplierPriceQuery) -> Result<Vec<SupplierPrice>> {
    let me = cx.me()?;
    Ok(cx
        .store()
        .supplier_prices(me, q.supplier.as_deref(), q.gtin.as_deref())?)
}

/// A contract price to set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SupplierPriceUpdate {
    /// The supplier's code.
    pub supplier: String,
    /// The product's GTIN.
    pub gtin: String,
    /// The price of one pack, in hundredths of the site's currency.
    pub price_cents: i64,
    /// The first day it is in force (`YYYY-MM-DD`); today when left out.
    #[serde(default)]
    pub valid_from: Option<String>,
}

/// Sets a product's contract price with a supplier from a day on (managers, administrators);
/// the same supplier, product and day again replaces it.
pub fn set_supplier_price(cx: &mut Cx<'_>, u: SupplierPriceUpdate) -> Result<SupplierPrice> {
    let me = cx.me()?;
    let now = cx.now()?;
    let valid_from = match u.valid_from.as_deref().map(str::trim) {
        None | Some("") => now.local_date(),
        Some(day) => read_valid_from(day, "valid_from")?,
    };
    let new = NewSupplierPrice {
        supplier: u.supplier,
        gtin: u.gtin,
        price_cents: u.price_cents,
        valid_from,
    };
    Ok(cx.store().set_supplier_price(me, &new, now)?)
}

/// Imports contract prices from CSV (`gtin,supplier,price[,valid_from]`), all or none; how many
/// were written.
pub fn import_supplier_prices(cx: &mut Cx<'_>, i: CsvImport) -> Result<u64> {
    import_supplier_prices_bytes(cx, i.csv.as_bytes())
}

/// Imports contract prices from a CSV file's bytes as read (the command line's): a byte that is
/// not UTF-8 is refused by line, never replaced.
pub fn import_supplier_prices_bytes(cx: &mut Cx<'_>, csv: &[u8]) -> Result<u64> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx
        .store()
        .import_supplier_prices(me, csv, now.local_date(), now)? as u64)
}
