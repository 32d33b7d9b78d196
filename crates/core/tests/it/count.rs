//! A scripted count over a location with known contents and planted differences.

use custody_core::count::{CountScanCode, CountStatus};
use custody_core::movement::{Movement, ScanInput, ScanSession};
use custody_core::*;
use custody_gs1::DecodeOptions;

use crate::fixtures::{now, pharmacy, Pharmacy};

const GS: char = '\u{1d}';
const AMOX: &str = "09506000134352";

pub(crate) fn pack(serial: &str) -> String {
    format!("]d201{AMOX}1728123110L1{GS}21{serial}")
}

pub(crate) fn gauze(lot: &str) -> String {
    format!("]d2010950600013436917290131 10{lot}").replace(' ', "")
}

pub(crate) fn scan(
    p: &mut Pharmacy,
    m: Movement,
    location: LocationId,
    raw: &str,
    qty: Option<i64>,
) {
    let mut s = ScanSession::new(m, location);
    s.reference = Some("DOC".into());
    if m == Movement::Receive {
        s.counterparty = Some(p.supplier.id);
    }
    if m == Movement::Transfer {
        s.to_location = Some(p.ward.id);
    }
    let admin = p.admin.clone();
    let v = p
        .store
        .scan(
            &admin,
            &s,
            &ScanInput {
                raw: raw.into(),
                quantity: qty,
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    assert!(v.recorded.is_some(), "{raw}: {}", v.message);
}

/// MAIN holds P1–P5 and 50 gauze of lot G7; P6 is on the ward; P7 was dispensed.
pub(crate) fn shelf() -> Pharmacy {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    p.store
        .add_location(&admin, "QUAR", "Quarantine", LocationKind::Quarantine)
        .unwrap();
    let main = p.main.id;
    for s in ["P1", "P2", "P3", "P4", "P5", "P6", "P7"] {
        scan(&mut p, Movement::Receive, main, &pack(s), None);
    }
    scan(&mut p, Movement::Transfer, main, &pack("P6"), None);
    scan(&mut p, Movement::Dispense, main, &pack("P7"), None);
    scan(&mut p, Movement::Receive, main, &gauze("G7"), Some(50));
    p
}

pub(crate) fn count_scan(
    p: &mut Pharmacy,
    user: &User,
    id: i64,
    raw: &str,
    qty: Option<i64>,
) -> count::CountScan {
    p.store
        .count_scan(
            user,
            id,
            raw,
            qty,
            &DecodeOptions::new(now().local_date()),
            now(),
        )
        .unwrap()
}

#[test]
fn a_count_gives_exactly_the_planted_variances_and_applying_them_keeps_the_ledger_intact() {
    let mut p = shelf();
    let admin = p.admin.clone();
    let staff = p.staff();
    let c = p
        .store
        .start_count(&staff, p.main.id, &[], true, now())
        .unwrap();
    assert_eq!(
        c.expected_units, None,
        "a blind count hides the expected quantities from staff"
    );
    assert_eq!(p.store.count(&admin, c.id).unwrap().expected_units, Some(5));

    // During the count, P5 is dispensed before anyone scanned it, and P8 arrives and is counted.
    let main = p.main.id;
    scan(&mut p, Movement::Dispense, main, &pack("P5"), None);
    scan(&mut p, Movement::Receive, main, &pack("P8"), None);

    use CountScanCode as C;
    let codes: Vec<C> = [
        (pack("P1"), None),
        (pack("P2"), None),
        (pack("P2"), None), // duplicate scan
        (pack("P3"), None),
        (pack("P6"), None), // recorded on the ward
        (pack("P7"), None), // recorded dispensed
        (pack("P8"), None),
        (pack("P99"), None), // never received
        (gauze("G7"), Some(30)),
        (gauze("G7"), Some(15)), // 45 of 50
    ]
    .into_iter()
    .map(|(raw, q)| count_scan(&mut p, &staff, c.id, &raw, q).code)
    .collect();
    assert_eq!(
        codes,
        vec![
            C::Counted,
            C::Counted,
            C::AlreadyCounted,
            C::Counted,
            C::Elsewhere,
            C::WrongStatus,
            C::Counted,
            C::NotReceived,
            C::LotCounted,
            C::LotCounted
        ]
    );
    assert_eq!(
        p.store.count(&staff, c.id).unwrap().counted_units,
        7,
        "P2 counts once"
    );

    let v = p.store.finish_count(&staff, c.id, now()).unwrap();
    let serials =
        |l: &[count::VariancePack]| l.iter().map(|x| x.serial.clone()).collect::<Vec<_>>();
    assert_eq!(v.found, 4, "P1, P2, P3 and P8");
    assert_eq!(serials(&v.missing), vec!["P4"]);
    assert_eq!(serials(&v.unexpected), vec!["P6"]);
    assert_eq!(
        v.unexpected[0].location.as_deref(),
        Some("WARD-3A"),
        "where the ledger thinks it is"
    );
    assert_eq!(serials(&v.wrong_status), vec!["P7"]);
    assert_eq!(v.wrong_status[0].status, Some(UnitStatus::Dispensed));
    assert_eq!(serials(&v.not_received), vec!["P99"]);
    assert_eq!(
        serials(&v.left_during_count),
        vec!["P5"],
        "dispensed during the count: accounted for"
    );
    assert!(v.arrived_not_counted.is_empty());
    assert_eq!(v.lots.len(), 1);
    assert_eq!(
        (v.lots[0].expected, v.lots[0].counted, v.lots[0].difference),
        (50, 45, -5)
    );
    assert!(!v.is_clean());
    assert!(
        count_scan_fails(&mut p, &staff, c.id),
        "a finished count takes no more scans"
    );

    // Staff cannot apply; a manager can, signing it.
    let staff_signature = p.sign(&staff, SignatureMeaning::Approved);
    let approved = p.sign(&admin, SignatureMeaning::Approved);
    assert!(matches!(
        p.store
            .apply_count(&staff, c.id, "annual stocktake", &staff_signature, now()),
        Err(e) if e.code() == "auth.forbidden"
    ));
    let applied = p
        .store
        .apply_count(&admin, c.id, "annual stocktake", &approved, now())
        .unwrap();
    assert_eq!(
        (
            applied.missing,
            applied.moved_here,
            applied.quarantined,
            applied.lot_removed
        ),
        (1, 1, 2, 5),
        "P7 (recorded dispensed) and P99 (never received) are both suspect and held"
    );
    let state = |s: &str| {
        let u = p.store.unit(&admin, AMOX, s).unwrap();
        (u.status, u.location)
    };
    assert_eq!(state("P4"), (UnitStatus::Missing, None));
    assert_eq!(state("P6"), (UnitStatus::InStock, Some("MAIN".into())));
    assert_eq!(
        state("P7"),
        (UnitStatus::Quarantined, Some("QUAR".into())),
        "suspect packs go to quarantine"
    );
    assert_eq!(
        state("P99"),
        (UnitStatus::Quarantined, Some("QUAR".into())),
        "a pack never received here is held as suspect, not left out of the ledger"
    );
    let gauze_here: i64 = p
        .sqlite()
        .query_row(
            "SELECT quantity FROM lot_stock WHERE lot = 'G7' AND status = 'in_stock'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(gauze_here, 45);
    let r = p.store.verify(&admin).unwrap();
    assert!(r.is_intact(), "{:?}", r.findings);
    assert_eq!(
        p.store.count(&admin, c.id).unwrap().status,
        CountStatus::Applied
    );
    assert!(
        p.store
            .apply_count(&admin, c.id, "again", &approved, now())
            .is_err(),
        "applied once"
    );
}

fn count_scan_fails(p: &mut Pharmacy, user: &User, id: i64) -> bool {
    p.store
        .count_scan(
            user,
            id,
            &pack("P1"),
            None,
            &DecodeOptions::new(now().local_date()),
            now(),
        )
        .is_err()
}

#[test]
fn an_abandoned_count_leaves_no_trace_on_the_ledger_and_a_limited_count_ignores_other_products() {
    let mut p = shelf();
    let admin = p.admin.clone();
    let events = p.store.summary().unwrap().events;
    let c = p
        .store
        .start_count(
            &admin,
            p.main.id,
            &["09506000134369".to_string()],
            false,
            now(),
        )
        .unwrap();
    assert_eq!(
        c.expected_units,
        Some(0),
        "gauze only: no serialized packs expected"
    );
    let s = count_scan(&mut p, &admin, c.id, &pack("P1"), None);
    assert_eq!((s.code, s.recorded), (CountScanCode::NotInCount, false));
    count_scan(&mut p, &admin, c.id, &gauze("G7"), Some(50));
    let err = p
        .store
        .start_count(&admin, p.main.id, &[], false, now())
        .expect_err("one count at a time per location");
    assert_eq!(
        (err.code(), err.args()),
        (
            "count.open_at_location",
            serde_json::json!({"field": "location", "count": c.id, "location": p.main.code})
                .as_object()
                .cloned()
                .unwrap()
        ),
        "the refusal names the count still open and where, for the screen to link to it"
    );
    assert!(
        err.to_string()
            .contains(&format!("Count {} at {}", c.id, p.main.code)),
        "the English sentence is the catalogue's, filled in with the arguments: {err}"
    );
    let v = p.store.count_variance(&admin, c.id).unwrap();
    assert!(v.is_clean(), "{v:?}");
    let info = p
        .store
        .abandon_count(&admin, c.id, Some("wrong shelf"), now())
        .unwrap();
    assert_eq!(info.status, CountStatus::Abandoned);
    assert_eq!(
        p.store.summary().unwrap().events,
        events,
        "nothing on the ledger"
    );
    let signature = p.sign(&admin, SignatureMeaning::Approved);
    let err = p
        .store
        .apply_count(&admin, c.id, "x", &signature, now())
        .expect_err("an abandoned count cannot be applied");
    assert_eq!(
        (err.code(), err.args()["status"].as_str()),
        ("count.not_finished", Some("abandoned")),
        "the refusal says where the count stands: {err}"
    );
}

/// Regression: a serialized product's linear barcode (or a lot-tracked product's code without
/// its lot) made `count_scan` return an error, which stopped `custody count scan` reading the
/// rest of the scans; a never-received pack was reported and then left out of the ledger.
#[test]
fn a_scan_that_cannot_be_counted_gets_its_own_answer_and_the_count_goes_on() {
    let mut p = shelf();
    let admin = p.admin.clone();
    let staff = p.staff();
    let c = p
        .store
        .start_count(&staff, p.main.id, &[], false, now())
        .unwrap();
    use CountScanCode as C;
    let cases: [(&str, C, &str); 5] = [
        (
            "]d2010950600013435517281231",
            C::DecodeError,
            "an unreadable code (wrong check digit) is answered, not an error",
        ),
        (
            "]E09506000134352",
            C::MissingSerial,
            "the linear (EAN-13) barcode of a serialized product carries no serial",
        ),
        (
            "]d20109506000134369172901 31",
            C::MissingLot,
            "a lot-tracked product's code without a lot has nothing to count the quantity in",
        ),
        (
            "]C100006141410000004171",
            C::NoProduct,
            "a shipping label's SSCC names no product",
        ),
        (
            "(01)09506000134352(21)",
            C::DecodeError,
            "an empty serial is unreadable",
        ),
    ];
    for (raw, code, why) in cases {
        let raw = raw.replace(' ', "");
        let a = count_scan(&mut p, &staff, c.id, &raw, None);
        assert_eq!(a.code, code, "{raw}: {why} ({})", a.message);
        assert!(!a.recorded, "{raw}: nothing is counted from it");
        assert_eq!(a.counted_units, 0, "{raw}: nothing counted yet");
    }
    for code in [C::MissingSerial, C::MissingLot, C::NoProduct] {
        assert!(
            serde_json::to_value(code).unwrap().is_string(),
            "each has a stable snake_case code for the UI and scripts"
        );
    }
    // The count goes on: the next scans are counted as usual.
    let a = count_scan(&mut p, &staff, c.id, &pack("P1"), None);
    assert_eq!(
        (a.code, a.counted_units),
        (C::Counted, 1),
        "the count goes on after scans it could not count"
    );
    let never = "]d201095060001343521728063010LX9\u{1d}21NEW1";
    let a = count_scan(&mut p, &staff, c.id, never, None);
    assert_eq!(a.code, C::NotReceived, "{}", a.message);
    assert!(
        a.message.contains("quarantine"),
        "says what will happen: {}",
        a.message
    );
    let a = count_scan(&mut p, &staff, c.id, never, None);
    assert_eq!(a.code, C::AlreadyCounted, "a pack counts once");

    let v = p.store.finish_count(&staff, c.id, now()).unwrap();
    assert_eq!(v.not_received.len(), 1);
    assert_eq!(
        (
            v.not_received[0].lot.as_deref(),
            v.not_received[0].expiry.as_deref()
        ),
        (Some("LX9"), Some("2028-06-30")),
        "the pack's own lot and expiry, as scanned, are kept for the hold"
    );
    let approved = p.sign(&admin, SignatureMeaning::Approved);
    let applied = p
        .store
        .apply_count(&admin, c.id, "spot check", &approved, now())
        .unwrap();
    assert_eq!(
        applied.quarantined, 1,
        "NEW1, never received here, is held as suspect"
    );
    let u = p.store.unit(&admin, AMOX, "NEW1").unwrap();
    assert_eq!(
        (u.status, u.location.as_deref()),
        (UnitStatus::Quarantined, Some("QUAR")),
        "a never-received pack found in a count is held in quarantine, not ignored"
    );
    assert_eq!(
        u.lot.as_deref(),
        Some("LX9"),
        "held with the lot it was scanned with"
    );
    let r = p.store.verify(&admin).unwrap();
    assert!(
        r.is_intact(),
        "the hold is a ledger event like any other: {:?}",
        r.findings
    );
}

/// A count's progress is kept in one row beside it (migrations 0039, 0040): packs expected,
/// packs counted and lots' quantity counted, each equal to what its rows add up to after every
/// scan (a repeat leaves it, a lot adds its quantity and no pack); a file from before has it
/// added up from its rows and kept from then on, and whatever removes, changes or moves a row
/// to another count is followed; a count deleted takes its row with it.
#[test]
fn a_counts_progress_is_kept_with_it_and_added_up_for_a_file_from_before() {
    use rusqlite::OptionalExtension;
    let mut p = shelf();
    let admin = p.admin.clone();
    let c = p
        .store
        .start_count(&admin, p.main.id, &[], false, now())
        .unwrap();
    let path = p.store.path().to_path_buf();
    let read = |sql: &str, count: i64| -> Option<(i64, i64, i64)> {
        rusqlite::Connection::open(&path)
            .unwrap()
            .query_row(sql, [count], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()
            .unwrap()
    };
    let rows_of = |count| {
        read(
            "SELECT (SELECT count(*) FROM stock_count_expected WHERE count_id = ?1),
                    count(*) FILTER (WHERE serial <> ''),
                    coalesce(sum(quantity) FILTER (WHERE serial = ''), 0)
               FROM stock_count_scan WHERE count_id = ?1",
            count,
        )
        .unwrap()
    };
    let kept_of = |count| {
        read(
            "SELECT expected, packs, lot_quantity FROM stock_count_tally WHERE count_id = ?1",
            count,
        )
    };
    let rows = || rows_of(c.id);
    let kept = || kept_of(c.id).expect("a row for every count");
    assert_eq!(kept(), rows(), "at the start: only what is expected");
    assert_eq!(kept().0, c.expected_units.unwrap());
    let mut answers = Vec::new();
    for (raw, q) in [
        (pack("P1"), None),
        (pack("P2"), None),
        (pack("P2"), None), // a repeat
        (gauze("G7"), Some(30)),
        (gauze("G7"), Some(5)),
        (pack("P3"), None),
    ] {
        let a = count_scan(&mut p, &admin, c.id, &raw, q);
        assert_eq!(kept(), rows(), "after {raw}");
        assert_eq!(a.counted_units, rows().1, "after {raw}");
        answers.push(a.counted_units);
    }
    assert_eq!(answers, [1, 2, 2, 2, 2, 3]);
    let header = p.store.count(&admin, c.id).unwrap();
    let (expected, packs, lots) = rows();
    assert_eq!(
        (
            header.expected_units,
            header.counted_units,
            header.counted_lot_quantity
        ),
        (Some(expected), packs, lots)
    );
    assert_eq!((packs, lots), (3, 35));
    let listed = p.store.counts(&admin, &Default::default()).unwrap();
    assert_eq!(listed, [header], "the list shows what the header shows");

    // The same count in a file of version 38: neither table nor their triggers.
    let crate::fixtures::Pharmacy { _dir, store, .. } = p;
    drop(store);
    crate::fixtures::before_0041(&path);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP TRIGGER stock_count_tally_started;
         DROP TRIGGER stock_count_tally_expected_added;
         DROP TRIGGER stock_count_tally_expected_removed;
         DROP TRIGGER stock_count_tally_expected_moved;
         DROP TRIGGER stock_count_tally_scan_added;
         DROP TRIGGER stock_count_tally_scan_removed;
         DROP TRIGGER stock_count_tally_scan_changed;
         DROP TABLE stock_count_tally;
         PRAGMA user_version = 38;",
    )
    .unwrap();
    drop(conn);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(kept(), (expected, 3, 35), "added up from the rows");
    let a = store
        .count_scan(
            &admin,
            c.id,
            &pack("P4"),
            None,
            &DecodeOptions::new(now().local_date()),
            now(),
        )
        .unwrap();
    assert_eq!(a.counted_units, 4);
    assert_eq!(
        (kept(), rows().1),
        ((expected, 4, 35), 4),
        "and kept from then on"
    );

    // No screen removes or moves a row today; whatever does is followed too.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let write = |sql: &str| conn.execute(sql, [c.id]).unwrap();
    for (sql, what) in [
        (
            "DELETE FROM stock_count_scan WHERE count_id = ?1 AND serial = 'P4'",
            "a pack's row removed",
        ),
        (
            "UPDATE stock_count_scan SET serial = 'P3b' WHERE count_id = ?1 AND serial = 'P3'",
            "a pack's serial corrected: still a pack",
        ),
        (
            "UPDATE stock_count_scan SET serial = '', lot = 'X' WHERE count_id = ?1 AND serial = 'P3b'",
            "a pack's row made a lot's: its quantity counts",
        ),
        (
            "UPDATE stock_count_scan SET quantity = 7 WHERE count_id = ?1 AND lot = 'G7'",
            "a lot's quantity corrected",
        ),
        (
            "DELETE FROM stock_count_scan WHERE count_id = ?1 AND lot = 'X'",
            "a lot's row removed",
        ),
        (
            "DELETE FROM stock_count_expected WHERE count_id = ?1 AND serial = 'P5'",
            "an expected pack removed",
        ),
    ] {
        write(sql);
        assert_eq!(kept(), rows(), "{what}");
    }
    assert_eq!(kept(), (expected - 1, 2, 7));

    // Rows moved to another count leave the one and join the other; a count deleted takes its
    // row with it.
    conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    conn.execute(
        "INSERT INTO stock_count (location_id, blind, limited, status, snapshot_seq, started_at,
                                  started_by)
         SELECT location_id, blind, limited, 'abandoned', snapshot_seq, started_at, started_by
           FROM stock_count WHERE id = ?1",
        [c.id],
    )
    .unwrap();
    let other = conn.last_insert_rowid();
    assert_eq!(kept_of(other), Some((0, 0, 0)), "a row from its start");
    let r#move = |sql: &str| conn.execute(sql, [other, c.id]).unwrap();
    for (sql, what) in [
        (
            "UPDATE stock_count_scan SET count_id = ?1 WHERE count_id = ?2 AND serial = 'P1'",
            "a pack's row moved",
        ),
        (
            "UPDATE stock_count_scan SET count_id = ?1 WHERE count_id = ?2 AND lot = 'G7'",
            "a lot's row moved",
        ),
        (
            "UPDATE stock_count_expected SET count_id = ?1
              WHERE count_id = ?2
                AND serial = (SELECT min(serial) FROM stock_count_expected WHERE count_id = ?2)",
            "an expected pack moved",
        ),
    ] {
        r#move(sql);
        assert_eq!(kept(), rows(), "{what}: the count it left");
        assert_eq!(
            kept_of(other),
            Some(rows_of(other)),
            "{what}: the one it joined"
        );
    }
    assert_eq!(kept_of(other), Some((1, 1, 7)));
    conn.execute("DELETE FROM stock_count_scan WHERE count_id = ?1", [other])
        .unwrap();
    conn.execute(
        "DELETE FROM stock_count_expected WHERE count_id = ?1",
        [other],
    )
    .unwrap();
    conn.execute("DELETE FROM stock_count WHERE id = ?1", [other])
        .unwrap();
    assert_eq!(kept_of(other), None, "gone with its count");
    assert_eq!(kept(), rows());
}
