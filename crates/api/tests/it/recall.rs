//! Recalls through the operation list: entering, the signed outcome and closing.

use custody_api::ops;
use serde_json::{json, Value};

use crate::fixture::{pack, Pharmacy, AMOX, PASSWORD};

fn receive(p: &mut Pharmacy, serials: &[&str]) {
    let mut sam = p.sign_in("sam");
    for s in serials {
        let v = ops::call(
            &mut p.host,
            Some(&mut sam),
            "scan",
            json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack(s)}),
        )
        .unwrap();
        assert_eq!(v["verdict"], "accepted", "{v}");
    }
}

fn recall_form(number: &str) -> Value {
    json!({
        "number": number, "title": "Amoxicillin lot L1", "class": "II", "reason": "Out of specification",
        "scope": {"product": {"gtin": AMOX, "lots": ["L1"]}}
    })
}

#[test]
fn a_recall_entered_through_the_api_holds_its_stock_and_closes_signed_approved() {
    let mut p = Pharmacy::new();
    receive(&mut p, &["R1", "R2"]);
    let mut quinn = p.sign_in("quinn");
    let created = ops::call(
        &mut p.host,
        Some(&mut quinn),
        "create_recall",
        recall_form("RCL-1"),
    )
    .unwrap();
    assert_eq!(
        created["hold"]["units"], 2,
        "both packs of lot L1 are held: {created}"
    );

    let e = ops::call(
        &mut p.host,
        Some(&mut quinn),
        "recall_outcome",
        json!({"number": "RCL-1", "outcome": "destroyed"}),
    )
    .expect_err("destroying is signed");
    assert_eq!(e.code, "signature.required");
    assert_eq!(
        e.args["meaning"], "performed",
        "the refusal says what the signature will mean"
    );

    let done = ops::call(
        &mut p.host,
        Some(&mut quinn),
        "recall_outcome",
        json!({"number": "RCL-1", "outcome": "destroyed", "password": PASSWORD}),
    )
    .unwrap();
    assert_eq!(done["units"], 2, "{done}");
    let closed = ops::call(
        &mut p.host,
        Some(&mut quinn),
        "close_recall",
        json!({"number": "RCL-1", "password": PASSWORD}),
    )
    .unwrap();
    assert_eq!(
        closed["close_meaning"], "approved",
        "closing approves that every item is accounted for: {closed}"
    );
}

#[test]
fn a_recall_whose_gtin_cannot_be_read_is_refused_naming_the_field() {
    let mut p = Pharmacy::new();
    let mut quinn = p.sign_in("quinn");
    let mut form = recall_form("RCL-2");
    form["scope"]["product"]["gtin"] = json!("12345");
    let e =
        ops::call(&mut p.host, Some(&mut quinn), "create_recall", form).expect_err("not a GTIN");
    assert_eq!(e.code, "recall.gtin_unreadable");
    assert_eq!(e.args["field"], "gtin");
    assert_eq!(e.args["gtin"], "12345");
}

#[test]
fn a_request_with_a_misspelt_field_is_refused_not_narrowed() {
    let mut p = Pharmacy::new();
    let mut quinn = p.sign_in("quinn");
    let mut form = recall_form("RCL-3");
    form["instrutions"] = json!("Return to wholesaler");
    let e = ops::call(&mut p.host, Some(&mut quinn), "create_recall", form)
        .expect_err("a misspelt field");
    assert_eq!(
        e.code, "api.bad_request",
        "an unknown field is never silently dropped"
    );
    assert!(
        e.args["reason"]
            .as_str()
            .unwrap_or_default()
            .contains("instrutions"),
        "{:?}",
        e.args
    );
}
