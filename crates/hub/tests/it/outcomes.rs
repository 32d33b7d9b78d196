//! A site's recall outcomes kept beside its ledger, sent to the hub: stored once however often
//! they are sent, and refused whole, with a code naming the outcome, when one names a recall the
//! hub does not hold, an item its recall does not cover, or does not read.

use custody_hub::people::Role;
use custody_hub::recall::{self, RecallInput};
use custody_sync_protocol::{routes, OutcomesRequest, SiteOutcome, PROTOCOL};
use serde_json::Value;

use crate::network::GTIN;
use crate::support::{Site, TestHub};

/// A hub with site NORTH enrolled and recall RC-9 of lot L1 and serial S7 of [`GTIN`]; its id.
fn hub_with_recall() -> (TestHub, Site, i64) {
    let hub = TestHub::start();
    let north = Site::enrolled(&hub, "NORTH");
    let osei = hub.add_person("osei", Role::Qa);
    let entered = hub
        .block_on(recall::add(
            &hub.db,
            &RecallInput {
                number: "RC-9".into(),
                gtin: GTIN.into(),
                lots: vec!["L1".into()],
                serials: vec!["S7".into()],
                class: "II".into(),
                reason: "Out-of-specification dissolution".into(),
                ..Default::default()
            },
            &osei,
        ))
        .expect("the recall");
    (hub, north, entered.id)
}

/// Pack `serial` of lot `lot`, dispensed and its patient notified, for recall `recall`.
fn notified(recall: i64, serial: &str, lot: &str) -> SiteOutcome {
    SiteOutcome {
        recall,
        number: "RC-9".into(),
        gtin: GTIN.into(),
        serial: Some(serial.into()),
        lot: Some(lot.into()),
        status: "dispensed".into(),
        outcome: "notified".into(),
        quantity: 1,
        recorded_at: "2026-12-02T09:00:00.000000Z".into(),
        recorded_by: "alice".into(),
    }
}

/// Sends `outcomes` as `site`; the status and answer.
fn send(hub: &TestHub, site: &Site, outcomes: Vec<SiteOutcome>) -> (u16, Value) {
    let request = OutcomesRequest {
        protocol: PROTOCOL.into(),
        site: site.code.clone(),
        outcomes,
    };
    hub.post(
        &routes::recall_outcomes(&site.code),
        Some(&site.token),
        &request,
    )
}

fn stored(hub: &TestHub) -> i64 {
    hub.number("SELECT count(*) FROM site_outcome")
}

#[test]
fn an_outcome_sent_again_is_stored_once() {
    let (hub, north, id) = hub_with_recall();
    let (status, ack) = send(&hub, &north, vec![notified(id, "S1", "L1")]);
    assert_eq!(
        (status, ack["stored"].as_i64(), ack["held"].as_i64()),
        (200, Some(1), Some(0)),
        "{ack}"
    );
    let (status, ack) = send(
        &hub,
        &north,
        vec![notified(id, "S1", "L1"), notified(id, "S7", "L5")],
    );
    assert_eq!(
        (status, ack["stored"].as_i64(), ack["held"].as_i64()),
        (200, Some(1), Some(1)),
        "sent again after a lost reply, the first is held already; S7 is named by serial: {ack}"
    );
    assert_eq!(stored(&hub), 2, "nothing is stored twice");
}

#[test]
fn an_outcome_of_a_recall_the_hub_does_not_hold_is_refused_with_nothing_stored() {
    let (hub, north, id) = hub_with_recall();
    let (status, refusal) = send(
        &hub,
        &north,
        vec![notified(id, "S1", "L1"), notified(id + 40, "S2", "L1")],
    );
    assert_eq!(status, 422, "{refusal}");
    assert_eq!(
        (
            refusal["code"].as_str(),
            refusal["index"].as_i64(),
            refusal["recall"].as_i64()
        ),
        (Some("unknown_recall"), Some(1), Some(id + 40)),
        "the refusal names the outcome by its place: {refusal}"
    );
    let wrong_number = SiteOutcome {
        number: "RC-10".into(),
        ..notified(id, "S1", "L1")
    };
    let (status, refusal) = send(&hub, &north, vec![wrong_number]);
    assert_eq!(
        (status, refusal["code"].as_str()),
        (422, Some("unknown_recall")),
        "the hub's number with another number is not the hub's recall: {refusal}"
    );
    assert_eq!(stored(&hub), 0, "a request is stored whole or not at all");
}

#[test]
fn an_outcome_for_a_pack_or_lot_the_recall_does_not_cover_is_refused() {
    let (hub, north, id) = hub_with_recall();
    let (status, refusal) = send(&hub, &north, vec![notified(id, "S2", "L2")]);
    assert_eq!(status, 422, "{refusal}");
    assert_eq!(refusal["code"].as_str(), Some("not_covered"));
    assert_eq!(
        refusal["item"].as_str(),
        Some(format!("GTIN {GTIN}, lot L2, serial S2").as_str()),
        "the refusal names the item: {refusal}"
    );
    let lot = SiteOutcome {
        serial: None,
        lot: Some("L3".into()),
        quantity: 40,
        ..notified(id, "S2", "L2")
    };
    let (status, refusal) = send(&hub, &north, vec![lot]);
    assert_eq!(
        (status, refusal["code"].as_str()),
        (422, Some("not_covered")),
        "a lot the site added to its own recall is not the network's: {refusal}"
    );
    let other_gtin = SiteOutcome {
        gtin: "09506000134369".into(),
        ..notified(id, "S7", "L1")
    };
    let (status, refusal) = send(&hub, &north, vec![other_gtin]);
    assert_eq!(
        (status, refusal["code"].as_str()),
        (422, Some("not_covered")),
        "another product's pack is never covered: {refusal}"
    );
    assert_eq!(stored(&hub), 0);
}

#[test]
fn an_outcome_that_does_not_read_is_refused_naming_it() {
    let (hub, north, id) = hub_with_recall();
    let cases = [
        (
            SiteOutcome {
                outcome: "destroyed".into(),
                ..notified(id, "S1", "L1")
            },
            "come with the push",
        ),
        (
            SiteOutcome {
                gtin: "09506000134353".into(),
                ..notified(id, "S1", "L1")
            },
            "GTIN",
        ),
        (
            SiteOutcome {
                status: "quarantined".into(),
                ..notified(id, "S1", "L1")
            },
            "status",
        ),
        (
            SiteOutcome {
                recorded_at: "yesterday".into(),
                ..notified(id, "S1", "L1")
            },
            "recorded at",
        ),
        (
            SiteOutcome {
                serial: Some("S 1".into()),
                ..notified(id, "S1", "L1")
            },
            "serial",
        ),
    ];
    for (outcome, says) in cases {
        let (status, refusal) = send(&hub, &north, vec![notified(id, "S1", "L1"), outcome]);
        let reason = refusal["reason"].as_str().unwrap_or_default();
        assert_eq!(
            (status, refusal["code"].as_str(), refusal["index"].as_i64()),
            (422, Some("bad_outcome"), Some(1)),
            "the refusal names the outcome by its place, so the site sets that one aside: {refusal}"
        );
        assert!(
            reason.contains(says),
            "the reason says what is wrong: {reason}"
        );
    }
    let request = OutcomesRequest {
        protocol: PROTOCOL.into(),
        site: "SOUTH".into(),
        outcomes: vec![notified(id, "S1", "L1")],
    };
    let (status, _) = hub.post(
        &routes::recall_outcomes(&north.code),
        Some(&north.token),
        &request,
    );
    assert_eq!(status, 400, "the body's site must be the route's");
    let (status, refusal) = hub.post(
        &routes::recall_outcomes("SOUTH"),
        Some(&north.token),
        &request,
    );
    assert_eq!(
        (status, refusal["code"].as_str()),
        (401, Some("unauthorized")),
        "one site's token never sends another's outcomes"
    );
    let mut note = serde_json::to_value(&request).expect("JSON");
    note["site"] = "NORTH".into();
    note["outcomes"][0]["note"] = "Mrs Example, 12 Main St".into();
    let (status, refusal) = hub.post(
        &routes::recall_outcomes(&north.code),
        Some(&north.token),
        &note,
    );
    assert_eq!(
        status, 400,
        "the protocol has no place for a note, which can name a patient: {refusal}"
    );
    assert_eq!(stored(&hub), 0, "nothing of a refused request is kept");
}
