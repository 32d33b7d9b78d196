//! Reading EPCIS 1.2 and 2.0 XML: the document's event lists, and each event's elements through
//! the shared [`EventBuilder`], each problem at the line of its element.

use super::builder::EventBuilder;
use super::event::{bare_term, EpcisError, EpcisEvent};
use super::fields::{
    epc_list_field, quantity_list_field, static_name, Keep, EVENT_TYPES, OTHER_EVENT_FIELDS,
};
use super::xml_tree::{xml_problem, xml_tree, Node};
use crate::error::FileProblem;
use crate::import::Problems;

/// Reads an EPCIS 1.2 or 2.0 XML document, stopping at the first problem. Prefer [`read_xml`].
pub fn parse_xml(text: &str) -> Result<Vec<EpcisEvent>, EpcisError> {
    read_xml(text).map_err(EpcisError::from)
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

/// As [`read_xml`], adding the problems of values to `problems` (see
/// [`read_json_into`](super::read_json_into)).
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

/// One event element: its fields, and those inside its `<extension>` and `<baseExtension>`
/// wrappers (1.2), read in document order.
fn xml_event(e: &Node, problems: &mut Problems) -> EpcisEvent {
    let mut b = EventBuilder::new(&e.name, e.line, problems);
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
            xml_epc_list(&mut b, f, keep);
        } else if let Some(keep) = quantity_list_field(name) {
            xml_quantity_list(&mut b, f, keep);
        } else if matches!(name, "extension" | "baseExtension") {
            fields.extend(f.children.iter().rev());
        } else {
            xml_field(&mut b, f);
        }
    }
    b.ev
}

/// An EPC list: each `<epc>` a pack or case.
fn xml_epc_list(b: &mut EventBuilder<'_>, f: &Node, keep: Keep) {
    let field = static_name(&f.name);
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
}

/// A quantity list: each `<quantityElement>` a class, its quantity and perhaps a unit of
/// measure.
fn xml_quantity_list(b: &mut EventBuilder<'_>, f: &Node, keep: Keep) {
    let field = static_name(&f.name);
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
}

/// A standard field that is not a list or a wrapper: read, ignored as naming no packs, or a
/// problem (an element EPCIS does not define).
fn xml_field(b: &mut EventBuilder<'_>, f: &Node) {
    let name = f.name.as_str();
    match name {
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
        "bizTransactionList" => xml_transactions(b, f),
        n if OTHER_EVENT_FIELDS.contains(&n) => {}
        n => b.problem(
            f.line,
            n,
            format!("<{n}> is not a field of an EPCIS event (were it misspelt, what it lists would be lost)"),
        ),
    }
}

/// The business transactions: each `<bizTransaction>` needs its identifier; its `type`
/// attribute is kept as a bare term.
fn xml_transactions(b: &mut EventBuilder<'_>, f: &Node) {
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
