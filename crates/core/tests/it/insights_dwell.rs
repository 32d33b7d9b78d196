//! Dwell from a planted history: amoxicillin packs and a gauze lot arrive at the pharmacy on
//! New Year's Day; two packs and fifty gauze go on to the ward two and five days later, one pack
//! waits seven weeks, one pack and fifty gauze are still there two months on.

use custody_core::insights::*;
use custody_core::movement::Movement;

use crate::insights_shrinkage::{at, d, gauze, history, pack, History, Move};

const AMOX: &str = "09506000134352";
const GAUZE: &str = "09506000134369";

/// The planted history, seen on 2027-03-01.
pub(crate) fn planted() -> History {
    let mut h = history();
    let (main, ward) = (h.p.main.id, h.p.ward.id);
    let p = |n: u32| pack(&format!("P{n}"), "281231", "LP");
    let ga = gauze("GA", "281231");
    let scan = |h: &mut History, day: &str, m: Movement, from, raw: &str, q, to| {
        let mv = Move {
            raw,
            quantity: q,
            to,
            ..Move::default()
        };
        h.scan(day, m, from, mv);
    };
    for n in 1..=4 {
        scan(
            &mut h,
            "2027-01-01",
            Movement::Receive,
            main,
            &p(n),
            None,
            None,
        );
    }
    scan(
        &mut h,
        "2027-01-01",
        Movement::Receive,
        main,
        &ga,
        Some(100),
        None,
    );
    // Thirty gauze used the next day; two packs to the ward on the 3rd, fifty gauze on the 6th.
    scan(
        &mut h,
        "2027-01-02",
        Movement::Dispense,
        main,
        &ga,
        Some(30),
        None,
    );
    for n in 1..=2 {
        scan(
            &mut h,
            "2027-01-03",
            Movement::Transfer,
            main,
            &p(n),
            None,
            Some(ward),
        );
    }
    // The ward uses its packs after two and eight days, twenty gauze after ten.
    scan(
        &mut h,
        "2027-01-05",
        Movement::Dispense,
        ward,
        &p(1),
        None,
        None,
    );
    scan(
        &mut h,
        "2027-01-06",
        Movement::Transfer,
        main,
        &ga,
        Some(50),
        Some(ward),
    );
    scan(
        &mut h,
        "2027-01-11",
        Movement::Dispense,
        ward,
        &p(2),
        None,
        None,
    );
    scan(
        &mut h,
        "2027-01-16",
        Movement::Dispense,
        ward,
        &ga,
        Some(20),
        None,
    );
    // A pack waits fifty days at the pharmacy before it goes to the ward.
    scan(
        &mut h,
        "2027-02-20",
        Movement::Transfer,
        main,
        &p(3),
        None,
        Some(ward),
    );
    h
}

fn ask(h: &History, q: InsightQuery) -> DwellInsight {
    h.p.store
        .dwell_insight(&h.p.admin, &q, at("2027-03-01"))
        .unwrap()
}

fn row(
    location: &str,
    gtin: Option<&str>,
    stays: u64,
    median: f64,
    p90: f64,
) -> (String, Option<String>, u64, f64, f64) {
    (location.into(), gtin.map(Into::into), stays, median, p90)
}

fn figures(rows: &[DwellRow]) -> Vec<(String, Option<String>, u64, f64, f64)> {
    rows.iter()
        .map(|r| {
            (
                r.location.clone(),
                r.gtin.clone(),
                r.stays,
                r.median_days,
                r.p90_days,
            )
        })
        .collect()
}

#[test]
fn each_stay_ends_where_the_stock_leaves_and_lots_leave_first_in_first_out() {
    let h = planted();
    let dwell = ask(&h, InsightQuery::default());
    // The ward: packs after 2 and 8 days, twenty gauze after 10. The pharmacy: thirty gauze
    // after a day, two packs after 2, fifty gauze after 5, a pack after 50.
    assert_eq!(
        figures(&dwell.locations),
        vec![
            row("WARD-3A", None, 22, 10.0, 10.0),
            row("MAIN", None, 83, 5.0, 5.0)
        ]
    );
    let main = &dwell.locations[1];
    assert_eq!(main.histogram, vec![0, 30, 2, 50, 0, 0, 1, 0, 0, 0, 0]);
    assert_eq!(
        dwell.locations[0].histogram,
        vec![0, 0, 1, 0, 21, 0, 0, 0, 0, 0, 0]
    );
    assert_eq!(
        figures(&dwell.rows),
        vec![
            row("MAIN", Some(AMOX), 3, 2.0, 50.0),
            row("WARD-3A", Some(GAUZE), 20, 10.0, 10.0),
            row("WARD-3A", Some(AMOX), 2, 2.0, 8.0),
            row("MAIN", Some(GAUZE), 80, 5.0, 5.0),
        ]
    );
}

#[test]
fn what_has_waited_longer_than_the_threshold_is_listed_longest_first() {
    let h = planted();
    let q = InsightQuery {
        older_than_days: Some(30),
        ..InsightQuery::default()
    };
    let dwell = ask(&h, q);
    let waiting: Vec<_> = dwell
        .waiting
        .iter()
        .map(|w| {
            (
                w.location.as_str(),
                w.gtin.as_str(),
                w.serial.as_deref(),
                w.lot.as_deref(),
                w.quantity,
                w.since,
                w.days,
            )
        })
        .collect();
    assert_eq!(
        waiting,
        vec![
            ("MAIN", AMOX, Some("P4"), Some("LP"), 1, d("2027-01-01"), 59),
            ("MAIN", GAUZE, None, Some("GA"), 20, d("2027-01-01"), 59),
            ("WARD-3A", GAUZE, None, Some("GA"), 30, d("2027-01-06"), 54),
        ]
    );
    assert_eq!((dwell.waiting_total, dwell.waiting_units), (3, 51));
    assert_eq!(dwell.older_than_days, 30);
    // Fifty-five days: only what came on New Year's Day; the default, 90: nothing.
    let q = InsightQuery {
        older_than_days: Some(55),
        ..InsightQuery::default()
    };
    assert_eq!(ask(&h, q).waiting_total, 2);
    assert_eq!(ask(&h, InsightQuery::default()).waiting_total, 0);
}

#[test]
fn the_filters_keep_their_location_product_and_days() {
    let h = planted();
    let ward = ask(
        &h,
        InsightQuery {
            location: Some("WARD-3A".into()),
            older_than_days: Some(30),
            ..InsightQuery::default()
        },
    );
    assert_eq!(
        figures(&ward.locations),
        vec![row("WARD-3A", None, 22, 10.0, 10.0)]
    );
    assert_eq!(ward.waiting_total, 1);
    let gauze_only = ask(
        &h,
        InsightQuery {
            product: Some(GAUZE.into()),
            ..InsightQuery::default()
        },
    );
    assert_eq!(
        figures(&gauze_only.locations),
        vec![
            row("WARD-3A", None, 20, 10.0, 10.0),
            row("MAIN", None, 80, 5.0, 5.0)
        ]
    );
    // From the 10th: the ward's second pack and its gauze, the pharmacy's long stay.
    let late = ask(
        &h,
        InsightQuery {
            from: Some(d("2027-01-10")),
            ..InsightQuery::default()
        },
    );
    assert_eq!(
        figures(&late.locations),
        vec![
            row("MAIN", None, 1, 50.0, 50.0),
            row("WARD-3A", None, 21, 10.0, 10.0)
        ]
    );
    let supplier = h.p.supplier.code.clone();
    let theirs = ask(
        &h,
        InsightQuery {
            supplier: Some(supplier),
            ..InsightQuery::default()
        },
    );
    assert_eq!(theirs.locations.len(), 2);
    let unknown = h.p.store.dwell_insight(
        &h.p.admin,
        &InsightQuery {
            location: Some("NOWHERE".into()),
            ..InsightQuery::default()
        },
        at("2027-03-01"),
    );
    assert!(unknown.is_err());
}
