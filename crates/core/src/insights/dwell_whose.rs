//! Dwell `--supplier`: the three reads it needs, side by side. The packs and lots the supplier
//! sent first ([`received_first_from`]), the stock held since before the threshold, and the
//! period's ended stays with the pack or lot each was of do not depend on one another, so each
//! is read on a connection of its own, in a thread of its own; only then is each stay and each
//! held pack or lot looked up. The ended stays are kept meanwhile in [`Whose`]: their lengths,
//! and their serials and lot codes one after the other in one string (1.3 million stays of a
//! hospital's year, no `String` each). The lookups are split between two threads too.
//!
//! Without a second connection (it cannot be opened) the three run one after the other on the
//! store's, and the lookups in one thread: the same answer.

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

use super::dwell_stays::{
    held_since_before, length, optional_text, second_reader, Length, Waiting, ENDED_WHOSE,
};
use super::received_from::{received_first_from, ReceivedFrom};
use super::Scope;

/// What a stay was of: a pack, a lot, or (a line with neither) nothing anyone sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Pack,
    Lot,
    Neither,
}

/// The period's ended stays, each with the serial or lot code of its stock, in the order read.
#[derive(Debug, Default)]
pub(super) struct Whose {
    lengths: Vec<Length>,
    /// Each stay's code, one after the other.
    codes: String,
    /// Where each stay's code ends in `codes`, and what it is.
    ends: Vec<(usize, Kind)>,
}

impl Whose {
    /// Keeps a stay and its pack's serial or its lot's code.
    pub(super) fn push(&mut self, length: Length, serial: Option<&str>, lot: Option<&str>) {
        let kind = match (serial, lot) {
            (Some(serial), _) => {
                self.codes.push_str(serial);
                Kind::Pack
            }
            (None, Some(lot)) => {
                self.codes.push_str(lot);
                Kind::Lot
            }
            (None, None) => Kind::Neither,
        };
        self.lengths.push(length);
        self.ends.push((self.codes.len(), kind));
    }

    /// The lengths of stays `from..to` whose stock the supplier sent first.
    fn theirs_among(&self, from: usize, to: usize, theirs: &ReceivedFrom) -> Vec<Length> {
        let mut start = match from.checked_sub(1) {
            Some(before) => self.ends[before].0,
            None => 0,
        };
        let mut out = Vec::new();
        for (length, &(end, kind)) in self.lengths[from..to].iter().zip(&self.ends[from..to]) {
            let code = self.codes.get(start..end);
            start = end;
            let (serial, lot) = match kind {
                Kind::Pack => (code, None),
                Kind::Lot => (None, code),
                Kind::Neither => continue,
            };
            if theirs.contains(length.product, serial, lot) {
                out.push(*length);
            }
        }
        out
    }

    /// The lengths of the stays whose stock the supplier sent first, looked up in two halves
    /// side by side (a thread each) when `parallel`.
    pub(super) fn theirs(&self, theirs: &ReceivedFrom, parallel: bool) -> Vec<Length> {
        let all = self.lengths.len();
        if !parallel || all < 2 {
            return self.theirs_among(0, all, theirs);
        }
        let half = all / 2;
        std::thread::scope(|threads| {
            let second = threads.spawn(move || self.theirs_among(half, all, theirs));
            let mut out = self.theirs_among(0, half, theirs);
            let second = second
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            out.extend(second);
            out
        })
    }
}

impl Store {
    /// The period's ended stays, as [`Store::ended_lengths`], each with its pack's serial or
    /// its lot's code (for `--supplier`: [`Whose`]).
    pub(super) fn ended_whose(&self, scope: &Scope) -> CoreResult<Whose> {
        let mut out = Whose::default();
        self.each_ended(scope, ENDED_WHOSE, |r| {
            out.push(length(r)?, optional_text(r, 4)?, optional_text(r, 5)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// The lengths of the period's ended stays and the stock held since before `cutoff`, both
    /// of what `supplier` sent first: the three reads side by side when two more connections
    /// open, else one after the other.
    pub(super) fn whose_lengths_and_waiting(
        &self,
        scope: &Scope,
        cutoff: NaiveDate,
        supplier: PartnerId,
    ) -> CoreResult<(Waiting, Vec<Length>)> {
        let readers = receipts_reader(self.path()).zip(second_reader(self.path()));
        self.whose_on(scope, cutoff, supplier, readers)
    }

    /// [`Store::whose_lengths_and_waiting`] with the two more connections given, or none.
    fn whose_on(
        &self,
        scope: &Scope,
        cutoff: NaiveDate,
        supplier: PartnerId,
        readers: Option<(Connection, Connection)>,
    ) -> CoreResult<(Waiting, Vec<Length>)> {
        let parallel = readers.is_some();
        let (theirs, mut waiting, whose) = match readers {
            Some((receipts, held)) => {
                self.read_side_by_side(scope, cutoff, supplier, receipts, held)?
            }
            None => (
                received_first_from(self.conn(), supplier)?,
                held_since_before(self.conn(), scope, cutoff, None)?,
                self.ended_whose(scope)?,
            ),
        };
        waiting
            .held
            .retain(|h| theirs.contains(h.product, h.serial.as_deref(), h.lot.as_deref()));
        waiting.total = waiting.held.len() as u64;
        waiting.units = waiting.held.iter().map(|h| h.quantity).sum();
        let lengths = whose.theirs(&theirs, parallel);
        Ok((waiting, lengths))
    }

    /// The supplier's packs and lots on `receipts`, the held stock on `held` (each in a thread
    /// of its own) and the ended stays on the store's connection.
    fn read_side_by_side(
        &self,
        scope: &Scope,
        cutoff: NaiveDate,
        supplier: PartnerId,
        receipts: Connection,
        held: Connection,
    ) -> CoreResult<(ReceivedFrom, Waiting, Whose)> {
        std::thread::scope(|threads| {
            let theirs = threads.spawn(move || received_first_from(&receipts, supplier));
            let waiting = threads.spawn(move || held_since_before(&held, scope, cutoff, None));
            let whose = self.ended_whose(scope);
            let theirs = theirs
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            let waiting = waiting
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Ok((theirs?, waiting?, whose?))
        })
    }
}

/// The connection `receipt` is read on: a [`second_reader`] reading through SQLite's page
/// cache instead of the mapping. The table's pages lie scattered through the file (the appender
/// wrote them beside everything else), and a fault on a mapped page maps its neighbours too: a
/// hospital's scan mapped 1.1 GB for the table's 76 MB. Its indexes (migration 0036) are read
/// now, not the table; through the mapping or not made no difference to them.
fn receipts_reader(path: &Path) -> Option<Connection> {
    let conn = second_reader(path)?;
    conn.pragma_update(None, "mmap_size", 0).ok()?;
    Some(conn)
}

#[cfg(test)]
mod tests {
    use chrono::Days;

    use crate::insights::Period;

    use super::*;

    /// The stays that ended in the period and whose stock `theirs` holds, read one by one.
    fn ended_one_by_one(store: &Store, scope: &Scope, theirs: &ReceivedFrom) -> Vec<Length> {
        let mut stmt = store
            .conn()
            .prepare(
                "SELECT location_id, product_id, quantity, seconds, serial, lot FROM stay
                 WHERE departs = 1 AND until_day >= ?1 AND until_day <= ?2",
            )
            .expect("a statement");
        let rows = stmt
            .query_map(
                [scope.period.from.to_string(), scope.period.to.to_string()],
                |r| {
                    let length = Length {
                        location: LocationId(r.get(0)?),
                        product: ProductId(r.get(1)?),
                        quantity: r.get::<_, i64>(2)? as u64,
                        seconds: r.get::<_, i64>(3)? as u64,
                    };
                    Ok((length, r.get::<_, Option<String>>(4)?, r.get(5)?))
                },
            )
            .expect("the stays")
            .collect::<Result<Vec<(Length, Option<String>, Option<String>)>, _>>()
            .expect("each stay");
        rows.into_iter()
            .filter(|(l, serial, lot)| {
                theirs.contains(l.product, serial.as_deref(), lot.as_deref())
            })
            .map(|(l, _, _)| l)
            .collect()
    }

    #[test]
    fn side_by_side_gives_what_one_after_the_other_and_each_stay_alone_give() {
        let (_dir, store, now) = crate::demo::small_for_tests();
        let today = now.local_date();
        let scope = Scope {
            period: Period {
                from: today - Days::new(364),
                to: today,
            },
            today,
            location: None,
            product: None,
            supplier: None,
            older_than_days: 30,
        };
        let cutoff = today - Days::new(30);
        let suppliers: Vec<i64> = store
            .conn()
            .prepare("SELECT DISTINCT supplier_id FROM receipt WHERE supplier_id IS NOT NULL")
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .expect("the suppliers");
        assert!(suppliers.len() > 1, "the demo has several suppliers");
        for supplier in suppliers.into_iter().map(PartnerId) {
            let readers = receipts_reader(store.path()).zip(second_reader(store.path()));
            assert!(readers.is_some(), "two more connections open");
            let (waiting, mut lengths) = store
                .whose_on(&scope, cutoff, supplier, readers)
                .expect("side by side");
            let (alone, mut one_after) = store
                .whose_on(&scope, cutoff, supplier, None)
                .expect("one after the other");
            let theirs = received_first_from(store.conn(), supplier).expect("their stock");
            let mut each = ended_one_by_one(&store, &scope, &theirs);
            lengths.sort_unstable();
            one_after.sort_unstable();
            each.sort_unstable();
            assert!(lengths.len() > 100, "{supplier:?}: {}", lengths.len());
            assert_eq!(lengths, one_after, "{supplier:?}");
            assert_eq!(lengths, each, "{supplier:?}");
            assert!(waiting.total > 0, "{supplier:?} has stock waiting");
            assert_eq!((waiting.total, waiting.units), (alone.total, alone.units));
            assert_eq!(format!("{:?}", waiting.held), format!("{:?}", alone.held));
        }
    }
}
