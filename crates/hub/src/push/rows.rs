//! The rows a taken batch adds: its new events (canonical bytes as `bytea`, a `jsonb` copy of
//! the parsed event for queries), their lines, and the batch's signed positions with the key
//! that signed them. Each table gets one statement over arrays (`unnest`), so a 500-event
//! batch is three round trips, not 1,500.

use custody_ledger_format::{Parsed, ParsedLine};
use custody_sync_protocol::{CheckedEvent, Refusal};
use deadpool_postgres::Transaction;
use serde_json::{json, Value};
use tokio_postgres::error::SqlState;

use super::Batch;
use crate::auth::Caller;
use crate::{Failure, HubError};

/// Inserts `new` (the batch's events past the hub's cursor), their lines and the signature.
pub(crate) async fn insert(
    tx: &Transaction<'_>,
    caller: &Caller,
    batch: &Batch,
    new: &[&CheckedEvent],
) -> Result<(), Failure> {
    insert_events(tx, caller, new).await?;
    insert_lines(tx, caller, new).await?;
    let last = batch.last();
    tx.execute(
        "INSERT INTO batch_signature \
             (site_id, from_seq, prev_hash, last_seq, last_hash, signature, public_key) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        &[
            &caller.site_id,
            &batch.from_seq,
            &batch.prev_hash.as_slice(),
            &last.seq,
            &last.hash.as_slice(),
            &batch.signature,
            // The key it was checked against: the site may enrol again with another.
            &caller.public_key,
        ],
    )
    .await
    .map_err(HubError::db("storing a batch's signature"))?;
    Ok(())
}

async fn insert_events(
    tx: &Transaction<'_>,
    caller: &Caller,
    new: &[&CheckedEvent],
) -> Result<(), Failure> {
    let seqs: Vec<i64> = new.iter().map(|e| e.seq).collect();
    let ids: Vec<&str> = new.iter().map(|e| e.parsed.id.as_str()).collect();
    let formats: Vec<i32> = new
        .iter()
        .map(|e| e.parsed.format.number() as i32)
        .collect();
    let prevs: Vec<&[u8]> = new.iter().map(|e| e.prev_hash.as_slice()).collect();
    let hashes: Vec<&[u8]> = new.iter().map(|e| e.hash.as_slice()).collect();
    let bytes: Vec<&[u8]> = new.iter().map(|e| e.canonical.as_slice()).collect();
    let bodies: Vec<Value> = new.iter().map(|e| body(&e.parsed)).collect();
    let kinds: Vec<&str> = new.iter().map(|e| e.parsed.kind.as_str()).collect();
    let occurred: Vec<&str> = new.iter().map(|e| e.parsed.occurred_at.as_str()).collect();
    let result = tx
        .execute(
            "INSERT INTO event (site_id, seq, event_id, format, prev_hash, hash, canonical, body, \
                                kind, occurred_at) \
             SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::int[], $5::bytea[], \
                                      $6::bytea[], $7::bytea[], $8::jsonb[], $9::text[], $10::text[])",
            &[
                &caller.site_id,
                &seqs,
                &ids,
                &formats,
                &prevs,
                &hashes,
                &bytes,
                &bodies,
                &kinds,
                &occurred,
            ],
        )
        .await;
    match result {
        Ok(_) => Ok(()),
        // The only unique key a new position can hit is the event id: an id the hub already
        // holds, at another position or another site, is not a new event.
        Err(e) if e.code() == Some(&SqlState::UNIQUE_VIOLATION) => Err(Refusal::BadChain {
            // PostgreSQL's detail names the key: "Key (event_id)=(…) already exists."
            reason: format!(
                "an event id in the batch is already held at the hub under another position ({})",
                e.as_db_error()
                    .and_then(|d| d.detail())
                    .unwrap_or("the id is not given")
            ),
        }
        .into()),
        Err(e) => Err(HubError::db("storing a batch's events")(e).into()),
    }
}

async fn insert_lines(
    tx: &Transaction<'_>,
    caller: &Caller,
    new: &[&CheckedEvent],
) -> Result<(), Failure> {
    let lines: Vec<(i64, &ParsedLine)> = new
        .iter()
        .flat_map(|e| e.parsed.lines.iter().map(move |l| (e.seq, l)))
        .collect();
    if lines.is_empty() {
        return Ok(());
    }
    let text = |f: fn(&ParsedLine) -> &Option<String>| -> Vec<Option<&str>> {
        lines.iter().map(|(_, l)| f(l).as_deref()).collect()
    };
    let seqs: Vec<i64> = lines.iter().map(|(s, _)| *s).collect();
    let line_nos: Vec<i64> = lines.iter().map(|(_, l)| l.line_no).collect();
    let gtins: Vec<&str> = lines.iter().map(|(_, l)| l.gtin.as_str()).collect();
    let quantities: Vec<i64> = lines.iter().map(|(_, l)| l.quantity).collect();
    tx.execute(
        "INSERT INTO event_line (site_id, seq, line_no, gtin, lot, serial, expiry, quantity, \
                                 status_before, status_after, location_before, location_after) \
         SELECT $1, * FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], \
                                  $7::text[], $8::bigint[], $9::text[], $10::text[], $11::text[], \
                                  $12::text[])",
        &[
            &caller.site_id,
            &seqs,
            &line_nos,
            &gtins,
            &text(|l| &l.lot),
            &text(|l| &l.serial),
            &text(|l| &l.expiry),
            &quantities,
            &text(|l| &l.status_before),
            &text(|l| &l.status_after),
            &text(|l| &l.location_before),
            &text(|l| &l.location_after),
        ],
    )
    .await
    .map_err(HubError::db("storing a batch's lines"))?;
    Ok(())
}

/// The parsed event as JSON, for queries at the hub. Never hashed: the bytes are the record.
fn body(p: &Parsed) -> Value {
    let lines: Vec<Value> = p
        .lines
        .iter()
        .map(|l| {
            json!({
                "line_no": l.line_no,
                "gtin": l.gtin,
                "lot": l.lot,
                "serial": l.serial,
                "expiry": l.expiry,
                "quantity": l.quantity,
                "status_before": l.status_before,
                "status_after": l.status_after,
                "location_before": l.location_before,
                "location_after": l.location_after,
                "unit_cost_cents": l.unit_cost_cents,
            })
        })
        .collect();
    json!({
        "format": p.format.number(),
        "id": p.id,
        "site": p.site,
        "kind": p.kind,
        "occurred_at": p.occurred_at,
        "occurred_offset": p.occurred_offset,
        "recorded_at": p.recorded_at,
        "actor": p.actor,
        "location": p.location,
        "counterparty": p.counterparty,
        "reference": p.reference,
        "reason": p.reason,
        "raw_scan": p.raw_scan,
        "signature": p.signature,
        "subject": p.subject.as_ref().map(|s| json!({
            "username": s.username,
            "role": s.role,
            "active": s.active,
        })),
        "lines": lines,
    })
}
