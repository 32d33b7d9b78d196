//! Master data: sites, locations, trading partners and products, with the CSV product
//! import (all or nothing, problems reported with line numbers).

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{import_error, CoreError, CoreResult, FileProblem};
use crate::fields::{clean, code, gtin_invalid, unique};
use crate::import::csv::{problem, CsvFile};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

fn gln(v: Option<&str>) -> CoreResult<Option<String>> {
    match v.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(g) if g.len() == 13 && custody_gs1::gs1_check_digit_ok(g.as_bytes()) => {
            Ok(Some(g.to_string()))
        }
        Some(g) => Err(CoreError::refused("master.gln_invalid")
            .field("gln")
            .arg("value", g)),
    }
}

pub(crate) fn insert_site(
    c: &Connection,
    code_: &str,
    name: &str,
    gln_: Option<&str>,
    now: Timestamp,
) -> CoreResult<Site> {
    let code_ = code("site_code", code_)?;
    let name = clean("site_name", name, 200)?;
    let gln_ = gln(gln_)?;
    c.execute(
        "INSERT INTO site (code, name, gln, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![code_, name, gln_, now.utc_text()],
    )
    .map_err(|e| unique(e, "master.site_exists", &code_))?;
    Ok(Site {
        id: SiteId(c.last_insert_rowid()),
        code: code_,
        name,
        gln: gln_,
    })
}

fn location_from_row(r: &Row<'_>) -> rusqlite::Result<Location> {
    Ok(Location {
        id: LocationId(r.get(0)?),
        site_id: SiteId(r.get(1)?),
        code: r.get(2)?,
        name: r.get(3)?,
        kind: r
            .get::<_, String>(4)?
            .parse()
            .unwrap_or(LocationKind::Store),
    })
}

fn partner_from_row(r: &Row<'_>) -> rusqlite::Result<Partner> {
    Ok(Partner {
        id: PartnerId(r.get(0)?),
        code: r.get(1)?,
        name: r.get(2)?,
        kind: r
            .get::<_, String>(3)?
            .parse()
            .unwrap_or(PartnerKind::Supplier),
        gln: r.get(4)?,
    })
}

pub(crate) const PRODUCT_COLUMNS: &str = "id, gtin, name, generic_name, form, strength, pack_size, manufacturer, tracking, contract_price_cents, storage, controlled, ndc, pzn, cip";

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
    })
}

/// Validates product data, returning it normalised (GTIN-14, trimmed text).
pub fn validate_product(p: &ProductData) -> CoreResult<ProductData> {
    check_product(p).map_err(|mut problems| problems.remove(0))
}

/// Checks a product's fields, every problem as its refusal (naming its field), so a file's line
/// reports all of its problems at once; the cleaned product when there are none.
fn check_product(p: &ProductData) -> Result<ProductData, Vec<CoreError>> {
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

fn insert_product(
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

/// The columns a product CSV may have; `gtin` and `name` are required.
pub const PRODUCT_CSV_COLUMNS: &[&str] = &[
    "gtin",
    "name",
    "generic_name",
    "form",
    "strength",
    "pack_size",
    "manufacturer",
    "tracking",
    "contract_price",
    "storage",
    "controlled",
    "ndc",
    "pzn",
    "cip",
];

/// The largest product file accepted.
pub const MAX_IMPORT_BYTES: usize = 50 * 1024 * 1024;

/// One line of a product file as product data, with the problems of the values that do not
/// read (a pack size that is not a number, a tracking mode or a yes/no that is neither): (column,
/// sentence) each. `get` gives a column's value, if the line has one.
fn product_line(get: impl Fn(&str) -> Option<String>) -> (ProductData, Vec<(String, String)>) {
    let mut p = ProductData {
        gtin: get("gtin").unwrap_or_default(),
        name: get("name").unwrap_or_default(),
        generic_name: get("generic_name"),
        form: get("form"),
        strength: get("strength"),
        manufacturer: get("manufacturer"),
        storage: get("storage"),
        ndc: get("ndc"),
        pzn: get("pzn"),
        cip: get("cip"),
        ..Default::default()
    };
    let mut problems = Vec::new();
    if let Some(v) = get("pack_size") {
        match v.parse::<i64>() {
            Ok(n) => p.pack_size = Some(n),
            Err(_) => problems.push((
                "pack_size".to_string(),
                format!("'{}' is not a whole number", v.escape_debug()),
            )),
        }
    }
    if let Some(v) = get("tracking") {
        match v.to_ascii_lowercase().parse::<TrackingMode>() {
            Ok(t) => p.tracking = Some(t),
            Err(m) => problems.push(("tracking".to_string(), m)),
        }
    }
    if let Some(v) = get("contract_price") {
        match parse_price(&v) {
            Ok(c) => p.contract_price_cents = Some(c),
            Err(m) => problems.push(("contract_price".to_string(), m)),
        }
    }
    if let Some(v) = get("controlled") {
        match v.to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" | "1" => p.controlled = true,
            "no" | "n" | "false" | "0" => p.controlled = false,
            _ => problems.push((
                "controlled".to_string(),
                format!("'{}' is not yes or no", v.escape_debug()),
            )),
        }
    }
    (p, problems)
}

/// Reads a product CSV: every problem of every line, with its line and column. A missing
/// required column is named; a file with a header and no rows, or a GTIN listed twice, is a
/// problem (never last-one-wins).
fn parse_product_csv(bytes: &[u8]) -> (Vec<(usize, ProductData)>, Vec<FileProblem>) {
    if bytes.len() > MAX_IMPORT_BYTES {
        return (
            Vec::new(),
            vec![problem(
                1,
                None,
                format!(
                    "the file is larger than {} MB",
                    MAX_IMPORT_BYTES / 1024 / 1024
                ),
            )],
        );
    }
    let (file, mut problems) =
        match CsvFile::read_listing(bytes, PRODUCT_CSV_COLUMNS, &["gtin", "name"], "products") {
            Ok(read) => read,
            Err(problems) => return (Vec::new(), problems),
        };
    if file.records.is_empty() && problems.is_empty() {
        problems.push(problem(
            1,
            None,
            "the file lists no products: it has a header and no rows",
        ));
    }
    let mut rows = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for (line, record) in &file.records {
        let line = *line;
        let get = |name: &str| file.get(record, name).map(str::to_string);
        let (p, mut line_problems) = product_line(get);
        // A GTIN listed twice is a problem even on a line with others, in whatever form
        // (GTIN-13 or GTIN-14) each line writes it.
        if let Ok(g) = custody_gs1::Gtin::parse(p.gtin.trim()) {
            if let Some(first) = seen.insert(g.to_string(), line) {
                line_problems.push((
                    "gtin".to_string(),
                    format!("{g} is already on line {first}"),
                ));
            }
        }
        match check_product(&p) {
            Ok(p) if line_problems.is_empty() => rows.push((line, p)),
            Ok(_) => {}
            Err(more) => line_problems.extend(
                more.iter()
                    .map(|e| (e.field_at_fault().unwrap_or_default(), e.to_string())),
            ),
        }
        for (field, message) in line_problems {
            let field = Some(field.as_str()).filter(|f| !f.is_empty());
            problems.push(problem(line, field, message));
        }
    }
    (rows, problems)
}

impl Store {
    /// Adds a location to the site with this code (or the first site).
    pub fn add_location(
        &mut self,
        actor: &User,
        code_: &str,
        name: &str,
        kind: LocationKind,
    ) -> CoreResult<Location> {
        require(actor, Operation::ManageMasterData)?;
        let code_ = code("location_code", code_)?;
        let name = clean("location_name", name, 200)?;
        let site: i64 = self
            .conn()
            .query_row("SELECT min(id) FROM site", [], |r| {
                r.get::<_, Option<i64>>(0)
            })?
            .ok_or_else(|| CoreError::refused("master.no_site"))?;
        self.conn()
            .execute(
                "INSERT INTO location (site_id, code, name, kind) VALUES (?1, ?2, ?3, ?4)",
                params![site, code_, name, kind.as_str()],
            )
            .map_err(|e| unique(e, "master.location_exists", &code_))?;
        Ok(Location {
            id: LocationId(self.conn().last_insert_rowid()),
            site_id: SiteId(site),
            code: code_,
            name,
            kind,
        })
    }

    /// Every active location, by code.
    pub fn locations(&self, actor: &User) -> CoreResult<Vec<Location>> {
        require(actor, Operation::ViewStock)?;
        let mut stmt = self.conn().prepare(
            "SELECT id, site_id, code, name, kind FROM location WHERE active = 1 ORDER BY code",
        )?;
        let rows = stmt
            .query_map([], location_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The location with this code.
    pub fn location(&self, code_: &str) -> CoreResult<Location> {
        self.conn()
            .query_row(
                "SELECT id, site_id, code, name, kind FROM location WHERE code = ?1",
                [code_],
                location_from_row,
            )
            .optional()?
            .ok_or_else(|| CoreError::refused("master.location_unknown").arg("location", code_))
    }

    /// Adds a trading partner.
    pub fn add_partner(
        &mut self,
        actor: &User,
        code_: &str,
        name: &str,
        kind: PartnerKind,
        gln_: Option<&str>,
    ) -> CoreResult<Partner> {
        require(actor, Operation::ManageMasterData)?;
        let code_ = code("partner_code", code_)?;
        let name = clean("partner_name", name, 200)?;
        let gln_ = gln(gln_)?;
        self.conn()
            .execute(
                "INSERT INTO partner (code, name, kind, gln) VALUES (?1, ?2, ?3, ?4)",
                params![code_, name, kind.as_str(), gln_],
            )
            .map_err(|e| unique(e, "master.partner_exists", &code_))?;
        Ok(Partner {
            id: PartnerId(self.conn().last_insert_rowid()),
            code: code_,
            name,
            kind,
            gln: gln_,
        })
    }

    /// Every trading partner, by code.
    pub fn partners(&self, actor: &User) -> CoreResult<Vec<Partner>> {
        require(actor, Operation::ViewStock)?;
        let mut stmt = self
            .conn()
            .prepare("SELECT id, code, name, kind, gln FROM partner ORDER BY code")?;
        let rows = stmt
            .query_map([], partner_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The partner with this code.
    pub fn partner(&self, code_: &str) -> CoreResult<Partner> {
        self.conn()
            .query_row(
                "SELECT id, code, name, kind, gln FROM partner WHERE code = ?1",
                [code_],
                partner_from_row,
            )
            .optional()?
            .ok_or_else(|| CoreError::refused("master.partner_unknown").arg("partner", code_))
    }

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
        })
    }

    /// Imports products from CSV (see [`PRODUCT_CSV_COLUMNS`]): every row is checked first, and
    /// either all are added or none, with every problem reported by line and column.
    pub fn import_products(
        &mut self,
        actor: &User,
        csv_bytes: &[u8],
        now: Timestamp,
    ) -> CoreResult<usize> {
        require(actor, Operation::ManageMasterData)?;
        crate::import::check_size(csv_bytes)?;
        let (rows, mut problems) = parse_product_csv(csv_bytes);
        let tx = self.conn_mut().transaction()?;
        for (line, p) in &rows {
            let exists: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM product WHERE gtin = ?1)",
                [&p.gtin],
                |r| r.get(0),
            )?;
            if exists {
                problems.push(FileProblem {
                    line: *line,
                    field: Some("gtin".into()),
                    message: format!("a product with GTIN {} exists already", p.gtin),
                });
            } else if problems.is_empty() {
                insert_product(&tx, p, now)?;
            }
        }
        if !problems.is_empty() {
            return Err(import_error(problems)); // the transaction rolls back on drop
        }
        tx.commit()?;
        Ok(rows.len())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_parse_to_cents() {
        assert_eq!(parse_price("12.5"), Ok(1250));
        assert_eq!(parse_price("3"), Ok(300));
        assert!(parse_price("1.234").is_err());
        assert!(parse_price("-1").is_err());
    }

    #[test]
    fn csv_problems_name_line_and_column() {
        let csv = "gtin,name,tracking,pack_size\n09506000134352,Amoxicillin 500 mg caps,serial,20\n09506000134355,Bad,serial,x\n09506000134352,Dup,lot,1\n";
        let (_, problems) = parse_product_csv(csv.as_bytes());
        let lines: Vec<(usize, Option<&str>)> = problems
            .iter()
            .map(|p| (p.line, p.field.as_deref()))
            .collect();
        assert!(lines.contains(&(3, Some("pack_size"))), "{problems:?}");
        assert!(
            lines.contains(&(3, Some("gtin"))),
            "bad check digit on line 3: {problems:?}"
        );
        assert!(
            lines.contains(&(4, Some("gtin"))),
            "duplicate on line 4: {problems:?}"
        );
    }
}
