//! The stays dwell measures, read from the ledger when asked.
//!
//! Stock is *held* at a location while its status is `in_stock` or `quarantined` there. A stay
//! starts with the line that makes a pack (or a lot quantity) held at a location it was not
//! held at, and ends with the line that makes it no longer held there: moved elsewhere,
//! dispensed, destroyed, returned, missing. A status change in place (quarantined where it
//! stands, released) neither ends nor starts one.
//!
//! A pack's stay is its departure line and its latest arrival line before it, both found
//! through the pack's own lines (index `event_line_serial`). A lot's quantities are matched
//! first in, first out per location, over the lot's whole history (index `event_line_lot`); the
//! same pass leaves the quantities still held, with the day each arrived, for the waiting list.

use std::collections::{BTreeSet, HashMap, VecDeque};

use chrono::NaiveDate;
use rusqlite::params;

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

use super::Scope;

/// A stay that ended: where, what, and how long, for how many units.
#[derive(Debug, Clone)]
pub(super) struct Stay {
    pub(super) location: LocationId,
    pub(super) product: ProductId,
    /// The pack's serial, or none for a lot quantity.
    pub(super) serial: Option<String>,
    pub(super) lot: Option<String>,
    /// Units (1 for a pack).
    pub(super) quantity: u64,
    /// Length in minutes.
    pub(super) minutes: f64,
}

/// A lot quantity held now, and since when.
#[derive(Debug, Clone)]
pub(super) struct HeldLot {
    pub(super) location: LocationId,
    pub(super) product: ProductId,
    pub(super) lot: String,
    pub(super) quantity: u64,
    /// The local day the oldest of it arrived.
    pub(super) since: NaiveDate,
}

/// Held at a location: the SQL condition on a line's status.
const HELD: &str = "('in_stock', 'quarantined')";

/// Departures of packs in the UTC bounds, each with its stay's length in minutes (from the
/// pack's latest arrival at that location before it).
fn pack_departures() -> String {
    format!(
        "SELECT d.location_before, d.product_id, d.serial, d.lot,
            date(e.occurred_at, printf('%+d minutes', e.occurred_offset)),
            (julianday(e.occurred_at) - julianday((
                SELECT ae.occurred_at FROM event_line a JOIN event ae ON ae.seq = a.event_seq
                 WHERE a.product_id = d.product_id AND a.serial = d.serial
                   AND a.serial IS NOT NULL AND a.event_seq < d.event_seq
                   AND a.location_after = d.location_before AND a.status_after IN {HELD}
                   AND NOT (a.location_before IS a.location_after AND a.status_before IN {HELD})
                 ORDER BY a.event_seq DESC LIMIT 1))) * 1440.0
        FROM event e JOIN event_line d ON d.event_seq = e.seq
        WHERE e.occurred_at >= ?1 AND e.occurred_at < ?2
          AND d.serial IS NOT NULL AND d.location_before IS NOT NULL
          AND d.status_before IN {HELD}
          AND NOT (d.location_after IS d.location_before AND d.status_after IN {HELD})
          AND (?3 IS NULL OR d.location_before = ?3) AND (?4 IS NULL OR d.product_id = ?4)"
    )
}

/// The lots with a quantity leaving a location in the UTC bounds, and those held now.
fn lots_to_trace() -> String {
    format!(
        "SELECT DISTINCT d.product_id, d.lot
        FROM event e JOIN event_line d ON d.event_seq = e.seq
        WHERE e.occurred_at >= ?1 AND e.occurred_at < ?2
          AND d.serial IS NULL AND d.lot IS NOT NULL AND d.location_before IS NOT NULL
          AND d.status_before IN {HELD}
          AND (?3 IS NULL OR d.location_before = ?3) AND (?4 IS NULL OR d.product_id = ?4)
        UNION
        SELECT product_id, lot FROM lot_stock
        WHERE status IN {HELD} AND quantity > 0
          AND (?3 IS NULL OR location_id = ?3) AND (?4 IS NULL OR product_id = ?4)"
    )
}

/// A lot's lines, oldest first.
const LOT_LINES: &str = "SELECT l.location_before, l.status_before, l.location_after,
        l.status_after, l.quantity, julianday(e.occurred_at),
        date(e.occurred_at, printf('%+d minutes', e.occurred_offset))
    FROM event_line l JOIN event e ON e.seq = l.event_seq
    WHERE l.product_id = ?1 AND l.lot = ?2 AND l.serial IS NULL
    ORDER BY l.event_seq, l.line_no";

/// Whether a status holds stock at a location.
fn held(status: Option<&str>) -> bool {
    matches!(status, Some("in_stock" | "quarantined"))
}

impl Store {
    /// The stays of packs that ended on a day of the scope's period, at its location and of
    /// its product when it names them.
    pub(super) fn pack_stays(&self, scope: &Scope) -> CoreResult<Vec<Stay>> {
        let (from, to) = scope.utc_bounds();
        let mut stmt = self.conn().prepare_cached(&pack_departures())?;
        let mut rows = stmt.query(params![
            from,
            to,
            scope.location.as_ref().map(|l| l.id.0),
            scope.product.as_ref().map(|p| p.id.0)
        ])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let day = r.get::<_, String>(4)?.parse::<NaiveDate>().ok();
            let minutes: Option<f64> = r.get(5)?;
            // A pack that was never seen arriving (it entered before the ledger) has no stay.
            let (Some(minutes), true) = (minutes, day.is_some_and(|d| scope.covers(d))) else {
                continue;
            };
            out.push(Stay {
                location: LocationId(r.get(0)?),
                product: ProductId(r.get(1)?),
                serial: Some(r.get(2)?),
                lot: r.get(3)?,
                quantity: 1,
                minutes: minutes.max(0.0),
            });
        }
        Ok(out)
    }

    /// The stays of lot quantities that ended in the period, and the lot quantities held now,
    /// each traced first in, first out over its lot's whole history.
    pub(super) fn lot_stays(&self, scope: &Scope) -> CoreResult<(Vec<Stay>, Vec<HeldLot>)> {
        let (from, to) = scope.utc_bounds();
        let location = scope.location.as_ref().map(|l| l.id);
        let product = scope.product.as_ref().map(|p| p.id);
        let mut lots = BTreeSet::new();
        {
            let mut stmt = self.conn().prepare_cached(&lots_to_trace())?;
            let mut rows = stmt.query(params![
                from,
                to,
                location.map(|l| l.0),
                product.map(|p| p.0)
            ])?;
            while let Some(r) = rows.next()? {
                lots.insert((ProductId(r.get(0)?), r.get::<_, String>(1)?));
            }
        }
        let mut stays = Vec::new();
        let mut held_now = Vec::new();
        for (product, lot) in lots {
            let mut trace = LotTrace::default();
            let mut stmt = self.conn().prepare_cached(LOT_LINES)?;
            let mut rows = stmt.query(params![product.0, lot])?;
            while let Some(r) = rows.next()? {
                let Some(day) = r.get::<_, String>(6)?.parse::<NaiveDate>().ok() else {
                    continue;
                };
                let before = r.get::<_, Option<String>>(1)?;
                let after = r.get::<_, Option<String>>(3)?;
                let line = LotLine {
                    from: held(before.as_deref())
                        .then_some(())
                        .and(r.get::<_, Option<i64>>(0)?),
                    to: held(after.as_deref())
                        .then_some(())
                        .and(r.get::<_, Option<i64>>(2)?),
                    quantity: r.get::<_, i64>(4)?.max(0) as u64,
                    at: r.get(5)?,
                    day,
                };
                for (loc, quantity, minutes) in trace.apply(&line) {
                    let at_place = location.is_none_or(|l| l.0 == loc);
                    if at_place && scope.covers(line.day) {
                        stays.push(Stay {
                            location: LocationId(loc),
                            product,
                            serial: None,
                            lot: Some(lot.clone()),
                            quantity,
                            minutes,
                        });
                    }
                }
            }
            for (loc, queue) in trace.held {
                let quantity: u64 = queue.iter().map(|a| a.quantity).sum();
                let at_place = location.is_none_or(|l| l.0 == loc);
                if let (Some(oldest), true) = (queue.front(), at_place && quantity > 0) {
                    held_now.push(HeldLot {
                        location: LocationId(loc),
                        product,
                        lot: lot.clone(),
                        quantity,
                        since: oldest.day,
                    });
                }
            }
        }
        Ok((stays, held_now))
    }
}

/// One line of a lot: the location it leaves and the one it arrives at (each only when held
/// there), how much, and when.
struct LotLine {
    from: Option<i64>,
    to: Option<i64>,
    quantity: u64,
    /// Julian day of the instant (fractional).
    at: f64,
    day: NaiveDate,
}

/// A quantity that arrived at a location and is still there.
struct Arrival {
    quantity: u64,
    at: f64,
    day: NaiveDate,
}

/// A lot's quantities held per location, oldest arrival first.
#[derive(Default)]
struct LotTrace {
    held: HashMap<i64, VecDeque<Arrival>>,
}

impl LotTrace {
    /// Applies a line; the stays it ends, as (location, units, minutes).
    fn apply(&mut self, line: &LotLine) -> Vec<(i64, u64, f64)> {
        let mut ended = Vec::new();
        if line.from == line.to {
            return ended;
        }
        if let Some(loc) = line.from {
            let queue = self.held.entry(loc).or_default();
            let mut left = line.quantity;
            while left > 0 {
                let Some(front) = queue.front_mut() else {
                    break;
                };
                let take = left.min(front.quantity);
                ended.push((loc, take, ((line.at - front.at) * 1440.0).max(0.0)));
                front.quantity -= take;
                left -= take;
                if front.quantity == 0 {
                    queue.pop_front();
                }
            }
        }
        if let Some(loc) = line.to {
            self.held.entry(loc).or_default().push_back(Arrival {
                quantity: line.quantity,
                at: line.at,
                day: line.day,
            });
        }
        ended
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(from: Option<i64>, to: Option<i64>, quantity: u64, at: f64) -> LotLine {
        LotLine {
            from,
            to,
            quantity,
            at,
            day: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
        }
    }

    #[test]
    fn a_lot_leaves_first_in_first_out_and_a_move_in_place_ends_nothing() {
        let mut t = LotTrace::default();
        assert!(t.apply(&line(None, Some(1), 10, 0.0)).is_empty());
        assert!(t.apply(&line(None, Some(1), 5, 2.0)).is_empty());
        assert!(t.apply(&line(Some(1), Some(1), 3, 2.5)).is_empty());
        // Twelve leave after three days: the ten of day 0 (3 days), two of day 2 (1 day).
        let ended = t.apply(&line(Some(1), Some(2), 12, 3.0));
        assert_eq!(ended, vec![(1, 10, 3.0 * 1440.0), (1, 2, 1440.0)]);
        let left: Vec<u64> = t.held[&1].iter().map(|a| a.quantity).collect();
        assert_eq!(left, vec![3]);
        assert_eq!(t.held[&2].front().map(|a| a.quantity), Some(12));
    }
}
