//! `custody insights trends`: a row per product and location (use this year and last, stock-out
//! and overstock days, the verdict on its rules), then the weeks of the first rows.

use custody_core::insights::{RuleVerdict, TrendInsight, TrendRow};

use crate::output::{opt, table};
use crate::speech::{headers, t};

/// The rows whose weeks are printed; `--json` has every row's.
const ROWS_WITH_WEEKS: usize = 3;

/// Prints the answer.
pub(super) fn print(tr: &TrendInsight) {
    println!(
        "{}",
        t!(
            "insights-trends-summary",
            from = tr.period.from.to_string(),
            to = tr.period.to.to_string(),
            rows = tr.rows_total,
            low = tr.verdicts.too_low,
            high = tr.verdicts.too_high,
            none = tr.verdicts.no_rule,
            listed = tr.rows.len()
        )
    );
    let ids = [
        "cli-col-gtin",
        "cli-col-product",
        "cli-col-location",
        "insights-col-used",
        "insights-col-used-last-year",
        "insights-col-stockout-days",
        "insights-col-overstock-days",
        "insights-col-verdict",
    ];
    let rows: Vec<Vec<String>> = tr
        .rows
        .iter()
        .map(|r| {
            let used: u64 = r.weeks.iter().map(|w| w.used).sum();
            let last: Option<u64> = r.weeks.iter().map(|w| w.used_last_year).sum();
            vec![
                r.gtin.clone(),
                r.product.clone(),
                r.location.clone(),
                used.to_string(),
                opt(&last),
                r.stockout_days.to_string(),
                r.overstock_days.to_string(),
                verdict(r.verdict),
            ]
        })
        .collect();
    table(&headers(&ids), &rows);
    for r in tr.rows.iter().take(ROWS_WITH_WEEKS) {
        weeks(r);
    }
}

/// A row's weeks.
fn weeks(r: &TrendRow) {
    println!();
    println!(
        "{}",
        t!(
            "insights-trends-weeks",
            product = r.product.clone(),
            location = r.location.clone()
        )
    );
    let ids = [
        "insights-col-week",
        "insights-col-used",
        "insights-col-used-last-year",
        "insights-col-rule",
        "insights-col-stockout-days",
        "insights-col-overstock-days",
    ];
    let rows: Vec<Vec<String>> = r
        .weeks
        .iter()
        .map(|w| {
            let rule = w.rule.as_ref().map(|l| {
                t!(
                    "insights-rule",
                    reorder = l.reorder_point,
                    par = l.par_level,
                    lead = l.lead_time_days
                )
            });
            vec![
                w.week.clone(),
                w.used.to_string(),
                opt(&w.used_last_year),
                opt(&rule),
                w.stockout_days.to_string(),
                w.overstock_days.to_string(),
            ]
        })
        .collect();
    table(&headers(&ids), &rows);
}

/// A verdict in words.
fn verdict(v: RuleVerdict) -> String {
    match v {
        RuleVerdict::TooLow => t!("insights-verdict-too-low"),
        RuleVerdict::TooHigh => t!("insights-verdict-too-high"),
        RuleVerdict::Fits => t!("insights-verdict-fits"),
        RuleVerdict::NoRule => t!("insights-verdict-no-rule"),
    }
}
