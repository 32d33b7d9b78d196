//! `custody-hub demo`: an empty hub filled with a small network to look at — two sites (a main
//! pharmacy and a clinic) enrolled with their own keys, their events built with the ledger's
//! canonical encoder, signed in batches and taken through the same enrolment and push code as
//! the HTTP routes (every hash recomputed, every signature checked), not written into tables.
//!
//! What it shows: packs received from a supplier, a transfer received at the clinic, one still
//! in transit, a pack dispensed to a ward — and a planted counterfeit: that dispensed pack
//! received again at the clinic from an outside partner, which raises one alarm (seen after it
//! was dispensed; received twice from outside the network). That partner's code is written as
//! markup (`<script>…`), as a careless import could leave it, to show that the page prints a
//! site's data as text. Used by README's "try the hub" and by the browser test.

use axum::http::{header, HeaderMap, HeaderValue};
use custody_ledger_format::{canonical_bytes, Canonical, CanonicalLine, Format, GENESIS};
use custody_sync_protocol::{
    chained_hash, signed_batch, EnrolRequest, SiteKey, WireEvent, PROTOCOL,
};

use crate::db::Database;
use crate::{admin, auth, enrol, push, Failure, HubError};

/// The demonstration's product.
pub const GTIN: &str = "09506000134352";
/// The demonstration's lot.
pub const LOT: &str = "L2611";
/// The outside partner of the planted counterfeit, written as markup.
pub const HOSTILE_PARTNER: &str = "<script>alert('demo')</script>";

/// One movement of the demonstration: kind, partner, when, and (serial, before, after) lines.
type Movement = (
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static [(&'static str, Option<&'static str>, &'static str)],
);

const NORTH: &[Movement] = &[
    (
        "receive",
        Some("PHARMA-SUP"),
        "2026-11-20T08:00:00.000000Z",
        &[
            ("S1", None, "in_stock"),
            ("S2", None, "in_stock"),
            ("S3", None, "in_stock"),
            ("S4", None, "in_stock"),
        ],
    ),
    (
        "transfer",
        Some("SOUTH"),
        "2026-11-21T09:00:00.000000Z",
        &[("S3", Some("in_stock"), "transferred_out")],
    ),
    (
        "dispense",
        Some("WARD-A"),
        "2026-11-22T10:00:00.000000Z",
        &[("S1", Some("in_stock"), "dispensed")],
    ),
    (
        "transfer",
        Some("SOUTH"),
        "2026-11-28T09:00:00.000000Z",
        &[("S4", Some("in_stock"), "transferred_out")],
    ),
];

const SOUTH: &[Movement] = &[
    (
        "receive",
        Some("NORTH"),
        "2026-11-21T15:00:00.000000Z",
        &[("S3", None, "in_stock")],
    ),
    (
        "receive",
        Some(HOSTILE_PARTNER),
        "2026-11-24T11:00:00.000000Z",
        &[("S1", None, "in_stock")],
    ),
];

/// Fills an empty hub with the demonstration network; what it did, in lines.
pub async fn fill(db: &Database) -> Result<Vec<String>, HubError> {
    if !admin::sites(db).await?.is_empty() {
        return Err(HubError::Invalid {
            what: "demo",
            why: "fills only a hub with no sites yet: give it a database of its own",
        });
    }
    let sites = [
        ("NORTH", "North main pharmacy", NORTH),
        ("SOUTH", "South clinic", SOUTH),
    ];
    // Every site is added before any pushes, as the README asks of a real network: a transfer is
    // one between network sites only if its partner is a site when the send is pushed.
    let mut codes = Vec::new();
    for (code, name, _) in sites {
        codes.push(admin::add_site(db, code, name).await?);
    }
    let mut said = Vec::new();
    for ((code, name, movements), enrolment) in sites.into_iter().zip(codes) {
        let pushed = enrol_and_push(db, code, enrolment, movements).await?;
        said.push(format!("site {code} ({name}): {pushed} events pushed"));
    }
    said.push(format!(
        "recall reach: custody-hub reach --gtin {GTIN} --lot {LOT}; alarms: custody-hub alarms"
    ));
    Ok(said)
}

/// Enrols one site with its one-time code and pushes its events; how many it pushed.
async fn enrol_and_push(
    db: &Database,
    code: &str,
    enrolment: String,
    movements: &[Movement],
) -> Result<usize, HubError> {
    let key = SiteKey::generate().map_err(HubError::Random)?;
    let reply = enrol::enrol(
        db,
        EnrolRequest {
            protocol: PROTOCOL.to_string(),
            code: enrolment,
            site: code.to_string(),
            public_key: key.public_key(),
        },
    )
    .await
    .map_err(refused)?;
    let events = chain(code, movements);
    let request = signed_batch(&key, code, &GENESIS, events)
        .map_err(|e| HubError::Damaged(format!("the demo's own chain does not check: {e}")))?;
    let mut headers = HeaderMap::new();
    let bearer = HeaderValue::from_str(&format!("Bearer {}", reply.token))
        .map_err(|e| HubError::Damaged(format!("the hub's token is not a header value: {e}")))?;
    headers.insert(header::AUTHORIZATION, bearer);
    let mut client = db.client().await?;
    let caller = auth::caller(&**client, &headers, code)
        .await
        .map_err(refused)?;
    push::push(&mut client, &caller, request)
        .await
        .map_err(refused)?;
    Ok(movements.len())
}

/// The site's events, chained from the genesis hash.
fn chain(code: &str, movements: &[Movement]) -> Vec<WireEvent> {
    let mut prev = GENESIS;
    let mut events = Vec::new();
    for (i, (kind, partner, when, lines)) in movements.iter().enumerate() {
        let seq = i as i64 + 1;
        let id = format!(
            "0193{:04x}-0000-7000-8000-{seq:012}",
            if code == "NORTH" { 1 } else { 2 }
        );
        let event = Canonical {
            format: Format::CURRENT,
            id: &id,
            site: code,
            kind,
            occurred_at: when,
            occurred_offset: 60,
            recorded_at: when,
            actor: "ana",
            location: Some("MAIN"),
            counterparty: *partner,
            reference: None,
            reason: None,
            raw_scan: None,
            signature: None,
            subject: None,
        };
        let lines: Vec<CanonicalLine> = lines
            .iter()
            .enumerate()
            .map(|(n, (serial, before, after))| CanonicalLine {
                line_no: n as i64 + 1,
                gtin: GTIN,
                lot: Some(LOT),
                serial: Some(serial),
                expiry: Some("2027-06-30"),
                quantity: 1,
                status_before: *before,
                status_after: Some(after),
                location_before: before.map(|_| "MAIN"),
                location_after: matches!(*after, "in_stock").then_some("MAIN"),
                unit_cost_cents: None,
            })
            .collect();
        let bytes = canonical_bytes(&event, &lines);
        let hash = chained_hash(&prev, &bytes);
        events.push(WireEvent::new(seq, Format::CURRENT, &bytes, &hash));
        prev = hash;
    }
    events
}

/// A refusal of the hub's own checks, which the demo's data should never meet.
fn refused(failure: Failure) -> HubError {
    match failure {
        Failure::Internal(e) => e,
        Failure::Refused(r) => HubError::Damaged(format!("the hub refused the demo's data: {r}")),
        Failure::TooLarge(max) => HubError::Damaged(format!(
            "the demo's batch is larger than the hub takes ({max} bytes)"
        )),
    }
}
