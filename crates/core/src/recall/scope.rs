//! What a recall covers: scope lines, their checks (one by one and across lines), and writing
//! them to the recall.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::{params, Transaction};
use serde::Serialize;

use crate::error::{import_error, CoreError, CoreResult, FileProblem};
use crate::import::csv::problem;
use crate::model::*;

/// What a recall covers: a GTIN, a GTIN and lot, or a GTIN and serial (with its lot, if given).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ScopeLine {
    /// GTIN-14.
    pub gtin: String,
    /// Lot, or every lot.
    pub lot: Option<String>,
    /// Serial, or every pack.
    pub serial: Option<String>,
}

impl std::fmt::Display for ScopeLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GTIN {}", self.gtin)?;
        if let Some(l) = &self.lot {
            write!(f, " lot {l}")?;
        }
        if let Some(s) = &self.serial {
            write!(f, " serial {s}")?;
        }
        Ok(())
    }
}

/// Checks scope lines (see [`check_scope`]); a recall covers something.
pub(super) fn validate_scope(
    lines: &[ScopeLine],
    line_of: impl Fn(usize) -> usize,
) -> CoreResult<Vec<ScopeLine>> {
    let out = check_scope(lines, line_of).map_err(import_error)?;
    if out.is_empty() {
        return Err(CoreError::refused("recall.scope_empty").field("scope"));
    }
    Ok(out)
}

pub(super) fn insert_scope(
    tx: &Transaction<'_>,
    recall: i64,
    lines: &[ScopeLine],
    now: Timestamp,
) -> CoreResult<usize> {
    let existing: HashSet<ScopeLine> = tx
        .prepare("SELECT gtin, lot, serial FROM recall_scope WHERE recall_id = ?1")?
        .query_map([recall], |r| {
            Ok(ScopeLine {
                gtin: r.get(0)?,
                lot: r.get(1)?,
                serial: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut next: i64 = tx.query_row(
        "SELECT coalesce(max(line), 0) FROM recall_scope WHERE recall_id = ?1",
        [recall],
        |r| r.get(0),
    )?;
    let mut insert = tx.prepare(
        "INSERT INTO recall_scope (recall_id, line, gtin, lot, serial, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut added = 0;
    for l in lines.iter().filter(|l| !existing.contains(l)) {
        next += 1;
        insert.execute(params![
            recall,
            next,
            l.gtin,
            l.lot,
            l.serial,
            now.utc_text()
        ])?;
        added += 1;
    }
    Ok(added)
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

/// The scope lines of a file, checked line by line and across lines.
#[derive(Default)]
pub(super) struct ScopeBuilder {
    pub(super) scope: Vec<ScopeLine>,
    pub(super) scope_lines: Vec<usize>,
    /// (GTIN, serial) -> (lot, line) of every pack.
    pub(super) packs: HashMap<(String, String), (Option<String>, usize)>,
    /// (GTIN, lot) -> line of a lot line; GTIN -> line of a whole-product line.
    pub(super) lots: HashMap<(String, String), usize>,
    pub(super) products: HashMap<String, usize>,
    /// (GTIN, lot) -> (expiry, line).
    pub(super) expiries: HashMap<(String, String), (NaiveDate, usize)>,
    pub(super) expiry_list: Vec<(String, String, NaiveDate, usize)>,
}

impl ScopeBuilder {
    /// A lot given an expiry at `line`: a second, different expiry is a problem.
    pub(super) fn expiry(
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
    pub(super) fn pack_lot(
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

    pub(super) fn push(&mut self, line: ScopeLine, at: usize) {
        self.scope.push(line);
        self.scope_lines.push(at);
    }
}

/// Adds a CSV line: a line that repeats another (the same pack, lot or product) is a problem,
/// never merged, since a repeated line is most often a mistyped one.
pub(super) fn add_line(
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
