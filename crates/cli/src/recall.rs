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
use crate::speech::{arg, headers, t, text};

fn class(v: &str) -> Result<RecallClass> {
    v.parse().map_err(anyhow::Error::msg).context("--class")
}

/// A recall's class as a person reads it ("Class I", "Market withdrawal").
fn class_label(c: RecallClass) -> String {
    match c {
        RecallClass::I => t!("recall-class-i"),
        RecallClass::II => t!("recall-class-ii"),
        RecallClass::III => t!("recall-class-iii"),
        RecallClass::Withdrawal => t!("recall-class-withdrawal"),
    }
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

/// `verb` is the line's id: `recall-entered`, `recall-imported` or `recall-extended`.
fn print_created(c: &RecallCreated, verb: &str, as_json: bool) {
    if as_json {
        output::json(c);
        return;
    }
    let r = &c.recall;
    let args = [
        ("recall", arg(&r.number)),
        ("class", arg(&class_label(r.class))),
        ("title", arg(&r.title)),
    ];
    println!("{}", text(verb, &args));
    let line = t!(
        "recall-held",
        units = c.hold.units,
        quantity = c.hold.lot_quantity,
        events = c.hold.events,
        recall = r.number
    );
    println!("{line}");
}

fn print_header(r: &Recall) {
    println!(
        "{}",
        t!(
            "recall-header",
            recall = r.number,
            class = class_label(r.class)
        )
    );
    println!("  {}", r.title);
    // The labels are padded to the longest one of the language, so the values line up.
    let labels = headers(&[
        "recall-label-reason",
        "recall-label-instructions",
        "recall-label-issued",
        "recall-label-entered",
        "recall-label-closed",
        "recall-label-status",
        "recall-label-scope",
    ]);
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 1;
    let field = |n: usize, value: String| println!("  {:<width$}{value}", labels[n]);
    field(0, r.reason.clone());
    if let Some(i) = &r.instructions {
        field(1, i.clone());
    }
    field(
        2,
        match &r.issuer {
            Some(i) => t!("recall-issued-by", date = r.issued_on, issuer = i),
            None => r.issued_on.clone(),
        },
    );
    field(
        3,
        t!("recall-entered-by", at = r.created_at, user = r.created_by),
    );
    match (&r.closed_at, &r.closed_by) {
        (Some(at), Some(by)) => {
            let meaning = r.close_meaning.map(|m| m.as_str()).unwrap_or("");
            field(
                4,
                t!("recall-closed-by", at = at, meaning = meaning, user = by),
            );
        }
        _ => field(5, t!("recall-status-open")),
    }
    let scope: Vec<String> = r.scope.iter().map(ToString::to_string).collect();
    field(6, scope.join("; "));
}

fn print_summary(r: &Reach) {
    let s = &r.summary;
    let line = t!(
        "recall-reach",
        units = s.units,
        in_stock = s.in_stock,
        quarantined = s.quarantined,
        dispensed = s.dispensed,
        transferred = s.transferred_out,
        returned = s.returned_to_supplier,
        destroyed = s.destroyed,
        missing = s.missing
    );
    println!("{line}");
    let line = t!(
        "recall-reach-lots",
        held = s.lot_quantity_held,
        issued = s.lot_quantity_issued,
        expected = s.expected,
        not_received = s.not_received
    );
    println!("       {line}");
    println!("{}", t!("recall-reach-open", open = s.open));
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
        let serial = e.serial.as_deref().map(|s| t!("recall-serial", serial = s));
        let lot = e
            .lot
            .as_deref()
            .map(|l| format!(" {}", t!("recall-lot", lot = l)));
        let pack = format!(
            "{} {}{}",
            e.gtin,
            serial.unwrap_or_default(),
            lot.unwrap_or_default()
        );
        let (shipment, quantity) = (&e.shipment, e.quantity);
        let line = t!(
            "recall-still-expected",
            shipment = shipment,
            pack = pack,
            quantity = quantity
        );
        println!("{line}");
    }
    for l in &r.not_received {
        println!("{}", t!("recall-never-received", pack = l.to_string()));
    }
}

/// The outcome column: the outcome recorded, else OPEN for an item that still needs one (an
/// item that needs none, such as a pack never received, shows nothing).
fn outcome_cell(outcome: Option<RecallOutcome>, open: bool) -> String {
    match outcome {
        Some(o) => o.to_string(),
        None if open => t!("recall-open-cell"),
        None => String::new(),
    }
}

/// The affected packs, where each is or went.
fn units_table(r: &Reach) {
    table(
        &headers(&[
            "cli-col-gtin",
            "cli-col-serial",
            "cli-col-lot",
            "cli-col-expiry",
            "cli-col-status",
            "recall-col-where",
            "recall-col-since",
            "recall-col-document",
            "cli-col-outcome",
        ]),
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
        &headers(&[
            "cli-col-gtin",
            "cli-col-lot",
            "cli-col-expiry",
            "cli-col-status",
            "recall-col-where",
            "cli-col-quantity",
            "cli-col-outcome",
        ]),
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
        let line = t!(
            "recall-shared-already",
            recall = shared.number,
            network = shared.hub_id,
            user = shared.entered_by
        );
        println!("{line}");
    } else {
        let line = t!(
            "recall-shared",
            recall = shared.number,
            network = shared.hub_id
        );
        println!("{line}");
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
    print_created(&created, "recall-entered", as_json);
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
        [one] => print_created(one, "recall-imported", as_json),
        // A document with several notices: one recall each, as a JSON array.
        several if as_json => output::json(&several),
        several => {
            println!("{}", t!("recall-several", notices = several.len()));
            for c in several {
                print_created(c, "recall-imported", false);
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
    print_created(&created, "recall-extended", as_json);
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
        &headers(&[
            "recall-col-number",
            "recall-col-class",
            "recall-col-issued",
            "recall-col-title",
            "cli-col-status",
            "recall-col-packs",
            "recall-col-open",
        ]),
        &list
            .iter()
            .map(|i| {
                vec![
                    i.recall.number.clone(),
                    i.recall.class.to_string(),
                    i.recall.issued_on.clone(),
                    i.recall.title.clone(),
                    if i.recall.closed_at.is_some() {
                        t!("recall-closed-cell")
                    } else {
                        t!("recall-status-open")
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
        let (units, quantity, open) = (done.units, done.lot_quantity, done.still_open);
        let outcome = outcome.to_string();
        let line = if done.events.is_empty() {
            t!(
                "recall-outcome",
                outcome = outcome,
                units = units,
                quantity = quantity,
                open = open
            )
        } else {
            let events = done.events.len();
            t!(
                "recall-outcome-events",
                outcome = outcome,
                units = units,
                quantity = quantity,
                events = events,
                open = open
            )
        };
        println!("{line}");
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
        let line = t!(
            "recall-closed",
            recall = r.number,
            meaning = r.close_meaning.unwrap_or(signs_as).to_string(),
            user = opt(&r.closed_by),
            at = opt(&r.closed_at)
        );
        println!("{line}");
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
