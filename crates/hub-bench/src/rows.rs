//! Events written straight into tables with the hub's columns by `COPY … FROM STDIN (FORMAT
//! binary)`: the floor a push is compared with, and how the national-scale generator fills a
//! hub without HTTP. The `jsonb` body is built the way the hub builds it, from the parsed bytes.

use std::pin::pin;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use custody_ledger_format::Parsed;
use custody_sync_protocol::parse_event;
use serde_json::{json, Value};
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::Client;

use crate::chain::Made;
use crate::BenchError;

/// The parsed event as the hub's `event.body` holds it.
pub fn body(p: &Parsed) -> Value {
    let lines: Vec<Value> = p
        .lines
        .iter()
        .map(|l| {
            json!({
                "line_no": l.line_no, "gtin": l.gtin, "lot": l.lot, "serial": l.serial,
                "expiry": l.expiry, "quantity": l.quantity, "status_before": l.status_before,
                "status_after": l.status_after, "location_before": l.location_before,
                "location_after": l.location_after, "unit_cost_cents": l.unit_cost_cents,
            })
        })
        .collect();
    json!({
        "format": p.format.number(), "id": p.id, "site": p.site, "kind": p.kind,
        "occurred_at": p.occurred_at, "occurred_offset": p.occurred_offset,
        "recorded_at": p.recorded_at, "actor": p.actor, "location": p.location,
        "counterparty": p.counterparty, "reference": p.reference, "reason": p.reason,
        "raw_scan": p.raw_scan, "signature": p.signature, "subject": null, "lines": lines,
    })
}

/// Where the rows go, and what `received_at` they get.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    /// A table with the hub's `event` columns.
    pub events: &'a str,
    /// A table with the hub's `event_line` columns.
    pub lines: &'a str,
    /// What `received_at` holds.
    pub stamp: Stamp,
}

/// The hub's receive time of copied rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stamp {
    /// The column's default: the database's clock at the COPY.
    HubClock,
    /// When the event happened, as if each was pushed the moment it was recorded; `lines`
    /// when the line table has a `received_at` of its own (partitioned by it).
    Occurred {
        /// Whether lines carry it too.
        lines: bool,
    },
}

impl Target<'_> {
    fn events_stamped(&self) -> bool {
        matches!(self.stamp, Stamp::Occurred { .. })
    }

    fn lines_stamped(&self) -> bool {
        self.stamp == Stamp::Occurred { lines: true }
    }
}

fn time_of(e: &Made) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(e.at.max(0) as u64)
}

/// Copies `events` of site `site_id` into `target`'s tables; the number of lines.
pub async fn copy(
    client: &Client,
    target: Target<'_>,
    site_id: i64,
    events: &[Made],
) -> Result<u64, BenchError> {
    let parsed: Vec<Parsed> = events
        .iter()
        .map(|e| {
            parse_event(&e.bytes).map_err(|err| {
                BenchError::Check(format!("a generated event does not parse: {err}"))
            })
        })
        .collect::<Result<_, _>>()?;
    let stamped = target.events_stamped();
    let sink = client
        .copy_in(&format!(
            "COPY {} (site_id, seq, event_id, format, prev_hash, hash, canonical, body, kind, \
             occurred_at{}) FROM STDIN (FORMAT binary)",
            target.events,
            if stamped { ", received_at" } else { "" }
        ))
        .await
        .map_err(BenchError::db("starting the events' COPY"))?;
    let mut types = vec![
        Type::INT8,
        Type::INT8,
        Type::TEXT,
        Type::INT4,
        Type::BYTEA,
        Type::BYTEA,
        Type::BYTEA,
        Type::JSONB,
        Type::TEXT,
        Type::TEXT,
    ];
    if stamped {
        types.push(Type::TIMESTAMPTZ);
    }
    let mut writer = pin!(BinaryCopyInWriter::new(sink, &types));
    for (e, p) in events.iter().zip(&parsed) {
        let format = p.format.number() as i32;
        let body = body(p);
        let at = time_of(e);
        let (prev, hash) = (e.prev.as_slice(), e.hash.as_slice());
        let mut row: Vec<&(dyn ToSql + Sync)> = vec![
            &site_id,
            &e.seq,
            &p.id,
            &format,
            &prev,
            &hash,
            &e.bytes,
            &body,
            &p.kind,
            &p.occurred_at,
        ];
        if stamped {
            row.push(&at);
        }
        writer
            .as_mut()
            .write(&row)
            .await
            .map_err(BenchError::db("copying an event"))?;
    }
    writer
        .finish()
        .await
        .map_err(BenchError::db("ending the events' COPY"))?;
    copy_lines(client, target, site_id, events, &parsed).await
}

async fn copy_lines(
    client: &Client,
    target: Target<'_>,
    site_id: i64,
    events: &[Made],
    parsed: &[Parsed],
) -> Result<u64, BenchError> {
    let stamped = target.lines_stamped();
    let sink = client
        .copy_in(&format!(
            "COPY {} (site_id, seq, line_no, gtin, lot, serial, expiry, quantity, status_before, \
             status_after, location_before, location_after{}) FROM STDIN (FORMAT binary)",
            target.lines,
            if stamped { ", received_at" } else { "" }
        ))
        .await
        .map_err(BenchError::db("starting the lines' COPY"))?;
    let mut types = vec![Type::INT8; 3];
    types.extend([Type::TEXT; 4]);
    types.push(Type::INT8);
    types.extend([Type::TEXT; 4]);
    if stamped {
        types.push(Type::TIMESTAMPTZ);
    }
    let mut writer = pin!(BinaryCopyInWriter::new(sink, &types));
    for (e, p) in events.iter().zip(parsed) {
        let at = time_of(e);
        for l in &p.lines {
            let mut row: Vec<&(dyn ToSql + Sync)> = vec![
                &site_id,
                &e.seq,
                &l.line_no,
                &l.gtin,
                &l.lot,
                &l.serial,
                &l.expiry,
                &l.quantity,
                &l.status_before,
                &l.status_after,
                &l.location_before,
                &l.location_after,
            ];
            if stamped {
                row.push(&at);
            }
            writer
                .as_mut()
                .write(&row)
                .await
                .map_err(BenchError::db("copying a line"))?;
        }
    }
    writer
        .finish()
        .await
        .map_err(BenchError::db("ending the lines' COPY"))
}
