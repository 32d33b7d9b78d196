//! `custody insights dwell`: the stays per location, then per location and product, their
//! distribution, and the stock waiting longer than the threshold.

use custody_core::insights::{DwellInsight, DwellRow, DWELL_BUCKETS};

use super::section;
use crate::output::{opt, table};
use crate::speech::{headers, t};

/// Prints the answer.
pub(super) fn print(d: &DwellInsight) {
    let stays: u64 = d.locations.iter().map(|l| l.stays).sum();
    println!(
        "{}",
        t!(
            "insights-dwell-summary",
            from = d.period.from.to_string(),
            to = d.period.to.to_string(),
            stays = stays,
            waiting = d.waiting_total,
            units = d.waiting_units,
            days = d.older_than_days
        )
    );
    section("insights-by-location");
    stay_table(&d.locations, false);
    section("insights-by-location-product");
    stay_table(&d.rows, true);
    if d.rows_total > d.rows.len() as u64 {
        println!(
            "{}",
            t!(
                "insights-dwell-products-more",
                shown = d.rows.len(),
                total = d.rows_total,
                each = d.products_listed
            )
        );
    }
    section("insights-dwell-distribution");
    let mut header = vec![t!("cli-col-location")];
    let mut low = 0;
    for b in DWELL_BUCKETS {
        header.push(t!("insights-days-range", from = low, to = b));
        low = b;
    }
    header.push(t!("insights-days-over", days = low));
    let rows: Vec<Vec<String>> = d
        .locations
        .iter()
        .map(|l| {
            let mut row = vec![l.location.clone()];
            row.extend(l.histogram.iter().map(u64::to_string));
            row
        })
        .collect();
    table(&header, &rows);
    section("insights-waiting");
    let rows: Vec<Vec<String>> = d
        .waiting
        .iter()
        .map(|w| {
            vec![
                w.location.clone(),
                w.gtin.clone(),
                w.product.clone(),
                opt(&w.serial),
                opt(&w.lot),
                opt(&w.expiry),
                w.quantity.to_string(),
                w.status.clone(),
                w.since.to_string(),
                w.days.to_string(),
            ]
        })
        .collect();
    let ids = [
        "cli-col-location",
        "cli-col-gtin",
        "cli-col-product",
        "cli-col-serial",
        "cli-col-lot",
        "cli-col-expiry",
        "cli-col-quantity",
        "cli-col-status",
        "insights-col-since",
        "insights-col-days",
    ];
    table(&headers(&ids), &rows);
    if d.waiting_total > d.waiting.len() as u64 {
        println!(
            "{}",
            t!(
                "insights-waiting-more",
                shown = d.waiting.len(),
                total = d.waiting_total
            )
        );
    }
}

/// Stays, median and 90th percentile per row; with the product's columns when it has them.
fn stay_table(rows: &[DwellRow], with_product: bool) {
    let mut ids = vec!["cli-col-location"];
    if with_product {
        ids.extend(["cli-col-gtin", "cli-col-product"]);
    }
    ids.extend([
        "insights-col-stays",
        "insights-col-median-days",
        "insights-col-p90-days",
    ]);
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut row = vec![r.location.clone()];
            if with_product {
                row.extend([opt(&r.gtin), opt(&r.product)]);
            }
            row.extend([
                r.stays.to_string(),
                format!("{:.1}", r.median_days),
                format!("{:.1}", r.p90_days),
            ]);
            row
        })
        .collect();
    table(&headers(&ids), &cells);
}
