//! What a reach shows of each covered pack beyond where it is: when its last event happened,
//! that event's document and partner. The pack's row keeps a copy of them (migration 0041,
//! written by the appender with the pack's last sequence number), read with the pack from
//! `unit_product_lot`: a reach reads nothing of the history, however long. Partners and places
//! are named once each.

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

/// The names of the partners and places a set of packs shows. Empty (the default) for a reach
/// whose counts alone are wanted: its packs then show no last event.
#[derive(Debug, Default)]
pub(super) struct Shown {
    read: bool,
    partners: HashMap<i64, String>,
    locations: HashMap<LocationId, String>,
}

impl Shown {
    /// Reads the names of the partners of `units`' last events and the codes of every location.
    pub(super) fn read<'a>(
        conn: &Connection,
        units: impl IntoIterator<Item = &'a UnitRow>,
    ) -> CoreResult<Self> {
        let ids: BTreeSet<i64> = units
            .into_iter()
            .filter_map(|u| u.last.counterparty)
            .collect();
        let mut shown = Shown {
            read: true,
            ..Shown::default()
        };
        if !ids.is_empty() {
            shown.partners = partner_names(conn, &ids)?;
        }
        shown.locations = conn
            .prepare_cached("SELECT id, code FROM location")?
            .query_map([], |r| Ok((LocationId(r.get(0)?), r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(shown)
    }

    /// The last event of a pack, as its row copies it.
    pub(super) fn event(&self, u: &UnitRow) -> LastEvent {
        if !self.read {
            return LastEvent::default();
        }
        let last = &u.last;
        let offset = last.offset.and_then(|o| i32::try_from(o).ok()).unwrap_or(0);
        let since = last
            .at
            .and_then(|at| Timestamp::from_unix_seconds(at, offset))
            .map(|t| t.to_string())
            .unwrap_or_default();
        LastEvent {
            since,
            reference: last.reference.clone(),
            counterparty: last
                .counterparty
                .and_then(|id| self.partners.get(&id))
                .cloned(),
        }
    }

    /// A location's code.
    pub(super) fn location(&self, id: Option<LocationId>) -> Option<&str> {
        id.and_then(|l| self.locations.get(&l)).map(String::as_str)
    }
}

/// The names of these partners, by id. The ids go in as one JSON array: one statement.
fn partner_names(conn: &Connection, ids: &BTreeSet<i64>) -> CoreResult<HashMap<i64, String>> {
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    Ok(conn
        .prepare_cached(
            "SELECT id, name FROM partner WHERE id IN (SELECT value FROM json_each(?1))",
        )?
        .query_map([format!("[{list}]")], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?)
}
