//! Supplier quality as reports: the insight over every supplier and manufacturer, and one
//! supplier's scorecard, printed for its QA review: its figures, the receipts it priced above
//! contract with the amounts, and every affected pack with its lot and manufacturing date (AI 11)
//! so the QA officer can trace it back to the source, with lines to sign.

use super::header::Header;
use super::insights::{about, table, units};
use super::*;
use crate::insights::{
    AffectedPack, InsightQuery, PriceExcess, SupplierFinding, SupplierInsight, SupplierQuality,
};
use crate::model::*;
use crate::Store;

/// The figures of a supplier's (or manufacturer's) record, as columns after its own.
fn quality_columns(w: Words, mut first: Vec<Column>) -> Vec<Column> {
    first.extend([
        w.number("col-deliveries", 7),
        w.number("col-packs", 6),
        w.number("col-short-dated", 6),
        w.number("col-lot-or-expiry-differs", 7),
        w.number("col-unexpected", 6),
        w.number("col-missing", 6),
        w.number("col-suspect", 6),
        w.number("col-duplicate-serials", 7),
        w.number("col-over-contract", 6),
        w.money_column("col-excess", 9),
        w.number("col-recalls", 6),
    ]);
    first
}

/// A record's figures as cells, after its own.
fn quality_cells(w: Words, mut first: Vec<String>, q: &SupplierQuality) -> Vec<String> {
    first.extend([
        units(w, q.deliveries),
        units(w, q.packs),
        units(w, q.short_dated),
        units(w, q.lot_or_expiry_differs),
        units(w, q.unexpected),
        units(w, q.missing),
        units(w, q.suspect),
        units(w, q.duplicate_serials),
        units(w, q.over_contract),
        w.money(q.excess_cents),
        units(w, q.recalls),
    ]);
    first
}

/// The suppliers' records: code, name, figures.
fn suppliers_table(w: Words, rows: &[SupplierQuality]) -> Block {
    table(
        w.t("insight-suppliers-table"),
        quality_columns(w, vec![w.text("col-supplier", 10), w.text("col-name", 16)]),
        rows.iter()
            .map(|q| quality_cells(w, vec![q.key.clone(), q.name.clone()], q))
            .collect(),
        w.t("insight-suppliers-none"),
    )
}

/// The manufacturers' records: name (its own key), figures.
fn manufacturers_table(w: Words, rows: &[SupplierQuality]) -> Block {
    table(
        w.t("insight-manufacturers-table"),
        quality_columns(w, vec![w.text("col-manufacturer", 20)]),
        rows.iter()
            .map(|q| quality_cells(w, vec![q.name.clone()], q))
            .collect(),
        w.t("insight-suppliers-none"),
    )
}

/// Receipts priced above contract, with the supplier's code when `supplier` (the insight over
/// every supplier), and a total row when `total` (the scorecard).
fn excess_table(w: Words, lines: &[&PriceExcess], supplier: bool, total: bool) -> Block {
    let mut columns = Vec::new();
    if supplier {
        columns.push(w.text("col-supplier", 10));
    }
    columns.extend([
        w.text("col-day", 10),
        w.text("col-product", 26),
        w.text("col-gtin", 14),
        w.text("col-lot", 9),
        w.number("col-qty", 5),
        w.money_column("col-unit-cost", 8),
        w.money_column("col-contract-price", 8),
        w.money_column("col-excess", 9),
    ]);
    let mut rows: Vec<Vec<String>> = lines
        .iter()
        .map(|l| {
            let mut row = Vec::new();
            if supplier {
                row.push(l.supplier.clone());
            }
            row.extend([
                l.day.to_string(),
                l.product.clone(),
                l.gtin.clone(),
                opt(&l.lot),
                units(w, l.quantity),
                w.money(l.unit_cost_cents),
                w.money(l.contract_cents),
                w.money(l.excess_cents),
            ]);
            row
        })
        .collect();
    if total && !lines.is_empty() {
        let mut row = vec![String::new(); columns.len()];
        let n = row.len();
        row[1] = w.t("insight-total");
        row[n - 4] = units(w, lines.iter().map(|l| l.quantity).sum());
        row[n - 1] = w.money(excess_sum(lines.iter().copied()));
        rows.push(row);
    }
    table(
        w.t("insight-over-contract-table"),
        columns,
        rows,
        w.t("insight-over-contract-none"),
    )
}

/// What the lines cost above contract together (at most the largest amount there is).
fn excess_sum<'a>(lines: impl Iterator<Item = &'a PriceExcess>) -> i64 {
    lines.fold(0i64, |sum, l| sum.saturating_add(l.excess_cents))
}

/// Why a pack is on the list, in words.
fn finding(w: Words, f: SupplierFinding) -> String {
    w.t(match f {
        SupplierFinding::ShortDated => "insight-finding-short-dated",
        SupplierFinding::LotOrExpiryDiffers => "insight-finding-lot-or-expiry",
        SupplierFinding::Unexpected => "insight-finding-unexpected",
        SupplierFinding::Suspect => "insight-finding-suspect",
        SupplierFinding::DuplicateSerial => "insight-finding-duplicate-serial",
        SupplierFinding::OverContract => "insight-finding-over-contract",
        SupplierFinding::Recalled => "insight-finding-recalled",
    })
}

/// The packs a finding touches, traced back to the source, with the supplier's code when
/// `supplier`.
fn affected_table(w: Words, packs: &[&AffectedPack], supplier: bool) -> Block {
    let mut columns = Vec::new();
    if supplier {
        columns.push(w.text("col-supplier", 9));
    }
    columns.extend([
        w.text("col-finding", 11),
        w.text("col-received", 10),
        w.text("col-product", 18),
        w.text("col-gtin", 14),
        w.text("col-manufacturer", 12),
        w.text("col-serial", 11),
        w.text("col-lot", 8),
        w.text("col-expiry", 10),
        w.text("col-manufactured", 14),
    ]);
    let rows = packs
        .iter()
        .map(|p| {
            let mut row = Vec::new();
            if supplier {
                row.push(p.supplier.clone());
            }
            row.extend([
                finding(w, p.finding),
                p.received.to_string(),
                p.product.clone(),
                p.gtin.clone(),
                opt(&p.manufacturer),
                opt(&p.serial),
                opt(&p.lot),
                opt(&p.expiry),
                opt(&p.manufactured),
            ]);
            row
        })
        .collect();
    table(
        w.t("insight-affected-table"),
        columns,
        rows,
        w.t("insight-affected-none"),
    )
}

/// The thresholds the findings were judged by: the price tolerance and short-dated days.
fn thresholds(w: Words, a: &SupplierInsight) -> [(String, String); 2] {
    [
        (
            w.t("insight-suppliers-fact-tolerance"),
            w.a(
                "insight-percent",
                [("percent", w.thousands(a.tolerance_percent.into()).into())],
            ),
        ),
        (
            w.t("insight-suppliers-fact-short-dated-days"),
            w.thousands(a.short_dated_days.into()),
        ),
    ]
}

/// A scorecard's facts: the supplier's record, then the thresholds.
fn record_facts(w: Words, q: &SupplierQuality, a: &SupplierInsight) -> Block {
    let mut pairs = vec![
        (
            w.t("scorecard-fact-supplier"),
            format!("{} ({})", q.name, q.key),
        ),
        (w.t("scorecard-fact-deliveries"), units(w, q.deliveries)),
        (w.t("scorecard-fact-packs"), units(w, q.packs)),
        (w.t("scorecard-fact-short-dated"), units(w, q.short_dated)),
        (
            w.t("scorecard-fact-lot-or-expiry"),
            units(w, q.lot_or_expiry_differs),
        ),
        (w.t("scorecard-fact-unexpected"), units(w, q.unexpected)),
        (w.t("scorecard-fact-missing"), units(w, q.missing)),
        (w.t("scorecard-fact-suspect"), units(w, q.suspect)),
        (
            w.t("scorecard-fact-duplicate-serials"),
            units(w, q.duplicate_serials),
        ),
        (
            w.t("scorecard-fact-over-contract"),
            units(w, q.over_contract),
        ),
        (w.t("scorecard-fact-excess"), w.amount(q.excess_cents)),
        (w.t("scorecard-fact-recalls"), units(w, q.recalls)),
    ];
    pairs.extend(thresholds(w, a));
    facts(pairs)
}

impl Store {
    /// The supplier quality insight as a report: every supplier's and manufacturer's record,
    /// the receipts priced above contract, and the affected packs.
    pub(super) fn suppliers_report(
        &self,
        actor: &User,
        header: Header,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<Document> {
        let w = header.words;
        let scope = self.insight_scope(actor, query, now)?;
        let a = self.supplier_insight(actor, query, now)?;
        let about = about(w, "insight-suppliers-title", &scope);
        let mut pairs = vec![
            (
                w.t("insight-suppliers-fact-suppliers"),
                units(w, a.suppliers.len() as u64),
            ),
            (
                w.t("insight-suppliers-fact-packs"),
                units(w, a.suppliers.iter().map(|q| q.packs).sum()),
            ),
            (
                w.t("insight-suppliers-fact-over-contract"),
                units(w, a.over_contract.len() as u64),
            ),
            (
                w.t("insight-suppliers-fact-excess"),
                w.amount(excess_sum(a.over_contract.iter())),
            ),
            (
                w.t("insight-suppliers-fact-affected"),
                units(w, a.affected_total),
            ),
        ];
        pairs.extend(thresholds(w, &a));
        let excess: Vec<&PriceExcess> = a.over_contract.iter().collect();
        let affected: Vec<&AffectedPack> = a.affected.iter().collect();
        let blocks = vec![
            facts(pairs),
            paragraph(w.t("insight-suppliers-explained")),
            suppliers_table(w, &a.suppliers),
            manufacturers_table(w, &a.manufacturers),
            excess_table(w, &excess, true, false),
            affected_table(w, &affected, true),
        ];
        Ok(header.document(
            ReportKind::InsightSuppliers,
            about.title,
            about.covers,
            blocks,
        ))
    }

    /// One supplier's scorecard over the query's period (`query.supplier` names it): its
    /// record, its receipts above contract with their total, its affected packs, and lines for
    /// the QA officer and the pharmacist in charge to sign. Its tables are narrow enough for the
    /// page to stay upright, as a document to sign is filed.
    pub(super) fn scorecard_report(
        &self,
        actor: &User,
        header: Header,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<Document> {
        let w = header.words;
        let scope = self.insight_scope(actor, query, now)?;
        let a = self.supplier_insight(actor, query, now)?;
        let (code, name) = scope
            .supplier
            .as_ref()
            .map(|p| (p.code.clone(), p.name.clone()))
            .unwrap_or_default();
        // A supplier that sent nothing in the period has a record of noughts.
        let record = a
            .suppliers
            .iter()
            .find(|q| q.key == code)
            .cloned()
            .unwrap_or_else(|| SupplierQuality {
                key: code.clone(),
                name: name.clone(),
                ..SupplierQuality::default()
            });
        let excess: Vec<&PriceExcess> = a
            .over_contract
            .iter()
            .filter(|l| l.supplier == code)
            .collect();
        let affected: Vec<&AffectedPack> =
            a.affected.iter().filter(|p| p.supplier == code).collect();
        let from = scope.period.from.to_string();
        let to = scope.period.to.to_string();
        let title = w.a(
            "scorecard-title",
            [
                ("code", code.as_str().into()),
                ("from", from.as_str().into()),
                ("to", to.as_str().into()),
            ],
        );
        let covers = w.a(
            "scorecard-covers",
            [
                ("from", from.into()),
                ("to", to.into()),
                ("code", code.as_str().into()),
            ],
        );
        let blocks = vec![
            record_facts(w, &record, &a),
            paragraph(w.t("scorecard-explained")),
            excess_table(w, &excess, false, true),
            affected_table(w, &affected, false),
            Block::Signatures {
                roles: vec![w.t("report-role-qa"), w.t("report-role-pharmacist")],
            },
        ];
        Ok(header.document(ReportKind::SupplierScorecard, title, covers, blocks))
    }
}
