//! `custody recall …`: each command's arguments become the api's request
//! (`custody_api::recall`). A recall file or scope CSV is read with the import size limit and
//! handed on as bytes; the password is asked for only when the api's request is signed (a
//! destruction, a closure), with the meaning the api gives it.

use anyhow::{Context as _, Result};
use custody_api::recall::{
    self, close_meaning, outcome_signature, CloseForm, NoticeDetails, OutcomeForm, ReachQuery,
    RecallExtension, RecallForm, RecallScope,
};
use custody_api::{sync, Cx};
use custody_core::recall::{Reach, Recall, RecallCreated};
use custody_core::{RecallClass, RecallOutcome, SignatureMeaning};
use serde_json::json;

use crate::args::{
    RecallCloseArgs, RecallCommand, RecallCreateArgs, RecallImportArgs, RecallOutcomeArgs,
    ScopeArgs,
};
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

/// A recall's reach as a person reads it: the counts, the packs, the lot quantities, then what
/// is still expected and what was never received here.
fn print_reach(r: &Reach) {
    print_summary(r);
    println!();
    units_table(r);
    if !r.lots.is_empty() {
        println!();
        lots_table(r);
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

/// The outcome column: the outcome recorded, else OPEN for an item that still needs one (an
/// item that needs none, such as a pack never received, shows nothing).
fn outcome_cell(outcome: Option<RecallOutcome>, open: bool) -> String {
    match outcome {
        Some(o) => o.to_string(),
        None if open => "OPEN".into(),
        None => String::new(),
    }
}

/// The affected packs, where each is or went.
fn units_table(r: &Reach) {
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
                    outcome_cell(u.outcome, u.open),
                ]
            })
            .collect::<Vec<_>>(),
    );
}

/// The affected quantities of lot-tracked stock.
fn lots_table(r: &Reach) {
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
                    outcome_cell(l.outcome, l.open),
                ]
            })
            .collect::<Vec<_>>(),
    );
}

/// `custody recall …`: one function per subcommand.
pub fn run(cx: &mut Cx<'_>, c: RecallCommand, as_json: bool) -> Result<i32> {
    match c {
        RecallCommand::Create(a) => create(cx, a, as_json),
        RecallCommand::Import(a) => import(cx, a, as_json),
        RecallCommand::Extend { number, scope: s } => extend(cx, number, s, as_json),
        RecallCommand::List => list(cx, as_json),
        RecallCommand::Show { number } => show(cx, number, as_json),
        RecallCommand::Reach { number, open } => reach(cx, number, open, as_json),
        RecallCommand::Outcome(a) => outcome(cx, a, as_json),
        RecallCommand::Close(a) => close(cx, a, as_json),
        RecallCommand::Share { number } => share(cx, number, as_json),
    }
}

/// `custody recall share`: the recall sent to the hub, entered there as a network recall.
fn share(cx: &mut Cx<'_>, number: String, as_json: bool) -> Result<i32> {
    let shared = sync::share_recall(cx, sync::ShareRecall { number })?;
    if as_json {
        output::json(&shared);
    } else if shared.existed {
        println!(
            "The hub has recall {} already (network recall {}, entered by {}): nothing new was entered.",
            shared.number, shared.hub_id, shared.entered_by
        );
    } else {
        println!(
            "Recall {} shared: network recall {} at the hub; every site using the product receives it on its next pull.",
            shared.number, shared.hub_id
        );
    }
    Ok(0)
}

/// `custody recall create`: the recall entered, and its packs in stock held at once.
fn create(cx: &mut Cx<'_>, a: RecallCreateArgs, as_json: bool) -> Result<i32> {
    let form = RecallForm {
        number: a.number,
        title: a.title,
        class: class(&a.class)?,
        reason: a.reason,
        instructions: a.instructions,
        issuer: a.issuer,
        issued_on: a.issued_on,
        scope: scope(a.scope)?,
    };
    let created = recall::create(cx, form)?;
    print_created(&created, "Entered", as_json);
    Ok(0)
}

/// `custody recall import FILE`: one recall per notice the file holds.
fn import(cx: &mut Cx<'_>, a: RecallImportArgs, as_json: bool) -> Result<i32> {
    let bytes = read_import(&a.file)?;
    let details = NoticeDetails {
        number: a.number,
        title: a.title,
        class: a.class.as_deref().map(class).transpose()?,
        reason: a.reason,
        instructions: a.instructions,
        issuer: a.issuer,
        issued_on: a.issued_on,
    };
    // A refused file's error lists every problem with its line (the core caps them).
    let created = recall::import_bytes(cx, &bytes, &details)
        .with_context(|| format!("{}", a.file.display()))?;
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
    Ok(0)
}

/// `custody recall extend NUMBER`: more lots or packs, and what they cover in stock held.
fn extend(cx: &mut Cx<'_>, number: String, s: ScopeArgs, as_json: bool) -> Result<i32> {
    let created = recall::extend(
        cx,
        RecallExtension {
            number,
            scope: scope(s)?,
        },
    )?;
    print_created(&created, "Extended", as_json);
    Ok(0)
}

/// `custody recall list`: every recall, open first, with its counts.
fn list(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    let list = recall::recalls(cx, ())?;
    if as_json {
        output::json(&list);
        return Ok(0);
    }
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
    Ok(0)
}

/// `custody recall show NUMBER`: the notice and the counts of its reach.
fn show(cx: &mut Cx<'_>, number: String, as_json: bool) -> Result<i32> {
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
    Ok(0)
}

/// `custody recall reach NUMBER [--open]`: every affected pack and quantity.
fn reach(cx: &mut Cx<'_>, number: String, open_only: bool, as_json: bool) -> Result<i32> {
    let r = recall::reach(cx, ReachQuery { number, open_only })?;
    if as_json {
        output::json(&r);
    } else {
        print_reach(&r);
    }
    Ok(0)
}

/// `custody recall outcome NUMBER --outcome …`: signed when the api says the outcome is (a
/// destruction), the password asked for before anything is recorded.
fn outcome(cx: &mut Cx<'_>, a: RecallOutcomeArgs, as_json: bool) -> Result<i32> {
    let outcome: RecallOutcome = a
        .outcome
        .parse()
        .map_err(anyhow::Error::msg)
        .context("--outcome")?;
    let password = outcome_signature(outcome)
        .map(signature_password)
        .transpose()?;
    let done = recall::record_outcome(
        cx,
        OutcomeForm {
            number: a.number,
            outcome,
            gtin: a.gtin,
            lot: a.lot,
            serials: a.serial,
            location: a.location,
            partner: a.partner,
            note: a.note,
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
    Ok(0)
}

/// `custody recall close NUMBER`: signed by the acting user, with the meaning the api gives it.
fn close(cx: &mut Cx<'_>, a: RecallCloseArgs, as_json: bool) -> Result<i32> {
    let meaning: Option<SignatureMeaning> = a
        .meaning
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
            number: a.number,
            meaning,
            note: a.note,
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
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outcome_column_says_open_only_for_what_still_needs_an_outcome() {
        assert_eq!(
            outcome_cell(Some(RecallOutcome::Destroyed), false),
            RecallOutcome::Destroyed.to_string(),
            "a recorded outcome is shown as recorded"
        );
        assert_eq!(
            outcome_cell(None, true),
            "OPEN",
            "an item without an outcome that needs one stands out"
        );
        assert_eq!(
            outcome_cell(None, false),
            "",
            "an item that needs no outcome is not flagged"
        );
    }

    #[test]
    fn a_recall_class_is_read_from_its_name_and_refused_naming_the_option() {
        assert!(class("II").is_ok(), "II is a recall class");
        let refused = class("IV").map_err(|e| e.to_string());
        assert_eq!(
            refused,
            Err("--class".to_string()),
            "a class that does not exist is refused naming --class (its cause says why)"
        );
    }
}
