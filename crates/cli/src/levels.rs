//! `custody reorder|shortages|expiring|alert-windows|position`: thin adapters over `custody_core::levels`.

use anyhow::{Context as _, Result};
use custody_core::levels::{LevelPolicy, Position, ReorderRule, RuleInput, SuggestParams};
use custody_core::{Store, User};

use crate::args::{Command, ReorderCommand};
use crate::context::now;
use crate::output::{self, table};

fn policy(window: i64) -> Result<LevelPolicy> {
    anyhow::ensure!(
        (1..=3650).contains(&window),
        "--window: between 1 and 3650 days"
    );
    Ok(LevelPolicy {
        window_days: window,
        ..LevelPolicy::default()
    })
}

fn rules_table(rules: &[ReorderRule]) {
    table(
        &["location", "gtin", "product", "min", "max", "lead time"],
        &rules
            .iter()
            .map(|r| {
                vec![
                    r.location.clone(),
                    r.gtin.clone(),
                    r.product.clone(),
                    r.reorder_point.to_string(),
                    r.par_level.to_string(),
                    format!("{} d", r.lead_time_days),
                ]
            })
            .collect::<Vec<_>>(),
    );
}

fn positions_table(ps: &[Position], with_order: bool) {
    let mut header = vec![
        "location",
        "gtin",
        "product",
        "on hand",
        "usable",
        "held",
        "expired",
        "per day",
        "cover",
        "stock-out",
        "min",
        "max",
    ];
    if with_order {
        header.extend(["order", "why"]);
    }
    table(
        &header,
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
                    p.days_of_cover.map_or("-".into(), |d| format!("{d:.0} d")),
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

pub fn run(store: &mut Store, me: &User, c: Command, as_json: bool) -> Result<i32> {
    let today = now()?.local_date();
    match c {
        Command::Reorder(ReorderCommand::Set {
            product,
            location,
            min,
            max,
            lead_time,
        }) => {
            let r = store.set_reorder_rule(
                me,
                &RuleInput {
                    gtin: product,
                    location,
                    reorder_point: min,
                    par_level: max,
                    lead_time_days: Some(lead_time),
                },
                now()?,
            )?;
            if as_json {
                output::json(&r);
            } else {
                println!(
                    "{} at {}: reorder below {}, up to {}, lead time {} days.",
                    r.product, r.location, r.reorder_point, r.par_level, r.lead_time_days
                );
            }
        }
        Command::Reorder(ReorderCommand::Import { file }) => {
            let bytes = crate::files::read_import(&file)?;
            let n = store
                .import_reorder_rules(me, &bytes, now()?)
                .with_context(|| format!("{}", file.display()))?;
            if as_json {
                output::json(&serde_json::json!({ "rules": n }));
            } else {
                println!("Set {n} reorder rule(s).");
            }
        }
        Command::Reorder(ReorderCommand::List) => {
            let rules = store.reorder_rules(me)?;
            if as_json {
                output::json(&rules);
            } else {
                rules_table(&rules);
            }
        }
        Command::Reorder(ReorderCommand::Suggest {
            location,
            lead_time,
            safety_days,
            cycle_days,
            window,
            apply,
        }) => {
            let location = location
                .as_deref()
                .map(|c| store.location(c))
                .transpose()
                .context("--location")?
                .map(|l| l.id);
            let rules = store.suggest_reorder_rules(
                me,
                location,
                SuggestParams {
                    lead_time_days: lead_time,
                    safety_days,
                    cycle_days,
                },
                &policy(window)?,
                apply,
                now()?,
            )?;
            if as_json {
                output::json(&rules);
            } else {
                rules_table(&rules);
                if apply {
                    println!("Saved {} rule(s).", rules.len());
                } else {
                    println!("{} suggestion(s); --apply saves them.", rules.len());
                }
            }
        }
        Command::Shortages { window } => {
            let short = store.shortages(me, &policy(window)?, today)?;
            if as_json {
                output::json(&short);
            } else if short.is_empty() {
                println!(
                    "No shortages: every product with a reorder rule has enough usable cover."
                );
            } else {
                positions_table(&short, true);
            }
        }
        Command::AlertWindows { set } => {
            let windows = match set {
                Some(text) => {
                    let windows = custody_core::levels::parse_alert_windows(&text)
                        .map_err(|m| anyhow::anyhow!("--set: {m}"))?;
                    store.set_alert_windows(me, &windows, now()?)?
                }
                None => store.alert_windows()?,
            };
            if as_json {
                output::json(&windows);
            } else {
                let days: Vec<String> = windows.iter().map(i64::to_string).collect();
                println!("Expiry alert windows: {} days.", days.join(", "));
            }
        }
        Command::Expiring { within, location } => {
            let within = if within.is_empty() {
                store.alert_windows()?
            } else {
                within
            };
            let lines = store.expiring(me, &within, location.as_deref(), today)?;
            if as_json {
                output::json(&lines);
            } else {
                table(
                    &[
                        "window", "expiry", "days", "location", "gtin", "product", "lot", "qty",
                        "value",
                    ],
                    &lines
                        .iter()
                        .map(|l| {
                            vec![
                                if l.window == 0 {
                                    "EXPIRED".into()
                                } else {
                                    format!("≤{} d", l.window)
                                },
                                l.expiry.to_string(),
                                l.days_left.to_string(),
                                l.location.clone(),
                                l.gtin.clone(),
                                l.product.clone(),
                                l.lot.clone().unwrap_or_default(),
                                l.quantity.to_string(),
                                l.value_cents
                                    .map_or(String::new(), |c| format!("{:.2}", c as f64 / 100.0)),
                            ]
                        })
                        .collect::<Vec<_>>(),
                );
            }
        }
        Command::Position {
            product,
            location,
            window,
        } => {
            let ps = store.positions(
                me,
                product.as_deref(),
                location.as_deref(),
                &policy(window)?,
                today,
            )?;
            if as_json {
                output::json(&ps);
            } else {
                positions_table(&ps, true);
            }
        }
        _ => unreachable!("only level commands are routed here"),
    }
    Ok(0)
}
