//! Consumption trends from a planted history of fourteen months (December 2026 to January
//! 2028), looked at over the weeks from 2027-W47 to 2028-W01 on Wednesday 5 January 2028:
//!
//! - gauze at the ward, used in both years, whose rule changes just after midnight on Monday
//!   6 December (still Sunday in UTC): last year's weeks before the ledger began are null, the
//!   week's rule follows the change by its local day, the rule fits;
//! - saline at the pharmacy runs out twice under a reorder point far below its use over the
//!   lead time: too low;
//! - gloves at the pharmacy sit far above par all along: too high;
//! - amoxicillin packs at the pharmacy run out with no rule: no rule, no stock-out days;
//! - gauze at the pharmacy, never used there, has a rule for three weeks only: a row that fits.

use custody_core::insights::*;
use custody_core::levels::{RuleInput, RuleLevels};
use custody_core::movement::{Movement, ScanInput, ScanSession};
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};
use crate::insights_shrinkage::{at, d, gauze, pack};

const AMOX: &str = "09506000134352";
const GAUZE: &str = "09506000134369";
const SALINE: &str = "09506000134376";
const GLOVES: &str = "09506000134383";

/// A lot of a lot-tracked product, expiring at the end of 2029.
fn lot(gtin: &str, lot: &str) -> String {
    format!("]d201{gtin}1729123110{lot}")
}

/// Scans one movement at `from` on `day` (10:00, UTC+1), as the admin; checks it was recorded.
fn scan(p: &mut Pharmacy, day: &str, m: Movement, from: &str, raw: &str, quantity: Option<i64>) {
    let admin = p.admin.clone();
    let mut s = ScanSession::new(m, p.store.location(from).unwrap().id);
    s.reference = Some("DOC".into());
    match m {
        Movement::Receive => s.counterparty = Some(p.supplier.id),
        Movement::Transfer => s.to_location = Some(p.ward.id),
        _ => {}
    }
    let input = ScanInput {
        raw: raw.into(),
        quantity,
        ..ScanInput::default()
    };
    let v = p.store.scan(&admin, &s, &input, at(day)).unwrap();
    assert!(v.recorded.is_some(), "{day} {m:?} {raw}: {}", v.message);
}

fn rule(p: &mut Pharmacy, gtin: &str, location: &str, levels: (i64, i64, i64), when: &str) {
    let admin = p.admin.clone();
    let input = RuleInput {
        gtin: gtin.into(),
        location: location.into(),
        reorder_point: levels.0,
        par_level: levels.1,
        lead_time_days: Some(levels.2),
    };
    p.store
        .set_reorder_rule(&admin, &input, Timestamp::parse(when).unwrap())
        .unwrap();
}

fn add_lot_product(p: &mut Pharmacy, gtin: &str, name: &str) {
    let admin = p.admin.clone();
    let data = ProductData {
        gtin: gtin.into(),
        name: name.into(),
        tracking: Some(TrackingMode::Lot),
        ..Default::default()
    };
    p.store.add_product(&admin, &data, now()).unwrap();
}

/// The planted history.
fn planted() -> Pharmacy {
    planted_with(|_, _| {})
}

/// The planted history, with `after` called after each day of the weeks looked at.
fn planted_with(after: impl Fn(&mut Pharmacy, &str)) -> Pharmacy {
    use Movement::*;
    let mut p = pharmacy();
    add_lot_product(&mut p, SALINE, "Saline 0.9% 10 ml");
    add_lot_product(&mut p, GLOVES, "Nitrile gloves M x100");
    let g = gauze("G1", "291231");
    // The ledger begins on Wednesday 2 December 2026 (2026-W49).
    scan(&mut p, "2026-12-02", Receive, "MAIN", &g, Some(2000));
    scan(&mut p, "2026-12-02", Transfer, "MAIN", &g, Some(500));
    for (day, q) in [
        ("2026-12-02", 5),
        ("2026-12-03", 10),
        ("2026-12-10", 10),
        ("2026-12-17", 15),
        ("2027-01-07", 12),
        ("2027-06-15", 288),
    ] {
        scan(&mut p, day, Dispense, "WARD-3A", &g, Some(q));
    }
    rule(
        &mut p,
        GAUZE,
        "WARD-3A",
        (20, 150, 7),
        "2027-06-01T10:00:00+01:00",
    );
    rule(
        &mut p,
        GLOVES,
        "MAIN",
        (10, 50, 7),
        "2027-09-01T10:00:00+01:00",
    );
    scan(
        &mut p,
        "2027-09-02",
        Receive,
        "MAIN",
        &lot(GLOVES, "O1"),
        Some(300),
    );
    rule(
        &mut p,
        SALINE,
        "MAIN",
        (5, 60, 7),
        "2027-10-01T10:00:00+01:00",
    );
    scan(
        &mut p,
        "2027-11-01",
        Receive,
        "MAIN",
        &lot(SALINE, "S1"),
        Some(40),
    );
    for n in 1..=3 {
        scan(&mut p, "2027-11-02", Receive, "MAIN", &amox(n), None);
    }
    // The weeks looked at, day by day.
    let (s1, s2, s3) = (lot(SALINE, "S1"), lot(SALINE, "S2"), lot(SALINE, "S3"));
    let o1 = lot(GLOVES, "O1");
    let days: Vec<(&str, Movement, &str, &str, Option<i64>)> = vec![
        ("2027-11-22", Dispense, "MAIN", &s1, Some(20)),
        ("2027-11-23", Dispense, "MAIN", "A1", None),
        ("2027-11-24", Dispense, "MAIN", &s1, Some(20)),
        ("2027-11-25", Dispense, "WARD-3A", &g, Some(20)),
        ("2027-11-26", Dispense, "MAIN", &o1, Some(5)),
        ("2027-11-30", Receive, "MAIN", &s2, Some(60)),
        ("2027-12-02", Dispense, "WARD-3A", &g, Some(20)),
        ("2027-12-02", Dispense, "MAIN", &s2, Some(20)),
        ("2027-12-03", Dispense, "MAIN", &o1, Some(5)),
        ("2027-12-06", Dispense, "MAIN", "A2", None),
        ("2027-12-09", Dispense, "WARD-3A", &g, Some(20)),
        ("2027-12-10", Dispense, "MAIN", &o1, Some(5)),
        ("2027-12-14", Dispense, "MAIN", "A3", None),
        ("2027-12-16", Dispense, "WARD-3A", &g, Some(20)),
        ("2027-12-17", Dispense, "MAIN", &o1, Some(5)),
        ("2027-12-20", Dispense, "MAIN", &s2, Some(40)),
        ("2027-12-23", Dispense, "WARD-3A", &g, Some(20)),
        ("2027-12-24", Dispense, "MAIN", &o1, Some(5)),
        ("2027-12-28", Receive, "MAIN", &s3, Some(30)),
        ("2027-12-30", Dispense, "WARD-3A", &g, Some(20)),
        ("2027-12-31", Dispense, "MAIN", &o1, Some(5)),
        ("2028-01-03", Dispense, "MAIN", &s3, Some(10)),
        ("2028-01-04", Dispense, "WARD-3A", &g, Some(20)),
    ];
    for (day, m, at_, raw, q) in days {
        let raw = match raw.strip_prefix('A') {
            Some(n) => amox(n.parse().unwrap()),
            None => raw.to_string(),
        };
        scan(&mut p, day, m, at_, &raw, q);
        after(&mut p, day);
    }
    // 00:30 local on Monday 6 December is still Sunday 5 December in UTC.
    rule(
        &mut p,
        GAUZE,
        "WARD-3A",
        (40, 200, 7),
        "2027-12-06T00:30:00+01:00",
    );
    rule(
        &mut p,
        GAUZE,
        "MAIN",
        (100, 2000, 14),
        "2027-12-15T10:00:00+01:00",
    );
    let admin = p.admin.clone();
    p.store
        .remove_reorder_rule(&admin, GAUZE, "MAIN", at("2028-01-04"))
        .unwrap();
    p
}

fn amox(n: u32) -> String {
    pack(&format!("A{n}"), "291231", "LA")
}

/// From Wednesday 24 November 2027 to Friday 7 January 2028, with a filter.
fn query(location: Option<&str>, product: Option<&str>) -> InsightQuery {
    InsightQuery {
        from: Some(d("2027-11-24")),
        to: Some(d("2028-01-07")),
        location: location.map(String::from),
        product: product.map(String::from),
        ..InsightQuery::default()
    }
}

fn today() -> Timestamp {
    at("2028-01-05")
}

const WEEKS: [(&str, &str); 7] = [
    ("2027-W47", "2027-11-22"),
    ("2027-W48", "2027-11-29"),
    ("2027-W49", "2027-12-06"),
    ("2027-W50", "2027-12-13"),
    ("2027-W51", "2027-12-20"),
    ("2027-W52", "2027-12-27"),
    ("2028-W01", "2028-01-03"),
];

/// One week's figures: used, last year, the rule (reorder point, par, lead time), stock-out
/// and overstock days.
type Week = (u64, Option<u64>, Option<(i64, i64, i64)>, u32, u32);

/// A row as expected: the weeks in order, then the totals and verdict.
fn row(
    (gtin, product, location): (&str, &str, &str),
    weeks: [Week; 7],
    (stockout_days, overstock_days, verdict): (u32, u32, RuleVerdict),
) -> TrendRow {
    TrendRow {
        gtin: gtin.into(),
        product: product.into(),
        location: location.into(),
        weeks: WEEKS
            .iter()
            .zip(weeks)
            .map(
                |((week, starts), (used, last, rule, out, over))| TrendWeek {
                    week: week.to_string(),
                    starts: d(starts),
                    used,
                    used_last_year: last,
                    rule: rule.map(|(reorder_point, par_level, lead_time_days)| RuleLevels {
                        reorder_point,
                        par_level,
                        lead_time_days,
                    }),
                    stockout_days: out,
                    overstock_days: over,
                },
            )
            .collect(),
        stockout_days,
        overstock_days,
        verdict,
    }
}

fn gauze_at_ward() -> TrendRow {
    let (old, new) = (Some((20, 150, 7)), Some((40, 200, 7)));
    row(
        (GAUZE, "Gauze swabs x100", "WARD-3A"),
        [
            // 160 on the shelf above a par of 150 until Thursday's use.
            (20, None, old, 0, 3),
            (20, None, old, 0, 0),
            // Used in 2026-W49 too, but the ledger began after its Monday.
            (20, None, new, 0, 0),
            (20, Some(10), new, 0, 0),
            (20, Some(15), new, 0, 0),
            (20, Some(0), new, 0, 0),
            (20, Some(12), new, 0, 0),
        ],
        (0, 3, RuleVerdict::Fits),
    )
}

fn saline_at_main() -> TrendRow {
    let r = Some((5, 60, 7));
    row(
        (SALINE, "Saline 0.9% 10 ml", "MAIN"),
        [
            // Out from Wednesday's end; 60 again on Tuesday 30 November (at par, not above).
            (40, None, r, 5, 0),
            (20, None, r, 1, 0),
            (0, None, r, 0, 0),
            (0, Some(0), r, 0, 0),
            // Out from Monday 20 December to Tuesday 28 December.
            (40, Some(0), r, 7, 0),
            (0, Some(0), r, 1, 0),
            (10, Some(0), r, 0, 0),
        ],
        // 110 units over 45 days: 17.1 over the 7 days' lead time, above a reorder point of 5.
        (14, 0, RuleVerdict::TooLow),
    )
}

fn gloves_at_main() -> TrendRow {
    let r = Some((10, 50, 7));
    let week = |used, last| (used, last, r, 0, 7);
    row(
        (GLOVES, "Nitrile gloves M x100", "MAIN"),
        [
            week(5, None),
            week(5, None),
            week(5, None),
            week(5, Some(0)),
            week(5, Some(0)),
            week(5, Some(0)),
            // Today is Wednesday: Monday to Wednesday.
            (0, Some(0), r, 0, 3),
        ],
        (0, 45, RuleVerdict::TooHigh),
    )
}

fn amox_at_main() -> TrendRow {
    row(
        (AMOX, "Amoxicillin 500 mg caps x21", "MAIN"),
        [
            (1, None, None, 0, 0),
            (0, None, None, 0, 0),
            (1, None, None, 0, 0),
            // The last pack went on Tuesday: out, but with no rule no stock-out day counts.
            (1, Some(0), None, 0, 0),
            (0, Some(0), None, 0, 0),
            (0, Some(0), None, 0, 0),
            (0, Some(0), None, 0, 0),
        ],
        (0, 0, RuleVerdict::NoRule),
    )
}

fn gauze_at_main() -> TrendRow {
    let r = Some((100, 2000, 14));
    row(
        (GAUZE, "Gauze swabs x100", "MAIN"),
        [
            (0, None, None, 0, 0),
            (0, None, None, 0, 0),
            (0, None, None, 0, 0),
            (0, Some(0), r, 0, 0),
            (0, Some(0), r, 0, 0),
            (0, Some(0), r, 0, 0),
            // Removed on Tuesday: none at the week's end.
            (0, Some(0), None, 0, 0),
        ],
        (0, 0, RuleVerdict::Fits),
    )
}

#[test]
fn trends_find_the_planted_weeks_rules_stock_outs_and_overstock_most_used_first() {
    let p = planted();
    let t = p
        .store
        .trend_insight(&p.admin, &query(None, None), today())
        .unwrap();
    assert_eq!(
        t.period,
        Period {
            from: d("2027-11-24"),
            to: d("2028-01-07")
        }
    );
    let expected = vec![
        gauze_at_ward(),
        saline_at_main(),
        gloves_at_main(),
        amox_at_main(),
        gauze_at_main(),
    ];
    for (found, want) in t.rows.iter().zip(&expected) {
        assert_eq!(found, want, "{} at {}", want.product, want.location);
    }
    assert_eq!(t.rows.len(), expected.len(), "{:#?}", t.rows);
}

#[test]
fn trends_keep_to_the_location_and_the_product_asked() {
    let p = planted();
    let at_ward = p
        .store
        .trend_insight(&p.admin, &query(Some("WARD-3A"), None), today())
        .unwrap();
    assert_eq!(at_ward.rows, vec![gauze_at_ward()]);
    let saline = p
        .store
        .trend_insight(&p.admin, &query(None, Some(SALINE)), today())
        .unwrap();
    assert_eq!(saline.rows, vec![saline_at_main()]);
    let gauze = p
        .store
        .trend_insight(&p.admin, &query(None, Some(GAUZE)), today())
        .unwrap();
    assert_eq!(gauze.rows, vec![gauze_at_ward(), gauze_at_main()]);
}

#[test]
fn trends_refuse_a_backwards_period_and_a_supplier() {
    let p = planted();
    let backwards = InsightQuery {
        from: Some(d("2028-01-07")),
        to: Some(d("2027-11-24")),
        ..InsightQuery::default()
    };
    let e = p
        .store
        .trend_insight(&p.admin, &backwards, today())
        .unwrap_err();
    assert_eq!(e.code(), "report.range_backwards", "{e:?}");
    let by_supplier = InsightQuery {
        supplier: Some("MEDIDIST".into()),
        ..query(None, None)
    };
    let e = p
        .store
        .trend_insight(&p.admin, &by_supplier, today())
        .unwrap_err();
    assert_eq!(e.code(), "insights.trends_by_supplier", "{e:?}");
}

#[test]
fn trends_count_every_rows_verdict() {
    let p = planted();
    let t = p
        .store
        .trend_insight(&p.admin, &query(None, None), today())
        .unwrap();
    assert_eq!(t.rows_total, 5);
    assert_eq!(
        t.verdicts,
        TrendVerdicts {
            too_low: 1,
            too_high: 1,
            fits: 2,
            no_rule: 1,
        }
    );
}

/// Five packs of saline received at the pharmacy at `occurred` (now when none), recorded at
/// `now`.
fn saline_received(p: &mut Pharmacy, now: &str, occurred: Option<&str>) {
    let admin = p.admin.clone();
    let mut s = ScanSession::new(Movement::Receive, p.store.location("MAIN").unwrap().id);
    s.reference = Some("LATE".into());
    s.counterparty = Some(p.supplier.id);
    s.occurred_at = occurred.map(|t| Timestamp::parse(t).unwrap());
    let input = ScanInput {
        raw: lot(SALINE, "S4"),
        quantity: Some(5),
        ..ScanInput::default()
    };
    let now = Timestamp::parse(now).unwrap();
    let v = p.store.scan(&admin, &s, &input, now).unwrap();
    assert!(v.recorded.is_some(), "{}", v.message);
}

#[test]
fn trends_count_a_movement_entered_late_on_the_day_it_happened() {
    const HAPPENED: &str = "2027-11-22T14:00:00+01:00";
    let in_time = planted_with(|p, day| {
        if day == "2027-11-22" {
            saline_received(p, HAPPENED, None);
        }
    });
    // Entered three days later: the first movement of the weeks in time comes after the next
    // three days' in the ledger, among them the gauze used at the ward on Thursday, which
    // takes it down to par from the Monday to Wednesday above it.
    let late = planted_with(|p, day| {
        if day == "2027-11-25" {
            saline_received(p, "2027-11-25T12:00:00+01:00", Some(HAPPENED));
        }
    });
    let [in_time, late] = [in_time, late].map(|p| {
        p.store
            .trend_insight(&p.admin, &query(None, None), today())
            .unwrap()
    });
    assert_eq!(late, in_time);
    assert_eq!(late.rows.first(), Some(&gauze_at_ward()));
    let saline = late.rows.iter().find(|r| r.gtin == SALINE).unwrap();
    // Five left all along: never out; 65 over a par of 60 on Tuesday 30 November and the day
    // after.
    assert_eq!((saline.stockout_days, saline.overstock_days), (0, 2));
    assert_eq!(saline.verdict, RuleVerdict::Fits);
}
