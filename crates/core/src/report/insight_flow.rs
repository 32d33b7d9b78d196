//! The insights about stock moving as reports: dwell (where packs wait, and what is waiting too
//! long now) and consumption trends (weekly use against last year and against the reorder rule
//! then in force), laid out as the Insights screen shows them.

use super::header::Header;
use super::insights::{about, table, units};
use super::*;
use crate::insights::{DwellRow, InsightQuery, RuleVerdict, TrendRow, WaitingStock, DWELL_BUCKETS};
use crate::model::*;
use crate::Store;

/// The stays of a location (with its product, when `products`): count, median and 90th
/// percentile.
fn stay_table(w: Words, id: &str, products: bool, rows: &[DwellRow]) -> Block {
    let mut columns = vec![w.text("col-location", 10)];
    if products {
        columns.extend([w.text("col-product", 28), w.text("col-gtin", 14)]);
    }
    columns.extend([
        w.number("col-stays", 7),
        w.number("col-median-days", 8),
        w.number("col-p90-days", 8),
    ]);
    let rows = rows
        .iter()
        .map(|r| {
            let mut row = vec![r.location.clone()];
            if products {
                row.extend([opt(&r.product), opt(&r.gtin)]);
            }
            row.extend([
                units(w, r.stays),
                w.tenths(r.median_days),
                w.tenths(r.p90_days),
            ]);
            row
        })
        .collect();
    table(w.t(id), columns, rows, w.t("insight-dwell-none"))
}

/// How the stays at each location are spread over the buckets of [`DWELL_BUCKETS`].
fn distribution(w: Words, rows: &[DwellRow]) -> Block {
    let mut columns = vec![w.text("col-location", 10)];
    for days in DWELL_BUCKETS {
        let title = w.a(
            "insight-dwell-under",
            [("days", w.thousands(days.into()).into())],
        );
        columns.push(Column::number(&title, 5));
    }
    let last = DWELL_BUCKETS[DWELL_BUCKETS.len() - 1];
    let title = w.a(
        "insight-dwell-over",
        [("days", w.thousands(last.into()).into())],
    );
    columns.push(Column::number(&title, 5));
    let rows = rows
        .iter()
        .map(|r| {
            let mut row = vec![r.location.clone()];
            row.extend(r.histogram.iter().map(|n| units(w, *n)));
            row.resize(columns.len(), String::new());
            row
        })
        .collect();
    table(
        w.t("insight-dwell-distribution"),
        columns,
        rows,
        w.t("insight-dwell-none"),
    )
}

/// The packs waiting longer than the threshold now, longest first.
fn waiting(w: Words, older_than: u32, packs: &[WaitingStock]) -> Block {
    let rows = packs
        .iter()
        .map(|p| {
            vec![
                p.location.clone(),
                p.product.clone(),
                p.gtin.clone(),
                opt(&p.serial),
                opt(&p.lot),
                opt(&p.expiry),
                units(w, p.quantity),
                status_text(w, &p.status),
                p.since.to_string(),
                w.thousands(p.days.into()),
            ]
        })
        .collect();
    table(
        w.a(
            "insight-dwell-waiting",
            [("days", w.thousands(older_than.into()).into())],
        ),
        vec![
            w.text("col-location", 9),
            w.text("col-product", 24),
            w.text("col-gtin", 14),
            w.text("col-serial", 11),
            w.text("col-lot", 8),
            w.text("col-expiry", 10),
            w.number("col-qty", 5),
            w.text("col-status", 9),
            w.text("col-since", 10),
            w.number("col-days", 5),
        ],
        rows,
        w.t("insight-dwell-none-waiting"),
    )
}

/// A stored status (`in_stock`) in words; one the catalogue lacks as stored.
fn status_text(w: Words, status: &str) -> String {
    let id = format!("status-{}", status.replace('_', "-"));
    let said = w.t(&id);
    if said == id {
        status.replace('_', " ")
    } else {
        said
    }
}

/// The verdict on a rule, in words.
fn verdict(w: Words, v: RuleVerdict) -> String {
    w.t(match v {
        RuleVerdict::TooLow => "insight-verdict-too-low",
        RuleVerdict::TooHigh => "insight-verdict-too-high",
        RuleVerdict::Fits => "insight-verdict-fits",
        RuleVerdict::NoRule => "insight-verdict-no-rule",
    })
}

/// One line per product and location: its weeks, use, use a year before, and the rule's verdict.
fn trend_summary(w: Words, rows: &[TrendRow]) -> Block {
    let rows = rows
        .iter()
        .map(|r| {
            let used: u64 = r.weeks.iter().map(|x| x.used).sum();
            let before: Vec<u64> = r.weeks.iter().filter_map(|x| x.used_last_year).collect();
            vec![
                r.location.clone(),
                r.product.clone(),
                r.gtin.clone(),
                units(w, r.weeks.len() as u64),
                units(w, used),
                if before.is_empty() {
                    String::new()
                } else {
                    units(w, before.iter().sum())
                },
                w.thousands(r.stockout_days.into()),
                w.thousands(r.overstock_days.into()),
                verdict(w, r.verdict),
            ]
        })
        .collect();
    table(
        w.t("insight-trends-rows"),
        vec![
            w.text("col-location", 9),
            w.text("col-product", 26),
            w.text("col-gtin", 14),
            w.number("col-weeks", 6),
            w.number("col-used", 7),
            w.number("col-used-last-year", 8),
            w.number("col-stockout-days", 8),
            w.number("col-overstock-days", 8),
            w.text("col-verdict", 10),
        ],
        rows,
        w.t("insight-trends-none"),
    )
}

/// Every week of every row: use, last year's, the rule in force, stock-out and overstock days.
fn trend_weeks(w: Words, rows: &[TrendRow]) -> Block {
    let rows = rows
        .iter()
        .flat_map(|r| {
            r.weeks.iter().map(move |x| {
                vec![
                    r.location.clone(),
                    r.gtin.clone(),
                    x.week.clone(),
                    x.starts.to_string(),
                    units(w, x.used),
                    x.used_last_year.map(|n| units(w, n)).unwrap_or_default(),
                    x.rule
                        .as_ref()
                        .map(|l| w.count(l.reorder_point))
                        .unwrap_or_default(),
                    x.rule
                        .as_ref()
                        .map(|l| w.count(l.par_level))
                        .unwrap_or_default(),
                    w.thousands(x.stockout_days.into()),
                    w.thousands(x.overstock_days.into()),
                ]
            })
        })
        .collect();
    table(
        w.t("insight-trends-weeks"),
        vec![
            w.text("col-location", 9),
            w.text("col-gtin", 14),
            w.text("col-week", 8),
            w.text("col-week-starts", 10),
            w.number("col-used", 7),
            w.number("col-used-last-year", 8),
            w.number("col-reorder-point", 7),
            w.number("col-par-level", 7),
            w.number("col-stockout-days", 8),
            w.number("col-overstock-days", 8),
        ],
        rows,
        w.t("insight-trends-none"),
    )
}

impl Store {
    /// The dwell insight as a report: stays per location, their spread, stays per product, and
    /// the packs waiting longer than the threshold now.
    pub(super) fn dwell_report(
        &self,
        actor: &User,
        header: Header,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<Document> {
        let w = header.words;
        let scope = self.insight_scope(actor, query, now)?;
        let answer = self.dwell_insight(actor, query, now)?;
        let about = about(w, "insight-dwell-title", &scope);
        let stays: u64 = answer.locations.iter().map(|l| l.stays).sum();
        let blocks = vec![
            facts([
                (w.t("insight-dwell-fact-stays"), units(w, stays)),
                (
                    w.t("insight-dwell-fact-locations"),
                    units(w, answer.locations.len() as u64),
                ),
                (w.t("insight-trends-fact-rows"), units(w, answer.rows_total)),
                (
                    w.t("insight-dwell-fact-threshold"),
                    w.thousands(answer.older_than_days.into()),
                ),
                (
                    w.t("insight-dwell-fact-waiting"),
                    units(w, answer.waiting_units),
                ),
            ]),
            paragraph(w.t("insight-dwell-explained")),
            stay_table(w, "insight-dwell-locations", false, &answer.locations),
            distribution(w, &answer.locations),
            stay_table(w, "insight-dwell-products", true, &answer.rows),
            waiting(w, answer.older_than_days, &answer.waiting),
        ];
        Ok(header.document(ReportKind::InsightDwell, about.title, about.covers, blocks))
    }

    /// The trends insight as a report: a line per product and location, then every week.
    pub(super) fn trends_report(
        &self,
        actor: &User,
        header: Header,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<Document> {
        let w = header.words;
        let scope = self.insight_scope(actor, query, now)?;
        let answer = self.trend_insight(actor, query, now)?;
        let about = about(w, "insight-trends-title", &scope);
        let used: u64 = answer
            .rows
            .iter()
            .flat_map(|r| r.weeks.iter().map(|x| x.used))
            .sum();
        let blocks = vec![
            facts([
                (w.t("insight-trends-fact-rows"), units(w, answer.rows_total)),
                (w.t("insight-trends-fact-used"), units(w, used)),
                (
                    w.t("insight-trends-fact-too-low"),
                    units(w, answer.verdicts.too_low),
                ),
                (
                    w.t("insight-trends-fact-too-high"),
                    units(w, answer.verdicts.too_high),
                ),
            ]),
            paragraph(w.t("insight-trends-explained")),
            trend_summary(w, &answer.rows),
            trend_weeks(w, &answer.rows),
        ];
        Ok(header.document(ReportKind::InsightTrends, about.title, about.covers, blocks))
    }
}
