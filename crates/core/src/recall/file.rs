//! Reading recall files: a scope CSV (`gtin,lot,serial,expiry`) or an EPCIS document whose
//! events have the disposition `recalled`, into recall notices.
//!
//! A recall that covers less than the file says is the worst failure a pharmacy can have, so
//! nothing here is skipped, merged or guessed: an EPC or class that cannot be read, a pack listed
//! twice in one list or line, a pack given two lots, a lot given two expiries are each a
//! problem, with the file's line, and every problem is reported. A document that holds several
//! notices (several recall numbers or classes) yields one notice each; the import writes them
//! all or none.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::Value;

use crate::epcis::{parse_epc, Epc, EpcisEvent};
use crate::error::{CoreResult, FileProblem};
use crate::import::csv::{problem, CsvFile};
use crate::model::RecallClass;
use crate::recall::{RecallHeader, ScopeLine};

/// One recall notice read from a file: what it says about itself and what it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecallNotice {
    /// Number, class, reason, … as far as the file gives them.
    pub header: RecallHeader,
    /// What it covers, in file order, each line once.
    pub scope: Vec<ScopeLine>,
    /// The line of the file each scope line comes from (same order as `scope`).
    pub scope_lines: Vec<usize>,
    /// Expiries the file gives for lots: (GTIN, lot, expiry, line). Checked against what the
    /// store knows before anything is written.
    pub expiries: Vec<(String, String, NaiveDate, usize)>,
    /// The line of the notice itself (its `recallNotice`, else its first recalled event; the
    /// header for a CSV).
    pub line: usize,
}

/// Why a serial or lot is not one GS1 allows (AI 21 and AI 10: 1 to 20 characters of GS1's
/// character set 82), or `None` when it is.
pub(crate) fn gs1_value_problem(what: &str, v: &str) -> Option<String> {
    let shown = v.escape_debug();
    if v.is_empty() {
        return Some(format!("the {what} is empty"));
    }
    if let Some(c) = v
        .chars()
        .find(|c| !c.is_ascii() || !custody_gs1::ai::is_cset82(*c as u8))
    {
        let c = match c {
            ' ' => "a space".to_string(),
            c if c.is_control() => format!("the control character U+{:04X}", c as u32),
            c => format!("'{c}'"),
        };
        return Some(format!(
            "'{shown}' is not a GS1 {what}: it contains {c} (a {what} is letters, digits and !\"%&'()*+,-./:;<=>?_)"
        ));
    }
    if v.len() > 20 {
        return Some(format!(
            "'{shown}' is not a GS1 {what}: it has {} characters, at most 20 are allowed",
            v.len()
        ));
    }
    None
}

/// A date as a recall file writes it: `YYYY-MM-DD`, or the date part of a date and time
/// (`2026-11-24T11:02:00-05:00`, the date as the sender wrote it).
pub(crate) fn file_date(v: &str) -> Option<NaiveDate> {
    let v = v.trim();
    let (date, rest) = v.split_at_checked(10)?;
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
        return None;
    }
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

/// The scope lines of a file, checked line by line and across lines.
#[derive(Default)]
struct ScopeBuilder {
    scope: Vec<ScopeLine>,
    scope_lines: Vec<usize>,
    /// (GTIN, serial) -> (lot, line) of every pack.
    packs: HashMap<(String, String), (Option<String>, usize)>,
    /// (GTIN, lot) -> line of a lot line; GTIN -> line of a whole-product line.
    lots: HashMap<(String, String), usize>,
    products: HashMap<String, usize>,
    /// (GTIN, lot) -> (expiry, line).
    expiries: HashMap<(String, String), (NaiveDate, usize)>,
    expiry_list: Vec<(String, String, NaiveDate, usize)>,
}

impl ScopeBuilder {
    /// A lot given an expiry at `line`: a second, different expiry is a problem.
    fn expiry(
        &mut self,
        gtin: &str,
        lot: &str,
        expiry: NaiveDate,
        line: usize,
        problems: &mut Vec<FileProblem>,
    ) {
        let key = (gtin.to_string(), lot.to_string());
        match self.expiries.get(&key) {
            Some((first, at)) if *first != expiry => problems.push(problem(
                line,
                Some("expiry"),
                format!(
                    "lot {lot} of GTIN {gtin} is given two expiries: {first} on line {at} and {expiry} here"
                ),
            )),
            Some(_) => {}
            None => {
                self.expiries.insert(key, (expiry, line));
                self.expiry_list
                    .push((gtin.to_string(), lot.to_string(), expiry, line));
            }
        }
    }

    /// A pack given a lot (or none) at `line`: it keeps the lot the file first gave it, and
    /// another lot is a problem.
    fn pack_lot(
        &mut self,
        gtin: &str,
        serial: &str,
        lot: Option<&str>,
        line: usize,
        field: &str,
        problems: &mut Vec<FileProblem>,
    ) {
        let key = (gtin.to_string(), serial.to_string());
        match (self.packs.get(&key), lot) {
            (Some((Some(first), first_at)), Some(l)) if first != l => problems.push(problem(
                line,
                Some(field),
                format!(
                    "pack {serial} of GTIN {gtin} is given two lots: {first} on line {first_at} and {l} here"
                ),
            )),
            (Some((Some(_), _)), _) | (Some((None, _)), None) => {}
            (_, lot) => {
                self.packs.insert(key, (lot.map(String::from), line));
            }
        }
    }

    fn push(&mut self, line: ScopeLine, at: usize) {
        self.scope.push(line);
        self.scope_lines.push(at);
    }
}

/// Reads scope lines from CSV with the columns `gtin` (required), `lot`, `serial` and `expiry`
/// (all three may be empty; an expiry is checked, not stored). Every problem is reported with
/// its line.
pub fn parse_scope_csv(bytes: &[u8]) -> CoreResult<Vec<ScopeLine>> {
    scope_csv(bytes)
        .map(|n| n.scope)
        .map_err(crate::error::import_error)
}

/// The one notice of a scope CSV (its header comes from the person importing it).
pub(crate) fn scope_csv(bytes: &[u8]) -> Result<RecallNotice, Vec<FileProblem>> {
    let (file, mut problems) = CsvFile::read_listing(
        bytes,
        &["gtin", "lot", "serial", "expiry"],
        &["gtin"],
        "packs or lots to recall",
    )?;
    if file.records.is_empty() && problems.is_empty() {
        return Err(vec![problem(
            1,
            None,
            "the file lists no packs or lots to recall: it has a header and no rows",
        )]);
    }
    let mut b = ScopeBuilder::default();
    for (at, record) in &file.records {
        let at = *at;
        // Every cell of a row is checked, so that a row's problems are all reported at once;
        // only the checks across rows need a readable GTIN.
        let gtin = match file.get(record, "gtin") {
            None => {
                problems.push(problem(at, Some("gtin"), "the GTIN is missing"));
                None
            }
            Some(g) => match custody_gs1::Gtin::parse(g) {
                Ok(g) => Some(g.to_string()),
                Err(e) => {
                    problems.push(problem(
                        at,
                        Some("gtin"),
                        format!("'{}': {e}", g.escape_debug()),
                    ));
                    None
                }
            },
        };
        let mut value = |field: &str, what: &str| -> Result<Option<String>, ()> {
            match file.get(record, field) {
                None => Ok(None),
                Some(v) => match gs1_value_problem(what, v) {
                    Some(m) => {
                        problems.push(problem(at, Some(field), m));
                        Err(())
                    }
                    None => Ok(Some(v.to_string())),
                },
            }
        };
        let (lot, serial) = (value("lot", "lot"), value("serial", "serial"));
        let expiry = match file.get(record, "expiry") {
            None => Ok(None),
            Some(v) => match file_date(v).filter(|_| v.len() == 10) {
                Some(d) => Ok(Some(d)),
                None => {
                    problems.push(problem(
                        at,
                        Some("expiry"),
                        format!("'{}' is not a date YYYY-MM-DD", v.escape_debug()),
                    ));
                    Err(())
                }
            },
        };
        let (Some(gtin), Ok(lot), Ok(serial), Ok(expiry)) = (gtin, lot, serial, expiry) else {
            continue;
        };
        if let Some(expiry) = expiry {
            match &lot {
                Some(l) => b.expiry(&gtin, l, expiry, at, &mut problems),
                None => {
                    problems.push(problem(
                        at,
                        Some("expiry"),
                        "an expiry belongs to a lot: give the lot it is the expiry of",
                    ));
                    continue;
                }
            }
        }
        add_line(&mut b, gtin, lot, serial, at, &mut problems);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(RecallNotice {
        header: RecallHeader::default(),
        scope: b.scope,
        scope_lines: b.scope_lines,
        expiries: b.expiry_list,
        line: 1,
    })
}

/// Adds a CSV line: a line that repeats another (the same pack, lot or product) is a problem,
/// never merged, since a repeated line is most often a mistyped one.
fn add_line(
    b: &mut ScopeBuilder,
    gtin: String,
    lot: Option<String>,
    serial: Option<String>,
    at: usize,
    problems: &mut Vec<FileProblem>,
) {
    match (&serial, &lot) {
        (Some(s), _) => {
            let key = (gtin.clone(), s.clone());
            if let Some((first_lot, first)) = b.packs.get(&key) {
                let why = match (first_lot, &lot) {
                    (Some(a), Some(l)) if a != l => {
                        format!(" with two lots: {a} on line {first} and {l} here")
                    }
                    _ => format!(" (first on line {first})"),
                };
                problems.push(problem(
                    at,
                    Some("serial"),
                    format!("pack {s} of GTIN {gtin} is listed twice{why}"),
                ));
                return;
            }
            b.packs.insert(key, (lot.clone(), at));
        }
        (None, Some(l)) => {
            if let Some(first) = b.lots.insert((gtin.clone(), l.clone()), at) {
                problems.push(problem(
                    at,
                    Some("lot"),
                    format!("lot {l} of GTIN {gtin} is listed twice (first on line {first})"),
                ));
                return;
            }
        }
        (None, None) => {
            if let Some(first) = b.products.insert(gtin.clone(), at) {
                problems.push(problem(
                    at,
                    Some("gtin"),
                    format!("every pack of GTIN {gtin} is listed twice (first on line {first})"),
                ));
                return;
            }
        }
    }
    b.push(ScopeLine { gtin, lot, serial }, at);
}

/// Checks scope lines however they came (typed, from a file): the GTIN and its check digit
/// (padded to 14 digits), lot and serial as GS1 allows them, and no line that repeats another.
/// `line_of(i)` says where line `i` came from, for the problems.
pub(crate) fn check_scope(
    lines: &[ScopeLine],
    line_of: impl Fn(usize) -> usize,
) -> Result<Vec<ScopeLine>, Vec<FileProblem>> {
    let mut problems = Vec::new();
    let mut b = ScopeBuilder::default();
    for (i, l) in lines.iter().enumerate() {
        let at = line_of(i);
        let gtin = match custody_gs1::Gtin::parse(l.gtin.trim()) {
            Ok(g) => g.to_string(),
            Err(e) => {
                problems.push(problem(
                    at,
                    Some("gtin"),
                    format!("'{}': {e}", l.gtin.escape_debug()),
                ));
                continue;
            }
        };
        let mut value = |field: &str, v: &Option<String>| -> Result<Option<String>, ()> {
            match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => Ok(None),
                Some(v) => match gs1_value_problem(field, v) {
                    Some(m) => {
                        problems.push(problem(at, Some(field), m));
                        Err(())
                    }
                    None => Ok(Some(v.to_string())),
                },
            }
        };
        let (Ok(lot), Ok(serial)) = (value("lot", &l.lot), value("serial", &l.serial)) else {
            continue;
        };
        add_line(&mut b, gtin, lot, serial, at, &mut problems);
    }
    if problems.is_empty() {
        Ok(b.scope)
    } else {
        Err(problems)
    }
}

/// Finds the recall notices (JSON-LD extensions, which the EPCIS reader keeps without lines) in
/// the document's text, in document order, and the lines of their fields.
struct Locator<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    next: HashMap<String, usize>,
}

impl<'a> Locator<'a> {
    fn new(text: &'a str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Locator {
            text,
            line_starts,
            next: HashMap::new(),
        }
    }

    fn line_at(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset)
    }

    /// The offset of the next occurrence of `needle`.
    fn next_offset(&mut self, needle: &str) -> Option<usize> {
        let from = self.next.get(needle).copied().unwrap_or(0);
        let at = from + self.text.get(from..)?.find(needle)?;
        self.next.insert(needle.to_string(), at + needle.len());
        Some(at)
    }

    /// The offset of the next recall notice (JSON-LD extension `…:recallNotice`).
    fn notice(&mut self) -> Option<usize> {
        self.next_offset("recallNotice\"")
    }

    /// The line of the value `v` after `offset` (a field of a notice).
    fn value_after(&self, offset: usize, v: &str) -> usize {
        let needle = serde_json::to_string(v).unwrap_or_else(|_| v.to_string());
        self.text
            .get(offset..)
            .and_then(|t| t.find(&needle))
            .map_or_else(|| self.line_at(offset), |i| self.line_at(offset + i))
    }
}

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

/// A notice as an event carries it, with the line of each field.
struct NoticeRead {
    header: RecallHeader,
    line: usize,
}

/// Reads a `…:recallNotice` extension object: `firmReference` or `recallNumber`, `fdaClass` or
/// `class`, `reason`, `instructions`, `issuer`, `title`, and the date it was issued
/// (`issueDate`, `issuedOn`, `recallDate`, `noticeDate`, `date`). A field it cannot read is a
/// problem, never dropped.
fn read_notice(
    value: &Value,
    offset: Option<usize>,
    loc: &Locator<'_>,
    problems: &mut Vec<FileProblem>,
) -> NoticeRead {
    let line = offset.map_or(1, |o| loc.line_at(o));
    let mut header = RecallHeader::default();
    let Some(fields) = value.as_object() else {
        problems.push(problem(
            line,
            Some("recallNotice"),
            "the recall notice must be an object of fields (firmReference, fdaClass, reason, …)",
        ));
        return NoticeRead { header, line };
    };
    for (k, v) in fields {
        let name = k.rsplit(':').next().unwrap_or(k);
        let known = matches!(
            name,
            "firmReference"
                | "recallNumber"
                | "fdaClass"
                | "class"
                | "recallClass"
                | "reason"
                | "instructions"
                | "issuer"
                | "title"
                | "issueDate"
                | "issuedOn"
                | "recallDate"
                | "noticeDate"
                | "date"
        );
        if !known {
            continue;
        }
        let Some(text) = v.as_str().map(str::trim).filter(|s| !s.is_empty()) else {
            problems.push(problem(line, Some(k), format!("{k} must be text, not {v}")));
            continue;
        };
        let at = offset.map_or(line, |o| loc.value_after(o, v.as_str().unwrap_or_default()));
        let slot =
            match name {
                "firmReference" | "recallNumber" => &mut header.number,
                "reason" => &mut header.reason,
                "instructions" => &mut header.instructions,
                "issuer" => &mut header.issuer,
                "title" => &mut header.title,
                "fdaClass" | "class" | "recallClass" => {
                    match text.parse::<RecallClass>() {
                        Ok(c) if header.class.is_some_and(|h| h != c) => problems.push(problem(
                            at,
                            Some(k),
                            "the notice gives two different classes",
                        )),
                        Ok(c) => header.class = Some(c),
                        Err(m) => problems.push(problem(at, Some(k), m)),
                    }
                    continue;
                }
                _ => {
                    match file_date(text) {
                        Some(d) if header.issued_on.is_some_and(|h| h != d) => problems.push(
                            problem(at, Some(k), "the notice gives two different dates of issue"),
                        ),
                        Some(d) => header.issued_on = Some(d),
                        None => problems.push(problem(
                            at,
                            Some(k),
                            format!("'{}' is not a date YYYY-MM-DD", text.escape_debug()),
                        )),
                    }
                    continue;
                }
            };
        match slot {
            Some(existing) if existing != text => problems.push(problem(
                at,
                Some(k),
                format!("the notice gives two different values: '{existing}' and '{text}'"),
            )),
            _ => *slot = Some(text.to_string()),
        }
    }
    NoticeRead { header, line }
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

/// The date the document was created (`creationDate`), with its line, if it gives one.
fn creation_date(text: &str, xml: bool) -> Option<(String, usize)> {
    let loc = Locator::new(text);
    if xml {
        let mut reader = quick_xml::Reader::from_str(text);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)) => {
                    let at = loc.line_at(reader.buffer_position() as usize);
                    return e.attributes().flatten().find_map(|a| {
                        (a.key.local_name().as_ref() == b"creationDate")
                            .then(|| a.unescape_value().ok().map(|v| (v.into_owned(), at)))
                            .flatten()
                    });
                }
                Ok(quick_xml::events::Event::Eof) | Err(_) => return None,
                Ok(_) => {}
            }
        }
    }
    let doc: Value = serde_json::from_str(text).ok()?;
    let v = doc.get("creationDate")?.as_str()?.to_string();
    let at = text.find("\"creationDate\"").map_or(1, |o| loc.line_at(o));
    Some((v, at))
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

/// Reads a recall file (scope CSV, EPCIS JSON-LD or XML) into its notices.
pub fn read_recall_file(bytes: &[u8]) -> CoreResult<Vec<RecallNotice>> {
    use crate::shipment::ShipmentFormat;
    let format = ShipmentFormat::sniff(bytes);
    if format == ShipmentFormat::Csv {
        return scope_csv(bytes)
            .map(|n| vec![n])
            .map_err(crate::error::import_error);
    }
    let text = crate::import::text(bytes).map_err(crate::error::import_error)?;
    let xml = format == ShipmentFormat::EpcisXml;
    let events = if xml {
        crate::epcis::read_xml(text)
    } else {
        crate::epcis::read_json(text)
    }
    .map_err(crate::error::import_error)?;
    epcis_notices(text, xml, &events).map_err(crate::error::import_error)
}
