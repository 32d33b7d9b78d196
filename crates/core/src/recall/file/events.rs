//! Reading the events of an EPCIS recall document, one by one: the packs (`epcList`) and lots
//! (`quantityList`) each names, the lots and expiries its ILMD gives them, and the recall notice
//! a recalled event carries. Every EPC and class of every event must be readable, recalled or
//! not, and the lots and expiries must agree across the document; each problem is kept with its
//! line.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::file_date;
use super::notice::{read_notice, Locator, NoticeRead};
use crate::epcis::{parse_epc, Epc, EpcisEvent};
use crate::error::FileProblem;
use crate::import::csv::problem;
use crate::recall::scope::{gs1_value_problem, ScopeBuilder};

/// A recalled event: which notice it carries and what it names.
pub(super) struct RecalledEvent {
    pub(super) line: usize,
    /// The line of its `disposition` value: what makes it a recalled event, so what a problem
    /// about the event as a recall points at.
    pub(super) disposition_line: usize,
    /// The index of its notice in [`EventsRead::notices`].
    pub(super) notice: Option<usize>,
    /// (GTIN, serial, line).
    pub(super) packs: Vec<(String, String, usize)>,
    /// (GTIN, lot, line).
    pub(super) classes: Vec<(String, Option<String>, usize)>,
}

/// What the events of a document say, read so far.
pub(super) struct EventsRead<'a> {
    loc: Locator<'a>,
    /// The lot each pack is given and the expiry each lot is given, across the document.
    pub(super) facts: ScopeBuilder,
    /// The notices the recalled events carry, in document order.
    pub(super) notices: Vec<NoticeRead>,
    /// The recalled events, in document order.
    pub(super) recalled: Vec<RecalledEvent>,
    /// (GTIN, serial) -> (expiry, line): a pack keeps the expiry the document first gave it.
    pack_expiry: HashMap<(String, String), (NaiveDate, usize)>,
    pub(super) problems: Vec<FileProblem>,
}

impl<'a> EventsRead<'a> {
    /// Reads every event of the document whose text is `text`.
    pub(super) fn read(text: &'a str, events: &[EpcisEvent]) -> Self {
        let mut read = EventsRead {
            loc: Locator::new(text),
            facts: ScopeBuilder::default(),
            notices: Vec::new(),
            recalled: Vec::new(),
            pack_expiry: HashMap::new(),
            problems: Vec::new(),
        };
        for e in events {
            read.event(e);
        }
        read
    }

    /// Reads one event: what it names is checked whatever its disposition (a commissioning
    /// event's ILMD gives the lots of the packs a recall names); only a recalled event is kept,
    /// with its notice.
    fn event(&mut self, e: &EpcisEvent) {
        let event_line = e.lines.event;
        let is_recalled = e.disposition.as_deref() == Some("recalled");
        let mut ev = RecalledEvent {
            line: event_line,
            disposition_line: e.lines.disposition.unwrap_or(event_line),
            notice: None,
            packs: Vec::new(),
            classes: Vec::new(),
        };
        let gtins = self.packs(e, is_recalled, &mut ev);
        self.parent(e);
        self.ilmd(e, &gtins, &ev);
        self.classes(e, &mut ev);
        if !is_recalled {
            return;
        }
        self.notice(e, &mut ev);
        if e.epcs.is_empty() && e.quantities.is_empty() {
            self.problems.push(problem(
                ev.disposition_line,
                Some("disposition"),
                "this recalled event names no pack (epcList) or lot (quantityList) to recall",
            ));
        }
        self.recalled.push(ev);
    }

    /// Reads the event's `epcList` into `ev.packs`; answers the GTINs of its packs, in order. A
    /// case (SSCC) is a problem only in a recalled event: a recall names the packs in it.
    fn packs(&mut self, e: &EpcisEvent, is_recalled: bool, ev: &mut RecalledEvent) -> Vec<String> {
        let problems = &mut self.problems;
        let mut listed: HashMap<(String, String), usize> = HashMap::new();
        let mut gtins = Vec::new();
        for (i, raw) in e.epcs.iter().enumerate() {
            let at = e.lines.epcs.get(i).copied().unwrap_or(e.lines.event);
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
        gtins
    }

    /// Checks an aggregation's parent: a case (SSCC) or a pack; anything else cannot be read.
    fn parent(&mut self, e: &EpcisEvent) {
        if let Some(parent) = &e.parent {
            let at = e.lines.parent.unwrap_or(e.lines.event);
            if matches!(parse_epc(parent), Epc::Other | Epc::Lgtin { .. }) {
                self.problems
                    .push(problem(at, Some("parentID"), unreadable(parent)));
            }
        }
    }

    /// Reads the event's ILMD (commissioning events): the lot and expiry of its packs, which
    /// must agree with what the rest of the document gives them.
    fn ilmd(&mut self, e: &EpcisEvent, gtins: &[String], ev: &RecalledEvent) {
        let event_line = e.lines.event;
        let lot = e
            .lot
            .as_deref()
            .map(|l| (l, e.lines.lot.unwrap_or(event_line)));
        let mut lot_ok = None;
        if let Some((l, at)) = lot {
            match gs1_value_problem("lot", l) {
                Some(m) => self.problems.push(problem(at, Some("lotNumber"), m)),
                None => lot_ok = Some(l.to_string()),
            }
        }
        if let Some(x) = e.expiry.as_deref() {
            let at = e.lines.expiry.unwrap_or(event_line);
            self.ilmd_expiry(x, at, lot_ok.as_deref(), gtins, ev);
        }
        let lot_line = lot.map(|(_, a)| a);
        for (gtin, serial, at) in &ev.packs {
            let line = lot_line.unwrap_or(*at);
            self.facts.pack_lot(
                gtin,
                serial,
                lot_ok.as_deref(),
                line,
                "lotNumber",
                &mut self.problems,
            );
        }
    }

    /// Reads the ILMD expiry `x` at line `at`: it must be a date, the same for its lot across
    /// the document, and the same for each of the event's packs, lot or no lot.
    fn ilmd_expiry(
        &mut self,
        x: &str,
        at: usize,
        lot: Option<&str>,
        gtins: &[String],
        ev: &RecalledEvent,
    ) {
        let Some(d) = file_date(x).filter(|_| x.trim().len() == 10) else {
            self.problems.push(problem(
                at,
                Some("itemExpirationDate"),
                format!("'{}' is not a date YYYY-MM-DD", x.escape_debug()),
            ));
            return;
        };
        if let Some(l) = lot {
            for g in gtins {
                self.facts.expiry(g, l, d, at, &mut self.problems);
            }
        }
        for (gtin, serial, _) in &ev.packs {
            let key = (gtin.clone(), serial.clone());
            match self.pack_expiry.get(&key) {
                Some((first, first_at)) if *first != d => self.problems.push(problem(
                    at,
                    Some("itemExpirationDate"),
                    format!(
                        "pack {serial} of GTIN {gtin} is given two expiries: {first} on line {first_at} and {d} here"
                    ),
                )),
                Some(_) => {}
                None => {
                    self.pack_expiry.insert(key, (d, at));
                }
            }
        }
    }

    /// Reads the event's `quantityList` into `ev.classes`: each a lot (LGTIN) or a whole GTIN,
    /// listed once.
    fn classes(&mut self, e: &EpcisEvent, ev: &mut RecalledEvent) {
        let problems = &mut self.problems;
        let mut classes: HashMap<&str, usize> = HashMap::new();
        for (i, (raw, _)) in e.quantities.iter().enumerate() {
            let at = e.lines.quantities.get(i).copied().unwrap_or(e.lines.event);
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
    }

    /// Reads the recall notice a recalled event carries (its `…:recallNotice` extension); a
    /// second one on the same event is a problem.
    fn notice(&mut self, e: &EpcisEvent, ev: &mut RecalledEvent) {
        for (key, value) in &e.extensions {
            if !key.rsplit(':').next().unwrap_or(key).eq("recallNotice") {
                continue;
            }
            let offset = self.loc.notice();
            let n = read_notice(value, offset, &self.loc, &mut self.problems);
            if ev.notice.is_some() {
                self.problems.push(problem(
                    n.line,
                    Some(key),
                    "an event carries one recall notice; this one carries two",
                ));
                continue;
            }
            ev.notice = Some(self.notices.len());
            self.notices.push(n);
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    const SGTIN_1: &str = "urn:epc:id:sgtin:9506000.013435.S1";

    fn recalled_event(epcs: &[&str], quantities: &[&str]) -> EpcisEvent {
        EpcisEvent {
            disposition: Some("recalled".into()),
            epcs: epcs.iter().map(|s| s.to_string()).collect(),
            quantities: quantities.iter().map(|s| (s.to_string(), 1)).collect(),
            ..EpcisEvent::default()
        }
    }

    #[test]
    fn a_case_is_refused_in_a_recalled_event_and_accepted_elsewhere() {
        let sscc = "urn:epc:id:sscc:9506000.0000000001";
        let read = EventsRead::read("", &[recalled_event(&[sscc], &[])]);
        assert_eq!(
            read.problems.len(),
            1,
            "a recall must list the packs in a case, not the case: {:?}",
            read.problems
        );
        let shipped = EpcisEvent {
            disposition: Some("in_transit".into()),
            ..recalled_event(&[sscc], &[])
        };
        let read = EventsRead::read("", &[shipped]);
        assert!(
            read.problems.is_empty() && read.recalled.is_empty(),
            "a case shipped in another event is no concern of the recall"
        );
    }

    #[test]
    fn a_pack_listed_twice_in_one_event_is_a_problem_not_merged() {
        let read = EventsRead::read("", &[recalled_event(&[SGTIN_1, SGTIN_1], &[])]);
        assert_eq!(
            read.problems.len(),
            1,
            "a repeated EPC is most often a mistyped one: {:?}",
            read.problems
        );
        assert_eq!(
            read.recalled[0].packs.len(),
            1,
            "the pack is still recalled once"
        );
    }

    #[test]
    fn a_pack_in_a_quantity_list_or_a_lot_in_an_epc_list_is_refused() {
        let lgtin = "urn:epc:class:lgtin:9506000.013435.A1";
        let read = EventsRead::read("", &[recalled_event(&[lgtin], &[SGTIN_1])]);
        let fields: Vec<Option<&str>> = read.problems.iter().map(|p| p.field.as_deref()).collect();
        assert_eq!(
            fields,
            [Some("epcList"), Some("quantityList")],
            "each list holds only what it is for, so nothing is recalled at the wrong level"
        );
    }

    #[test]
    fn a_recalled_event_that_names_nothing_is_a_problem() {
        let read = EventsRead::read("", &[recalled_event(&[], &[])]);
        assert_eq!(
            read.problems
                .iter()
                .map(|p| p.field.as_deref())
                .collect::<Vec<_>>(),
            [Some("disposition")],
            "a recall of nothing is a broken file, not an empty recall"
        );
    }

    #[test]
    fn a_pack_given_two_expiries_across_events_is_a_problem() {
        let commissioned = |expiry: &str| EpcisEvent {
            disposition: Some("active".into()),
            epcs: vec![SGTIN_1.into()],
            expiry: Some(expiry.into()),
            ..EpcisEvent::default()
        };
        let read = EventsRead::read(
            "",
            &[commissioned("2027-03-31"), commissioned("2027-04-30")],
        );
        assert_eq!(
            read.problems
                .iter()
                .map(|p| p.field.as_deref())
                .collect::<Vec<_>>(),
            [Some("itemExpirationDate")],
            "the document contradicts itself about the pack, and a person must look"
        );
    }
}
