//! The current state kept beside the ledger: each line an appender records is applied to the
//! pack (`unit`), lot stock (`lot_stock`), lot (`lot_info`), consumption, stay and daily stock
//! change tables in the same transaction, and refused when its "before" is not what those tables hold, so they can never
//! drift from the ledger silently.

use std::collections::{BTreeMap, HashSet};

use rusqlite::{params, CachedStatement, Transaction};

use crate::error::{CoreError, CoreResult};
use crate::ledger::event::{NewEvent, NewLine, Place};
use crate::ledger::receipt::{self, ReceiptRow};
use crate::ledger::stays::{self, sql::SqlStays, Instant, StayKey, StayLine};
use crate::model::{LocationId, ProductId, Timestamp, UnitStatus};

/// The statements that apply lines, prepared once per appender (the hot path of every scan and
/// bulk import; a pack's, [`INSERT_UNIT`], [`MOVE_UNIT`] and [`UPDATE_UNIT`], from the
/// connection's cache when a pack line needs them), and the lots this transaction has already
/// recorded.
pub(super) struct Projection<'t> {
    add_lot: CachedStatement<'t>,
    take_lot: CachedStatement<'t>,
    drop_empty_lot: CachedStatement<'t>,
    insert_lot_info: CachedStatement<'t>,
    add_consumption: CachedStatement<'t>,
    /// Prepared at the first line: migration 0010's enrolment appends (lineless) events before
    /// migration 0028 made the table.
    stays: Option<SqlStays<'t>>,
    conn: &'t rusqlite::Connection,
    known_lots: HashSet<(ProductId, String)>,
    /// What the current event's lines put in stock or take out of it, by (product, location,
    /// local day), written when the event ends ([`Projection::end_event`]).
    stock_changes: BTreeMap<(i64, i64, String), i64>,
}

/// One line being applied: what it says, where it stands in its event, and its expiry as stored.
pub(super) struct Applied<'l> {
    /// The event's sequence number.
    pub(super) seq: i64,
    /// The line's number in the event, from 1.
    pub(super) line_no: usize,
    /// The line.
    pub(super) line: &'l NewLine,
    /// Its expiry as stored (`YYYY-MM-DD`).
    pub(super) expiry: Option<&'l str>,
    /// When the event occurred (its local day is the consumption's day).
    pub(super) occurred_at: Timestamp,
    /// The event (its kind, place and counterparty make a receipt).
    pub(super) event: &'l NewEvent,
}

impl Applied<'_> {
    /// A refusal saying the line's "before" no longer holds: someone else moved the stock
    /// between the check and the commit, so the person scans again.
    fn stale(&self, code: &'static str) -> CoreError {
        CoreError::refused(code).arg("line", self.line_no)
    }
}

/// A pack first seen: its row, with its first event as its last.
const INSERT_UNIT: &str =
    "INSERT INTO unit (product_id, serial, lot, expiry, status, location_id, last_event_seq,
        last_at_unix, last_offset, last_reference, last_counterparty_id)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

/// A pack moved from where the line says it was, its lot and expiry as the row holds them: the
/// line names none, or the same. The statement leaves both columns out, so SQLite leaves
/// `unit_expiry` (product, serial, expiry) alone, the only index on `unit` with the expiry and
/// no column a move sets: a page fewer per dispense. No row changes otherwise, and
/// [`UPDATE_UNIT`] is tried.
const MOVE_UNIT: &str = "UPDATE unit SET status = ?3, location_id = ?4, last_event_seq = ?7,
        last_at_unix = ?10, last_offset = ?11, last_reference = ?12, last_counterparty_id = ?13
    WHERE product_id = ?1 AND serial = ?2 AND status = ?8 AND location_id IS ?9
      AND (?5 IS NULL OR lot IS ?5) AND (?6 IS NULL OR expiry IS ?6)";

/// A pack moved from where the line says it was, with the lot and expiry it names where it
/// names them (no row changes otherwise: the line is stale).
const UPDATE_UNIT: &str = "UPDATE unit SET status = ?3, location_id = ?4, lot = coalesce(?5, lot),
        expiry = coalesce(?6, expiry), last_event_seq = ?7,
        last_at_unix = ?10, last_offset = ?11, last_reference = ?12, last_counterparty_id = ?13
    WHERE product_id = ?1 AND serial = ?2 AND status = ?8 AND location_id IS ?9";

impl<'t> Projection<'t> {
    /// Prepares the statements in the appender's transaction.
    pub(super) fn prepare(tx: &'t Transaction<'t>) -> CoreResult<Self> {
        Ok(Projection {
            add_lot: tx.prepare_cached(
                "INSERT INTO lot_stock (product_id, lot, location_id, status, expiry, quantity) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (product_id, lot, location_id, status) DO UPDATE SET quantity = quantity + excluded.quantity, expiry = coalesce(excluded.expiry, expiry)",
            )?,
            take_lot: tx.prepare_cached(
                "UPDATE lot_stock SET quantity = quantity - ?5 WHERE product_id = ?1 AND lot = ?2 AND location_id = ?3 AND status = ?4 AND quantity >= ?5",
            )?,
            drop_empty_lot: tx.prepare_cached(
                "DELETE FROM lot_stock WHERE product_id = ?1 AND lot = ?2 AND location_id = ?3 AND status = ?4 AND quantity = 0",
            )?,
            insert_lot_info: tx.prepare_cached(
                "INSERT INTO lot_info (product_id, lot, expiry, first_event_seq) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
            )?,
            add_consumption: tx.prepare_cached(
                "INSERT INTO consumption (product_id, location_id, day, quantity) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (product_id, location_id, day) DO UPDATE SET quantity = quantity + excluded.quantity",
            )?,
            stays: None,
            conn: tx,
            known_lots: HashSet::new(),
            stock_changes: BTreeMap::new(),
        })
    }

    /// Applies one line: the lot it names, the pack or the lot quantity it moves, what it
    /// dispenses to the day's consumption, and what it puts in stock or takes out to the day's
    /// stock change (written when the event ends, [`Projection::end_event`]).
    pub(super) fn apply(&mut self, a: &Applied<'_>) -> CoreResult<()> {
        self.note_lot(a)?;
        match &a.line.serial {
            Some(serial) => self.move_pack(a, serial)?,
            None => self.move_quantity(a)?,
        }
        self.count_consumption(a)?;
        self.count_stock_change(a);
        self.note_receipt(a)?;
        self.keep_stays(a)
    }

    /// Records the line as a receipt when it is an arrival (`ledger::receipt`). Prepared here
    /// for the reason [`Projection::end_event`] gives.
    fn note_receipt(&mut self, a: &Applied<'_>) -> CoreResult<()> {
        let (l, e) = (a.line, a.event);
        let Some(duplicate) = receipt::arrival(
            e.kind.as_str(),
            e.counterparty.map(|p| p.0),
            l.serial.as_deref(),
            l.before.map(|p| p.status.as_str()),
        ) else {
            return Ok(());
        };
        let row = ReceiptRow {
            day: a.occurred_at.local_date().to_string(),
            event_seq: a.seq,
            line_no: i64::try_from(a.line_no).unwrap_or(i64::MAX),
            supplier: e.counterparty.map(|p| p.0),
            location: e.location.map(|x| x.0),
            product: l.product.0,
            serial: l.serial.clone(),
            lot: l.lot.clone(),
            expiry: a.expiry.map(str::to_string),
            quantity: l.quantity,
            unit_cost_cents: l.unit_cost_cents,
            duplicate,
        };
        let mut insert = self.conn.prepare_cached(receipt::INSERT_ROW)?;
        receipt::insert_row(&mut insert, &row)
    }

    /// Adds what the line puts in stock at a location, and takes what it takes out of stock
    /// there, to that location's stock change on the day the event occurred (local time), which
    /// the consumption trends read. Added up over the event's lines and written once per
    /// (product, location, day) when the event ends: a receipt of a dozen packs is one row
    /// written, not a dozen times the same one.
    fn count_stock_change(&mut self, a: &Applied<'_>) {
        let l = a.line;
        let in_stock = |p: Option<Place>| match p {
            Some(Place {
                status: UnitStatus::InStock,
                location: Some(at),
            }) => Some(at),
            _ => None,
        };
        let changes = [
            (in_stock(l.before), -l.quantity),
            (in_stock(l.after), l.quantity),
        ];
        for (at, change) in changes {
            if let Some(at) = at {
                let day = a.occurred_at.local_date().to_string();
                *self
                    .stock_changes
                    .entry((l.product.0, at.0, day))
                    .or_default() += change;
            }
        }
    }

    /// Starts an event's lines: nothing is left of an event refused part way.
    pub(super) fn start_event(&mut self) {
        self.stock_changes.clear();
    }

    /// Writes the event's stock changes (see [`Projection::count_stock_change`]): every
    /// (product, location, day) a line touched, its net change added, even when that is
    /// nothing (the row is kept as a line-by-line count would leave it). Prepared here rather
    /// than with the others: migration 0010's enrolment appends (lineless) events before
    /// migration 0031 made the table.
    pub(super) fn end_event(&mut self) -> CoreResult<()> {
        if self.stock_changes.is_empty() {
            return Ok(());
        }
        let mut add = self.conn.prepare_cached(
            "INSERT INTO stock_change (product_id, location_id, day, quantity) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (product_id, location_id, day) DO UPDATE SET quantity = quantity + excluded.quantity",
        )?;
        for ((product, location, day), change) in std::mem::take(&mut self.stock_changes) {
            add.execute(params![product, location, day, change])?;
        }
        Ok(())
    }

    /// Closes and opens the stays the line ends and begins (`ledger::stays`).
    fn keep_stays(&mut self, a: &Applied<'_>) -> CoreResult<()> {
        let l = a.line;
        let key = match (&l.serial, &l.lot) {
            (Some(serial), _) => StayKey::Pack(l.product.0, serial.clone()),
            (None, Some(lot)) => StayKey::Lot(l.product.0, lot.clone()),
            (None, None) => return Ok(()),
        };
        let side = |p: Option<Place>| {
            (
                p.map(|p| p.status.as_str()),
                p.and_then(|p| p.location).map(|x| x.0),
            )
        };
        let line = StayLine::new(
            key,
            l.quantity,
            side(l.before),
            side(l.after),
            Instant::of(a.seq, a.occurred_at),
        );
        let rows = match &mut self.stays {
            Some(rows) => rows,
            None => self.stays.insert(SqlStays::prepare(self.conn)?),
        };
        stays::apply(rows, &line)
    }

    /// Records a lot the first time the ledger sees it, with the expiry it was first seen with.
    fn note_lot(&mut self, a: &Applied<'_>) -> CoreResult<()> {
        let l = a.line;
        if let Some(lot) = &l.lot {
            // Most lines repeat a lot this transaction has already recorded.
            let key = (l.product, lot.clone());
            if !self.known_lots.contains(&key) {
                self.insert_lot_info
                    .execute(params![l.product.0, lot, a.expiry, a.seq])?;
                self.known_lots.insert(key);
            }
        }
        Ok(())
    }

    /// Moves one pack: a new one is inserted (refused when the site already knows it), a known
    /// one is moved only from where the line says it was.
    fn move_pack(&mut self, a: &Applied<'_>, serial: &str) -> CoreResult<()> {
        let l = a.line;
        let after = l
            .after
            .ok_or_else(|| a.stale("ledger.pack_line_without_status"))?;
        // The pack's copy of its last event (migration 0041): when, at what offset, its document
        // and its partner.
        let (at, offset) = (
            a.occurred_at.unix_seconds(),
            i64::from(a.occurred_at.offset_minutes()),
        );
        let (reference, partner) = (
            a.event.reference.as_deref(),
            a.event.counterparty.map(|p| p.0),
        );
        // Taken from the connection's cache here rather than prepared with the others: the
        // appender also runs inside migrations older than the columns these statements write
        // (0010's enrolment events, which have no lines).
        let Some(before) = l.before else {
            self.conn
                .prepare_cached(INSERT_UNIT)?
                .execute(params![
                    l.product.0,
                    serial,
                    l.lot,
                    a.expiry,
                    after.status.as_str(),
                    after.location.map(|x| x.0),
                    a.seq,
                    at,
                    offset,
                    reference,
                    partner,
                ])
                .map_err(|e| match e {
                    rusqlite::Error::SqliteFailure(f, _)
                        if f.code == rusqlite::ErrorCode::ConstraintViolation =>
                    {
                        a.stale("ledger.pack_already_known").arg("serial", serial)
                    }
                    e => e.into(),
                })?;
            return Ok(());
        };
        let moved = params![
            l.product.0,
            serial,
            after.status.as_str(),
            after.location.map(|x| x.0),
            l.lot,
            a.expiry,
            a.seq,
            before.status.as_str(),
            before.location.map(|x| x.0),
            at,
            offset,
            reference,
            partner,
        ];
        let mut n = self.conn.prepare_cached(MOVE_UNIT)?.execute(moved)?;
        if n == 0 {
            n = self.conn.prepare_cached(UPDATE_UNIT)?.execute(moved)?;
        }
        if n != 1 {
            return Err(a
                .stale("ledger.pack_moved")
                .arg("serial", serial)
                .arg("status", before.status.as_str()));
        }
        Ok(())
    }

    /// Moves a quantity of a lot: taken from where it was (refused when that place holds less),
    /// the emptied stock row dropped, and added where it goes.
    fn move_quantity(&mut self, a: &Applied<'_>) -> CoreResult<()> {
        let l = a.line;
        let lot = l
            .lot
            .as_deref()
            .ok_or_else(|| a.stale("ledger.quantity_line_without_lot"))?;
        if let Some(before) = l.before {
            let loc = before
                .location
                .ok_or_else(|| a.stale("ledger.lot_without_location"))?;
            self.take_quantity(a, lot, before, loc)?;
        }
        if let Some(Place {
            status,
            location: Some(loc),
        }) = l.after
        {
            self.add_lot.execute(params![
                l.product.0,
                lot,
                loc.0,
                status.as_str(),
                a.expiry,
                l.quantity
            ])?;
        }
        Ok(())
    }

    /// Takes the line's quantity of `lot` from `before` at `loc`.
    fn take_quantity(
        &mut self,
        a: &Applied<'_>,
        lot: &str,
        before: Place,
        loc: LocationId,
    ) -> CoreResult<()> {
        let l = a.line;
        let status = before.status.as_str();
        let n = self
            .take_lot
            .execute(params![l.product.0, lot, loc.0, status, l.quantity])?;
        if n != 1 {
            return Err(a
                .stale("ledger.lot_short")
                .arg("quantity", l.quantity)
                .arg("lot", lot)
                .arg("status", status));
        }
        self.drop_empty_lot
            .execute(params![l.product.0, lot, loc.0, status])?;
        Ok(())
    }

    /// Adds what the line dispenses from a location to that location's consumption on the day
    /// the event occurred (local time), which the reorder levels read.
    fn count_consumption(&mut self, a: &Applied<'_>) -> CoreResult<()> {
        let l = a.line;
        if let (
            Some(from),
            Some(Place {
                status: UnitStatus::Dispensed,
                ..
            }),
        ) = (l.before.and_then(|p| p.location), l.after)
        {
            self.add_consumption.execute(params![
                l.product.0,
                from.0,
                a.occurred_at.local_date().to_string(),
                l.quantity
            ])?;
        }
        Ok(())
    }
}
