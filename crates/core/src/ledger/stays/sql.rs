//! Stays in the table: the appender's rows ([`SqlStays`], in the transaction of each line), and
//! the table's rows read back for `verify` ([`read_row`]).

use rusqlite::{params, CachedStatement, Connection, Row, Statement};

use super::{held_status, End, Hold, Instant, OpenStay, StayKey, StayRow, StayRows};
use crate::error::CoreResult;

/// Inserts a row, open or closed.
pub(crate) const INSERT_ROW: &str = "INSERT INTO stay (product_id, serial, lot, location_id,
        status, quantity, held_seq, held_at, held_day, since_seq, since_day, until_seq, until_at,
        until_day, seconds, departs)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";

/// The columns [`read_row`] reads, in its order.
pub(crate) const STAY_COLUMNS: &str = "product_id, serial, lot, location_id, status, quantity,
    held_seq, held_at, held_day, since_seq, since_day, until_seq, until_at, until_day, seconds,
    departs";

/// The serial and lot columns of a key: a pack's serial, or a lot's lot.
fn columns(key: &StayKey) -> (Option<&str>, Option<&str>) {
    match key {
        StayKey::Pack(_, serial) => (Some(serial.as_str()), None),
        StayKey::Lot(_, lot) => (None, Some(lot.as_str())),
    }
}

/// Inserts `row` with a statement prepared from [`INSERT_ROW`].
pub(crate) fn insert_row(stmt: &mut Statement<'_>, row: &StayRow) -> CoreResult<()> {
    let (serial, lot) = columns(&row.key);
    let (until_seq, until_at, until_day, seconds, departs) = match &row.until {
        Some((u, seconds, departs)) => (
            Some(u.seq),
            Some(u.at.as_str()),
            Some(u.day.as_str()),
            Some(*seconds),
            *departs,
        ),
        None => (None, None, None, None, false),
    };
    stmt.execute(params![
        row.key.product(),
        serial,
        lot,
        row.hold.location,
        row.hold.status,
        row.quantity,
        row.held.seq,
        row.held.at,
        row.held.day,
        row.since.0,
        row.since.1,
        until_seq,
        until_at,
        until_day,
        seconds,
        departs
    ])?;
    Ok(())
}

/// A row selected with [`STAY_COLUMNS`]. A status no appender writes (the CHECK constraint keeps
/// them out) reads as `unknown`, which no rebuilt row has.
pub(crate) fn read_row(r: &Row<'_>) -> CoreResult<StayRow> {
    let product: i64 = r.get(0)?;
    let key = match (
        r.get::<_, Option<String>>(1)?,
        r.get::<_, Option<String>>(2)?,
    ) {
        (Some(serial), _) => StayKey::Pack(product, serial),
        (None, Some(lot)) => StayKey::Lot(product, lot),
        (None, None) => StayKey::Lot(product, String::new()),
    };
    let status: String = r.get(4)?;
    let status = held_status(Some(&status)).unwrap_or("unknown");
    let until = match r.get::<_, Option<i64>>(11)? {
        Some(seq) => Some((
            Instant {
                seq,
                at: r.get::<_, Option<String>>(12)?.unwrap_or_default(),
                day: r.get::<_, Option<String>>(13)?.unwrap_or_default(),
            },
            r.get::<_, Option<i64>>(14)?.unwrap_or_default(),
            r.get(15)?,
        )),
        None => None,
    };
    Ok(StayRow {
        key,
        hold: Hold {
            location: r.get(3)?,
            status,
        },
        quantity: r.get(5)?,
        held: Instant {
            seq: r.get(6)?,
            at: r.get(7)?,
            day: r.get(8)?,
        },
        since: (r.get(9)?, r.get(10)?),
        until,
    })
}

/// The appender's rows: the table, through statements prepared once per transaction.
pub(crate) struct SqlStays<'t> {
    open_pack: CachedStatement<'t>,
    open_lot: CachedStatement<'t>,
    close_whole: CachedStatement<'t>,
    shrink: CachedStatement<'t>,
    insert: CachedStatement<'t>,
}

/// An open row's columns, in [`open_stay`]'s order.
const OPEN_COLUMNS: &str = "id, quantity, held_seq, held_at, held_day, since_seq, since_day";

/// An open row selected with [`OPEN_COLUMNS`].
fn open_stay(r: &Row<'_>) -> rusqlite::Result<OpenStay> {
    Ok(OpenStay {
        id: r.get(0)?,
        quantity: r.get(1)?,
        held: Instant {
            seq: r.get(2)?,
            at: r.get(3)?,
            day: r.get(4)?,
        },
        since: (r.get(5)?, r.get(6)?),
    })
}

impl<'t> SqlStays<'t> {
    /// Prepares the statements on the appender's connection.
    pub(crate) fn prepare(conn: &'t Connection) -> CoreResult<SqlStays<'t>> {
        Ok(SqlStays {
            open_pack: conn.prepare_cached(&format!(
                "SELECT {OPEN_COLUMNS} FROM stay WHERE product_id = ?1 AND serial = ?2
                   AND location_id = ?3 AND status = ?4 AND until_seq IS NULL ORDER BY id"
            ))?,
            open_lot: conn.prepare_cached(&format!(
                "SELECT {OPEN_COLUMNS} FROM stay WHERE product_id = ?1 AND serial IS NULL
                   AND lot = ?2 AND location_id = ?3 AND status = ?4 AND until_seq IS NULL
                 ORDER BY id"
            ))?,
            close_whole: conn.prepare_cached(
                "UPDATE stay SET until_seq = ?2, until_at = ?3, until_day = ?4, seconds = ?5,
                    departs = ?6 WHERE id = ?1",
            )?,
            shrink: conn
                .prepare_cached("UPDATE stay SET quantity = quantity - ?2 WHERE id = ?1")?,
            insert: conn.prepare_cached(INSERT_ROW)?,
        })
    }
}

impl StayRows for SqlStays<'_> {
    fn open_at(&mut self, key: &StayKey, hold: Hold) -> CoreResult<Vec<OpenStay>> {
        let (stmt, name) = match key {
            StayKey::Pack(_, serial) => (&mut self.open_pack, serial),
            StayKey::Lot(_, lot) => (&mut self.open_lot, lot),
        };
        let rows = stmt.query_map(
            params![key.product(), name, hold.location, hold.status],
            open_stay,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn close(
        &mut self,
        key: &StayKey,
        hold: Hold,
        row: &OpenStay,
        taken: i64,
        end: &End,
    ) -> CoreResult<()> {
        let closed = end.closed(key, hold, row, taken);
        if taken >= row.quantity {
            let Some((until, seconds, departs)) = &closed.until else {
                return Ok(());
            };
            self.close_whole.execute(params![
                row.id, until.seq, until.at, until.day, seconds, departs
            ])?;
        } else {
            self.shrink.execute(params![row.id, taken])?;
            insert_row(&mut self.insert, &closed)?;
        }
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
        insert_row(
            &mut self.insert,
            &StayRow {
                key: key.clone(),
                hold,
                quantity,
                held: held.clone(),
                since: (since.seq, since.day.clone()),
                until: None,
            },
        )
    }
}
