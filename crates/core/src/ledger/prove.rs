//! The proof of a few events, for the chain-of-custody certificate: each event's hash
//! recomputed from what is stored and its link to the event before it in its site's chain
//! checked, by point lookups rather than a walk of the whole ledger.

use rusqlite::Connection;
use serde::Serialize;

use super::stored::{content_matches, Keys, StoredEvent, StoredLine, EVENT_COLUMNS, LINE_COLUMNS};
use crate::error::CoreResult;
use custody_ledger_format::GENESIS;

/// One event checked on its own: its hash recomputed from what is stored, and its link to the
/// event before it in its site's chain. What a chain-of-custody certificate prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventProof {
    /// The event.
    pub seq: i64,
    /// Its stored hash (hex).
    pub hash: String,
    /// The hash it chains to (hex).
    pub prev_hash: String,
    /// The stored content still hashes to the stored hash.
    pub content_intact: bool,
    /// The previous hash is the hash of the event before it in its site's chain.
    pub link_intact: bool,
}

/// Checks these events one by one (point lookups, not the whole ledger). An event that does not
/// exist is an error; one whose content cannot be recomputed (a format this build does not know,
/// a subject its format cannot hold) is not intact.
pub(crate) fn prove_events(conn: &Connection, seqs: &[i64]) -> CoreResult<Vec<EventProof>> {
    let events = read_events(conn, seqs)?;
    let lines: Vec<Vec<StoredLine>> = seqs
        .iter()
        .map(|&seq| read_lines(conn, seq))
        .collect::<CoreResult<_>>()?;
    let keys = Keys::named_by(conn, &events, &lines.concat())?;
    events
        .iter()
        .zip(&lines)
        .map(|(e, lines)| {
            Ok(EventProof {
                seq: e.seq,
                hash: hex::encode(&e.hash),
                prev_hash: hex::encode(&e.prev_hash),
                content_intact: content_matches(e, lines, &keys) == Ok(true),
                link_intact: hash_before(conn, e)? == e.prev_hash,
            })
        })
        .collect()
}

/// The events, in the order asked for.
fn read_events(conn: &Connection, seqs: &[i64]) -> CoreResult<Vec<StoredEvent>> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {EVENT_COLUMNS} FROM event WHERE seq = ?1"))?;
    seqs.iter()
        .map(|&seq| Ok(stmt.query_row([seq], StoredEvent::from_row)?))
        .collect()
}

/// An event's lines, in line order.
fn read_lines(conn: &Connection, seq: i64) -> CoreResult<Vec<StoredLine>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {LINE_COLUMNS} FROM event_line WHERE event_seq = ?1 ORDER BY line_no"
    ))?;
    let lines = stmt
        .query_map([seq], StoredLine::from_row)?
        .collect::<Result<_, _>>()?;
    Ok(lines)
}

/// The stored hash of the event before `e` in its site's chain (the genesis hash for its first).
fn hash_before(conn: &Connection, e: &StoredEvent) -> CoreResult<Vec<u8>> {
    Ok(conn
        .prepare_cached(
            "SELECT hash FROM event WHERE site_id = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT 1",
        )?
        .query_row([e.site, e.seq], |r| r.get(0))
        .unwrap_or_else(|_| GENESIS.to_vec()))
}
