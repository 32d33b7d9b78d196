//! The planned history written through the real ledger, in time order: each planned step
//! becomes a ledger event (with the raw scan a person would have made, where one would have
//! been scanned), appended by the staff member or, for QA decisions, the QA officer, so the
//! demo database verifies like any other. Loaded in chunks of 100,000 events, with the indexes
//! built after the load.

use std::collections::HashMap;

use chrono::{Duration, TimeZone};
use rusqlite::Connection;

use crate::error::CoreResult;
use crate::ledger::{Appender, NewEvent, NewLine, Place};
use crate::model::*;

use super::hospital::{Hospital, MAIN, QUARANTINE, STORE};
use super::plan::{LotStep, PackStep, Plan, Planned, Step};
use super::rng::Rng;

/// Events per transaction.
const CHUNK: usize = 100_000;

/// One plan to append, with the generator its writing draws from (a dispense's paperwork, a
/// consumable's issue).
pub(super) struct Era<'a> {
    pub plan: &'a Plan,
    pub rng: &'a mut Rng,
}

/// Appends every planned event of each era in turn (the oldest first); gives how many were
/// appended (an issue of a consumable with none left on the shelf is left out).
pub(super) fn append(
    conn: &mut Connection,
    hospital: &Hospital,
    eras: Vec<Era<'_>>,
    now: Timestamp,
) -> CoreResult<usize> {
    let mut events = 0usize;
    // A large cache and indexes built after the load keep a million-pack history fast. The
    // appender searches the open stays (`stay_open`) for every line, so that one stays.
    conn.pragma_update(None, "cache_size", -1_048_576)?;
    let tables = ["event", "event_line", "unit", "stay", "stock_change"];
    let loaded = crate::db::with_indexes_deferred(conn, &tables, &["stay_open"], |conn| {
        for era in eras {
            let mut history = History {
                hospital,
                plan: era.plan,
                rng: era.rng,
                now,
                unit_place: vec![None; era.plan.unit_delivery.len()],
                lot_stock: HashMap::new(),
                order: era.plan.numbering.events,
            };
            for chunk in era.plan.events.chunks(CHUNK) {
                events += history.append_chunk(conn, chunk)?;
            }
        }
        Ok(())
    });
    conn.pragma_update(None, "cache_size", -262_144)?;
    loaded?;
    Ok(events)
}

/// The history being written, and what it has done to the stock so far.
struct History<'a> {
    hospital: &'a Hospital,
    plan: &'a Plan,
    rng: &'a mut Rng,
    now: Timestamp,
    /// Where each serialized pack is, by pack number.
    unit_place: Vec<Option<Place>>,
    /// Each consumable's lots on the store room's shelf: lot delivery index and quantity left.
    lot_stock: HashMap<usize, Vec<(usize, i64)>>,
    /// Planned events so far (references are numbered from it).
    order: u64,
}

impl History<'_> {
    /// Appends `chunk` in one transaction; gives the events appended.
    fn append_chunk(&mut self, conn: &mut Connection, chunk: &[Planned]) -> CoreResult<usize> {
        let mut events = 0;
        let tx = conn.transaction()?;
        {
            let mut appender = Appender::for_history(&tx, self.now)?;
            for planned in chunk {
                let event = self.event(planned);
                self.order += 1;
                if let Some(e) = event {
                    // QA records suspect and destruction decisions; staff the daily work.
                    let qa_decision = matches!(
                        e.kind,
                        EventKind::MarkSuspect | EventKind::Destroy | EventKind::ReturnToSupplier
                    );
                    let who = if qa_decision {
                        &self.hospital.qa
                    } else {
                        &self.hospital.staff
                    };
                    appender.append(who, &e)?;
                    events += 1;
                }
            }
            appender.finish()?;
        }
        tx.commit()?;
        Ok(events)
    }

    /// The ledger event of a planned step, if it still happens.
    fn event(&mut self, planned: &Planned) -> Option<NewEvent> {
        let at = self.stamp(planned.minute);
        match planned.step {
            Step::LotReceive(i) => Some(self.lot_receipt(i as usize, at)),
            Step::LotIssue(product, ward) => self.lot_issue(product, ward, at),
            Step::Pack(step, unit) => Some(self.pack_event(step, unit as usize, at)),
            Step::Lot(LotStep::Issue, i, ward, quantity) => {
                Some(self.lot_transfer(i as usize, i64::from(quantity), ward, at))
            }
            Step::Lot(LotStep::Use, i, ward, quantity) => {
                Some(self.lot_used(i as usize, i64::from(quantity), ward, at))
            }
        }
    }

    /// The time of a minute of the history, at the offset of `now`.
    fn stamp(&self, minute: i64) -> Timestamp {
        stamp_at(self.plan.start, minute, self.now)
    }

    fn location(&self, index: u16) -> LocationId {
        self.hospital.locations[index as usize]
    }

    /// The receipt of a consumable's lot into the store room, from the consumables' supplier.
    fn lot_receipt(&mut self, i: usize, at: Timestamp) -> NewEvent {
        let plan = self.plan;
        let (product, lot, expiry, qty) = &plan.lot_deliveries[i];
        self.lot_stock.entry(*product).or_default().push((i, *qty));
        let store = self.location(STORE);
        let data = &self.hospital.products[*product];
        NewEvent {
            kind: EventKind::Receive,
            occurred_at: at,
            location: Some(store),
            counterparty: Some(self.hospital.partners[2]),
            reference: Some(format!(
                "PO-{}",
                70_000 + plan.numbering.lot_deliveries + i as u64
            )),
            reason: None,
            raw_scan: Some(format!(
                "]C1{}",
                custody_gs1::encode_element_string(&[
                    ("01", &data.gtin),
                    ("17", &expiry.format("%y%m%d").to_string()),
                    ("10", lot)
                ])
            )),
            lines: vec![NewLine {
                product: self.hospital.product_ids[*product],
                lot: Some(lot.clone()),
                serial: None,
                expiry: Some(*expiry),
                quantity: *qty,
                before: None,
                after: Some(Place::at(UnitStatus::InStock, store)),
                unit_cost_cents: data.contract_price_cents,
            }],
        }
    }

    /// An issue of a consumable from the store room to a ward: first expiry first out among the
    /// lots on the shelf, 1 to 20 at a time; none when the shelf is empty.
    fn lot_issue(&mut self, product: usize, ward: u16, at: Timestamp) -> Option<NewEvent> {
        let lot_deliveries = &self.plan.lot_deliveries;
        let stocks = self.lot_stock.entry(product).or_default();
        stocks.retain(|(_, q)| *q > 0);
        stocks.sort_by_key(|(i, _)| lot_deliveries[*i].2);
        let (i, q) = stocks.first_mut()?;
        let take = self.rng.range(1, 20).min(*q);
        *q -= take;
        let i = *i;
        Some(self.lot_transfer(i, take, ward, at))
    }

    /// `quantity` of the lot delivery `i` issued from the store room to a ward.
    fn lot_transfer(&self, i: usize, quantity: i64, ward: u16, at: Timestamp) -> NewEvent {
        let (product, lot, expiry, _) = &self.plan.lot_deliveries[i];
        let store = self.location(STORE);
        NewEvent {
            kind: EventKind::Transfer,
            occurred_at: at,
            location: Some(store),
            counterparty: None,
            reference: Some(format!("REQ-{}", 10_000 + self.order)),
            reason: Some("ward requisition".into()),
            raw_scan: None,
            lines: vec![NewLine {
                product: self.hospital.product_ids[*product],
                lot: Some(lot.clone()),
                serial: None,
                expiry: Some(*expiry),
                quantity,
                before: Some(Place::at(UnitStatus::InStock, store)),
                after: Some(Place::at(UnitStatus::InStock, self.location(ward))),
                unit_cost_cents: None,
            }],
        }
    }

    /// `quantity` of the lot delivery `i` used up on a ward.
    fn lot_used(&self, i: usize, quantity: i64, ward: u16, at: Timestamp) -> NewEvent {
        let (product, lot, expiry, _) = &self.plan.lot_deliveries[i];
        let ward = self.location(ward);
        NewEvent {
            kind: EventKind::Dispense,
            occurred_at: at,
            location: Some(ward),
            counterparty: None,
            reference: Some(format!("WU-{}", 10_000 + self.order)),
            reason: Some("used on the ward".into()),
            raw_scan: None,
            lines: vec![NewLine {
                product: self.hospital.product_ids[*product],
                lot: Some(lot.clone()),
                serial: None,
                expiry: Some(*expiry),
                quantity,
                before: Some(Place::at(UnitStatus::InStock, ward)),
                after: Some(Place::gone(UnitStatus::Dispensed)),
                unit_cost_cents: None,
            }],
        }
    }

    /// A step in a serialized pack's life, from where the pack is now.
    fn pack_event(&mut self, step: PackStep, unit: usize, at: Timestamp) -> NewEvent {
        let (plan, hospital) = (self.plan, self.hospital);
        let d = &plan.deliveries[plan.unit_delivery[unit] as usize];
        let before = self.unit_place[unit];
        let m = self.movement(step, unit, before);
        self.unit_place[unit] = Some(m.after);
        let serial = serial_for(plan.numbering.packs + unit as u64, hospital.serial_salt);
        let gtin = &hospital.products[d.product].gtin;
        // Receipts, transfers and dispenses are scanned; holds and disposals are decided.
        let raw = matches!(
            step,
            PackStep::Receive | PackStep::Transfer(_) | PackStep::Dispense
        )
        .then(|| {
            let expiry = d.expiry.format("%y%m%d").to_string();
            // The planted supplier's cartons say when they were made; only a receipt reads it.
            let made = d.made.filter(|_| step == PackStep::Receive);
            let made = made.map(|m| m.format("%y%m%d").to_string());
            let mut elements = vec![("01", gtin.as_str())];
            if let Some(m) = &made {
                elements.push(("11", m));
            }
            elements.extend([("17", expiry.as_str()), ("10", &d.lot), ("21", &serial)]);
            format!("]d2{}", custody_gs1::encode_element_string(&elements))
        });
        NewEvent {
            kind: m.kind,
            occurred_at: at,
            location: m.location,
            counterparty: m.counterparty,
            reference: Some(m.reference),
            reason: m.reason,
            raw_scan: raw,
            lines: vec![NewLine {
                product: hospital.product_ids[d.product],
                lot: Some(d.lot.clone()),
                serial: Some(serial),
                expiry: Some(d.expiry),
                quantity: 1,
                before,
                after: Some(m.after),
                unit_cost_cents: matches!(step, PackStep::Receive).then_some(d.cost),
            }],
        }
    }

    /// What a pack's step records: its kind, where the pack ends up, where it happens, with
    /// whom, the paperwork's reference and the reason given.
    fn movement(&mut self, step: PackStep, unit: usize, before: Option<Place>) -> Movement {
        let plan = self.plan;
        let d = &plan.deliveries[plan.unit_delivery[unit] as usize];
        let here = before.and_then(|b| b.location);
        let order = self.order;
        let m = |kind, after, location, reference: String, reason: Option<&str>| Movement {
            kind,
            after,
            location,
            counterparty: None,
            reference,
            reason: reason.map(String::from),
        };
        match step {
            PackStep::Receive => Movement {
                counterparty: Some(self.hospital.partners[d.supplier]),
                ..m(
                    EventKind::Receive,
                    Place::at(UnitStatus::InStock, self.location(d.location)),
                    Some(self.location(d.location)),
                    format!(
                        "PO-{}",
                        40_000 + plan.numbering.deliveries + u64::from(plan.unit_delivery[unit])
                    ),
                    None,
                )
            },
            PackStep::Transfer(to) => m(
                EventKind::Transfer,
                Place::at(UnitStatus::InStock, self.location(to)),
                here,
                format!("TR-{}", 20_000 + order / 25),
                None,
            ),
            PackStep::Dispense => {
                // Six in ten against a prescription, the rest against a ward order.
                let reference = if self.rng.chance(0.6) {
                    format!("RX-{:07}", 1_000_000 + order)
                } else {
                    format!("WO-{}", 50_000 + order / 40)
                };
                let gone = Place::gone(UnitStatus::Dispensed);
                m(EventKind::Dispense, gone, here, reference, None)
            }
            PackStep::ReturnToStock => m(
                EventKind::Return,
                Place::at(UnitStatus::InStock, self.location(MAIN)),
                Some(self.location(MAIN)),
                format!("RET-{}", 3_000 + order),
                Some("unused, returned by the ward"),
            ),
            PackStep::Quarantine => m(
                EventKind::Quarantine,
                Place::at(UnitStatus::Quarantined, self.location(QUARANTINE)),
                here,
                format!("QH-{}", 1_000 + order),
                Some("damaged: crushed carton"),
            ),
            PackStep::Suspect => m(
                EventKind::MarkSuspect,
                Place::at(UnitStatus::Quarantined, self.location(QUARANTINE)),
                here,
                format!("SUS-{}", 100 + order),
                Some("suspect: serial reported as already decommissioned by the national verification system"),
            ),
            PackStep::Destroy => {
                let held = before.map(|b| b.status) == Some(UnitStatus::Quarantined);
                m(
                    EventKind::Destroy,
                    Place::gone(UnitStatus::Destroyed),
                    here,
                    format!("DES-{}", 500 + order),
                    Some(if held { "damaged" } else { "expired" }),
                )
            }
            PackStep::CountMissing(count) => m(
                EventKind::CountAdjust,
                Place::gone(UnitStatus::Missing),
                here,
                format!("COUNT-{count}"),
                Some("not found at the monthly count"),
            ),
            PackStep::ReturnToSupplier => Movement {
                counterparty: Some(self.hospital.partners[d.supplier]),
                ..m(
                    EventKind::ReturnToSupplier,
                    Place::gone(UnitStatus::ReturnedToSupplier),
                    here,
                    format!("RMA-{}", 900 + order),
                    Some("damaged in transit"),
                )
            },
        }
    }
}

/// The time of a minute of a history that starts on `start`, at the offset of `now`.
pub(super) fn stamp_at(start: chrono::NaiveDate, minute: i64, now: Timestamp) -> Timestamp {
    let naive = start.and_hms_opt(0, 0, 0).unwrap_or_default() + Duration::minutes(minute);
    Timestamp(
        now.0
            .offset()
            .from_local_datetime(&naive)
            .single()
            .unwrap_or(now.0),
    )
}

/// What one step of a pack's life records (see [`History::movement`]).
struct Movement {
    kind: EventKind,
    after: Place,
    location: Option<LocationId>,
    counterparty: Option<PartnerId>,
    reference: String,
    reason: Option<String>,
}

/// The serial of pack number `unit` at a site of serial salt `salt`
/// ([`super::hospital::Hospital::serial_salt`]): random-looking, fixed per pack, alphanumeric
/// like real EU FMD serials.
fn serial_for(unit: u64, salt: u64) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    let mut z = unit.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5DEE_CE66_D1CE_4E5B ^ salt;
    z = (z ^ (z >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let mut s = String::with_capacity(12);
    for _ in 0..8 {
        s.push(ALPHABET[(z % ALPHABET.len() as u64) as usize] as char);
        z /= ALPHABET.len() as u64;
    }
    // The pack number keeps serials unique; the prefix makes them look issued, not counted.
    format!("{s}{unit:07}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serials_are_unique_per_pack_and_within_gs1_s_twenty_characters() {
        let a = serial_for(0, 0);
        let b = serial_for(1, 0);
        assert_ne!(a, b, "two packs never share a serial");
        assert_eq!(
            a.len(),
            15,
            "eight letters or digits and the pack number: {a}"
        );
        assert!(
            serial_for(999_999, 0).len() <= 20,
            "AI 21 holds at most 20 characters"
        );
        assert_ne!(
            serial_for(7, 0),
            serial_for(7, 0x9a3f_11c2),
            "another demo site's pack of the same number has another serial"
        );
    }
}
