//! Shrinkage from a planted history of counts: a ward whose two counts both miss packs keeps
//! disagreeing; a count at the pharmacy finds a ward's pack, a missing pack, a short lot and a
//! pack never received.

use chrono::NaiveDate;
use custody_core::insights::*;
use custody_core::movement::{Movement, ScanInput, ScanSession};
use custody_core::*;
use custody_gs1::DecodeOptions;

use crate::fixtures::{pharmacy, Pharmacy, PASSWORD};

const GS: char = '\u{1d}';

/// 10:00 local time (UTC+1) on a day.
pub(crate) fn at(day: &str) -> Timestamp {
    Timestamp::parse(&format!("{day}T10:00:00+01:00")).unwrap()
}

pub(crate) fn d(day: &str) -> NaiveDate {
    day.parse().unwrap()
}

/// An amoxicillin pack: serial, expiry `YYMMDD`, lot.
pub(crate) fn pack(serial: &str, expiry: &str, lot: &str) -> String {
    format!("]d2010950600013435217{expiry}10{lot}{GS}21{serial}")
}

/// Gauze of a lot with an expiry `YYMMDD`.
pub(crate) fn gauze(lot: &str, expiry: &str) -> String {
    format!("]d2010950600013436917{expiry}10{lot}")
}

/// A pharmacy with a quarantine area (QUAR), whose history the test writes day by day.
pub(crate) struct History {
    pub(crate) p: Pharmacy,
}

/// One movement to scan: what, where, to where, how many, at what cost.
#[derive(Default)]
pub(crate) struct Move<'a> {
    pub(crate) raw: &'a str,
    pub(crate) to: Option<LocationId>,
    pub(crate) quantity: Option<i64>,
    pub(crate) cost: Option<i64>,
    pub(crate) reference: Option<&'a str>,
}

pub(crate) fn history() -> History {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    p.store
        .add_location(&admin, "QUAR", "Quarantine", LocationKind::Quarantine)
        .unwrap();
    History { p }
}

impl History {
    /// Scans one movement at `from` on `day`, as the admin, and checks it was recorded.
    pub(crate) fn scan(&mut self, day: &str, m: Movement, from: LocationId, mv: Move<'_>) {
        let admin = self.p.admin.clone();
        let mut s = ScanSession::new(m, from);
        s.reference = Some(mv.reference.unwrap_or("DOC").into());
        s.to_location = mv.to;
        s.signature = Some(
            self.p
                .store
                .sign(&admin, PASSWORD, SignatureMeaning::Performed, at(day))
                .unwrap(),
        );
        match m {
            Movement::Receive | Movement::ReturnToSupplier => {
                s.counterparty = Some(self.p.supplier.id)
            }
            Movement::Destroy | Movement::Quarantine => s.reason = Some("broken".into()),
            _ => {}
        }
        let input = ScanInput {
            raw: mv.raw.into(),
            quantity: mv.quantity,
            unit_cost_cents: mv.cost,
            ..ScanInput::default()
        };
        let v = self.p.store.scan(&admin, &s, &input, at(day)).unwrap();
        assert!(
            v.recorded.is_some(),
            "{day} {m:?} {}: {}",
            mv.raw,
            v.message
        );
    }

    /// Counts a location on `day`: scans `found` (raw, lot quantity) and applies the count;
    /// the ids of the events it wrote.
    pub(crate) fn count(
        &mut self,
        day: &str,
        location: LocationId,
        found: &[(&str, Option<i64>)],
    ) -> Vec<String> {
        let admin = self.p.admin.clone();
        let now = at(day);
        let store = &mut self.p.store;
        let c = store
            .start_count(&admin, location, &[], false, now)
            .unwrap();
        for (raw, q) in found {
            store
                .count_scan(&admin, c.id, raw, *q, &DecodeOptions::new(d(day)), now)
                .unwrap();
        }
        store.finish_count(&admin, c.id, now).unwrap();
        let signature = store
            .sign(&admin, PASSWORD, SignatureMeaning::Approved, now)
            .unwrap();
        store
            .apply_count(&admin, c.id, "monthly count", &signature, now)
            .unwrap()
            .events
    }
}

fn figures(
    (missing, found_elsewhere, found_again, wrong_status, lot_short, lot_surplus): (
        u64,
        u64,
        u64,
        u64,
        u64,
        u64,
    ),
    value_lost_cents: i64,
) -> ShrinkageFigures {
    ShrinkageFigures {
        missing,
        found_elsewhere,
        found_again,
        wrong_status,
        lot_short,
        lot_surplus,
        value_lost_cents,
    }
}

/// One expected line: (event, day, count, location, kind, serial or lot, quantity, value).
type Expect<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    VarianceKind,
    &'a str,
    u64,
    Option<i64>,
);

fn line(e: Expect<'_>) -> ShrinkageLine {
    let (event, day, count, location, kind, id, quantity, value) = e;
    let amox = !id.starts_with('G');
    ShrinkageLine {
        event_id: event.into(),
        day: d(day),
        count: count.into(),
        location: location.into(),
        kind,
        gtin: if amox {
            "09506000134352"
        } else {
            "09506000134369"
        }
        .into(),
        product: if amox {
            "Amoxicillin 500 mg caps x21"
        } else {
            "Gauze swabs x100"
        }
        .into(),
        serial: amox.then(|| id.to_string()),
        lot: Some(if amox { "L1" } else { id }.into()),
        quantity,
        value_cents: value,
    }
}

/// The planted history; the event ids of the three counts.
fn planted() -> (History, [Vec<String>; 3]) {
    let mut h = history();
    let (main, ward) = (h.p.main.id, h.p.ward.id);
    for s in ["P1", "P2", "P3", "P4", "P5", "P6"] {
        let raw = pack(s, "281231", "L1");
        h.scan(
            "2027-01-01",
            Movement::Receive,
            main,
            Move {
                raw: &raw,
                cost: Some(420),
                ..Move::default()
            },
        );
    }
    let g7 = gauze("G7", "290131");
    h.scan(
        "2027-01-01",
        Movement::Receive,
        main,
        Move {
            raw: &g7,
            quantity: Some(50),
            cost: Some(35),
            ..Move::default()
        },
    );
    for s in ["P3", "P4", "P5"] {
        let raw = pack(s, "281231", "L1");
        h.scan(
            "2027-01-02",
            Movement::Transfer,
            main,
            Move {
                raw: &raw,
                to: Some(ward),
                ..Move::default()
            },
        );
    }
    // The ward's first count finds P3 only: P4 and P5 are missing.
    let first = h.count("2027-02-01", ward, &[(&pack("P3", "281231", "L1"), None)]);
    let p6 = pack("P6", "281231", "L1");
    h.scan(
        "2027-02-05",
        Movement::Transfer,
        main,
        Move {
            raw: &p6,
            to: Some(ward),
            ..Move::default()
        },
    );
    // Its second finds P6 only: P3 is missing.
    let second = h.count("2027-03-02", ward, &[(&p6, None)]);
    // The pharmacy's count: P2 missing, P6 (the ward's) found here, P4 (missing) found again,
    // 45 gauze of 50, and P99, never received.
    let third = h.count(
        "2027-03-10",
        main,
        &[
            (&pack("P1", "281231", "L1"), None),
            (&p6, None),
            (&pack("P4", "281231", "L1"), None),
            (&pack("P99", "281231", "L1"), None),
            (&g7, Some(45)),
        ],
    );
    (h, [first, second, third])
}

#[test]
fn shrinkage_finds_exactly_the_planted_variances_and_the_ward_that_keeps_disagreeing() {
    let (h, [first, second, third]) = planted();
    assert_eq!((first.len(), second.len(), third.len()), (1, 1, 5));
    let query = InsightQuery {
        from: Some(d("2027-01-01")),
        to: Some(d("2027-03-31")),
        ..InsightQuery::default()
    };
    let s =
        h.p.store
            .shrinkage_insight(&h.p.admin, &query, at("2027-04-01"))
            .unwrap();
    use VarianceKind as K;
    let lines: Vec<ShrinkageLine> = [
        (
            &*first[0],
            "2027-02-01",
            "COUNT-1",
            "WARD-3A",
            K::Missing,
            "P4",
            1,
            Some(420),
        ),
        (
            &first[0],
            "2027-02-01",
            "COUNT-1",
            "WARD-3A",
            K::Missing,
            "P5",
            1,
            Some(420),
        ),
        (
            &second[0],
            "2027-03-02",
            "COUNT-2",
            "WARD-3A",
            K::Missing,
            "P3",
            1,
            Some(420),
        ),
        (
            &third[0],
            "2027-03-10",
            "COUNT-3",
            "MAIN",
            K::Missing,
            "P2",
            1,
            Some(420),
        ),
        (
            &third[1],
            "2027-03-10",
            "COUNT-3",
            "WARD-3A",
            K::FoundElsewhere,
            "P6",
            1,
            Some(420),
        ),
        (
            &third[2],
            "2027-03-10",
            "COUNT-3",
            "MAIN",
            K::FoundAgain,
            "P4",
            1,
            Some(420),
        ),
        (
            &third[3],
            "2027-03-10",
            "COUNT-3",
            "MAIN",
            K::LotShort,
            "G7",
            5,
            Some(175),
        ),
        (
            &third[4],
            "2027-03-10",
            "COUNT-3",
            "MAIN",
            K::WrongStatus,
            "P99",
            1,
            None,
        ),
    ]
    .into_iter()
    .map(line)
    .collect();
    let expected = ShrinkageInsight {
        period: Period {
            from: d("2027-01-01"),
            to: d("2027-03-31"),
        },
        currency: None,
        totals: figures((4, 1, 1, 1, 5, 0), 1680 - 420 + 175),
        by_month: vec![
            ("2027-01".into(), figures((0, 0, 0, 0, 0, 0), 0)),
            ("2027-02".into(), figures((2, 0, 0, 0, 0, 0), 840)),
            (
                "2027-03".into(),
                figures((2, 1, 1, 1, 5, 0), 420 + 420 - 420 + 175),
            ),
        ],
        by_location: vec![
            ShrinkageLocation {
                location: "WARD-3A".into(),
                name: "Ward 3A".into(),
                counts: 2,
                counts_with_variance: 2,
                figures: figures((3, 1, 0, 0, 0, 0), 1260),
                keeps_disagreeing: true,
            },
            ShrinkageLocation {
                location: "MAIN".into(),
                name: "Main pharmacy".into(),
                counts: 1,
                counts_with_variance: 1,
                figures: figures((1, 0, 1, 1, 5, 0), 175), /* 420 missing, 420 found again, 175 short */
                keeps_disagreeing: false,
            },
        ],
        lines,
    };
    assert_eq!(
        s, expected,
        "every variance of the three counts, charged where the ledger had the stock; the ward \
         missed packs at both its counts"
    );
}

#[test]
fn shrinkage_at_one_location_keeps_its_counts_and_only_the_variances_charged_to_it() {
    let (h, [_, _, third]) = planted();
    let query = InsightQuery {
        from: Some(d("2027-03-01")),
        to: Some(d("2027-03-31")),
        location: Some("MAIN".into()),
        product: Some("09506000134352".into()),
        ..InsightQuery::default()
    };
    let s =
        h.p.store
            .shrinkage_insight(&h.p.admin, &query, at("2027-04-01"))
            .unwrap();
    let kinds: Vec<(&str, VarianceKind)> = s
        .lines
        .iter()
        .map(|l| (l.event_id.as_str(), l.kind))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (third[0].as_str(), VarianceKind::Missing),
            (third[2].as_str(), VarianceKind::FoundAgain),
            (third[4].as_str(), VarianceKind::WrongStatus),
        ],
        "the ward's pack found here is the ward's loss, and the gauze is another product"
    );
    assert_eq!(
        (
            s.by_location.len(),
            s.by_location[0].counts,
            s.by_location[0].counts_with_variance
        ),
        (1, 1, 1),
        "only the pharmacy, with its one count, which disagreed"
    );
}

#[test]
fn a_recall_outcome_recorded_missing_is_not_shrinkage() {
    let mut h = history();
    let main = h.p.main.id;
    let raw = pack("R1", "281231", "L1");
    h.scan(
        "2027-01-01",
        Movement::Receive,
        main,
        Move {
            raw: &raw,
            cost: Some(420),
            ..Move::default()
        },
    );
    let admin = h.p.admin.clone();
    let store = &mut h.p.store;
    // A count_adjust that names a recall, not a count, written as the recall's outcome is.
    let path = store.path().to_path_buf();
    let mut conn = rusqlite::Connection::open(path).unwrap();
    let tx = conn.transaction().unwrap();
    let mut a = custody_core::ledger::Appender::for_history(&tx, at("2027-01-05")).unwrap();
    a.append(
        &admin,
        &custody_core::ledger::NewEvent {
            kind: EventKind::CountAdjust,
            occurred_at: at("2027-01-05"),
            location: Some(main),
            counterparty: None,
            reference: Some("RC-2026-1".into()),
            reason: Some("recall: not found".into()),
            raw_scan: None,
            lines: vec![custody_core::ledger::NewLine {
                product: h.p.amoxicillin.id,
                lot: Some("L1".into()),
                serial: Some("R1".into()),
                expiry: Some(d("2028-12-31")),
                quantity: 1,
                before: Some(custody_core::ledger::Place::at(UnitStatus::InStock, main)),
                after: Some(custody_core::ledger::Place::gone(UnitStatus::Missing)),
                unit_cost_cents: None,
            }],
        },
    )
    .unwrap();
    a.finish().unwrap();
    tx.commit().unwrap();
    let query = InsightQuery {
        from: Some(d("2027-01-01")),
        to: Some(d("2027-01-31")),
        ..InsightQuery::default()
    };
    let s = store
        .shrinkage_insight(&admin, &query, at("2027-02-01"))
        .unwrap();
    assert_eq!(
        (s.lines.len(), s.totals.clone(), s.by_location.len()),
        (0, ShrinkageFigures::default(), 0),
        "a recall's pack not found is the recall's, not a count's variance"
    );
}
