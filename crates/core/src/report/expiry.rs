//! The expiry report (stock expired or expiring within the alert windows, with its value) and
//! the shortage report (shortages and the suggested order).

use chrono::NaiveDate;
use serde_json::Value;

use super::header::{place, Header};
use super::*;
use crate::levels::{LevelPolicy, Position};
use crate::model::*;
use crate::Store;

/// The expiry report's table: expiry, how long ago or how soon, what, where, how much.
fn expiry_table(w: Words, rows: Vec<Vec<String>>, widest: i64) -> Block {
    Block::Table(Table {
        name: w.t("expiry-table"),
        columns: vec![
            w.text("col-expiry", 11),
            w.text("col-expires", 10),
            w.text("col-product", 32),
            w.text("col-gtin", 15),
            w.text("col-lot", 11),
            w.text("col-location", 10),
            w.number("col-qty", 7),
            w.money_column("col-value", 10),
        ],
        rows,
        empty: w.a("expiry-table-empty", [("days", widest.into())]),
    })
}

/// The shortage report's table, most urgent first.
fn shortage_table(w: Words, lines: &[Position]) -> Block {
    let rows = lines
        .iter()
        .map(|p| {
            vec![
                p.product.clone(),
                p.gtin.clone(),
                p.location.clone(),
                w.count(p.on_hand),
                w.count(p.usable_cover),
                w.tenths(p.daily_consumption),
                p.days_of_cover.map_or("—".into(), |d| format!("{d:.0}")),
                p.stockout_on.map(|d| d.to_string()).unwrap_or_default(),
                format!(
                    "{}/{}",
                    p.reorder_point.unwrap_or(0),
                    p.par_level.unwrap_or(0)
                ),
                w.count(p.suggested_order),
            ]
        })
        .collect();
    Block::Table(Table {
        name: w.t("shortages-table"),
        columns: vec![
            w.text("col-product", 30),
            w.text("col-gtin", 15),
            w.text("col-location", 9),
            w.number("col-on-hand", 8),
            w.number("col-usable", 7),
            w.number("col-per-day", 7),
            w.number("col-days", 6),
            w.text("col-runs-out", 11),
            w.number("col-point-par", 9),
            w.number("col-order", 7),
        ],
        rows,
        empty: w.t("shortages-table-empty"),
    })
}

impl Store {
    pub(super) fn expiry_report(
        &self,
        actor: &User,
        header: Header,
        windows: &[i64],
        location: Option<&str>,
        today: NaiveDate,
    ) -> CoreResult<Document> {
        let w = header.words;
        let only = self.report_location(location)?;
        let site_windows;
        let windows = if windows.is_empty() {
            site_windows = self.alert_windows()?;
            &site_windows[..]
        } else {
            windows
        };
        let lines = self.expiring(actor, windows, location, today)?;
        let widest = windows.iter().copied().max().unwrap_or(0);
        let mut expired = (0i64, 0i64);
        let mut within = (0i64, 0i64);
        let rows = lines
            .iter()
            .map(|l| {
                let bucket = if l.window == 0 {
                    &mut expired
                } else {
                    &mut within
                };
                bucket.0 += l.quantity;
                bucket.1 += l.value_cents.unwrap_or(0);
                vec![
                    l.expiry.to_string(),
                    if l.days_left < 0 {
                        w.a("expiry-days-ago", [("days", (-l.days_left).into())])
                    } else {
                        w.a("expiry-days-left", [("days", l.days_left.into())])
                    },
                    l.product.to_string(),
                    l.gtin.to_string(),
                    opt(&l.lot),
                    l.location.to_string(),
                    w.count(l.quantity),
                    l.value_cents.map(|c| w.money(c)).unwrap_or_default(),
                ]
            })
            .collect();
        let blocks = vec![
            facts([
                (w.t("expiry-fact-expired"), w.count(expired.0)),
                (w.t("expiry-fact-value-expired"), w.amount(expired.1)),
                (
                    w.a("expiry-fact-expiring", [("days", widest.into())]),
                    w.count(within.0),
                ),
                (w.t("expiry-fact-value-expiring"), w.amount(within.1)),
            ]),
            paragraph(w.t("expiry-explained")),
            expiry_table(w, rows, widest),
        ];
        let mut windows = windows.to_vec();
        windows.sort_unstable();
        let windows: Vec<String> = windows.iter().map(i64::to_string).collect();
        let place = only.map_or(w.t("report-every-location"), |l| place(&l));
        let covers = w.a(
            "expiry-covers",
            [
                ("location", place.into()),
                ("windows", windows.join("/").into()),
                ("date", today.to_string().into()),
            ],
        );
        Ok(header.document(ReportKind::Expiry, w.t("expiry-title"), covers, blocks))
    }

    pub(super) fn shortage_report(
        &self,
        actor: &User,
        header: Header,
        location: Option<&str>,
        today: NaiveDate,
    ) -> CoreResult<Document> {
        let w = header.words;
        let only = self.report_location(location)?;
        let policy = LevelPolicy::default();
        let mut lines = self.shortages(actor, &policy, today)?;
        if let Some(l) = &only {
            lines.retain(|p| p.location == l.code);
        }
        let total: i64 = lines.iter().map(|p| p.suggested_order).sum();
        let window = policy.consumption_window(today);
        let blocks = vec![
            facts([
                (w.t("shortages-fact-count"), w.count(lines.len() as i64)),
                (w.t("shortages-fact-to-order"), w.count(total)),
                (
                    w.t("shortages-fact-window"),
                    w.a(
                        "shortages-window",
                        [
                            ("days", Value::from(window.days)),
                            ("first", window.first_day.to_string().into()),
                            ("last", window.last_day.to_string().into()),
                        ],
                    ),
                ),
            ]),
            paragraph(w.t("shortages-explained")),
            shortage_table(w, &lines),
            Block::Signatures {
                roles: vec![
                    w.t("shortages-sign-prepared"),
                    w.t("shortages-sign-ordered"),
                ],
            },
        ];
        let place = only.map_or(w.t("shortages-every-location"), |l| place(&l));
        Ok(header.document(
            ReportKind::Shortages,
            w.t("shortages-title"),
            w.a(
                "shortages-covers",
                [
                    ("location", place.into()),
                    ("date", today.to_string().into()),
                ],
            ),
            blocks,
        ))
    }
}
