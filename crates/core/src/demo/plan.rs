//! The demo history planned before anything is written: deliveries of serialized packs and the
//! life of each pack (received; then perhaps found suspect, damaged and held, sent to a ward and
//! dispensed, returned, or left to expire and destroyed), and the lot-tracked consumables'
//! deliveries and ward issues; all put in time order. Every draw from the generator happens in
//! a fixed order, so the same seed plans the same history.

use chrono::{Duration, NaiveDate};

use crate::model::*;

use super::hospital::{
    Hospital, COUNTED_WARDS, FIRST_WARD, LEAKY_WARD, MAIN, PLANTED_SUPPLIER, SLOW_WARD, STORE,
};
use super::rng::Rng;
use super::scale::Params;

/// What happens to a serialized pack at one moment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum PackStep {
    /// Received from the delivery's supplier.
    Receive,
    /// Moved to the location of this index.
    Transfer(u16),
    /// Dispensed where it is.
    Dispense,
    /// Returned unused to the main pharmacy.
    ReturnToStock,
    /// Held in quarantine, damaged.
    Quarantine,
    /// Held in quarantine as suspect.
    Suspect,
    /// Destroyed (damaged or expired).
    Destroy,
    /// Sent back to the supplier.
    ReturnToSupplier,
    /// Not found at the monthly count of this number (from 1): recorded missing.
    CountMissing(u32),
}

/// One planned event.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Step {
    /// A step in the life of the serialized pack of this number.
    Pack(PackStep, u32),
    /// The receipt of the lot delivery of this index.
    LotReceive(u32),
    /// An issue of this consumable (catalogue index) to the ward of this location index.
    LotIssue(usize, u16),
    /// A step in the life of a lot delivery planned whole (the years before the window: see
    /// `past`): its index, the ward and the quantity.
    Lot(LotStep, u32, u16, u16),
}

/// What happens to part of a lot delivery planned whole.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum LotStep {
    /// Issued from the store room to the ward.
    Issue,
    /// Used up on the ward.
    Use,
}

/// Where a plan's numbers start: its packs' serials, its deliveries' and lots' purchase
/// orders, and the references numbered from its events. The window's start at zero; the years
/// before it go on after the window's, so no two packs share a serial and the earlier years'
/// purchase orders, prescriptions and requisitions are numbers the window never uses.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Numbering {
    pub packs: u64,
    pub deliveries: u64,
    pub lot_deliveries: u64,
    pub events: u64,
}

/// An event at a minute of the history (minutes from its first midnight).
#[derive(Clone, Copy, Debug)]
pub(super) struct Planned {
    /// When.
    pub minute: i64,
    /// What.
    pub step: Step,
}

/// A delivery of serialized packs of one product and lot.
#[derive(Debug)]
pub(super) struct Delivery {
    /// The product's catalogue index.
    pub product: usize,
    /// The lot.
    pub lot: String,
    /// The lot's expiry.
    pub expiry: NaiveDate,
    /// The supplier's index among the partners.
    pub supplier: usize,
    /// Where it was received (location index: the main pharmacy or the store room).
    pub location: u16,
    /// The price paid per pack, in cents.
    pub cost: i64,
    /// The manufacturing date its cartons carry (AI 11), when they carry one.
    pub made: Option<NaiveDate>,
}

/// A delivery of a lot-tracked consumable: its catalogue index, lot, expiry and quantity.
pub(super) type LotDelivery = (usize, String, NaiveDate, i64);

/// The whole history, planned.
#[derive(Debug)]
pub(super) struct Plan {
    /// The history's first day.
    pub start: NaiveDate,
    /// The deliveries of serialized packs.
    pub deliveries: Vec<Delivery>,
    /// The delivery of each serialized pack, by pack number.
    pub unit_delivery: Vec<u32>,
    /// The deliveries of lot-tracked consumables.
    pub lot_deliveries: Vec<LotDelivery>,
    /// Every event, in time order (events at the same minute in the order planned).
    pub events: Vec<Planned>,
    /// Where its numbers start.
    pub numbering: Numbering,
    /// The monthly counts, by number from 1: the minute each was applied and the ward counted.
    pub counts: Vec<(i64, u16)>,
}

/// Plans `p.days` of history ending `today` for `hospital`.
pub(super) fn plan(p: &Params, hospital: &Hospital, rng: &mut Rng, today: NaiveDate) -> Plan {
    let start = today - Duration::days(p.days);
    let wards: Vec<u16> = (FIRST_WARD..hospital.locations.len() as u16).collect();
    let mut plan = Plan {
        start,
        deliveries: Vec::new(),
        unit_delivery: Vec::with_capacity(p.units),
        lot_deliveries: Vec::new(),
        events: Vec::with_capacity(p.units * 3 + p.lot_events),
        numbering: Numbering::default(),
        counts: monthly_counts(start, p.days),
    };
    let leaky_counts: Vec<(u32, i64)> = (1..)
        .zip(&plan.counts)
        .filter(|(_, (_, ward))| *ward == LEAKY_WARD)
        .map(|(n, (minute, _))| (n, *minute))
        .collect();
    let serial_products = hospital.products.len() - p.lot_products;
    while plan.unit_delivery.len() < p.units {
        let day = plan_delivery(
            &mut plan,
            p.days,
            &hospital.products[..serial_products],
            rng,
        );
        let d = plan.deliveries.len() as u32 - 1;
        let size = rng
            .range(6, 60)
            .min((p.units - plan.unit_delivery.len()) as i64);
        let first_event = plan.events.len();
        for _ in 0..size {
            let unit = plan.unit_delivery.len() as u32;
            plan.unit_delivery.push(d);
            let life = PackLife {
                unit,
                end: p.days * 1440,
                expiry_day: (plan.deliveries[d as usize].expiry - start).num_days(),
                at_store: plan.deliveries[d as usize].location == STORE,
                leaky_counts: &leaky_counts,
            };
            life.plan(&mut plan.events, day, &wards, rng);
        }
        let last_use = plan.events[first_event..]
            .iter()
            .filter(|e| !matches!(e.step, Step::Pack(PackStep::Destroy, _)))
            .map(|e| e.minute / 1440)
            .max()
            .unwrap_or(day);
        date_delivery(&mut plan.deliveries[d as usize], start, day, last_use);
    }
    plan_consumables(&mut plan, p, serial_products, &wards, rng);
    plan.events.sort_by_key(|e| e.minute);
    plan
}

/// A working day's minute: between 07:00 and 18:00 of `day`.
pub(super) fn day_minute(day: i64, rng: &mut Rng) -> i64 {
    day * 1440 + 7 * 60 + rng.range(0, 11 * 60)
}

/// Adds a delivery of one of `serialized` (popular products, low in each generic's list, more
/// often) on one of the plan's first `days`; gives the day it arrives.
pub(super) fn plan_delivery(
    plan: &mut Plan,
    days: i64,
    serialized: &[ProductData],
    rng: &mut Rng,
) -> i64 {
    let product = {
        let a = rng.below(serialized.len() as u64);
        let b = rng.below(serialized.len() as u64);
        a.min(b) as usize
    };
    let day = rng.range(0, days - 1);
    let shelf_months = *rng.pick(&[4i64, 6, 9, 12, 18, 24, 24, 36, 36]);
    let expiry = plan.start + Duration::days(day + shelf_months * 30 - rng.range(0, 60));
    let price = serialized[product].contract_price_cents.unwrap_or(1000);
    // One delivery in 25 is invoiced above the contract price (a receipt to query).
    let cost = if rng.chance(0.04) {
        price * 112 / 100
    } else {
        price - rng.range(0, price / 20)
    };
    // The draws in the order the generator was first written with: lot, supplier, location.
    let lot = format!(
        "{}{}{:05}",
        (b'A' + rng.below(26) as u8) as char,
        (b'A' + rng.below(26) as u8) as char,
        rng.below(100_000)
    );
    let supplier = rng.below(3) as usize;
    let location = if rng.chance(0.8) { MAIN } else { STORE };
    // Only the planted supplier invoices above contract, and one of its deliveries in six.
    let index = plan.deliveries.len();
    let cost = match (supplier == PLANTED_SUPPLIER, cost > price) {
        (true, _) if index.is_multiple_of(6) => price * 112 / 100,
        (false, true) => price,
        _ => cost,
    };
    let made = (supplier == PLANTED_SUPPLIER).then(|| plan.start + Duration::days(day - 90));
    plan.deliveries.push(Delivery {
        product,
        lot,
        expiry,
        supplier,
        location,
        cost,
        made,
    });
    day
}

/// Days left at receipt below which a delivery is short-dated (the site's default).
const SHORT_DATED_DAYS: i64 = 90;

/// Dates a delivery whose packs' lives are planned (the last used on `last_use`, a day of the
/// history) so that only the planted supplier's are short-dated: another supplier's that
/// arrived with fewer than 90 days left are dated 120 days after arrival instead, and one in
/// four of the planted supplier's is dated 45 to 89 days after arrival, never before the last
/// of its packs was used.
pub(super) fn date_delivery(d: &mut Delivery, start: NaiveDate, day: i64, last_use: i64) {
    let arrived = start + Duration::days(day);
    let left = (d.expiry - arrived).num_days();
    let planted = d.supplier == PLANTED_SUPPLIER;
    if !planted && left < SHORT_DATED_DAYS {
        d.expiry = arrived + Duration::days(120);
    } else if planted && d.lot.as_bytes().first().is_some_and(|b| b % 4 == 1) {
        let short = (last_use - day + 1).max(45);
        if short < SHORT_DATED_DAYS {
            d.expiry = arrived + Duration::days(short.min(left));
        }
    }
}

/// The monthly counts of [`COUNTED_WARDS`] over a history of `days` from `start`: on the 28th
/// of each month, from 16:00, one ward every half hour; in time order.
fn monthly_counts(start: NaiveDate, days: i64) -> Vec<(i64, u16)> {
    use chrono::Datelike;
    let mut out = Vec::new();
    let mut month = start.with_day(28).unwrap_or(start);
    while (month - start).num_days() < days {
        let day = (month - start).num_days();
        if day >= 0 {
            for (k, ward) in COUNTED_WARDS.iter().enumerate() {
                out.push((day * 1440 + 16 * 60 + 30 * k as i64, *ward));
            }
        }
        month = month
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(month + Duration::days(31));
    }
    out
}

/// One serialized pack's life, planned from its receipt.
struct PackLife<'a> {
    /// The pack's number.
    unit: u32,
    /// The history's last minute (exclusive): nothing is planned at or after it.
    end: i64,
    /// The day (of the history) its lot expires.
    expiry_day: i64,
    /// Whether it was received into the store room (and so goes to the main pharmacy next).
    at_store: bool,
    /// The leaky ward's counts: number and minute.
    leaky_counts: &'a [(u32, i64)],
}

impl PackLife<'_> {
    /// Plans the receipt on `day`, then one of: found suspect (1 in 500), damaged and held (1 in
    /// 250), used on a ward (9 in 10 of the rest), or left on the shelf past its expiry.
    fn plan(&self, events: &mut Vec<Planned>, day: i64, wards: &[u16], rng: &mut Rng) {
        let received = day_minute(day, rng);
        self.push(events, received, PackStep::Receive);
        if rng.chance(0.002) {
            self.found_suspect(events, received, rng);
        } else if rng.chance(0.004) {
            self.damaged(events, received, rng);
        } else if rng.chance(0.9) {
            self.used(events, received, wards, rng);
        } else if self.expiry_day < self.end / 1440 && rng.chance(0.5) {
            self.expired(events, received, rng);
        }
    }

    fn push(&self, events: &mut Vec<Planned>, minute: i64, step: PackStep) {
        events.push(Planned {
            minute,
            step: Step::Pack(step, self.unit),
        });
    }

    /// A later check found it suspect (e.g. its serial was reported cloned): held as suspect.
    fn found_suspect(&self, events: &mut Vec<Planned>, mut minute: i64, rng: &mut Rng) {
        minute += rng.range(60, 4 * 1440);
        if minute < self.end {
            self.push(events, minute, PackStep::Suspect);
        }
    }

    /// Found damaged and held; most are then destroyed or sent back to the supplier.
    fn damaged(&self, events: &mut Vec<Planned>, mut minute: i64, rng: &mut Rng) {
        minute += rng.range(60, 3 * 1440);
        if minute >= self.end {
            return;
        }
        self.push(events, minute, PackStep::Quarantine);
        if rng.chance(0.6) {
            minute += rng.range(1440, 20 * 1440);
            if minute < self.end {
                let step = if rng.chance(0.5) {
                    PackStep::Destroy
                } else {
                    PackStep::ReturnToSupplier
                };
                self.push(events, minute, step);
            }
        }
    }

    /// Sent to a ward (or from the store room to the main pharmacy) before it expires, mostly
    /// dispensed there, and now and then returned unused.
    fn used(&self, events: &mut Vec<Planned>, mut minute: i64, wards: &[u16], rng: &mut Rng) {
        let before_expiry = |minute: i64| minute < self.end && minute / 1440 < self.expiry_day;
        minute += rng.range(30, 10 * 1440);
        if !before_expiry(minute) {
            return;
        }
        let to = if self.at_store {
            MAIN
        } else {
            *rng.pick(wards)
        };
        self.push(events, minute, PackStep::Transfer(to));
        if !rng.chance(0.86) {
            return;
        }
        let wait = rng.range(60, 40 * 1440);
        // The slow ward keeps a pack four times as long, when its shelf life allows.
        let slow = minute + 4 * wait;
        minute += if to == SLOW_WARD && before_expiry(slow) {
            4 * wait
        } else {
            wait
        };
        if !before_expiry(minute) {
            return;
        }
        // One pack in twenty sent to the leaky ward is never used: its next count misses it.
        let lost = (to == LEAKY_WARD && self.unit % 20 == 7)
            .then(|| self.leaky_counts.iter().find(|(_, at)| *at > minute))
            .flatten()
            .filter(|(_, at)| *at < self.end);
        match lost {
            Some((count, at)) => self.push(events, *at, PackStep::CountMissing(*count)),
            None => self.push(events, minute, PackStep::Dispense),
        }
        if rng.chance(0.01) {
            minute += rng.range(60, 3 * 1440);
            if before_expiry(minute) && lost.is_none() {
                self.push(events, minute, PackStep::ReturnToStock);
            }
        }
    }

    /// Left on the shelf until it expired, then destroyed a few days to a month later.
    fn expired(&self, events: &mut Vec<Planned>, received: i64, rng: &mut Rng) {
        let minute = (self.expiry_day + rng.range(3, 30)) * 1440 + 9 * 60;
        if minute < self.end && minute > received {
            self.push(events, minute, PackStep::Destroy);
        }
    }
}

/// Lot-tracked consumables: a delivery to the store room for every twelve events, issues to
/// wards for the rest.
fn plan_consumables(
    plan: &mut Plan,
    p: &Params,
    first_consumable: usize,
    wards: &[u16],
    rng: &mut Rng,
) {
    for k in 0..p.lot_events {
        let product = first_consumable + rng.below(p.lot_products.max(1) as u64) as usize;
        let day = rng.range(0, p.days - 1);
        let minute = day_minute(day, rng);
        let step = if k % 12 == 0 {
            let lot = format!("C{:06}", rng.below(1_000_000));
            let expiry = plan.start + Duration::days(rng.range(300, 1400));
            let quantity = rng.range(200, 1500);
            plan.lot_deliveries.push((product, lot, expiry, quantity));
            Step::LotReceive(plan.lot_deliveries.len() as u32 - 1)
        } else {
            Step::LotIssue(product, *rng.pick(wards))
        };
        plan.events.push(Planned { minute, step });
    }
}
