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
