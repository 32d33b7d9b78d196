//! Importing a despatch advice as an expected shipment, all or nothing: the file read in its
//! format, every line checked against the product list and the stock, then stored.

use std::collections::HashMap;

use rusqlite::{params, Transaction};

use super::advice::{ExpectedItem, Shipment};
use super::file::Parsed;
use super::from_csv::parse_csv;
use super::from_epcis::from_epcis;
use crate::currency::Currency;
use crate::epcis;
use crate::error::{CoreError, CoreResult, FileProblem};
use crate::import::FileFormat;
use crate::import::Problems;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// The shipment's own row: where the lines came from, who imported them and when.
struct Head<'a> {
    reference: &'a str,
    supplier: Option<PartnerId>,
    format: FileFormat,
    file_name: Option<&'a str>,
    actor: &'a User,
    now: Timestamp,
}

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
        let format = FileFormat::sniff(bytes);
        let mut problems = Problems::new();
        let currency = self.currency()?;
        let parsed =
            read_advice(format, bytes, currency, &mut problems).map_err(CoreError::Import)?;
        let reference = reference.map(String::from).or(parsed.reference);
        let items = parsed.items;
        self.check_lines(&items, &mut problems)?;
        problems.into_result().map_err(CoreError::Import)?;
        let reference = reference.ok_or_else(|| {
            CoreError::refused("shipment.file_without_reference").field("reference")
        })?;
        let head = Head {
            reference: &reference,
            supplier,
            format,
            file_name,
            actor,
            now,
        };
        let tx = self.conn_mut().transaction()?;
        let id = insert_shipment(&tx, &head, &items)?;
        tx.commit()?;
        self.shipment(actor, id)
    }

    /// Checks every line against the product list (known, tracked as the line is) and the
    /// stock (a pack not already here), adding each problem at the line of the file.
    fn check_lines(
        &self,
        items: &[(usize, ExpectedItem)],
        problems: &mut Problems,
    ) -> CoreResult<()> {
        let mut products: HashMap<String, Option<(ProductId, TrackingMode)>> = HashMap::new();
        for (line, item) in items {
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
            if let Some((field, message)) = tracking_problem(item, tracking) {
                problems.push(line, Some(field), message);
            }
            if let Some(serial) = &item.serial {
                if self.conn().prepare_cached("SELECT 1 FROM unit WHERE product_id = ?1 AND serial = ?2 AND status IN ('in_stock', 'quarantined')")?.exists(params![product.0, serial])? {
                    problems.push(line, Some("serial"), format!("pack {} {serial} is already in stock here", item.gtin));
                }
            }
        }
        Ok(())
    }
}

/// Reads the file in its format. Values the reader refuses are left out of its events and
/// added to `problems`; `Err` only when the file cannot be read at all.
fn read_advice(
    format: FileFormat,
    bytes: &[u8],
    currency: Option<Currency>,
    problems: &mut Problems,
) -> Result<Parsed, Vec<FileProblem>> {
    match format {
        FileFormat::Csv => parse_csv(bytes, currency, problems),
        // Values the reader refuses are left out of its events and reported; the checks
        // between events and against the product list go on, so every problem is listed.
        FileFormat::EpcisJson => crate::import::text(bytes)
            .and_then(|t| epcis::read_json_into(t, problems))
            .map(|ev| from_epcis(&ev, currency, problems)),
        FileFormat::EpcisXml => crate::import::text(bytes)
            .and_then(|t| epcis::read_xml_into(t, problems))
            .map(|ev| from_epcis(&ev, currency, problems)),
    }
}

/// What is wrong with a line for a product tracked as `tracking`: a serialized product's line
/// needs a serial, a lot-tracked one has no serial and needs its lot. The field and the words.
fn tracking_problem(item: &ExpectedItem, tracking: TrackingMode) -> Option<(&'static str, String)> {
    match (&item.serial, tracking) {
        (None, TrackingMode::Serial) => Some((
            "serial",
            format!("{} is serialized: each pack needs its serial", item.gtin),
        )),
        (Some(_), TrackingMode::Lot) => Some((
            "serial",
            format!("{} is tracked by lot, not serial", item.gtin),
        )),
        (None, TrackingMode::Lot) if item.lot.is_none() => {
            Some(("lot", "a lot-tracked line needs its lot".to_string()))
        }
        _ => None,
    }
}

/// Stores the shipment and its lines, numbered from 1 in the file's order; returns its id.
fn insert_shipment(
    tx: &Transaction<'_>,
    head: &Head<'_>,
    items: &[(usize, ExpectedItem)],
) -> CoreResult<i64> {
    tx.execute(
        "INSERT INTO shipment (reference, supplier_id, source, file_name, imported_at, imported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![head.reference, head.supplier.map(|s| s.0), head.format.as_str(), head.file_name, head.now.utc_text(), head.actor.id.0],
    )?;
    let id = tx.last_insert_rowid();
    let mut stmt = tx.prepare("INSERT INTO shipment_item (shipment_id, line, gtin, serial, lot, expiry, quantity, po, unit_price_cents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")?;
    for (n, (_, i)) in items.iter().enumerate() {
        stmt.execute(params![
            id,
            n as i64 + 1,
            i.gtin,
            i.serial,
            i.lot,
            i.expiry.map(|d| d.to_string()),
            i.quantity,
            i.po,
            i.unit_price_cents
        ])?;
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(serial: Option<&str>, lot: Option<&str>) -> ExpectedItem {
        ExpectedItem {
            line: 1,
            gtin: "09506000134352".into(),
            serial: serial.map(String::from),
            lot: lot.map(String::from),
            expiry: None,
            quantity: 1,
            po: None,
            unit_price_cents: None,
            received: 0,
        }
    }

    #[test]
    fn a_line_must_be_tracked_as_its_product_is() {
        assert_eq!(
            tracking_problem(&line(None, Some("L1")), TrackingMode::Serial).map(|p| p.0),
            Some("serial"),
            "a serialized product's line without a serial cannot be matched pack by pack"
        );
        assert_eq!(
            tracking_problem(&line(Some("S1"), Some("L1")), TrackingMode::Lot).map(|p| p.0),
            Some("serial"),
            "a lot-tracked product has no serials"
        );
        assert_eq!(
            tracking_problem(&line(None, None), TrackingMode::Lot).map(|p| p.0),
            Some("lot"),
            "a lot-tracked line without its lot says nothing to receive against"
        );
        assert_eq!(
            tracking_problem(&line(Some("S1"), None), TrackingMode::Serial),
            None,
            "a serialized pack may come without its lot"
        );
        assert_eq!(
            tracking_problem(&line(None, Some("L1")), TrackingMode::Lot),
            None,
            "a lot quantity of a lot-tracked product"
        );
    }
}
