//! Stays in memory: the rows the ledger's lines make, rebuilt by `verify` (and compared with the
//! table through [`Digests`]) and by migration 0028's step, which fills the table for the
//! ledger a database already holds ([`backfill`]).

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, VecDeque};
use std::hash::{Hash, Hasher};

use rusqlite::{params, Transaction};

use super::sql::insert_row;
use super::{apply, End, Hold, Instant, OpenStay, StayKey, StayLine, StayRow, StayRows};
use crate::error::CoreResult;
use crate::ledger::{StoredLine, LINE_COLUMNS};

/// The open rows, per whose and where, oldest first.
#[derive(Debug, Default)]
pub(crate) struct MemoryStays {
    open: HashMap<(StayKey, Hold), VecDeque<OpenStay>>,
    next_id: i64,
}

/// The rows in memory with where the closed ones go.
struct Sinking<'m, F> {
    stays: &'m mut MemoryStays,
    sink: F,
}

impl<F: FnMut(StayRow)> StayRows for Sinking<'_, F> {
    fn open_at(&mut self, key: &StayKey, hold: Hold) -> CoreResult<Vec<OpenStay>> {
        Ok(self
            .stays
            .open
            .get(&(key.clone(), hold))
            .map(|q| q.iter().cloned().collect())
            .unwrap_or_default())
    }

    fn close(
        &mut self,
        key: &StayKey,
        hold: Hold,
        row: &OpenStay,
        taken: i64,
        end: &End,
    ) -> CoreResult<()> {
        let place = (key.clone(), hold);
        if let Some(queue) = self.stays.open.get_mut(&place) {
            if let Some(i) = queue.iter().position(|r| r.id == row.id) {
                if taken >= queue[i].quantity {
                    queue.remove(i);
                } else {
                    queue[i].quantity -= taken;
                }
            }
            if queue.is_empty() {
                self.stays.open.remove(&place);
            }
        }
        (self.sink)(end.closed(key, hold, row, taken));
        Ok(())
    }

    fn open(
        &mut self,
        key: &StayKey,
        hold: Hold,
        quantity: i64,
        held: &Instant,
        since: &Instant,
    ) -> CoreResult<()> {
        self.stays.next_id += 1;
        self.stays
            .open
            .entry((key.clone(), hold))
            .or_default()
            .push_back(OpenStay {
                id: self.stays.next_id,
                quantity,
                held: held.clone(),
                since: (since.seq, since.day.clone()),
            });
        Ok(())
    }
}

impl MemoryStays {
    /// Applies a line; each row it closes goes to `sink`.
    pub(crate) fn apply_line(
        &mut self,
        line: &StayLine,
        sink: &mut impl FnMut(StayRow),
    ) -> CoreResult<()> {
        apply(&mut Sinking { stays: self, sink }, line)
    }

    /// The rows still open, each place's oldest first.
    pub(crate) fn into_open_rows(self) -> Vec<StayRow> {
        let mut open: Vec<((StayKey, Hold), VecDeque<OpenStay>)> = self.open.into_iter().collect();
        // Opened first, first: the table's ids keep each place's order.
        open.sort_by_key(|(_, q)| q.front().map_or(0, |r| r.id));
        open.into_iter()
            .flat_map(|((key, hold), queue)| {
                queue.into_iter().map(move |r| StayRow {
                    key: key.clone(),
                    hold,
                    quantity: r.quantity,
                    held: r.held,
                    since: r.since,
                    until: None,
                })
            })
            .collect()
    }
}

/// Rows counted and hashed per group (a product, or a pack or a lot; a day of receipts), in no
/// order: two sets of rows with the same digest are the same rows, whatever order they were read
/// in.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Digests<G: Hash + Eq> {
    pub(crate) groups: HashMap<G, (u64, u64)>,
}

impl<G: Hash + Eq> Digests<G> {
    /// Adds a row to its group.
    pub(crate) fn add(&mut self, group: G, row: &impl Hash) {
        let mut h = DefaultHasher::new();
        row.hash(&mut h);
        let d = self.groups.entry(group).or_default();
        d.0 += 1;
        d.1 = d.1.wrapping_add(h.finish());
    }
}

/// Migration 0028's step: every line of the ledger so far, in recording order, made into rows.
/// Returns how many rows it wrote.
pub(crate) fn backfill(tx: &Transaction<'_>) -> CoreResult<u64> {
    let mut stays = MemoryStays::default();
    let mut written = 0u64;
    let mut insert = tx.prepare(super::sql::INSERT_ROW)?;
    let mut lines = tx.prepare(&format!(
        "SELECT {}, e.occurred_at, e.occurred_offset FROM event_line l JOIN event e ON e.seq = l.event_seq
         ORDER BY l.event_seq, l.line_no",
        LINE_COLUMNS
            .split(", ")
            .map(|c| format!("l.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    ))?;
    let mut rows = lines.query(params![])?;
    let mut failed = None;
    while let Some(r) = rows.next()? {
        let l = StoredLine::from_row(r)?;
        let utc: String = r.get(12)?;
        let offset: i64 = r.get(13)?;
        let Some(at) = Instant::stored(l.event_seq, &utc, offset) else {
            continue;
        };
        let Some(line) = StayLine::stored(&l, at) else {
            continue;
        };
        stays.apply_line(&line, &mut |row| {
            if failed.is_none() {
                match insert_row(&mut insert, &row) {
                    Ok(()) => written += 1,
                    Err(e) => failed = Some(e),
                }
            }
        })?;
    }
    if let Some(e) = failed {
        return Err(e);
    }
    for row in stays.into_open_rows() {
        insert_row(&mut insert, &row)?;
        written += 1;
    }
    Ok(written)
}
