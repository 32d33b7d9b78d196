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
    assert_eq!(e.code, "signature.required");
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
