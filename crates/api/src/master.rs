//! Master data: products, locations and trading partners, one at a time or from a CSV file
//! (all lines or none, every problem by line and column).

use custody_core::{
    Location, LocationKind, Partner, PartnerKind, Product, ProductData, ProductId, TrackingMode,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::Cx;

/// A product as the front ends see it: its row id and its data, with its tracking mode once
/// (core's `Product` keeps the mode beside the data, whose own `tracking` is what was asked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ProductRecord {
    /// Row id.
    pub id: ProductId,
    /// Everything else, `tracking` being the product's mode.
    #[serde(flatten)]
    pub data: ProductData,
    /// The code of the supplier it is usually ordered from.
    pub usual_supplier: Option<String>,
}

impl ProductRecord {
    /// The product's tracking mode.
    pub fn tracking(&self) -> TrackingMode {
        self.data.tracking.unwrap_or(TrackingMode::Serial)
    }
}

impl From<Product> for ProductRecord {
    fn from(p: Product) -> Self {
        ProductRecord {
            id: p.id,
            data: ProductData {
                tracking: Some(p.tracking),
                ..p.data
            },
            usual_supplier: p.usual_supplier,
        }
    }
}

/// Adds one product (managers, administrators).
pub fn add_product(cx: &mut Cx<'_>, data: ProductData) -> Result<ProductRecord> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx.store().add_product(me, &data, now)?.into())
}

/// A product's record to change: which product, and all of its fields as they should be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ProductUpdate {
    /// The product's row id.
    pub id: ProductId,
    /// Every field, as when adding; its GTIN must be the product's own.
    pub product: ProductData,
}

/// Changes a product's record (managers, administrators): the GTIN never, the tracking mode only
/// while nothing of the product has been recorded.
pub fn update_product(cx: &mut Cx<'_>, u: ProductUpdate) -> Result<ProductRecord> {
    let me = cx.me()?;
    Ok(cx.store().update_product(me, u.id, &u.product)?.into())
}

/// Which products.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ProductQuery {
    /// Name, generic name or GTIN containing this (all when empty).
    #[serde(default)]
    pub search: String,
    /// At most this many (1 to 10,000; default 100).
    #[serde(default)]
    pub limit: Option<u32>,
}

/// Products by name.
pub fn products(cx: &mut Cx<'_>, q: ProductQuery) -> Result<Vec<ProductRecord>> {
    let me = cx.me()?;
    let limit = q.limit.unwrap_or(100).clamp(1, 10_000) as usize;
    Ok(cx
        .store()
        .products(me, q.search.trim(), limit)?
        .into_iter()
        .map(ProductRecord::from)
        .collect())
}

/// A CSV file's text to import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CsvImport {
    /// The file's contents.
    pub csv: String,
}

/// Imports products from CSV, all or none; how many were added.
pub fn import_products(cx: &mut Cx<'_>, i: CsvImport) -> Result<u64> {
    import_products_bytes(cx, i.csv.as_bytes())
}

/// Imports products from a CSV file's bytes as read (the command line's): a byte that is not
/// UTF-8 is refused by line, never replaced.
pub fn import_products_bytes(cx: &mut Cx<'_>, csv: &[u8]) -> Result<u64> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx.store().import_products(me, csv, now)? as u64)
}

/// A new location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct NewLocation {
    /// Short code, e.g. `WARD-3`.
    pub code: String,
    /// Name.
    pub name: String,
    /// What kind of place.
    pub kind: LocationKind,
}

/// Adds a location (managers, administrators).
pub fn add_location(cx: &mut Cx<'_>, l: NewLocation) -> Result<Location> {
    let me = cx.me()?;
    Ok(cx
        .store()
        .add_location(me, l.code.trim(), l.name.trim(), l.kind)?)
}

/// Every location.
pub fn locations(cx: &mut Cx<'_>, _: ()) -> Result<Vec<Location>> {
    let me = cx.me()?;
    Ok(cx.store().locations(me)?)
}

/// A new trading partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct NewPartner {
    /// Short code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Supplier, distributor, manufacturer or another site.
    pub kind: PartnerKind,
    /// Its GLN, when known.
    #[serde(default)]
    pub gln: Option<String>,
}

/// Adds a trading partner (managers, administrators).
pub fn add_partner(cx: &mut Cx<'_>, p: NewPartner) -> Result<Partner> {
    let me = cx.me()?;
    let gln = p.gln.as_deref().map(str::trim).filter(|g| !g.is_empty());
    Ok(cx
        .store()
        .add_partner(me, p.code.trim(), p.name.trim(), p.kind, gln)?)
}

/// Every trading partner.
pub fn partners(cx: &mut Cx<'_>, _: ()) -> Result<Vec<Partner>> {
    let me = cx.me()?;
    Ok(cx.store().partners(me)?)
}
