//! Reading the recall notices of an EPCIS document: the events whose disposition is `recalled`,
//! their packs and lots, and the notice each belongs to.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::notice::{creation_date, read_notice, Locator, NoticeRead};
use super::{file_date, RecallNotice};
use crate::epcis::{parse_epc, Epc, EpcisEvent};
use crate::error::FileProblem;
use crate::import::csv::problem;
use crate::recall::scope::{gs1_value_problem, ScopeBuilder};
use crate::recall::{RecallHeader, ScopeLine};

/// A recalled event: which notice it carries and what it names.
struct RecalledEvent {
    line: usize,
    /// The line of its `disposition` value: what makes it a recalled event, so what a problem
    /// about the event as a recall points at.
    disposition_line: usize,
    notice: Option<usize>,
    /// (GTIN, serial, line).
    packs: Vec<(String, String, usize)>,
    /// (GTIN, lot, line).
    classes: Vec<(String, Option<String>, usize)>,
}

/// Why an EPC is not one we can read, in words.
fn unreadable(epc: &str) -> String {
    if epc.starts_with("http://") || epc.starts_with("https://") {
        let today = NaiveDate::default();
        if let Err(e) = custody_gs1::decode(epc, &custody_gs1::DecodeOptions::new(today)) {
            return format!("cannot read '{}': {}", epc.escape_debug(), e.message);
        }
    }
    format!(
        "cannot read '{}': not an SGTIN, LGTIN or SSCC URN or a GS1 Digital Link URI with a valid GTIN",
        epc.escape_debug()
    )
}

/// Reads the recall notices of an EPCIS document: packs from the `epcList` of events whose
/// disposition is `recalled`, lots (or whole GTINs) from their `quantityList`, and each notice's
/// header from its `…:recallNotice` extension. Every EPC and class of every event must be
/// readable; lots and expiries from ILMD must agree across the document.
pub(crate) fn epcis_notices(
    text: &str,
    xml: bool,
    events: &[EpcisEvent],
) -> Result<Vec<RecallNotice>, Vec<FileProblem>> {
    let mut problems = Vec::new();
    let mut loc = Locator::new(text);
    let mut facts = ScopeBuilder::default();
    let mut notices: Vec<NoticeRead> = Vec::new();
    let mut recalled: Vec<RecalledEvent> = Vec::new();
    let mut pack_expiry: HashMap<(String, String), (NaiveDate, usize)> = HashMap::new();
    for e in events {
        let event_line = e.lines.event;
        let is_recalled = e.disposition.as_deref() == Some("recalled");
        let mut ev = RecalledEvent {
            line: event_line,
            disposition_line: e.lines.disposition.unwrap_or(event_line),
            notice: None,
            packs: Vec::new(),
            classes: Vec::new(),
        };
        let mut listed: HashMap<(String, String), usize> = HashMap::new();
        let mut gtins = Vec::new();
        for (i, raw) in e.epcs.iter().enumerate() {
            let at = e.lines.epcs.get(i).copied().unwrap_or(event_line);
            let epc = raw.escape_debug();
            match parse_epc(raw) {
                Epc::Sgtin { gtin, serial } => {
                    if let Some(m) = gs1_value_problem("serial", &serial) {
                        problems.push(problem(at, Some("epcList"), format!("{epc}: {m}")));
                        continue;
                    }
                    if let Some(first) = listed.insert((gtin.clone(), serial.clone()), at) {
                        problems.push(problem(
                            at,
                            Some("epcList"),
                            format!("{epc} is listed twice in this event (first on line {first})"),
                        ));
                        continue;
                    }
                    if !gtins.contains(&gtin) {
                        gtins.push(gtin.clone());
                    }
                    ev.packs.push((gtin, serial, at));
                }
                Epc::Sscc(_) if !is_recalled => {}
                Epc::Sscc(sscc) => problems.push(problem(
                    at,
                    Some("epcList"),
                    format!("{epc} is a logistic unit (SSCC {sscc}): a recall names packs or lots, so list the packs in it"),
                )),
                Epc::Lgtin { .. } => problems.push(problem(
                    at,
                    Some("epcList"),
                    format!("{epc} names a product or lot, not one pack: it belongs in quantityList"),
                )),
                Epc::Other => problems.push(problem(at, Some("epcList"), unreadable(raw))),
            }
        }
        // An aggregation's parent is a case (SSCC) or a pack; anything else cannot be read.
        if let Some(parent) = &e.parent {
            let at = e.lines.parent.unwrap_or(event_line);
            if matches!(parse_epc(parent), Epc::Other | Epc::Lgtin { .. }) {
                problems.push(problem(at, Some("parentID"), unreadable(parent)));
            }
        }
        // ILMD (commissioning events): the lot and expiry of the event's packs.
        let lot = e
            .lot
            .as_deref()
            .map(|l| (l, e.lines.lot.unwrap_or(event_line)));
        let expiry = e
            .expiry
            .as_deref()
            .map(|x| (x, e.lines.expiry.unwrap_or(event_line)));
        let mut lot_ok = None;
        if let Some((l, at)) = lot {
            match gs1_value_problem("lot", l) {
                Some(m) => problems.push(problem(at, Some("lotNumber"), m)),
                None => lot_ok = Some(l.to_string()),
            }
        }
        if let Some((x, at)) = expiry {
            match file_date(x).filter(|_| x.trim().len() == 10) {
                None => problems.push(problem(
                    at,
                    Some("itemExpirationDate"),
                    format!("'{}' is not a date YYYY-MM-DD", x.escape_debug()),
                )),
                Some(d) => {
                    if let Some(l) = &lot_ok {
                        for g in &gtins {
                            facts.expiry(g, l, d, at, &mut problems);
                        }
                    }
                    // A pack keeps the expiry the document first gave it, lot or no lot.
                    for (gtin, serial, _) in &ev.packs {
                        let key = (gtin.clone(), serial.clone());
                        match pack_expiry.get(&key) {
                            Some((first, first_at)) if *first != d => problems.push(problem(
                                at,
                                Some("itemExpirationDate"),
                                format!(
                                    "pack {serial} of GTIN {gtin} is given two expiries: {first} on line {first_at} and {d} here"
                                ),
                            )),
                            Some(_) => {}
                            None => {
                                pack_expiry.insert(key, (d, at));
                            }
                        }
                    }
                }
            }
        }
        let lot_line = lot.map(|(_, a)| a);
        for (gtin, serial, at) in &ev.packs {
            let line = lot_line.unwrap_or(*at);
            facts.pack_lot(
                gtin,
                serial,
                lot_ok.as_deref(),
                line,
                "lotNumber",
                &mut problems,
            );
        }
        let mut classes: HashMap<&str, usize> = HashMap::new();
        for (i, (raw, _)) in e.quantities.iter().enumerate() {
            let at = e.lines.quantities.get(i).copied().unwrap_or(event_line);
            let class = raw.escape_debug();
            if let Some(first) = classes.insert(raw, at) {
                problems.push(problem(
                    at,
                    Some("quantityList"),
                    format!("{class} is listed twice in this event (first on line {first})"),
                ));
                continue;
            }
            match parse_epc(raw) {
                Epc::Lgtin { gtin, lot } => {
                    if let Some(m) = lot.as_deref().and_then(|l| gs1_value_problem("lot", l)) {
                        problems.push(problem(at, Some("quantityList"), format!("{class}: {m}")));
                        continue;
                    }
                    ev.classes.push((gtin, lot, at));
                }
                Epc::Sgtin { .. } => problems.push(problem(
                    at,
                    Some("quantityList"),
                    format!("{class} names one pack, not a product or lot: it belongs in epcList"),
                )),
                Epc::Sscc(_) => problems.push(problem(
                    at,
                    Some("quantityList"),
                    format!("{class} is a logistic unit, not a product or lot"),
                )),
                Epc::Other => problems.push(problem(at, Some("quantityList"), unreadable(raw))),
            }
        }
        if !is_recalled {
            continue;
        }
        for (key, value) in &e.extensions {
            if !key.rsplit(':').next().unwrap_or(key).eq("recallNotice") {
                continue;
            }
            let offset = loc.notice();
            let n = read_notice(value, offset, &loc, &mut problems);
            if ev.notice.is_some() {
                problems.push(problem(
                    n.line,
                    Some(key),
                    "an event carries one recall notice; this one carries two",
                ));
                continue;
            }
            ev.notice = Some(notices.len());
            notices.push(n);
        }
        if e.epcs.is_empty() && e.quantities.is_empty() {
            problems.push(problem(
                ev.disposition_line,
                Some("disposition"),
                "this recalled event names no pack (epcList) or lot (quantityList) to recall",
            ));
        }
        recalled.push(ev);
    }
    if recalled.is_empty() {
        problems.push(problem(
            1,
            Some("disposition"),
            "no event in the file has the disposition 'recalled' with a pack or lot to recall",
        ));
    }

    // One notice per recall number (and class): the same notice on several events is one
    // recall; two numbers, or two classes, are two recalls.
    let mut groups: Vec<NoticeRead> = Vec::new();
    let mut group_of: Vec<usize> = Vec::with_capacity(notices.len());
    for n in notices {
        let same = groups.iter().position(|g| {
            g.header.number == n.header.number
                && (n.header.number.is_some() || g.header.class == n.header.class)
        });
        match same {
            Some(i) => {
                let g = &groups[i].header;
                let h = &n.header;
                let label = h.number.as_deref().unwrap_or("without a number");
                for (field, a, b) in [
                    (
                        "class",
                        g.class.map(|c| c.to_string()),
                        h.class.map(|c| c.to_string()),
                    ),
                    ("reason", g.reason.clone(), h.reason.clone()),
                    ("issuer", g.issuer.clone(), h.issuer.clone()),
                    (
                        "instructions",
                        g.instructions.clone(),
                        h.instructions.clone(),
                    ),
                    ("title", g.title.clone(), h.title.clone()),
                    (
                        "date",
                        g.issued_on.map(|d| d.to_string()),
                        h.issued_on.map(|d| d.to_string()),
                    ),
                ] {
                    if let (Some(a), Some(b)) = (a, b) {
                        if a != b {
                            problems.push(problem(
                                n.line,
                                Some("recallNotice"),
                                format!(
                                    "recall {label} is given the {field} '{a}' on line {} and '{b}' here",
                                    groups[i].line
                                ),
                            ));
                        }
                    }
                }
                group_of.push(i);
            }
            None => {
                group_of.push(groups.len());
                groups.push(n);
            }
        }
    }
    if groups.is_empty() {
        let line = recalled.first().map_or(1, |e| e.line);
        groups.push(NoticeRead {
            header: RecallHeader::default(),
            line,
        });
    }
    let several = groups.len() > 1;
    if several {
        let names: Vec<String> = groups
            .iter()
            .map(|g| match (&g.header.number, g.header.class) {
                (Some(n), _) => n.clone(),
                (None, Some(c)) => format!("a notice of {} without a number", c.label()),
                (None, None) => "a notice without a number".into(),
            })
            .collect();
        for g in &groups {
            if g.header.number.is_none() {
                problems.push(problem(
                    g.line,
                    Some("recallNotice"),
                    format!(
                        "the file holds {} recall notices ({}) and this one names no recall number: each becomes a recall of its own, so each needs its number",
                        groups.len(),
                        names.join(", ")
                    ),
                ));
            }
        }
        for e in recalled.iter().filter(|e| e.notice.is_none()) {
            problems.push(problem(
                e.disposition_line,
                Some("disposition"),
                format!(
                    "this recalled event carries no recall notice, and the file holds {} notices ({}): give the event the notice it belongs to, or import each notice from a file of its own",
                    groups.len(),
                    names.join(", ")
                ),
            ));
        }
    }
    let document_date = match creation_date(text, xml) {
        Some((v, at)) => match file_date(&v) {
            Some(d) => Some(d),
            None => {
                problems.push(problem(
                    at,
                    Some("creationDate"),
                    format!("'{}' is not a date and time", v.escape_debug()),
                ));
                None
            }
        },
        None => None,
    };
    if !problems.is_empty() {
        return Err(problems);
    }

    let mut builders: Vec<ScopeBuilder> = groups.iter().map(|_| ScopeBuilder::default()).collect();
    for e in &recalled {
        let b = &mut builders[e.notice.map_or(0, |n| group_of[n])];
        for (gtin, serial, at) in &e.packs {
            // The same pack in several events of one notice is one scope line.
            let key = (gtin.clone(), serial.clone());
            if b.packs.contains_key(&key) {
                continue;
            }
            let lot = facts.packs.get(&key).and_then(|(l, _)| l.clone());
            b.packs.insert(key, (lot.clone(), *at));
            b.push(
                ScopeLine {
                    gtin: gtin.clone(),
                    lot,
                    serial: Some(serial.clone()),
                },
                *at,
            );
        }
        for (gtin, lot, at) in &e.classes {
            let fresh = match lot {
                Some(l) => b.lots.insert((gtin.clone(), l.clone()), *at).is_none(),
                None => b.products.insert(gtin.clone(), *at).is_none(),
            };
            if fresh {
                b.push(
                    ScopeLine {
                        gtin: gtin.clone(),
                        lot: lot.clone(),
                        serial: None,
                    },
                    *at,
                );
            }
        }
    }
    Ok(groups
        .into_iter()
        .zip(builders)
        .map(|(g, b)| {
            let mut header = g.header;
            header.issued_on = header.issued_on.or(document_date);
            // The expiries the document gives for the lots this notice covers.
            let expiries = facts
                .expiry_list
                .iter()
                .filter(|(gtin, lot, _, _)| {
                    b.scope
                        .iter()
                        .any(|s| &s.gtin == gtin && s.lot.as_ref() == Some(lot))
                })
                .cloned()
                .collect();
            RecallNotice {
                header,
                scope: b.scope,
                scope_lines: b.scope_lines,
                expiries,
                line: g.line,
            }
        })
        .collect())
}
