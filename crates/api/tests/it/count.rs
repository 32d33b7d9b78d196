//! Counts through the operation list: scans read with the site's scanner settings, a signed
//! apply.

use custody_api::ops;
use serde_json::json;

use crate::fixture::{pack, Pharmacy, AMOX, PASSWORD};

#[test]
fn a_count_scan_reads_the_site_scanner_substitute_and_applying_is_signed() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let v = ops::call(
        &mut p.host,
        Some(&mut admin),
        "scan",
        json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack("C1")}),
    )
    .unwrap();
    assert_eq!(v["verdict"], "accepted", "{v}");
    let mut settings =
        ops::call(&mut p.host, Some(&mut admin), "site_settings", json!(null)).unwrap();
    settings["scanner"]["gs_substitutes"] = json!(["~"]);
    ops::call(&mut p.host, Some(&mut admin), "set_site_settings", settings).unwrap();

    let count = ops::call(
        &mut p.host,
        Some(&mut admin),
        "count_start",
        json!({"location": "MAIN"}),
    )
    .unwrap();
    let id = count["id"].clone();
    let scanned = ops::call(
        &mut p.host,
        Some(&mut admin),
        "count_scan",
        json!({"id": id, "raw": format!("]d201{AMOX}17280630~10L1~21C1")}),
    )
    .unwrap();
    assert_eq!(
        scanned["code"], "counted",
        "the count reads '~' as GS like the scan screen: {scanned}"
    );
    assert_eq!(scanned["serial"], "C1");

    let variance = ops::call(
        &mut p.host,
        Some(&mut admin),
        "count_finish",
        json!({"id": id}),
    )
    .unwrap();
    assert_eq!(variance["found"], 1, "{variance}");
    let e = ops::call(
        &mut p.host,
        Some(&mut admin),
        "count_apply",
        json!({"id": id, "reason": "monthly count"}),
    )
    .expect_err("applying is signed");
    assert_eq!(e.code, "auth.signature_required");
    assert_eq!(e.args["meaning"], "approved");
    let applied = ops::call(
        &mut p.host,
        Some(&mut admin),
        "count_apply",
        json!({"id": id, "reason": "monthly count", "password": PASSWORD}),
    )
    .unwrap();
    assert!(applied.is_object(), "{applied}");
}

/// A gauze lot-tracked product added to the fixture, and its code with a lot.
const GAUZE: &str = "09506000134369";

fn gauze(lot: &str) -> String {
    format!("]d201{GAUZE}17290131\u{1d}10{lot}")
}

#[test]
fn counts_are_listed_from_the_database_and_a_lot_scan_can_ask_how_many() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let mut sam = p.sign_in("sam");
    ops::call(
        &mut p.host,
        Some(&mut admin),
        "add_product",
        json!({"gtin": GAUZE, "name": "Gauze swabs", "tracking": "lot", "controlled": false}),
    )
    .unwrap();
    let count = ops::call(
        &mut p.host,
        Some(&mut sam),
        "count_start",
        json!({"location": "MAIN", "blind": true}),
    )
    .unwrap();
    let id = count["id"].clone();
    let asked = ops::call(
        &mut p.host,
        Some(&mut sam),
        "count_scan",
        json!({"id": id, "raw": gauze("G1"), "ask_quantity": true}),
    )
    .unwrap();
    assert_eq!(
        (&asked["code"], &asked["recorded"], &asked["lot_total"]),
        (&json!("quantity_needed"), &json!(false), &json!(0)),
        "the app asks how many before a lot is counted: {asked}"
    );
    let counted = ops::call(
        &mut p.host,
        Some(&mut sam),
        "count_scan",
        json!({"id": id, "raw": gauze("G1"), "quantity": 12}),
    )
    .unwrap();
    assert_eq!(counted["lot_total"], 12, "{counted}");
    let corrected = ops::call(
        &mut p.host,
        Some(&mut sam),
        "count_lot_correct",
        json!({"id": id, "gtin": GAUZE, "lot": "G1", "quantity": 10}),
    )
    .unwrap();
    assert_eq!(
        corrected["quantity"], 10,
        "the total typed replaces the miscount"
    );
    let lots = ops::call(&mut p.host, Some(&mut sam), "count_lots", json!({"id": id})).unwrap();
    assert_eq!(
        lots,
        json!([{"gtin": GAUZE, "product": "Gauze swabs", "lot": "G1", "quantity": 10}])
    );

    // A new session (a sign-out and in) finds the count in the list, as it was left.
    let mut sam_again = p.sign_in("sam");
    let list = ops::call(&mut p.host, Some(&mut sam_again), "count_list", json!({})).unwrap();
    assert_eq!(
        (
            &list[0]["id"],
            &list[0]["status"],
            &list[0]["counted_lot_quantity"]
        ),
        (&id, &json!("open"), &json!(10)),
        "the list comes from the database, not from a screen's memory: {list}"
    );
    let finished = ops::call(
        &mut p.host,
        Some(&mut sam_again),
        "count_list",
        json!({"status": "finished"}),
    )
    .unwrap();
    assert_eq!(finished, json!([]), "filtered by status");
    let e = ops::call(
        &mut p.host,
        Some(&mut sam_again),
        "count_list",
        json!({"status": "lost"}),
    )
    .unwrap_err();
    assert_eq!(
        e.code, "api.bad_request",
        "an unknown status is refused, not ignored"
    );
}
