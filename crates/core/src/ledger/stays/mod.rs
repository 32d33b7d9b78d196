//! Stays: where stock is held, since when and until when (table `stay`, migration 0028), kept
//! from the ledger's lines. One row is a stretch of a pack, or of a lot quantity, held at one
//! location in one held status (`in_stock`, `quarantined`); it is open while the stock is
//! there, and the line that moves the stock on or changes its status closes it. A status change
//! in place opens the next row with the same arrival (`held_*`); a line that takes the stock
//! away from the location `departs`, ending a stay whose length is `seconds`. A lot's quantities
//! leave first in, first out at their place.
//!
//! The rule is written once, [`apply`], over [`StayRows`]: the appender's rows are the table
//! itself ([`sql`]), the verification's and the migration's are in memory ([`memory`]), so what
//! `verify` rebuilds is what the appender wrote by construction, and any other difference is an
//! edit behind the ledger's back.

pub(crate) mod memory;
pub(crate) mod sql;

use chrono::{DateTime, Utc};

use crate::error::CoreResult;
use crate::ledger::StoredLine;
use crate::model::Timestamp;

/// A held status, as stored.
pub(crate) type Status = &'static str;

/// The held status a line's status names, if any.
pub(crate) fn held_status(status: Option<&str>) -> Option<Status> {
    match status {
        Some("in_stock") => Some("in_stock"),
        Some("quarantined") => Some("quarantined"),
        _ => None,
    }
}

/// Where stock is held: location and status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Hold {
    pub(crate) location: i64,
    pub(crate) status: Status,
}

impl Hold {
    /// The hold a line's side names: a held status at a location.
    fn of(status: Option<&str>, location: Option<i64>) -> Option<Hold> {
        Some(Hold {
            location: location?,
            status: held_status(status)?,
        })
    }
}

/// Whose stays: a pack (product and serial) or a lot's unserialized stock (product and lot).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum StayKey {
    /// A pack.
    Pack(i64, String),
    /// A lot's quantities.
    Lot(i64, String),
}

impl StayKey {
    /// The product.
    pub(crate) fn product(&self) -> i64 {
        match self {
            StayKey::Pack(p, _) | StayKey::Lot(p, _) => *p,
        }
    }
}

/// An instant of the ledger: the event's sequence number, its stored UTC text and local day.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Instant {
    pub(crate) seq: i64,
    /// As the event stores it (`occurred_at`).
    pub(crate) at: String,
    /// The local day it occurred on.
    pub(crate) day: String,
}

impl Instant {
    /// The instant of an event occurring at `at`.
    pub(crate) fn of(seq: i64, at: Timestamp) -> Instant {
        Instant {
            seq,
            at: at.utc_text(),
            day: at.local_date().to_string(),
        }
    }

    /// The instant of a stored event; none when its time cannot be read (its hash fails).
    pub(crate) fn stored(seq: i64, utc: &str, offset: i64) -> Option<Instant> {
        let t = Timestamp::from_stored(utc, i32::try_from(offset).ok()?)?;
        Some(Instant {
            seq,
            at: utc.to_string(),
            day: t.local_date().to_string(),
        })
    }

    /// Whole seconds from `self` to `later` (0 when unreadable or earlier).
    fn seconds_to(&self, later: &Instant) -> i64 {
        let parse = |s: &str| s.parse::<DateTime<Utc>>().ok();
        match (parse(&self.at), parse(&later.at)) {
            (Some(a), Some(b)) => (b - a).num_seconds().max(0),
            _ => 0,
        }
    }
}

/// A line as stays read it.
#[derive(Debug, Clone)]
pub(crate) struct StayLine {
    pub(crate) key: StayKey,
    pub(crate) quantity: i64,
    pub(crate) before: Option<Hold>,
    pub(crate) after: Option<Hold>,
    pub(crate) at: Instant,
}

impl StayLine {
    /// A stored line at its event's instant; none for a line that names neither a serial nor a
    /// lot (it moves nothing the tables hold).
    pub(crate) fn stored(l: &StoredLine, at: Instant) -> Option<StayLine> {
        let key = match (&l.serial, &l.lot) {
            (Some(s), _) => StayKey::Pack(l.product, s.clone()),
            (None, Some(lot)) => StayKey::Lot(l.product, lot.clone()),
            (None, None) => return None,
        };
        Some(StayLine {
            key,
            quantity: l.quantity,
            before: Hold::of(l.status_before.as_deref(), l.location_before),
            after: Hold::of(l.status_after.as_deref(), l.location_after),
            at,
        })
    }

    /// A line the appender records.
    pub(crate) fn new(
        key: StayKey,
        quantity: i64,
        before: (Option<&str>, Option<i64>),
        after: (Option<&str>, Option<i64>),
        at: Instant,
    ) -> StayLine {
        StayLine {
            key,
            quantity,
            before: Hold::of(before.0, before.1),
            after: Hold::of(after.0, after.1),
            at,
        }
    }
}

/// An open row: how much, when that stock arrived at the location, and when this stretch began.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OpenStay {
    /// The row's id in its store.
    pub(crate) id: i64,
    pub(crate) quantity: i64,
    pub(crate) held: Instant,
    /// Seq and local day the stretch began.
    pub(crate) since: (i64, String),
}

/// A row as stored, open or closed: what `verify` compares.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct StayRow {
    pub(crate) key: StayKey,
    pub(crate) hold: Hold,
    pub(crate) quantity: i64,
    pub(crate) held: Instant,
    /// Seq and local day the stretch began.
    pub(crate) since: (i64, String),
    /// When it ended, for how long the stay had lasted (seconds), and whether it departed.
    pub(crate) until: Option<(Instant, i64, bool)>,
}

/// Where rows are kept: the table, or memory.
pub(crate) trait StayRows {
    /// The open rows of `key` at `hold`, oldest first.
    fn open_at(&mut self, key: &StayKey, hold: Hold) -> CoreResult<Vec<OpenStay>>;
    /// Closes `taken` of an open row at `until`: all of it, or the part taken as a closed row
    /// of its own with the rest left open.
    fn close(
        &mut self,
        key: &StayKey,
        hold: Hold,
        row: &OpenStay,
        taken: i64,
        end: &End,
    ) -> CoreResult<()>;
    /// Opens a row.
    fn open(
        &mut self,
        key: &StayKey,
        hold: Hold,
        quantity: i64,
        held: &Instant,
        since: &Instant,
    ) -> CoreResult<()>;
}

/// How an open row ends.
#[derive(Debug, Clone)]
pub(crate) struct End {
    pub(crate) until: Instant,
    /// The stock left the location.
    pub(crate) departs: bool,
}

impl End {
    /// The closed row of `taken` of `row`.
    pub(crate) fn closed(&self, key: &StayKey, hold: Hold, row: &OpenStay, taken: i64) -> StayRow {
        StayRow {
            key: key.clone(),
            hold,
            quantity: taken,
            held: row.held.clone(),
            since: row.since.clone(),
            until: Some((
                self.until.clone(),
                row.held.seconds_to(&self.until),
                self.departs,
            )),
        }
    }
}

/// Applies one line to the rows: what it takes from a hold closes that much of the open rows
/// there, oldest first; what it puts at a hold opens a row, arriving now, or (a status change
/// at the same location) one per part closed, keeping each part's arrival. A line that keeps
/// its stock where and as it was changes nothing; stock never seen arriving has no row to close.
pub(crate) fn apply(rows: &mut impl StayRows, line: &StayLine) -> CoreResult<()> {
    if line.before == line.after || line.quantity <= 0 {
        return Ok(());
    }
    let in_place =
        matches!((line.before, line.after), (Some(b), Some(a)) if b.location == a.location);
    let mut carried = Vec::new();
    if let Some(from) = line.before {
        let end = End {
            until: line.at.clone(),
            departs: !in_place,
        };
        let mut left = line.quantity;
        for row in rows.open_at(&line.key, from)? {
            if left == 0 {
                break;
            }
            let taken = left.min(row.quantity);
            rows.close(&line.key, from, &row, taken, &end)?;
            carried.push((taken, row.held));
            left -= taken;
        }
    }
    if let Some(to) = line.after {
        if in_place {
            for (quantity, held) in &carried {
                rows.open(&line.key, to, *quantity, held, &line.at)?;
            }
        } else {
            rows.open(&line.key, to, line.quantity, &line.at, &line.at)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::memory::MemoryStays;
    use super::*;

    fn at(seq: i64, day: u32) -> Instant {
        Instant {
            seq,
            at: format!("2026-01-{day:02}T12:00:00.000000Z"),
            day: format!("2026-01-{day:02}"),
        }
    }

    fn hold(location: i64, status: Status) -> Option<Hold> {
        Some(Hold { location, status })
    }

    fn lot_line(q: i64, before: Option<Hold>, after: Option<Hold>, seq: i64, day: u32) -> StayLine {
        StayLine {
            key: StayKey::Lot(1, "L1".into()),
            quantity: q,
            before,
            after,
            at: at(seq, day),
        }
    }

    #[test]
    fn a_lot_leaves_first_in_first_out_and_a_quarantine_in_place_keeps_the_arrival() {
        let mut m = MemoryStays::default();
        let mut closed = Vec::new();
        let lines = [
            lot_line(10, None, hold(1, "in_stock"), 1, 1),
            lot_line(5, None, hold(1, "in_stock"), 2, 3),
            // Three quarantined where they stand on day 4: from the ten of day 1.
            lot_line(3, hold(1, "in_stock"), hold(1, "quarantined"), 3, 4),
            // Ten move to location 2 on day 5: the seven left of day 1, three of day 3.
            lot_line(10, hold(1, "in_stock"), hold(2, "in_stock"), 4, 5),
        ];
        for l in &lines {
            m.apply_line(l, &mut |r| closed.push(r)).unwrap();
        }
        let departed: Vec<(i64, i64)> = closed
            .iter()
            .filter_map(|r| r.until.as_ref().filter(|u| u.2).map(|u| (r.quantity, u.1)))
            .collect();
        assert_eq!(departed, vec![(7, 4 * 86_400), (3, 2 * 86_400)]);
        let open = m.into_open_rows();
        let quarantined: Vec<_> = open
            .iter()
            .filter(|r| r.hold.status == "quarantined")
            .collect();
        assert_eq!(quarantined.len(), 1);
        assert_eq!(
            (
                quarantined[0].quantity,
                quarantined[0].held.seq,
                quarantined[0].since.0
            ),
            (3, 1, 3)
        );
        let left: i64 = open
            .iter()
            .filter(|r| {
                r.hold
                    == Hold {
                        location: 1,
                        status: "in_stock",
                    }
            })
            .map(|r| r.quantity)
            .sum();
        assert_eq!(left, 2);
    }

    #[test]
    fn a_line_that_keeps_stock_as_it_was_changes_nothing() {
        let mut m = MemoryStays::default();
        let mut closed = Vec::new();
        m.apply_line(&lot_line(4, None, hold(1, "in_stock"), 1, 1), &mut |r| {
            closed.push(r)
        })
        .unwrap();
        m.apply_line(
            &lot_line(4, hold(1, "in_stock"), hold(1, "in_stock"), 2, 2),
            &mut |r| closed.push(r),
        )
        .unwrap();
        assert!(closed.is_empty());
        assert_eq!(m.into_open_rows().len(), 1);
    }
}
