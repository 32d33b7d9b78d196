//! `custody insights <kind>`: the filters become the api's [`InsightQuery`], the kind's
//! operation answers (`custody_api::insights`), and the answer is printed: exactly as it is
//! with `--json`, else as tables whose money columns name the site's currency. A new kind is
//! one arm of [`run`]: its operation and its printer (dwell, suppliers and trends print from
//! their own files).

use anyhow::Result;
use custody_api::{insights, Cx};
use custody_core::currency::Currency;
use custody_core::insights::{
    InsightQuery, ShrinkageFigures, ShrinkageInsight, VarianceKind, WasteCause, WasteFigures,
    WasteGroup, WasteInsight,
};
use serde::Serialize;

use crate::args::{InsightArgs, InsightsCommand};

mod dwell;
mod suppliers;
mod trends;
use crate::output::{self, opt, table};
use crate::speech::{headers, t, yes_no};

/// `custody insights <kind>`: one arm per kind.
pub fn run(cx: &mut Cx<'_>, c: InsightsCommand, as_json: bool) -> Result<i32> {
    match c {
        InsightsCommand::Dwell(a) => {
            let q = query(a.filters, Some(a.older_than));
            show(cx, q, as_json, insights::dwell, dwell::print)
        }
        InsightsCommand::Waste(a) => {
            show(cx, query(a, None), as_json, insights::waste, print_waste)
        }
        InsightsCommand::Shrinkage(a) => show(
            cx,
            query(a, None),
            as_json,
            insights::shrinkage,
            print_shrinkage,
        ),
        InsightsCommand::Suppliers(a) => show(
            cx,
            query(a, None),
            as_json,
            insights::suppliers,
            suppliers::print,
        ),
        InsightsCommand::Trends(a) => {
            show(cx, query(a, None), as_json, insights::trends, trends::print)
        }
    }
}

/// The api's query from the filters.
fn query(a: InsightArgs, older_than_days: Option<u32>) -> InsightQuery {
    InsightQuery {
        from: a.from,
        to: a.to,
        location: a.location,
        product: a.product,
        supplier: a.supplier,
        older_than_days,
    }
}

/// An insight's operation.
type Operation<T> = fn(&mut Cx<'_>, InsightQuery) -> custody_api::Result<T>;

/// Asks one insight and prints its answer.
fn show<T: Serialize>(
    cx: &mut Cx<'_>,
    query: InsightQuery,
    as_json: bool,
    operation: Operation<T>,
    print: fn(&T),
) -> Result<i32> {
    let answer = operation(cx, query)?;
    if as_json {
        output::json(&answer);
    } else {
        print(&answer);
    }
    Ok(0)
}

use crate::replenish::money;

/// Money followed by the currency's code, for a sentence.
pub(super) fn amount(cents: i64, currency: Option<Currency>) -> String {
    match currency {
        Some(c) => format!("{} {c}", money(Some(cents), currency)),
        None => money(Some(cents), currency),
    }
}

/// Column headers, the money columns (from `money_from`) naming the currency.
pub(super) fn money_headers(
    ids: &[&str],
    money_from: usize,
    currency: Option<Currency>,
) -> Vec<String> {
    let mut header = headers(ids);
    if let Some(c) = currency {
        for h in header.iter_mut().skip(money_from) {
            *h = format!("{h} ({c})");
        }
    }
    header
}

/// A section's title, after a blank line.
pub(super) fn section(id: &str) {
    println!("\n{}", crate::speech::text(id, &[]));
}

fn cause(c: WasteCause) -> String {
    match c {
        WasteCause::Recalled => t!("insights-cause-recalled"),
        WasteCause::Expired => t!("insights-cause-expired"),
        WasteCause::Damaged => t!("insights-cause-damaged"),
    }
}

fn kind(k: VarianceKind) -> String {
    match k {
        VarianceKind::Missing => t!("insights-kind-missing"),
        VarianceKind::FoundElsewhere => t!("insights-kind-found-elsewhere"),
        VarianceKind::FoundAgain => t!("insights-kind-found-again"),
        VarianceKind::WrongStatus => t!("insights-kind-wrong-status"),
        VarianceKind::LotShort => t!("insights-kind-lot-short"),
        VarianceKind::LotSurplus => t!("insights-kind-lot-surplus"),
    }
}

/// `custody insights waste`: the totals, a table per grouping, then every line.
fn print_waste(w: &WasteInsight) {
    let currency = w.currency.as_deref().and_then(Currency::parse);
    let f = &w.totals;
    println!(
        "{}",
        t!(
            "insights-waste-summary",
            from = w.period.from.to_string(),
            to = w.period.to.to_string(),
            units = f.packs,
            value = amount(f.value_cents, currency),
            expired = f.expired,
            predicted = f.predicted,
            surprise = f.surprise,
            recalled = f.recalled,
            damaged = f.damaged
        )
    );
    if f.unpriced > 0 {
        println!("{}", t!("insights-unpriced", units = f.unpriced));
    }
    let groups = [
        ("insights-by-month", "insights-col-month", &w.by_month),
        ("insights-by-product", "cli-col-gtin", &w.by_product),
        ("insights-by-location", "cli-col-location", &w.by_location),
        (
            "insights-by-supplier",
            "insights-col-supplier",
            &w.by_supplier,
        ),
    ];
    for (title, key, rows) in groups {
        section(title);
        waste_groups(key, rows, currency);
    }
    section("insights-lines");
    let rows: Vec<Vec<String>> = w
        .lines
        .iter()
        .map(|l| {
            vec![
                l.day.to_string(),
                t_disposition(&l.disposition),
                cause(l.cause),
                l.location.clone(),
                l.gtin.clone(),
                l.product.clone(),
                opt(&l.serial),
                opt(&l.lot),
                opt(&l.expiry),
                l.quantity.to_string(),
                opt(&l.supplier),
                yes_no(l.predicted),
                money(l.value_cents, currency),
            ]
        })
        .collect();
    let ids = [
        "insights-col-day",
        "insights-col-disposition",
        "insights-col-cause",
        "cli-col-location",
        "cli-col-gtin",
        "cli-col-product",
        "cli-col-serial",
        "cli-col-lot",
        "cli-col-expiry",
        "cli-col-quantity",
        "insights-col-supplier",
        "insights-col-predicted",
        "insights-col-value",
    ];
    table(&money_headers(&ids, 12, currency), &rows);
}

fn t_disposition(d: &str) -> String {
    match d {
        "destroyed" => t!("insights-disposition-destroyed"),
        _ => t!("insights-disposition-returned"),
    }
}

/// One grouping of waste: key, name, the units by cause and the value.
fn waste_groups(key: &str, groups: &[WasteGroup], currency: Option<Currency>) {
    let row = |g: &WasteGroup| {
        let f: &WasteFigures = &g.figures;
        vec![
            g.key.clone(),
            g.name.clone(),
            f.packs.to_string(),
            f.expired.to_string(),
            f.predicted.to_string(),
            f.surprise.to_string(),
            f.recalled.to_string(),
            f.damaged.to_string(),
            f.unpriced.to_string(),
            money(Some(f.value_cents), currency),
        ]
    };
    // A month is its own name: its column is said once.
    let named = groups.iter().any(|g| g.key != g.name);
    let ids = [
        key,
        "cli-col-name",
        "insights-col-units",
        "insights-col-expired",
        "insights-col-predicted",
        "insights-col-surprise",
        "insights-col-recalled",
        "insights-col-damaged",
        "insights-col-unpriced",
        "insights-col-value",
    ];
    let mut rows: Vec<Vec<String>> = groups.iter().map(row).collect();
    let mut header = money_headers(&ids, 9, currency);
    if !named {
        header.remove(1);
        for r in &mut rows {
            r.remove(1);
        }
    }
    table(&header, &rows);
}

/// The figures of shrinkage as cells: units by kind, then the value lost.
fn shrinkage_cells(f: &ShrinkageFigures, currency: Option<Currency>) -> Vec<String> {
    vec![
        f.missing.to_string(),
        f.found_elsewhere.to_string(),
        f.found_again.to_string(),
        f.wrong_status.to_string(),
        f.lot_short.to_string(),
        f.lot_surplus.to_string(),
        money(Some(f.value_lost_cents), currency),
    ]
}

const SHRINKAGE_COLUMNS: [&str; 7] = [
    "insights-kind-missing",
    "insights-kind-found-elsewhere",
    "insights-kind-found-again",
    "insights-kind-wrong-status",
    "insights-kind-lot-short",
    "insights-kind-lot-surplus",
    "insights-col-value-lost",
];

/// `custody insights shrinkage`: the totals, the locations, the months, then every variance.
fn print_shrinkage(s: &ShrinkageInsight) {
    let currency = s.currency.as_deref().and_then(Currency::parse);
    let f = &s.totals;
    println!(
        "{}",
        t!(
            "insights-shrinkage-summary",
            from = s.period.from.to_string(),
            to = s.period.to.to_string(),
            missing = f.missing,
            found = f.found_elsewhere + f.found_again,
            value = amount(f.value_lost_cents, currency)
        )
    );
    section("insights-by-location");
    let mut ids = vec![
        "cli-col-location",
        "cli-col-name",
        "insights-col-counts",
        "insights-col-with-variance",
        "insights-col-keeps-disagreeing",
    ];
    ids.extend(SHRINKAGE_COLUMNS);
    let rows: Vec<Vec<String>> = s
        .by_location
        .iter()
        .map(|l| {
            let mut row = vec![
                l.location.clone(),
                l.name.clone(),
                l.counts.to_string(),
                l.counts_with_variance.to_string(),
                yes_no(l.keeps_disagreeing),
            ];
            row.extend(shrinkage_cells(&l.figures, currency));
            row
        })
        .collect();
    table(&money_headers(&ids, 11, currency), &rows);
    section("insights-by-month");
    let mut ids = vec!["insights-col-month"];
    ids.extend(SHRINKAGE_COLUMNS);
    let rows: Vec<Vec<String>> = s
        .by_month
        .iter()
        .map(|(m, f)| {
            let mut row = vec![m.clone()];
            row.extend(shrinkage_cells(f, currency));
            row
        })
        .collect();
    table(&money_headers(&ids, 7, currency), &rows);
    shrinkage_lines(s, currency);
}

/// Every variance, oldest first.
fn shrinkage_lines(s: &ShrinkageInsight, currency: Option<Currency>) {
    section("insights-lines");
    let ids = [
        "insights-col-day",
        "insights-col-count",
        "cli-col-location",
        "cli-col-kind",
        "cli-col-gtin",
        "cli-col-product",
        "cli-col-serial",
        "cli-col-lot",
        "cli-col-quantity",
        "insights-col-value",
    ];
    let rows: Vec<Vec<String>> = s
        .lines
        .iter()
        .map(|l| {
            vec![
                l.day.to_string(),
                l.count.clone(),
                l.location.clone(),
                kind(l.kind),
                l.gtin.clone(),
                l.product.clone(),
                opt(&l.serial),
                opt(&l.lot),
                l.quantity.to_string(),
                money(l.value_cents, currency),
            ]
        })
        .collect();
    table(&money_headers(&ids, 9, currency), &rows);
}
