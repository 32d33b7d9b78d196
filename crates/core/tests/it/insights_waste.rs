//! Waste from a planted history: a ward that barely uses a product lets it expire (predicted a
//! month before), the pharmacy's gauze expires after its use suddenly stopped (a surprise), a
//! recalled lot is destroyed, a pack breaks and another goes back to the supplier.

use custody_core::insights::*;
use custody_core::movement::Movement;
use custody_core::recall::{NewRecall, ScopeLine};
use custody_core::*;

use crate::insights_shrinkage::{at, d, gauze, history, pack, History, Move};

fn fig(
    (packs, value_cents, unpriced): (u64, i64, u64),
    (expired, recalled, damaged): (u64, u64, u64),
    (predicted, surprise): (u64, u64),
) -> WasteFigures {
    WasteFigures {
        packs,
        value_cents,
        unpriced,
        expired,
        recalled,
        damaged,
        predicted,
        surprise,
    }
}

/// The planted history; the admin's view of it.
fn planted() -> History {
    let mut h = history();
    let (main, ward) = (h.p.main.id, h.p.ward.id);
    h.p.sqlite()
        .execute(
            "UPDATE product SET contract_price_cents = 400 WHERE gtin = '09506000134352'",
            [],
        )
        .unwrap();
    let day1 = "2027-01-01";
    let recv = |h: &mut History, raw: &str, quantity: Option<i64>, cost: Option<i64>| {
        let mv = Move {
            raw,
            quantity,
            cost,
            ..Move::default()
        };
        h.scan(day1, Movement::Receive, main, mv);
    };
    let a = |n: u32| pack(&format!("A{n}"), "270331", "LA");
    for n in 1..=10 {
        recv(&mut h, &a(n), None, Some(420));
    }
    recv(&mut h, &pack("C1", "281231", "LC"), None, Some(420));
    recv(&mut h, &pack("D1", "281231", "LD"), None, None);
    recv(&mut h, &pack("E1", "281231", "LE"), None, Some(450));
    let gb = gauze("GB", "270430");
    recv(&mut h, &gb, Some(300), Some(35));
    for n in 1..=10 {
        let raw = a(n);
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
    // The ward uses one pack in three months; the pharmacy 90 gauze a month, then none.
    h.scan(
        "2027-01-10",
        Movement::Dispense,
        ward,
        Move {
            raw: &a(1),
            ..Move::default()
        },
    );
    let use_gauze = |h: &mut History, day: &str| {
        h.scan(
            day,
            Movement::Dispense,
            main,
            Move {
                raw: &gb,
                quantity: Some(90),
                ..Move::default()
            },
        );
    };
    use_gauze(&mut h, "2027-01-10");
    use_gauze(&mut h, "2027-02-10");
    let d1 = pack("D1", "281231", "LD");
    h.scan(
        "2027-02-15",
        Movement::Destroy,
        main,
        Move {
            raw: &d1,
            ..Move::default()
        },
    );
    let admin = h.p.admin.clone();
    h.p.store
        .create_recall(
            &admin,
            &NewRecall {
                number: "RC-1".into(),
                title: "Amoxicillin lot LC".into(),
                class: RecallClass::II,
                reason: "contamination".into(),
                instructions: None,
                issuer: None,
                issued_on: d("2027-03-01"),
                scope: vec![ScopeLine {
                    gtin: "09506000134352".into(),
                    lot: Some("LC".into()),
                    serial: None,
                }],
            },
            at("2027-03-01"),
        )
        .unwrap();
    let c1 = pack("C1", "281231", "LC");
    h.scan(
        "2027-03-02",
        Movement::Destroy,
        main,
        Move {
            raw: &c1,
            ..Move::default()
        },
    );
    let e1 = pack("E1", "281231", "LE");
    h.scan(
        "2027-03-05",
        Movement::ReturnToSupplier,
        main,
        Move {
            raw: &e1,
            ..Move::default()
        },
    );
    use_gauze(&mut h, "2027-03-10");
    for n in [2, 3] {
        h.scan(
            "2027-04-02",
            Movement::Destroy,
            ward,
            Move {
                raw: &a(n),
                ..Move::default()
            },
        );
    }
    h.scan(
        "2027-05-03",
        Movement::Destroy,
        main,
        Move {
            raw: &gb,
            quantity: Some(30),
            ..Move::default()
        },
    );
    h
}

fn query(location: Option<&str>) -> InsightQuery {
    InsightQuery {
        from: Some(d("2027-01-01")),
        to: Some(d("2027-05-31")),
        location: location.map(String::from),
        ..InsightQuery::default()
    }
}

/// One expected line: (day, disposition, cause, location, serial, lot, expiry, quantity,
/// value, priced by, predicted).
type Expect<'a> = (
    &'a str,
    &'a str,
    WasteCause,
    &'a str,
    Option<&'a str>,
    &'a str,
    &'a str,
    u64,
    i64,
    &'a str,
    bool,
);

fn line(event_id: &str, e: Expect<'_>) -> WasteLine {
    let (day, disposition, cause, location, serial, lot, expiry, quantity, value, by, predicted) =
        e;
    let amox = serial.is_some();
    WasteLine {
        event_id: event_id.into(),
        day: d(day),
        disposition: disposition.into(),
        cause,
        location: location.into(),
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
        serial: serial.map(String::from),
        lot: Some(lot.into()),
        expiry: Some(expiry.into()),
        quantity,
        supplier: Some("MEDIDIST".into()),
        value_cents: Some(value),
        priced_by: by.into(),
        predicted,
    }
}

#[test]
fn waste_finds_exactly_the_planted_losses_their_causes_and_what_was_predicted() {
    let h = planted();
    let w =
        h.p.store
            .waste_insight(&h.p.admin, &query(None), at("2027-06-01"))
            .unwrap();
    let ids: Vec<String> = w.lines.iter().map(|l| l.event_id.clone()).collect();
    assert_eq!(ids.len(), 6, "{:#?}", w.lines);
    use WasteCause::*;
    let (des, ret) = ("destroyed", "returned_to_supplier");
    let lines = vec![
        line(
            &ids[0],
            (
                "2027-02-15",
                des,
                Damaged,
                "MAIN",
                Some("D1"),
                "LD",
                "2028-12-31",
                1,
                400,
                "contract",
                false,
            ),
        ),
        line(
            &ids[1],
            (
                "2027-03-02",
                des,
                Recalled,
                "MAIN",
                Some("C1"),
                "LC",
                "2028-12-31",
                1,
                420,
                "receipt",
                false,
            ),
        ),
        line(
            &ids[2],
            (
                "2027-03-05",
                ret,
                Damaged,
                "MAIN",
                Some("E1"),
                "LE",
                "2028-12-31",
                1,
                450,
                "receipt",
                false,
            ),
        ),
        line(
            &ids[3],
            (
                "2027-04-02",
                des,
                Expired,
                "WARD-3A",
                Some("A2"),
                "LA",
                "2027-03-31",
                1,
                420,
                "receipt",
                true,
            ),
        ),
        line(
            &ids[4],
            (
                "2027-04-02",
                des,
                Expired,
                "WARD-3A",
                Some("A3"),
                "LA",
                "2027-03-31",
                1,
                420,
                "receipt",
                true,
            ),
        ),
        line(
            &ids[5],
            (
                "2027-05-03",
                des,
                Expired,
                "MAIN",
                None,
                "GB",
                "2027-04-30",
                30,
                1050,
                "receipt",
                false,
            ),
        ),
    ];
    let month = |m: &str, f: WasteFigures| WasteGroup {
        key: m.into(),
        name: m.into(),
        figures: f,
    };
    let group = |k: &str, n: &str, f: WasteFigures| WasteGroup {
        key: k.into(),
        name: n.into(),
        figures: f,
    };
    let all = fig((35, 3160, 0), (32, 1, 2), (2, 30));
    let expected = WasteInsight {
        period: Period {
            from: d("2027-01-01"),
            to: d("2027-05-31"),
        },
        currency: None,
        totals: all.clone(),
        by_month: vec![
            month("2027-01", WasteFigures::default()),
            month("2027-02", fig((1, 400, 0), (0, 0, 1), (0, 0))),
            month("2027-03", fig((2, 870, 0), (0, 1, 1), (0, 0))),
            month("2027-04", fig((2, 840, 0), (2, 0, 0), (2, 0))),
            month("2027-05", fig((30, 1050, 0), (30, 0, 0), (0, 30))),
        ],
        by_product: vec![
            group(
                "09506000134352",
                "Amoxicillin 500 mg caps x21",
                fig((5, 2110, 0), (2, 1, 2), (2, 0)),
            ),
            group(
                "09506000134369",
                "Gauze swabs x100",
                fig((30, 1050, 0), (30, 0, 0), (0, 30)),
            ),
        ],
        by_location: vec![
            group(
                "MAIN",
                "Main pharmacy",
                fig((33, 2320, 0), (30, 1, 2), (0, 30)),
            ),
            group("WARD-3A", "Ward 3A", fig((2, 840, 0), (2, 0, 0), (2, 0))),
        ],
        by_supplier: vec![group("MEDIDIST", "MediDist", all)],
        lines,
    };
    assert_eq!(
        w, expected,
        "the ward's packs sat unusable at its use a month before they expired: predicted; the \
         gauze was all usable at the pharmacy's use then, until the use stopped: a surprise"
    );
}

#[test]
fn waste_at_one_location_is_only_what_was_lost_there() {
    let h = planted();
    let w =
        h.p.store
            .waste_insight(&h.p.admin, &query(Some("WARD-3A")), at("2027-06-01"))
            .unwrap();
    let serials: Vec<Option<&str>> = w.lines.iter().map(|l| l.serial.as_deref()).collect();
    assert_eq!(serials, vec![Some("A2"), Some("A3")]);
    assert_eq!(w.totals, fig((2, 840, 0), (2, 0, 0), (2, 0)));
}

#[test]
fn an_unknown_supplier_is_refused() {
    let h = planted();
    let q = InsightQuery {
        supplier: Some("NOBODY".into()),
        ..query(None)
    };
    let e =
        h.p.store
            .waste_insight(&h.p.admin, &q, at("2027-06-01"))
            .unwrap_err();
    assert_eq!(e.code(), "master.partner_unknown", "{e:?}");
}
