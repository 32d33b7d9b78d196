//! Reading EPCIS documents (2.0 JSON-LD, 1.2 and 2.0 XML) into a few plain events, and the EPC
//! identifiers in them (SGTIN/SSCC/LGTIN URNs and Digital Link URIs) into GTINs and serials.

use std::borrow::Cow;

use quick_xml::events::Event;
use serde_json::Value;

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
    /// Instance identifiers (`epcList`, or `childEPCs` of an aggregation).
    pub epcs: Vec<String>,
    /// The aggregation's parent (an SSCC).
    pub parent: Option<String>,
    /// Class-level quantities: (class, quantity).
    pub quantities: Vec<(String, i64)>,
    /// ILMD lot number.
    pub lot: Option<String>,
    /// ILMD expiry (`YYYY-MM-DD`).
    pub expiry: Option<String>,
    /// Business transactions: (type as a bare term, identifier).
    pub transactions: Vec<(String, String)>,
    /// Extension fields (JSON-LD) by their prefixed key, e.g. `hosp:recallNotice`.
    pub extensions: Vec<(String, Value)>,
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

/// A parse failure, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EpcisError {
    /// Where: an event number, or a line and column for XML.
    pub at: String,
    /// What.
    pub message: String,
}

/// Reads an EPCIS 2.0 JSON(-LD) document (`EPCISDocument` or `EPCISQueryDocument`).
pub fn parse_json(text: &str) -> Result<Vec<EpcisEvent>, EpcisError> {
    let doc: Value = serde_json::from_str(text).map_err(|e| EpcisError {
        at: format!("line {}, column {}", e.line(), e.column()),
        message: format!("not valid JSON: {e}"),
    })?;
    let list = doc
        .pointer("/epcisBody/eventList")
        .or_else(|| doc.pointer("/epcisBody/queryResults/resultsBody/eventList"))
        .and_then(Value::as_array)
        .ok_or_else(|| EpcisError {
            at: "document".into(),
            message: "no epcisBody.eventList: this is not an EPCIS 2.0 document".into(),
        })?;
    let strings = |v: Option<&Value>| -> Vec<String> {
        v.and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut out = Vec::with_capacity(list.len());
    for (i, e) in list.iter().enumerate() {
        let at = || format!("event {}", i + 1);
        let obj = e.as_object().ok_or_else(|| EpcisError {
            at: at(),
            message: "an event must be an object".into(),
        })?;
        let event_type = obj
            .get("type")
            .and_then(Value::as_str)
            .ok_or_else(|| EpcisError {
                at: at(),
                message: "the event has no \"type\"".into(),
            })?;
        let mut ev = EpcisEvent {
            event_type: event_type.to_string(),
            action: obj.get("action").and_then(Value::as_str).map(String::from),
            biz_step: obj.get("bizStep").and_then(Value::as_str).map(bare_term),
            disposition: obj
                .get("disposition")
                .and_then(Value::as_str)
                .map(bare_term),
            parent: obj
                .get("parentID")
                .and_then(Value::as_str)
                .map(String::from),
            ..Default::default()
        };
        ev.epcs = strings(obj.get("epcList"));
        ev.epcs.extend(strings(obj.get("childEPCs")));
        for q in obj
            .get("quantityList")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .chain(
                obj.get("childQuantityList")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten(),
            )
        {
            let class = q
                .get("epcClass")
                .and_then(Value::as_str)
                .ok_or_else(|| EpcisError {
                    at: at(),
                    message: "a quantityList entry has no epcClass".into(),
                })?;
            let n = q
                .get("quantity")
                .and_then(Value::as_f64)
                .ok_or_else(|| EpcisError {
                    at: at(),
                    message: format!("the quantity of {class} is missing or not a number"),
                })?;
            if n <= 0.0 || n.fract() != 0.0 {
                return Err(EpcisError {
                    at: at(),
                    message: format!("the quantity of {class} must be a whole number above zero"),
                });
            }
            ev.quantities.push((class.to_string(), n as i64));
        }
        if let Some(ilmd) = obj.get("ilmd").and_then(Value::as_object) {
            for (k, v) in ilmd {
                match k.rsplit(':').next().unwrap_or(k) {
                    "lotNumber" => ev.lot = v.as_str().map(String::from),
                    "itemExpirationDate" => ev.expiry = v.as_str().map(String::from),
                    _ => {}
                }
            }
        }
        for t in obj
            .get("bizTransactionList")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(id) = t.get("bizTransaction").and_then(Value::as_str) {
                ev.transactions.push((
                    t.get("type")
                        .and_then(Value::as_str)
                        .map(bare_term)
                        .unwrap_or_default(),
                    id.to_string(),
                ));
            }
        }
        for (k, v) in obj {
            if k.contains(':') {
                ev.extensions.push((k.clone(), v.clone()));
            }
        }
        out.push(ev);
    }
    Ok(out)
}

struct Node {
    name: String,
    attrs: Vec<(String, String)>,
    text: String,
    children: Vec<Node>,
}

impl Node {
    fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.name == name)
    }
    fn text_of(&self, name: &str) -> Option<String> {
        self.child(name)
            .map(|c| c.text.trim().to_string())
            .filter(|t| !t.is_empty())
    }
    /// Descendants named `name`, depth first.
    fn find_all<'a>(&'a self, name: &str, out: &mut Vec<&'a Node>) {
        for c in &self.children {
            if c.name == name {
                out.push(c);
            }
            c.find_all(name, out);
        }
    }
}

fn xml_tree(text: &str) -> Result<Node, EpcisError> {
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().trim_text(true);
    let mut stack: Vec<Node> = vec![Node {
        name: String::new(),
        attrs: vec![],
        text: String::new(),
        children: vec![],
    }];
    let err = |reader: &quick_xml::Reader<&[u8]>, m: String| {
        let pos = reader.buffer_position() as usize;
        let line = text[..pos.min(text.len())].matches('\n').count() + 1;
        EpcisError {
            at: format!("line {line}"),
            message: m,
        }
    };
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| err(&reader, format!("not well-formed XML: {e}")))?;
        let open = |e: &quick_xml::events::BytesStart<'_>| -> Result<Node, String> {
            let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
            let mut attrs = Vec::new();
            for a in e.attributes() {
                let a = a.map_err(|e| format!("bad attribute: {e}"))?;
                let value = a
                    .unescape_value()
                    .map_err(|e| format!("bad attribute value: {e}"))?;
                attrs.push((
                    String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned(),
                    value.into_owned(),
                ));
            }
            Ok(Node {
                name,
                attrs,
                text: String::new(),
                children: vec![],
            })
        };
        match ev {
            Event::Start(e) => stack.push(open(&e).map_err(|m| err(&reader, m))?),
            Event::Empty(e) => {
                let n = open(&e).map_err(|m| err(&reader, m))?;
                if let Some(top) = stack.last_mut() {
                    top.children.push(n);
                }
            }
            Event::End(_) => {
                let n = stack
                    .pop()
                    .ok_or_else(|| err(&reader, "unbalanced end tag".into()))?;
                match stack.last_mut() {
                    Some(top) => top.children.push(n),
                    None => return Err(err(&reader, "unbalanced end tag".into())),
                }
            }
            Event::Text(t) => {
                let s: Cow<'_, str> = t
                    .decode()
                    .map_err(|e| err(&reader, format!("bad text: {e}")))?;
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&s);
                }
            }
            Event::CData(t) => {
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&String::from_utf8_lossy(&t.into_inner()));
                }
            }
            Event::GeneralRef(r) => {
                let resolved = match r
                    .resolve_char_ref()
                    .map_err(|e| err(&reader, format!("bad character reference: {e}")))?
                {
                    Some(c) => c.to_string(),
                    None => match r
                        .decode()
                        .map_err(|e| err(&reader, format!("bad reference: {e}")))?
                        .as_ref()
                    {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => return Err(err(&reader, format!("unknown entity &{other};"))),
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
        return Err(EpcisError {
            at: "end of file".into(),
            message: "the document ends inside an element".into(),
        });
    }
    stack.pop().ok_or_else(|| EpcisError {
        at: "document".into(),
        message: "empty document".into(),
    })
}

const EVENT_TYPES: &[&str] = &[
    "ObjectEvent",
    "AggregationEvent",
    "TransactionEvent",
    "TransformationEvent",
    "AssociationEvent",
];

/// Reads an EPCIS 1.2 or 2.0 XML document. In 1.2, `quantityList` and `ilmd` sit inside
/// `<extension>`; they are found wherever they are.
pub fn parse_xml(text: &str) -> Result<Vec<EpcisEvent>, EpcisError> {
    let root = xml_tree(text)?;
    let doc = root.children.first().ok_or_else(|| EpcisError {
        at: "document".into(),
        message: "empty document".into(),
    })?;
    if doc.name != "EPCISDocument" && doc.name != "EPCISQueryDocument" {
        return Err(EpcisError {
            at: "line 1".into(),
            message: format!("the root element is <{}>, not an EPCIS document", doc.name),
        });
    }
    let mut lists = Vec::new();
    doc.find_all("EventList", &mut lists);
    let mut out = Vec::new();
    for list in lists {
        for e in &list.children {
            // EPCIS 1.x wraps newer event types in <extension>.
            let e = if e.name == "extension" {
                e.children.first().unwrap_or(e)
            } else {
                e
            };
            if !EVENT_TYPES.contains(&e.name.as_str()) {
                continue;
            }
            let mut ev = EpcisEvent {
                event_type: e.name.clone(),
                action: e.text_of("action"),
                biz_step: e.text_of("bizStep").map(|s| bare_term(&s)),
                disposition: e.text_of("disposition").map(|s| bare_term(&s)),
                parent: e.text_of("parentID"),
                ..Default::default()
            };
            for list_name in ["epcList", "childEPCs"] {
                if let Some(l) = e.child(list_name) {
                    ev.epcs.extend(
                        l.children
                            .iter()
                            .filter(|c| c.name == "epc")
                            .map(|c| c.text.trim().to_string()),
                    );
                }
            }
            let mut quantity_elements = Vec::new();
            e.find_all("quantityElement", &mut quantity_elements);
            for q in quantity_elements {
                let class = q.text_of("epcClass").ok_or_else(|| EpcisError {
                    at: e.name.clone(),
                    message: "a quantityElement has no epcClass".into(),
                })?;
                let n: f64 = q
                    .text_of("quantity")
                    .and_then(|s| s.parse().ok())
                    .ok_or_else(|| EpcisError {
                        at: e.name.clone(),
                        message: format!("the quantity of {class} is missing or not a number"),
                    })?;
                if n <= 0.0 || n.fract() != 0.0 {
                    return Err(EpcisError {
                        at: e.name.clone(),
                        message: format!(
                            "the quantity of {class} must be a whole number above zero"
                        ),
                    });
                }
                ev.quantities.push((class, n as i64));
            }
            let mut ilmds = Vec::new();
            e.find_all("ilmd", &mut ilmds);
            for ilmd in ilmds {
                ev.lot = ev.lot.or(ilmd.text_of("lotNumber"));
                ev.expiry = ev.expiry.or(ilmd.text_of("itemExpirationDate"));
            }
            if let Some(l) = e.child("bizTransactionList") {
                for t in l.children.iter().filter(|c| c.name == "bizTransaction") {
                    let kind = t
                        .attrs
                        .iter()
                        .find(|(k, _)| k == "type")
                        .map(|(_, v)| bare_term(v))
                        .unwrap_or_default();
                    ev.transactions.push((kind, t.text.trim().to_string()));
                }
            }
            out.push(ev);
        }
    }
    Ok(out)
}

/// An identifier an EPCIS file names.
#[derive(Debug, Clone, PartialEq, Eq)]
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

fn unescape_uri(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() && s.is_char_boundary(i + 3) {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn gtin_from_parts(company_prefix: &str, indicator_item: &str) -> Option<String> {
    let (indicator, item) = indicator_item.split_at_checked(1)?;
    let data = format!("{indicator}{company_prefix}{item}");
    if data.len() != 13 || !data.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    custody_gs1::Gtin::from_data_digits(&data).map(|g| g.to_string())
}

/// Reads an EPC URN or Digital Link URI.
pub fn parse_epc(s: &str) -> Epc {
    let s = s.trim();
    if let Some(rest) = s.strip_prefix("urn:epc:id:sgtin:") {
        let mut parts = rest.splitn(3, '.');
        if let (Some(cp), Some(ii), Some(serial)) = (parts.next(), parts.next(), parts.next()) {
            if let Some(gtin) = gtin_from_parts(cp, ii) {
                return Epc::Sgtin {
                    gtin,
                    serial: unescape_uri(serial),
                };
            }
        }
        return Epc::Other;
    }
    for (prefix, with_lot) in [
        ("urn:epc:class:lgtin:", true),
        ("urn:epc:idpat:sgtin:", false),
    ] {
        if let Some(rest) = s.strip_prefix(prefix) {
            let mut parts = rest.splitn(3, '.');
            if let (Some(cp), Some(ii)) = (parts.next(), parts.next()) {
                if let Some(gtin) = gtin_from_parts(cp, ii) {
                    let lot = parts
                        .next()
                        .filter(|l| with_lot && *l != "*")
                        .map(unescape_uri);
                    return Epc::Lgtin { gtin, lot };
                }
            }
            return Epc::Other;
        }
    }
    if let Some(rest) = s.strip_prefix("urn:epc:id:sscc:") {
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        if digits.len() == 17 {
            // Company prefix and serial reference; the extension digit moves to the front.
            let (cp, sr) = rest.split_once('.').unwrap_or((rest, ""));
            let (ext, serial_ref) = sr.split_at_checked(1).unwrap_or(("0", sr));
            let data = format!("{ext}{cp}{serial_ref}");
            if let Some(check) = custody_gs1::gs1_check_digit(data.as_bytes()) {
                return Epc::Sscc(format!("{data}{check}"));
            }
        }
        return Epc::Other;
    }
    if s.starts_with("http://") || s.starts_with("https://") {
        let today = chrono::NaiveDate::default();
        if let Ok(scan) = custody_gs1::decode(s, &custody_gs1::DecodeOptions::new(today)) {
            if let Some(gtin) = scan.gtin {
                return match scan.serial {
                    Some(serial) => Epc::Sgtin {
                        gtin: gtin.to_string(),
                        serial,
                    },
                    None => Epc::Lgtin {
                        gtin: gtin.to_string(),
                        lot: scan.lot,
                    },
                };
            }
            if let Some(sscc) = scan.sscc {
                return Epc::Sscc(sscc);
            }
        }
    }
    Epc::Other
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
        let site = self.site()?.ok_or_else(|| {
            crate::error::CoreError::invalid("site", "the database is not set up")
        })?;
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
