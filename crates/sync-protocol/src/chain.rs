//! The check both sides run on a run of events before they trust it: the sequence numbers follow
//! on, each hash is recomputed from the one before and the canonical bytes, and the bytes parse
//! back to an event of this site in the format the wire names.

use custody_ledger_format::{hash_bytes, parse, Format, Parsed};

use crate::WireEvent;

/// One event that checked, with its bytes and parsed fields for whoever stores it.
#[derive(Debug, Clone)]
pub struct CheckedEvent {
    /// Sequence number.
    pub seq: i64,
    /// The hash before it.
    pub prev_hash: [u8; 32],
    /// Its hash.
    pub hash: [u8; 32],
    /// Its canonical bytes.
    pub canonical: Vec<u8>,
    /// The event the bytes encode.
    pub parsed: Parsed,
}

/// Why a run of events does not check. Each names the sequence number concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainError {
    /// No events.
    Empty,
    /// More events or bytes than one batch may carry.
    TooLarge,
    /// The sequence numbers do not follow on.
    OutOfOrder {
        /// The number found.
        seq: i64,
        /// The number expected there.
        expected: i64,
    },
    /// The canonical bytes are not base64.
    NotBase64 {
        /// Where.
        seq: i64,
    },
    /// The hash is not 32 bytes of hex.
    BadHashText {
        /// Where.
        seq: i64,
    },
    /// The bytes are not an event's canonical form.
    Unreadable {
        /// Where.
        seq: i64,
        /// What the parser said.
        reason: String,
    },
    /// The wire's format number is not the one the bytes start with.
    FormatMismatch {
        /// Where.
        seq: i64,
    },
    /// The event names another site.
    OtherSite {
        /// Where.
        seq: i64,
        /// The site it names.
        site: String,
    },
    /// The recomputed hash is not the one sent.
    HashMismatch {
        /// Where.
        seq: i64,
    },
    /// A time is not the ledger's UTC form (`2026-12-01T08:00:00.000000Z`): the hub compares
    /// times across sites, so it takes none it cannot read exactly.
    BadTime {
        /// Where.
        seq: i64,
        /// Which time (`occurred_at`, `recorded_at`).
        field: &'static str,
    },
}

impl std::fmt::Display for ChainError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChainError::Empty => write!(f, "no events"),
            ChainError::TooLarge => write!(
                f,
                "more than {} events or {} bytes in one batch",
                crate::MAX_BATCH_EVENTS,
                crate::MAX_BATCH_BYTES
            ),
            ChainError::OutOfOrder { seq, expected } => {
                write!(f, "event {seq} where event {expected} should be")
            }
            ChainError::NotBase64 { seq } => write!(f, "event {seq}: the bytes are not base64"),
            ChainError::BadHashText { seq } => {
                write!(f, "event {seq}: the hash is not 64 hex digits")
            }
            ChainError::Unreadable { seq, reason } => {
                write!(f, "event {seq}: not an event's canonical form ({reason})")
            }
            ChainError::FormatMismatch { seq } => {
                write!(f, "event {seq}: the format number does not match the bytes")
            }
            ChainError::OtherSite { seq, site } => {
                write!(f, "event {seq} belongs to site {site}")
            }
            ChainError::HashMismatch { seq } => {
                write!(
                    f,
                    "event {seq}: the hash does not match its bytes and the chain"
                )
            }
            ChainError::BadTime { seq, field } => write!(
                f,
                "event {seq}: {field} is not a UTC time as the ledger writes it (2026-12-01T08:00:00.000000Z)"
            ),
        }
    }
}

impl std::error::Error for ChainError {}

/// Checks `events` as the run of `site`'s chain that follows `prev_hash`, and returns them with
/// their bytes and hashes. The first event's sequence number is taken as given; the caller
/// checks that it is the one it expects.
pub fn check_chain(
    site: &str,
    prev_hash: &[u8; 32],
    events: &[WireEvent],
) -> Result<Vec<CheckedEvent>, ChainError> {
    let Some(first) = events.first() else {
        return Err(ChainError::Empty);
    };
    if events.len() > crate::MAX_BATCH_EVENTS {
        return Err(ChainError::TooLarge);
    }
    let mut out = Vec::with_capacity(events.len());
    let mut prev = *prev_hash;
    let mut bytes_total = 0usize;
    if first.seq < 1 || first.seq.checked_add(events.len() as i64).is_none() {
        return Err(ChainError::OutOfOrder {
            seq: first.seq,
            expected: 1,
        });
    }
    for (i, e) in events.iter().enumerate() {
        let expected = first.seq + i as i64;
        if e.seq != expected {
            return Err(ChainError::OutOfOrder {
                seq: e.seq,
                expected,
            });
        }
        let canonical = e.canonical_bytes()?;
        bytes_total += canonical.len();
        if bytes_total > crate::MAX_BATCH_BYTES {
            return Err(ChainError::TooLarge);
        }
        let sent = crate::parse_hash(&e.hash).ok_or(ChainError::BadHashText { seq: e.seq })?;
        let parsed = parse(&canonical).map_err(|err| ChainError::Unreadable {
            seq: e.seq,
            reason: err.to_string(),
        })?;
        if Format::from_number(e.format) != Some(parsed.format) {
            return Err(ChainError::FormatMismatch { seq: e.seq });
        }
        if parsed.site != site {
            return Err(ChainError::OtherSite {
                seq: e.seq,
                site: parsed.site,
            });
        }
        for (field, time) in [
            ("occurred_at", &parsed.occurred_at),
            ("recorded_at", &parsed.recorded_at),
        ] {
            if !is_ledger_time(time) {
                return Err(ChainError::BadTime { seq: e.seq, field });
            }
        }
        let hash = hash_bytes(&prev, &canonical);
        if hash != sent {
            return Err(ChainError::HashMismatch { seq: e.seq });
        }
        out.push(CheckedEvent {
            seq: e.seq,
            prev_hash: prev,
            hash,
            canonical,
            parsed,
        });
        prev = hash;
    }
    Ok(out)
}

/// Whether `text` is a time as the ledger writes it: `YYYY-MM-DDTHH:MM:SS.ffffffZ`, UTC, six
/// fraction digits, a month, day, hour, minute and second in range. Text in this one form sorts
/// as time does, which is how the hub compares times across sites.
pub fn is_ledger_time(text: &str) -> bool {
    let b = text.as_bytes();
    let shape = b"dddd-dd-ddTdd:dd:dd.ddddddZ";
    if b.len() != shape.len() {
        return false;
    }
    let shaped = b.iter().zip(shape.iter()).all(|(c, s)| match s {
        b'd' => c.is_ascii_digit(),
        other => c == other,
    });
    // Digits only from here on, so each slice parses.
    let n = |from: usize, to: usize| text[from..to].parse::<u32>().unwrap_or(u32::MAX);
    shaped
        && (1..=12).contains(&n(5, 7))
        && (1..=31).contains(&n(8, 10))
        && n(11, 13) < 24
        && n(14, 16) < 60
        && n(17, 19) < 61
}
