//! A recall step by step: the hold previewed before it runs (the same figures the hold then
//! makes) and outcomes recorded per location, per lot and per pack scanned as it is pulled.

use custody_api::ops;
use serde_json::{json, Value};

use crate::fixture::{pack, Pharmacy, AMOX};

/// Moves each pack of `serials` with the movement `request` (its `raw` filled in per pack).
fn scan_all(p: &mut Pharmacy, who: &str, request: Value, serials: &[&str]) {
    let mut s = p.sign_in(who);
    for serial in serials {
        let mut r = request.clone();
        r["raw"] = json!(pack(serial));
        let v = ops::call(&mut p.host, Some(&mut s), "scan", r).unwrap();
        assert_eq!(v["verdict"], "accepted", "{v}");
    }
}

/// Six packs of lot L1: R1–R3 at MAIN, R4 and R5 sent to WARD-3, R6 dispensed.
fn pharmacy_with_spread_stock() -> Pharmacy {
    let mut p = Pharmacy::new();
    let receive = json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME"});
    scan_all(
        &mut p,
        "sam",
        receive,
        &["R1", "R2", "R3", "R4", "R5", "R6"],
    );
    let transfer = json!({"movement": "transfer", "location": "MAIN", "to_location": "WARD-3"});
    scan_all(&mut p, "sam", transfer, &["R4", "R5"]);
    let dispense = json!({"movement": "dispense", "location": "MAIN", "reference": "RX-1"});
    scan_all(&mut p, "sam", dispense, &["R6"]);
    p
}

fn scope() -> Value {
    json!({"product": {"gtin": AMOX, "lots": ["L1"]}})
}

fn call(
    p: &mut Pharmacy,
    who: &str,
    op: &str,
    request: Value,
) -> Result<Value, custody_api::ApiError> {
    let mut s = p.sign_in(who);
    ops::call(&mut p.host, Some(&mut s), op, request)
}

#[test]
fn the_preview_counts_what_the_hold_then_does_and_writes_nothing() {
    let mut p = pharmacy_with_spread_stock();
    let preview = call(&mut p, "quinn", "preview_recall", scope()).unwrap();
    assert_eq!(
        (&preview["units"], &preview["locations"], &preview["blocked"]),
        (&json!(5), &json!(2), &json!(1)),
        "five packs in stock at MAIN and WARD-3 are quarantined; the dispensed one is blocked: {preview}"
    );
    assert_eq!(
        preview["by_location"],
        json!([{"location": "MAIN", "units": 3, "lot_quantity": 0}, {"location": "WARD-3", "units": 2, "lot_quantity": 0}]),
        "the preview says where the packs are quarantined"
    );
    let again = call(&mut p, "quinn", "preview_recall", scope()).unwrap();
    assert_eq!(
        again, preview,
        "a preview writes nothing: asked twice, it answers the same"
    );

    let created = call(
        &mut p,
        "quinn",
        "create_recall",
        json!({"number": "RCL-P", "title": "Amoxicillin L1", "class": "II", "reason": "Out of specification", "scope": scope()}),
    )
    .unwrap();
    assert_eq!(
        (&created["hold"]["units"], &created["hold"]["events"]),
        (&preview["units"], &preview["locations"]),
        "the hold quarantines what the preview said, one event per location it named: {created}"
    );
    let after = call(&mut p, "quinn", "preview_recall", scope()).unwrap();
    assert_eq!(
        (&after["units"], &after["blocked"]),
        (&json!(0), &json!(6)),
        "once held, nothing is left to quarantine and every covered pack is blocked: {after}"
    );
}

#[test]
fn a_preview_names_gtins_unknown_here_and_serials_never_received() {
    let mut p = pharmacy_with_spread_stock();
    let preview = call(
        &mut p,
        "quinn",
        "preview_recall",
        json!({"lines": [{"gtin": AMOX, "lot": null, "serial": "NEVER"}, {"gtin": "04012345000009", "lot": null, "serial": null}]}),
    )
    .unwrap();
    assert_eq!(
        (
            &preview["units"],
            &preview["not_received"],
            &preview["unknown_gtins"]
        ),
        (&json!(0), &json!(1), &json!(["04012345000009"])),
        "a person confirming the hold sees that it holds nothing and why: {preview}"
    );
    let e =
        call(&mut p, "sam", "preview_recall", scope()).expect_err("staff do not manage recalls");
    assert_eq!(
        e.code, "auth.forbidden",
        "the preview asks the permission the hold needs"
    );
}

fn entered(p: &mut Pharmacy) {
    call(
        p,
        "quinn",
        "create_recall",
        json!({"number": "RCL-O", "title": "Amoxicillin L1", "class": "II", "reason": "Out of specification", "scope": scope()}),
    )
    .unwrap();
}

fn outcome_of(p: &mut Pharmacy, serial: &str) -> Value {
    let reach = call(p, "quinn", "recall_reach", json!({"number": "RCL-O"})).unwrap();
    let unit = reach["units"]
        .as_array()
        .and_then(|us| us.iter().find(|u| u["serial"] == serial).cloned())
        .unwrap_or(Value::Null);
    json!([unit["outcome"], unit["open"]])
}

#[test]
fn a_scanned_pack_is_resolved_alone_and_a_pack_not_in_the_recall_is_refused_saying_why() {
    let mut p = pharmacy_with_spread_stock();
    let receive = json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME"});
    let mut sam = p.sign_in("sam");
    let other = format!("]d201{AMOX}17280630\u{1d}10L2\u{1d}21X9");
    let mut r = receive.clone();
    r["raw"] = json!(other);
    ops::call(&mut p.host, Some(&mut sam), "scan", r).unwrap();
    entered(&mut p);

    let e = call(
        &mut p,
        "quinn",
        "recall_outcome_scan",
        json!({"number": "RCL-O", "raw": pack("R2"), "outcome": "not_found"}),
    )
    .expect_err("a scanned pack was found");
    assert_eq!(
        (e.code.as_str(), &e.args["serial"]),
        ("recall.scanned_pack_found", &json!("R2")),
        "a pack in the person's hand is never recorded not found (it would become missing)"
    );
    assert_eq!(
        outcome_of(&mut p, "R2"),
        json!([null, true]),
        "the refused scan recorded nothing"
    );

    let done = call(
        &mut p,
        "quinn",
        "recall_outcome_scan",
        json!({"number": "RCL-O", "raw": pack("R2"), "outcome": "returned_to_supplier", "partner": "ACME"}),
    )
    .unwrap();
    assert_eq!(
        (
            &done["unit"]["serial"],
            &done["unit"]["status"],
            &done["unit"]["open"]
        ),
        (&json!("R2"), &json!("returned_to_supplier"), &json!(false)),
        "the answer is the scanned pack as the reach now shows it, so the screen need not read the reach again: {done}"
    );
    assert_eq!(
        done["was"],
        json!("quarantined"),
        "the status it left, for the screen's counts"
    );
    assert_eq!(
        outcome_of(&mut p, "R2"),
        json!(["returned_to_supplier", false]),
        "R2 is resolved, as the answer said"
    );
    assert_eq!(
        outcome_of(&mut p, "R1"),
        json!([null, true]),
        "R1 beside it stays open"
    );

    let e = call(
        &mut p,
        "quinn",
        "recall_outcome_scan",
        json!({"number": "RCL-O", "raw": other, "outcome": "returned_to_supplier", "partner": "ACME"}),
    )
    .expect_err("lot L2 is not recalled");
    assert_eq!(
        (e.code.as_str(), &e.args["serial"], &e.args["recall"]),
        (
            "recall.scanned_pack_not_affected",
            &json!("X9"),
            &json!("RCL-O")
        ),
        "a pack outside the recall is refused naming it, never ticked"
    );
    let e = call(
        &mut p,
        "quinn",
        "recall_outcome_scan",
        json!({"number": "RCL-O", "raw": pack("R2"), "outcome": "returned_to_supplier", "partner": "ACME"}),
    )
    .expect_err("R2 is done");
    assert_eq!(
        e.code, "recall.pack_resolved",
        "a second scan of a resolved pack says it is done"
    );
    let e = call(
        &mut p,
        "quinn",
        "recall_outcome_scan",
        json!({"number": "RCL-O", "raw": format!("]d201{AMOX}10L1"), "outcome": "returned_to_supplier", "partner": "ACME"}),
    )
    .expect_err("no serial");
    assert_eq!(
        e.code, "recall.scan_not_a_pack",
        "a code without a serial names no pack"
    );
}

#[test]
fn an_outcome_for_a_whole_location_leaves_the_other_location_open() {
    let mut p = pharmacy_with_spread_stock();
    entered(&mut p);
    let done = call(
        &mut p,
        "quinn",
        "recall_outcome",
        json!({"number": "RCL-O", "outcome": "returned_to_supplier", "location": "WARD-3", "partner": "ACME"}),
    )
    .unwrap();
    assert_eq!(done["units"], 2, "both packs at WARD-3 go back: {done}");
    assert_eq!(
        outcome_of(&mut p, "R4"),
        json!(["returned_to_supplier", false]),
        "R4 at the ward"
    );
    assert_eq!(
        outcome_of(&mut p, "R1"),
        json!([null, true]),
        "R1 at MAIN is still open"
    );

    let by_lot = call(
        &mut p,
        "quinn",
        "recall_outcome",
        json!({"number": "RCL-O", "outcome": "not_found", "lot": "L1", "location": "MAIN"}),
    )
    .unwrap();
    assert_eq!(
        by_lot["units"], 3,
        "the lot's three packs held at MAIN: {by_lot}"
    );
    assert_eq!(
        by_lot["still_open"], 1,
        "only the dispensed pack R6 waits for its notification"
    );
}
