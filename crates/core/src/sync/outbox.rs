//! The outbox: the events after a position, as the wire carries them, in batches the hub takes
//! (at most `MAX_BATCH_EVENTS` events and `MAX_BATCH_BYTES` bytes of canonical data). Each
//! event's bytes come from `ledger::canonical_bytes_of`, the form its hash was computed over,
//! and are hashed again before they leave: a ledger edited behind Custody's back is refused
//! here, naming the event, rather than pushed for the hub to call a fork.

use custody_sync_protocol::{WireEvent, MAX_BATCH_BYTES, MAX_BATCH_EVENTS};
use rusqlite::Connection;

use crate::error::{CoreError, CoreResult};
use crate::ledger::{
    canonical_bytes_of, Keys, StoredEvent, StoredLine, Unprovable, EVENT_COLUMNS, GENESIS,
    LINE_COLUMNS,
};
use crate::model::User;
use crate::permissions::{require, Operation};
use crate::Store;

/// One batch of events to push, after `prev_hash`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outbox {
    /// The site's code, as its events name it.
    pub site: String,
    /// The hash of the event before the first (the genesis hash before event 1).
    pub prev_hash: [u8; 32],
    /// The events, in sequence order; empty when nothing is waiting.
    pub events: Vec<WireEvent>,
    /// The last event's hash (`prev_hash` when there are none).
    pub last_hash: [u8; 32],
}

impl Outbox {
    /// The first event's sequence number, if any.
    pub fn from_seq(&self) -> Option<i64> {
        self.events.first().map(|e| e.seq)
    }

    /// The last event's sequence number, if any.
    pub fn last_seq(&self) -> Option<i64> {
        self.events.last().map(|e| e.seq)
    }
}

impl Store {
    /// The next batch of events after `after` (a sequence number; 0 for the start of the
    /// chain): as many as one batch may carry, fewer at the end of the ledger. Refused with
    /// `sync.ledger_changed` when an event no longer hashes to its stored hash.
    pub fn outbox(&self, actor: &User, after: i64) -> CoreResult<Outbox> {
        require(actor, Operation::Sync)?;
        let conn = self.conn();
        let site = site_code(conn)?;
        let prev_hash = hash_at(conn, after)?
            .ok_or_else(|| CoreError::refused("sync.no_such_event").arg("seq", after))?;
        let events = stored_events(conn, after)?;
        let lines = stored_lines(conn, &events)?;
        let keys = Keys::named_by(conn, &events, &lines)?;
        let mut out = Vec::with_capacity(events.len());
        let mut prev = prev_hash;
        let mut bytes = 0usize;
        // Lines come in event order, so each event's are the run that starts where the last
        // event's ended.
        let mut rest = lines.as_slice();
        for e in &events {
            let count = rest.iter().take_while(|l| l.event_seq == e.seq).count();
            let (own, after_own) = rest.split_at(count);
            rest = after_own;
            let (format, canonical) = canonical_bytes_of(e, own, &keys)
                .map_err(|why| changed(e.seq, unprovable_detail(why)))?;
            let hash = custody_ledger_format::hash_bytes(&prev, &canonical);
            if e.prev() != prev || hash.as_slice() != e.hash.as_slice() {
                return Err(changed(
                    e.seq,
                    "its hash does not match its content and the chain",
                ));
            }
            bytes += canonical.len();
            // The first event always goes: one event larger than a batch is refused by the
            // hub with its reason, which says more than an outbox that never empties.
            if bytes > MAX_BATCH_BYTES && !out.is_empty() {
                break;
            }
            out.push(WireEvent::new(e.seq, format, &canonical, &hash));
            prev = hash;
        }
        Ok(Outbox {
            site,
            prev_hash,
            events: out,
            last_hash: prev,
        })
    }
}

fn changed(seq: i64, detail: &str) -> CoreError {
    CoreError::refused("sync.ledger_changed")
        .arg("seq", seq)
        .arg("detail", detail)
}

fn unprovable_detail(why: Unprovable) -> &'static str {
    match why {
        Unprovable::UnknownFormat(_) => "its format is one this version does not know",
        Unprovable::SubjectInV1 => "it names a user its format has no place for",
    }
}

/// The site's code.
pub(super) fn site_code(conn: &Connection) -> CoreResult<String> {
    use rusqlite::OptionalExtension as _;
    conn.query_row("SELECT code FROM site ORDER BY id LIMIT 1", [], |r| {
        r.get(0)
    })
    .optional()?
    .ok_or_else(|| CoreError::refused("sync.no_site"))
}

/// The site's own hash at `seq` (the genesis hash at 0), or none past the end of its ledger.
pub(super) fn hash_at(conn: &Connection, seq: i64) -> CoreResult<Option<[u8; 32]>> {
    use rusqlite::OptionalExtension as _;
    if seq == 0 {
        return Ok(Some(GENESIS));
    }
    let hash: Option<Vec<u8>> = conn
        .prepare_cached("SELECT hash FROM event WHERE seq = ?1")?
        .query_row([seq], |r| r.get(0))
        .optional()?;
    // A stored hash of another length cannot equal any 32-byte hash, so it reads as all ones,
    // which no SHA-256 is known to give: the comparison that follows fails, as it should.
    Ok(hash.map(|h| <[u8; 32]>::try_from(h.as_slice()).unwrap_or([0xff; 32])))
}

/// The site's last sequence number (0 for an empty ledger).
pub(super) fn last_seq(conn: &Connection) -> CoreResult<i64> {
    Ok(conn.query_row("SELECT coalesce(max(seq), 0) FROM event", [], |r| r.get(0))?)
}

fn stored_events(conn: &Connection, after: i64) -> CoreResult<Vec<StoredEvent>> {
    let sql = format!("SELECT {EVENT_COLUMNS} FROM event WHERE seq > ?1 ORDER BY seq LIMIT ?2");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        rusqlite::params![after, MAX_BATCH_EVENTS as i64],
        StoredEvent::from_row,
    )?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn stored_lines(conn: &Connection, events: &[StoredEvent]) -> CoreResult<Vec<StoredLine>> {
    let (Some(first), Some(last)) = (events.first(), events.last()) else {
        return Ok(Vec::new());
    };
    let sql = format!(
        "SELECT {LINE_COLUMNS} FROM event_line WHERE event_seq BETWEEN ?1 AND ?2 ORDER BY event_seq, line_no"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([first.seq, last.seq], StoredLine::from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}
