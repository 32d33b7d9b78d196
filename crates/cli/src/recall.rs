//! `custody recall …`: thin adapters over `custody_core::recall`.

use anyhow::{Context as _, Result};
use chrono::NaiveDate;
use custody_core::recall::{
    parse_scope_csv, NewRecall, OutcomeRequest, OutcomeTarget, Reach, Recall, RecallCreated,
    RecallHeader, ScopeLine,
};
use custody_core::{RecallClass, RecallOutcome, SignatureMeaning, Store, User};
use serde_json::json;

use crate::args::{RecallCommand, ScopeArgs};
use crate::context::{now, signature};
use crate::output::{self, opt, table};

fn date(field: &str, v: Option<String>) -> Result<Option<NaiveDate>> {
    v.map(|d| {
        NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
            .with_context(|| format!("{field}: '{d}' is not a date YYYY-MM-DD"))
    })
    .transpose()
}

fn class(v: &str) -> Result<RecallClass> {
    v.parse().map_err(anyhow::Error::msg).context("--class")
}

fn scope(a: ScopeArgs) -> Result<Vec<ScopeLine>> {
    if let Some(path) = a.scope {
        let bytes = crate::files::read_import(&path)?;
        return parse_scope_csv(&bytes).with_context(|| format!("{}", path.display()));
    }
    let gtin = a.gtin.unwrap_or_default();
    let line = |lot: Option<&String>, serial: Option<&String>| ScopeLine {
        gtin: gtin.clone(),
        lot: lot.cloned(),
        serial: serial.cloned(),
    };
    Ok(match (a.lot.is_empty(), a.serial.is_empty()) {
        (true, true) => vec![line(None, None)],
        (false, _) => a.lot.iter().map(|l| line(Some(l), None)).collect(),
        (true, false) => a.serial.iter().map(|s| line(None, Some(s))).collect(),
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

pub fn run(store: &mut Store, me: &User, c: RecallCommand, as_json: bool) -> Result<i32> {
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
            let now = now()?;
            let new = NewRecall {
                number,
                title,
                class: class(&c)?,
                reason,
                instructions,
                issuer,
                issued_on: date("--issued-on", issued_on)?.unwrap_or_else(|| now.local_date()),
                scope: scope(s)?,
            };
            let created = store.create_recall(me, &new, now)?;
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
            let bytes = crate::files::read_import(&file)?;
            let header = RecallHeader {
                number,
                title,
                class: c.as_deref().map(class).transpose()?,
                reason,
                instructions,
                issuer,
                issued_on: date("--issued-on", issued_on)?,
            };
            // A refused file's error lists every problem with its line (the core caps them).
            let created = store
                .import_recall(me, &bytes, &header, now()?)
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
            let created = store.extend_recall(me, &number, &scope(s)?, now()?)?;
            print_created(&created, "Extended", as_json);
        }
        RecallCommand::List => {
            let list = store.recalls(me)?;
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
            let r = store.recall_reach(me, &number)?;
            if as_json {
                output::json(&json!({"recall": r.recall, "summary": r.summary}));
            } else {
                print_header(&r.recall);
                println!();
                print_summary(&r);
            }
        }
        RecallCommand::Reach { number, open } => {
            let mut r = store.recall_reach(me, &number)?;
            if open {
                r.units.retain(|u| u.open);
                r.lots.retain(|l| l.open);
            }
            if as_json {
                output::json(&r);
            } else {
                print_summary(&r);
                println!();
                table(
                    &[
                        "gtin", "serial", "lot", "expiry", "status", "where", "since", "document",
                        "outcome",
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
            let signed = match outcome {
                RecallOutcome::Destroyed => {
                    Some(signature(store, me, SignatureMeaning::Performed)?)
                }
                _ => None,
            };
            let request = OutcomeRequest {
                signature: signed,
                outcome,
                target: OutcomeTarget {
                    gtin,
                    lot,
                    serials: serial,
                    location: location
                        .as_deref()
                        .map(|c| store.location(c))
                        .transpose()
                        .context("--location")?
                        .map(|l| l.id),
                },
                partner: partner
                    .as_deref()
                    .map(|c| store.partner(c))
                    .transpose()
                    .context("--partner")?
                    .map(|p| p.id),
                note,
            };
            let done = store.record_recall_outcome(me, &number, &request, now()?)?;
            if as_json {
                output::json(&done);
            } else {
                println!(
                    "Recorded '{}' for {} pack(s) and {} of lot-tracked stock{}; {} item(s) still open.",
                    request.outcome,
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
            let meaning: SignatureMeaning = meaning
                .parse()
                .map_err(anyhow::Error::msg)
                .context("--meaning")?;
            let signed = signature(store, me, meaning)?;
            let r = store.close_recall(me, &number, &signed, note.as_deref(), now()?)?;
            if as_json {
                output::json(&r);
            } else {
                println!(
                    "Closed recall {}: signed ({}) by {} at {}.",
                    r.number,
                    meaning,
                    opt(&r.closed_by),
                    opt(&r.closed_at)
                );
            }
        }
    }
    Ok(0)
}
