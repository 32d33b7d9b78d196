//! The current state rebuilt from the ledger: every line replayed in recording order into the
//! packs, lot quantities, lots' first expiries, daily consumption and daily stock changes, and
//! every user event into
//! the users' roles, exactly as the appender applies them. A line whose "before" is not what the
//! ledger says at that point, or a user event that does not fit the users before it, is a
//! finding.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use chrono::Datelike;

use super::{Finding, FindingKind};
use crate::ledger::receipt::{self, ReceiptRow};
use crate::ledger::stays::memory::{Digests, MemoryStays};
use crate::ledger::stays::{Instant, StayKey, StayLine, StayRow};
use crate::ledger::stored::{Keys, StoredEvent, StoredLine, StoredSubject};
use crate::model::{EventKind, Timestamp};

/// A pack: product and serial.
pub(super) type UnitKey = (i64, String);
/// Status, location, lot, expiry, the last event that touched the pack, and a digest of what
/// its row copies of that event ([`last_copy_digest`]).
pub(super) type UnitValue = (
    String,
    Option<i64>,
    Option<String>,
    Option<String>,
    i64,
    u64,
);
/// A lot quantity's place: product, lot, location, status.
pub(super) type LotKey = (i64, String, i64, String);
/// A lot's quantity at a place, and the expiry its stock row holds.
pub(super) type LotValue = (i64, Option<String>);
/// A day's consumption: product, location, local day.
pub(super) type ConsumptionKey = (i64, i64, String);
/// A day's stock change: product, location, and the local day as days from the common era (a
/// hospital's history has millions: no string each).
pub(super) type StockChangeKey = (i64, i64, i32);
/// A digest of a pack's copy of its last event (its time in whole seconds, offset, document and
/// partner, migration 0041): the replay keeps eight bytes per pack rather than the strings, for
/// the millions of packs of a long history. Both sides are digested in the same process.
pub(super) fn last_copy_digest(
    at: Option<i64>,
    offset: Option<i64>,
    reference: Option<&str>,
    counterparty: Option<i64>,
) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (at, offset, reference, counterparty).hash(&mut h);
    h.finish()
}

/// The stays compared together: a product's (a full verification), or a pack's or a lot's (an
/// incremental one).
pub(super) type StayGroup = (i64, Option<StayKey>);

/// What the ledger says the current state is, so far in the walk.
#[derive(Debug, Default)]
pub(super) struct Replayed {
    pub(super) units: HashMap<UnitKey, UnitValue>,
    pub(super) lots: HashMap<LotKey, LotValue>,
    /// Each lot's expiry when the ledger first saw it.
    pub(super) lot_info: HashMap<(i64, String), Option<String>>,
    pub(super) consumption: HashMap<ConsumptionKey, i64>,
    /// Units put in stock less units taken out, per place and day.
    pub(super) stock_changes: HashMap<StockChangeKey, i64>,
    /// The arrivals (`ledger::receipt`), digested per local day.
    pub(super) receipts: Digests<String>,
    /// Each user's role and active flag as the user events leave them.
    pub(super) users: HashMap<i64, (String, bool)>,
    /// The stays still open.
    pub(super) stays: MemoryStays,
    /// The closed stays, digested per group.
    pub(super) closed_stays: Digests<StayGroup>,
    /// Group stays per pack and lot rather than per product.
    pub(super) stays_per_key: bool,
}

/// The group a stay row is compared in.
pub(super) fn stay_group(row: &StayRow, per_key: bool) -> StayGroup {
    (row.key.product(), per_key.then(|| row.key.clone()))
}

/// How a place reads in a finding.
fn place(keys: &Keys, status: Option<&str>, location: Option<i64>) -> String {
    match (status, location) {
        (Some(s), Some(l)) => format!(
            "{s} at {}",
            keys.locations.get(&l).map_or("?", String::as_str)
        ),
        (Some(s), None) => s.to_string(),
        (None, _) => "not yet known here".to_string(),
    }
}

impl Replayed {
    /// Adds what the event's lines dispense from a location to that location's consumption on
    /// the day the event occurred (local time), what they put in stock or take out of stock at
    /// a location to its stock change that day, and its arrivals to the day's receipts, as the
    /// appender does.
    pub(super) fn count_days(&mut self, e: &StoredEvent, lines: &[StoredLine]) {
        // An offset beyond any time zone cannot have been written by the appender; its event's
        // hash already fails, and its lines count on no day.
        let date = i32::try_from(e.occurred_offset)
            .ok()
            .and_then(|offset| Timestamp::from_stored(&e.occurred_at, offset))
            .map(|t| t.local_date());
        let day = date.map(|d| d.to_string()).unwrap_or_default();
        let day_number = date.map_or(0, |d| d.num_days_from_ce());
        for l in lines {
            self.note_receipt(e, l, &day);
            let sides = [
                (l.status_before.as_deref(), l.location_before, -l.quantity),
                (l.status_after.as_deref(), l.location_after, l.quantity),
            ];
            for (status, at, change) in sides {
                if let (Some("in_stock"), Some(at)) = (status, at) {
                    *self
                        .stock_changes
                        .entry((l.product, at, day_number))
                        .or_default() += change;
                }
            }
            if let (Some(from), Some("dispensed")) = (l.location_before, l.status_after.as_deref())
            {
                *self
                    .consumption
                    .entry((l.product, from, day.clone()))
                    .or_default() += l.quantity;
            }
        }
    }

    /// Adds a line to its day's receipts when it is an arrival.
    fn note_receipt(&mut self, e: &StoredEvent, l: &StoredLine, day: &str) {
        let Some(duplicate) = receipt::arrival(
            &e.kind,
            e.counterparty,
            l.serial.as_deref(),
            l.status_before.as_deref(),
        ) else {
            return;
        };
        let row = ReceiptRow {
            day: day.to_string(),
            event_seq: l.event_seq,
            line_no: l.line_no,
            supplier: e.counterparty,
            location: e.location,
            product: l.product,
            serial: l.serial.clone(),
            lot: l.lot.clone(),
            expiry: l.expiry.clone(),
            quantity: l.quantity,
            unit_cost_cents: l.unit_cost_cents,
            duplicate,
        };
        self.receipts.add(row.day.clone(), &row);
    }

    /// Replays one line: its lot noted, then the pack or the lot quantity it moves.
    pub(super) fn replay_line(
        &mut self,
        e: &StoredEvent,
        l: &StoredLine,
        keys: &Keys,
    ) -> Option<Finding> {
        if let Some(lot) = &l.lot {
            self.lot_info
                .entry((l.product, lot.clone()))
                .or_insert_with(|| l.expiry.clone());
        }
        let finding = match &l.serial {
            Some(serial) => self.replay_pack(e, l, serial, keys),
            None => self.replay_quantity(e, l, keys),
        };
        self.replay_stays(e, l);
        finding
    }

    /// Closes and opens the stays the line ends and begins, as the appender does. A line the
    /// replay finds inconsistent is already a finding; its stays follow the line regardless.
    fn replay_stays(&mut self, e: &StoredEvent, l: &StoredLine) {
        let line = Instant::stored(e.seq, &e.occurred_at, e.occurred_offset)
            .and_then(|at| StayLine::stored(l, at));
        if let Some(line) = line {
            let per_key = self.stays_per_key;
            let closed = &mut self.closed_stays;
            // Memory rows never fail.
            let _ = self.stays.apply_line(&line, &mut |row| {
                closed.add(stay_group(&row, per_key), &row);
            });
        }
    }

    /// Moves a pack: found where the line says it was, or a finding; then where it goes.
    fn replay_pack(
        &mut self,
        e: &StoredEvent,
        l: &StoredLine,
        serial: &str,
        keys: &Keys,
    ) -> Option<Finding> {
        let key = (l.product, serial.to_string());
        let current = self.units.get(&key);
        let matches = match (&l.status_before, current) {
            (None, None) => true,
            (Some(s), Some(c)) => *s == c.0 && l.location_before == c.1,
            _ => false,
        };
        let finding = (!matches).then(|| {
            let gtin = keys.gtins.get(&l.product).map_or("?", String::as_str);
            Finding::of_event(
                FindingKind::LineInconsistent,
                e,
                format!(
                    "event seq {} line {}: pack {gtin} serial {serial} was {} by the ledger, but the line says it was {}",
                    e.seq,
                    l.line_no,
                    current.map_or("not yet known here".to_string(), |c| place(keys, Some(&c.0), c.1)),
                    place(keys, l.status_before.as_deref(), l.location_before)
                ),
            )
        });
        match &l.status_after {
            Some(status) => {
                let old = self.units.remove(&key);
                let lot = l
                    .lot
                    .clone()
                    .or_else(|| old.as_ref().and_then(|o| o.2.clone()));
                let expiry = l.expiry.clone().or_else(|| old.and_then(|o| o.3));
                let at = i32::try_from(e.occurred_offset)
                    .ok()
                    .and_then(|offset| Timestamp::from_stored(&e.occurred_at, offset));
                let copy = last_copy_digest(
                    at.map(|t| t.unix_seconds()),
                    Some(e.occurred_offset),
                    e.reference.as_deref(),
                    e.counterparty,
                );
                let value = (status.clone(), l.location_after, lot, expiry, e.seq, copy);
                self.units.insert(key, value);
            }
            None => {
                self.units.remove(&key);
            }
        }
        finding
    }

    /// Moves a quantity of a lot: taken from where it was (a finding when the ledger had less
    /// there), added where it goes.
    fn replay_quantity(&mut self, e: &StoredEvent, l: &StoredLine, keys: &Keys) -> Option<Finding> {
        let lot = l.lot.as_ref()?;
        let mut finding = None;
        if let (Some(s), Some(loc)) = (&l.status_before, l.location_before) {
            let key = (l.product, lot.clone(), loc, s.clone());
            let held = self.lots.entry(key.clone()).or_insert((0, None));
            if held.0 < l.quantity {
                let gtin = keys.gtins.get(&l.product).map_or("?", String::as_str);
                finding = Some(Finding::of_event(
                    FindingKind::LineInconsistent,
                    e,
                    format!("event seq {} line {}: takes {} of {gtin} lot {lot} {s} at {}, but the ledger had only {}", e.seq, l.line_no, l.quantity, keys.locations.get(&loc).map_or("?", String::as_str), held.0),
                ));
            }
            held.0 -= l.quantity;
            // As the appender does: an emptied stock row goes, and its expiry with it.
            if held.0 == 0 {
                self.lots.remove(&key);
            }
        }
        if let (Some(s), Some(loc)) = (&l.status_after, l.location_after) {
            let held = self
                .lots
                .entry((l.product, lot.clone(), loc, s.clone()))
                .or_insert((0, None));
            held.0 += l.quantity;
            // A line without an expiry keeps the one the row has.
            if l.expiry.is_some() {
                held.1 = l.expiry.clone();
            }
        }
        finding
    }

    /// Replays one event into the users' states: user events set their subject's role and
    /// active flag; an account is added (or enrolled) once, and changed only after.
    pub(super) fn replay_user(&mut self, e: &StoredEvent, keys: &Keys) -> Option<Finding> {
        let kind = e.kind.as_str();
        let kind_parsed = kind.parse::<EventKind>().ok();
        let is_user_event = kind_parsed.is_some_and(EventKind::is_user_event);
        let StoredSubject::Named { user, role, active } = e.subject() else {
            return is_user_event.then(|| {
                Finding::of_event(
                    FindingKind::LineInconsistent,
                    e,
                    format!(
                        "event seq {} is a {kind} event but names no user with a role",
                        e.seq
                    ),
                )
            });
        };
        let name = keys.user(user);
        if !is_user_event {
            return Some(Finding::of_event(
                FindingKind::LineInconsistent,
                e,
                format!(
                    "event seq {} is a {kind} event, which changes no user, but names user {name}",
                    e.seq
                ),
            ));
        }
        let adds = matches!(
            kind_parsed,
            Some(EventKind::UserEnrolled | EventKind::UserAdded)
        );
        let finding = match (adds, self.users.contains_key(&user)) {
            (true, true) => Some(format!(
                "event seq {}: {kind} for {name}, who was already on the ledger",
                e.seq
            )),
            (false, false) => Some(format!(
                "event seq {}: {kind} for {name}, whom no earlier event added",
                e.seq
            )),
            _ => None,
        };
        self.users.insert(user, (role.to_string(), active));
        finding.map(|m| Finding::of_event(FindingKind::LineInconsistent, e, m))
    }
}
