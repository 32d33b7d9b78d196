//! A despatch advice in EPCIS: the packs and lot quantities the events name, each pack once
//! however many steps list it, with the lot and expiry its ILMD gives, and the despatch advice
//! and purchase order the events carry.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::advice::ExpectedItem;
use super::epcis_price::{check_priced_listed, event_prices};
use super::file::{GtinPrices, LotExpiries, Parsed};
use crate::currency::Currency;
use crate::epcis::{self, Epc, EpcisEvent};
use crate::import::Problems;

/// Builds the expected packs from EPCIS events: every SGTIN any event names (directly, in an
/// aggregation, or inside a shipped SSCC), with lot and expiry from the commissioning ILMD, and
/// every lot quantity in a quantity list. The same pack in the commissioning, packing and
/// shipping events is one pack; a pack or lot the events describe differently is a problem,
/// as is a case (SSCC) whose contents no aggregation gives.
pub(super) fn from_epcis(
    events: &[EpcisEvent],
    currency: Option<Currency>,
    problems: &mut Problems,
) -> Parsed {
    let mut reading = Reading {
        currency,
        ..Reading::default()
    };
    for e in events {
        // An ObjectEvent that deletes packs says they no longer exist (destroyed, decommissioned).
        // Whether such packs still ship is not for the importer to guess.
        if e.event_type == "ObjectEvent" && e.action.as_deref() == Some("DELETE") {
            deleted(e, problems);
            continue;
        }
        reading.event(e, problems);
    }
    reading.check_cases(problems);
    reading.check_one_advice(problems);
    let listed = reading.packs.iter().map(|(_, (g, _))| g.as_str());
    let listed = listed.chain(reading.lots.iter().map(|(_, i)| i.gtin.as_str()));
    check_priced_listed(&reading.prices, listed, problems);
    // Said only of a file with nothing else wrong: when every pack was unreadable, those
    // problems are the answer.
    if reading.packs.is_empty() && reading.lots.is_empty() && problems.is_empty() {
        problems.push(
            events.first().map_or(1, |e| e.lines.event),
            None,
            "the file lists no packs (SGTINs) or lot quantities to expect",
        );
    }
    reading.into_parsed()
}

/// A pack: (GTIN-14, serial).
type PackKey = (String, String);

/// Per pack: its lot and expiry (from an ILMD) and the line that gave them.
type Described = (Option<String>, Option<NaiveDate>, usize);

/// What the events said so far, in file order.
#[derive(Default)]
struct Reading {
    /// Every pack named, once, with the line it was first named on.
    packs: Vec<(usize, PackKey)>,
    pack_seen: HashSet<PackKey>,
    /// The lot and expiry each pack was first given.
    described: HashMap<PackKey, Described>,
    expiries: LotExpiries,
    /// Every lot quantity, once, with the line of its class.
    lots: Vec<(usize, ExpectedItem)>,
    /// Per (GTIN, lot): the quantity first given and the line of that quantity.
    lot_seen: HashMap<(String, Option<String>), (i64, usize)>,
    /// Cases named: (line, as written, SSCC).
    cases: Vec<(usize, String, String)>,
    /// The SSCCs an aggregation gives the contents of.
    case_contents: HashSet<String>,
    /// The first two purchase orders (two are enough to know there is more than one).
    pos: Vec<String>,
    /// The despatch advices, each once, with the line of the first event that names it.
    desadv: Vec<(String, usize)>,
    desadv_seen: HashSet<String>,
    /// The site's currency, the one prices must be in.
    currency: Option<Currency>,
    /// The price each product is given (`…:unitPrice`).
    prices: GtinPrices,
}

/// Reports every pack or lot of an event that deletes them.
fn deleted(e: &EpcisEvent, problems: &mut Problems) {
    for (epc, line) in e
        .epcs
        .iter()
        .zip(&e.lines.epcs)
        .chain(e.quantities.iter().map(|(c, _)| c).zip(&e.lines.quantities))
    {
        problems.push(
            *line,
            Some("action"),
            format!("'{epc}' is deleted (decommissioned) by this event, so the advice does not say whether it ships: ask the supplier for an advice without it"),
        );
    }
}

/// One way of writing a date in a problem: the date, or `-` when there is none.
fn date_or_dash(d: Option<NaiveDate>) -> String {
    d.map_or("-".into(), |d| d.to_string())
}

impl Reading {
    /// Reads one event that does not delete: its case contents, packs, lots and documents.
    fn event(&mut self, e: &EpcisEvent, problems: &mut Problems) {
        let expiry = e.expiry.as_deref().and_then(epcis::parse_date);
        // A lot's expiry is said where the ILMD gives it: conflicts are reported there.
        let expiry_line = e.lines.expiry.unwrap_or(e.lines.event);
        if e.event_type == "AggregationEvent" && e.action.as_deref() != Some("DELETE") {
            if let Some(Epc::Sscc(sscc)) = e.parent.as_deref().map(epcis::parse_epc) {
                self.case_contents.insert(sscc);
            }
        }
        for (epc, line) in e.epcs.iter().zip(&e.lines.epcs) {
            match epcis::parse_epc(epc) {
                Epc::Sgtin { gtin, serial } => {
                    self.pack(e, (gtin, serial), *line, (expiry, expiry_line), problems)
                }
                Epc::Sscc(sscc) => self.cases.push((*line, epc.clone(), sscc)),
                // The reader let through only packs and cases.
                Epc::Lgtin { .. } | Epc::Other => {}
            }
        }
        let quantity_lines = e.lines.quantities.iter().zip(&e.lines.quantity_values);
        for ((class, quantity), lines) in e.quantities.iter().zip(quantity_lines) {
            if let Epc::Lgtin { gtin, lot } = epcis::parse_epc(class) {
                let lot = (class.as_str(), gtin, lot);
                self.lot(e, lot, *quantity, lines, (expiry, expiry_line), problems);
            }
        }
        self.transactions(e);
        event_prices(e, self.currency, &mut self.prices, problems);
    }

    /// One pack an event names on `line`: the lot and expiry its ILMD gives it, checked
    /// against what an earlier event gave it, and the pack listed once.
    fn pack(
        &mut self,
        e: &EpcisEvent,
        key: PackKey,
        line: usize,
        (expiry, expiry_line): (Option<NaiveDate>, usize),
        problems: &mut Problems,
    ) {
        if e.lot.is_some() || expiry.is_some() {
            let now = (e.lot.clone(), expiry, line);
            match self.described.get(&key) {
                Some((lot, exp, first)) if (lot, exp) != (&now.0, &now.1) => {
                    problems.push(
                        line,
                        Some("ilmd"),
                        format!(
                            "pack {} {} is given lot {} and expiry {} by this event and lot {} and expiry {} by the event on line {first}",
                            key.0,
                            key.1,
                            now.0.as_deref().unwrap_or("-"),
                            date_or_dash(now.1),
                            lot.as_deref().unwrap_or("-"),
                            date_or_dash(*exp),
                        ),
                    );
                }
                Some(_) => {}
                None => {
                    self.described.insert(key.clone(), now);
                }
            }
            if let (Some(lot), Some(exp)) = (&e.lot, expiry) {
                self.expiries.note(
                    &key.0,
                    lot,
                    exp,
                    expiry_line,
                    "itemExpirationDate",
                    problems,
                );
            }
        }
        if self.pack_seen.insert(key.clone()) {
            self.packs.push((line, key));
        }
    }

    /// One lot quantity of an event: `(class as written, GTIN, lot the class names)`, with the
    /// line of its class and of its quantity. The class's lot must be the ILMD's; the same lot
    /// at another step must be given the same quantity.
    fn lot(
        &mut self,
        e: &EpcisEvent,
        (class, gtin, class_lot): (&str, String, Option<String>),
        quantity: i64,
        (line, quantity_line): (&usize, &usize),
        (expiry, expiry_line): (Option<NaiveDate>, usize),
        problems: &mut Problems,
    ) {
        let lot = match (class_lot, &e.lot) {
            (Some(a), Some(b)) if a != *b => {
                problems.push(
                    *line,
                    Some("epcClass"),
                    format!("'{class}' names lot {a}, but the event's ILMD says lot {b}"),
                );
                return;
            }
            (Some(a), _) => Some(a),
            (None, b) => b.clone(),
        };
        if let (Some(l), Some(exp)) = (&lot, expiry) {
            self.expiries
                .note(&gtin, l, exp, expiry_line, "itemExpirationDate", problems);
        }
        // Quantities are compared where they are written: the problem is at the quantity's
        // line and names the line of the other.
        match self.lot_seen.get(&(gtin.clone(), lot.clone())) {
            Some((first_quantity, first_line)) if *first_quantity != quantity => {
                problems.push(
                    *quantity_line,
                    Some("quantity"),
                    format!(
                        "lot {} of {gtin} is listed with {quantity} here and {first_quantity} on line {first_line}: the file must give one quantity",
                        lot.as_deref().unwrap_or("-")
                    ),
                );
            }
            // The same lot quantity observed at another step.
            Some(_) => {}
            None => {
                self.lot_seen
                    .insert((gtin.clone(), lot.clone()), (quantity, *quantity_line));
                self.lots.push((
                    *line,
                    ExpectedItem {
                        line: 0,
                        gtin,
                        serial: None,
                        lot,
                        expiry,
                        quantity,
                        po: None,
                        unit_price_cents: None,
                        received: 0,
                    },
                ));
            }
        }
    }

    /// The purchase orders and despatch advices an event carries.
    fn transactions(&mut self, e: &EpcisEvent) {
        for (kind, id) in &e.transactions {
            match kind.as_str() {
                "po" => {
                    let n = epcis::document_number(id);
                    if !self.pos.contains(&n) && self.pos.len() < 2 {
                        self.pos.push(n);
                    }
                }
                "desadv" => {
                    let n = epcis::document_number(id);
                    if self.desadv_seen.insert(n.clone()) {
                        self.desadv.push((n, e.lines.event));
                    }
                }
                _ => {}
            }
        }
    }

    /// Every case named must have its contents given by an aggregation.
    fn check_cases(&self, problems: &mut Problems) {
        for (line, written, sscc) in &self.cases {
            if !self.case_contents.contains(sscc) {
                problems.push(
                    *line,
                    Some("epcList"),
                    format!("case '{written}' (SSCC {sscc}) is listed, but no aggregation event says which packs it holds"),
                );
            }
        }
    }

    /// A file is one despatch advice.
    fn check_one_advice(&self, problems: &mut Problems) {
        if self.desadv.len() > 1 {
            problems.push(
                self.desadv[1].1,
                Some("bizTransaction"),
                format!(
                    "the file holds {} despatch advices ({}): import each one from a file of its own",
                    self.desadv.len(),
                    self.desadv
                        .iter()
                        .map(|(d, _)| d.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }

    /// The expected lines, packs first then lots, each given the expiry of its lot when its own
    /// event gave none, and the purchase order when the file has exactly one.
    fn into_parsed(self) -> Parsed {
        // A document-level purchase order belongs to every line only when there is one; with
        // several, which pack belongs to which is not in the file, so no line is given one.
        let po = match self.pos.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        };
        let expiries = &self.expiries;
        let described = &self.described;
        let prices = &self.prices;
        let mut items: Vec<(usize, ExpectedItem)> = self
            .packs
            .into_iter()
            .map(|(line, (gtin, serial))| {
                let (lot, mut expiry, _) = described
                    .get(&(gtin.clone(), serial.clone()))
                    .cloned()
                    .unwrap_or((None, None, 0));
                if expiry.is_none() {
                    expiry = lot.as_deref().and_then(|l| expiries.get(&gtin, l));
                }
                let unit_price_cents = prices.get(&gtin);
                (
                    line,
                    ExpectedItem {
                        line: 0,
                        gtin,
                        serial: Some(serial),
                        lot,
                        expiry,
                        quantity: 1,
                        po: po.clone(),
                        unit_price_cents,
                        received: 0,
                    },
                )
            })
            .collect();
        items.extend(self.lots.into_iter().map(|(line, mut item)| {
            if item.expiry.is_none() {
                item.expiry = item
                    .lot
                    .as_deref()
                    .and_then(|l| expiries.get(&item.gtin, l));
            }
            item.po = po.clone();
            item.unit_price_cents = prices.get(&item.gtin);
            (line, item)
        }));
        Parsed {
            items,
            reference: self.desadv.into_iter().next().map(|(d, _)| d).or(po),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::epcis::EventLines;

    const PACK: &str = "urn:epc:id:sgtin:950600.0013435.S1";
    const CASE: &str = "urn:epc:id:sscc:0614141.0000000417";

    fn event(epcs: &[&str], lines: &[usize]) -> EpcisEvent {
        EpcisEvent {
            event_type: "ObjectEvent".into(),
            epcs: epcs.iter().map(|s| s.to_string()).collect(),
            lines: EventLines {
                event: 1,
                epcs: lines.to_vec(),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    fn lines_of(p: Problems) -> Vec<(usize, String)> {
        p.into_vec()
            .into_iter()
            .map(|p| (p.line, p.message))
            .collect()
    }

    #[test]
    fn a_deleted_pack_is_reported_at_its_line() {
        let mut problems = Problems::new();
        deleted(&event(&[PACK, CASE], &[4, 5]), &mut problems);
        let found = lines_of(problems);
        assert_eq!(
            found.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
            vec![4, 5],
            "each deleted identifier is a problem at its own line"
        );
        assert!(
            found[0].1.contains("deleted (decommissioned)"),
            "the problem says why the advice cannot be trusted: {found:?}"
        );
    }

    #[test]
    fn a_case_needs_an_aggregation_and_a_file_one_advice() {
        let mut reading = Reading::default();
        let mut problems = Problems::new();
        let mut shipping = event(&[CASE], &[7]);
        shipping.transactions = vec![
            (
                "desadv".into(),
                "urn:epcglobal:cbv:bt:0614141000005:ASN-1".into(),
            ),
            ("desadv".into(), "ASN-2".into()),
        ];
        shipping.lines.event = 6;
        reading.event(&shipping, &mut problems);
        reading.check_cases(&mut problems);
        reading.check_one_advice(&mut problems);
        let found = lines_of(problems);
        assert_eq!(found.len(), 2, "one problem each: {found:?}");
        assert_eq!(
            found[0].0, 6,
            "two advices are reported at the event naming the second"
        );
        assert!(
            found[0].1.contains("2 despatch advices (ASN-1, ASN-2)"),
            "the advices are named by document number: {found:?}"
        );
        assert_eq!(found[1].0, 7, "the case is reported where it is listed");
        assert!(
            found[1]
                .1
                .contains("no aggregation event says which packs it holds"),
            "a case whose packs are unknown cannot be expected: {found:?}"
        );
    }

    #[test]
    fn a_pack_takes_its_lots_expiry_and_the_files_one_purchase_order() {
        let mut reading = Reading::default();
        let mut problems = Problems::new();
        let mut commissioning = event(&["urn:epc:id:sgtin:950600.0013435.S2"], &[3]);
        commissioning.lot = Some("L1".into());
        commissioning.expiry = Some("2027-01-31".into());
        let mut shipping = event(&[PACK], &[9]);
        shipping.lot = Some("L1".into());
        shipping.transactions = vec![("po".into(), "PO-7".into())];
        reading.event(&commissioning, &mut problems);
        reading.event(&shipping, &mut problems);
        assert!(problems.is_empty(), "nothing conflicts");
        let parsed = reading.into_parsed();
        let (line, pack) = &parsed.items[1];
        assert_eq!(*line, 9, "a pack keeps the line that first named it");
        assert_eq!(
            pack.expiry,
            NaiveDate::from_ymd_opt(2027, 1, 31),
            "a pack whose event gives only its lot takes the expiry the file gives that lot"
        );
        assert_eq!(
            pack.po.as_deref(),
            Some("PO-7"),
            "with one purchase order in the file, every line belongs to it"
        );
        assert_eq!(
            parsed.reference.as_deref(),
            Some("PO-7"),
            "without a despatch advice, the purchase order is the reference"
        );
    }
}
