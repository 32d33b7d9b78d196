//! Reading EPCIS 2.0 JSON(-LD): the document's event list, and each event's members through the
//! shared [`EventBuilder`], each problem at the line of its value.

use super::builder::{shown, EventBuilder};
use super::event::{bare_term, EpcisError, EpcisEvent};
use super::fields::{
    epc_list_field, quantity_list_field, static_name, Keep, EVENT_TYPES, OTHER_EVENT_FIELDS,
};
use crate::error::FileProblem;
use crate::import::json::{self as jsontext, JsonKind, JsonValue};
use crate::import::Problems;

/// Reads an EPCIS 2.0 JSON(-LD) document, stopping at the first problem. Prefer [`read_json`],
/// which reports every problem with its line.
pub fn parse_json(text: &str) -> Result<Vec<EpcisEvent>, EpcisError> {
    read_json(text).map_err(EpcisError::from)
}

/// A JSON value as a problem shows it: a string in quotes, a number as written, cut short.
fn json_shown(v: &JsonValue) -> String {
    match &v.kind {
        JsonKind::Number(n) => shown(n.as_str()),
        _ => shown(&v.to_value().to_string()),
    }
}

/// Reads an EPCIS 2.0 JSON(-LD) document (`EPCISDocument` or `EPCISQueryDocument`). Every
/// problem is returned, each with the line of the value concerned.
pub fn read_json(text: &str) -> Result<Vec<EpcisEvent>, Vec<FileProblem>> {
    let mut problems = Problems::new();
    let events = read_json_into(text, &mut problems)?;
    problems.into_result()?;
    Ok(events)
}

/// As [`read_json`], adding the problems of values to `problems` and returning the events
/// without them, so that an import can go on to find the problems between events too. `Err`
/// only when the document cannot be read at all.
pub(crate) fn read_json_into(
    text: &str,
    problems: &mut Problems,
) -> Result<Vec<EpcisEvent>, Vec<FileProblem>> {
    let doc = jsontext::parse(text).map_err(|e| {
        vec![FileProblem {
            line: e.line,
            field: None,
            message: format!("not valid JSON (column {}): {}", e.column, e.message),
        }]
    })?;
    let not_epcis = |why: &str| {
        vec![FileProblem {
            line: doc.line,
            field: None,
            message: format!("this is not an EPCIS 2.0 document: {why}"),
        }]
    };
    if doc.as_object().is_none() {
        return Err(not_epcis(&format!(
            "it is {}, not an object",
            doc.kind_name()
        )));
    }
    if let Some(t) = doc.get("type") {
        if !matches!(t.as_str(), Some("EPCISDocument" | "EPCISQueryDocument")) {
            return Err(not_epcis("its type is not EPCISDocument"));
        }
    }
    let list = doc.get("epcisBody").and_then(|b| {
        b.get("eventList").or_else(|| {
            b.get("queryResults")
                .and_then(|q| q.get("resultsBody"))
                .and_then(|r| r.get("eventList"))
        })
    });
    let Some(list) = list else {
        return Err(not_epcis("it has no epcisBody.eventList"));
    };
    let Some(items) = list.as_array() else {
        return Err(vec![FileProblem {
            line: list.line,
            field: Some("eventList".into()),
            message: format!("must be a list of events, not {}", list.kind_name()),
        }]);
    };
    let mut out = Vec::with_capacity(items.len());
    for e in items {
        if let Some(ev) = json_event(e, problems) {
            out.push(ev);
        }
    }
    Ok(out)
}

/// The value as a string, or `None` with the problem at its line.
fn json_string<'v>(b: &mut EventBuilder<'_>, v: &'v JsonValue, field: &str) -> Option<&'v str> {
    match v.as_str() {
        Some(s) => Some(s),
        None => {
            b.problem(
                v.line,
                field,
                format!("{} must be a string, not {}", json_shown(v), v.kind_name()),
            );
            None
        }
    }
}

/// The value as a list, or `None` with the problem at its line.
fn json_array<'v>(
    b: &mut EventBuilder<'_>,
    v: &'v JsonValue,
    field: &str,
) -> Option<&'v [JsonValue]> {
    match v.as_array() {
        Some(a) => Some(a),
        None => {
            b.problem(
                v.line,
                field,
                format!("{} must be a list, not {}", json_shown(v), v.kind_name()),
            );
            None
        }
    }
}

/// One event of the event list, or `None` (with the problem) when it is not an object of a
/// known type. Its members are read in file order.
fn json_event(e: &JsonValue, problems: &mut Problems) -> Option<EpcisEvent> {
    let Some(members) = e.as_object() else {
        problems.push(
            e.line,
            None,
            format!("an event must be an object, not {}", e.kind_name()),
        );
        return None;
    };
    let event_type = json_event_type(e, problems)?;
    let mut b = EventBuilder::new(event_type, e.line, problems);
    for (key, v) in members {
        let field = key.as_str();
        if let Some(keep) = epc_list_field(field) {
            json_epc_list(&mut b, static_name(field), v, keep);
        } else if let Some(keep) = quantity_list_field(field) {
            let field: &'static str = static_name(field);
            for entry in json_array(&mut b, v, field).unwrap_or_default() {
                json_quantity_entry(&mut b, field, entry, keep);
            }
        } else {
            json_field(&mut b, field, v);
        }
    }
    Some(b.ev)
}

/// The event's `type`, or `None` (with the problem) when it has none or one EPCIS does not
/// define.
fn json_event_type<'v>(e: &'v JsonValue, problems: &mut Problems) -> Option<&'v str> {
    match e.get("type").map(|t| (t, t.as_str())) {
        Some((_, Some(t))) if EVENT_TYPES.contains(&t) => Some(t),
        Some((t, _)) => {
            problems.push(
                t.line,
                Some("type"),
                format!(
                    "{} is not an EPCIS event type ({})",
                    t.as_str()
                        .map_or_else(|| t.kind_name().to_string(), |s| format!("'{s}'")),
                    EVENT_TYPES.join(", ")
                ),
            );
            None
        }
        None => {
            problems.push(e.line, Some("type"), "the event has no \"type\"");
            None
        }
    }
}

/// An EPC list: each entry a string naming a pack or case.
fn json_epc_list(b: &mut EventBuilder<'_>, field: &'static str, v: &JsonValue, keep: Keep) {
    for item in json_array(b, v, field).unwrap_or_default() {
        if let Some(s) = json_string(b, item, field) {
            b.instance(field, s, item.line, keep);
        }
    }
}

/// One entry of a quantity list: an object of `epcClass`, a numeric `quantity` and perhaps a
/// `uom`; prefixed (extension) members are allowed, any other member is a problem.
fn json_quantity_entry(
    b: &mut EventBuilder<'_>,
    field: &'static str,
    entry: &JsonValue,
    keep: Keep,
) {
    let Some(entry_members) = entry.as_object() else {
        b.problem(
            entry.line,
            field,
            format!(
                "a quantity entry must be an object, not {}",
                entry.kind_name()
            ),
        );
        return;
    };
    let mut class = None;
    let mut quantity = None;
    let mut uom = None;
    for (k, qv) in entry_members {
        match k.as_str() {
            "epcClass" => class = json_string(b, qv, "epcClass").map(|s| (s, qv.line)),
            "quantity" => match &qv.kind {
                JsonKind::Number(n) => quantity = Some((n.as_str(), qv.line)),
                _ => b.problem(
                    qv.line,
                    "quantity",
                    format!(
                        "{} must be a number, not {}",
                        json_shown(qv),
                        qv.kind_name()
                    ),
                ),
            },
            "uom" => {
                uom = Some((
                    qv.as_str().map_or_else(|| json_shown(qv), String::from),
                    qv.line,
                ))
            }
            k if k.contains(':') => {}
            k => b.problem(
                qv.line,
                k,
                format!("\"{k}\" is not a field of a quantity entry"),
            ),
        }
    }
    // A quantity that was present but unreadable has been reported already.
    if class.is_some() && quantity.is_none() && entry.get("quantity").is_some() {
        return;
    }
    let uom = uom.as_ref().map(|(u, line)| (u.as_str(), *line));
    b.quantity(field, class, quantity, uom, entry.line, keep);
}

/// A member of an event that is not an EPC or quantity list: read, ignored as naming no
/// packs, kept as an extension (a prefixed key), or a problem (a key EPCIS does not define).
fn json_field(b: &mut EventBuilder<'_>, field: &str, v: &JsonValue) {
    match field {
        "type" => {}
        "action" => {
            if let Some(s) = json_string(b, v, field) {
                b.action(s, v.line);
            }
        }
        "bizStep" => b.ev.biz_step = json_string(b, v, field).map(bare_term),
        "disposition" => {
            b.ev.disposition = json_string(b, v, field).map(bare_term);
            b.ev.lines.disposition = Some(v.line);
        }
        "eventTime" | "recordTime" => {
            if let Some(s) = json_string(b, v, field) {
                b.time(field, s, v.line);
            }
        }
        "parentID" => {
            if let Some(s) = json_string(b, v, field) {
                b.instance("parentID", s, v.line, Keep::Yes);
            }
        }
        "ilmd" => json_ilmd(b, v),
        "bizTransactionList" => json_transactions(b, v),
        k if k.contains(':') => b.ev.extensions.push((k.to_string(), v.to_value())),
        k if OTHER_EVENT_FIELDS.contains(&k) => {}
        k => b.problem(
            v.line,
            k,
            format!("\"{k}\" is not a field of an EPCIS event (were it misspelt, what it lists would be lost)"),
        ),
    }
}

/// The ILMD object: its lot number and expiry, by their local names (any prefix).
fn json_ilmd(b: &mut EventBuilder<'_>, v: &JsonValue) {
    let Some(fields) = v.as_object() else {
        b.problem(
            v.line,
            "ilmd",
            format!("must be an object, not {}", v.kind_name()),
        );
        return;
    };
    for (k, iv) in fields {
        let name = k.rsplit(':').next().unwrap_or(k);
        if matches!(name, "lotNumber" | "itemExpirationDate") {
            if let Some(s) = json_string(b, iv, name) {
                b.ilmd(name, s, iv.line);
            }
        }
    }
}

/// The business transactions: each needs its identifier; its type is kept as a bare term.
fn json_transactions(b: &mut EventBuilder<'_>, v: &JsonValue) {
    for t in json_array(b, v, "bizTransactionList").unwrap_or_default() {
        let id = t.get("bizTransaction").and_then(JsonValue::as_str);
        match id {
            Some(id) => {
                let kind = t
                    .get("type")
                    .and_then(JsonValue::as_str)
                    .map(bare_term)
                    .unwrap_or_default();
                b.ev.transactions.push((kind, id.to_string()));
            }
            None => b.problem(
                t.line,
                "bizTransaction",
                "a business transaction has no bizTransaction identifier",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(text: &str) -> (Option<EpcisEvent>, Vec<(usize, String)>) {
        let doc = jsontext::parse(text).expect("valid JSON");
        let mut problems = Problems::new();
        let ev = json_event(&doc, &mut problems);
        let found = problems
            .into_vec()
            .into_iter()
            .map(|p| (p.line, p.message))
            .collect();
        (ev, found)
    }

    #[test]
    fn an_event_needs_a_type_epcis_defines() {
        let (ev, found) = event("{\n\"type\": \"ShipEvent\"}");
        assert!(
            ev.is_none(),
            "an unknown event type is not read as any event"
        );
        assert_eq!(found.len(), 1, "one event, one problem: {found:?}");
        assert_eq!(found[0].0, 2, "the problem is at the type's line");
        assert!(
            found[0]
                .1
                .starts_with("'ShipEvent' is not an EPCIS event type"),
            "the problem names the type written: {found:?}"
        );
        let (ev, found) = event("{\"action\": \"ADD\"}");
        assert!(ev.is_none(), "an event without a type");
        assert_eq!(
            found[0].1, "the event has no \"type\"",
            "what is missing is said, not guessed"
        );
    }

    #[test]
    fn a_quantity_entry_is_read_with_its_lines() {
        let (ev, found) = event(
            "{\"type\": \"ObjectEvent\", \"quantityList\": [\n{\"epcClass\": \"urn:epc:class:lgtin:950600.0013435.L1\",\n \"quantity\": 4,\n \"x:note\": 1}]}",
        );
        assert!(
            found.is_empty(),
            "a prefixed member is an extension: {found:?}"
        );
        let ev = ev.expect("a readable event");
        assert_eq!(
            ev.quantities,
            vec![("urn:epc:class:lgtin:950600.0013435.L1".to_string(), 4)],
            "the lot and its quantity"
        );
        assert_eq!(
            (
                ev.lines.quantities.clone(),
                ev.lines.quantity_values.clone()
            ),
            (vec![2], vec![3]),
            "the class and its quantity each keep their line, for problems found later"
        );
    }

    #[test]
    fn a_misspelt_member_is_a_problem_not_a_silent_loss() {
        let (ev, found) = event("{\"type\": \"ObjectEvent\",\n\"epcLsit\": []}");
        assert!(
            ev.is_some(),
            "the event is still read, so every problem is listed"
        );
        assert_eq!(
            found.len(),
            1,
            "one misspelt member, one problem: {found:?}"
        );
        assert_eq!(found[0].0, 2, "at the misspelt member's line");
        assert!(
            found[0]
                .1
                .contains("\"epcLsit\" is not a field of an EPCIS event"),
            "the member is named, so the supplier can correct it: {found:?}"
        );
    }
}
