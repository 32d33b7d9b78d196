//! The product CSV import: every problem of every line, with its line and column, and all the
//! products added or none. A missing required column is named; a file with a header and no rows,
//! or a GTIN listed twice (in whatever form), is a problem, never last-one-wins.

use super::products::{check_product, insert_product, parse_price};
use crate::error::{import_error, CoreResult, FileProblem};
use crate::import::csv::{problem, CsvFile};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;
use rusqlite::OptionalExtension;

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
    "usual_supplier",
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

/// A product line read: its line, the product, and the code of its usual supplier, if given.
type ProductRow = (usize, ProductData, Option<String>);

/// Reads a product CSV: every problem of every line, with its line and column. A missing
/// required column is named; a file with a header and no rows, or a GTIN listed twice, is a
/// problem (never last-one-wins).
fn parse_product_csv(bytes: &[u8]) -> (Vec<ProductRow>, Vec<FileProblem>) {
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
            Ok(p) if line_problems.is_empty() => rows.push((line, p, get("usual_supplier"))),
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
        for (line, p, supplier) in &rows {
            let exists: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM product WHERE gtin = ?1)",
                [&p.gtin],
                |r| r.get(0),
            )?;
            // A supplier is named by its code, and must be one of the site's partners already:
            // an unknown code is a problem of its line, never a supplier made up on the way.
            let supplier_id: Option<i64> = match supplier {
                Some(code) => {
                    let id = tx
                        .query_row("SELECT id FROM partner WHERE code = ?1", [code], |r| {
                            r.get(0)
                        })
                        .optional()?;
                    if id.is_none() {
                        problems.push(FileProblem {
                            line: *line,
                            field: Some("usual_supplier".into()),
                            message: format!(
                                "there is no supplier {}: add it first, or leave the column empty",
                                code.escape_debug()
                            ),
                        });
                    }
                    id
                }
                None => None,
            };
            if exists {
                problems.push(FileProblem {
                    line: *line,
                    field: Some("gtin".into()),
                    message: format!("a product with GTIN {} exists already", p.gtin),
                });
            } else if problems.is_empty() {
                let id = insert_product(&tx, p, now)?;
                if supplier_id.is_some() {
                    tx.execute(
                        "UPDATE product SET usual_supplier_id = ?1 WHERE id = ?2",
                        rusqlite::params![supplier_id, id.0],
                    )?;
                }
            }
        }
        if !problems.is_empty() {
            return Err(import_error(problems)); // the transaction rolls back on drop
        }
        tx.commit()?;
        Ok(rows.len())
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
