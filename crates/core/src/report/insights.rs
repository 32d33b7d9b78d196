//! The insights as reports: each answer of `crate::insights` turned into a document that says
//! its period and filters in its title, its key figures as facts, and the tables the Insights
//! screen shows, so a manager can print them or take them into a spreadsheet. What is shared by
//! every insight's report (the title, "Covers", yes and no) is here, with waste and shrinkage;
//! dwell and trends are in `insight_flow`, supplier quality and the scorecard in `scorecard`.

use super::header::{place, Header};
use super::*;
use crate::insights::{
    InsightQuery, Scope, ShrinkageFigures, ShrinkageLine, ShrinkageLocation, VarianceKind,
    WasteCause, WasteFigures, WasteGroup, WasteLine,
};
use crate::model::*;
use crate::Store;

/// What an insight's report is about, said in its words: the title (the insight's own, naming
/// the period, with the filters after it) and the "Covers" line.
pub(super) struct About {
    /// The title.
    pub title: String,
    /// What the report covers, before the ledger's position.
    pub covers: String,
}

/// The filters of a scope in words ("at WARD-3A (Ward 3A)", "supplier MediDist (MEDIDIST)").
fn filters(w: Words, scope: &Scope) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(l) = &scope.location {
        out.push(w.a("insight-filter-location", [("location", place(l).into())]));
    }
    if let Some(p) = &scope.product {
        out.push(w.a(
            "insight-filter-product",
            [
                ("product", p.data.name.as_str().into()),
                ("gtin", p.data.gtin.as_str().into()),
            ],
        ));
    }
    if let Some(s) = &scope.supplier {
        out.push(w.a(
            "insight-filter-supplier",
            [
                ("supplier", s.name.as_str().into()),
                ("code", s.code.as_str().into()),
            ],
        ));
    }
    out
}

/// The title (the message `title` with the period's days, then the filters) and "Covers".
pub(super) fn about(w: Words, title: &str, scope: &Scope) -> About {
    let from = scope.period.from.to_string();
    let to = scope.period.to.to_string();
    let title = w.a(
        title,
        [("from", from.as_str().into()), ("to", to.as_str().into())],
    );
    let filters = filters(w, scope);
    let (title, scope_text) = if filters.is_empty() {
        (title, w.t("insight-scope-all"))
    } else {
        let joined = filters.join("; ");
        let title = w.a(
            "insight-title-filtered",
            [("title", title.into()), ("filters", joined.as_str().into())],
        );
        (title, joined)
    };
    let covers = w.a(
        "insight-covers",
        [
            ("from", from.into()),
            ("to", to.into()),
            ("scope", scope_text.into()),
        ],
    );
    About { title, covers }
}

/// Yes or no, in words.
pub(super) fn yes_no(w: Words, yes: bool) -> String {
    w.t(if yes { "report-yes" } else { "report-no" })
}

/// A count of units, as a person reads it.
pub(super) fn units(w: Words, n: u64) -> String {
    w.thousands(n)
}

/// A table block.
pub(super) fn table(
    name: String,
    columns: Vec<Column>,
    rows: Vec<Vec<String>>,
    empty: String,
) -> Block {
    Block::Table(Table {
        name,
        columns,
        rows,
        empty,
    })
}

/// The columns of waste figures, after a group's own.
fn waste_columns(w: Words, mut first: Vec<Column>) -> Vec<Column> {
    first.extend([
        w.number("col-units", 7),
        w.money_column("col-value", 10),
        w.number("col-unpriced", 7),
        w.number("col-expired", 7),
        w.number("col-recalled", 7),
        w.number("col-damaged", 7),
        w.number("col-predicted", 7),
        w.number("col-surprise", 7),
    ]);
    first
}

/// Waste figures as cells, after a group's own.
fn waste_cells(w: Words, mut first: Vec<String>, f: &WasteFigures) -> Vec<String> {
    first.extend([
        units(w, f.packs),
        w.money(f.value_cents),
        units(w, f.unpriced),
        units(w, f.expired),
        units(w, f.recalled),
        units(w, f.damaged),
        units(w, f.predicted),
        units(w, f.surprise),
    ]);
    first
}

/// A waste group's table: its key and name columns (`key`, `name`; none for a month, whose
/// name is its key), then the figures.
fn waste_group_table(
    w: Words,
    table_id: &str,
    key: (&str, Option<&str>),
    groups: &[WasteGroup],
) -> Block {
    let mut first = vec![w.text(key.0, 12)];
    if let Some(name) = key.1 {
        first.push(w.text(name, 24));
    }
    let rows = groups
        .iter()
        .map(|g| {
            let code = if g.key.is_empty() {
                w.t("insight-no-supplier")
            } else {
                g.key.clone()
            };
            let lead = if key.1.is_some() {
                vec![code, g.name.clone()]
            } else {
                vec![code]
            };
            waste_cells(w, lead, &g.figures)
        })
        .collect();
    table(
        w.t(table_id),
        waste_columns(w, first),
        rows,
        w.t("insight-waste-none"),
    )
}

/// Why a pack was lost, in words.
fn cause(w: Words, c: WasteCause) -> String {
    w.t(match c {
        WasteCause::Recalled => "insight-cause-recalled",
        WasteCause::Expired => "insight-cause-expired",
        WasteCause::Damaged => "insight-cause-damaged",
    })
}

/// How a pack left (`destroyed`, `returned_to_supplier`), in words; another as stored.
fn disposition(w: Words, d: &str) -> String {
    match d {
        "destroyed" => w.t("insight-disposition-destroyed"),
        "returned_to_supplier" => w.t("insight-disposition-returned"),
        other => other.replace('_', " "),
    }
}

/// Where a value's unit price came from, in words.
fn priced_by(w: Words, by: &str) -> String {
    match by {
        "receipt" => w.t("insight-priced-receipt"),
        "contract" => w.t("insight-priced-contract"),
        _ => w.t("insight-priced-none"),
    }
}

/// Every lost line, oldest first.
fn waste_lines(w: Words, lines: &[WasteLine]) -> Block {
    let columns = vec![
        w.text("col-day", 10),
        w.text("col-disposition", 11),
        w.text("col-cause", 9),
        w.text("col-location", 9),
        w.text("col-product", 22),
        w.text("col-gtin", 14),
        w.text("col-serial", 11),
        w.text("col-lot", 8),
        w.text("col-expiry", 10),
        w.number("col-qty", 5),
        w.text("col-supplier", 10),
        w.money_column("col-value", 8),
        w.text("col-priced-by", 9),
        w.text("col-predicted", 7),
    ];
    let rows = lines
        .iter()
        .map(|l| {
            vec![
                l.day.to_string(),
                disposition(w, &l.disposition),
                cause(w, l.cause),
                l.location.clone(),
                l.product.clone(),
                l.gtin.clone(),
                opt(&l.serial),
                opt(&l.lot),
                opt(&l.expiry),
                units(w, l.quantity),
                opt(&l.supplier),
                l.value_cents.map(|c| w.money(c)).unwrap_or_default(),
                priced_by(w, &l.priced_by),
                if l.cause == WasteCause::Expired {
                    yes_no(w, l.predicted)
                } else {
                    String::new()
                },
            ]
        })
        .collect();
    table(
        w.t("insight-waste-lines"),
        columns,
        rows,
        w.t("insight-waste-none"),
    )
}

/// Which variance, in words.
fn variance(w: Words, k: VarianceKind) -> String {
    w.t(match k {
        VarianceKind::Missing => "insight-variance-missing",
        VarianceKind::FoundElsewhere => "insight-variance-found-elsewhere",
        VarianceKind::FoundAgain => "insight-variance-found-again",
        VarianceKind::WrongStatus => "insight-variance-wrong-status",
        VarianceKind::LotShort => "insight-variance-lot-short",
        VarianceKind::LotSurplus => "insight-variance-lot-surplus",
    })
}

/// The columns of shrinkage figures, after a row's own.
fn shrinkage_columns(w: Words, mut first: Vec<Column>) -> Vec<Column> {
    first.extend([
        w.number("col-missing", 7),
        w.number("col-found-elsewhere", 8),
        w.number("col-found-again", 7),
        w.number("col-wrong-status", 7),
        w.number("col-lot-short", 7),
        w.number("col-lot-surplus", 7),
        w.money_column("col-value-lost", 10),
    ]);
    first
}

/// Shrinkage figures as cells, after a row's own.
fn shrinkage_cells(w: Words, mut first: Vec<String>, f: &ShrinkageFigures) -> Vec<String> {
    first.extend([
        units(w, f.missing),
        units(w, f.found_elsewhere),
        units(w, f.found_again),
        units(w, f.wrong_status),
        units(w, f.lot_short),
        units(w, f.lot_surplus),
        w.money(f.value_lost_cents),
    ]);
    first
}

/// The shrinkage per location, with its counts and whether they keep disagreeing.
fn shrinkage_locations(w: Words, rows: &[ShrinkageLocation]) -> Block {
    let columns = shrinkage_columns(
        w,
        vec![
            w.text("col-location", 10),
            w.text("col-name", 16),
            w.number("col-counts", 6),
            w.number("col-counts-with-variance", 8),
        ],
    );
    let rows = rows
        .iter()
        .map(|l| {
            let mut row = shrinkage_cells(
                w,
                vec![
                    l.location.clone(),
                    l.name.clone(),
                    units(w, l.counts),
                    units(w, l.counts_with_variance),
                ],
                &l.figures,
            );
            row.push(yes_no(w, l.keeps_disagreeing));
            row
        })
        .collect();
    let mut columns = columns;
    columns.push(w.text("col-keeps-disagreeing", 9));
    table(
        w.t("insight-shrinkage-by-location"),
        columns,
        rows,
        w.t("insight-shrinkage-no-count"),
    )
}

/// Every variance, oldest first.
fn shrinkage_lines(w: Words, lines: &[ShrinkageLine]) -> Block {
    let rows = lines
        .iter()
        .map(|l| {
            vec![
                l.day.to_string(),
                l.count.clone(),
                l.location.clone(),
                variance(w, l.kind),
                l.product.clone(),
                l.gtin.clone(),
                opt(&l.serial),
                opt(&l.lot),
                units(w, l.quantity),
                l.value_cents.map(|c| w.money(c)).unwrap_or_default(),
            ]
        })
        .collect();
    table(
        w.t("insight-shrinkage-lines"),
        vec![
            w.text("col-day", 10),
            w.text("col-count-ref", 9),
            w.text("col-location", 9),
            w.text("col-variance", 12),
            w.text("col-product", 24),
            w.text("col-gtin", 14),
            w.text("col-serial", 11),
            w.text("col-lot", 8),
            w.number("col-qty", 5),
            w.money_column("col-value", 9),
        ],
        rows,
        w.t("insight-shrinkage-none"),
    )
}

impl Store {
    /// The waste insight as a report: its totals, the tables by month, product, location and
    /// supplier, and every line.
    pub(super) fn waste_report(
        &self,
        actor: &User,
        header: Header,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<Document> {
        let w = header.words;
        let scope = self.insight_scope(actor, query, now)?;
        let answer = self.waste_insight(actor, query, now)?;
        let t = &answer.totals;
        let about = about(w, "insight-waste-title", &scope);
        let blocks = vec![
            facts([
                (w.t("insight-waste-fact-units"), units(w, t.packs)),
                (w.t("insight-waste-fact-value"), w.amount(t.value_cents)),
                (w.t("insight-waste-fact-unpriced"), units(w, t.unpriced)),
                (w.t("insight-waste-fact-expired"), units(w, t.expired)),
                (w.t("insight-waste-fact-predicted"), units(w, t.predicted)),
                (w.t("insight-waste-fact-surprise"), units(w, t.surprise)),
                (w.t("insight-waste-fact-recalled"), units(w, t.recalled)),
                (w.t("insight-waste-fact-damaged"), units(w, t.damaged)),
            ]),
            paragraph(w.t("insight-waste-explained")),
            waste_group_table(
                w,
                "insight-waste-by-month",
                ("col-month", None),
                &answer.by_month,
            ),
            waste_group_table(
                w,
                "insight-waste-by-product",
                ("col-gtin", Some("col-product")),
                &answer.by_product,
            ),
            waste_group_table(
                w,
                "insight-waste-by-location",
                ("col-location", Some("col-name")),
                &answer.by_location,
            ),
            waste_group_table(
                w,
                "insight-waste-by-supplier",
                ("col-supplier", Some("col-name")),
                &answer.by_supplier,
            ),
            waste_lines(w, &answer.lines),
        ];
        Ok(header.document(ReportKind::InsightWaste, about.title, about.covers, blocks))
    }

    /// The shrinkage insight as a report: its totals, the locations that keep disagreeing, the
    /// tables by month and location, and every variance.
    pub(super) fn shrinkage_report(
        &self,
        actor: &User,
        header: Header,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<Document> {
        let w = header.words;
        let scope = self.insight_scope(actor, query, now)?;
        let answer = self.shrinkage_insight(actor, query, now)?;
        let t = &answer.totals;
        let disagreeing: Vec<&str> = answer
            .by_location
            .iter()
            .filter(|l| l.keeps_disagreeing)
            .map(|l| l.location.as_str())
            .collect();
        let about = about(w, "insight-shrinkage-title", &scope);
        let months = answer
            .by_month
            .iter()
            .map(|(m, f)| shrinkage_cells(w, vec![m.clone()], f))
            .collect();
        let blocks = vec![
            facts([
                (w.t("insight-shrinkage-fact-missing"), units(w, t.missing)),
                (
                    w.t("insight-shrinkage-fact-found-elsewhere"),
                    units(w, t.found_elsewhere),
                ),
                (
                    w.t("insight-shrinkage-fact-found-again"),
                    units(w, t.found_again),
                ),
                (
                    w.t("insight-shrinkage-fact-wrong-status"),
                    units(w, t.wrong_status),
                ),
                (
                    w.t("insight-shrinkage-fact-lot-short"),
                    units(w, t.lot_short),
                ),
                (
                    w.t("insight-shrinkage-fact-lot-surplus"),
                    units(w, t.lot_surplus),
                ),
                (
                    w.t("insight-shrinkage-fact-value"),
                    w.amount(t.value_lost_cents),
                ),
                (
                    w.t("insight-shrinkage-fact-disagreeing"),
                    if disagreeing.is_empty() {
                        w.t("report-none")
                    } else {
                        disagreeing.join(", ")
                    },
                ),
            ]),
            paragraph(w.t("insight-shrinkage-explained")),
            shrinkage_locations(w, &answer.by_location),
            table(
                w.t("insight-shrinkage-by-month"),
                shrinkage_columns(w, vec![w.text("col-month", 10)]),
                months,
                w.t("insight-shrinkage-none"),
            ),
            shrinkage_lines(w, &answer.lines),
        ];
        Ok(header.document(
            ReportKind::InsightShrinkage,
            about.title,
            about.covers,
            blocks,
        ))
    }
}
