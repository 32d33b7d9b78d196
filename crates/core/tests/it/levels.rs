//! Stock levels with a fixed clock: consumption, usable cover, shortages and expiry alerts,
//! compared with hand calculation.

use chrono::{Duration, NaiveDate};
use custody_core::ledger::{NewEvent, NewLine, Place};
use custody_core::levels::{LevelPolicy, RuleInput, SuggestParams};
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

const AMOX: &str = "09506000134352";

fn day(offset: i64) -> Timestamp {
    Timestamp(now().0 + Duration::days(offset))
}

fn today() -> NaiveDate {
    now().local_date()
}

fn receive(p: &Pharmacy, serials: &[String], expiry: NaiveDate, at: Timestamp) -> NewEvent {
    NewEvent {
        kind: EventKind::Receive,
        occurred_at: at,
        location: Some(p.main.id),
        counterparty: Some(p.supplier.id),
        reference: Some("PO-1".into()),
        reason: None,
        raw_scan: None,
        lines: serials
            .iter()
            .map(|s| NewLine {
                product: p.amoxicillin.id,
                lot: Some(format!("L{expiry}")),
                serial: Some(s.clone()),
                expiry: Some(expiry),
                quantity: 1,
                before: None,
                after: Some(Place::at(UnitStatus::InStock, p.main.id)),
                unit_cost_cents: Some(400),
            })
            .collect(),
    }
}

fn dispense(p: &Pharmacy, serial: &str, expiry: NaiveDate, at: Timestamp) -> NewEvent {
    NewEvent {
        kind: EventKind::Dispense,
        occurred_at: at,
        location: Some(p.main.id),
        counterparty: None,
        reference: Some("RX".into()),
        reason: None,
        raw_scan: None,
        lines: vec![NewLine {
            product: p.amoxicillin.id,
            lot: Some(format!("L{expiry}")),
            serial: Some(serial.into()),
            expiry: Some(expiry),
            quantity: 1,
            before: Some(Place::at(UnitStatus::InStock, p.main.id)),
            after: Some(Place::gone(UnitStatus::Dispensed)),
            unit_cost_cents: None,
        }],
    }
}

fn serials(prefix: &str, n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("{prefix}{i}")).collect()
}

/// 30 packs (expiring 2028-12-31) received 90 days ago; one dispensed every 5 days since:
/// 18 in the 90-day window, so 0.2 a day, and 12 left. Rule: reorder point 10, par 40, lead 7.
pub(crate) fn steady() -> Pharmacy {
    let mut p = pharmacy();
    let long = NaiveDate::from_ymd_opt(2028, 12, 31).unwrap();
    let packs = serials("S", 30);
    let mut events = vec![receive(&p, &packs, long, day(-90))];
    for (i, pack) in packs.iter().take(18).enumerate() {
        events.push(dispense(&p, pack, long, day(-85 + 5 * i as i64)));
    }
    p.append(&events);
    let admin = p.admin.clone();
    p.store
        .set_reorder_rule(
            &admin,
            &RuleInput {
                gtin: AMOX.into(),
                location: "MAIN".into(),
                reorder_point: 10,
                par_level: 40,
                lead_time_days: Some(7),
            },
            now(),
        )
        .unwrap();
    p
}

#[test]
fn steady_consumption_gives_cover_and_a_shortage_on_the_day_stock_falls_below_the_reorder_point() {
    let mut p = steady();
    let admin = p.admin.clone();
    let policy = LevelPolicy::default();
    let pos = p
        .store
        .positions(&admin, Some(AMOX), Some("MAIN"), &policy, today())
        .unwrap();
    assert_eq!(pos.len(), 1);
    let x = &pos[0];
    assert_eq!((x.on_hand, x.usable_cover, x.expired_in_stock), (12, 12, 0));
    assert!((x.daily_consumption - 0.2).abs() < 1e-9, "18 in 90 days");
    assert!((x.days_of_cover.unwrap() - 60.0).abs() < 1e-9, "12 / 0.2");
    assert_eq!(x.stockout_on, Some(today() + Duration::days(60)));
    assert_eq!(x.shortage, None);
    assert!(p
        .store
        .shortages(&admin, &policy, today())
        .unwrap()
        .is_empty());

    // Three more go today: 9 left, below the reorder point of 10; order 40 - 9 = 31.
    let long = NaiveDate::from_ymd_opt(2028, 12, 31).unwrap();
    let events: Vec<NewEvent> = ["S19", "S20", "S21"]
        .iter()
        .map(|s| dispense(&p, s, long, now()))
        .collect();
    p.append(&events);
    let short = p.store.shortages(&admin, &policy, today()).unwrap();
    assert_eq!(short.len(), 1);
    let s = &short[0];
    assert_eq!((s.gtin.as_str(), s.location.as_str()), (AMOX, "MAIN"));
    assert_eq!((s.usable_cover, s.suggested_order), (9, 31));
    assert!((s.daily_consumption - 21.0 / 90.0).abs() < 1e-9);
    assert!(s
        .shortage
        .as_deref()
        .unwrap()
        .contains("below the reorder point 10"));
    let r = p.store.verify(&admin).unwrap();
    assert!(r.is_intact(), "{:?}", r.findings);
}

#[test]
fn short_dated_stock_is_not_cover_and_a_short_lead_time_cover_is_a_shortage() {
    let mut p = steady();
    let admin = p.admin.clone();
    // 5 packs that expire in 10 days: at 0.2 a day only 2 can be used by then (0.2 x 11 = 2.2).
    let soon = today() + Duration::days(10);
    p.append(&[receive(&p, &serials("SD", 5), soon, now())]);
    let policy = LevelPolicy::default();
    let x = &p
        .store
        .positions(&admin, Some(AMOX), None, &policy, today())
        .unwrap()[0];
    assert_eq!(x.on_hand, 17);
    assert_eq!(x.will_expire_unused, 3);
    assert_eq!(x.usable_cover, 14, "12 long-dated + 2 of the short-dated");
    // With a lead time of 90 days, 70 days of cover is a shortage.
    p.store
        .set_reorder_rule(
            &admin,
            &RuleInput {
                gtin: AMOX.into(),
                location: "MAIN".into(),
                reorder_point: 10,
                par_level: 40,
                lead_time_days: Some(90),
            },
            now(),
        )
        .unwrap();
    let short = p.store.shortages(&admin, &policy, today()).unwrap();
    assert_eq!(short.len(), 1);
    assert!(short[0]
        .shortage
        .as_deref()
        .unwrap()
        .contains("less than the lead time"));
    assert_eq!(short[0].suggested_order, 40 - 14);
}

#[test]
fn expired_stock_is_in_the_expiry_list_and_not_on_hand() {
    let mut p = steady();
    let admin = p.admin.clone();
    let yesterday = today() - Duration::days(1);
    let in_45 = today() + Duration::days(45);
    p.append(&[
        receive(&p, &serials("EX", 2), yesterday, day(-30)),
        receive(&p, &serials("M", 3), in_45, now()),
    ]);
    let x = &p
        .store
        .positions(
            &admin,
            Some(AMOX),
            Some("MAIN"),
            &LevelPolicy::default(),
            today(),
        )
        .unwrap()[0];
    assert_eq!((x.on_hand, x.expired_in_stock), (15, 2));
    let lines = p
        .store
        .expiring(&admin, &[30, 60, 90], None, today())
        .unwrap();
    let got: Vec<(i64, i64, i64, Option<i64>)> = lines
        .iter()
        .map(|l| (l.days_left, l.window, l.quantity, l.value_cents))
        .collect();
    assert_eq!(got, vec![(-1, 0, 2, None), (45, 60, 3, None)]);
    assert_eq!(&*lines[0].location, "MAIN");
    // Only 30 days: just the expired ones.
    assert_eq!(
        p.store
            .expiring(&admin, &[30], None, today())
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn rules_are_suggested_from_consumption_and_imported_all_or_nothing() {
    let mut p = steady();
    let admin = p.admin.clone();
    let s = p
        .store
        .suggest_reorder_rules(
            &admin,
            None,
            SuggestParams::default(),
            &LevelPolicy::default(),
            false,
            now(),
        )
        .unwrap();
    // 0.2 a day: reorder point 0.2 x (7 + 7) = 2.8 -> 3; par 3 + 0.2 x 30 = 3 + 6 = 9.
    assert_eq!(s.len(), 1);
    assert_eq!((s[0].reorder_point, s[0].par_level), (3, 9));
    let csv =
        format!("gtin,location,reorder_point,par_level\n{AMOX},MAIN,5,4\n{AMOX},NOWHERE,1,2\n");
    let err = p
        .store
        .import_reorder_rules(&admin, csv.as_bytes(), now())
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 2, par_level"), "{err}");
    assert!(err.contains("line 3, location"), "{err}");
    let rules = p.store.reorder_rules(&admin).unwrap();
    assert_eq!(
        (rules[0].reorder_point, rules[0].par_level),
        (10, 40),
        "nothing half-written"
    );
    p.store
        .import_reorder_rules(
            &admin,
            format!("gtin,location,reorder_point,par_level,lead_time_days\n{AMOX},MAIN,5,20,3\n")
                .as_bytes(),
            now(),
        )
        .unwrap();
    let rules = p.store.reorder_rules(&admin).unwrap();
    assert_eq!(
        (
            rules[0].reorder_point,
            rules[0].par_level,
            rules[0].lead_time_days
        ),
        (5, 20, 3)
    );
}

#[test]
fn a_products_detail_has_its_lots_positions_and_daily_use() {
    let mut p = crate::fixtures::pharmacy();
    let events: Vec<_> = ["D1", "D2", "D3"]
        .iter()
        .map(|s| p.receive(s))
        .chain([p.dispense("D2")])
        .collect();
    p.append(&events);
    let admin = p.admin.clone();
    let today = crate::fixtures::now().local_date();
    let d = p
        .store
        .product_detail(&admin, "09506000134352", &LevelPolicy::default(), today)
        .unwrap();
    assert_eq!(d.product.name, "Amoxicillin 500 mg caps x21");
    assert_eq!(d.tracking, TrackingMode::Serial);
    assert_eq!(d.lots.len(), 1);
    assert_eq!(
        (d.lots[0].location.as_str(), d.lots[0].lot.as_deref()),
        ("MAIN", Some("L1"))
    );
    assert_eq!((d.lots[0].in_stock, d.lots[0].quarantined), (2, 0));
    assert_eq!(d.consumption.len(), 1);
    assert_eq!(
        (d.consumption[0].day, d.consumption[0].quantity),
        (today, 1)
    );
    assert!(d
        .positions
        .iter()
        .any(|x| x.location == "MAIN" && x.on_hand == 2));

    // Home's figures: both packs in stock expire within ten years, none has expired yet.
    let a = p.store.attention(&admin, 3650, today).unwrap();
    assert_eq!(
        (a.expired_in_stock, a.expiring_soon, a.quarantined),
        (0, 2, 0)
    );
    let later = today + chrono::Days::new(3000);
    let a = p.store.attention(&admin, 30, later).unwrap();
    assert_eq!(
        (a.expired_in_stock, a.expiring_soon),
        (2, 0),
        "expired by then"
    );

    // The daily alert goes out once a day.
    let first = p.store.daily_alert(&admin, crate::fixtures::now()).unwrap();
    assert!(first.is_some());
    assert_eq!(
        p.store.daily_alert(&admin, crate::fixtures::now()).unwrap(),
        None
    );
}

#[test]
fn the_expiry_list_reads_the_same_a_page_at_a_time_as_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = custody_core::Store::open(dir.path().join("demo.db")).unwrap();
    store
        .create_demo(custody_core::demo::Scale::Small, now())
        .unwrap();
    let admin = store.actor("admin").unwrap();
    let windows = [30, 365];
    let whole = store.expiring(&admin, &windows, None, today()).unwrap();
    assert!(whole.len() > 100, "the demo has many lots within a year");
    assert!(whole.windows(2).all(|w| w[0].expiry <= w[1].expiry));
    let mut paged = Vec::new();
    for offset in (0..whole.len() as u32 + 41).step_by(41) {
        let (lines, total) = store
            .expiring_page(&admin, &windows, None, today(), offset, 41)
            .unwrap();
        assert_eq!(total as usize, whole.len());
        paged.extend(lines);
    }
    assert_eq!(paged, whole);
    // Location by location, the same lines.
    let mut by_location = Vec::new();
    for l in store.locations(&admin).unwrap() {
        let (lines, total) = store
            .expiring_page(&admin, &windows, Some(&l.code), today(), 0, 100_000)
            .unwrap();
        assert_eq!(total as usize, lines.len());
        assert!(lines.iter().all(|x| *x.location == *l.code));
        by_location.extend(lines);
    }
    assert_eq!(by_location.len(), whole.len());
    // What the Home screen counts as expired or expiring within 30 days, counted another way.
    let a = store.attention(&admin, 30, today()).unwrap();
    let within_30: i64 = whole
        .iter()
        .filter(|l| l.days_left <= 30)
        .map(|l| l.quantity)
        .sum();
    assert_eq!(within_30, a.expired_in_stock + a.expiring_soon);
}

#[test]
fn alert_windows_are_a_site_setting_used_by_the_daily_alert() {
    let mut p = steady();
    let admin = p.admin.clone();
    assert_eq!(p.store.alert_windows().unwrap(), vec![30, 60, 90]);
    let staff = p.staff();
    assert_eq!(
        p.store
            .set_alert_windows(&staff, &[7], now())
            .unwrap_err()
            .code(),
        "auth.forbidden",
        "staff may not change the site's alert windows"
    );
    assert_eq!(
        p.store
            .set_alert_windows(&admin, &[14, 7, 14], now())
            .unwrap(),
        vec![7, 14]
    );
    assert_eq!(p.store.alert_windows().unwrap(), vec![7, 14]);
    let a = p.store.daily_alert(&admin, now()).unwrap().unwrap();
    assert_eq!(a.soon_days, 7);
    // A bad window is refused and the stored ones stay.
    let e = p
        .store
        .set_alert_windows(&admin, &[0, 30], now())
        .unwrap_err();
    assert_eq!(
        e.code(),
        "levels.window_out_of_range",
        "a window of 0 days alerts nothing"
    );
    assert_eq!(
        (e.args()["days"].as_i64(), e.args()["field"].as_str()),
        (Some(0), Some("windows")),
        "the refusal names the bad window and the field to correct: {e}"
    );
    assert!(p
        .store
        .set_alert_windows(&admin, &[1, 2, 3, 4, 5, 6], now())
        .is_err());
    assert_eq!(p.store.alert_windows().unwrap(), vec![7, 14]);
}

/// A gauze quantity for `lines`: received into MAIN (`before` none) or dispensed from it.
fn gauze_line(p: &Pharmacy, quantity: i64, dispensed: bool) -> NewLine {
    let main = Place::at(UnitStatus::InStock, p.main.id);
    NewLine {
        product: p.gauze.id,
        lot: Some("G1".into()),
        serial: None,
        expiry: None,
        quantity,
        before: dispensed.then_some(main),
        after: Some(if dispensed {
            Place::gone(UnitStatus::Dispensed)
        } else {
            main
        }),
        unit_cost_cents: None,
    }
}

/// Migration 0037 keys consumption (product, day, location); a file analysed before it (as the
/// demo's are) has its statistics taken again, not left describing the old key (product,
/// location, day) under the table's name.
#[test]
fn rekeying_consumption_takes_an_analysed_files_statistics_again() {
    let p = pharmacy();
    let (path, product, main, ward) = (
        p.store.path().to_path_buf(),
        p.amoxicillin.id.0,
        p.main.id.0,
        p.ward.id.0,
    );
    let crate::fixtures::Pharmacy { _dir, store, .. } = p;
    drop(store);
    crate::fixtures::before_0041(&path);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP TABLE consumption;
         CREATE TABLE consumption (
             product_id INTEGER NOT NULL REFERENCES product(id),
             location_id INTEGER NOT NULL REFERENCES location(id),
             day TEXT NOT NULL, quantity INTEGER NOT NULL,
             PRIMARY KEY (product_id, location_id, day)) WITHOUT ROWID;
         CREATE INDEX consumption_day ON consumption(day, location_id, product_id, quantity);",
    )
    .unwrap();
    // One product at two places on ten days: 20 rows, 10 a place, 2 a day.
    for location in [main, ward] {
        for d in 1..=10 {
            conn.execute(
                "INSERT INTO consumption VALUES (?1, ?2, ?3, 1)",
                rusqlite::params![product, location, format!("2026-01-{d:02}")],
            )
            .unwrap();
        }
    }
    conn.execute_batch("ANALYZE; PRAGMA user_version = 36;")
        .unwrap();
    drop(conn);
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let stat: String = conn
        .query_row(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = 'consumption' AND idx = 'consumption'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        stat, "20 20 2 1",
        "per product, per (product, day), per row"
    );
    let rows: i64 = conn
        .query_row("SELECT count(*) FROM consumption", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 20, "every row kept");
}

/// A product alone reads its window as one range of the key (migration 0037): each product's
/// position counts its own dispenses and no other product's, on the same days at the same place.
#[test]
fn a_products_position_everywhere_counts_its_own_consumption_only() {
    let mut p = pharmacy();
    let long = NaiveDate::from_ymd_opt(2028, 12, 31).unwrap();
    let packs = serials("C", 3);
    let mut gauze_in = receive(&p, &[], long, day(-20));
    gauze_in.lines = vec![gauze_line(&p, 50, false)];
    let mut gauze_out = dispense(&p, "", long, day(-2));
    gauze_out.lines = vec![gauze_line(&p, 12, true)];
    p.append(&[
        receive(&p, &packs, long, day(-20)),
        gauze_in,
        dispense(&p, &packs[0], long, day(-2)),
        dispense(&p, &packs[1], long, day(-1)),
        gauze_out,
    ]);
    let admin = p.admin.clone();
    let policy = LevelPolicy {
        window_days: 10,
        ..LevelPolicy::default()
    };
    let used = |gtin: &str| {
        let pos = p
            .store
            .positions(&admin, Some(gtin), None, &policy, today())
            .unwrap();
        assert_eq!(pos.len(), 1, "{gtin} is held at MAIN alone: {pos:?}");
        pos[0].daily_consumption * 10.0
    };
    assert!((used(AMOX) - 2.0).abs() < 1e-9, "two packs of amoxicillin");
    assert!((used("09506000134369") - 12.0).abs() < 1e-9, "twelve gauze");
}

/// Regression: positions, shortages and suggestions counted `window_days + 1` days of
/// consumption (from `today - N` through today) while the product detail counted N, and all
/// divided by N. The window is now the N local days ending today, the same everywhere.
#[test]
fn the_consumption_window_is_exactly_n_days_ending_today_everywhere() {
    let mut p = pharmacy();
    let long = NaiveDate::from_ymd_opt(2028, 12, 31).unwrap();
    let packs = serials("W", 10);
    // With a 10-day window: 11 and 10 days back are out; 9 days back (the first day) and
    // today (the last) are in.
    let dispensed_at = [-11, -10, -9, 0];
    let mut events = vec![receive(&p, &packs, long, day(-30))];
    for (pack, offset) in packs.iter().zip(dispensed_at) {
        events.push(dispense(&p, pack, long, day(offset)));
    }
    p.append(&events);
    let admin = p.admin.clone();
    p.store
        .set_reorder_rule(
            &admin,
            &RuleInput {
                gtin: AMOX.into(),
                location: "MAIN".into(),
                reorder_point: 100,
                par_level: 200,
                lead_time_days: Some(7),
            },
            now(),
        )
        .unwrap();
    let policy = LevelPolicy {
        window_days: 10,
        ..LevelPolicy::default()
    };
    let window = policy.consumption_window(today());
    assert_eq!(
        (window.first_day, window.last_day, window.days),
        (today() - Duration::days(9), today(), 10),
        "ten days, today the last of them"
    );
    let in_window = 2.0 / 10.0;

    let pos = p
        .store
        .positions(&admin, Some(AMOX), Some("MAIN"), &policy, today())
        .unwrap();
    assert!(
        (pos[0].daily_consumption - in_window).abs() < 1e-9,
        "positions: only the dispenses 9 days back and today are in a 10-day window, got {}",
        pos[0].daily_consumption
    );
    // A product alone reads its window as one range of the key (migration 0037): the same days.
    let everywhere = p
        .store
        .positions(&admin, Some(AMOX), None, &policy, today())
        .unwrap();
    assert_eq!(everywhere.len(), 1, "one location holds or used it");
    assert!(
        (everywhere[0].daily_consumption - in_window).abs() < 1e-9,
        "a product's positions everywhere count the same window, got {}",
        everywhere[0].daily_consumption
    );
    let short = p.store.shortages(&admin, &policy, today()).unwrap();
    assert!(
        (short[0].daily_consumption - in_window).abs() < 1e-9,
        "shortages use the same window as positions, got {}",
        short[0].daily_consumption
    );
    let suggested = p
        .store
        .suggest_reorder_rules(
            &admin,
            None,
            SuggestParams::default(),
            &policy,
            false,
            now(),
        )
        .unwrap();
    // 0.2 a day: reorder point 0.2 x (7 + 7) = 2.8 -> 3; par 3 + 0.2 x 30 = 9. Counting the
    // dispense 10 days back too would give 0.3 a day: 5 and 14.
    assert_eq!(
        (suggested[0].reorder_point, suggested[0].par_level),
        (3, 9),
        "suggestions use the same window as positions"
    );
    let detail = p
        .store
        .product_detail(&admin, AMOX, &policy, today())
        .unwrap();
    let days: Vec<NaiveDate> = detail.consumption.iter().map(|d| d.day).collect();
    assert_eq!(
        days,
        [today() - Duration::days(9), today()],
        "the product detail shows exactly the days the averages count"
    );
    assert!(
        (detail.positions[0].daily_consumption - in_window).abs() < 1e-9,
        "and its positions agree"
    );

    // Seen from the day before, today's dispense is in the future: not in that day's window.
    let yesterday = today() - Duration::days(1);
    let pos = p
        .store
        .positions(&admin, Some(AMOX), Some("MAIN"), &policy, yesterday)
        .unwrap();
    assert!(
        (pos[0].daily_consumption - 2.0 / 10.0).abs() < 1e-9,
        "from yesterday the window is 10 days back through 1 day back: the dispenses 10 and 9 days back, got {}",
        pos[0].daily_consumption
    );
}

#[test]
fn a_pack_held_nowhere_is_no_locations_quarantine() {
    let p = steady();
    let admin = p.admin.clone();
    // A pack with no place, then the product's positions everywhere.
    let held_nowhere = |serial: &str, status: &str| {
        p.sqlite()
            .execute(
                "INSERT INTO unit (product_id, serial, status, location_id, last_event_seq)
                 VALUES (?1, ?2, ?3, NULL, 1)",
                rusqlite::params![p.amoxicillin.id.0, serial, status],
            )
            .unwrap();
        p.store
            .positions(&admin, Some(AMOX), None, &LevelPolicy::default(), today())
            .unwrap()
    };
    // A pulled line can leave a pack quarantined without a place; it belongs to no position.
    let at = held_nowhere("NOWHERE", "quarantined");
    assert_eq!(at.len(), 1, "MAIN only: {at:?}");
    assert_eq!((at[0].location.as_str(), at[0].quarantined), ("MAIN", 0));
    // One in stock without a place is summed at location 0 (migration 0017), which is no
    // location's either: the product's sums everywhere leave it out.
    let at = held_nowhere("NOWHERE-2", "in_stock");
    assert_eq!(at.len(), 1, "MAIN only: {at:?}");
    assert_eq!((at[0].location.as_str(), at[0].on_hand), ("MAIN", 12));
}

/// A location's positions (every product held there) find each product's stock sums by a seek
/// per product since migration 0038 keyed them by product first: each product's own, at that
/// location alone, and a product's positions everywhere one per location that holds it.
#[test]
fn a_locations_positions_are_each_products_own_stock_there() {
    let mut p = pharmacy();
    let long = NaiveDate::from_ymd_opt(2028, 12, 31).unwrap();
    let mut at_ward = receive(&p, &serials("W", 2), long, day(-5));
    at_ward.location = Some(p.ward.id);
    for l in &mut at_ward.lines {
        l.after = Some(Place::at(UnitStatus::InStock, p.ward.id));
    }
    let mut gauze_in = receive(&p, &[], long, day(-5));
    gauze_in.lines = vec![gauze_line(&p, 50, false)];
    p.append(&[
        receive(&p, &serials("M", 3), long, day(-5)),
        at_ward,
        gauze_in,
    ]);
    let admin = p.admin.clone();
    let held = |product: Option<&str>, location: Option<&str>| {
        let mut got: Vec<(String, String, i64)> = p
            .store
            .positions(&admin, product, location, &LevelPolicy::default(), today())
            .unwrap()
            .into_iter()
            .map(|x| (x.gtin, x.location, x.on_hand))
            .collect();
        got.sort();
        got
    };
    let line = |gtin: &str, at: &str, n: i64| (gtin.to_string(), at.to_string(), n);
    assert_eq!(
        held(None, Some("MAIN")),
        [line(AMOX, "MAIN", 3), line("09506000134369", "MAIN", 50)],
        "the main pharmacy holds three packs and fifty swabs"
    );
    assert_eq!(held(None, Some("WARD-3A")), [line(AMOX, "WARD-3A", 2)]);
    assert_eq!(
        held(Some(AMOX), None),
        [line(AMOX, "MAIN", 3), line(AMOX, "WARD-3A", 2)]
    );
}

/// Migration 0038 keys the stock sums (product, location, expiry); a file analysed before it
/// has the table's statistics taken again, and keeps every sum and the sums by expiry.
#[test]
fn rekeying_stock_sums_keeps_them_and_takes_an_analysed_files_statistics_again() {
    let mut p = pharmacy();
    let long = NaiveDate::from_ymd_opt(2028, 12, 31).unwrap();
    let mut at_ward = receive(&p, &serials("W", 2), long, day(-5));
    at_ward.location = Some(p.ward.id);
    for l in &mut at_ward.lines {
        l.after = Some(Place::at(UnitStatus::InStock, p.ward.id));
    }
    p.append(&[receive(&p, &serials("M", 3), long, day(-5)), at_ward]);
    let path = p.store.path().to_path_buf();
    let crate::fixtures::Pharmacy { _dir, store, .. } = p;
    drop(store);
    crate::fixtures::before_0041(&path);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let sums = |conn: &rusqlite::Connection| -> Vec<(i64, i64, String, i64)> {
        conn.prepare(
            "SELECT location_id, product_id, expiry, quantity FROM stock_level ORDER BY 1, 2, 3",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    };
    let expiry_sums = |conn: &rusqlite::Connection| -> Vec<(i64, String, i64)> {
        conn.prepare("SELECT product_id, expiry, quantity FROM stock_expiry ORDER BY 1, 2")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let (before, expiry_before) = (sums(&conn), expiry_sums(&conn));
    assert_eq!(before.len(), 2, "one sum at each place");
    // The table as a file of version 37 has it, keyed by location first, and analysed.
    conn.execute_batch(
        "CREATE TEMP TABLE kept AS SELECT * FROM stock_level;
         DROP TABLE stock_level;
         CREATE TABLE stock_level (
             location_id INTEGER NOT NULL, product_id INTEGER NOT NULL,
             expiry TEXT NOT NULL, quantity INTEGER NOT NULL,
             PRIMARY KEY (location_id, product_id, expiry)) WITHOUT ROWID;
         INSERT INTO stock_level SELECT * FROM temp.kept;
         ANALYZE; PRAGMA user_version = 37;",
    )
    .unwrap();
    let stat = |conn: &rusqlite::Connection| -> String {
        conn.query_row(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = 'stock_level' AND idx = 'stock_level'",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(stat(&conn), "2 1 1 1", "a sum per place, first");
    drop(conn);
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(sums(&conn), before, "every sum kept");
    assert_eq!(
        expiry_sums(&conn),
        expiry_before,
        "the sums by expiry not counted again"
    );
    assert_eq!(stat(&conn), "2 2 1 1", "one product, then a sum per place");
    // The sums by expiry are still kept from the sums: a pack leaving the shelf is taken off.
    conn.execute(
        "UPDATE unit SET status = 'dispensed', location_id = NULL WHERE serial = 'M1'",
        [],
    )
    .unwrap();
    let in_stock: i64 = conn
        .query_row("SELECT sum(quantity) FROM stock_expiry", [], |r| r.get(0))
        .unwrap();
    assert_eq!(in_stock, 4, "five packs, one dispensed");
}
