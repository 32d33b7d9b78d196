//! Reading EPCIS documents (2.0 JSON-LD, 1.2 and 2.0 XML) into a few plain events, and the EPC
//! identifiers in them (SGTIN/SSCC/LGTIN URNs and Digital Link URIs) into GTINs and serials.
//!
//! The readers are strict, because what they return decides what a hospital expects to receive
//! or must take off its shelves: an identifier that cannot be read, a field the reader does not
//! know (a misspelt `epcLsit` would otherwise be skipped with every pack in it), a pack listed
//! twice in one list, or a date that is not a date is a problem, never skipped. Every problem is
//! reported with the line of the file that holds the value ([`read_json`], [`read_xml`]).
//! Locations and parties (`readPoint`, `bizLocation`, sources and destinations) are not packs
//! and are not checked as packs.

use std::collections::HashMap;

use chrono::NaiveDate;
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use serde_json::Value;

use crate::error::FileProblem;
use crate::import::json::{self as jsontext, JsonKind, JsonValue};
use crate::import::{line_of, Problems};

/// The deepest element nesting accepted in XML (EPCIS nests about eight deep).
pub const MAX_XML_DEPTH: usize = 64;

/// An EPCIS event reduced to what a hospital needs from it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EpcisEvent {
    /// `ObjectEvent`, `AggregationEvent`, …
    pub event_type: String,
    /// `ADD`, `OBSERVE`, `DELETE`.
    pub action: Option<String>,
    /// Business step as a bare CBV term (`shipping`), whatever form the file used.
    pub biz_step: Option<String>,
    /// Disposition as a bare CBV term.
    pub disposition: Option<String>,
    /// Instance identifiers (`epcList`, `childEPCs` of an aggregation, `outputEPCList` of a
    /// transformation), each one a pack or case [`read_epc`] reads.
    pub epcs: Vec<String>,
    /// The aggregation's parent (an SSCC, or a pack).
    pub parent: Option<String>,
    /// Class-level quantities: (class, quantity), each class a lot [`read_epc`] reads.
    pub quantities: Vec<(String, i64)>,
    /// ILMD lot number (a valid GS1 lot).
    pub lot: Option<String>,
    /// ILMD expiry (`YYYY-MM-DD`, a real date).
    pub expiry: Option<String>,
    /// Business transactions: (type as a bare term, identifier).
    pub transactions: Vec<(String, String)>,
    /// Extension fields (JSON-LD) by their prefixed key, e.g. `hosp:recallNotice`.
    pub extensions: Vec<(String, Value)>,
    /// Where each of these is in the file.
    pub lines: EventLines,
}

/// The lines of the file an event's values are on, for problems found after reading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventLines {
    /// The event itself (its `{` or its start tag).
    pub event: usize,
    /// Each entry of [`EpcisEvent::epcs`], in the same order.
    pub epcs: Vec<usize>,
    /// The parent.
    pub parent: Option<usize>,
    /// Each entry of [`EpcisEvent::quantities`] (the line of its `epcClass`).
    pub quantities: Vec<usize>,
    /// Each entry of [`EpcisEvent::quantities`]: the line of its `quantity` value.
    pub quantity_values: Vec<usize>,
    /// The ILMD lot number.
    pub lot: Option<usize>,
    /// The ILMD expiry.
    pub expiry: Option<usize>,
    /// The `disposition` value.
    pub disposition: Option<usize>,
}

/// Turns any of the three vocabulary forms into the bare term: `shipping`,
/// `urn:epcglobal:cbv:bizstep:shipping`, `https://ref.gs1.org/cbv/BizStep-shipping`.
pub fn bare_term(v: &str) -> String {
    if let Some(rest) = v.strip_prefix("urn:epcglobal:cbv:") {
        return rest.rsplit(':').next().unwrap_or(rest).to_string();
    }
    if v.starts_with("http://") || v.starts_with("https://") {
        let last = v.rsplit('/').next().unwrap_or(v);
        return last.split_once('-').map_or(last, |(_, t)| t).to_string();
    }
    v.to_string()
}

/// A parse failure, with where (the first problem of [`read_json`] or [`read_xml`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EpcisError {
    /// Where, as words: `line 12`.
    pub at: String,
    /// The line.
    pub line: usize,
    /// What.
    pub message: String,
}

impl From<Vec<FileProblem>> for EpcisError {
    fn from(problems: Vec<FileProblem>) -> Self {
        let first = problems.into_iter().next().unwrap_or(FileProblem {
            line: 1,
            field: None,
            message: "the document could not be read".into(),
        });
        EpcisError {
            at: format!("line {}", first.line),
            line: first.line,
            message: match first.field {
                Some(f) => format!("{f}: {}", first.message),
                None => first.message,
            },
        }
    }
}

/// Reads an EPCIS 2.0 JSON(-LD) document, stopping at the first problem. Prefer [`read_json`],
/// which reports every problem with its line.
pub fn parse_json(text: &str) -> Result<Vec<EpcisEvent>, EpcisError> {
    read_json(text).map_err(EpcisError::from)
}

/// Reads an EPCIS 1.2 or 2.0 XML document, stopping at the first problem. Prefer [`read_xml`].
pub fn parse_xml(text: &str) -> Result<Vec<EpcisEvent>, EpcisError> {
    read_xml(text).map_err(EpcisError::from)
}

const EVENT_TYPES: &[&str] = &[
    "ObjectEvent",
    "AggregationEvent",
    "TransactionEvent",
    "TransformationEvent",
    "AssociationEvent",
];

/// Event fields that say nothing about which packs are concerned, read by neither reader.
const OTHER_EVENT_FIELDS: &[&str] = &[
    "@context",
    "eventTimeZoneOffset",
    "eventID",
    "certificationInfo",
    "errorDeclaration",
    "readPoint",
    "bizLocation",
    "sourceList",
    "destinationList",
    "sensorElementList",
    "persistentDisposition",
    "transformationID",
];

/// How a field's identifiers are used: kept as the event's packs, or only checked (the inputs
/// of a transformation are consumed by it, so they are not what arrives).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    Yes,
    CheckOnly,
}

fn epc_list_field(name: &str) -> Option<Keep> {
    match name {
        "epcList" | "childEPCs" | "outputEPCList" => Some(Keep::Yes),
        "inputEPCList" => Some(Keep::CheckOnly),
        _ => None,
    }
}

fn quantity_list_field(name: &str) -> Option<Keep> {
    match name {
        "quantityList" | "childQuantityList" | "outputQuantityList" => Some(Keep::Yes),
        "inputQuantityList" => Some(Keep::CheckOnly),
        _ => None,
    }
}

/// Collects one event's values and problems; the same checks for both bindings.
struct EventBuilder<'p> {
    ev: EpcisEvent,
    problems: &'p mut Problems,
    /// Per list field, the canonical identifiers seen and where.
    seen: HashMap<(&'static str, Epc), usize>,
}

impl<'p> EventBuilder<'p> {
    fn new(event_type: &str, line: usize, problems: &'p mut Problems) -> Self {
        EventBuilder {
            ev: EpcisEvent {
                event_type: event_type.to_string(),
                lines: EventLines {
                    event: line,
                    ..Default::default()
                },
                ..Default::default()
            },
            problems,
            seen: HashMap::new(),
        }
    }

    fn problem(&mut self, line: usize, field: &str, message: impl Into<String>) {
        self.problems.push(line, Some(field), message);
    }

    fn action(&mut self, value: &str, line: usize) {
        match value {
            "ADD" | "OBSERVE" | "DELETE" => self.ev.action = Some(value.to_string()),
            other => self.problem(
                line,
                "action",
                format!("'{other}' is not an action: ADD, OBSERVE or DELETE"),
            ),
        }
    }

    /// One entry of an EPC list (or the parent).
    fn instance(&mut self, field: &'static str, value: &str, line: usize, keep: Keep) {
        match read_epc(value, EpcRole::Instance) {
            Err(why) => self.problem(line, field, format!("'{value}': {why}")),
            Ok(epc) => {
                if let Some(first) = self.seen.insert((field, epc), line) {
                    self.problem(
                        line,
                        field,
                        format!("'{value}' is listed twice in this {field} (also on line {first})"),
                    );
                    return;
                }
                if keep == Keep::Yes {
                    if field == "parentID" {
                        self.ev.parent = Some(value.to_string());
                        self.ev.lines.parent = Some(line);
                    } else {
                        self.ev.epcs.push(value.to_string());
                        self.ev.lines.epcs.push(line);
                    }
                }
            }
        }
    }

    /// One quantity element: its class, its quantity as written and the unit of measure if one
    /// was given, each with the line of its value (problems are reported there), and the line
    /// of the entry itself for what it lacks.
    fn quantity(
        &mut self,
        field: &'static str,
        class: Option<(&str, usize)>,
        quantity: Option<(&str, usize)>,
        uom: Option<(&str, usize)>,
        entry_line: usize,
        keep: Keep,
    ) {
        let Some((class, line)) = class else {
            self.problem(entry_line, field, "a quantity entry has no epcClass");
            return;
        };
        let epc = match read_epc(class, EpcRole::Class) {
            Ok(epc) => epc,
            Err(why) => {
                self.problem(line, "epcClass", format!("'{class}': {why}"));
                return;
            }
        };
        if let Some((uom, uom_line)) = uom {
            self.problem(
                uom_line,
                "uom",
                format!(
                    "the quantity of '{class}' is given in the unit of measure '{}', so it cannot be counted as packs",
                    shown(uom)
                ),
            );
            return;
        }
        let (n, quantity_line) = match quantity {
            None => {
                self.problem(entry_line, "quantity", format!("'{class}' has no quantity"));
                return;
            }
            Some((q, q_line)) => match whole_quantity(q) {
                Some(n) => (n, q_line),
                None => {
                    self.problem(
                        q_line,
                        "quantity",
                        format!("'{}' (the quantity of '{class}') is not a whole number from 1 to 1,000,000,000", shown(q)),
                    );
                    return;
                }
            },
        };
        if let Some(first) = self.seen.insert((field, epc), line) {
            self.problem(
                line,
                "epcClass",
                format!("'{class}' is listed twice in this {field} (also on line {first}): give its quantity once"),
            );
            return;
        }
        if keep == Keep::Yes {
            self.ev.quantities.push((class.to_string(), n));
            self.ev.lines.quantities.push(line);
            self.ev.lines.quantity_values.push(quantity_line);
        }
    }

    /// The event's `eventTime` or `recordTime`: a date and time as RFC 3339 and xsd:dateTime
    /// write it (`2026-06-01T08:15:00-05:00`; xsd:dateTime may leave the offset out). Nothing
    /// else is read from it, but a time that is not one is a sign of a wrong or hand-made file.
    fn time(&mut self, field: &str, value: &str, line: usize) {
        let v = value.trim();
        let readable = chrono::DateTime::parse_from_rfc3339(v).is_ok()
            || chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S%.f").is_ok();
        if !readable {
            self.problem(
                line,
                field,
                format!(
                    "'{}' is not a date and time such as 2026-06-01T08:15:00-05:00",
                    shown(value)
                ),
            );
        }
    }

    /// One ILMD field, by its local name.
    fn ilmd(&mut self, name: &str, value: &str, line: usize) {
        match name {
            "lotNumber" => {
                if let (Some(first), Some(first_line)) = (&self.ev.lot, self.ev.lines.lot) {
                    let message = format!(
                        "the ILMD gives the lot twice: '{}' here and '{}' on line {first_line}",
                        shown(value),
                        shown(first)
                    );
                    self.problem(line, "lotNumber", message);
                } else if let Err(why) = check_lot(value) {
                    self.problem(line, "lotNumber", why);
                } else {
                    self.ev.lot = Some(value.to_string());
                    self.ev.lines.lot = Some(line);
                }
            }
            "itemExpirationDate" => {
                if let (Some(first), Some(first_line)) = (&self.ev.expiry, self.ev.lines.expiry) {
                    let message = format!(
                        "the ILMD gives the expiry twice: '{}' here and '{}' on line {first_line}",
                        shown(value),
                        shown(first)
                    );
                    self.problem(line, "itemExpirationDate", message);
                } else if parse_date(value).is_none() {
                    self.problem(
                        line,
                        "itemExpirationDate",
                        format!("'{}' is not a date YYYY-MM-DD", shown(value)),
                    );
                } else {
                    self.ev.expiry = Some(value.to_string());
                    self.ev.lines.expiry = Some(line);
                }
            }
            _ => {}
        }
    }
}

/// A value from the file as a problem shows it: cut short if long, so a hostile file cannot
/// make the answer as long as itself.
fn shown(v: &str) -> String {
    crate::error::shown(v)
}

/// A JSON value as a problem shows it: a string in quotes, a number as written, cut short.
fn json_shown(v: &JsonValue) -> String {
    match &v.kind {
        JsonKind::Number(n) => shown(n.as_str()),
        _ => shown(&v.to_value().to_string()),
    }
}

/// A date written `YYYY-MM-DD` that exists.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    if s.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// A quantity as written: a whole number above zero (`4` or `4.0`), at most a billion.
fn whole_quantity(q: &str) -> Option<i64> {
    let n: f64 = q.trim().parse().ok()?;
    ((1.0..=1e9).contains(&n) && n.fract() == 0.0).then_some(n as i64)
}

// ---------------------------------------------------------------------------------------------
// JSON

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

fn json_event(e: &JsonValue, problems: &mut Problems) -> Option<EpcisEvent> {
    let Some(members) = e.as_object() else {
        problems.push(
            e.line,
            None,
            format!("an event must be an object, not {}", e.kind_name()),
        );
        return None;
    };
    let event_type = match e.get("type").map(|t| (t, t.as_str())) {
        Some((_, Some(t))) if EVENT_TYPES.contains(&t) => t,
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
            return None;
        }
        None => {
            problems.push(e.line, Some("type"), "the event has no \"type\"");
            return None;
        }
    };
    let mut b = EventBuilder::new(event_type, e.line, problems);
    for (key, v) in members {
        let field = key.as_str();
        if let Some(keep) = epc_list_field(field) {
            let field: &'static str = static_name(field);
            for item in json_array(&mut b, v, field).unwrap_or_default() {
                if let Some(s) = json_string(&mut b, item, field) {
                    b.instance(field, s, item.line, keep);
                }
            }
        } else if let Some(keep) = quantity_list_field(field) {
            let field: &'static str = static_name(field);
            for entry in json_array(&mut b, v, field).unwrap_or_default() {
                let Some(entry_members) = entry.as_object() else {
                    b.problem(
                        entry.line,
                        field,
                        format!(
                            "a quantity entry must be an object, not {}",
                            entry.kind_name()
                        ),
                    );
                    continue;
                };
                let mut class = None;
                let mut quantity = None;
                let mut uom = None;
                for (k, qv) in entry_members {
                    match k.as_str() {
                        "epcClass" => {
                            class = json_string(&mut b, qv, "epcClass").map(|s| (s, qv.line))
                        }
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
                    continue;
                }
                let uom = uom.as_ref().map(|(u, line)| (u.as_str(), *line));
                b.quantity(field, class, quantity, uom, entry.line, keep);
            }
        } else {
            match field {
                "type" => {}
                "action" => {
                    if let Some(s) = json_string(&mut b, v, field) {
                        b.action(s, v.line);
                    }
                }
                "bizStep" => b.ev.biz_step = json_string(&mut b, v, field).map(bare_term),
                "disposition" => {
                    b.ev.disposition = json_string(&mut b, v, field).map(bare_term);
                    b.ev.lines.disposition = Some(v.line);
                }
                "eventTime" | "recordTime" => {
                    if let Some(s) = json_string(&mut b, v, field) {
                        b.time(field, s, v.line);
                    }
                }
                "parentID" => {
                    if let Some(s) = json_string(&mut b, v, field) {
                        b.instance("parentID", s, v.line, Keep::Yes);
                    }
                }
                "ilmd" => match v.as_object() {
                    Some(fields) => {
                        for (k, iv) in fields {
                            let name = k.rsplit(':').next().unwrap_or(k);
                            if matches!(name, "lotNumber" | "itemExpirationDate") {
                                if let Some(s) = json_string(&mut b, iv, name) {
                                    b.ilmd(name, s, iv.line);
                                }
                            }
                        }
                    }
                    None => b.problem(
                        v.line,
                        "ilmd",
                        format!("must be an object, not {}", v.kind_name()),
                    ),
                },
                "bizTransactionList" => {
                    for t in json_array(&mut b, v, field).unwrap_or_default() {
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
                k if k.contains(':') => b.ev.extensions.push((k.to_string(), v.to_value())),
                k if OTHER_EVENT_FIELDS.contains(&k) => {}
                k => b.problem(
                    v.line,
                    k,
                    format!("\"{k}\" is not a field of an EPCIS event (were it misspelt, what it lists would be lost)"),
                ),
            }
        }
    }
    Some(b.ev)
}

/// The field names the builder keys its duplicate check on, as `'static` strings.
fn static_name(field: &str) -> &'static str {
    const NAMES: &[&str] = &[
        "epcList",
        "childEPCs",
        "outputEPCList",
        "inputEPCList",
        "quantityList",
        "childQuantityList",
        "outputQuantityList",
        "inputQuantityList",
    ];
    NAMES
        .iter()
        .find(|n| **n == field)
        .copied()
        .unwrap_or("epcList")
}

// ---------------------------------------------------------------------------------------------
// XML

struct Node {
    name: String,
    /// The name as written, with its prefix (`hosp:recallNotice`).
    qname: String,
    /// In no namespace or in EPCIS's own: a standard field, not an extension.
    standard: bool,
    attrs: Vec<(String, String)>,
    text: String,
    children: Vec<Node>,
    line: usize,
}

impl Node {
    fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.name == name)
    }

    fn trimmed(&self) -> &str {
        self.text.trim()
    }

    /// An extension element as JSON: its text, or an object of its children by their prefixed
    /// names. The recursion is bounded by [`MAX_XML_DEPTH`], which the tree builder enforced.
    fn to_value(&self) -> Value {
        if self.children.is_empty() {
            Value::String(self.trimmed().to_string())
        } else {
            Value::Object(
                self.children
                    .iter()
                    .map(|c| (c.qname.clone(), c.to_value()))
                    .collect(),
            )
        }
    }

    /// Descendants named `name`, in document order, without recursion.
    fn find_all<'a>(&'a self, name: &str) -> Vec<&'a Node> {
        let mut out = Vec::new();
        let mut stack: Vec<&Node> = self.children.iter().rev().collect();
        while let Some(n) = stack.pop() {
            if n.name == name {
                out.push(n);
            }
            stack.extend(n.children.iter().rev());
        }
        out
    }
}

fn xml_problem(line: usize, message: impl Into<String>) -> Vec<FileProblem> {
    vec![FileProblem {
        line,
        field: None,
        message: message.into(),
    }]
}

/// Builds the element tree, each element with the line of its start tag, refusing nesting
/// deeper than [`MAX_XML_DEPTH`] and any entity but XML's five.
fn xml_tree(text: &str) -> Result<Node, Vec<FileProblem>> {
    let mut reader = quick_xml::NsReader::from_str(text);
    reader.config_mut().trim_text(true);
    let bytes = text.as_bytes();
    let mut stack: Vec<Node> = vec![Node {
        name: String::new(),
        qname: String::new(),
        standard: true,
        attrs: vec![],
        text: String::new(),
        children: vec![],
        line: 1,
    }];
    // Lines are counted incrementally, so a large file is scanned once.
    let mut counted_to = 0usize;
    let mut line = 1usize;
    loop {
        let (standard, ev) = match reader.read_resolved_event() {
            Ok((ns, ev)) => (
                match ns {
                    ResolveResult::Unbound => true,
                    ResolveResult::Bound(n) => n.as_ref().starts_with(b"urn:epcglobal:epcis"),
                    ResolveResult::Unknown(_) => false,
                },
                ev,
            ),
            Err(e) => {
                let at = reader.error_position() as usize;
                return Err(xml_problem(
                    line_of(bytes, at),
                    format!("not well-formed XML: {e}"),
                ));
            }
        };
        let pos = (reader.buffer_position() as usize).min(bytes.len());
        let here = |counted_to: &mut usize, line: &mut usize| {
            // The start of the tag just read: its '<' (never inside an attribute value).
            let start = bytes[..pos].iter().rposition(|b| *b == b'<').unwrap_or(0);
            if start >= *counted_to {
                *line += bytes[*counted_to..start]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count();
                *counted_to = start;
            }
            *line
        };
        let open = |e: &quick_xml::events::BytesStart<'_>,
                    line: usize|
         -> Result<Node, Vec<FileProblem>> {
            let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
            let mut attrs = Vec::new();
            for a in e.attributes() {
                let a = a.map_err(|err| xml_problem(line, format!("bad attribute: {err}")))?;
                let value = a
                    .unescape_value()
                    .map_err(|err| xml_problem(line, format!("bad attribute value: {err}")))?;
                attrs.push((
                    String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned(),
                    value.into_owned(),
                ));
            }
            Ok(Node {
                name,
                qname: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                standard,
                attrs,
                text: String::new(),
                children: vec![],
                line,
            })
        };
        match ev {
            Event::Start(e) => {
                let l = here(&mut counted_to, &mut line);
                if stack.len() > MAX_XML_DEPTH {
                    return Err(xml_problem(
                        l,
                        format!("the document nests deeper than {MAX_XML_DEPTH} elements"),
                    ));
                }
                stack.push(open(&e, l)?);
            }
            Event::Empty(e) => {
                let l = here(&mut counted_to, &mut line);
                let n = open(&e, l)?;
                if let Some(top) = stack.last_mut() {
                    top.children.push(n);
                }
            }
            Event::End(_) => {
                let l = here(&mut counted_to, &mut line);
                let n = stack
                    .pop()
                    .ok_or_else(|| xml_problem(l, "unbalanced end tag"))?;
                match stack.last_mut() {
                    Some(top) => top.children.push(n),
                    None => return Err(xml_problem(l, "unbalanced end tag")),
                }
            }
            Event::Text(t) => {
                let s = t
                    .decode()
                    .map_err(|e| xml_problem(line_of(bytes, pos), format!("bad text: {e}")))?;
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&s);
                }
            }
            Event::CData(t) => {
                let s = std::str::from_utf8(&t).map_err(|_| {
                    xml_problem(line_of(bytes, pos), "a CDATA section that is not UTF-8")
                })?;
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(s);
                }
            }
            Event::GeneralRef(r) => {
                // Counted only for a problem: a file of a million `&amp;` is read in one pass.
                let at = || line_of(bytes, pos);
                let resolved = match r
                    .resolve_char_ref()
                    .map_err(|e| xml_problem(at(), format!("bad character reference: {e}")))?
                {
                    Some(c) => c.to_string(),
                    None => match r
                        .decode()
                        .map_err(|e| xml_problem(at(), format!("bad reference: {e}")))?
                        .as_ref()
                    {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => {
                            return Err(xml_problem(at(), format!("unknown entity &{other};")))
                        }
                    },
                };
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&resolved);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err(xml_problem(
            line_of(bytes, bytes.len()),
            format!(
                "the document ends inside <{}>",
                stack.last().map_or("", |n| n.name.as_str())
            ),
        ));
    }
    stack
        .pop()
        .ok_or_else(|| xml_problem(1, "the document is empty"))
}

/// Reads an EPCIS 1.2 or 2.0 XML document. In 1.2, `quantityList` and `ilmd` sit inside
/// `<extension>`; they are read there too. Every problem is returned with the line of the
/// element concerned; a document that is not EPCIS is refused at its root element's line.
pub fn read_xml(text: &str) -> Result<Vec<EpcisEvent>, Vec<FileProblem>> {
    let mut problems = Problems::new();
    let events = read_xml_into(text, &mut problems)?;
    problems.into_result()?;
    Ok(events)
}

/// As [`read_xml`], adding the problems of values to `problems` (see [`read_json_into`]).
pub(crate) fn read_xml_into(
    text: &str,
    problems: &mut Problems,
) -> Result<Vec<EpcisEvent>, Vec<FileProblem>> {
    let root = xml_tree(text)?;
    let Some(doc) = root.children.first() else {
        return Err(xml_problem(1, "the document has no root element"));
    };
    if doc.name != "EPCISDocument" && doc.name != "EPCISQueryDocument" {
        return Err(xml_problem(
            doc.line,
            format!("the root element is <{}>, not an EPCIS document", doc.name),
        ));
    }
    let lists = doc.find_all("EventList");
    if lists.is_empty() {
        return Err(xml_problem(
            doc.line,
            "this EPCIS document has no <EventList>",
        ));
    }
    let mut out = Vec::new();
    for list in lists {
        for e in &list.children {
            // EPCIS 1.x wraps newer event types in <extension>.
            let e = match (e.name.as_str(), e.children.as_slice()) {
                ("extension", [only]) => only,
                _ => e,
            };
            if !e.standard || !EVENT_TYPES.contains(&e.name.as_str()) {
                problems.push(
                    e.line,
                    None,
                    format!(
                        "<{}> is not an EPCIS event Custody reads ({})",
                        e.name,
                        EVENT_TYPES.join(", ")
                    ),
                );
                continue;
            }
            out.push(xml_event(e, problems));
        }
    }
    Ok(out)
}

fn xml_event(e: &Node, problems: &mut Problems) -> EpcisEvent {
    let mut b = EventBuilder::new(&e.name, e.line, problems);
    // The event's fields, and those inside its <extension> and <baseExtension> wrappers (1.2).
    let mut fields: Vec<&Node> = e.children.iter().rev().collect();
    while let Some(f) = fields.pop() {
        if !f.standard {
            // Another organisation's extension, kept as JSON-LD would give it.
            b.ev.extensions.push((f.qname.clone(), f.to_value()));
            continue;
        }
        let name = f.name.as_str();
        let is_list = epc_list_field(name).is_some() || quantity_list_field(name).is_some();
        if (is_list || name == "ilmd") && !f.trimmed().is_empty() {
            // Text beside the child elements would otherwise be lost with what it names.
            b.problem(
                f.line,
                name,
                format!(
                    "'{}' is written directly in <{name}>: each entry goes in its own element",
                    f.trimmed()
                ),
            );
        }
        if let Some(keep) = epc_list_field(name) {
            let field = static_name(name);
            for c in &f.children {
                if c.name == "epc" {
                    b.instance(field, c.trimmed(), c.line, keep);
                } else {
                    b.problem(
                        c.line,
                        field,
                        format!("<{}> in an EPC list: only <epc> belongs there", c.name),
                    );
                }
            }
        } else if let Some(keep) = quantity_list_field(name) {
            let field = static_name(name);
            for q in &f.children {
                if q.name != "quantityElement" {
                    b.problem(
                        q.line,
                        field,
                        format!(
                            "<{}> in a quantity list: only <quantityElement> belongs there",
                            q.name
                        ),
                    );
                    continue;
                }
                let value = |name: &str| q.child(name).map(|c| (c.trimmed(), c.line));
                b.quantity(
                    field,
                    value("epcClass"),
                    value("quantity"),
                    value("uom"),
                    q.line,
                    keep,
                );
            }
        } else {
            match name {
                "extension" | "baseExtension" => fields.extend(f.children.iter().rev()),
                "action" => b.action(f.trimmed(), f.line),
                "bizStep" => b.ev.biz_step = Some(bare_term(f.trimmed())),
                "disposition" => {
                    b.ev.disposition = Some(bare_term(f.trimmed()));
                    b.ev.lines.disposition = Some(f.line);
                }
                "eventTime" | "recordTime" => b.time(name, f.trimmed(), f.line),
                "parentID" => b.instance("parentID", f.trimmed(), f.line, Keep::Yes),
                "ilmd" => {
                    for c in &f.children {
                        b.ilmd(&c.name, c.trimmed(), c.line);
                    }
                }
                "bizTransactionList" => {
                    for t in f.children.iter().filter(|c| c.name == "bizTransaction") {
                        let kind = t
                            .attrs
                            .iter()
                            .find(|(k, _)| k == "type")
                            .map(|(_, v)| bare_term(v))
                            .unwrap_or_default();
                        if t.trimmed().is_empty() {
                            b.problem(
                                t.line,
                                "bizTransaction",
                                "a business transaction has no identifier",
                            );
                        } else {
                            b.ev.transactions.push((kind, t.trimmed().to_string()));
                        }
                    }
                }
                n if OTHER_EVENT_FIELDS.contains(&n) => {}
                n => b.problem(
                    f.line,
                    n,
                    format!("<{n}> is not a field of an EPCIS event (were it misspelt, what it lists would be lost)"),
                ),
            }
        }
    }
    b.ev
}

// ---------------------------------------------------------------------------------------------
// Identifiers

/// An identifier an EPCIS file names.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Epc {
    /// One pack.
    Sgtin {
        /// GTIN-14.
        gtin: String,
        /// Serial.
        serial: String,
    },
    /// A lot of a product (a class).
    Lgtin {
        /// GTIN-14.
        gtin: String,
        /// Lot, if the class has one.
        lot: Option<String>,
    },
    /// A logistic unit.
    Sscc(String),
    /// Anything else (locations, parties, other keys).
    Other,
}

/// Where an identifier stands, and so what it must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EpcRole {
    /// In an EPC list or a parent: one pack (SGTIN) or one case (SSCC).
    Instance,
    /// In a quantity list: a product's lot (LGTIN) or the product (a GTIN class).
    Class,
}

/// Reads an EPC URN or Digital Link URI strictly: a pack, case or lot Custody understands, or
/// why not (a wrong check digit, a serial with a space or a character outside GS1's set, a
/// location where a pack should be, a form Custody does not read).
pub fn read_epc(s: &str, role: EpcRole) -> Result<Epc, String> {
    if s.is_empty() {
        return Err("an identifier is empty".into());
    }
    if s.trim() != s {
        return Err("the identifier has spaces around it".into());
    }
    let epc = if let Some(rest) = s.strip_prefix("urn:epc:id:sgtin:") {
        sgtin_urn(rest)?
    } else if let Some(rest) = s.strip_prefix("urn:epc:id:sscc:") {
        sscc_urn(rest)?
    } else if let Some(rest) = s.strip_prefix("urn:epc:class:lgtin:") {
        lgtin_urn(rest)?
    } else if let Some(rest) = s.strip_prefix("urn:epc:idpat:sgtin:") {
        product_pattern(rest)?
    } else if s.starts_with("http://") || s.starts_with("https://") {
        digital_link(s)?
    } else if let Some(rest) = s.strip_prefix("urn:epc:id:") {
        let scheme = rest.split(':').next().unwrap_or(rest).to_ascii_uppercase();
        return Err(format!(
            "an {scheme} names a place, party or asset, not a pack: packs are SGTINs, cases SSCCs"
        ));
    } else {
        return Err("not an identifier Custody reads: a pack is urn:epc:id:sgtin:…, a case urn:epc:id:sscc:…, a lot urn:epc:class:lgtin:…, or a GS1 Digital Link".into());
    };
    match (role, &epc) {
        (EpcRole::Instance, Epc::Sgtin { .. } | Epc::Sscc(_))
        | (EpcRole::Class, Epc::Lgtin { .. }) => Ok(epc),
        (EpcRole::Instance, _) => Err(
            "a product class (a lot), not one pack or case: it belongs in a quantityList".into(),
        ),
        (EpcRole::Class, _) => {
            Err("one pack or case, not a product class: a quantityList names lots (LGTIN)".into())
        }
    }
}

/// Reads an EPC URN or Digital Link URI leniently: anything that is not a pack, lot or case
/// Custody reads is [`Epc::Other`]. For documents, use [`read_epc`], which says why.
pub fn parse_epc(s: &str) -> Epc {
    let s = s.trim();
    read_epc(s, EpcRole::Instance)
        .or_else(|_| read_epc(s, EpcRole::Class))
        .unwrap_or(Epc::Other)
}

/// Checks a serial (AI 21): 1 to 20 characters of GS1's character set 82.
pub fn check_serial(serial: &str) -> Result<(), String> {
    check_gs1_text("serial", serial)
}

/// Checks a lot (AI 10): 1 to 20 characters of GS1's character set 82.
pub fn check_lot(lot: &str) -> Result<(), String> {
    check_gs1_text("lot", lot)
}

fn check_gs1_text(what: &str, v: &str) -> Result<(), String> {
    if v.is_empty() {
        return Err(format!("the {what} is empty"));
    }
    if let Some(c) = v
        .chars()
        .find(|c| !c.is_ascii() || !custody_gs1::ai::is_cset82(*c as u8))
    {
        let which = match c {
            ' ' => "a space".to_string(),
            c if c.is_control() => format!("the control character U+{:04X}", c as u32),
            c => format!("'{c}'"),
        };
        return Err(format!(
            "the {what} '{v}' contains {which}, which a GS1 {what} cannot contain (letters, digits and !\"%&'()*+,-./:;<=>?_ only)"
        ));
    }
    let n = v.chars().count();
    if n > 20 {
        return Err(format!(
            "the {what} '{v}' has {n} characters; a GS1 {what} has at most 20"
        ));
    }
    Ok(())
}

/// Decodes `%XX` escapes of an EPC URN component; a `%` that starts no escape is an error.
fn unescape_uri(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let v = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| format!("'{s}' has a '%' that starts no escape such as %2F"))?;
            out.push(v);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| format!("'{s}' escapes bytes that are not UTF-8"))
}

/// The GTIN of a URN's company prefix and indicator + item reference (13 digits together).
fn gtin_from_parts(company_prefix: &str, indicator_item: &str) -> Result<String, String> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(company_prefix)
        || !digits(indicator_item)
        || !(6..=12).contains(&company_prefix.len())
        || company_prefix.len() + indicator_item.len() != 13
    {
        return Err(format!(
            "the company prefix '{company_prefix}' and item reference '{indicator_item}' must be 13 digits together, the prefix 6 to 12 of them"
        ));
    }
    let (indicator, item) = indicator_item.split_at(1);
    custody_gs1::Gtin::from_data_digits(&format!("{indicator}{company_prefix}{item}"))
        .map(|g| g.to_string())
        .ok_or_else(|| "not a GTIN".to_string())
}

fn sgtin_urn(rest: &str) -> Result<Epc, String> {
    let mut parts = rest.splitn(3, '.');
    let (Some(cp), Some(ii), Some(serial)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(
            "an SGTIN is urn:epc:id:sgtin:{company prefix}.{indicator and item reference}.{serial}"
                .into(),
        );
    };
    let gtin = gtin_from_parts(cp, ii)?;
    let serial = unescape_uri(serial)?;
    check_serial(&serial)?;
    Ok(Epc::Sgtin { gtin, serial })
}

fn sscc_urn(rest: &str) -> Result<Epc, String> {
    let usage = "an SSCC is urn:epc:id:sscc:{company prefix}.{extension digit and serial reference}, 17 digits together";
    let (cp, sr) = rest.split_once('.').ok_or(usage)?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(cp) || !digits(sr) || !(6..=12).contains(&cp.len()) || cp.len() + sr.len() != 17 {
        return Err(usage.into());
    }
    // The extension digit moves to the front; the check digit is computed.
    let (ext, serial_ref) = sr.split_at(1);
    let data = format!("{ext}{cp}{serial_ref}");
    let check = custody_gs1::gs1_check_digit(data.as_bytes()).ok_or(usage)?;
    Ok(Epc::Sscc(format!("{data}{check}")))
}

fn lgtin_urn(rest: &str) -> Result<Epc, String> {
    let mut parts = rest.splitn(3, '.');
    let (Some(cp), Some(ii), Some(lot)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(
            "an LGTIN is urn:epc:class:lgtin:{company prefix}.{indicator and item reference}.{lot}"
                .into(),
        );
    };
    let gtin = gtin_from_parts(cp, ii)?;
    let lot = unescape_uri(lot)?;
    check_lot(&lot)?;
    Ok(Epc::Lgtin {
        gtin,
        lot: Some(lot),
    })
}

/// `urn:epc:idpat:sgtin:{cp}.{ii}.*`: every pack of a product.
fn product_pattern(rest: &str) -> Result<Epc, String> {
    let mut parts = rest.splitn(3, '.');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(cp), Some(ii), Some("*")) => Ok(Epc::Lgtin {
            gtin: gtin_from_parts(cp, ii)?,
            lot: None,
        }),
        _ => Err(
            "a product pattern is urn:epc:idpat:sgtin:{company prefix}.{item reference}.*".into(),
        ),
    }
}

fn digital_link(s: &str) -> Result<Epc, String> {
    // The date only matters for expiry dates, which an identifier does not carry.
    let today = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    let scan = custody_gs1::decode(s, &custody_gs1::DecodeOptions::new(today))
        .map_err(|e| format!("not a GS1 Digital Link Custody reads: {}", e.message))?;
    let mut ais: Vec<&str> = scan.elements.iter().map(|e| e.ai()).collect();
    ais.sort_unstable();
    let gtin = scan.gtin.map(|g| g.to_string());
    match (ais.as_slice(), gtin) {
        (["01", "21"], Some(gtin)) => Ok(Epc::Sgtin {
            gtin,
            serial: scan.serial.unwrap_or_default(),
        }),
        (["01"], Some(gtin)) => Ok(Epc::Lgtin { gtin, lot: None }),
        (["01", "10"], Some(gtin)) => Ok(Epc::Lgtin {
            gtin,
            lot: scan.lot,
        }),
        (["00"], _) => Ok(Epc::Sscc(scan.sscc.unwrap_or_default())),
        _ => Err(format!(
            "a Digital Link in EPCIS names a pack /01/{{GTIN}}/21/{{serial}}, a lot /01/{{GTIN}}/10/{{lot}} or a case /00/{{SSCC}}; this one carries ({})",
            ais.join(")(")
        )),
    }
}

/// The document number of a business transaction: the part after the issuer's GLN in
/// `urn:epcglobal:cbv:bt:{GLN}:{number}`, else the identifier as given.
pub fn document_number(id: &str) -> String {
    match id.strip_prefix("urn:epcglobal:cbv:bt:") {
        Some(rest) => rest.split_once(':').map_or(rest, |(_, n)| n).to_string(),
        None => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urns_and_digital_links_become_gtins_and_serials() {
        assert_eq!(
            parse_epc("urn:epc:id:sgtin:030591.0036901.100000004711"),
            Epc::Sgtin {
                gtin: "00305910369019".into(),
                serial: "100000004711".into()
            },
            "the EPCIS notes' worked example"
        );
        assert_eq!(
            parse_epc("urn:epc:id:sgtin:0312345.067890.7K%2F01"),
            Epc::Sgtin {
                gtin: "00312345678906".into(),
                serial: "7K/01".into()
            }
        );
        assert_eq!(
            parse_epc("https://id.gs1.org/01/00305910369019/10/A12345"),
            Epc::Lgtin {
                gtin: "00305910369019".into(),
                lot: Some("A12345".into())
            }
        );
        assert_eq!(
            parse_epc("urn:epc:id:sscc:0614141.0000000417"),
            Epc::Sscc("006141410000004171".into())
        );
        assert_eq!(parse_epc("urn:epc:id:sgln:030591.000001.0"), Epc::Other);
    }

    #[test]
    fn read_epc_accepts_each_form_where_it_belongs_and_says_why_not_elsewhere() {
        use EpcRole::{Class, Instance};
        let ok: &[(&str, EpcRole, Epc)] = &[
            (
                "https://id.gs1.org/01/00305910369019/21/A-1",
                Instance,
                Epc::Sgtin {
                    gtin: "00305910369019".into(),
                    serial: "A-1".into(),
                },
            ),
            (
                "https://id.gs1.org/00/006141410000004171",
                Instance,
                Epc::Sscc("006141410000004171".into()),
            ),
            (
                "urn:epc:class:lgtin:030591.0036901.L%2F1",
                Class,
                Epc::Lgtin {
                    gtin: "00305910369019".into(),
                    lot: Some("L/1".into()),
                },
            ),
            (
                "urn:epc:idpat:sgtin:030591.0036901.*",
                Class,
                Epc::Lgtin {
                    gtin: "00305910369019".into(),
                    lot: None,
                },
            ),
            (
                "https://id.gs1.org/01/00305910369019",
                Class,
                Epc::Lgtin {
                    gtin: "00305910369019".into(),
                    lot: None,
                },
            ),
        ];
        for (s, role, epc) in ok {
            assert_eq!(
                read_epc(s, *role).as_ref(),
                Ok(epc),
                "{s} is a readable {role:?}"
            );
        }
        let refused: &[(&str, EpcRole, &str)] = &[
            (
                "urn:epc:id:sgtin:030591.0036901.A%2",
                Instance,
                "starts no escape",
            ),
            ("urn:epc:id:sgtin:030591.0036901.", Instance, "empty"),
            ("urn:epc:id:sscc:0614141.000000041", Instance, "17 digits"),
            (
                "urn:epc:id:sgtin:030591.0036901.S1 ",
                Instance,
                "spaces around",
            ),
            (
                "urn:epc:idpat:sgtin:030591.0036901.S1",
                Class,
                "product pattern",
            ),
            (
                "urn:epc:id:sscc:0614141.0000000417",
                Class,
                "not a product class",
            ),
            (
                "urn:epc:class:lgtin:030591.0036901.L1",
                Instance,
                "quantityList",
            ),
            ("urn:epc:id:pgln:0614141.00000", Instance, "PGLN"),
        ];
        for (s, role, words) in refused {
            let why = read_epc(s, *role).expect_err(s);
            assert!(why.contains(words), "{s} as {role:?}: {why}");
        }
    }

    #[test]
    fn vocabulary_in_any_form() {
        assert_eq!(bare_term("urn:epcglobal:cbv:bizstep:shipping"), "shipping");
        assert_eq!(
            bare_term("https://ref.gs1.org/cbv/BizStep-shipping"),
            "shipping"
        );
        assert_eq!(bare_term("shipping"), "shipping");
        assert_eq!(
            document_number("urn:epcglobal:cbv:bt:0614141000005:ASN-88123"),
            "ASN-88123"
        );
    }
}

/// Which events to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportScope {
    /// Every event of one pack.
    Serial {
        /// GTIN-14.
        gtin: String,
        /// Serial.
        serial: String,
    },
    /// Every event of a lot.
    Lot {
        /// GTIN-14.
        gtin: String,
        /// Lot.
        lot: String,
    },
    /// Every event that happened in `[from, to)`.
    Range {
        /// Start (inclusive).
        from: crate::model::Timestamp,
        /// End (exclusive).
        to: crate::model::Timestamp,
    },
}

fn uri_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The CBV business step, disposition and action for an event and where its line ends up.
fn cbv(
    kind: crate::model::EventKind,
    after: Option<crate::model::UnitStatus>,
) -> (&'static str, &'static str, &'static str) {
    use crate::model::{EventKind as K, UnitStatus as S};
    let held = after == Some(S::Quarantined);
    match kind {
        K::Receive if held => ("receiving", "non_sellable_other", "OBSERVE"),
        K::Receive => ("receiving", "active", "OBSERVE"),
        K::Transfer if after == Some(S::TransferredOut) => ("shipping", "in_transit", "OBSERVE"),
        K::Transfer => ("storing", "active", "OBSERVE"),
        K::Dispense => ("dispensing", "dispensed", "OBSERVE"),
        K::Return => ("receiving", "active", "OBSERVE"),
        K::Quarantine | K::MarkSuspect => ("holding", "non_sellable_other", "OBSERVE"),
        K::RecallClose => ("holding", "recalled", "OBSERVE"),
        K::Release => ("inspecting", "active", "OBSERVE"),
        K::Destroy => ("destroying", "destroyed", "DELETE"),
        K::ReturnToSupplier => ("shipping", "returned", "OBSERVE"),
        // User events have no lines, so no pack is ever exported with one; CBV has no step for
        // them.
        K::UserEnrolled
        | K::UserAdded
        | K::UserRoleChanged
        | K::UserDisabled
        | K::UserEnabled
        | K::ClockCorrected => ("", "", "OBSERVE"),
        K::CountAdjust => (
            "cycle_counting",
            match after {
                Some(S::Missing) => "unknown",
                Some(S::Quarantined) => "non_sellable_other",
                _ => "active",
            },
            "OBSERVE",
        ),
    }
}

impl crate::Store {
    /// Exports events as an EPCIS 2.0 JSON-LD document: Digital Link URIs for packs and lots,
    /// CBV business steps and dispositions, the document as a business transaction, and the
    /// ledger hash of each event as an extension.
    pub fn export_epcis(
        &self,
        actor: &crate::model::User,
        scope: &ExportScope,
        now: crate::model::Timestamp,
    ) -> crate::error::CoreResult<Value> {
        use crate::model::{EventKind, Timestamp, UnitStatus};
        use rusqlite::params;
        use serde_json::json;
        crate::permissions::require(actor, crate::permissions::Operation::ViewStock)?;
        let site = self
            .site()?
            .ok_or_else(|| crate::error::CoreError::refused("master.no_site"))?;
        let location_uri = |code: &str| match &site.gln {
            Some(gln) => format!("https://id.gs1.org/414/{gln}/254/{}", uri_escape(code)),
            None => format!(
                "urn:custody:location:{}:{}",
                uri_escape(&site.code),
                uri_escape(code)
            ),
        };
        let base = "SELECT e.seq, e.id, e.kind, e.occurred_at, e.occurred_offset, e.recorded_at, u.username, le.code, pa.code, pa.gln, e.reference, e.reason, e.hash,
                           p.gtin, l.lot, l.serial, l.quantity, l.status_after, la.code
                    FROM event_line l JOIN event e ON e.seq = l.event_seq JOIN product p ON p.id = l.product_id JOIN user u ON u.id = e.actor_id
                    LEFT JOIN location le ON le.id = e.location_id LEFT JOIN partner pa ON pa.id = e.counterparty_id LEFT JOIN location la ON la.id = l.location_after";
        let (sql, args): (String, Vec<String>) = match scope {
            ExportScope::Serial { gtin, serial } => (format!("{base} WHERE p.gtin = ?1 AND l.serial = ?2 ORDER BY e.seq, l.line_no"), vec![gtin.clone(), serial.clone()]),
            ExportScope::Lot { gtin, lot } => (
                format!("{base} WHERE p.gtin = ?1 AND (l.lot = ?2 OR l.serial IN (SELECT serial FROM unit WHERE product_id = p.id AND lot = ?2)) ORDER BY e.seq, l.line_no"),
                vec![gtin.clone(), lot.clone()],
            ),
            ExportScope::Range { from, to } => (format!("{base} WHERE e.occurred_at >= ?1 AND e.occurred_at < ?2 ORDER BY e.seq, l.line_no"), vec![from.utc_text(), to.utc_text()]),
        };
        let mut stmt = self.conn().prepare(&sql)?;
        let mut rows = stmt.query(params![args[0], args[1]])?;
        let mut events: Vec<Value> = Vec::new();
        let mut last_seq = None;
        while let Some(r) = rows.next()? {
            let seq: i64 = r.get(0)?;
            let gtin: String = r.get(13)?;
            let lot: Option<String> = r.get(14)?;
            let serial: Option<String> = r.get(15)?;
            let quantity: i64 = r.get(16)?;
            if last_seq != Some(seq) {
                last_seq = Some(seq);
                let kind: EventKind = r.get::<_, String>(2)?.parse().unwrap_or(EventKind::Receive);
                let after: Option<UnitStatus> =
                    r.get::<_, Option<String>>(17)?.and_then(|s| s.parse().ok());
                let (biz_step, disposition, action) = cbv(kind, after);
                let occurred: String = r.get(3)?;
                let offset: i32 = r.get(4)?;
                let when = Timestamp::from_stored(&occurred, offset)
                    .map_or(occurred.clone(), |t| t.0.to_rfc3339());
                let hash: Vec<u8> = r.get(12)?;
                let mut e = json!({
                    "type": "ObjectEvent",
                    "eventTime": when,
                    "eventTimeZoneOffset": format!("{}{:02}:{:02}", if offset < 0 { '-' } else { '+' }, offset.abs() / 60, offset.abs() % 60),
                    "recordTime": r.get::<_, String>(5)?,
                    "eventID": format!("urn:uuid:{}", r.get::<_, String>(1)?),
                    "action": action,
                    "bizStep": biz_step,
                    "disposition": disposition,
                    "custody:kind": kind.as_str(),
                    "custody:actor": r.get::<_, String>(6)?,
                    "custody:hash": hex::encode(hash),
                });
                if let Some(code) = r.get::<_, Option<String>>(7)? {
                    e["readPoint"] = json!({ "id": location_uri(&code) });
                }
                if let Some(code) = r.get::<_, Option<String>>(18)? {
                    e["bizLocation"] = json!({ "id": location_uri(&code) });
                }
                if let Some(reference) = r.get::<_, Option<String>>(10)? {
                    // A receipt's document may be a PO or a despatch advice: only an RMA is certain.
                    let kind_of_document = (kind == EventKind::ReturnToSupplier).then_some("rma");
                    let mut t = json!({ "bizTransaction": format!("urn:custody:document:{}", uri_escape(&reference)) });
                    if let Some(k) = kind_of_document {
                        t["type"] = json!(k);
                    }
                    e["bizTransactionList"] = json!([t]);
                }
                let partner: Option<String> = r.get(8)?;
                let partner_gln: Option<String> = r.get(9)?;
                if let Some(p) = partner {
                    let party = match partner_gln {
                        Some(g) => format!("https://id.gs1.org/417/{g}"),
                        None => format!("urn:custody:partner:{}", uri_escape(&p)),
                    };
                    let side = if matches!(kind, EventKind::Receive) {
                        ("sourceList", "source")
                    } else {
                        ("destinationList", "destination")
                    };
                    e[side.0] = json!([{ "type": "owning_party", side.1: party }]);
                }
                if let Some(reason) = r.get::<_, Option<String>>(11)? {
                    e["custody:reason"] = json!(reason);
                }
                events.push(e);
            }
            let e = events.last_mut().expect("pushed above");
            match serial {
                Some(s) => {
                    let list = e
                        .as_object_mut()
                        .expect("object")
                        .entry("epcList")
                        .or_insert_with(|| json!([]));
                    if let Some(a) = list.as_array_mut() {
                        a.push(json!(custody_gs1::digital_link(&gtin, None, Some(&s))));
                    }
                }
                None => {
                    let list = e
                        .as_object_mut()
                        .expect("object")
                        .entry("quantityList")
                        .or_insert_with(|| json!([]));
                    if let Some(a) = list.as_array_mut() {
                        a.push(json!({ "epcClass": custody_gs1::digital_link(&gtin, lot.as_deref(), None), "quantity": quantity }));
                    }
                }
            }
        }
        Ok(json!({
            "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", { "custody": "urn:custody:" }],
            "type": "EPCISDocument",
            "schemaVersion": "2.0",
            "creationDate": now.0.to_rfc3339(),
            "epcisBody": { "eventList": events },
        }))
    }
}
