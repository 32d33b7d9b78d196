//! The ledger's canonical encoding, in one place: how an event (named by its stable keys — GTIN,
//! location and partner codes, usernames, site code — never row ids) becomes the bytes its hash
//! is computed over, `hash = SHA-256(prev_hash ‖ canonical bytes)`, and those bytes parsed back.
//! Core's appender, `verify`, the chain-of-custody certificate's proof and (later) the hub all
//! use this crate, which knows nothing of SQLite. Every format version ever written is kept
//! here byte for byte; `docs/decisions/2026-12-01-ledger-format.md` describes each.

#![forbid(unsafe_code)]

use sha2::{Digest, Sha256};

mod parse;

pub use parse::{parse, ParseError, Parsed, ParsedLine, ParsedSubject};

/// The hash before a site's first event.
pub const GENESIS: [u8; 32] = [0; 32];

/// The encoding an event's hash was computed with, stored with each event (`event.format`).
/// Old events keep the format they were written in, so they keep verifying; new events are
/// written in [`Format::CURRENT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// Events written from 2026-11-22: the event's fields, the signature's meaning only when
    /// signed, then the lines.
    V1,
    /// Events written from 2026-12-01: every field of v1 always present (the signature as a
    /// field), then the subject of a user event (username, role, active).
    V2,
}

impl Format {
    /// The format this build writes.
    pub const CURRENT: Format = Format::V2;

    /// The stored number.
    pub fn number(self) -> i64 {
        match self {
            Format::V1 => 1,
            Format::V2 => 2,
        }
    }

    /// The format with this stored number, if this build knows it.
    pub fn from_number(n: i64) -> Option<Format> {
        match n {
            1 => Some(Format::V1),
            2 => Some(Format::V2),
            _ => None,
        }
    }

    /// The bytes the canonical form starts with.
    pub fn domain_tag(self) -> &'static [u8] {
        match self {
            Format::V1 => b"custody.event.v1",
            Format::V2 => b"custody.event.v2",
        }
    }
}

/// The canonical form of an event, with everything named by its stable key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canonical<'a> {
    /// The format it is encoded in.
    pub format: Format,
    /// UUID v7.
    pub id: &'a str,
    /// Site code.
    pub site: &'a str,
    /// Event kind, as stored.
    pub kind: &'a str,
    /// When it happened (UTC text as stored).
    pub occurred_at: &'a str,
    /// The offset, in minutes, where it happened.
    pub occurred_offset: i64,
    /// When it was recorded (UTC text as stored).
    pub recorded_at: &'a str,
    /// The actor's username.
    pub actor: &'a str,
    /// Location code.
    pub location: Option<&'a str>,
    /// Partner code.
    pub counterparty: Option<&'a str>,
    /// The document.
    pub reference: Option<&'a str>,
    /// Why.
    pub reason: Option<&'a str>,
    /// The scan, exactly as received.
    pub raw_scan: Option<&'a str>,
    /// The meaning of the actor's signature, for signed events.
    pub signature: Option<&'a str>,
    /// Whom a user event is about, and their role and active flag after it (format v2).
    pub subject: Option<CanonicalSubject<'a>>,
}

/// The subject of a user event in canonical form: named by username, with the state after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CanonicalSubject<'a> {
    /// Username.
    pub username: &'a str,
    /// Role after the event.
    pub role: &'a str,
    /// Active after the event.
    pub active: bool,
}

/// The canonical form of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CanonicalLine<'a> {
    /// 1-based line number.
    pub line_no: i64,
    /// GTIN-14.
    pub gtin: &'a str,
    /// Lot.
    pub lot: Option<&'a str>,
    /// Serial.
    pub serial: Option<&'a str>,
    /// Expiry, YYYY-MM-DD.
    pub expiry: Option<&'a str>,
    /// 1 for a pack; the quantity of a lot.
    pub quantity: i64,
    /// Status before.
    pub status_before: Option<&'a str>,
    /// Status after.
    pub status_after: Option<&'a str>,
    /// Location code before.
    pub location_before: Option<&'a str>,
    /// Location code after.
    pub location_after: Option<&'a str>,
    /// Unit cost on receipt, in cents.
    pub unit_cost_cents: Option<i64>,
}

/// Where the canonical bytes go: a hasher, or a buffer.
trait Sink {
    fn put(&mut self, bytes: &[u8]);
}

impl Sink for Sha256 {
    fn put(&mut self, bytes: &[u8]) {
        self.update(bytes);
    }
}

impl Sink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// A field: absent is `0x00`; present is `0x01`, its length as 4 bytes big-endian, the bytes.
fn field(out: &mut impl Sink, v: Option<&[u8]>) {
    match v {
        None => out.put(&[0u8]),
        Some(b) => {
            out.put(&[1u8]);
            out.put(&(b.len() as u32).to_be_bytes());
            out.put(b);
        }
    }
}

fn text(out: &mut impl Sink, v: Option<&str>) {
    field(out, v.map(str::as_bytes));
}

/// An integer: a field of its 8 bytes big-endian, two's complement.
fn int(out: &mut impl Sink, v: Option<i64>) {
    field(
        out,
        v.map(|n| n.to_be_bytes()).as_ref().map(|b| b.as_slice()),
    );
}

/// The v1 marker before a signed event's signature.
const V1_SIGNATURE_TAG: &[u8] = b"signature";

/// Writes the canonical bytes of `e` and its `lines`. The layout depends on the event's format;
/// v1 is kept exactly as it was written, so events written then keep their hashes.
fn encode(out: &mut impl Sink, e: &Canonical<'_>, lines: &[CanonicalLine<'_>]) {
    out.put(e.format.domain_tag());
    text(out, Some(e.id));
    text(out, Some(e.site));
    text(out, Some(e.kind));
    text(out, Some(e.occurred_at));
    int(out, Some(e.occurred_offset));
    text(out, Some(e.recorded_at));
    text(out, Some(e.actor));
    text(out, e.location);
    text(out, e.counterparty);
    text(out, e.reference);
    text(out, e.reason);
    text(out, e.raw_scan);
    match e.format {
        Format::V1 => {
            // Added with signatures; absent from unsigned events, whose hashes were unchanged.
            if let Some(meaning) = e.signature {
                out.put(V1_SIGNATURE_TAG);
                text(out, Some(meaning));
            }
        }
        Format::V2 => {
            // Every field has its place, present or not: no optional sections to tell apart.
            text(out, e.signature);
            text(out, e.subject.map(|s| s.username));
            text(out, e.subject.map(|s| s.role));
            int(out, e.subject.map(|s| i64::from(s.active)));
        }
    }
    int(out, Some(lines.len() as i64));
    for l in lines {
        int(out, Some(l.line_no));
        text(out, Some(l.gtin));
        text(out, l.lot);
        text(out, l.serial);
        text(out, l.expiry);
        int(out, Some(l.quantity));
        text(out, l.status_before);
        text(out, l.status_after);
        text(out, l.location_before);
        text(out, l.location_after);
        int(out, l.unit_cost_cents);
    }
}

/// The canonical bytes of an event and its lines.
pub fn canonical_bytes(e: &Canonical<'_>, lines: &[CanonicalLine<'_>]) -> Vec<u8> {
    let mut out = Vec::new();
    encode(&mut out, e, lines);
    out
}

/// `SHA-256(prev ‖ canonical bytes)`: the event's hash, chained to the one before it.
pub fn event_hash(prev: &[u8; 32], e: &Canonical<'_>, lines: &[CanonicalLine<'_>]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(prev);
    encode(&mut h, e, lines);
    h.finalize().into()
}

/// The hash of canonical bytes already made (or parsed back), chained to `prev`.
pub fn hash_bytes(prev: &[u8; 32], canonical: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(prev);
    h.update(canonical);
    h.finalize().into()
}

#[cfg(test)]
mod tests;
