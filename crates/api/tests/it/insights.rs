//! Insights through the operation list: a destroyed pack is waste with its receipt's value, a
//! count that misses a pack is shrinkage, and both refuse a name they cannot find.

use custody_api::ops;
use serde_json::{json, Value};

use crate::fixture::{pack, Pharmacy, AMOX, PASSWORD};

#[test]
fn waste_and_shrinkage_answer_from_the_ledger_to_whoever_sees_stock() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let mut scan = |p: &mut Pharmacy, request: Value| {
        ops::call(&mut p.host, Some(&mut admin), "scan", request).expect("the scan is recorded")
    };
    for serial in ["D1", "M1"] {
        scan(
            &mut p,
            json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME",
                   "unit_cost_cents": 1250, "raw": pack(serial)}),
        );
    }
    let destroyed = scan(
        &mut p,
        json!({"movement": "destroy", "location": "MAIN", "reason": "broken",
               "password": PASSWORD, "raw": pack("D1")}),
    );
    let event_id = destroyed["recorded"]["event_id"].clone();
    let mut sam = p.sign_in("sam");
    let day = json!({"from": "2026-11-30", "to": "2026-11-30", "location": null, "product": null,
                     "supplier": "ACME", "older_than_days": null});
    let waste = ops::call(&mut p.host, Some(&mut sam), "insights_waste", day.clone()).unwrap();
    let figures = json!({"packs": 1, "value_cents": 1250, "unpriced": 0, "expired": 0,
                         "recalled": 0, "damaged": 1, "predicted": 0, "surprise": 0});
    let group = |key: &str, name: &str| json!([{"key": key, "name": name, "figures": figures}]);
    assert_eq!(
        waste,
        json!({
            "period": {"from": "2026-11-30", "to": "2026-11-30"},
            "currency": null,
            "totals": figures,
            "by_month": group("2026-11", "2026-11"),
            "by_product": group(AMOX, "Amoxicillin 500 mg"),
            "by_location": group("MAIN", "Main store"),
            "by_supplier": group("ACME", "Acme Pharma"),
            "lines": [{"event_id": event_id, "day": "2026-11-30", "disposition": "destroyed",
                       "cause": "damaged", "location": "MAIN", "gtin": AMOX,
                       "product": "Amoxicillin 500 mg", "serial": "D1", "lot": "L1",
                       "expiry": "2028-06-30", "quantity": 1, "supplier": "ACME",
                       "value_cents": 1250, "priced_by": "receipt", "predicted": false}]
        }),
        "a broken pack, worth what it cost at receipt, from the supplier it came from"
    );
    let shrinkage = ops::call(&mut p.host, Some(&mut sam), "insights_shrinkage", day).unwrap();
    assert_eq!(
        (
            &shrinkage["lines"],
            &shrinkage["by_location"],
            &shrinkage["by_month"][0][0]
        ),
        (&json!([]), &json!([]), &json!("2026-11")),
        "no count, no shrinkage; every month of the period is still there"
    );
    let e = ops::call(
        &mut p.host,
        Some(&mut sam),
        "insights_shrinkage",
        json!({"location": "NOWHERE"}),
    )
    .expect_err("an unknown location");
    assert_eq!(e.code, "master.location_unknown", "{e:?}");
    let e = ops::call(&mut p.host, None, "insights_waste", json!({})).expect_err("signed in only");
    assert_eq!(e.code, "session.not_signed_in", "{e:?}");
}
