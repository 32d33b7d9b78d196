//! The demo with years of history before its window (`custody demo --years`): the same stock
//! on hand today and the same reorder rules as without them, every pack and lot quantity of
//! those years gone, a ledger that verifies, and the same history again for the same seed.

use custody_core::demo::{DemoSize, Scale, Years};
use custody_core::ledger::fix_event_ids;
use custody_core::Store;

use crate::fixtures::now;

/// The small demo with `years` (none for `"0"`) in a new database; its summary's events.
fn demo(dir: &tempfile::TempDir, name: &str, years: &str) -> usize {
    let years = match years {
        "0" => Years::NONE,
        y => y.parse().unwrap(),
    };
    let mut store = Store::open(dir.path().join(name)).unwrap();
    let size = DemoSize {
        scale: Scale::Small,
        years,
    };
    let summary = store.create_demo(size, now()).unwrap();
    let admin = store.actor("admin").unwrap();
    let report = store.verify(&admin).unwrap();
    assert!(
        report.is_intact(),
        "the demo with {years:?} is written through the ledger and verifies: {:?}",
        report.findings
    );
    assert_eq!(
        summary.events as u64, report.events,
        "the summary counts the ledger's events, the set-up's included"
    );
    summary.events
}

/// Every row of `sql` in the database `name`, each as text.
fn rows(dir: &tempfile::TempDir, name: &str, sql: &str) -> Vec<Vec<String>> {
    let conn = rusqlite::Connection::open(dir.path().join(name)).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let columns = stmt.column_count();
    stmt.query_map([], |row| {
        (0..columns)
            .map(|i| {
                let v: rusqlite::types::Value = row.get(i)?;
                Ok(format!("{v:?}"))
            })
            .collect()
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

/// What is on hand today: every pack held, where and how, every lot quantity held, and the
/// reorder rules, by product code and location code (the row ids are the same in both).
const ON_HAND: [&str; 3] = [
    "SELECT p.gtin, u.serial, u.lot, u.expiry, u.status, l.code FROM unit u
       JOIN product p ON p.id = u.product_id LEFT JOIN location l ON l.id = u.location_id
      WHERE u.status IN ('in_stock', 'quarantined') ORDER BY 1, 2",
    "SELECT p.gtin, s.lot, l.code, s.status, s.expiry, s.quantity FROM lot_stock s
       JOIN product p ON p.id = s.product_id JOIN location l ON l.id = s.location_id
      WHERE s.quantity <> 0 ORDER BY 1, 2, 3, 4",
    "SELECT p.gtin, l.code, r.reorder_point, r.par_level, r.lead_time_days FROM reorder_rule r
       JOIN product p ON p.id = r.product_id JOIN location l ON l.id = r.location_id ORDER BY 1, 2",
];

#[test]
fn years_before_the_window_leave_todays_stock_and_rules_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let window = demo(&dir, "window.db", "0");
    let longer = demo(&dir, "years.db", "2");
    assert!(
        longer > window * 4,
        "two years before a six-month window are about four times its events: {longer} vs {window}"
    );
    for sql in ON_HAND {
        let today = rows(&dir, "window.db", sql);
        assert!(!today.is_empty(), "the demo holds something: {sql}");
        assert_eq!(
            rows(&dir, "years.db", sql),
            today,
            "the earlier years' stock is all gone before the window, so today is the same: {sql}"
        );
    }
    let old = rows(
        &dir,
        "years.db",
        "SELECT count(*) FROM unit WHERE status NOT IN ('in_stock', 'quarantined')",
    );
    let gone = rows(
        &dir,
        "window.db",
        "SELECT count(*) FROM unit WHERE status NOT IN ('in_stock', 'quarantined')",
    );
    assert_ne!(
        old, gone,
        "the earlier years' packs are on the ledger, gone"
    );
}

#[test]
fn the_same_seed_gives_the_same_years_of_history() {
    let dir = tempfile::tempdir().unwrap();
    let head = |name: &str| {
        fix_event_ids(Some(7));
        demo(&dir, name, "1");
        fix_event_ids(None);
        rows(
            &dir,
            name,
            "SELECT count(*), max(seq), (SELECT hash FROM event ORDER BY seq DESC LIMIT 1) FROM event",
        )
    };
    assert_eq!(
        head("a.db"),
        head("b.db"),
        "with the clock and the event ids fixed, the chain ends on the same hash"
    );
}

#[test]
fn years_outside_one_to_ten_are_refused_with_the_range() {
    for bad in ["0", "11", "-1", "six", ""] {
        let err = bad.parse::<Years>().unwrap_err();
        assert!(
            err.contains("1 to 10"),
            "'{bad}' is refused saying what is allowed: {err}"
        );
    }
    assert_eq!(
        "6".parse::<Years>().map(Years::get),
        Ok(6),
        "six years is what DSCSA asks for"
    );
}
