//! What a reach shows of each covered pack beyond its own row: when its last event happened, that
//! event's document and partner, and the code of the place it is held. Read once per event and
//! once per place, in one statement each, rather than joined to every pack: 10,000 packs moved by
//! a few thousand events cost a few thousand seeks into the ledger, in the ledger's order.

use std::collections::{BTreeSet, HashMap};

use rusqlite::Connection;

use super::covered::UnitRow;
use crate::error::CoreResult;
use crate::model::*;

/// A pack's last event as the reach shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct LastEvent {
    /// When it happened (local time with offset).
    pub(super) since: String,
    /// Its document.
    pub(super) reference: Option<String>,
    /// Its partner's name.
    pub(super) counterparty: Option<String>,
}

/// The last events and places of a set of packs.
#[derive(Debug, Default)]
pub(super) struct Shown {
    events: HashMap<i64, LastEvent>,
    locations: HashMap<LocationId, String>,
}

impl Shown {
    /// Reads the last events of `units` and the codes of every location.
    pub(super) fn read<'a>(
        conn: &Connection,
        units: impl IntoIterator<Item = &'a UnitRow>,
    ) -> CoreResult<Self> {
        let seqs: BTreeSet<i64> = units.into_iter().map(|u| u.last_event).collect();
        let mut shown = Shown::default();
        if !seqs.is_empty() {
            shown.events = last_events(conn, &seqs)?;
        }
        shown.locations = conn
            .prepare_cached("SELECT id, code FROM location")?
            .query_map([], |r| Ok((LocationId(r.get(0)?), r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(shown)
    }

    /// The last event with this sequence number (one of those read).
    pub(super) fn event(&self, seq: i64) -> Option<&LastEvent> {
        self.events.get(&seq)
    }

    /// A location's code.
    pub(super) fn location(&self, id: Option<LocationId>) -> Option<&str> {
        id.and_then(|l| self.locations.get(&l)).map(String::as_str)
    }
}

/// The events of these sequence numbers, by sequence number. The numbers go in as one JSON
/// array, so SQLite seeks each event once, in order, within one statement.
fn last_events(conn: &Connection, seqs: &BTreeSet<i64>) -> CoreResult<HashMap<i64, LastEvent>> {
    let list = seqs
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let mut stmt = conn.prepare_cached(
        "SELECT e.seq, e.occurred_at, e.occurred_offset, e.reference, pa.name
         FROM event e LEFT JOIN partner pa ON pa.id = e.counterparty_id
         WHERE e.seq IN (SELECT value FROM json_each(?1))",
    )?;
    let mut rows = stmt.query([format!("[{list}]")])?;
    let mut events = HashMap::with_capacity(seqs.len());
    while let Some(r) = rows.next()? {
        let at: String = r.get(1)?;
        let since = Timestamp::from_stored(&at, r.get(2)?).map_or(at, |t| t.to_string());
        events.insert(
            r.get(0)?,
            LastEvent {
                since,
                reference: r.get(3)?,
                counterparty: r.get(4)?,
            },
        );
    }
    Ok(events)
}
