//! `custody recall …`: each command's arguments become the api's request
//! (`custody_api::recall`). A recall file or scope CSV is read with the import size limit and
//! handed on as bytes; the password is asked for only when the api's request is signed (a
//! destruction, a closure), with the meaning the api gives it.

use anyhow::{Context as _, Result};
use custody_api::recall::{
    self, close_meaning, outcome_signature, CloseForm, NoticeDetails, OutcomeForm, ReachQuery,
    RecallExtension, RecallForm, RecallScope,
};
use custody_api::Cx;
use custody_core::recall::{Reach, Recall, RecallCreated};
use custody_core::{RecallClass, RecallOutcome, SignatureMeaning};
use serde_json::json;

use crate::args::{RecallCommand, ScopeArgs};
use crate::context::signature_password;
use crate::files::read_import;
use crate::output::{self, opt, table};

fn class(v: &str) -> Result<RecallClass> {
    v.parse().map_err(anyhow::Error::msg).context("--class")
}

/// What the scope options name: a scope CSV's lines, or one GTIN with its lots or serials.
fn scope(a: ScopeArgs) -> Result<RecallScope> {
    if let Some(path) = a.scope {
        let bytes = read_import(&path)?;
        return recall::scope_from_csv(&bytes).with_context(|| format!("{}", path.display()));
    }
    Ok(RecallScope::Product {
        gtin: a.gtin.unwrap_or_default(),
        lots: a.lot,
        serials: a.serial,
    })
}

fn print_created(c: &RecallCreated, verb: &str, as_json: bool) {
    if as_json {
        output::json(c);
        return;
    }
    println!(
        "{verb} recall {} ({}): {}.",
        c.recall.number,
        c.recall.class.label(),
        c.recall.title
    );
    println!(
        "Quarantined in place: {} pack(s) and {} of lot-tracked stock, in {} ledger event(s) referencing {}.",
        c.hold.units, c.hold.lot_quantity, c.hold.events, c.recall.number
    );
}

fn print_header(r: &Recall) {
    println!("Recall {}  {}", r.number, r.class.label());
    println!("  {}", r.title);
    println!("  Reason:       {}", r.reason);
    if let Some(i) = &r.instructions {
        println!("  Instructions: {i}");
    }
    println!(
        "  Issued:       {}{}",
        r.issued_on,
        r.issuer
            .as_deref()
            .map(|i| format!(" by {i}"))
            .unwrap_or_default()
    );
    println!("  Entered:      {} by {}", r.created_at, r.created_by);
    match (&r.closed_at, &r.closed_by) {
        (Some(at), Some(by)) => println!(
            "  Closed:       {at}, signed ({}) by {by}",
            r.close_meaning.map(|m| m.as_str()).unwrap_or("")
        ),
        _ => println!("  Status:       open"),
    }
    let scope: Vec<String> = r.scope.iter().map(ToString::to_string).collect();
    println!("  Scope:        {}", scope.join("; "));
}

fn print_summary(r: &Reach) {
    let s = &r.summary;
    println!(
        "Reach: {} pack(s): {} in stock, {} quarantined, {} dispensed, {} transferred out, {} returned to the supplier, {} destroyed, {} missing",
        s.units, s.in_stock, s.quarantined, s.dispensed, s.transferred_out, s.returned_to_supplier, s.destroyed, s.missing
    );
    println!(
        "       lot-tracked: {} held, {} issued; {} still expected on open shipments; {} serial(s) never received here",
        s.lot_quantity_held, s.lot_quantity_issued, s.expected, s.not_received
    );
    println!("Open:  {} item(s) need an outcome", s.open);
}

fn print_reach(r: &Reach) {
    print_summary(r);
    println!();
    table(
        &[
            "gtin", "serial", "lot", "expiry", "status", "where", "since", "document", "outcome",
        ],
        &r.units
            .iter()
            .map(|u| {
                vec![
                    u.gtin.clone(),
                    u.serial.clone(),
                    opt(&u.lot),
                    opt(&u.expiry),
                    u.status.to_string(),
                    u.location
                        .clone()
                        .or_else(|| u.counterparty.clone())
                        .unwrap_or_default(),
                    u.since.clone(),
                    opt(&u.reference),
                    u.outcome.map(|o| o.to_string()).unwrap_or_else(|| {
                        if u.open {
                            "OPEN".into()
                        } else {
                            String::new()
                        }
                    }),
                ]
            })
            .collect::<Vec<_>>(),
    );
    if !r.lots.is_empty() {
        println!();
        table(
            &[
                "gtin", "lot", "expiry", "status", "where", "quantity", "outcome",
            ],
            &r.lots
                .iter()
                .map(|l| {
                    vec![
                        l.gtin.clone(),
                        l.lot.clone(),
                        opt(&l.expiry),
                        l.status.to_string(),
                        opt(&l.location),
                        l.quantity.to_string(),
                        l.outcome.map(|o| o.to_string()).unwrap_or_else(|| {
                            if l.open {
                                "OPEN".into()
                            } else {
                                String::new()
                            }
                        }),
                    ]
                })
                .collect::<Vec<_>>(),
        );
    }
    for e in &r.expected {
        println!(
            "Still expected on {}: {} {}{} (quantity {})",
            e.shipment,
            e.gtin,
            e.serial
                .as_deref()
                .map(|s| format!("serial {s}"))
                .unwrap_or_default(),
            e.lot
                .as_deref()
                .map(|l| format!(" lot {l}"))
                .unwrap_or_default(),
            e.quantity
        );
    }
    for l in &r.not_received {
        println!("Never received here: {l}");
    }
}

pub fn run(cx: &mut Cx<'_>, c: RecallCommand, as_json: bool) -> Result<i32> {
    match c {
        RecallCommand::Create {
            number,
            title,
            class: c,
            reason,
            instructions,
            issuer,
            issued_on,
            scope: s,
        } => {
            let form = RecallForm {
                number,
                title,
                class: class(&c)?,
                reason,
                instructions,
                issuer,
                issued_on,
                scope: scope(s)?,
            };
            let created = recall::create(cx, form)?;
            print_created(&created, "Entered", as_json);
        }
        RecallCommand::Import {
            file,
            number,
            title,
            class: c,
            reason,
            instructions,
            issuer,
            issued_on,
        } => {
            let bytes = read_import(&file)?;
            let details = NoticeDetails {
                number,
                title,
                class: c.as_deref().map(class).transpose()?,
                reason,
                instructions,
                issuer,
                issued_on,
            };
            // A refused file's error lists every problem with its line (the core caps them).
            let created = recall::import_bytes(cx, &bytes, &details)
                .with_context(|| format!("{}", file.display()))?;
            match created.as_slice() {
                [one] => print_created(one, "Imported", as_json),
                // A document with several notices: one recall each, as a JSON array.
                several if as_json => output::json(&several),
                several => {
                    println!(
                        "The file holds {} recall notices: each is a recall of its own.",
                        several.len()
                    );
                    for c in several {
                        print_created(c, "Imported", false);
                    }
                }
            }
        }
        RecallCommand::Extend { number, scope: s } => {
            let created = recall::extend(
                cx,
                RecallExtension {
                    number,
                    scope: scope(s)?,
                },
            )?;
            print_created(&created, "Extended", as_json);
        }
        RecallCommand::List => {
            let list = recall::recalls(cx, ())?;
            if as_json {
                output::json(&list);
            } else {
                table(
                    &[
                        "number", "class", "issued", "title", "status", "packs", "open",
                    ],
                    &list
                        .iter()
                        .map(|i| {
                            vec![
                                i.recall.number.clone(),
                                i.recall.class.to_string(),
                                i.recall.issued_on.clone(),
                                i.recall.title.clone(),
                                if i.recall.closed_at.is_some() {
                                    "closed".into()
                                } else {
                                    "open".into()
                                },
                                i.summary.units.to_string(),
                                i.summary.open.to_string(),
                            ]
                        })
                        .collect::<Vec<_>>(),
                );
            }
        }
        RecallCommand::Show { number } => {
            let r = recall::reach(
                cx,
                ReachQuery {
                    number,
                    open_only: false,
                },
            )?;
            if as_json {
                output::json(&json!({"recall": r.recall, "summary": r.summary}));
            } else {
                print_header(&r.recall);
                println!();
                print_summary(&r);
            }
        }
        RecallCommand::Reach { number, open } => {
            let r = recall::reach(
                cx,
                ReachQuery {
                    number,
                    open_only: open,
                },
            )?;
            if as_json {
                output::json(&r);
            } else {
                print_reach(&r);
            }
        }
        RecallCommand::Outcome {
            number,
            outcome,
            gtin,
            lot,
            serial,
            location,
            partner,
            note,
        } => {
            let outcome: RecallOutcome = outcome
                .parse()
                .map_err(anyhow::Error::msg)
                .context("--outcome")?;
            let password = outcome_signature(outcome)
                .map(signature_password)
                .transpose()?;
            let done = recall::record_outcome(
                cx,
                OutcomeForm {
                    number,
                    outcome,
                    gtin,
                    lot,
                    serials: serial,
                    location,
                    partner,
                    note,
                    password,
                },
            )?;
            if as_json {
                output::json(&done);
            } else {
                println!(
                    "Recorded '{}' for {} pack(s) and {} of lot-tracked stock{}; {} item(s) still open.",
                    outcome,
                    done.units,
                    done.lot_quantity,
                    if done.events.is_empty() {
                        String::new()
                    } else {
                        format!(" ({} ledger event(s))", done.events.len())
                    },
                    done.still_open
                );
            }
        }
        RecallCommand::Close {
            number,
            meaning,
            note,
        } => {
            let meaning: Option<SignatureMeaning> = meaning
                .as_deref()
                .map(str::parse)
                .transpose()
                .map_err(anyhow::Error::msg)
                .context("--meaning")?;
            // The api says what the signature means (and refuses a meaning a closure cannot
            // have) before the password is asked for.
            let signs_as = close_meaning(meaning)?;
            let password = Some(signature_password(signs_as)?);
            let r = recall::close(
                cx,
                CloseForm {
                    number,
                    meaning,
                    note,
                    password,
                },
            )?;
            if as_json {
                output::json(&r);
            } else {
                println!(
                    "Closed recall {}: signed ({}) by {} at {}.",
                    r.number,
                    r.close_meaning.unwrap_or(signs_as),
                    opt(&r.closed_by),
                    opt(&r.closed_at)
                );
            }
        }
    }
    Ok(0)
}
