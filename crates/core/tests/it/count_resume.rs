//! Counts a person comes back to: listed from the database (so they survive a restart), a
//! lot's quantity asked for and corrected, and a recalled or expired pack counted and flagged.

use chrono::NaiveDate;
use custody_core::count::{
    CountFilter, CountScanCode, CountStatus, LotQuantity, SetAside, MAX_LOT_QUANTITY,
};
use custody_core::recall::{NewRecall, ScopeLine};
use custody_core::*;
use custody_gs1::DecodeOptions;

use crate::count::{count_scan, gauze, pack, shelf};
use crate::fixtures::{now, Pharmacy};

const AMOX: &str = "09506000134352";

fn scan_at(
    p: &mut Pharmacy,
    id: i64,
    raw: &str,
    q: LotQuantity,
    at: Timestamp,
) -> count::CountScan {
    let admin = p.admin.clone();
    p.store
        .count_scan_with(&admin, id, raw, q, &DecodeOptions::new(at.local_date()), at)
        .expect("a count scan is answered, not refused")
}

#[test]
fn the_count_list_is_newest_first_filtered_and_read_back_after_the_file_is_reopened() {
    let mut p = shelf();
    let admin = p.admin.clone();
    let staff = p.staff();
    let first = p
        .store
        .start_count(&staff, p.ward.id, &[], true, now())
        .unwrap();
    p.store
        .abandon_count(&staff, first.id, Some("wrong shelf"), now())
        .unwrap();
    let second = p
        .store
        .start_count(&staff, p.main.id, &[], true, now())
        .unwrap();
    count_scan(&mut p, &staff, second.id, &pack("P1"), None);

    // Close the database and open the same file again, as a restart of the app does.
    let path = p._dir.path().join("custody.db");
    p.store = Store::open(&path).unwrap();

    let all = p.store.counts(&staff, &CountFilter::default()).unwrap();
    assert_eq!(
        all.iter().map(|c| (c.id, c.status)).collect::<Vec<_>>(),
        vec![
            (second.id, CountStatus::Open),
            (first.id, CountStatus::Abandoned)
        ],
        "the list is read from the file, newest first: the open count survives a restart"
    );
    assert_eq!(
        all[1].note.as_deref(),
        Some("wrong shelf"),
        "an abandoned count keeps why it was abandoned, for whoever reads the list later"
    );
    assert_eq!(
        (all[0].counted_units, all[0].expected_units, all[0].started_by.as_str()),
        (1, None, "sam"),
        "progress and who started it come with each count; a blind count hides the expected figure from staff"
    );
    let mine = p.store.counts(&admin, &CountFilter::default()).unwrap();
    assert_eq!(
        mine[0].expected_units,
        Some(5),
        "a manager or admin sees what a blind count expects"
    );
    let open = p
        .store
        .counts(
            &staff,
            &CountFilter {
                status: Some(CountStatus::Open),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        open.iter().map(|c| c.id).collect::<Vec<_>>(),
        vec![second.id],
        "filtered by status: only the open count"
    );
    let page = p
        .store
        .counts(
            &staff,
            &CountFilter {
                limit: Some(1),
                before: Some(second.id),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        page.iter().map(|c| c.id).collect::<Vec<_>>(),
        vec![first.id],
        "the next page starts below the last number shown"
    );
    // Resumed after the restart: the same count takes the next scan, and the first still counts once.
    let again = count_scan(&mut p, &staff, second.id, &pack("P1"), None);
    assert_eq!(
        (again.code, again.counted_units),
        (CountScanCode::AlreadyCounted, 1),
        "what was scanned before the restart is remembered"
    );
}

#[test]
fn a_lot_scan_asks_how_many_then_counts_it_and_its_total_can_be_corrected() {
    let mut p = shelf();
    let admin = p.admin.clone();
    let c = p
        .store
        .start_count(&admin, p.main.id, &[], false, now())
        .unwrap();
    let asked = scan_at(&mut p, c.id, &gauze("G7"), LotQuantity::Ask, now());
    assert_eq!(
        (
            asked.code,
            asked.recorded,
            asked.lot_total,
            asked.lot.as_deref()
        ),
        (CountScanCode::QuantityNeeded, false, Some(0), Some("G7")),
        "asked first: nothing counted until the person says how many"
    );
    let counted = scan_at(&mut p, c.id, &gauze("G7"), LotQuantity::Given(30), now());
    assert_eq!(
        (counted.code, counted.lot_total),
        (CountScanCode::LotCounted, Some(30)),
        "the quantity typed is counted and the running total given back"
    );
    let more = scan_at(&mut p, c.id, &gauze("G7"), LotQuantity::Given(25), now());
    assert_eq!(
        more.lot_total,
        Some(55),
        "a second box of the lot adds to it"
    );
    let lots = p.store.counted_lots(&admin, c.id).unwrap();
    assert_eq!(
        lots.iter()
            .map(|l| (l.lot.as_str(), l.quantity))
            .collect::<Vec<_>>(),
        vec![("G7", 55)],
        "the lots counted so far, each with its running total"
    );
    let gtin = p.gauze.data.gtin.clone();
    p.store
        .correct_counted_lot(&admin, c.id, &gtin, "G7", 50)
        .unwrap();
    let v = p.store.count_variance(&admin, c.id).unwrap();
    let g7 = v
        .lots
        .iter()
        .find(|l| l.lot == "G7")
        .expect("G7 in the variance");
    assert_eq!(
        (g7.counted, g7.difference),
        (50, 0),
        "the corrected total replaces the miscount in the variance"
    );
    let err = p
        .store
        .correct_counted_lot(&admin, c.id, &gtin, "G8", 3)
        .expect_err("a lot never scanned cannot be corrected");
    assert_eq!(
        err.code(),
        "count.lot_not_counted",
        "scan it to count it: {err}"
    );
    p.store
        .correct_counted_lot(&admin, c.id, &gtin, "G7", 0)
        .unwrap();
    assert!(
        p.store.counted_lots(&admin, c.id).unwrap().is_empty(),
        "zero: none of the lot was there after all"
    );
}

#[test]
fn a_recalled_or_expired_pack_is_counted_and_the_answer_says_set_it_aside() {
    let mut p = shelf();
    let admin = p.admin.clone();
    p.store
        .create_recall(
            &admin,
            &NewRecall {
                number: "R-7".into(),
                title: "Amoxicillin pack P2".into(),
                class: RecallClass::II,
                reason: "Mislabelled".into(),
                instructions: None,
                issuer: None,
                issued_on: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
                scope: vec![ScopeLine {
                    gtin: AMOX.into(),
                    lot: None,
                    serial: Some("P2".into()),
                }],
            },
            now(),
        )
        .unwrap();
    let c = p
        .store
        .start_count(&admin, p.main.id, &[], false, now())
        .unwrap();
    let recalled = scan_at(&mut p, c.id, &pack("P2"), LotQuantity::OnePerScan, now());
    assert_eq!(
        (recalled.code, recalled.recorded, recalled.set_aside.clone()),
        (
            CountScanCode::Counted,
            true,
            Some(SetAside::Recalled {
                recall: "R-7".into(),
                class: RecallClass::II
            })
        ),
        "a recalled pack on the shelf is there: counted, and flagged to be set aside"
    );
    assert!(
        recalled
            .message
            .contains("Recalled (R-7, Class II): set it aside."),
        "the person reads it in the scan's answer: {}",
        recalled.message
    );
    let plain = scan_at(&mut p, c.id, &pack("P1"), LotQuantity::OnePerScan, now());
    assert_eq!(
        plain.set_aside, None,
        "an unrecalled, unexpired pack: nothing to set aside"
    );
    // The packs expire on 2028-12-31; the count goes on into 2029.
    let later = Timestamp::parse("2029-01-02T09:00:00+01:00").unwrap();
    let expired = scan_at(&mut p, c.id, &pack("P3"), LotQuantity::OnePerScan, later);
    assert_eq!(
        (expired.recorded, expired.set_aside),
        (
            true,
            Some(SetAside::Expired {
                expiry: "2028-12-31".into()
            })
        ),
        "an expired pack is counted and flagged with its date"
    );
}

#[test]
fn a_recall_of_a_lot_covers_a_pack_whose_code_has_no_lot() {
    let mut p = shelf();
    let admin = p.admin.clone();
    p.store
        .create_recall(
            &admin,
            &NewRecall {
                number: "R-9".into(),
                title: "Amoxicillin lot L1".into(),
                class: RecallClass::I,
                reason: "Contaminated".into(),
                instructions: None,
                issuer: None,
                issued_on: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
                scope: vec![ScopeLine {
                    gtin: AMOX.into(),
                    lot: Some("L1".into()),
                    serial: None,
                }],
            },
            now(),
        )
        .unwrap();
    let c = p
        .store
        .start_count(&admin, p.main.id, &[], false, now())
        .unwrap();
    // GTIN and serial only: the label says nothing of the lot, the ledger recorded L1.
    let bare = format!("]d201{AMOX}21P2");
    let answer = scan_at(&mut p, c.id, &bare, LotQuantity::OnePerScan, now());
    assert_eq!(
        (answer.recorded, answer.set_aside),
        (
            true,
            Some(SetAside::Recalled {
                recall: "R-9".into(),
                class: RecallClass::I
            })
        ),
        "the pack was received as lot L1, which is recalled: counted and flagged, whatever its label omits"
    );
}

#[test]
fn a_lot_total_no_shelf_holds_is_refused_and_the_count_keeps_what_it_had() {
    let mut p = shelf();
    let admin = p.admin.clone();
    let c = p
        .store
        .start_count(&admin, p.main.id, &[], false, now())
        .unwrap();
    let code = |p: &mut Pharmacy, q: i64| {
        let at = now();
        p.store
            .count_scan_with(
                &admin,
                c.id,
                &gauze("G7"),
                LotQuantity::Given(q),
                &DecodeOptions::new(at.local_date()),
                at,
            )
            .map_err(|e| e.code().to_string())
    };
    assert_eq!(
        code(&mut p, 9_506_000_134_352).map(|a| a.lot_total),
        Err("count.quantity_too_large".to_string()),
        "a GTIN read into the quantity field is refused, not counted"
    );
    assert_eq!(
        code(&mut p, MAX_LOT_QUANTITY).map(|a| a.lot_total),
        Ok(Some(MAX_LOT_QUANTITY)),
        "the bound itself is counted"
    );
    for q in [1, i64::MAX] {
        assert_eq!(
            code(&mut p, q).map(|a| a.lot_total),
            Err(if q == 1 {
                "count.lot_total_too_large"
            } else {
                "count.quantity_too_large"
            }
            .to_string()),
            "adding {q} would take the lot past the bound (or overflow): refused"
        );
    }
    let gtin = p.gauze.data.gtin.clone();
    assert_eq!(
        p.store
            .correct_counted_lot(&admin, c.id, &gtin, "G7", MAX_LOT_QUANTITY + 1)
            .map_err(|e| e.code().to_string()),
        Err("count.quantity_too_large".to_string()),
        "a correction is held to the same bound"
    );
    assert_eq!(
        p.store.counted_lots(&admin, c.id).unwrap()[0].quantity,
        MAX_LOT_QUANTITY,
        "nothing refused changed the lot's total"
    );
}

#[test]
fn the_list_pages_with_before_and_each_row_agrees_with_its_counts_own_header() {
    let mut p = shelf();
    let admin = p.admin.clone();
    let staff = p.staff();
    let gauze_gtin = p.gauze.data.gtin.clone();
    let mut ids = Vec::new();
    // Five counts of MAIN, each abandoned but the last: blind or not, limited or not, packs
    // and a lot counted in some.
    for i in 0..5_i64 {
        let limited = if i % 2 == 0 {
            vec![gauze_gtin.clone()]
        } else {
            vec![]
        };
        let c = p
            .store
            .start_count(&admin, p.main.id, &limited, i % 3 == 0, now())
            .unwrap();
        if limited.is_empty() {
            count_scan(&mut p, &admin, c.id, &pack("P1"), None);
        }
        count_scan(&mut p, &admin, c.id, &gauze("G7"), Some(i + 1));
        if i < 4 {
            p.store
                .abandon_count(&admin, c.id, Some("recount"), now())
                .unwrap();
        }
        ids.push(c.id);
    }
    for who in [&admin, &staff] {
        let mut seen = Vec::new();
        let mut before = None;
        loop {
            let page = p
                .store
                .counts(
                    who,
                    &CountFilter {
                        limit: Some(2),
                        before,
                        ..Default::default()
                    },
                )
                .unwrap();
            for c in &page {
                assert_eq!(
                    c,
                    &p.store.count(who, c.id).unwrap(),
                    "a listed count shows what its own header shows (figures, scope, blind hiding)"
                );
            }
            let Some(last) = page.last() else { break };
            before = Some(last.id);
            seen.extend(page.iter().map(|c| c.id));
        }
        let mut newest_first = ids.clone();
        newest_first.reverse();
        assert_eq!(
            seen, newest_first,
            "paging by the last number shown reaches every count once, newest first"
        );
    }
    let limited = p.store.count(&admin, ids[0]).unwrap();
    assert_eq!(
        (limited.products.clone(), limited.counted_lot_quantity),
        (vec![gauze_gtin], 1),
        "the fixture really has a limited count with a lot counted"
    );
}
