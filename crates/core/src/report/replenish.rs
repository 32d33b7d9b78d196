//! The replenishment documents: the pick list, printed to carry round the pharmacy and tick
//! (a line per pack or lot quantity proposed, with a box), and the supplier orders, one table
//! per supplier with the contract price and the totals.

use super::header::{compact, Header};
use super::*;
use crate::levels::LevelPolicy;
use crate::model::*;
use crate::replenish::{PickLine, SupplierOrder};
use crate::Store;

/// Money as a supplier's file wants it: two places, no thousands separator ("1234.50").
fn plain_money(cents: Option<i64>) -> String {
    cents.map_or_else(String::new, |c| {
        let sign = if c < 0 { "-" } else { "" };
        format!(
            "{sign}{}.{:02}",
            c.unsigned_abs() / 100,
            c.unsigned_abs() % 100
        )
    })
}

/// A pick line's rows: one per proposed pack or lot quantity; a line with nothing to take says
/// so on one row.
fn pick_rows(line: &PickLine) -> Vec<Vec<String>> {
    let first = |what: String| {
        vec![
            line.to_location.clone(),
            line.product.clone(),
            line.gtin.clone(),
            count(line.wanted),
            what,
        ]
    };
    if line.proposed.is_empty() {
        let mut row = first("none usable here".into());
        row.extend([
            String::new(),
            String::new(),
            String::new(),
            count(line.short),
        ]);
        row.push(String::new());
        return vec![row];
    }
    line.proposed
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut row = if i == 0 {
                first(count(p.quantity))
            } else {
                vec![
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    count(p.quantity),
                ]
            };
            row.extend([
                opt(&p.lot),
                opt(&p.serial),
                opt(&p.expiry),
                if i == 0 && line.short > 0 {
                    count(line.short)
                } else {
                    String::new()
                },
                String::new(),
            ]);
            row
        })
        .collect()
}

impl Store {
    /// The pick list numbered `id`, a table per supplying location.
    pub(super) fn pick_list_report(
        &self,
        actor: &User,
        header: Header,
        id: i64,
    ) -> CoreResult<Document> {
        let list = self.pick_list(actor, id)?;
        let mut blocks = vec![
            facts([
                ("Pick list", list.reference.clone()),
                ("Made", super::header::when_text(&list.created_at)),
                ("Made by", list.created_by.clone()),
                ("Lines", count(list.lines.len() as i64)),
                (
                    "Short at the supplying location",
                    count(list.lines.iter().map(|l| l.short).sum()),
                ),
            ]),
            paragraph(format!(
                "Take the packs listed, earliest expiry first, and scan each one on the Pick list \
                 screen: the scan records the transfer to the ward under {}. Another lot of the \
                 same product may be taken if it is not expired; never an expired, quarantined \
                 or recalled pack.",
                list.reference
            )),
        ];
        let mut from: Vec<(&str, &str)> = list
            .lines
            .iter()
            .map(|l| (l.from_location.as_str(), l.from_name.as_str()))
            .collect();
        from.dedup();
        for (code, name) in from {
            blocks.push(Block::Table(Table {
                name: format!("From {code} ({name})"),
                columns: vec![
                    Column::text("To", 10),
                    Column::text("Product", 28),
                    Column::text("GTIN", 15),
                    Column::number("Wanted", 7),
                    Column::number("Take", 6),
                    Column::text("Lot", 10),
                    Column::text("Serial", 14),
                    Column::text("Expiry", 10),
                    Column::number("Short", 6),
                    Column::checkbox("Picked"),
                ],
                rows: list
                    .lines
                    .iter()
                    .filter(|l| l.from_location == code)
                    .flat_map(pick_rows)
                    .collect(),
                empty: "Nothing to pick.".into(),
            }));
        }
        if list.lines.is_empty() {
            blocks.push(paragraph("No ward or clinic is below its reorder point."));
        }
        if !list.unsupplied.is_empty() {
            blocks.push(heading("Not on this list: no supplying location"));
            blocks.push(Block::Table(Table {
                name: "Wards without a supplying location".into(),
                columns: vec![
                    Column::text("Location", 12),
                    Column::text("Product", 40),
                    Column::text("GTIN", 16),
                    Column::number("Wanted", 8),
                ],
                rows: list
                    .unsupplied
                    .iter()
                    .map(|u| {
                        vec![
                            u.location.clone(),
                            u.product.clone(),
                            u.gtin.clone(),
                            count(u.wanted),
                        ]
                    })
                    .collect(),
                empty: String::new(),
            }));
        }
        blocks.push(Block::Signatures {
            roles: vec!["Picked by".into(), "Checked by (pharmacist)".into()],
        });
        Ok(header.document(
            ReportKind::PickList,
            format!("Pick list {}", list.reference),
            format!(
                "shortages at wards and clinics as of {}",
                super::header::when_short(&list.created_at)
            ),
            blocks,
        ))
    }

    /// Today's supplier orders, a table per supplier with its total.
    pub(super) fn supplier_order_report(
        &self,
        actor: &User,
        header: Header,
        now: &Timestamp,
    ) -> CoreResult<Document> {
        let orders = self.supplier_orders(actor, &LevelPolicy::default(), now.local_date())?;
        let total = orders
            .iter()
            .try_fold(0i64, |sum, o| sum.checked_add(o.total_cents))
            .ok_or_else(|| CoreError::refused("replenish.orders_total_too_large"))?;
        let mut blocks =
            vec![
            facts([
                ("Suppliers", count(orders.iter().filter(|o| o.supplier.is_some()).count() as i64)),
                ("Lines", count(orders.iter().map(|o| o.lines.len() as i64).sum())),
                ("Total at contract prices", plain_money(Some(total))),
            ]),
            paragraph(
                "Shortages at pharmacies and stores, each to reach its par level, grouped by the \
                 product's usual supplier. Lines without a contract price are not in the totals.",
            ),
        ];
        for o in &orders {
            blocks.push(order_table(o));
        }
        if orders.is_empty() {
            blocks.push(paragraph(
                "No pharmacy or store is below its reorder point.",
            ));
        }
        blocks.push(Block::Signatures {
            roles: vec!["Prepared by".into(), "Approved by (purchasing)".into()],
        });
        Ok(header.document(
            ReportKind::SupplierOrders,
            "Supplier orders".into(),
            format!("shortages at pharmacies and stores on {}", compact(now)),
            blocks,
        ))
    }
}

/// One supplier's order as a table, its total in the last row.
fn order_table(o: &SupplierOrder) -> Block {
    let name = match (&o.supplier, &o.supplier_name) {
        (Some(code), Some(name)) => format!("{name} ({code})"),
        _ => "No usual supplier — choose one".to_string(),
    };
    // The supplier's code on every row, so the CSV (one file for every supplier) can be split
    // or filtered by it; a product without one says so.
    let supplier = o.supplier.clone().unwrap_or_else(|| "none".into());
    let mut rows: Vec<Vec<String>> = o
        .lines
        .iter()
        .map(|l| {
            vec![
                supplier.clone(),
                l.location.clone(),
                l.product.clone(),
                l.gtin.clone(),
                count(l.quantity),
                plain_money(l.unit_price_cents),
                plain_money(l.line_total_cents),
            ]
        })
        .collect();
    let unpriced = if o.unpriced_lines > 0 {
        format!(" ({} without a price)", o.unpriced_lines)
    } else {
        String::new()
    };
    rows.push(vec![
        supplier,
        String::new(),
        format!("Total{unpriced}"),
        String::new(),
        count(o.lines.iter().map(|l| l.quantity).sum()),
        String::new(),
        plain_money(Some(o.total_cents)),
    ]);
    Block::Table(Table {
        name,
        columns: vec![
            Column::text("Supplier", 10),
            Column::text("Location", 9),
            Column::text("Product", 34),
            Column::text("GTIN", 16),
            Column::number("Quantity", 9),
            Column::number("Unit price", 10),
            Column::number("Line total", 11),
        ],
        rows,
        empty: String::new(),
    })
}
