//! The incremental verification: from the newest checkpoint, the chain is walked again from the
//! event it vouches for to the head (every hash, link and recorded time, the checkpoint event's
//! own included), noting what the lines touch; then only those projection rows are rebuilt and
//! compared. A touched pack or lot has its WHOLE history replayed, found through the line
//! indexes (`event_line_serial`, `event_line_lot`), so its row is checked exactly as a full
//! verification would; the same for the daily consumption and stock changes of each day touched (every event
//! that occurred that day, before the checkpoint or after) and each user named by a user event.
//! A lot's first expiry is the one exception: the first line naming a lot may be any of its
//! packs' (no index finds serialized lines by lot), so the lot table's own `first_event_seq` is
//! checked instead: that event must name the lot, and no line replayed here may name it
//! earlier; the expiry is then the first of those lines'. The cost is what was touched since the
//! checkpoint, never the ledger's length.

use std::collections::{BTreeSet, HashMap};

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};

use super::chain::{Head, Walked};
use super::compare::{self, Rows};
use super::replay::{Replayed, UnitKey};
use super::touched::Touched;
use super::{FindingKind, VerifyReport};
use crate::error::CoreResult;
use crate::ledger::stored::{Keys, StoredEvent, StoredLine, EVENT_COLUMNS, LINE_COLUMNS};
use crate::model::Timestamp;

/// A walk that starts at event `from` (included): each site's chain as it stood before it
/// (the last event's sequence number, stored hash and recorded time), found backwards from
/// there, so the cost does not grow with the history before.
pub(super) fn start(conn: &Connection, keys: &Keys, from: i64) -> CoreResult<Walked> {
    let before: i64 = conn.query_row(
        "SELECT coalesce(max(seq), 0) FROM event WHERE seq < ?1",
        [from],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare(
        "SELECT seq, hash, recorded_at FROM event WHERE site_id = ?1 AND seq <= ?2 ORDER BY seq DESC LIMIT 1",
    )?;
    let mut heads: HashMap<i64, Head> = HashMap::new();
    let mut recorded = HashMap::new();
    for site in keys.sites.keys() {
        let last: Option<(i64, Vec<u8>, String)> = stmt
            .query_row([*site, before], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        if let Some((seq, hash, at)) = last {
            // A stored hash that is not 32 bytes reads as the genesis hash: the next event's
            // link then fails, as in the full walk.
            let hash = hash.as_slice().try_into().unwrap_or(crate::ledger::GENESIS);
            heads.insert(*site, (seq, hash, 0));
            if let Some(at) = Timestamp::parse(&at) {
                recorded.insert(*site, at);
            }
        }
    }
    let touched = Touched {
        vouched: from,
        ..Touched::default()
    };
    Ok(Walked::continuing(before, heads, recorded, touched))
}

/// Reads events by sequence number, each once.
struct Events<'c> {
    stmt: rusqlite::Statement<'c>,
    read: HashMap<i64, Option<StoredEvent>>,
}

impl<'c> Events<'c> {
    fn new(conn: &'c Connection) -> CoreResult<Events<'c>> {
        Ok(Events {
            stmt: conn.prepare(&format!("SELECT {EVENT_COLUMNS} FROM event WHERE seq = ?1"))?,
            read: HashMap::new(),
        })
    }

    fn get(&mut self, seq: i64) -> CoreResult<Option<&StoredEvent>> {
        if !self.read.contains_key(&seq) {
            let e = self
                .stmt
                .query_row([seq], StoredEvent::from_row)
                .optional()?;
            self.read.insert(seq, e);
        }
        Ok(self.read.get(&seq).and_then(Option::as_ref))
    }
}

/// Every line of the packs and of the lots' unserialized stock, in recording order.
fn histories(
    conn: &Connection,
    packs: &BTreeSet<UnitKey>,
    lots: &BTreeSet<(i64, String)>,
) -> CoreResult<Vec<StoredLine>> {
    let mut by_pack = conn.prepare(&format!(
        "SELECT {LINE_COLUMNS} FROM event_line WHERE product_id = ?1 AND serial = ?2"
    ))?;
    let mut by_lot = conn.prepare(&format!(
        "SELECT {LINE_COLUMNS} FROM event_line WHERE product_id = ?1 AND lot = ?2 AND serial IS NULL"
    ))?;
    let mut lines = Vec::new();
    for (product, serial) in packs {
        for l in by_pack.query_map(rusqlite::params![product, serial], StoredLine::from_row)? {
            lines.push(l?);
        }
    }
    for (product, lot) in lots {
        for l in by_lot.query_map(rusqlite::params![product, lot], StoredLine::from_row)? {
            lines.push(l?);
        }
    }
    lines.sort_by_key(|l| (l.event_seq, l.line_no));
    Ok(lines)
}

/// Rebuilds and compares the rows the walk's lines touched: packs, lot stock and lots, the
/// days' consumption, stock changes and receipts, and the users. Records how many of each in the report.
pub(super) fn compare_touched(
    conn: &Connection,
    report: &mut VerifyReport,
    keys: &Keys,
    touched: Touched,
) -> CoreResult<()> {
    let packs = touched.packs;
    let mut state = Replayed {
        stays_per_key: true,
        ..Replayed::default()
    };
    let mut events = Events::new(conn)?;
    let lines = histories(conn, &packs, &touched.lots)?;
    let first_seen = first_seen(conn, report, keys, &lines, &touched.lots)?;
    for l in lines {
        match events.get(l.event_seq)? {
            Some(e) => report.note(state.replay_line(e, &l, keys)),
            None => report.add(
                FindingKind::OrphanLines,
                None,
                format!(
                    "a ledger line of event seq {} belongs to no event: the event was deleted",
                    l.event_seq
                ),
            ),
        }
    }
    state.lot_info = first_seen;
    let pack_keys: Vec<Vec<Value>> = packs
        .iter()
        .map(|(p, s)| vec![Value::Integer(*p), Value::Text(s.clone())])
        .collect();
    let lot_keys: Vec<Vec<Value>> = touched
        .lots
        .iter()
        .map(|(p, l)| vec![Value::Integer(*p), Value::Text(l.clone())])
        .collect();
    let by_pack = Rows::Keyed("product_id = ?1 AND serial = ?2", &pack_keys);
    let by_lot = Rows::Keyed("product_id = ?1 AND lot = ?2", &lot_keys);
    compare::compare_units(conn, report, keys, state.units, by_pack)?;
    compare::compare_lots(conn, report, keys, state.lots, by_lot)?;
    compare::compare_lot_info(conn, report, keys, state.lot_info, by_lot)?;
    let rebuilt = super::stays::Rebuilt {
        open: state.stays,
        closed: state.closed_stays,
        per_key: true,
    };
    let stays_of = [
        by_pack,
        Rows::Keyed("product_id = ?1 AND lot = ?2 AND serial IS NULL", &lot_keys),
    ];
    super::stays::compare_stays(conn, report, keys, rebuilt, &stays_of)?;
    report.lots = touched.lots.len() as u64;
    compare_days(conn, report, keys, &touched.days, &mut events)?;
    compare_users(conn, report, keys, &touched.users)
}

/// Each touched lot's first line as far as can be told without walking every line: the earliest
/// of the lines replayed here and the lines of the event the lot table names as its first.
/// A lot table whose named event does not name the lot, or that names a later event than a
/// line replayed here, is a finding. Returns the first expiry of each lot found.
fn first_seen(
    conn: &Connection,
    report: &mut VerifyReport,
    keys: &Keys,
    replayed: &[StoredLine],
    lots: &BTreeSet<(i64, String)>,
) -> CoreResult<HashMap<(i64, String), Option<String>>> {
    // The lines are in recording order: the first naming a lot is its earliest.
    let mut first: HashMap<(i64, String), (i64, Option<String>)> = HashMap::new();
    for l in replayed {
        if let Some(lot) = &l.lot {
            first
                .entry((l.product, lot.clone()))
                .or_insert_with(|| (l.event_seq, l.expiry.clone()));
        }
    }
    let mut claimed =
        conn.prepare("SELECT first_event_seq FROM lot_info WHERE product_id = ?1 AND lot = ?2")?;
    let mut naming = conn.prepare(
        "SELECT expiry FROM event_line WHERE event_seq = ?1 AND product_id = ?2 AND lot = ?3 ORDER BY line_no LIMIT 1",
    )?;
    for (product, lot) in lots {
        let Some(seq) = claimed
            .query_row(rusqlite::params![product, lot], |r| r.get::<_, i64>(0))
            .optional()?
        else {
            continue; // A lot missing from the table is reported by the comparison.
        };
        let gtin = keys.gtins.get(product).map_or("?", String::as_str);
        let named: Option<Option<String>> = naming
            .query_row(rusqlite::params![seq, product, lot], |r| r.get(0))
            .optional()?;
        let key = (*product, lot.clone());
        match (named, first.get(&key)) {
            (None, _) => report.add(
                FindingKind::StateMismatch,
                None,
                format!("{gtin} lot {lot}: the lot table says the ledger first saw it at event seq {seq}, which names no such lot"),
            ),
            (Some(_), Some((earlier, _))) if *earlier < seq => report.add(
                FindingKind::StateMismatch,
                None,
                format!("{gtin} lot {lot}: the lot table says the ledger first saw it at event seq {seq}, but event seq {earlier} names it before"),
            ),
            (Some(expiry), _) => {
                first.insert(key, (seq, expiry));
            }
        }
    }
    Ok(first
        .into_iter()
        .filter(|(k, _)| lots.contains(k))
        .map(|(k, (_, expiry))| (k, expiry))
        .collect())
}

/// Each touched day's consumption, stock changes and receipts, from every event that occurred
/// that day (local time).
fn compare_days(
    conn: &Connection,
    report: &mut VerifyReport,
    keys: &Keys,
    days: &BTreeSet<String>,
    events: &mut Events<'_>,
) -> CoreResult<()> {
    // Occurred times are stored in UTC: a day either side is read, and each event counted on
    // its own local day.
    let mut on_days = conn.prepare(
        "SELECT seq FROM event WHERE occurred_at >= ?1 AND occurred_at < ?2 ORDER BY seq",
    )?;
    let mut lines_of = conn.prepare(&format!(
        "SELECT {LINE_COLUMNS} FROM event_line WHERE event_seq = ?1 ORDER BY line_no"
    ))?;
    let mut seqs = BTreeSet::new();
    for day in days {
        let Ok(d) = day.parse::<chrono::NaiveDate>() else {
            continue;
        };
        let (lo, hi) = (d - chrono::Days::new(1), d + chrono::Days::new(2));
        for seq in on_days.query_map([lo.to_string(), hi.to_string()], |r| r.get(0))? {
            seqs.insert(seq?);
        }
    }
    let mut state = Replayed::default();
    for seq in seqs {
        let Some(e) = events.get(seq)? else {
            continue;
        };
        let lines: Vec<StoredLine> = lines_of
            .query_map([seq], StoredLine::from_row)?
            .collect::<Result<_, _>>()?;
        state.count_days(e, &lines);
    }
    state
        .consumption
        .retain(|(_, _, day), _| days.contains(day));
    let numbers: BTreeSet<i32> = days
        .iter()
        .filter_map(|d| d.parse::<chrono::NaiveDate>().ok())
        .map(|d| chrono::Datelike::num_days_from_ce(&d))
        .collect();
    state
        .stock_changes
        .retain(|(_, _, day), _| numbers.contains(day));
    state.receipts.groups.retain(|day, _| days.contains(day));
    let day_keys: Vec<Vec<Value>> = days.iter().map(|d| vec![Value::Text(d.clone())]).collect();
    report.days = days.len() as u64;
    compare::compare_consumption(
        conn,
        report,
        keys,
        state.consumption,
        Rows::Keyed("day = ?1", &day_keys),
    )?;
    compare::compare_stock_change(
        conn,
        report,
        keys,
        state.stock_changes,
        Rows::Keyed("day = ?1", &day_keys),
    )?;
    super::receipts::compare_receipts(
        conn,
        report,
        state.receipts,
        Rows::Keyed("day = ?1", &day_keys),
    )
}

/// Each named user's role and active flag, from all the events that name them.
fn compare_users(
    conn: &Connection,
    report: &mut VerifyReport,
    keys: &Keys,
    users: &BTreeSet<i64>,
) -> CoreResult<()> {
    let mut naming = conn.prepare(&format!(
        "SELECT {EVENT_COLUMNS} FROM event WHERE subject_user_id = ?1 ORDER BY seq"
    ))?;
    let mut state = Replayed::default();
    for user in users {
        for e in naming.query_map([user], StoredEvent::from_row)? {
            report.note(state.replay_user(&e?, keys));
        }
    }
    let user_keys: Vec<Vec<Value>> = users.iter().map(|u| vec![Value::Integer(*u)]).collect();
    compare::compare_users(
        conn,
        report,
        state.users,
        Rows::Keyed("id = ?1", &user_keys),
    )
}
