//! A despatch advice in EPCIS: the packs and lot quantities the events name, each pack once
//! however many steps list it, with the lot and expiry its ILMD gives, and the despatch advice
//! and purchase order the events carry.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::advice::ExpectedItem;
use super::file::{LotExpiries, Parsed};
use crate::epcis::{self, Epc, EpcisEvent};
use crate::import::Problems;

/// Builds the expected packs from EPCIS events: every SGTIN any event names (directly, in an
/// aggregation, or inside a shipped SSCC), with lot and expiry from the commissioning ILMD, and
/// every lot quantity in a quantity list. The same pack in the commissioning, packing and
/// shipping events is one pack; a pack or lot the events describe differently is a problem,
/// as is a case (SSCC) whose contents no aggregation gives.
pub(super) fn from_epcis(events: &[EpcisEvent], problems: &mut Problems) -> Parsed {
    // Per pack: its lot and expiry (from an ILMD) and the line that gave them.
    type Described = (Option<String>, Option<NaiveDate>, usize);
    let mut packs: Vec<(usize, (String, String))> = Vec::new();
    let mut described: HashMap<(String, String), Described> = HashMap::new();
    let mut pack_seen: HashSet<(String, String)> = HashSet::new();
    let mut expiries = LotExpiries::default();
    let mut lots: Vec<(usize, ExpectedItem)> = Vec::new();
    let mut lot_seen: HashMap<(String, Option<String>), (i64, usize)> = HashMap::new();
    let mut cases: Vec<(usize, String, String)> = Vec::new();
    let mut case_contents: HashSet<String> = HashSet::new();
    let mut pos: Vec<String> = Vec::new();
    let mut desadv: Vec<(String, usize)> = Vec::new();
    let mut desadv_seen: HashSet<String> = HashSet::new();
    for e in events {
        // An ObjectEvent that deletes packs says they no longer exist (destroyed, decommissioned).
        // Whether such packs still ship is not for the importer to guess.
        if e.event_type == "ObjectEvent" && e.action.as_deref() == Some("DELETE") {
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
            continue;
        }
        let expiry = e.expiry.as_deref().and_then(epcis::parse_date);
        // A lot's expiry is said where the ILMD gives it: conflicts are reported there.
        let expiry_line = e.lines.expiry.unwrap_or(e.lines.event);
        if e.event_type == "AggregationEvent" && e.action.as_deref() != Some("DELETE") {
            if let Some(Epc::Sscc(sscc)) = e.parent.as_deref().map(epcis::parse_epc) {
                case_contents.insert(sscc);
            }
        }
        for (epc, line) in e.epcs.iter().zip(&e.lines.epcs) {
            match epcis::parse_epc(epc) {
                Epc::Sgtin { gtin, serial } => {
                    let key = (gtin, serial);
                    if e.lot.is_some() || expiry.is_some() {
                        let now = (e.lot.clone(), expiry, *line);
                        match described.get(&key) {
                            Some((lot, exp, first)) if (lot, exp) != (&now.0, &now.1) => {
                                problems.push(
                                    *line,
                                    Some("ilmd"),
                                    format!(
                                        "pack {} {} is given lot {} and expiry {} by this event and lot {} and expiry {} by the event on line {first}",
                                        key.0,
                                        key.1,
                                        now.0.as_deref().unwrap_or("-"),
                                        now.1.map_or("-".into(), |d| d.to_string()),
                                        lot.as_deref().unwrap_or("-"),
                                        exp.map_or("-".into(), |d| d.to_string()),
                                    ),
                                );
                            }
                            Some(_) => {}
                            None => {
                                described.insert(key.clone(), now);
                            }
                        }
                        if let (Some(lot), Some(exp)) = (&e.lot, expiry) {
                            expiries.note(
                                &key.0,
                                lot,
                                exp,
                                expiry_line,
                                "itemExpirationDate",
                                problems,
                            );
                        }
                    }
                    if pack_seen.insert(key.clone()) {
                        packs.push((*line, key));
                    }
                }
                Epc::Sscc(sscc) => cases.push((*line, epc.clone(), sscc)),
                // The reader let through only packs and cases.
                Epc::Lgtin { .. } | Epc::Other => {}
            }
        }
        let quantity_lines = e.lines.quantities.iter().zip(&e.lines.quantity_values);
        for ((class, quantity), (line, quantity_line)) in e.quantities.iter().zip(quantity_lines) {
            let Epc::Lgtin { gtin, lot } = epcis::parse_epc(class) else {
                continue;
            };
            let lot = match (lot, &e.lot) {
                (Some(a), Some(b)) if a != *b => {
                    problems.push(
                        *line,
                        Some("epcClass"),
                        format!("'{class}' names lot {a}, but the event's ILMD says lot {b}"),
                    );
                    continue;
                }
                (Some(a), _) => Some(a),
                (None, b) => b.clone(),
            };
            if let (Some(l), Some(exp)) = (&lot, expiry) {
                expiries.note(&gtin, l, exp, expiry_line, "itemExpirationDate", problems);
            }
            // Quantities are compared where they are written: the problem is at the quantity's
            // line and names the line of the other.
            match lot_seen.get(&(gtin.clone(), lot.clone())) {
                Some((first_quantity, first_line)) if first_quantity != quantity => {
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
                    lot_seen.insert((gtin.clone(), lot.clone()), (*quantity, *quantity_line));
                    lots.push((
                        *line,
                        ExpectedItem {
                            line: 0,
                            gtin,
                            serial: None,
                            lot,
                            expiry,
                            quantity: *quantity,
                            po: None,
                            received: 0,
                        },
                    ));
                }
            }
        }
        for (kind, id) in &e.transactions {
            match kind.as_str() {
                "po" => {
                    let n = epcis::document_number(id);
                    if !pos.contains(&n) && pos.len() < 2 {
                        pos.push(n);
                    }
                }
                "desadv" => {
                    let n = epcis::document_number(id);
                    if desadv_seen.insert(n.clone()) {
                        desadv.push((n, e.lines.event));
                    }
                }
                _ => {}
            }
        }
    }
    for (line, written, sscc) in &cases {
        if !case_contents.contains(sscc) {
            problems.push(
                *line,
                Some("epcList"),
                format!("case '{written}' (SSCC {sscc}) is listed, but no aggregation event says which packs it holds"),
            );
        }
    }
    if desadv.len() > 1 {
        problems.push(
            desadv[1].1,
            Some("bizTransaction"),
            format!(
                "the file holds {} despatch advices ({}): import each one from a file of its own",
                desadv.len(),
                desadv
                    .iter()
                    .map(|(d, _)| d.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    // Said only of a file with nothing else wrong: when every pack was unreadable, those
    // problems are the answer.
    if packs.is_empty() && lots.is_empty() && problems.is_empty() {
        problems.push(
            events.first().map_or(1, |e| e.lines.event),
            None,
            "the file lists no packs (SGTINs) or lot quantities to expect",
        );
    }
    // A document-level purchase order belongs to every line only when there is one; with
    // several, which pack belongs to which is not in the file, so no line is given one.
    let po = match pos.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    };
    let mut items: Vec<(usize, ExpectedItem)> = packs
        .into_iter()
        .map(|(line, (gtin, serial))| {
            let (lot, mut expiry, _) = described
                .get(&(gtin.clone(), serial.clone()))
                .cloned()
                .unwrap_or((None, None, 0));
            if expiry.is_none() {
                expiry = lot.as_deref().and_then(|l| expiries.get(&gtin, l));
            }
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
                    received: 0,
                },
            )
        })
        .collect();
    items.extend(lots.into_iter().map(|(line, mut item)| {
        if item.expiry.is_none() {
            item.expiry = item
                .lot
                .as_deref()
                .and_then(|l| expiries.get(&item.gtin, l));
        }
        item.po = po.clone();
        (line, item)
    }));
    Parsed {
        items,
        reference: desadv.into_iter().next().map(|(d, _)| d).or(po),
    }
}
