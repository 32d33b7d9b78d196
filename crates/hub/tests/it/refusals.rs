//! Pushes and reads the hub refuses, each with its code and status and nothing stored: a
//! signature that is not the site's, a token that is missing or another site's, a broken hash,
//! an event of another site, malformed or oversized bodies.

use custody_ledger_format::{Format, GENESIS};
use custody_sync_protocol::{batch_message, chained_hash, routes, SiteKey, WireEvent, PROTOCOL};

use crate::support::{event_bytes, Site, TestHub};

/// Asserts the refusal's status and code, and that the hub holds no event.
fn refused(hub: &TestHub, (status, body): (u16, serde_json::Value), want: (u16, &str), why: &str) {
    assert_eq!(
        (status, body["code"].as_str()),
        (want.0, Some(want.1)),
        "{why}: {body}"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM event"),
        0,
        "{why}: nothing stored"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM batch_signature"),
        0,
        "{why}: no signature stored"
    );
}

#[test]
fn a_batch_signed_with_another_key_is_refused() {
    let hub = TestHub::start();
    let mut site = Site::enrolled(&hub, "NORTH");
    site.record(3);
    let mut batch = site.batch(1, 3);
    let thief = SiteKey::generate().expect("a key");
    let message = batch_message("NORTH", 1, &GENESIS, 3, &site.hash_at(3));
    batch.signature = thief.sign(&message);
    refused(
        &hub,
        site.send(&hub, &batch),
        (403, "bad_signature"),
        "a key other than the enrolled one",
    );
    batch.signature = "not base64!".into();
    refused(
        &hub,
        site.send(&hub, &batch),
        (403, "bad_signature"),
        "a signature that does not decode",
    );
}

#[test]
fn a_missing_wrong_or_other_sites_token_is_unauthorized() {
    let hub = TestHub::start();
    let mut north = Site::enrolled(&hub, "NORTH");
    let south = Site::enrolled(&hub, "SOUTH");
    north.record(2);
    let batch = north.batch(1, 2);
    let path = routes::events("NORTH");
    refused(
        &hub,
        hub.post(&path, None, &batch),
        (401, "unauthorized"),
        "no token",
    );
    refused(
        &hub,
        hub.post(&path, Some("made-up"), &batch),
        (401, "unauthorized"),
        "a token the hub never gave",
    );
    refused(
        &hub,
        hub.post(&path, Some(&south.token), &batch),
        (401, "unauthorized"),
        "SOUTH's token on NORTH's route",
    );
    let (status, body) = hub.get(&routes::head("NORTH"), Some(&south.token));
    assert_eq!(
        (status, body["code"].as_str()),
        (401, Some("unauthorized")),
        "one site never reads another's head"
    );
    let (status, _) = hub.get(&routes::events("NORTH"), Some(&south.token));
    assert_eq!(status, 401, "one site never reads another's events");
}

#[test]
fn a_broken_hash_is_a_bad_chain() {
    let hub = TestHub::start();
    let mut site = Site::enrolled(&hub, "NORTH");
    site.record(3);
    let mut batch = site.batch(1, 3);
    batch.events[1].hash = hex::encode([7u8; 32]);
    let (status, body) = site.send(&hub, &batch);
    assert!(
        body["reason"]
            .as_str()
            .is_some_and(|r| r.contains("event 2")),
        "the refusal says which event: {body}"
    );
    refused(
        &hub,
        (status, body),
        (400, "bad_chain"),
        "a hash that is not the bytes'",
    );
    let mut batch = site.batch(1, 3);
    batch.events[2].canonical = batch.events[0].canonical.clone();
    refused(
        &hub,
        site.send(&hub, &batch),
        (400, "bad_chain"),
        "bytes swapped under a hash",
    );
}

#[test]
fn an_event_of_another_site_is_refused_even_when_signed() {
    let hub = TestHub::start();
    let site = Site::enrolled(&hub, "NORTH");
    // NORTH's key signs a chain whose event names SOUTH: the hub must not file it under NORTH.
    let bytes = event_bytes("SOUTH", "A", 1);
    let hash = chained_hash(&GENESIS, &bytes);
    let batch = custody_sync_protocol::PushRequest {
        protocol: PROTOCOL.into(),
        site: "NORTH".into(),
        from_seq: 1,
        prev_hash: hex::encode(GENESIS),
        events: vec![WireEvent::new(1, Format::CURRENT, &bytes, &hash)],
        signature: site
            .key()
            .sign(&batch_message("NORTH", 1, &GENESIS, 1, &hash)),
    };
    let (status, body) = site.send(&hub, &batch);
    assert!(
        body["reason"].as_str().is_some_and(|r| r.contains("SOUTH")),
        "the refusal names the other site: {body}"
    );
    refused(
        &hub,
        (status, body),
        (400, "bad_chain"),
        "an event of another site",
    );
    let mut named = batch.clone();
    named.site = "SOUTH".into();
    refused(
        &hub,
        site.send(&hub, &named),
        (400, "bad_request"),
        "a batch naming another site on NORTH's route",
    );
}

#[test]
fn malformed_or_oversized_requests_are_bad_requests() {
    let hub = TestHub::start();
    let mut site = Site::enrolled(&hub, "NORTH");
    site.record(2);
    let path = routes::events("NORTH");
    refused(
        &hub,
        hub.post(
            &path,
            Some(&site.token),
            &serde_json::json!({"from_seq": 1}),
        ),
        (400, "bad_request"),
        "a body that is not a batch",
    );
    let mut other = site.batch(1, 2);
    other.protocol = "custody.sync.v0".into();
    refused(
        &hub,
        site.send(&hub, &other),
        (400, "bad_request"),
        "another protocol version",
    );
    let mut start = site.batch(1, 2);
    start.prev_hash = hex::encode([1u8; 32]);
    refused(
        &hub,
        site.send(&hub, &start),
        (400, "bad_chain"),
        "event 1 after something other than genesis",
    );
    let huge = serde_json::json!({ "padding": "x".repeat(custody_hub::server::MAX_BODY + 1) });
    refused(
        &hub,
        hub.post(&path, Some(&site.token), &huge),
        (413, "bad_request"),
        "a body over the limit",
    );
    let (status, body) = hub.get(&format!("{path}?after=0&limit=501"), Some(&site.token));
    assert_eq!(
        (status, body["code"].as_str()),
        (400, Some("bad_request")),
        "a page is at most 500 events"
    );
}
