//! `custody insights suppliers`: each supplier's and manufacturer's record, the receipts priced
//! above contract with their amounts, and every affected pack traced to its source.

use custody_core::currency::Currency;
use custody_core::insights::{SupplierFinding, SupplierInsight, SupplierQuality};

use super::{amount, money_headers, section};
use crate::output::{opt, table};
use crate::replenish::money;
use crate::speech::{headers, t};

/// Prints the answer.
pub(super) fn print(s: &SupplierInsight) {
    let currency = s.currency.as_deref().and_then(Currency::parse);
    let excess: i64 = s.over_contract.iter().map(|p| p.excess_cents).sum();
    println!(
        "{}",
        t!(
            "insights-suppliers-summary",
            from = s.period.from.to_string(),
            to = s.period.to.to_string(),
            suppliers = s.suppliers.len(),
            short_days = s.short_dated_days,
            tolerance = s.tolerance_percent,
            excess = amount(excess, currency)
        )
    );
    section("insights-by-supplier");
    quality_table("insights-col-supplier", &s.suppliers, currency);
    section("insights-by-manufacturer");
    quality_table("insights-col-manufacturer", &s.manufacturers, currency);
    section("insights-over-contract");
    let rows: Vec<Vec<String>> = s
        .over_contract
        .iter()
        .map(|p| {
            vec![
                p.supplier.clone(),
                p.day.to_string(),
                p.gtin.clone(),
                p.product.clone(),
                opt(&p.lot),
                p.quantity.to_string(),
                money(Some(p.unit_cost_cents), currency),
                money(Some(p.contract_cents), currency),
                money(Some(p.excess_cents), currency),
            ]
        })
        .collect();
    let ids = [
        "insights-col-supplier",
        "insights-col-day",
        "cli-col-gtin",
        "cli-col-product",
        "cli-col-lot",
        "cli-col-quantity",
        "insights-col-unit-cost",
        "insights-col-contract",
        "insights-col-excess",
    ];
    table(&money_headers(&ids, 6, currency), &rows);
    section("insights-affected");
    let rows: Vec<Vec<String>> = s
        .affected
        .iter()
        .map(|a| {
            vec![
                a.supplier.clone(),
                finding(a.finding),
                a.received.to_string(),
                a.gtin.clone(),
                a.product.clone(),
                opt(&a.manufacturer),
                opt(&a.serial),
                opt(&a.lot),
                opt(&a.expiry),
                opt(&a.manufactured),
            ]
        })
        .collect();
    let ids = [
        "insights-col-supplier",
        "insights-col-finding",
        "insights-col-received",
        "cli-col-gtin",
        "cli-col-product",
        "insights-col-manufacturer",
        "cli-col-serial",
        "cli-col-lot",
        "cli-col-expiry",
        "insights-col-manufactured",
    ];
    table(&headers(&ids), &rows);
    if s.affected_total > s.affected.len() as u64 {
        println!(
            "{}",
            t!(
                "insights-affected-more",
                shown = s.affected.len(),
                total = s.affected_total
            )
        );
    }
}

/// One row per supplier or manufacturer.
fn quality_table(key: &str, rows: &[SupplierQuality], currency: Option<Currency>) {
    let ids = [
        key,
        "cli-col-name",
        "insights-col-deliveries",
        "insights-col-units",
        "insights-finding-short-dated",
        "insights-finding-lot-or-expiry-differs",
        "insights-finding-unexpected",
        "insights-col-missing",
        "insights-finding-suspect",
        "insights-finding-duplicate-serial",
        "insights-col-recalls",
        "insights-finding-over-contract",
        "insights-col-excess",
    ];
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|q| {
            vec![
                q.key.clone(),
                q.name.clone(),
                q.deliveries.to_string(),
                q.packs.to_string(),
                q.short_dated.to_string(),
                q.lot_or_expiry_differs.to_string(),
                q.unexpected.to_string(),
                q.missing.to_string(),
                q.suspect.to_string(),
                q.duplicate_serials.to_string(),
                q.recalls.to_string(),
                q.over_contract.to_string(),
                money(Some(q.excess_cents), currency),
            ]
        })
        .collect();
    table(&money_headers(&ids, 12, currency), &cells);
}

/// A finding in words.
fn finding(f: SupplierFinding) -> String {
    match f {
        SupplierFinding::ShortDated => t!("insights-finding-short-dated"),
        SupplierFinding::LotOrExpiryDiffers => t!("insights-finding-lot-or-expiry-differs"),
        SupplierFinding::Unexpected => t!("insights-finding-unexpected"),
        SupplierFinding::Suspect => t!("insights-finding-suspect"),
        SupplierFinding::DuplicateSerial => t!("insights-finding-duplicate-serial"),
        SupplierFinding::OverContract => t!("insights-finding-over-contract"),
        SupplierFinding::Recalled => t!("insights-finding-recalled"),
    }
}
