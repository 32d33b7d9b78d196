//! Importing a despatch advice as an expected shipment, all or nothing: the file read in its
//! format, every line checked against the product list and the stock, then stored.

use std::collections::HashMap;

use rusqlite::params;

use super::advice::Shipment;
use super::file::ShipmentFormat;
use super::from_csv::parse_csv;
use super::from_epcis::from_epcis;
use crate::epcis;
use crate::error::{CoreError, CoreResult};
use crate::import::Problems;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

impl Store {
    /// Imports a despatch advice as an expected shipment. Every line is checked first (GTIN,
    /// known product, serials not already here, no duplicates, one lot and expiry per pack and
    /// one expiry per lot); either all are imported or none, and every problem is reported
    /// with the line of the file it is on.
    pub fn import_shipment(
        &mut self,
        actor: &User,
        bytes: &[u8],
        supplier: Option<PartnerId>,
        reference: Option<&str>,
        file_name: Option<&str>,
        now: Timestamp,
    ) -> CoreResult<Shipment> {
        require(actor, Operation::Receive)?;
        crate::import::check_size(bytes)?;
        let format = ShipmentFormat::sniff(bytes);
        let mut problems = Problems::new();
        let parsed = match format {
            ShipmentFormat::Csv => parse_csv(bytes, &mut problems),
            // Values the reader refuses are left out of its events and reported; the checks
            // between events and against the product list go on, so every problem is listed.
            ShipmentFormat::EpcisJson => crate::import::text(bytes)
                .and_then(|t| epcis::read_json_into(t, &mut problems))
                .map(|ev| from_epcis(&ev, &mut problems)),
            ShipmentFormat::EpcisXml => crate::import::text(bytes)
                .and_then(|t| epcis::read_xml_into(t, &mut problems))
                .map(|ev| from_epcis(&ev, &mut problems)),
        }
        .map_err(CoreError::Import)?;
        let reference = reference.map(String::from).or(parsed.reference);

        let mut products: HashMap<String, Option<(ProductId, TrackingMode)>> = HashMap::new();
        let items = parsed.items;
        for (line, item) in &items {
            let line = *line;
            let product = match products.get(&item.gtin) {
                Some(p) => *p,
                None => {
                    let p = self
                        .product_by_gtin(&item.gtin)
                        .ok()
                        .map(|p| (p.id, p.tracking));
                    products.insert(item.gtin.clone(), p);
                    p
                }
            };
            let Some((product, tracking)) = product else {
                problems.push(
                    line,
                    Some("gtin"),
                    format!("{} is not in the product list; add it first", item.gtin),
                );
                continue;
            };
            match (&item.serial, tracking) {
                (None, TrackingMode::Serial) => problems.push(
                    line,
                    Some("serial"),
                    format!("{} is serialized: each pack needs its serial", item.gtin),
                ),
                (Some(_), TrackingMode::Lot) => problems.push(
                    line,
                    Some("serial"),
                    format!("{} is tracked by lot, not serial", item.gtin),
                ),
                (None, TrackingMode::Lot) if item.lot.is_none() => {
                    problems.push(line, Some("lot"), "a lot-tracked line needs its lot")
                }
                _ => {}
            }
            if let Some(serial) = &item.serial {
                if self.conn().prepare_cached("SELECT 1 FROM unit WHERE product_id = ?1 AND serial = ?2 AND status IN ('in_stock', 'quarantined')")?.exists(params![product.0, serial])? {
                    problems.push(line, Some("serial"), format!("pack {} {serial} is already in stock here", item.gtin));
                }
            }
        }
        problems.into_result().map_err(CoreError::Import)?;
        let reference = reference.ok_or_else(|| {
            CoreError::refused("shipment.file_without_reference").field("reference")
        })?;
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO shipment (reference, supplier_id, source, file_name, imported_at, imported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![reference, supplier.map(|s| s.0), format.as_str(), file_name, now.utc_text(), actor.id.0],
        )?;
        let id = tx.last_insert_rowid();
        {
            let mut stmt = tx.prepare("INSERT INTO shipment_item (shipment_id, line, gtin, serial, lot, expiry, quantity, po) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
            for (n, (_, i)) in items.iter().enumerate() {
                stmt.execute(params![
                    id,
                    n as i64 + 1,
                    i.gtin,
                    i.serial,
                    i.lot,
                    i.expiry.map(|d| d.to_string()),
                    i.quantity,
                    i.po
                ])?;
            }
        }
        tx.commit()?;
        self.shipment(actor, id)
    }
}
