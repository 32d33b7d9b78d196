//! The replenishment documents: the pick list, printed to carry round the pharmacy and tick
//! (a line per pack or lot quantity proposed, with a box), and the supplier orders, one table
//! per supplier with the contract price and the totals.

use super::header::{compact, Header};
use super::*;
use crate::levels::LevelPolicy;
use crate::model::*;
use crate::replenish::{PickLine, SupplierOrder};
use crate::Store;

/// Money as a supplier's file wants it: the currency's places, no thousands separator
/// ("1234.50"); an unknown price as an empty cell.
fn plain_money(w: Words, cents: Option<i64>) -> String {
    cents.map_or_else(String::new, |c| w.plain_money(c))
}

/// A pick line's rows: one per proposed pack or lot quantity; a line with nothing to take says
/// so on one row.
fn pick_rows(w: Words, line: &PickLine) -> Vec<Vec<String>> {
    let first = |what: String| {
        vec![
            line.to_location.clone(),
            line.product.clone(),
            line.gtin.clone(),
            w.count(line.wanted),
            what,
        ]
    };
    if line.proposed.is_empty() {
        let mut row = first(w.t("pick-list-none-usable"));
        row.extend([
            String::new(),
            String::new(),
            String::new(),
            w.count(line.short),
        ]);
        row.push(String::new());
        return vec![row];
    }
    line.proposed
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut row = if i == 0 {
                first(w.count(p.quantity))
            } else {
                vec![
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    w.count(p.quantity),
                ]
            };
            row.extend([
                opt(&p.lot),
                opt(&p.serial),
                opt(&p.expiry),
                if i == 0 && line.short > 0 {
                    w.count(line.short)
                } else {
                    String::new()
                },
                String::new(),
            ]);
            row
        })
        .collect()
}

/// The columns of a pick list's table, a box to tick last.
fn pick_columns(w: Words) -> Vec<Column> {
    vec![
        w.text("col-to", 10),
        w.text("col-product", 28),
        w.text("col-gtin", 15),
        w.number("col-wanted", 7),
        w.number("col-take", 6),
        w.text("col-lot", 10),
        w.text("col-serial", 14),
        w.text("col-expiry", 10),
        w.number("col-short", 6),
        w.checkbox("col-picked"),
    ]
}

impl Store {
    /// The pick list numbered `id`, a table per supplying location.
    pub(super) fn pick_list_report(
        &self,
        actor: &User,
        header: Header,
        id: i64,
    ) -> CoreResult<Document> {
        let w = header.words;
        let list = self.pick_list(actor, id)?;
        let mut blocks = vec![
            facts([
                (w.t("pick-list-fact-list"), list.reference.clone()),
                (
                    w.t("pick-list-fact-made"),
                    super::header::when_text(&list.created_at),
                ),
                (w.t("pick-list-fact-made-by"), list.created_by.clone()),
                (w.t("col-lines"), w.count(list.lines.len() as i64)),
                (
                    w.t("pick-list-fact-short"),
                    w.count(list.lines.iter().map(|l| l.short).sum()),
                ),
            ]),
            paragraph(w.a(
                "pick-list-explained",
                [("list", list.reference.as_str().into())],
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
                name: w.a(
                    "pick-list-from",
                    [("location", code.into()), ("name", name.into())],
                ),
                columns: pick_columns(w),
                rows: list
                    .lines
                    .iter()
                    .filter(|l| l.from_location == code)
                    .flat_map(|l| pick_rows(w, l))
                    .collect(),
                empty: w.t("pick-list-table-empty"),
            }));
        }
        if list.lines.is_empty() {
            blocks.push(paragraph(w.t("pick-list-nothing")));
        }
        if !list.unsupplied.is_empty() {
            blocks.push(heading(w.t("pick-list-unsupplied-heading")));
            blocks.push(Block::Table(Table {
                name: w.t("pick-list-unsupplied-table"),
                columns: vec![
                    w.text("col-location", 12),
                    w.text("col-product", 40),
                    w.text("col-gtin", 16),
                    w.number("col-wanted", 8),
                ],
                rows: list
                    .unsupplied
                    .iter()
                    .map(|u| {
                        vec![
                            u.location.clone(),
                            u.product.clone(),
                            u.gtin.clone(),
                            w.count(u.wanted),
                        ]
                    })
                    .collect(),
                empty: String::new(),
            }));
        }
        blocks.push(Block::Signatures {
            roles: vec![w.t("pick-list-sign-picked"), w.t("pick-list-sign-checked")],
        });
        Ok(header.document(
            ReportKind::PickList,
            w.a(
                "pick-list-title",
                [("list", list.reference.as_str().into())],
            ),
            w.a(
                "pick-list-covers",
                [("when", super::header::when_short(&list.created_at).into())],
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
        let w = header.words;
        let orders = self.supplier_orders(actor, &LevelPolicy::default(), now.local_date())?;
        let total = orders
            .iter()
            .try_fold(0i64, |sum, o| sum.checked_add(o.total_cents))
            .ok_or_else(|| CoreError::refused("replenish.orders_total_too_large"))?;
        let suppliers = orders.iter().filter(|o| o.supplier.is_some()).count() as i64;
        let lines = orders.iter().map(|o| o.lines.len() as i64).sum();
        let mut blocks = vec![
            facts([
                (w.t("orders-fact-suppliers"), w.count(suppliers)),
                (w.t("col-lines"), w.count(lines)),
                // A supplier's figure: as its file writes it, the currency after it when chosen.
                (w.t("orders-fact-total"), w.amount_plain(total)),
            ]),
            paragraph(w.t("orders-explained")),
        ];
        for o in &orders {
            blocks.push(order_table(w, o));
        }
        if orders.is_empty() {
            blocks.push(paragraph(w.t("orders-nothing")));
        }
        blocks.push(Block::Signatures {
            roles: vec![w.t("orders-sign-prepared"), w.t("orders-sign-approved")],
        });
        Ok(header.document(
            ReportKind::SupplierOrders,
            w.t("orders-title"),
            w.a("orders-covers", [("when", compact(now).into())]),
            blocks,
        ))
    }
}

/// One supplier's order as a table, its total in the last row.
fn order_table(w: Words, o: &SupplierOrder) -> Block {
    let name = match (&o.supplier, &o.supplier_name) {
        (Some(code), Some(name)) => format!("{name} ({code})"),
        _ => w.t("orders-no-supplier"),
    };
    // The supplier's code on every row, so the CSV (one file for every supplier) can be split
    // or filtered by it; a product without one says so.
    let supplier = o
        .supplier
        .clone()
        .unwrap_or_else(|| w.t("orders-supplier-none"));
    let mut rows: Vec<Vec<String>> = o
        .lines
        .iter()
        .map(|l| {
            vec![
                supplier.clone(),
                l.location.clone(),
                l.product.clone(),
                l.gtin.clone(),
                w.count(l.quantity),
                plain_money(w, l.unit_price_cents),
                plain_money(w, l.line_total_cents),
            ]
        })
        .collect();
    let total = if o.unpriced_lines > 0 {
        w.a(
            "orders-total-unpriced",
            [("unpriced", o.unpriced_lines.into())],
        )
    } else {
        w.t("orders-total")
    };
    rows.push(vec![
        supplier,
        String::new(),
        total,
        String::new(),
        w.count(o.lines.iter().map(|l| l.quantity).sum()),
        String::new(),
        plain_money(w, Some(o.total_cents)),
    ]);
    Block::Table(Table {
        name,
        columns: vec![
            w.text("col-supplier", 10),
            w.text("col-location", 9),
            w.text("col-product", 34),
            w.text("col-gtin", 16),
            w.number("col-quantity", 9),
            w.money_column("col-unit-price", 10),
            w.money_column("col-line-total", 11),
        ],
        rows,
        empty: String::new(),
    })
}
