//! What the window may not do through `call`, and what a request may not carry unused.

use custody_api::movement::{signature_meaning, ScanRequest};
use custody_api::ops;
use custody_core::movement::Movement;
use custody_core::SignatureMeaning;
use serde_json::json;

use crate::fixture::{pack, Pharmacy};

#[test]
fn the_window_cannot_bring_scanner_or_receipt_settings_of_its_own() {
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    for request in [
        json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack("W1"),
               "policy_override": {"short_dated_days": 0}}),
        json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack("W1"),
               "scanner_override": {"gs_substitutes": ["~"]}}),
    ] {
        let e = ops::call(&mut p.host, Some(&mut sam), "scan", request)
            .expect_err("a member of staff cannot hide short-dated warnings from the scan screen");
        assert_eq!(e.code, "movement.run_override_refused");
    }
}

#[test]
fn a_destination_a_movement_does_not_use_is_refused_not_dropped() {
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    ops::call(
        &mut p.host,
        Some(&mut sam),
        "scan",
        json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack("D1")}),
    )
    .unwrap();
    let e = ops::call(
        &mut p.host,
        Some(&mut sam),
        "scan",
        json!({"movement": "dispense", "location": "MAIN", "to_location": "WARD-3", "raw": pack("D1")}),
    )
    .expect_err("a dispense goes to a patient, not to WARD-3");
    assert_eq!(e.code, "movement.destination_not_used");
    assert_eq!(e.args["field"], "to_location");
}

#[test]
fn overriding_a_blocked_scan_is_signed_approved_whatever_the_movement() {
    let request = |movement, override_reason: Option<&str>| ScanRequest {
        movement,
        location: "MAIN".into(),
        to_location: None,
        counterparty: None,
        reference: None,
        reason: Some("broken seal".into()),
        shipment: None,
        raw: pack("O1"),
        quantity: None,
        unit_cost_cents: None,
        unit_costs: None,
        override_reason: override_reason.map(String::from),
        occurred_at: None,
        password: None,
        fefo_confirmed: None,
        another_pack: None,
        tamper: None,
        scanner_override: None,
        policy_override: None,
    };
    assert_eq!(
        signature_meaning(&request(Movement::Destroy, None)),
        Some(SignatureMeaning::Performed),
        "a destruction is signed by who did it"
    );
    assert_eq!(
        signature_meaning(&request(
            Movement::Destroy,
            Some("QA checked the recall is lifted")
        )),
        Some(SignatureMeaning::Approved),
        "going ahead despite a block is an approval, even for a destruction"
    );
    assert_eq!(signature_meaning(&request(Movement::Dispense, None)), None);
}
