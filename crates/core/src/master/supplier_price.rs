//! Contract prices per supplier: a product bought from two suppliers has two, each in force from
//! a local day on (`valid_from`), so a receipt is judged against the contract of its own
//! supplier on its own day ([`Store::contract_price`]); without one, the product's contract price
//! is the default. Set one at a time or from a CSV file (all or nothing, every problem on its
//! line). Prices are in hundredths of the site's currency and written with its decimals
//! ([`read_price`]).

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;

use super::products::{parse_price, MAX_CONTRACT_PRICE_CENTS};
use crate::currency::Currency;
use crate::error::{import_error, CoreError, CoreResult, FileProblem};
use crate::import::csv::{problem, CsvFile};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// The columns of a supplier price file; `gtin`, `supplier` and `price` are required.
pub const SUPPLIER_PRICE_CSV_COLUMNS: &[&str] = &["gtin", "supplier", "price", "valid_from"];

/// The `valid_from` of a contract in force from the start (the contracts migration 0026 took
/// from each product's usual supplier): before any receipt.
pub const FROM_THE_START: &str = "0000-01-01";

/// One contract price of a product with a supplier, from a day on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SupplierPrice {
    /// The supplier's code.
    pub supplier: String,
    /// The supplier's name.
    pub supplier_name: String,
    /// GTIN-14.
    pub gtin: String,
    /// The product's name.
    pub product: String,
    /// The first local day the price is in force (`0000-01-01`: from the start).
    pub valid_from: String,
    /// The price of one pack, in hundredths of the site's currency.
    pub price_cents: i64,
    /// When it was set (UTC).
    pub updated_at: String,
    /// Who set it (username).
    pub updated_by: String,
}

/// A contract price to set: with whom, for what, how much and from which day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSupplierPrice {
    /// The supplier's code.
    pub supplier: String,
    /// The product's GTIN (GTIN-13 or GTIN-14).
    pub gtin: String,
    /// The price of one pack, in hundredths of the site's currency.
    pub price_cents: i64,
    /// The first local day it is in force.
    pub valid_from: NaiveDate,
}

/// A price as a person or a file writes it (`12.50`, a point before the decimals), in
/// hundredths, refused with why under `field`: not a price, negative, above the highest price,
/// or written with more decimals than `currency` has (none for yen; for three-decimal dinars
/// the third must be 0, since amounts are kept in hundredths). Without a currency, two decimals.
pub fn read_price(text: &str, currency: Option<Currency>, field: &str) -> CoreResult<i64> {
    let text = text.trim();
    if let Some(rest) = text.strip_prefix('-') {
        if parse_price(rest).is_ok() {
            return Err(CoreError::refused("master.price_below_zero")
                .field(field)
                .arg("value", text));
        }
    }
    let decimals = text.split_once('.').map_or(0, |(_, d)| d.len());
    let allowed = currency.map_or(2, |c| c.decimals()) as usize;
    let code = currency.map_or_else(String::new, |c| c.code().to_string());
    if decimals > allowed && text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Err(CoreError::refused("master.price_decimals")
            .field(field)
            .arg("value", text)
            .arg("decimals", allowed as i64));
    }
    // A third decimal is kept only when it is 0 (amounts are hundredths).
    let kept = match text.split_once('.') {
        Some((_, d)) if d.len() == 3 && d.ends_with('0') => &text[..text.len() - 1],
        Some((_, d)) if d.len() == 3 => {
            return Err(CoreError::refused("master.price_below_hundredths")
                .field(field)
                .arg("value", text)
                .arg("currency", code));
        }
        _ => text,
    };
    let cents = parse_price(kept).map_err(|_| {
        CoreError::refused("master.price_unreadable")
            .field(field)
            .arg("value", text)
    })?;
    check_price(cents, currency, field)?;
    Ok(cents)
}

/// Refuses an amount in hundredths that its currency cannot say (a yen price with hundredths),
/// a negative one, or one above [`MAX_CONTRACT_PRICE_CENTS`]; `field` names what is at fault.
pub fn check_price(cents: i64, currency: Option<Currency>, field: &str) -> CoreResult<()> {
    // Said as typed in hundredths would be: two decimals, whatever the currency.
    let written = |c: i64| {
        let sign = if c < 0 { "-" } else { "" };
        format!(
            "{sign}{}.{:02}",
            c.unsigned_abs() / 100,
            c.unsigned_abs() % 100
        )
    };
    if cents < 0 {
        return Err(CoreError::refused("master.price_below_zero")
            .field(field)
            .arg("value", written(cents)));
    }
    if cents > MAX_CONTRACT_PRICE_CENTS {
        return Err(CoreError::refused("master.price_above_max")
            .field(field)
            .arg("max", MAX_CONTRACT_PRICE_CENTS / 100));
    }
    if currency.is_some_and(|c| c.decimals() == 0 && cents % 100 != 0) {
        return Err(CoreError::refused("master.price_decimals")
            .field(field)
            .arg("value", written(cents))
            .arg("decimals", 0));
    }
    Ok(())
}

/// A first day in force as written (`YYYY-MM-DD`), refused under `field` when it is not one.
pub fn read_valid_from(text: &str, field: &str) -> CoreResult<NaiveDate> {
    crate::epcis::parse_date(text.trim()).ok_or_else(|| {
        CoreError::refused("master.valid_from_unreadable")
            .field(field)
            .arg("value", text.trim())
    })
}

/// Writes one contract price (a new one, or the one of the same supplier, product and day
/// replaced).
fn upsert(
    tx: &Transaction<'_>,
    ids: (PartnerId, ProductId),
    valid_from: NaiveDate,
    price_cents: i64,
    actor: &User,
    now: Timestamp,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO supplier_price (partner_id, product_id, valid_from, price_cents, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (partner_id, product_id, valid_from) DO UPDATE
         SET price_cents = excluded.price_cents, updated_at = excluded.updated_at,
             updated_by = excluded.updated_by",
    )?
    .execute(params![
        ids.0 .0,
        ids.1 .0,
        valid_from.to_string(),
        price_cents,
        now.utc_text(),
        actor.id.0
    ])?;
    Ok(())
}

/// One line of a supplier price file read: its line, the partner and product, the price, the
/// first day.
type PriceRow = (usize, (PartnerId, ProductId), i64, NaiveDate);

impl Store {
    /// Sets a product's contract price with a supplier from a day on (managers and
    /// administrators); the same supplier, product and day again replaces it.
    pub fn set_supplier_price(
        &mut self,
        actor: &User,
        p: &NewSupplierPrice,
        now: Timestamp,
    ) -> CoreResult<SupplierPrice> {
        require(actor, Operation::ManageMasterData)?;
        let partner = self.partner(p.supplier.trim())?;
        let gtin = custody_gs1::Gtin::parse(p.gtin.trim())
            .map(|g| g.to_string())
            .map_err(|e| crate::fields::gtin_invalid("gtin", p.gtin.trim(), &e.to_string()))?;
        let product = self.product_by_gtin(&gtin)?;
        check_price(p.price_cents, self.currency()?, "price")?;
        let tx = self.conn_mut().transaction()?;
        upsert(
            &tx,
            (partner.id, product.id),
            p.valid_from,
            p.price_cents,
            actor,
            now,
        )?;
        tx.commit()?;
        let mut prices = self.supplier_prices(actor, Some(&partner.code), Some(&gtin))?;
        let valid_from = p.valid_from.to_string();
        prices.retain(|s| s.valid_from == valid_from);
        prices
            .pop()
            .ok_or_else(|| CoreError::refused("master.product_unknown").arg("gtin", gtin))
    }

    /// The contract prices, of one supplier and/or one product when given (by code and GTIN),
    /// by supplier, product name and first day.
    pub fn supplier_prices(
        &self,
        actor: &User,
        supplier: Option<&str>,
        gtin: Option<&str>,
    ) -> CoreResult<Vec<SupplierPrice>> {
        require(actor, Operation::ViewStock)?;
        let gtin = match gtin.map(str::trim).filter(|g| !g.is_empty()) {
            Some(g) => Some(
                custody_gs1::Gtin::parse(g)
                    .map(|g| g.to_string())
                    .map_err(|e| crate::fields::gtin_invalid("gtin", g, &e.to_string()))?,
            ),
            None => None,
        };
        let supplier = supplier.map(str::trim).filter(|s| !s.is_empty());
        if let Some(code) = supplier {
            self.partner(code)?;
        }
        let mut stmt = self.conn().prepare(
            "SELECT pa.code, pa.name, pr.gtin, pr.name, sp.valid_from, sp.price_cents,
                    sp.updated_at, u.username
             FROM supplier_price sp
             JOIN partner pa ON pa.id = sp.partner_id
             JOIN product pr ON pr.id = sp.product_id
             JOIN user u ON u.id = sp.updated_by
             WHERE (?1 IS NULL OR pa.code = ?1) AND (?2 IS NULL OR pr.gtin = ?2)
             ORDER BY pa.code, pr.name COLLATE NOCASE, pr.gtin, sp.valid_from",
        )?;
        let rows = stmt
            .query_map(params![supplier, gtin], |r| {
                Ok(SupplierPrice {
                    supplier: r.get(0)?,
                    supplier_name: r.get(1)?,
                    gtin: r.get(2)?,
                    product: r.get(3)?,
                    valid_from: r.get(4)?,
                    price_cents: r.get(5)?,
                    updated_at: r.get(6)?,
                    updated_by: r.get(7)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The contract price of `product` with `supplier` on local `day`: the supplier's price with
    /// the latest first day on or before it, else the product's contract price (its default
    /// for any supplier), else none.
    pub fn contract_price(
        &self,
        supplier: Option<PartnerId>,
        product: ProductId,
        day: NaiveDate,
    ) -> CoreResult<Option<i64>> {
        if let Some(s) = supplier {
            let own: Option<i64> = self
                .conn()
                .prepare_cached(
                    "SELECT price_cents FROM supplier_price
                     WHERE partner_id = ?1 AND product_id = ?2 AND valid_from <= ?3
                     ORDER BY valid_from DESC LIMIT 1",
                )?
                .query_row(params![s.0, product.0, day.to_string()], |r| r.get(0))
                .optional()?;
            if own.is_some() {
                return Ok(own);
            }
        }
        Ok(self
            .conn()
            .query_row(
                "SELECT contract_price_cents FROM product WHERE id = ?1",
                [product.0],
                |r| r.get::<_, Option<i64>>(0),
            )
            .optional()?
            .flatten())
    }

    /// Imports contract prices from CSV (see [`SUPPLIER_PRICE_CSV_COLUMNS`]; `valid_from`
    /// empty or left out: `today`). Every line is checked first, and either all are written or
    /// none, with every problem by line and column. How many were written.
    pub fn import_supplier_prices(
        &mut self,
        actor: &User,
        csv_bytes: &[u8],
        today: NaiveDate,
        now: Timestamp,
    ) -> CoreResult<usize> {
        require(actor, Operation::ManageMasterData)?;
        crate::import::check_size(csv_bytes)?;
        let (rows, problems) = self.read_price_file(csv_bytes, today)?;
        if !problems.is_empty() {
            return Err(import_error(problems));
        }
        let tx = self.conn_mut().transaction()?;
        for (_, ids, price, valid_from) in &rows {
            upsert(&tx, *ids, *valid_from, *price, actor, now)?;
        }
        tx.commit()?;
        Ok(rows.len())
    }

    /// Reads a supplier price file: its lines, and every problem with its line and column.
    fn read_price_file(
        &self,
        bytes: &[u8],
        today: NaiveDate,
    ) -> CoreResult<(Vec<PriceRow>, Vec<FileProblem>)> {
        let read = CsvFile::read_listing(
            bytes,
            SUPPLIER_PRICE_CSV_COLUMNS,
            &["gtin", "supplier", "price"],
            "prices",
        );
        let (file, mut problems) = match read {
            Ok(read) => read,
            Err(problems) => return Ok((Vec::new(), problems)),
        };
        if file.records.is_empty() && problems.is_empty() {
            problems.push(problem(
                1,
                None,
                "the file lists no prices: it has a header and no rows",
            ));
        }
        let currency = self.currency()?;
        let mut rows = Vec::new();
        let mut seen = std::collections::HashMap::new();
        for (line, record) in &file.records {
            let line = *line;
            let get = |name: &str| file.get(record, name).unwrap_or_default().to_string();
            let mut said = |field: &str, e: CoreError| {
                problems.push(problem(line, Some(field), e.to_string()));
            };
            let partner = match self.partner(get("supplier").trim()) {
                Ok(p) => Some(p.id),
                Err(e) => {
                    said("supplier", e);
                    None
                }
            };
            let product = match custody_gs1::Gtin::parse(get("gtin").trim()) {
                Ok(g) => match self.product_by_gtin(&g.to_string()) {
                    Ok(p) => Some(p.id),
                    Err(e) => {
                        said("gtin", e);
                        None
                    }
                },
                Err(e) => {
                    let g = get("gtin");
                    said(
                        "gtin",
                        crate::fields::gtin_invalid("gtin", g.trim(), &e.to_string()),
                    );
                    None
                }
            };
            let price = read_price(&get("price"), currency, "price")
                .map_err(|e| said("price", e))
                .ok();
            let from = get("valid_from");
            let valid_from = match from.trim() {
                "" => Some(today),
                t => read_valid_from(t, "valid_from")
                    .map_err(|e| said("valid_from", e))
                    .ok(),
            };
            let (Some(partner), Some(product), Some(price), Some(valid_from)) =
                (partner, product, price, valid_from)
            else {
                continue;
            };
            // A price given twice for one supplier, product and day: never last-one-wins.
            if let Some(first) = seen.insert((partner, product, valid_from), line) {
                problems.push(problem(
                    line,
                    Some("price"),
                    format!(
                        "{} from {valid_from} with {} is already on line {first}",
                        get("gtin").trim(),
                        get("supplier").trim()
                    ),
                ));
                continue;
            }
            rows.push((line, (partner, product), price, valid_from));
        }
        Ok((rows, problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(r: CoreResult<i64>) -> Result<i64, &'static str> {
        r.map_err(|e| e.code())
    }

    #[test]
    fn a_price_is_written_with_its_currencys_decimals() {
        let of = |c| Currency::parse(c);
        assert_eq!(code(read_price("12.34", of("EUR"), "price")), Ok(1234));
        assert_eq!(code(read_price(" 12.5 ", of("EUR"), "price")), Ok(1250));
        assert_eq!(code(read_price("12", None, "price")), Ok(1200));
        assert_eq!(
            code(read_price("12.345", of("EUR"), "price")),
            Err("master.price_decimals"),
            "euros have two decimals"
        );
        assert_eq!(
            code(read_price("1250", of("JPY"), "price")),
            Ok(125_000),
            "yen are whole"
        );
        assert_eq!(
            code(read_price("12.5", of("JPY"), "price")),
            Err("master.price_decimals"),
            "a yen price has no decimals"
        );
        assert_eq!(
            code(read_price("1.230", of("KWD"), "price")),
            Ok(123),
            "a dinar's third decimal 0 is kept as hundredths"
        );
        assert_eq!(
            code(read_price("1.235", of("KWD"), "price")),
            Err("master.price_below_hundredths"),
            "amounts are kept in hundredths"
        );
        assert_eq!(
            code(read_price("-1.00", of("EUR"), "price")),
            Err("master.price_below_zero")
        );
        assert_eq!(
            code(read_price("12,50", of("EUR"), "price")),
            Err("master.price_unreadable")
        );
        assert_eq!(
            code(read_price("", of("EUR"), "price")),
            Err("master.price_unreadable")
        );
        assert_eq!(
            code(read_price("10000001", of("EUR"), "price")),
            Err("master.price_above_max")
        );
    }

    #[test]
    fn hundredths_a_currency_cannot_say_are_refused() {
        let yen = Currency::parse("JPY");
        assert_eq!(
            check_price(1250, yen, "unit_cost").map_err(|e| e.code()),
            Err("master.price_decimals"),
            "12.50 yen cannot be paid"
        );
        assert!(check_price(1200, yen, "unit_cost").is_ok());
        assert_eq!(
            check_price(-1, None, "unit_cost").map_err(|e| e.code()),
            Err("master.price_below_zero")
        );
    }
}
