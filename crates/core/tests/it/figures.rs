//! The figures agree: the stock list and a product's detail give the same numbers for the same
//! product and location, Home's tiles count what the stock list narrowed by them shows, and the
//! figures above them count what their lists show.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use custody_core::ledger::{NewEvent, NewLine};
use custody_core::levels::{LevelPolicy, RuleInput};
use custody_core::stock::{StockFilter, StockHeld, StockRow};
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

fn today() -> NaiveDate {
    now().local_date()
}

/// The demo database at the fixed clock, and its administrator.
fn demo() -> (tempfile::TempDir, Store, User) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("demo.db")).unwrap();
    store
        .create_demo(custody_core::demo::Scale::Small, now())
        .unwrap();
    let admin = store.actor("admin").unwrap();
    (dir, store, admin)
}

/// Every row of the stock list narrowed by `held`, read a page at a time as the app does.
fn whole_list(store: &Store, admin: &User, held: Option<StockHeld>) -> Vec<StockRow> {
    let mut rows = Vec::new();
    loop {
        let filter = StockFilter {
            held,
            today: today(),
            limit: Some(200),
            offset: rows.len(),
            ..StockFilter::default()
        };
        let page = store.stock(admin, &filter).unwrap();
        let last = page.len() < 200;
        rows.extend(page);
        if last {
            return rows;
        }
    }
}

#[test]
fn the_stock_list_and_a_products_detail_give_the_same_figures_on_the_demo() {
    let (_dir, store, admin) = demo();
    let rows = whole_list(&store, &admin, None);
    assert!(
        rows.iter().any(|r| r.expired > 0),
        "the demo holds expired stock, so the test sees the expiry rule applied"
    );
    let mut by_product: BTreeMap<&str, Vec<&StockRow>> = BTreeMap::new();
    for r in &rows {
        by_product.entry(r.gtin.as_str()).or_default().push(r);
    }
    for (gtin, listed) in by_product {
        let detail = store
            .product_detail(&admin, gtin, &LevelPolicy::default(), today())
            .unwrap();
        for r in &listed {
            let p = detail
                .positions
                .iter()
                .find(|p| p.location == r.location)
                .unwrap_or_else(|| {
                    panic!("{gtin} at {} is listed, so its detail has it", r.location)
                });
            assert_eq!(
                (r.in_stock, r.expired, r.quarantined),
                (p.on_hand, p.expired_in_stock, p.quarantined),
                "{gtin} at {}: the list's in stock, expired and quarantined are the detail's on hand, expired and held",
                r.location
            );
        }
        // The detail's other places (used there lately, nothing held, no rule) hold nothing.
        for p in &detail.positions {
            if !listed.iter().any(|r| r.location == p.location) {
                assert_eq!(
                    (
                        p.on_hand,
                        p.expired_in_stock,
                        p.quarantined,
                        p.reorder_point
                    ),
                    (0, 0, 0, None),
                    "{gtin} at {}: a place the list leaves out holds nothing and has no rule",
                    p.location
                );
            }
        }
    }
}

/// One figure of a stock row.
type Figure = fn(&StockRow) -> i64;

#[test]
fn homes_tiles_count_what_the_stock_list_narrowed_by_them_shows() {
    let (_dir, store, admin) = demo();
    let a = store.attention(&admin, 30, today()).unwrap();
    let all = whole_list(&store, &admin, None);
    let cases: [(StockHeld, i64, Figure); 3] = [
        (StockHeld::Quarantined, a.quarantined, |r| r.quarantined),
        (StockHeld::Suspect, a.suspect, |r| r.suspect),
        (StockHeld::Expired, a.expired_in_stock, |r| r.expired),
    ];
    for (held, tile, figure) in cases {
        let narrowed = whole_list(&store, &admin, Some(held));
        assert!(
            tile > 0,
            "the demo holds {held:?} stock, so the tile is not trivially 0"
        );
        assert_eq!(
            narrowed.iter().map(figure).sum::<i64>(),
            tile,
            "the {held:?} tile counts what its list adds up"
        );
        assert!(
            narrowed.iter().all(|r| figure(r) > 0),
            "the {held:?} list holds only rows with such stock"
        );
        let expected: Vec<&StockRow> = all.iter().filter(|r| figure(r) > 0).collect();
        assert_eq!(
            narrowed.iter().collect::<Vec<_>>(),
            expected,
            "the {held:?} list is the whole list's rows with such stock, each with all its figures"
        );
    }
}

#[test]
fn the_expiring_tile_counts_what_the_expiry_list_it_opens_adds_up_to() {
    use custody_core::levels::ExpiryRange;
    let (_dir, store, admin) = demo();
    let soon = 90;
    let a = store.attention(&admin, soon, today()).unwrap();
    let sum = |range| -> i64 {
        let lines = store
            .expiring_in(&admin, &[soon], None, today(), range)
            .unwrap();
        lines.iter().map(|l| l.quantity).sum()
    };
    assert!(
        a.expiring_soon > 0 && a.expired_in_stock > 0,
        "the demo holds both expired and expiring stock within {soon} days, so leaving one out \
         shows: {} expiring, {} expired",
        a.expiring_soon,
        a.expired_in_stock
    );
    assert_eq!(
        sum(ExpiryRange::ExpiringOnly),
        a.expiring_soon,
        "the 'expiring within N days' tile opens the list without expired stock: they agree"
    );
    assert_eq!(
        sum(ExpiryRange::ExpiredAndExpiring),
        a.expiring_soon + a.expired_in_stock,
        "the whole expiry list is the expiring and the expired stock together"
    );
    let (page, total) = store
        .expiring_page_in(
            &admin,
            &[soon],
            None,
            today(),
            ExpiryRange::ExpiringOnly,
            0,
            10_000,
        )
        .unwrap();
    assert!(
        page.iter().all(|l| l.days_left >= 0) && total as usize == page.len(),
        "the paged list leaves out expired stock and counts only what it shows"
    );
}

#[test]
fn the_figures_above_home_count_what_the_stock_list_shows() {
    let (_dir, store, admin) = demo();
    let f = store.figures(&admin, today()).unwrap();
    let all = whole_list(&store, &admin, None);
    assert_eq!(
        f.packs_in_stock,
        all.iter().map(|r| r.in_stock).sum::<i64>(),
        "packs in stock is the stock list's in-stock column, summed"
    );
    let mut products: Vec<&str> = all
        .iter()
        .filter(|r| r.in_stock > 0)
        .map(|r| r.gtin.as_str())
        .collect();
    products.dedup();
    assert_eq!(
        f.products_in_stock,
        products.len() as i64,
        "products in stock are the products the list shows with usable stock"
    );
}

fn receive_at(p: &Pharmacy, serial: &str, expiry: NaiveDate, at: Timestamp) -> NewEvent {
    NewEvent {
        occurred_at: at,
        lines: vec![NewLine {
            expiry: Some(expiry),
            ..p.receive(serial).lines[0].clone()
        }],
        ..p.receive(serial)
    }
}

#[test]
fn movements_today_count_todays_movements_by_their_local_day_and_not_records() {
    let mut p = pharmacy();
    let long = NaiveDate::from_ymd_opt(2028, 12, 31).unwrap();
    let yesterday = Timestamp(now().0 - Duration::days(1));
    p.append(&[
        receive_at(&p, "OLD", long, yesterday),
        receive_at(&p, "A1", long, now()),
        receive_at(&p, "A2", long, now()),
    ]);
    p.append(&[p.dispense("A1")]);
    let admin = p.admin.clone();
    // An account change today is a record, not a movement.
    p.store
        .add_user(
            &admin,
            "bob",
            "Bob",
            Role::Staff,
            Some(crate::fixtures::PASSWORD),
            now(),
        )
        .unwrap();
    let f = p.store.figures(&admin, today()).unwrap();
    assert_eq!(
        f.movements_today, 3,
        "two receipts and a dispense today; yesterday's receipt and the new account are not"
    );
    assert_eq!(
        (f.packs_in_stock, f.products_in_stock),
        (2, 1),
        "OLD and A2 are in stock, A1 was dispensed"
    );
}

#[test]
fn a_place_with_a_rule_and_nothing_held_is_listed_out_of_stock_and_expired_stock_is_apart() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let yesterday = today() - Duration::days(1);
    p.append(&[
        receive_at(
            &p,
            "EX1",
            yesterday,
            Timestamp(now().0 - Duration::days(30)),
        ),
        receive_at(&p, "OK1", today() + Duration::days(200), now()),
    ]);
    p.store
        .set_reorder_rule(
            &admin,
            &RuleInput {
                gtin: p.amoxicillin.data.gtin.clone(),
                location: "WARD-3A".into(),
                reorder_point: 5,
                par_level: 10,
                lead_time_days: None,
            },
            now(),
        )
        .unwrap();
    let rows = whole_list(&p.store, &admin, None);
    let got: Vec<(&str, i64, i64)> = rows
        .iter()
        .map(|r| (r.location.as_str(), r.in_stock, r.expired))
        .collect();
    assert_eq!(
        got,
        vec![("MAIN", 1, 1), ("WARD-3A", 0, 0)],
        "the expired pack is apart from usable stock; the ward with a rule and nothing there is listed, out of stock"
    );
    let expired = whole_list(&p.store, &admin, Some(StockHeld::Expired));
    assert_eq!(expired.len(), 1, "only MAIN holds expired stock");
}

#[test]
fn a_pack_without_an_expiry_date_is_in_stock_and_never_expired() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    p.append(&[NewEvent {
        lines: vec![NewLine {
            expiry: None,
            ..p.receive("NOEXP").lines[0].clone()
        }],
        ..p.receive("NOEXP")
    }]);
    let rows = whole_list(&p.store, &admin, None);
    let held: Vec<(i64, i64)> = rows
        .iter()
        .filter(|r| r.in_stock + r.expired > 0)
        .map(|r| (r.in_stock, r.expired))
        .collect();
    assert_eq!(held, [(1, 0)], "{rows:?}");
}
