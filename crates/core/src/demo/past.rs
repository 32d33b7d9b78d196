//! The years before a scale's own window (`custody demo --years`): the same hospital's earlier
//! history, at the window's pace (deliveries, transfers to the wards and between them,
//! dispensing, returns, holds, destruction and returns to the supplier, consumables received,
//! issued and used up on the wards), planned so that every pack and every lot quantity it
//! brings in is gone before the window starts. The stock on hand today is then the scale's
//! own, and what the extra years change is the length of the history alone. They draw from a
//! generator of their own, so the window is planned and written with the same draws as without
//! them.

use std::collections::HashSet;

use chrono::Duration;

use super::hospital::{Hospital, FIRST_WARD, MAIN, STORE};
use super::plan::{
    date_delivery, day_minute, plan_delivery, LotStep, Numbering, PackStep, Plan, Planned, Step,
};
use super::rng::Rng;
use super::scale::{Params, Years};

/// The seed of the years before the window (see the module's comment).
pub(super) const SEED: u64 = 0x0005_1CE5_EA50;

/// Days before the window's start after which no more packs are delivered, so that every
/// pack has time to go before the window.
const LAST_DELIVERY_DAYS: i64 = 15;

/// Days before the window's start after which no more consumables are delivered.
const LAST_LOT_DAYS: i64 = 60;

/// Plans `years` of history ending the day `window` starts, at the pace of `p`, numbered on
/// from the window's.
pub(super) fn plan(
    p: &Params,
    years: Years,
    hospital: &Hospital,
    window: &Plan,
    rng: &mut Rng,
) -> Plan {
    let days = i64::from(years.get()) * 365;
    let units = (p.units as i64 * days / p.days) as usize;
    let lot_deliveries = (p.lot_events as i64 / 12 * days / p.days) as usize;
    let mut plan = Plan {
        start: window.start - Duration::days(days),
        deliveries: Vec::new(),
        unit_delivery: Vec::with_capacity(units),
        lot_deliveries: Vec::with_capacity(lot_deliveries),
        events: Vec::with_capacity(units * 3 + lot_deliveries * 20),
        numbering: Numbering {
            packs: window.unit_delivery.len() as u64,
            deliveries: window.deliveries.len() as u64,
            lot_deliveries: window.lot_deliveries.len() as u64,
            events: window.events.len() as u64,
        },
        counts: Vec::new(),
    };
    let wards: Vec<u16> = (FIRST_WARD..hospital.locations.len() as u16).collect();
    let serialized = &hospital.products[..hospital.products.len() - p.lot_products];
    while plan.unit_delivery.len() < units {
        let day = plan_delivery(&mut plan, days - LAST_DELIVERY_DAYS, serialized, rng);
        let d = plan.deliveries.len() - 1;
        let size = rng
            .range(6, 60)
            .min((units - plan.unit_delivery.len()) as i64);
        let life = PastLife {
            unit: 0,
            end: days * 1440,
            expiry: (plan.deliveries[d].expiry - plan.start).num_days() * 1440,
            at_store: plan.deliveries[d].location == STORE,
        };
        let first_event = plan.events.len();
        for _ in 0..size {
            let life = PastLife {
                unit: plan.unit_delivery.len() as u32,
                ..life
            };
            plan.unit_delivery.push(d as u32);
            life.plan(&mut plan.events, day, &wards, rng);
        }
        let last_use = plan.events[first_event..]
            .iter()
            .filter(|e| !matches!(e.step, Step::Pack(PackStep::Destroy, _)))
            .map(|e| e.minute / 1440)
            .max()
            .unwrap_or(day);
        date_delivery(&mut plan.deliveries[d], plan.start, day, last_use);
    }
    for _ in 0..lot_deliveries {
        plan_lot(&mut plan, p, serialized.len(), days, &wards, rng);
    }
    keep_lots_apart(&mut plan, window);
    plan.events.sort_by_key(|e| e.minute);
    plan
}

/// Renames a lot of the years before the window that the window also delivers of the same
/// product (drawn by chance): the ledger keeps the expiry a lot was first seen with, so a shared
/// lot would make the window's receipt look suspect. The new name ends in a letter the window's
/// lots never end in.
fn keep_lots_apart(plan: &mut Plan, window: &Plan) {
    let windows: HashSet<(usize, &str)> = window
        .deliveries
        .iter()
        .map(|d| (d.product, d.lot.as_str()))
        .chain(window.lot_deliveries.iter().map(|l| (l.0, l.1.as_str())))
        .collect();
    let lots = plan
        .deliveries
        .iter_mut()
        .map(|d| (d.product, &mut d.lot))
        .chain(plan.lot_deliveries.iter_mut().map(|l| (l.0, &mut l.1)));
    for (product, lot) in lots {
        if windows.contains(&(product, lot.as_str())) {
            lot.push('P');
        }
    }
}

/// A minute `wait` after `after`, or halfway to `limit` when that comes first: an event that
/// must happen before `limit` (`after` is before it) happens in time, and after the one before.
fn within(after: i64, wait: i64, limit: i64) -> i64 {
    (after + wait).min(after + (limit - after) / 2)
}

/// One serialized pack's life in the years before the window, planned from its receipt to its
/// going.
#[derive(Clone, Copy)]
struct PastLife {
    /// The pack's number.
    unit: u32,
    /// The window's first minute: the pack is gone before it.
    end: i64,
    /// The first minute of the day its lot expires: it is used before it.
    expiry: i64,
    /// Whether it was received into the store room (and so goes to the main pharmacy next).
    at_store: bool,
}

impl PastLife {
    /// Plans the receipt on `day`, then one of: found suspect (1 in 500) and destroyed;
    /// damaged (1 in 250), held and destroyed or sent back; left on the shelf past its expiry
    /// and destroyed (1 in 20, when that is over before the window); or used.
    fn plan(&self, events: &mut Vec<Planned>, day: i64, wards: &[u16], rng: &mut Rng) {
        let received = day_minute(day, rng);
        self.push(events, received, PackStep::Receive);
        if rng.chance(0.002) {
            let held = self.push_within(
                events,
                received,
                rng.range(60, 4 * 1440),
                self.end,
                PackStep::Suspect,
            );
            self.push_within(
                events,
                held,
                rng.range(1440, 20 * 1440),
                self.end,
                PackStep::Destroy,
            );
        } else if rng.chance(0.004) {
            let held = self.push_within(
                events,
                received,
                rng.range(60, 3 * 1440),
                self.end,
                PackStep::Quarantine,
            );
            let step = if rng.chance(0.5) {
                PackStep::Destroy
            } else {
                PackStep::ReturnToSupplier
            };
            self.push_within(events, held, rng.range(1440, 20 * 1440), self.end, step);
        } else if self.expiry + 31 * 1440 < self.end && rng.chance(0.05) {
            let destroyed = self.expiry + rng.range(3, 30) * 1440 + 9 * 60;
            self.push(events, destroyed, PackStep::Destroy);
        } else {
            self.used(events, received, wards, rng);
        }
    }

    fn push(&self, events: &mut Vec<Planned>, minute: i64, step: PackStep) {
        events.push(Planned {
            minute,
            step: Step::Pack(step, self.unit),
        });
    }

    /// Pushes `step` [`within`] `limit` after `after`; gives its minute.
    fn push_within(
        &self,
        events: &mut Vec<Planned>,
        after: i64,
        wait: i64,
        limit: i64,
        step: PackStep,
    ) -> i64 {
        let minute = within(after, wait, limit);
        self.push(events, minute, step);
        minute
    }

    /// Sent to a ward (or from the store room to the main pharmacy), now and then moved on to
    /// another ward, and dispensed before it expires; one in a hundred comes back unused and is
    /// dispensed from the main pharmacy.
    fn used(&self, events: &mut Vec<Planned>, received: i64, wards: &[u16], rng: &mut Rng) {
        let limit = self.expiry.min(self.end);
        let (to, wait) = if self.at_store {
            (MAIN, rng.range(30, 10 * 1440))
        } else {
            (*rng.pick(wards), rng.range(30, 10 * 1440))
        };
        let mut at = self.push_within(events, received, wait, limit, PackStep::Transfer(to));
        if !self.at_store && rng.chance(0.03) {
            let next = (wards.iter().position(|w| *w == to).unwrap_or(0)
                + 1
                + rng.below(wards.len() as u64 - 1) as usize)
                % wards.len();
            at = self.push_within(
                events,
                at,
                rng.range(60, 5 * 1440),
                limit,
                PackStep::Transfer(wards[next]),
            );
        }
        at = self.push_within(
            events,
            at,
            rng.range(60, 40 * 1440),
            limit,
            PackStep::Dispense,
        );
        if rng.chance(0.01) {
            at = self.push_within(
                events,
                at,
                rng.range(60, 3 * 1440),
                limit,
                PackStep::ReturnToStock,
            );
            self.push_within(
                events,
                at,
                rng.range(60, 10 * 1440),
                limit,
                PackStep::Dispense,
            );
        }
    }
}

/// A delivery of a consumable to the store room, issued to the wards a few days apart in
/// quantities of 20 to 200 until none is left, each issue used up on its ward within days.
fn plan_lot(
    plan: &mut Plan,
    p: &Params,
    first_consumable: usize,
    days: i64,
    wards: &[u16],
    rng: &mut Rng,
) {
    let product = first_consumable + rng.below(p.lot_products.max(1) as u64) as usize;
    let day = rng.range(0, days - LAST_LOT_DAYS);
    let received = day_minute(day, rng);
    let lot = format!("C{:06}", rng.below(1_000_000));
    let expiry = plan.start + Duration::days(day + rng.range(300, 1400));
    let quantity = rng.range(200, 1500);
    plan.lot_deliveries.push((product, lot, expiry, quantity));
    let i = plan.lot_deliveries.len() as u32 - 1;
    let mut push = |minute, step| plan.events.push(Planned { minute, step });
    push(received, Step::LotReceive(i));
    let end = days * 1440;
    let (mut at, mut left) = (received, quantity);
    while left > 0 {
        let take = rng.range(20, 200).min(left);
        left -= take;
        at = within(at, rng.range(1440, 7 * 1440), end);
        let ward = *rng.pick(wards);
        push(at, Step::Lot(LotStep::Issue, i, ward, take as u16));
        let used = within(at, rng.range(60, 5 * 1440), end);
        push(used, Step::Lot(LotStep::Use, i, ward, take as u16));
    }
}
