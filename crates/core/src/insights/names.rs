//! Codes and names the insights print, each looked up once.

use std::collections::HashMap;

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

/// Location and partner codes and names (small tables, read whole), and products' GTINs and
/// names, read once each.
pub(crate) struct Names<'s> {
    store: &'s Store,
    locations: HashMap<LocationId, (String, String)>,
    partners: HashMap<PartnerId, (String, String)>,
    products: HashMap<ProductId, (String, String)>,
}

impl<'s> Names<'s> {
    pub(crate) fn new(store: &'s Store) -> CoreResult<Self> {
        let conn = store.conn();
        let mut locations = HashMap::new();
        let mut stmt = conn.prepare_cached("SELECT id, code, name FROM location")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            locations.insert(LocationId(r.get(0)?), (r.get(1)?, r.get(2)?));
        }
        let mut partners = HashMap::new();
        let mut stmt = conn.prepare_cached("SELECT id, code, name FROM partner")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            partners.insert(PartnerId(r.get(0)?), (r.get(1)?, r.get(2)?));
        }
        Ok(Names {
            store,
            locations,
            partners,
            products: HashMap::new(),
        })
    }

    /// A location's code and name (empty for none).
    pub(crate) fn location(&self, id: Option<LocationId>) -> (&str, &str) {
        id.and_then(|l| self.locations.get(&l))
            .map_or(("", ""), |(c, n)| (c.as_str(), n.as_str()))
    }

    /// A partner's code and name.
    pub(crate) fn partner(&self, id: PartnerId) -> Option<(&str, &str)> {
        self.partners
            .get(&id)
            .map(|(c, n)| (c.as_str(), n.as_str()))
    }

    /// The name of the partner with this code.
    pub(crate) fn partner_by_code(&self, code: &str) -> Option<&str> {
        self.partners
            .values()
            .find(|(c, _)| c == code)
            .map(|(_, n)| n.as_str())
    }

    /// A product's GTIN and name.
    pub(crate) fn product(&mut self, id: ProductId) -> CoreResult<(String, String)> {
        if let Some(p) = self.products.get(&id) {
            return Ok(p.clone());
        }
        let p: (String, String) = self.store.conn().query_row(
            "SELECT gtin, name FROM product WHERE id = ?1",
            [id.0],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        self.products.insert(id, p.clone());
        Ok(p)
    }
}

/// Every month of a period, oldest first, as `YYYY-MM`.
pub(crate) fn months(period: &super::Period) -> Vec<String> {
    use chrono::Datelike;
    let mut out = Vec::new();
    let (mut y, mut m) = (period.from.year(), period.from.month());
    while (y, m) <= (period.to.year(), period.to.month()) {
        out.push(format!("{y:04}-{m:02}"));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

/// The month of a day, `YYYY-MM`.
pub(crate) fn month_of(day: chrono::NaiveDate) -> String {
    day.format("%Y-%m").to_string()
}
