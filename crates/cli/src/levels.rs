//! `custody reorder|shortages|expiring|alert-windows|position`: each command's arguments become
//! the api's request (`custody_api::levels`; the alert windows are a site setting,
//! `custody_api::settings`). Windows, lead times and the other defaults are the api's: an option
//! not given is not sent.

use std::path::Path;

use anyhow::{bail, Context as _, Result};
use custody_api::levels::{
    self, ExpiryQuery, PositionQuery, RuleForm, ShortageQuery, SuggestRequest,
};
use custody_api::settings::{set_site_settings, site_settings};
use custody_api::Cx;
use custody_core::currency::Currency;
use custody_core::levels::{
    ExpiryLine, Position, ReorderRule, RuleChange, RuleChangeFilter, RuleLevels,
};

use crate::args::{
    ExpiringArgs, PositionArgs, ReorderCommand, ReorderHistoryArgs, ReorderSetArgs,
    ReorderSuggestArgs,
};
use crate::files::read_import;
use crate::output::{self, table};
use crate::speech::{headers, t};

fn rules_table(rules: &[ReorderRule]) {
    table(
        &headers(&[
            "cli-col-location",
            "cli-col-gtin",
            "cli-col-product",
            "cli-col-min",
            "cli-col-max",
            "levels-col-lead-time",
        ]),
        &rules
            .iter()
            .map(|r| {
                vec![
                    r.location.clone(),
                    r.gtin.clone(),
                    r.product.clone(),
                    r.reorder_point.to_string(),
                    r.par_level.to_string(),
                    t!("cli-days-short", days = r.lead_time_days),
                ]
            })
            .collect::<Vec<_>>(),
    );
}

fn positions_table(ps: &[Position], with_order: bool) {
    let mut header = vec![
        "cli-col-location",
        "cli-col-gtin",
        "cli-col-product",
        "levels-col-on-hand",
        "levels-col-usable",
        "levels-col-held",
        "cli-col-expired",
        "levels-col-per-day",
        "levels-col-cover",
        "levels-col-stock-out",
        "cli-col-min",
        "cli-col-max",
    ];
    if with_order {
        header.extend(["levels-col-order", "levels-col-why"]);
    }
    table(
        &headers(&header),
        &ps.iter()
            .map(|p| {
                let mut row = vec![
                    p.location.clone(),
                    p.gtin.clone(),
                    p.product.clone(),
                    p.on_hand.to_string(),
                    p.usable_cover.to_string(),
                    p.quarantined.to_string(),
                    p.expired_in_stock.to_string(),
                    format!("{:.2}", p.daily_consumption),
                    p.days_of_cover.map_or("-".into(), |d| {
                        t!("cli-days-short", days = format!("{d:.0}"))
                    }),
                    p.stockout_on.map_or("-".into(), |d| d.to_string()),
                    p.reorder_point.map_or("-".into(), |n| n.to_string()),
                    p.par_level.map_or("-".into(), |n| n.to_string()),
                ];
                if with_order {
                    row.push(p.suggested_order.to_string());
                    row.push(p.shortage.clone().unwrap_or_default());
                }
                row
            })
            .collect::<Vec<_>>(),
    );
}

/// `custody reorder …`: one function per subcommand.
pub fn reorder(cx: &mut Cx<'_>, c: ReorderCommand, as_json: bool) -> Result<i32> {
    match c {
        ReorderCommand::Set(a) => set_rule(cx, a, as_json),
        ReorderCommand::Import { file } => import_rules(cx, &file, as_json),
        ReorderCommand::List => list_rules(cx, as_json),
        ReorderCommand::Suggest(a) => suggest_rules(cx, a, as_json),
        ReorderCommand::History(a) => rule_history(cx, a, as_json),
    }
}

/// `custody reorder set`.
fn set_rule(cx: &mut Cx<'_>, a: ReorderSetArgs, as_json: bool) -> Result<i32> {
    let r = levels::set_reorder_rule(
        cx,
        RuleForm {
            gtin: a.product,
            location: a.location,
            reorder_point: a.min,
            par_level: a.max,
            lead_time_days: a.lead_time,
        },
    )?;
    if as_json {
        output::json(&r);
    } else {
        let line = t!(
            "reorder-set",
            product = r.product,
            location = r.location,
            min = r.reorder_point,
            max = r.par_level,
            days = r.lead_time_days
        );
        println!("{line}");
    }
    Ok(0)
}

/// `custody reorder import FILE`: read with the import size limit, all rules or none.
fn import_rules(cx: &mut Cx<'_>, file: &Path, as_json: bool) -> Result<i32> {
    let bytes = read_import(file)?;
    let n = levels::import_reorder_rules_bytes(cx, &bytes)
        .with_context(|| format!("{}", file.display()))?;
    if as_json {
        output::json(&serde_json::json!({ "rules": n }));
    } else {
        println!("{}", t!("reorder-imported", rules = n));
    }
    Ok(0)
}

/// `custody reorder list`.
fn list_rules(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    let rules = levels::reorder_rules(cx, ())?;
    if as_json {
        output::json(&rules);
    } else {
        rules_table(&rules);
    }
    Ok(0)
}

/// `custody reorder suggest`: the suggestions, saved with `--apply`.
fn suggest_rules(cx: &mut Cx<'_>, a: ReorderSuggestArgs, as_json: bool) -> Result<i32> {
    let apply = a.apply;
    let rules = levels::suggest_reorder_rules(
        cx,
        SuggestRequest {
            location: a.location,
            lead_time_days: a.lead_time,
            safety_days: a.safety_days,
            cycle_days: a.cycle_days,
            window_days: a.window,
            apply,
        },
    )?;
    if as_json {
        output::json(&rules);
    } else {
        rules_table(&rules);
        if apply {
            println!("{}", t!("reorder-saved", rules = rules.len()));
        } else {
            println!("{}", t!("reorder-suggested", rules = rules.len()));
        }
    }
    Ok(0)
}

/// A rule's levels in a table cell: before a change, none is a new rule; after, a removed one.
fn levels_cell(levels: Option<RuleLevels>, after: bool) -> String {
    levels.map_or_else(
        || match after {
            false => t!("reorder-history-new"),
            true => t!("reorder-history-removed"),
        },
        |l| {
            t!(
                "reorder-history-levels",
                min = l.reorder_point,
                max = l.par_level,
                days = l.lead_time_days
            )
        },
    )
}

/// `custody reorder history`: the rule changes, newest first.
fn rule_history(cx: &mut Cx<'_>, a: ReorderHistoryArgs, as_json: bool) -> Result<i32> {
    let changes: Vec<RuleChange> = levels::reorder_rule_changes(
        cx,
        RuleChangeFilter {
            gtin: a.product,
            location: a.location,
            from: a.from,
            to: a.to,
        },
    )?;
    if as_json {
        output::json(&changes);
    } else if changes.is_empty() {
        println!("{}", t!("reorder-history-none"));
    } else {
        table(
            &headers(&[
                "reorder-history-col-changed",
                "cli-col-by",
                "cli-col-location",
                "cli-col-gtin",
                "cli-col-product",
                "reorder-history-col-before",
                "reorder-history-col-after",
            ]),
            &changes
                .into_iter()
                .map(|c| {
                    vec![
                        c.changed_at,
                        c.changed_by,
                        c.location,
                        c.gtin,
                        c.product,
                        levels_cell(c.old, false),
                        levels_cell(c.new, true),
                    ]
                })
                .collect::<Vec<_>>(),
        );
    }
    Ok(0)
}

/// `custody shortages`: the whole list, most urgent first.
pub fn shortages(cx: &mut Cx<'_>, window: Option<i64>, as_json: bool) -> Result<i32> {
    let short = levels::shortages(
        cx,
        ShortageQuery {
            window_days: window,
            ..ShortageQuery::default()
        },
    )?;
    // The command line asks for the whole list, so the page's rows are all of it: scripts
    // read the array of positions, as they always have.
    if as_json {
        output::json(&short.rows);
    } else if short.rows.is_empty() {
        println!("{}", t!("shortages-none"));
    } else {
        positions_table(&short.rows, true);
    }
    Ok(0)
}

/// `custody alert-windows [--set DAYS]`: the site's windows, after the change when one is given.
pub fn alert_windows(cx: &mut Cx<'_>, set: Option<String>, as_json: bool) -> Result<i32> {
    let windows = match set {
        Some(text) => {
            let windows = custody_core::levels::parse_alert_windows(&text)
                .map_err(|m| anyhow::anyhow!("--set: {m}"))?;
            let mut settings = site_settings(cx, ())?;
            settings.alert_windows = windows;
            set_site_settings(cx, settings)?.alert_windows
        }
        None => site_settings(cx, ())?.alert_windows,
    };
    if as_json {
        output::json(&windows);
    } else {
        let days: Vec<String> = windows.iter().map(i64::to_string).collect();
        println!("{}", t!("alert-windows", days = days.join(", ")));
    }
    Ok(0)
}

/// How far ahead `custody expiring --within` looks: one horizon (the lines are marked with the
/// site's windows). A list of windows (as `--within 30,60,90` once was) is refused rather than
/// read as its largest.
fn horizon(within: &[i64]) -> Result<Option<i64>> {
    match within {
        [] => Ok(None),
        [days] => Ok(Some(*days)),
        _ => bail!(
            "--within takes one number of days (how far ahead to look); each line is marked with the site's alert windows, which `custody alert-windows --set` changes"
        ),
    }
}

/// `custody expiring`: the whole list, as for `shortages`.
pub fn expiring(cx: &mut Cx<'_>, a: ExpiringArgs, as_json: bool) -> Result<i32> {
    let lines = levels::expiring(
        cx,
        ExpiryQuery {
            within_days: horizon(&a.within)?,
            location: a.location,
            ..ExpiryQuery::default()
        },
    )?;
    // The whole list: the array of lines.
    if as_json {
        output::json(&lines.rows);
    } else {
        let currency = site_settings(cx, ())?
            .currency
            .as_deref()
            .and_then(Currency::parse);
        expiry_table(&lines.rows, currency);
    }
    Ok(0)
}

/// The expiry list as a table; the value in the site's currency, named in its header, when one
/// was chosen.
fn expiry_table(lines: &[ExpiryLine], currency: Option<Currency>) {
    let mut header = headers(&[
        "expiring-col-window",
        "cli-col-expiry",
        "expiring-col-days",
        "cli-col-location",
        "cli-col-gtin",
        "cli-col-product",
        "cli-col-lot",
        "expiring-col-qty",
        "expiring-col-value",
    ]);
    if let (Some(c), Some(value)) = (currency, header.last_mut()) {
        *value = format!("{value} ({c})");
    }
    table(
        &header,
        &lines
            .iter()
            .map(|l| {
                vec![
                    if l.window == 0 {
                        t!("expiring-expired")
                    } else {
                        t!("expiring-within", days = l.window)
                    },
                    l.expiry.to_string(),
                    l.days_left.to_string(),
                    l.location.to_string(),
                    l.gtin.to_string(),
                    l.product.to_string(),
                    l.lot.clone().unwrap_or_default(),
                    l.quantity.to_string(),
                    l.value_cents.map_or(String::new(), |cents| match currency {
                        Some(c) => c.plain(cents),
                        None => format!("{:.2}", cents as f64 / 100.0),
                    }),
                ]
            })
            .collect::<Vec<_>>(),
    );
}

/// `custody position`: a product's standing at each location, or every product's at one.
pub fn position(cx: &mut Cx<'_>, a: PositionArgs, as_json: bool) -> Result<i32> {
    let ps = levels::positions(
        cx,
        PositionQuery {
            product: a.product,
            location: a.location,
            window_days: a.window,
        },
    )?;
    if as_json {
        output::json(&ps);
    } else {
        positions_table(&ps, true);
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiring_looks_as_far_ahead_as_one_number_of_days_says() {
        assert_eq!(
            horizon(&[]).ok(),
            Some(None),
            "no --within: the api's default, the site's widest window"
        );
        assert_eq!(
            horizon(&[45]).ok(),
            Some(Some(45)),
            "one number is the horizon"
        );
        let refused = horizon(&[30, 60, 90]).map_err(|e| e.to_string());
        assert!(
            refused
                .as_ref()
                .is_err_and(|m| m.contains("--within takes one number")),
            "a list of windows is refused, not read as its largest: {refused:?}"
        );
    }
}
