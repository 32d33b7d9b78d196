//! Products: what a product record must hold (a valid GTIN, a name, a tracking mode; a price in
//! cents), adding one, changing one, and finding them by GTIN or by a search.

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{CoreError, CoreResult};
use crate::fields::{clean, gtin_invalid, unique};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// The columns [`product_from_row`] reads, from `product` unaliased (the usual supplier by its
/// code).
/// The highest contract price of one pack, in cents (10 million): above the dearest medicines
/// sold (gene therapies), so a larger figure is a typing or file error, and orders' totals
/// (price × quantity, summed) stay far from overflowing.
pub const MAX_CONTRACT_PRICE_CENTS: i64 = 1_000_000_000;

pub(crate) const PRODUCT_COLUMNS: &str = "id, gtin, name, generic_name, form, strength, pack_size, manufacturer, tracking, contract_price_cents, storage, controlled, ndc, pzn, cip, (SELECT code FROM partner WHERE partner.id = product.usual_supplier_id)";

pub(crate) fn product_from_row(r: &Row<'_>) -> rusqlite::Result<Product> {
    let tracking: TrackingMode = r
        .get::<_, String>(8)?
        .parse()
        .unwrap_or(TrackingMode::Serial);
    Ok(Product {
        id: ProductId(r.get(0)?),
        tracking,
        data: ProductData {
            gtin: r.get(1)?,
            name: r.get(2)?,
            generic_name: r.get(3)?,
            form: r.get(4)?,
            strength: r.get(5)?,
            pack_size: r.get(6)?,
            manufacturer: r.get(7)?,
            tracking: Some(tracking),
            contract_price_cents: r.get(9)?,
            storage: r.get(10)?,
            controlled: r.get(11)?,
            ndc: r.get(12)?,
            pzn: r.get(13)?,
            cip: r.get(14)?,
        },
        usual_supplier: r.get(15)?,
    })
}

/// Validates product data, returning it normalised (GTIN-14, trimmed text).
pub fn validate_product(p: &ProductData) -> CoreResult<ProductData> {
    check_product(p).map_err(|mut problems| problems.remove(0))
}

/// Checks a product's fields, every problem as its refusal (naming its field), so a file's line
/// reports all of its problems at once; the cleaned product when there are none.
pub(super) fn check_product(p: &ProductData) -> Result<ProductData, Vec<CoreError>> {
    let mut problems: Vec<CoreError> = Vec::new();
    let mut keep = |r: CoreResult<Option<String>>| match r {
        Ok(v) => v,
        Err(e) => {
            problems.push(e);
            None
        }
    };
    let opt = |field: &str, v: &Option<String>, max: usize| -> CoreResult<Option<String>> {
        match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(s) => clean(field, s, max).map(Some),
        }
    };
    let gtin = keep(
        custody_gs1::Gtin::parse(p.gtin.trim())
            .map(|g| Some(g.to_string()))
            .map_err(|e| {
                gtin_invalid(
                    "gtin",
                    &p.gtin.trim().escape_debug().to_string(),
                    &e.to_string(),
                )
            }),
    );
    let name = keep(clean("name", &p.name, 200).map(Some));
    let generic_name = keep(opt("generic_name", &p.generic_name, 200));
    let form = keep(opt("form", &p.form, 80));
    let strength = keep(opt("strength", &p.strength, 80));
    let manufacturer = keep(opt("manufacturer", &p.manufacturer, 200));
    let storage = keep(opt("storage", &p.storage, 200));
    let cip = keep(opt("cip", &p.cip, 20));
    let pzn = keep(opt("pzn", &p.pzn, 8).and_then(|z| {
        match z {
            Some(z) if !custody_gs1::pzn_ok(&z) => Err(CoreError::refused("master.pzn_invalid")
                .field("pzn")
                .arg("value", z)),
            z => Ok(z),
        }
    }));
    let ndc = keep(opt("ndc", &p.ndc, 13).and_then(|n| match n {
        Some(n) => {
            let digits: String = n.chars().filter(char::is_ascii_digit).collect();
            let segments: Vec<usize> = n.split('-').map(str::len).collect();
            let ok = n.chars().all(|c| c.is_ascii_digit() || c == '-')
                && ((digits.len() == 10
                    && [vec![4, 4, 2], vec![5, 3, 2], vec![5, 4, 1]].contains(&segments))
                    || (digits.len() == 11 && segments == [5, 4, 2])
                    || (digits.len() == 12 && segments == [6, 4, 2]));
            if ok {
                Ok(Some(n))
            } else {
                Err(CoreError::refused("master.ndc_invalid")
                    .field("ndc")
                    .arg("value", n))
            }
        }
        None => Ok(None),
    }));
    if p.pack_size.is_some_and(|n| n <= 0) {
        problems.push(CoreError::refused("master.pack_size_not_positive").field("pack_size"));
    }
    if p.contract_price_cents.is_some_and(|c| c < 0) {
        problems.push(CoreError::refused("master.price_negative").field("contract_price"));
    }
    if p.contract_price_cents
        .is_some_and(|c| c > MAX_CONTRACT_PRICE_CENTS)
    {
        problems.push(
            CoreError::refused("master.price_too_high")
                .field("contract_price")
                .arg("max", MAX_CONTRACT_PRICE_CENTS / 100),
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(ProductData {
        gtin: gtin.unwrap_or_default(),
        name: name.unwrap_or_default(),
        generic_name,
        form,
        strength,
        pack_size: p.pack_size,
        manufacturer,
        tracking: Some(p.tracking.unwrap_or(TrackingMode::Serial)),
        contract_price_cents: p.contract_price_cents,
        storage,
        controlled: p.controlled,
        ndc,
        pzn,
        cip,
    })
}

pub(crate) fn insert_product(
    c: &Connection,
    p: &ProductData,
    now: Timestamp,
) -> Result<ProductId, rusqlite::Error> {
    c.prepare_cached(
        "INSERT INTO product (gtin, name, generic_name, form, strength, pack_size, manufacturer, tracking, contract_price_cents, storage, controlled, ndc, pzn, cip, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    )?
    .execute(params![
        p.gtin,
        p.name,
        p.generic_name,
        p.form,
        p.strength,
        p.pack_size,
        p.manufacturer,
        p.tracking.unwrap_or(TrackingMode::Serial).as_str(),
        p.contract_price_cents,
        p.storage,
        p.controlled,
        p.ndc,
        p.pzn,
        p.cip,
        now.utc_text(),
    ])?;
    Ok(ProductId(c.last_insert_rowid()))
}

/// Whether any pack or lot of the product was ever recorded: a line in the ledger, or stock or
/// lot facts projected from one (the projections are checked too, so stock loaded before the
/// ledger existed counts). The ledger is asked twice, packs then lots, because each has its own
/// partial index.
pub(crate) fn has_stock_recorded(c: &Connection, id: ProductId) -> Result<bool, rusqlite::Error> {
    c.query_row(
        "SELECT EXISTS (SELECT 1 FROM event_line WHERE product_id = ?1 AND serial IS NOT NULL)
             OR EXISTS (SELECT 1 FROM event_line WHERE product_id = ?1 AND serial IS NULL)
             OR EXISTS (SELECT 1 FROM unit WHERE product_id = ?1)
             OR EXISTS (SELECT 1 FROM lot_stock WHERE product_id = ?1)",
        [id.0],
        |r| r.get(0),
    )
}

/// Writes every field of a product but its GTIN, which never changes.
pub(crate) fn write_product(
    c: &Connection,
    id: ProductId,
    p: &ProductData,
) -> Result<(), rusqlite::Error> {
    c.prepare_cached(
        "UPDATE product SET name = ?2, generic_name = ?3, form = ?4, strength = ?5, pack_size = ?6,
             manufacturer = ?7, tracking = ?8, contract_price_cents = ?9, storage = ?10,
             controlled = ?11, ndc = ?12, pzn = ?13, cip = ?14
         WHERE id = ?1",
    )?
    .execute(params![
        id.0,
        p.name,
        p.generic_name,
        p.form,
        p.strength,
        p.pack_size,
        p.manufacturer,
        p.tracking.unwrap_or(TrackingMode::Serial).as_str(),
        p.contract_price_cents,
        p.storage,
        p.controlled,
        p.ndc,
        p.pzn,
        p.cip,
    ])?;
    Ok(())
}

/// Parses a price such as `12.50` into cents.
pub fn parse_price(s: &str) -> Result<i64, String> {
    let s = s.trim();
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    if whole.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || frac.len() > 2
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return Err(format!("'{s}' is not a price such as 12.50"));
    }
    let cents = format!("{frac:0<2}");
    whole
        .parse::<i64>()
        .ok()
        .and_then(|w| w.checked_mul(100))
        .and_then(|w| w.checked_add(cents.parse::<i64>().ok()?))
        .ok_or_else(|| format!("'{s}' is too large"))
}

impl Store {
    /// Adds one product.
    pub fn add_product(
        &mut self,
        actor: &User,
        data: &ProductData,
        now: Timestamp,
    ) -> CoreResult<Product> {
        require(actor, Operation::ManageMasterData)?;
        let data = validate_product(data)?;
        let id = insert_product(self.conn(), &data, now)
            .map_err(|e| unique(e, "master.product_exists", &data.gtin))?;
        Ok(Product {
            id,
            tracking: data.tracking.unwrap_or(TrackingMode::Serial),
            data,
            usual_supplier: None,
        })
    }

    /// Changes a product's record, checked as when adding it. The GTIN is the product's identity
    /// (the ledger names products by GTIN), so a changed GTIN is refused rather than taken as a
    /// new product; so is a new tracking mode once any pack or lot of it has been recorded, since
    /// the recorded stock would no longer read as the mode says.
    pub fn update_product(
        &mut self,
        actor: &User,
        id: ProductId,
        data: &ProductData,
    ) -> CoreResult<Product> {
        require(actor, Operation::ManageMasterData)?;
        let current = self.product_by_id(id)?;
        // A request that does not say the tracking mode keeps the product's: never a silent
        // switch to the default an added product gets.
        let data = validate_product(&ProductData {
            tracking: data.tracking.or(Some(current.tracking)),
            ..data.clone()
        })?;
        if data.gtin != current.data.gtin {
            return Err(CoreError::refused("master.product_gtin_fixed")
                .field("gtin")
                .arg("gtin", current.data.gtin)
                .arg("value", data.gtin));
        }
        let tracking = data.tracking.unwrap_or(current.tracking);
        if tracking != current.tracking && has_stock_recorded(self.conn(), id)? {
            return Err(CoreError::refused("master.product_tracking_fixed")
                .field("tracking")
                .arg("gtin", current.data.gtin)
                .arg("tracking", current.tracking.as_str()));
        }
        write_product(self.conn(), id, &data)?;
        Ok(Product {
            id,
            tracking,
            data,
            usual_supplier: current.usual_supplier,
        })
    }

    /// The product with this row id.
    pub fn product_by_id(&self, id: ProductId) -> CoreResult<Product> {
        self.conn()
            .query_row(
                &format!("SELECT {PRODUCT_COLUMNS} FROM product WHERE id = ?1"),
                [id.0],
                product_from_row,
            )
            .optional()?
            .ok_or_else(|| CoreError::refused("master.product_id_unknown").arg("id", id.0))
    }

    /// Products whose name, generic name or GTIN contains `search` (all when empty), by name.
    pub fn products(&self, actor: &User, search: &str, limit: usize) -> CoreResult<Vec<Product>> {
        require(actor, Operation::ViewStock)?;
        let pattern = crate::fields::like_pattern(search);
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {PRODUCT_COLUMNS} FROM product
             WHERE ?1 = '%%' OR name LIKE ?1 ESCAPE '\\' OR generic_name LIKE ?1 ESCAPE '\\' OR gtin LIKE ?1 ESCAPE '\\'
             ORDER BY name COLLATE NOCASE LIMIT ?2"
        ))?;
        let rows = stmt
            .query_map(params![pattern, limit as i64], product_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The product with this GTIN.
    pub fn product_by_gtin(&self, gtin: &str) -> CoreResult<Product> {
        self.conn()
            .query_row(
                &format!("SELECT {PRODUCT_COLUMNS} FROM product WHERE gtin = ?1"),
                [gtin],
                product_from_row,
            )
            .optional()?
            .ok_or_else(|| CoreError::refused("master.product_unknown").arg("gtin", gtin))
    }
}
