//! Stock levels through the operation list, on the demonstration pharmacy: the kept shortage
//! list, pages, orders, and the Home figures.

use std::sync::Arc;

use custody_api::{ops, FixedClock, Host};
use custody_core::Store;
use serde_json::json;

/// The small demonstration site, with the clock at its "now".
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

#[test]
fn the_shortage_list_pages_and_sorts_and_the_home_figures_count_it() {
    let (_dir, mut host, mut admin) = demo();
    let whole = ops::call(&mut host, Some(&mut admin), "shortages", json!({})).unwrap();
    let total = whole["total"].as_u64().unwrap();
    assert!(total > 10, "the demo has shortages: {total}");
    let page = ops::call(
        &mut host,
        Some(&mut admin),
        "shortages",
        json!({"offset": 5, "limit": 5}),
    )
    .unwrap();
    assert_eq!(page["rows"].as_array().unwrap().len(), 5, "a page of five");
    assert_eq!(
        page["rows"][0], whole["rows"][5],
        "the page starts at its offset in the list's own order"
    );
    let by_order = ops::call(
        &mut host,
        Some(&mut admin),
        "shortages",
        json!({"sort": "suggested_order", "descending": true}),
    )
    .unwrap();
    let orders: Vec<i64> = by_order["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["suggested_order"].as_i64().unwrap())
        .collect();
    assert!(
        orders.windows(2).all(|w| w[0] >= w[1]),
        "largest suggested order first: {orders:?}"
    );
    let home = ops::call(&mut host, Some(&mut admin), "attention", json!(null)).unwrap();
    assert_eq!(
        home["shortages"].as_u64().unwrap(),
        total,
        "Home counts the same list"
    );
    let e = ops::call(
        &mut host,
        Some(&mut admin),
        "shortages",
        json!({"sort": "colour"}),
    )
    .expect_err("no such order");
    assert_eq!(
        e.code, "api.bad_request",
        "an order the list does not have is refused, not ignored"
    );
}

#[test]
fn the_expiry_list_reads_pages_in_its_own_order_and_sorts_by_value() {
    let (_dir, mut host, mut admin) = demo();
    let all = ops::call(
        &mut host,
        Some(&mut admin),
        "expiring",
        json!({"within_days": 365}),
    )
    .unwrap();
    let total = all["total"].as_u64().unwrap();
    assert!(total > 10, "the demo has stock expiring within a year");
    let page = ops::call(
        &mut host,
        Some(&mut admin),
        "expiring",
        json!({"within_days": 365, "offset": 3, "limit": 4}),
    )
    .unwrap();
    assert_eq!(
        page["total"].as_u64().unwrap(),
        total,
        "a page says how long the whole list is"
    );
    assert_eq!(
        page["rows"][0], all["rows"][3],
        "read a page at a time in the list's own order"
    );
    let by_value = ops::call(
        &mut host,
        Some(&mut admin),
        "expiring",
        json!({"within_days": 365, "sort": "value_cents", "descending": true}),
    )
    .unwrap();
    let values: Vec<i64> = by_value["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["value_cents"].as_i64().unwrap_or(-1))
        .collect();
    assert!(
        values.windows(2).all(|w| w[0] >= w[1]),
        "most valuable first"
    );
    let e = ops::call(
        &mut host,
        Some(&mut admin),
        "expiring",
        json!({"within_days": 0}),
    )
    .expect_err("no window");
    assert_eq!(e.code, "levels.window_out_of_range");
    assert_eq!(e.args["field"], "within_days");
}

/// The rows of an expiry list answer.
fn rows(answer: &serde_json::Value) -> Vec<serde_json::Value> {
    answer["rows"].as_array().unwrap().clone()
}

#[test]
fn a_sort_of_the_kept_whole_expiry_list_is_the_list_read_alone_then_sorted() {
    let (_dir, mut host, mut admin) = demo();
    // As the app does before anyone signs in: the whole list computed and kept.
    custody_api::jobs::prepare_home(&mut host).expect("the alerts principal reads the lists");
    let mut expiring = |request: serde_json::Value| {
        ops::call(&mut host, Some(&mut admin), "expiring", request).unwrap()
    };
    let main = Some("MAIN");
    let (all, unexpired) = ("expired_and_expiring", "expiring_only");
    // The site's windows (the kept list's), then wider and narrower ones (read alone).
    for (location, range, within) in [
        (None, all, None),
        (main, all, None),
        (None, unexpired, None),
        (main, unexpired, None),
        (None, all, Some(365)),
        (None, all, Some(30)),
    ] {
        let asked = json!({"location": location, "range": range, "within_days": within});
        // Read alone, in the list's own order, then sorted here (stably, as the list is).
        let mut own = rows(&expiring(asked.clone()));
        assert!(
            own.len() > 1,
            "the demo has such lines: {location:?} {range}"
        );
        let expired = own.iter().any(|l| l["days_left"].as_i64().unwrap() < 0);
        assert_eq!(
            expired,
            range == all,
            "expired stock is in the list unless left out: {location:?} {range}"
        );
        own.sort_by_key(|l| std::cmp::Reverse(l["value_cents"].as_i64().unwrap_or(-1)));
        let mut by_value = asked;
        by_value["sort"] = json!("value_cents");
        by_value["descending"] = json!(true);
        assert_eq!(
            rows(&expiring(by_value.clone())),
            own,
            "sorted, the list read for {location:?}, {range} within {within:?}"
        );
        // Its pages are the sorted list's, each saying how long the whole list is.
        let mut page = by_value.clone();
        page["offset"] = json!(1);
        page["limit"] = json!(2);
        let second = expiring(page.clone());
        assert_eq!(rows(&second), own[1..own.len().min(3)]);
        assert_eq!(second["total"], json!(own.len()));
        page["offset"] = json!(own.len() + 5);
        assert_eq!(rows(&expiring(page)), Vec::<serde_json::Value>::new());
    }
    let e = ops::call(
        &mut host,
        Some(&mut admin),
        "expiring",
        json!({"location": "NOWHERE", "sort": "value_cents"}),
    )
    .expect_err("no such location");
    let alone = ops::call(
        &mut host,
        Some(&mut admin),
        "expiring",
        json!({"location": "NOWHERE"}),
    )
    .expect_err("no such location");
    assert_eq!(e.code, alone.code, "refused as the list read alone is");
}

#[test]
fn the_kept_whole_expiry_list_follows_a_change_before_the_keeper_looks_again() {
    use crate::fixture::{Pharmacy, AMOX};
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let receive = |p: &mut Pharmacy, admin: &mut custody_api::Session, serial: &str| {
        let r = json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME",
            "raw": format!("]d201{AMOX}17270131\u{1d}10L1\u{1d}21{serial}")});
        ops::call(&mut p.host, Some(admin), "scan", r).expect("a receipt");
    };
    receive(&mut p, &mut admin, "S1");
    custody_api::jobs::prepare_home(&mut p.host).expect("the whole list kept");
    // The packs expire within the site's widest window (90 days), the whole list's.
    let by_quantity = json!({"sort": "quantity", "descending": true});
    let quantity = |p: &mut Pharmacy, admin: &mut custody_api::Session| {
        let answer = ops::call(&mut p.host, Some(admin), "expiring", by_quantity.clone()).unwrap();
        rows(&answer)
            .iter()
            .map(|l| l["quantity"].as_i64().unwrap())
            .sum::<i64>()
    };
    assert_eq!(quantity(&mut p, &mut admin), 1);
    receive(&mut p, &mut admin, "S2");
    assert_eq!(
        quantity(&mut p, &mut admin),
        2,
        "the pack received since the list was kept is in the next sort"
    );
    let days_left = |p: &mut Pharmacy, admin: &mut custody_api::Session| {
        let answer = ops::call(&mut p.host, Some(admin), "expiring", by_quantity.clone()).unwrap();
        rows(&answer)[0]["days_left"].as_i64().unwrap()
    };
    let before = days_left(&mut p, &mut admin);
    custody_api::jobs::prepare_home(&mut p.host).expect("kept again, today");
    p.clock.advance(chrono::Duration::days(1));
    assert_eq!(
        days_left(&mut p, &mut admin),
        before - 1,
        "a day later, the list kept yesterday is not the one sorted"
    );
}

#[test]
fn the_keeper_may_read_the_lists_as_its_own_principal() {
    let (_dir, mut host, _admin) = demo();
    // The first look notes the data version; the second, with nothing changed, computes.
    custody_api::jobs::keep_lists(&mut host).expect("the alerts principal may read stock");
    custody_api::jobs::keep_lists(&mut host).expect("and compute the list");
}

#[test]
fn reorder_rule_changes_say_who_changed_what_newest_first_to_whoever_sees_stock() {
    use crate::fixture::{Pharmacy, AMOX};
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let rule = |min: i64, max: i64| json!({"gtin": AMOX, "location": "MAIN", "reorder_point": min, "par_level": max, "lead_time_days": 7});
    for (min, max) in [(5, 20), (5, 20), (8, 30)] {
        ops::call(
            &mut p.host,
            Some(&mut admin),
            "set_reorder_rule",
            rule(min, max),
        )
        .unwrap();
        p.clock.advance(chrono::Duration::days(1));
    }
    let mut sam = p.sign_in("sam");
    let changes = ops::call(
        &mut p.host,
        Some(&mut sam),
        "reorder_rule_changes",
        json!({"gtin": AMOX, "location": "MAIN", "from": "2026-11-30", "to": null}),
    )
    .unwrap();
    let levels =
        |min: i64, max: i64| json!({"reorder_point": min, "par_level": max, "lead_time_days": 7});
    assert_eq!(
        changes,
        json!([
            {"changed_at": "2026-12-02T10:00:00+01:00", "changed_by": "admin", "changed_by_name": "Ada Admin",
             "gtin": AMOX, "product": "Amoxicillin 500 mg", "location": "MAIN",
             "old": levels(5, 20), "new": levels(8, 30)},
            {"changed_at": "2026-11-30T10:00:00+01:00", "changed_by": "admin", "changed_by_name": "Ada Admin",
             "gtin": AMOX, "product": "Amoxicillin 500 mg", "location": "MAIN",
             "old": null, "new": levels(5, 20)},
        ]),
        "the second save changed nothing and is not there; staff see the history"
    );
    let e = ops::call(&mut p.host, None, "reorder_rule_changes", json!({}))
        .expect_err("signed in only");
    assert_eq!(e.code, "session.not_signed_in", "{e:?}");
}
