//! What the demonstration data was made to show (issue #23), found by the insights and nothing
//! else: a slow ward (WARD-3B), a ward that keeps losing packs at its counts (ICU), and a
//! supplier with short-dated deliveries invoiced above contract (PHARMACO).

use custody_core::demo::Scale;
use custody_core::insights::*;
use custody_core::*;

use crate::fixtures::now;

/// The small demo in a new database, with its admin.
fn demo(dir: &tempfile::TempDir) -> (Store, User) {
    let mut store = Store::open(dir.path().join("demo.db")).unwrap();
    store.create_demo(Scale::Small, now()).unwrap();
    let admin = store.actor("admin").unwrap();
    (store, admin)
}

#[test]
fn the_demo_shows_the_slow_ward_and_the_ward_that_keeps_losing_packs() {
    let dir = tempfile::tempdir().unwrap();
    let (store, admin) = demo(&dir);
    let q = InsightQuery::default();
    let dwell = store.dwell_insight(&admin, &q, now()).unwrap();
    let wards: Vec<&DwellRow> = dwell
        .locations
        .iter()
        .filter(|r| r.location.starts_with("WARD") || r.location == "ICU" || r.location == "ED")
        .collect();
    let slowest = wards
        .iter()
        .max_by(|a, b| a.median_days.total_cmp(&b.median_days))
        .unwrap();
    assert_eq!(slowest.location, "WARD-3B");
    for w in wards.iter().filter(|w| w.location != "WARD-3B") {
        assert!(
            slowest.median_days > 1.4 * w.median_days,
            "{} waits {} days, WARD-3B {}",
            w.location,
            w.median_days,
            slowest.median_days
        );
    }

    let shrinkage = store.shrinkage_insight(&admin, &q, now()).unwrap();
    let disagreeing: Vec<&str> = shrinkage
        .by_location
        .iter()
        .filter(|l| l.keeps_disagreeing)
        .map(|l| l.location.as_str())
        .collect();
    assert_eq!(disagreeing, vec!["ICU"]);
    let counted: Vec<(&str, u64)> = shrinkage
        .by_location
        .iter()
        .map(|l| (l.location.as_str(), l.counts))
        .collect();
    assert_eq!(counted.len(), 3, "{counted:?}");
    assert!(counted.iter().all(|(_, n)| *n >= 5), "{counted:?}");
    let losing: Vec<&str> = shrinkage
        .lines
        .iter()
        .map(|l| l.location.as_str())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(losing, vec!["ICU"]);
    assert!(shrinkage.totals.missing >= 10);
    assert_eq!(shrinkage.totals.missing, shrinkage.lines.len() as u64);
}

#[test]
fn the_demo_shows_the_one_supplier_sending_short_dated_stock_above_contract() {
    let dir = tempfile::tempdir().unwrap();
    let (store, admin) = demo(&dir);
    let q = InsightQuery::default();
    let s = store.supplier_insight(&admin, &q, now()).unwrap();
    let with = |f: fn(&SupplierQuality) -> u64| -> Vec<&str> {
        s.suppliers
            .iter()
            .filter(|q| f(q) > 0)
            .map(|q| q.key.as_str())
            .collect()
    };
    assert_eq!(with(|q| q.short_dated), vec!["PHARMACO"]);
    assert_eq!(with(|q| q.over_contract), vec!["PHARMACO"]);
    assert_eq!(s.suppliers.len(), 3, "every supplier delivered");
    assert!(s
        .over_contract
        .iter()
        .all(|p| p.supplier == "PHARMACO" && p.excess_cents > 0));
    let excess: i64 = s.over_contract.iter().map(|p| p.excess_cents).sum();
    assert_eq!(excess, s.suppliers[0].excess_cents);
    // Its cartons carry their manufacturing date, traced to each affected pack.
    let short: Vec<&AffectedPack> = s
        .affected
        .iter()
        .filter(|a| a.finding == SupplierFinding::ShortDated)
        .collect();
    assert!(!short.is_empty());
    assert!(short
        .iter()
        .all(|a| a.supplier == "PHARMACO" && a.manufactured.is_some()));
}
