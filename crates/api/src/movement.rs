//! Movements: one scan of a receipt, dispense, transfer, return, quarantine, release, destruction
//! or return to supplier. This is where a movement's policy lives, for every front end: which
//! fields it needs, which actions are signed and with what meaning, and the reference a receipt
//! against an expected shipment gets when none is given.

use custody_core::movement::{Movement, ScanInput, ScanSession, Verdict};
use custody_core::SignatureMeaning;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::{args, ApiError, Result};
use crate::Cx;

/// One scan in a movement. Locations and partners by code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ScanRequest {
    /// The movement.
    pub movement: Movement,
    /// Where the scanning happens (location code).
    pub location: String,
    /// Destination of a transfer (location code).
    #[serde(default)]
    pub to_location: Option<String>,
    /// Supplier, recipient or receiving site (partner code).
    #[serde(default)]
    pub counterparty: Option<String>,
    /// The document (PO, prescription, ward order, transfer note). A receipt against an expected
    /// shipment without one takes the shipment's reference.
    #[serde(default)]
    pub reference: Option<String>,
    /// Why (required to quarantine or destroy).
    #[serde(default)]
    pub reason: Option<String>,
    /// The expected shipment a receipt is checked against.
    #[serde(default)]
    pub shipment: Option<i64>,
    /// Exactly what the scanner sent.
    pub raw: String,
    /// For lot-tracked products: how many.
    #[serde(default)]
    pub quantity: Option<i64>,
    /// Unit cost on receipt, in cents.
    #[serde(default)]
    pub unit_cost_cents: Option<i64>,
    /// To override a blocked scan (permitted users only): why. Overriding is signed.
    #[serde(default)]
    pub override_reason: Option<String>,
    /// When what is scanned happened, if earlier than now (RFC 3339): a delivery entered late.
    #[serde(default)]
    pub occurred_at: Option<String>,
    /// The user's password, re-entered when the movement is signed (see [`MovementRules`]).
    #[serde(default)]
    pub password: Option<String>,
}

/// What a movement needs before the first scan, so a front end asks for it up front.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MovementRules {
    /// The movement.
    pub movement: Movement,
    /// A reason is required (quarantine, destroy).
    pub needs_reason: bool,
    /// A destination location (or the partner stock leaves for) is required (transfer).
    pub needs_destination: bool,
    /// The partner is required (return to supplier).
    pub needs_partner: bool,
    /// The signature the movement needs (the password re-entered), with its meaning; `None`
    /// when it is not signed. An override of a blocked scan is always signed `approved`.
    pub signature: Option<SignatureMeaning>,
}

/// The rules of `movement`. Destroying is signed `performed` (the person did it); releasing from
/// quarantine is signed `approved` (a QA decision that the stock may be used again), as is an
/// override of a blocked scan. (Decision record: docs/decisions/2026-12-01-one-application-layer.md.)
pub fn movement_rules(movement: Movement) -> MovementRules {
    use Movement as M;
    MovementRules {
        movement,
        needs_reason: matches!(movement, M::Quarantine | M::Destroy),
        needs_destination: movement == M::Transfer,
        needs_partner: movement == M::ReturnToSupplier,
        signature: match movement {
            M::Destroy => Some(SignatureMeaning::Performed),
            M::Release => Some(SignatureMeaning::Approved),
            _ => None,
        },
    }
}

/// The rules of a movement, for the scan screen.
pub fn rules(cx: &mut Cx<'_>, movement: Movement) -> Result<MovementRules> {
    cx.session()?;
    Ok(movement_rules(movement))
}

/// The meaning a scan is signed with: the movement's, else `approved` for an override.
fn signature_meaning(request: &ScanRequest) -> Option<SignatureMeaning> {
    movement_rules(request.movement).signature.or(request
        .override_reason
        .as_deref()
        .filter(|r| !r.trim().is_empty())
        .map(|_| SignatureMeaning::Approved))
}

/// One scan: decoded with the site's scanner settings, checked against the pack's state and
/// the site's limits, and recorded unless blocked.
pub fn scan(cx: &mut Cx<'_>, request: ScanRequest) -> Result<Verdict> {
    let session = cx.session()?;
    let me = session.actor().user();
    let now = cx.now()?;
    if request.raw.trim().is_empty() {
        return Err(ApiError::field("scan.empty", "raw", Default::default()));
    }
    let text = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    let store = cx.store();
    let location = store.location(request.location.trim())?;
    let mut s = ScanSession::new(request.movement, location.id);
    if let Some(to) = text(&request.to_location) {
        s.to_location = Some(store.location(&to)?.id);
    }
    if let Some(p) = text(&request.counterparty) {
        s.counterparty = Some(store.partner(&p)?.id);
    }
    s.shipment = request.shipment;
    s.reference = match (text(&request.reference), request.shipment) {
        (Some(r), _) => Some(r),
        (None, Some(id)) => Some(store.shipment(me, id)?.reference),
        (None, None) => None,
    };
    s.reason = text(&request.reason);
    s.scanner = session.settings().decode_options(now.local_date());
    s.policy = session.settings().scan_policy();
    s.occurred_at = match text(&request.occurred_at) {
        Some(t) => Some(custody_core::Timestamp::parse(&t).ok_or_else(|| {
            ApiError::field(
                "movement.occurred_unreadable",
                "occurred_at",
                args([("time", Value::from(t.as_str()))]),
            )
        })?),
        None => None,
    };
    if let Some(meaning) = signature_meaning(&request) {
        let password = request
            .password
            .as_deref()
            .filter(|p| !p.is_empty())
            .ok_or_else(|| {
                ApiError::field(
                    "auth.signature_required",
                    "password",
                    args([("meaning", Value::from(meaning.to_string()))]),
                )
            })?;
        s.signature = Some(store.sign(me, password, meaning, now)?);
    }
    let input = ScanInput {
        raw: request.raw,
        quantity: request.quantity,
        unit_cost_cents: request.unit_cost_cents,
        override_reason: text(&request.override_reason),
    };
    Ok(store.scan(me, &s, &input, now)?)
}
