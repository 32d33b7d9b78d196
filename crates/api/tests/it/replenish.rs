//! Replenishment through the operation list, on the demonstration hospital: a pick list made
//! from the wards' shortages, a proposed pack picked by scanning (the transfer recorded), a pack
//! of another product refused, and the supplier orders grouped with their totals and printed.

use std::sync::Arc;

use custody_api::{ops, FixedClock, Host};
use custody_core::Store;
use serde_json::{json, Value};

fn demo() -> (tempfile::TempDir, Host, custody_api::Session) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.db");
    let now = custody_api::clock::system_now();
    Store::open(&path)
        .unwrap()
        .create_demo(custody_core::demo::Scale::Small, now)
        .unwrap();
    let mut host = Host::open(&path, Arc::new(FixedClock::at(now))).unwrap();
    let admin = custody_api::sign_in(&mut host, "admin", "custody-demo").unwrap();
    (dir, host, admin)
}

/// The scanner's bytes for a proposed serialized pack.
fn raw(gtin: &str, pack: &Value) -> String {
    let expiry = pack["expiry"].as_str().unwrap().replace('-', "");
    format!(
        "]d201{gtin}17{}10{}\u{1d}21{}",
        &expiry[2..],
        pack["lot"].as_str().unwrap(),
        pack["serial"].as_str().unwrap()
    )
}

#[test]
fn a_pick_list_is_made_from_ward_shortages_and_picked_by_scanning() {
    let (_dir, mut host, mut admin) = demo();
    let none = ops::call(&mut host, Some(&mut admin), "pick_list", json!(null)).unwrap();
    assert!(none.is_null(), "no pick list until one is made");
    let list = ops::call(&mut host, Some(&mut admin), "make_pick_list", json!(null)).unwrap();
    let lines = list["lines"].as_array().unwrap();
    assert!(!lines.is_empty(), "the demo's wards are short of something");
    assert!(
        lines
            .iter()
            .all(|l| l["from_location"] == "MAIN" || l["from_location"] == "STORE"),
        "every line is taken from a pharmacy or store"
    );
    let line = lines
        .iter()
        .find(|l| l["tracking"] == "serial" && !l["proposed"].as_array().unwrap().is_empty())
        .expect("a serialized line with a pack to take");
    let gtin = line["gtin"].as_str().unwrap();
    // The demo has products short at two wards supplied by the same pharmacy: a pack of one is
    // refused until the ward is named, and the refusal names the wards.
    let shared = lines
        .iter()
        .find(|l| {
            lines.iter().any(|o| {
                o["gtin"] == l["gtin"]
                    && o["from_location"] == l["from_location"]
                    && o["to_location"] != l["to_location"]
            }) && !l["proposed"].as_array().unwrap().is_empty()
                && l["tracking"] == "serial"
        })
        .expect("the demo has a product short at two wards of one pharmacy");
    let err = ops::call(
        &mut host,
        Some(&mut admin),
        "pick_scan",
        json!({"list": list["id"], "raw": raw(shared["gtin"].as_str().unwrap(), &shared["proposed"][0])}),
    )
    .unwrap_err();
    assert_eq!(
        (
            err.code.as_str(),
            err.args["wards"]
                .as_str()
                .is_some_and(|w| w.contains(" and "))
        ),
        ("replenish.pick_choose_ward", true),
        "a pack two wards could take is never sent to one by guess: {err:?}"
    );
    let picked = ops::call(
        &mut host,
        Some(&mut admin),
        "pick_scan",
        json!({"list": list["id"], "raw": raw(gtin, &line["proposed"][0]), "ward": line["to_location"]}),
    )
    .unwrap();
    assert_eq!(
        picked["verdict"]["recorded"]["location"], line["to_location"],
        "the pack is transferred to the line's ward: {picked}"
    );
    let again = ops::call(&mut host, Some(&mut admin), "pick_list", json!(null)).unwrap();
    let same = again["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["line_no"] == line["line_no"])
        .unwrap();
    assert_eq!(
        same["picked"], 1,
        "progress survives: read back from the ledger"
    );

    let report = ops::call(
        &mut host,
        Some(&mut admin),
        "report_preview",
        json!({"kind": "pick-list", "list": list["id"]}),
    )
    .unwrap();
    assert!(
        report["title"]
            .as_str()
            .unwrap()
            .starts_with("Pick list PICK-"),
        "the list prints: {}",
        report["title"]
    );
}

#[test]
fn supplier_orders_are_grouped_by_usual_supplier_with_a_group_for_none() {
    let (_dir, mut host, mut admin) = demo();
    let orders = ops::call(&mut host, Some(&mut admin), "supplier_orders", json!(null)).unwrap();
    let orders = orders.as_array().unwrap();
    assert!(
        !orders.is_empty(),
        "the demo's pharmacy is short of something"
    );
    for o in orders {
        let priced: i64 = o["lines"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|l| l["line_total_cents"].as_i64())
            .sum();
        assert_eq!(
            o["total_cents"], priced,
            "an order's total is its priced lines"
        );
    }
    let without = orders.iter().find(|o| o["supplier"].is_null());
    if let Some(o) = without {
        let gtin = o["lines"][0]["gtin"].as_str().unwrap();
        ops::call(
            &mut host,
            Some(&mut admin),
            "set_usual_supplier",
            json!({"gtin": gtin, "supplier": "MEDIDIST"}),
        )
        .unwrap();
        let after = ops::call(&mut host, Some(&mut admin), "supplier_orders", json!(null)).unwrap();
        let medidist = after
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["supplier"] == "MEDIDIST")
            .unwrap();
        assert!(
            medidist["lines"]
                .as_array()
                .unwrap()
                .iter()
                .any(|l| l["gtin"] == gtin),
            "a product given a supplier moves into that supplier's order"
        );
    }
    let e = ops::call(
        &mut host,
        Some(&mut admin),
        "set_supplying_location",
        json!({"location": "ICU", "supplied_by": "QUAR"}),
    )
    .expect_err("quarantine supplies nobody");
    assert_eq!(e.code, "master.supplier_location_kind");
}
