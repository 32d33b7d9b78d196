//! Collects one event's values and problems, with the same checks for the JSON and the XML
//! binding: actions, identifiers listed once, quantities counted as packs, times, the ILMD's lot
//! and expiry.

use std::collections::HashMap;

use super::epc::{check_lot, read_epc, Epc, EpcRole};
use super::event::{parse_date, EpcisEvent, EventLines};
use super::fields::Keep;
use crate::import::Problems;

/// Collects one event's values and problems; the same checks for both bindings.
pub(super) struct EventBuilder<'p> {
    pub(super) ev: EpcisEvent,
    problems: &'p mut Problems,
    /// Per list field, the canonical identifiers seen and where.
    seen: HashMap<(&'static str, Epc), usize>,
}

impl<'p> EventBuilder<'p> {
    pub(super) fn new(event_type: &str, line: usize, problems: &'p mut Problems) -> Self {
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

    pub(super) fn problem(&mut self, line: usize, field: &str, message: impl Into<String>) {
        self.problems.push(line, Some(field), message);
    }

    pub(super) fn action(&mut self, value: &str, line: usize) {
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
    pub(super) fn instance(&mut self, field: &'static str, value: &str, line: usize, keep: Keep) {
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
    pub(super) fn quantity(
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
    pub(super) fn time(&mut self, field: &str, value: &str, line: usize) {
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
    pub(super) fn ilmd(&mut self, name: &str, value: &str, line: usize) {
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
pub(super) fn shown(v: &str) -> String {
    crate::error::shown(v)
}

/// A quantity as written: a whole number above zero (`4` or `4.0`), at most a billion.
fn whole_quantity(q: &str) -> Option<i64> {
    let n: f64 = q.trim().parse().ok()?;
    ((1.0..=1e9).contains(&n) && n.fract() == 0.0).then_some(n as i64)
}
