//! Reading the header of an EPCIS recall notice: the `…:recallNotice` extensions, found in the
//! document's text for their lines, and the document's creation date.

use std::collections::HashMap;

use serde_json::Value;

use super::file_date;
use crate::error::FileProblem;
use crate::import::csv::problem;
use crate::model::RecallClass;
use crate::recall::RecallHeader;

/// Finds the recall notices (JSON-LD extensions, which the EPCIS reader keeps without lines) in
/// the document's text, in document order, and the lines of their fields.
pub(super) struct Locator<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    next: HashMap<String, usize>,
}

impl<'a> Locator<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Locator {
            text,
            line_starts,
            next: HashMap::new(),
        }
    }

    pub(super) fn line_at(&self, offset: usize) -> usize {
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
    pub(super) fn notice(&mut self) -> Option<usize> {
        self.next_offset("recallNotice\"")
    }

    /// The line of the value `v` after `offset` (a field of a notice).
    pub(super) fn value_after(&self, offset: usize, v: &str) -> usize {
        let needle = serde_json::to_string(v).unwrap_or_else(|_| v.to_string());
        self.text
            .get(offset..)
            .and_then(|t| t.find(&needle))
            .map_or_else(|| self.line_at(offset), |i| self.line_at(offset + i))
    }
}

/// A notice as an event carries it, with the line of each field.
pub(super) struct NoticeRead {
    pub(super) header: RecallHeader,
    pub(super) line: usize,
}

/// Reads a `…:recallNotice` extension object: `firmReference` or `recallNumber`, `fdaClass` or
/// `class`, `reason`, `instructions`, `issuer`, `title`, and the date it was issued
/// (`issueDate`, `issuedOn`, `recallDate`, `noticeDate`, `date`). A field it cannot read is a
/// problem, never dropped.
pub(super) fn read_notice(
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

/// The date the document was created (`creationDate`), with its line, if it gives one.
pub(super) fn creation_date(text: &str, xml: bool) -> Option<(String, usize)> {
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
