//! The site–hub protocol (`custody.sync.v1`), in one crate that both sides build on, so what a
//! site sends and what the hub checks cannot drift apart:
//!
//! - a site **pushes** its ledger in batches by `(site, seq)` ([`PushRequest`]), each batch signed
//!   with the site's Ed25519 key over its first and last chain positions ([`batch_message`]);
//! - both sides check a batch the same way ([`check_chain`]): gapless sequence numbers, every
//!   hash recomputed from the previous hash and the canonical bytes (the ledger-format crate),
//!   and the bytes parsed back to the same event id and site;
//! - a site **enrols** once with a one-time code and its public key ([`EnrolRequest`]) and gets a
//!   bearer token;
//! - a site **pulls** what the hub owns and the alarms that concern it ([`FeedPage`]), by a
//!   cursor that never passes a change committed late;
//! - a site **sends its recall outcomes** that are not on its ledger, for the network's recalls
//!   ([`OutcomesRequest`]): a patient notified, a pack not traceable;
//! - the hub refuses with a [`Refusal`], a code with the figures a site needs to carry on (the
//!   sequence it expects, where a fork is, which outcome the hub cannot take).
//!
//! `docs/decisions/2026-12-01-hub-protocol.md` gives the reasons.

#![forbid(unsafe_code)]

use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};

use custody_ledger_format::{hash_bytes, parse, Format, GENESIS};

mod chain;
mod feed;
mod outcomes;

pub use chain::{check_chain, is_ledger_time, ChainError, CheckedEvent};
pub use feed::{
    FeedAlarm, FeedChange, FeedItem, FeedPage, FeedPartner, FeedProduct, FeedRecall, FeedSite,
    SharedRecall, SharedReply, MAX_FEED_PAGE,
};
pub use outcomes::{OutcomesAck, OutcomesRequest, SiteOutcome, MAX_OUTCOMES};

/// The protocol's name and version, sent with every request and checked by the hub.
pub const PROTOCOL: &str = "custody.sync.v1";

/// At most this many events in one pushed batch.
pub const MAX_BATCH_EVENTS: usize = 500;

/// At most this many bytes of canonical event data in one pushed batch.
pub const MAX_BATCH_BYTES: usize = 1 << 20;

/// The hub's routes, relative to its base address.
pub mod routes {
    /// `POST`: enrol a site with a one-time code.
    pub const ENROL: &str = "/v1/enrol";
    /// `POST /v1/sites/{site}/events`: push a batch. `GET …/events?after=N&limit=M`: read a
    /// site's own events back (a site restored from an old backup, or rebuilt).
    pub fn events(site: &str) -> String {
        format!("/v1/sites/{site}/events")
    }
    /// `GET`: the last event the hub holds for a site.
    pub fn head(site: &str) -> String {
        format!("/v1/sites/{site}/head")
    }
    /// `GET …/feed?after=CURSOR&limit=N`: the master data and alarms for a site, after its
    /// pull cursor.
    pub fn feed(site: &str) -> String {
        format!("/v1/sites/{site}/feed")
    }
    /// `POST`: share a recall the site entered itself with the network.
    pub fn recalls(site: &str) -> String {
        format!("/v1/sites/{site}/recalls")
    }
    /// `POST`: the site's outcomes of network recalls that are not on its ledger (a patient
    /// notified, a pack not traceable).
    pub fn recall_outcomes(site: &str) -> String {
        format!("/v1/sites/{site}/recall-outcomes")
    }
}

/// One event on the wire: its position, its canonical bytes and the hash the site computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireEvent {
    /// The site's sequence number (gapless from 1).
    pub seq: i64,
    /// The format the canonical bytes are in (`event.format`).
    pub format: i64,
    /// The canonical bytes, base64 (standard alphabet, padded).
    pub canonical: String,
    /// The event's hash, lowercase hex.
    pub hash: String,
}

impl WireEvent {
    /// An event from its stored parts.
    pub fn new(seq: i64, format: Format, canonical: &[u8], hash: &[u8; 32]) -> WireEvent {
        WireEvent {
            seq,
            format: format.number(),
            canonical: base64::engine::general_purpose::STANDARD.encode(canonical),
            hash: hex::encode(hash),
        }
    }

    /// The canonical bytes.
    pub fn canonical_bytes(&self) -> Result<Vec<u8>, ChainError> {
        base64::engine::general_purpose::STANDARD
            .decode(&self.canonical)
            .map_err(|_| ChainError::NotBase64 { seq: self.seq })
    }
}

/// A position in a site's chain: a sequence number and the hash of the event there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    /// Sequence number.
    pub seq: i64,
    /// Hash, lowercase hex.
    pub hash: String,
}

/// A batch of a site's events, pushed to the hub.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushRequest {
    /// [`PROTOCOL`].
    pub protocol: String,
    /// The site's code.
    pub site: String,
    /// The sequence number of the first event.
    pub from_seq: i64,
    /// The hash before the first event (the genesis hash, all zeros, for `from_seq` 1).
    pub prev_hash: String,
    /// The events, in sequence order.
    pub events: Vec<WireEvent>,
    /// The site's Ed25519 signature over [`batch_message`], base64.
    pub signature: String,
}

/// The hub's answer to a batch it holds (stored now, or already held: a replay).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ack {
    /// The last sequence number the hub holds for the site.
    pub acked_seq: i64,
    /// Its hash, lowercase hex.
    pub acked_hash: String,
    /// How many of the batch's events were new (the rest were held already).
    pub stored: i64,
}

/// A site asks to join the network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolRequest {
    /// [`PROTOCOL`].
    pub protocol: String,
    /// The one-time code the hub's administrator gave for this site.
    pub code: String,
    /// The site's code, as its ledger names it.
    pub site: String,
    /// The site's Ed25519 public key, base64 (32 bytes).
    pub public_key: String,
}

/// The hub accepts a site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolReply {
    /// The bearer token the site sends from now on. The hub keeps only its hash.
    pub token: String,
    /// The last event the hub already holds for this site (a site enrolled again after a
    /// rebuild), if any.
    pub head: Option<Head>,
}

/// The last event the hub holds for a site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeadReply {
    /// None when it holds none.
    pub head: Option<Head>,
    /// Why the hub suspended the site, while it is: a copy of the site with nothing to push
    /// hears so when it asks for its head. Absent from an older hub's answer, and ignored by an
    /// older site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspended: Option<String>,
}

/// A page of a site's own events, read back from the hub.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventsPage {
    /// The events after the asked sequence number, in order.
    pub events: Vec<WireEvent>,
    /// The last event the hub holds for the site.
    pub head: Option<Head>,
}

/// Why the hub did not take a request, as a code and the figures to act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Refusal {
    /// The batch starts after a gap: send from `expected_seq`.
    Gap {
        /// The next sequence number the hub expects.
        expected_seq: i64,
    },
    /// The hub holds a different event at `seq`: this site's chain has diverged from what it
    /// pushed before (a clone, or a restore from an old backup that then recorded new work).
    /// Nothing of the batch was stored; an alarm was raised at the hub.
    Fork {
        /// The first diverging position.
        seq: i64,
        /// The hash the hub holds there.
        held_hash: String,
        /// The hash offered.
        offered_hash: String,
    },
    /// The batch does not check: a hash, a sequence number or the bytes are wrong.
    BadChain {
        /// What is wrong, and where.
        reason: String,
    },
    /// The batch's signature does not verify with the site's enrolled key.
    BadSignature,
    /// No token, or not this site's.
    Unauthorized,
    /// The enrolment code is unknown, used, expired, or for another site.
    BadEnrolmentCode,
    /// The request is malformed, too large or of another protocol version.
    BadRequest {
        /// What is wrong.
        reason: String,
    },
    /// The site is suspended after a fork until an administrator resolves it.
    Suspended {
        /// Why.
        reason: String,
    },
    /// An outcome names a recall the hub does not hold under that number. Nothing of the
    /// request was stored.
    UnknownRecall {
        /// The outcome's place in the request (from 0).
        index: i64,
        /// The hub's number for the recall, as sent.
        recall: i64,
        /// The recall's number, as sent.
        number: String,
    },
    /// An outcome is for a pack or lot the recall does not cover. Nothing of the request was
    /// stored.
    NotCovered {
        /// The outcome's place in the request (from 0).
        index: i64,
        /// The recall's number.
        number: String,
        /// What it names, in words (`GTIN …, serial …`).
        item: String,
    },
    /// An outcome does not read as the protocol writes one (a GTIN without its check digit, a
    /// username too long…): the site can never send it as it is. Nothing of the request was
    /// stored.
    BadOutcome {
        /// The outcome's place in the request (from 0).
        index: i64,
        /// What is wrong with it.
        reason: String,
    },
}

impl Refusal {
    /// The code alone (`gap`, `fork`, …), as the wire names it.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::Gap { .. } => "gap",
            Refusal::Fork { .. } => "fork",
            Refusal::BadChain { .. } => "bad_chain",
            Refusal::BadSignature => "bad_signature",
            Refusal::Unauthorized => "unauthorized",
            Refusal::BadEnrolmentCode => "bad_enrolment_code",
            Refusal::BadRequest { .. } => "bad_request",
            Refusal::Suspended { .. } => "suspended",
            Refusal::UnknownRecall { .. } => "unknown_recall",
            Refusal::NotCovered { .. } => "not_covered",
            Refusal::BadOutcome { .. } => "bad_outcome",
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Gap { expected_seq } => {
                write!(f, "the hub expects event {expected_seq} next")
            }
            Refusal::Fork { seq, .. } => write!(
                f,
                "fork: the hub holds a different event {seq} for this site; call the hub administrator"
            ),
            Refusal::BadChain { reason } => write!(f, "the batch does not check: {reason}"),
            Refusal::BadSignature => write!(f, "the batch's signature does not match the site's key"),
            Refusal::Unauthorized => write!(f, "the hub does not know this site's credential"),
            Refusal::BadEnrolmentCode => {
                write!(f, "the enrolment code is unknown, used, expired or for another site")
            }
            Refusal::BadRequest { reason } => write!(f, "bad request: {reason}"),
            Refusal::Suspended { reason } => write!(f, "the site is suspended at the hub: {reason}"),
            Refusal::UnknownRecall { recall, number, .. } => write!(
                f,
                "the hub holds no network recall {number} (its number {recall})"
            ),
            Refusal::NotCovered { number, item, .. } => {
                write!(f, "the hub's recall {number} does not cover {item}")
            }
            Refusal::BadOutcome { index, reason } => {
                write!(f, "outcome {index} does not read: {reason}")
            }
        }
    }
}

impl std::error::Error for Refusal {}

/// The bytes a site signs for a batch: the protocol's tag, the site code (length-prefixed),
/// then the first sequence number, the hash before it, the last sequence number and its hash.
/// The hub recomputes every hash in between from the canonical bytes, so these two positions
/// commit the site to every event of the batch.
pub fn batch_message(
    site: &str,
    from_seq: i64,
    prev_hash: &[u8; 32],
    last_seq: i64,
    last_hash: &[u8; 32],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(32 + site.len() + 16 + 64);
    out.extend_from_slice(b"custody.sync.batch.v1");
    out.extend_from_slice(&(site.len() as u32).to_be_bytes());
    out.extend_from_slice(site.as_bytes());
    out.extend_from_slice(&from_seq.to_be_bytes());
    out.extend_from_slice(prev_hash);
    out.extend_from_slice(&last_seq.to_be_bytes());
    out.extend_from_slice(last_hash);
    out
}

/// A site's signing key.
pub struct SiteKey(SigningKey);

impl std::fmt::Debug for SiteKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SiteKey({})", self.public_key())
    }
}

impl SiteKey {
    /// A new key from the operating system's random source.
    pub fn generate() -> Result<SiteKey, getrandom::Error> {
        let mut seed = [0u8; 32];
        getrandom::getrandom(&mut seed)?;
        Ok(SiteKey(SigningKey::from_bytes(&seed)))
    }

    /// The key from its stored 32-byte seed.
    pub fn from_seed(seed: &[u8; 32]) -> SiteKey {
        SiteKey(SigningKey::from_bytes(seed))
    }

    /// The 32-byte seed to store.
    pub fn seed(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    /// The public key, base64, as enrolment sends it.
    pub fn public_key(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(self.0.verifying_key().to_bytes())
    }

    /// The signature over `message`, base64.
    pub fn sign(&self, message: &[u8]) -> String {
        base64::engine::general_purpose::STANDARD.encode(self.0.sign(message).to_bytes())
    }
}

/// Whether `signature` (base64) is `public_key`'s (base64) over `message`.
pub fn verify_signature(public_key: &str, message: &[u8], signature: &str) -> bool {
    let b64 = base64::engine::general_purpose::STANDARD;
    let (Ok(key), Ok(sig)) = (b64.decode(public_key), b64.decode(signature)) else {
        return false;
    };
    let (Ok(key), Ok(sig)) = (<[u8; 32]>::try_from(key), <[u8; 64]>::try_from(sig)) else {
        return false;
    };
    let Ok(key) = VerifyingKey::from_bytes(&key) else {
        return false;
    };
    key.verify(message, &Signature::from_bytes(&sig)).is_ok()
}

/// Whether `public_key` is a well-formed Ed25519 public key in base64.
pub fn is_public_key(public_key: &str) -> bool {
    base64::engine::general_purpose::STANDARD
        .decode(public_key)
        .ok()
        .and_then(|k| <[u8; 32]>::try_from(k).ok())
        .is_some_and(|k| VerifyingKey::from_bytes(&k).is_ok())
}

/// A hash as the wire writes it.
pub fn hash_hex(hash: &[u8; 32]) -> String {
    hex::encode(hash)
}

/// A hash from the wire's hex.
pub fn parse_hash(text: &str) -> Option<[u8; 32]> {
    let bytes = hex::decode(text).ok()?;
    <[u8; 32]>::try_from(bytes).ok()
}

/// The genesis hash in hex (the `prev_hash` of a batch from sequence 1).
pub fn genesis_hex() -> String {
    hex::encode(GENESIS)
}

/// A signed batch of `events` (non-empty, in order, starting after `prev_hash`).
pub fn signed_batch(
    key: &SiteKey,
    site: &str,
    prev_hash: &[u8; 32],
    events: Vec<WireEvent>,
) -> Result<PushRequest, ChainError> {
    let checked = check_chain(site, prev_hash, &events)?;
    let (first, last) = match (checked.first(), checked.last()) {
        (Some(f), Some(l)) => (f, l),
        _ => return Err(ChainError::Empty),
    };
    let message = batch_message(site, first.seq, prev_hash, last.seq, &last.hash);
    Ok(PushRequest {
        protocol: PROTOCOL.to_string(),
        site: site.to_string(),
        from_seq: first.seq,
        prev_hash: hex::encode(prev_hash),
        signature: key.sign(&message),
        events,
    })
}

/// The hash of `canonical` chained to `prev` (re-exported for both sides' convenience).
pub fn chained_hash(prev: &[u8; 32], canonical: &[u8]) -> [u8; 32] {
    hash_bytes(prev, canonical)
}

/// Parses canonical bytes (re-exported so the hub need not name the ledger-format crate for it).
pub fn parse_event(
    canonical: &[u8],
) -> Result<custody_ledger_format::Parsed, custody_ledger_format::ParseError> {
    parse(canonical)
}

#[cfg(test)]
mod tests;
