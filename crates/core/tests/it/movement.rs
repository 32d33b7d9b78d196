//! Scan-driven movements: the verdict on every scan, and what is (and is not) recorded.

use chrono::NaiveDate;
use custody_core::movement::{Code, Level, Movement, ScanInput, ScanSession, Verdict};
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

const GS: char = '\u{1d}';

fn pack(serial: &str, expiry: &str, lot: &str) -> String {
    format!("]d2010950600013435217{expiry}10{lot}{GS}21{serial}")
}

fn gauze(lot: &str, expiry: &str) -> String {
    format!("]d2010950600013436917{expiry}10{lot}")
}

struct Bench {
    p: Pharmacy,
    quarantine: Location,
    signature: custody_core::auth::Signature,
}

fn bench() -> Bench {
    let mut p = pharmacy();
    let quarantine = p
        .store
        .add_location(&p.admin, "QUAR", "Quarantine", LocationKind::Quarantine)
        .unwrap();
    let admin = p.admin.clone();
    let signature = p.sign(&admin, SignatureMeaning::Performed);
    Bench {
        p,
        quarantine,
        signature,
    }
}

impl Bench {
    fn session(&self, m: Movement) -> ScanSession {
        let mut s = ScanSession::new(m, self.p.main.id);
        s.signature = Some(self.signature.clone());
        s.counterparty = Some(self.p.supplier.id);
        s.reference = Some("DOC-1".into());
        match m {
            Movement::Transfer => s.to_location = Some(self.p.ward.id),
            Movement::Quarantine | Movement::Destroy => s.reason = Some("damaged".into()),
            _ => {}
        }
        s
    }

    fn scan(&mut self, m: Movement, raw: &str) -> Verdict {
        self.scan_as(m, raw, None, None)
    }

    fn scan_as(
        &mut self,
        m: Movement,
        raw: &str,
        quantity: Option<i64>,
        override_reason: Option<&str>,
    ) -> Verdict {
        let session = self.session(m);
        let admin = self.p.admin.clone();
        let input = ScanInput {
            raw: raw.into(),
            quantity,
            unit_cost_cents: None,
            override_reason: override_reason.map(String::from),
            ..ScanInput::default()
        };
        self.p.store.scan(&admin, &session, &input, now()).unwrap()
    }

    /// A scan the person said is a second pack with the code just scanned (the question the
    /// app asks for a repeated code), so the double-read rule does not apply.
    fn second_pack(&mut self, m: Movement, raw: &str) -> Verdict {
        self.scan_with(m, raw, |i| i.another_pack = true)
    }

    /// A scan whose input the test adjusts (a confirmation, a second pack).
    fn scan_with(
        &mut self,
        m: Movement,
        raw: &str,
        adjust: impl FnOnce(&mut ScanInput),
    ) -> Verdict {
        let session = self.session(m);
        let admin = self.p.admin.clone();
        let mut input = ScanInput {
            raw: raw.into(),
            ..ScanInput::default()
        };
        adjust(&mut input);
        self.p.store.scan(&admin, &session, &input, now()).unwrap()
    }

    fn events(&self) -> i64 {
        self.p.store.summary().unwrap().events
    }

    fn status(&self, serial: &str) -> (UnitStatus, Option<String>) {
        let u = self
            .p
            .store
            .unit(&self.p.admin, "09506000134352", serial)
            .unwrap();
        (u.status, u.location)
    }

    fn intact(&self) {
        let r = self.p.store.verify(&self.p.admin).unwrap();
        assert!(
            r.is_intact(),
            "the ledger must stay intact: {:?}",
            r.findings
        );
    }
}

#[test]
fn receiving_a_good_pack_is_accepted_and_recorded_with_its_scan() {
    let mut b = bench();
    let raw = pack("SN1", "281231", "LOT42");
    let v = b.scan(Movement::Receive, &raw);
    assert_eq!(
        (v.verdict, v.code),
        (Level::Accepted, Code::Ok),
        "{}",
        v.message
    );
    assert_eq!(v.expiry, NaiveDate::from_ymd_opt(2028, 12, 31));
    assert_eq!(b.status("SN1"), (UnitStatus::InStock, Some("MAIN".into())));
    let h =
        b.p.store
            .unit_history(&b.p.admin, "09506000134352", "SN1", now().local_date())
            .unwrap();
    assert_eq!(
        h.events[0].raw_scan.as_deref(),
        Some(raw.as_str()),
        "the raw scan is kept with its event"
    );
    assert_eq!(h.events[0].reference.as_deref(), Some("DOC-1"));
    b.intact();
}

#[test]
fn receiving_the_same_serial_twice_is_blocked_and_held_as_suspect() {
    let mut b = bench();
    b.scan(Movement::Receive, &pack("SN1", "281231", "LOT42"));
    let v = b.second_pack(Movement::Receive, &pack("SN1", "281231", "LOT42"));
    assert_eq!(
        (v.verdict, v.code),
        (Level::Blocked, Code::DuplicateSerial),
        "a second physical pack with a serial already in stock is a duplicate"
    );
    let rec = v
        .recorded
        .expect("a suspect pack at receipt is held, not lost");
    assert!(rec.held);
    assert_eq!(
        b.status("SN1"),
        (UnitStatus::Quarantined, Some("QUAR".into())),
        "held in the quarantine location"
    );
    let h =
        b.p.store
            .unit_history(&b.p.admin, "09506000134352", "SN1", now().local_date())
            .unwrap();
    assert!(h.flags.contains(&"suspect".to_string()), "{:?}", h.flags);
    b.intact();
}

#[test]
fn a_dispensed_pack_scanned_again_is_blocked_as_already_decommissioned() {
    let mut b = bench();
    b.scan(Movement::Receive, &pack("SN1", "281231", "LOT42"));
    assert_eq!(
        b.scan(Movement::Dispense, &pack("SN1", "281231", "LOT42"))
            .code,
        Code::Ok
    );
    let before = b.events();
    let v = b.second_pack(Movement::Dispense, &pack("SN1", "281231", "LOT42"));
    assert_eq!(
        (v.verdict, v.code),
        (Level::Blocked, Code::AlreadyDecommissioned),
        "a second pack with a dispensed serial is reused or cloned"
    );
    assert_eq!(b.events(), before, "a blocked dispense records nothing");
    let v = b.scan(Movement::Receive, &pack("SN1", "281231", "LOT42"));
    assert_eq!(
        v.code,
        Code::AlreadyDecommissioned,
        "a dispensed serial coming back in is suspect"
    );
    assert!(v.recorded.is_some_and(|r| r.held), "and is held at receipt");
    b.intact();
}

#[test]
fn expired_packs_are_blocked_and_short_dated_ones_warned() {
    let mut b = bench();
    let v = b.scan(Movement::Receive, &pack("OLD", "261031", "L0"));
    assert_eq!((v.verdict, v.code), (Level::Blocked, Code::Expired));
    assert!(v.recorded.is_none(), "an expired delivery is not received");
    let v = b.scan(Movement::Receive, &pack("SOON", "270115", "L1"));
    assert_eq!((v.verdict, v.code), (Level::Warning, Code::ShortDated));
    assert!(v.recorded.is_some(), "a warning is recorded");
}

#[test]
fn a_lot_seen_with_another_expiry_is_suspect() {
    let mut b = bench();
    b.scan(Movement::Receive, &pack("SN1", "281231", "LOT42"));
    let v = b.scan(Movement::Receive, &pack("SN2", "270630", "LOT42"));
    assert_eq!((v.verdict, v.code), (Level::Blocked, Code::ExpiryMismatch));
    assert_eq!(
        b.status("SN2").0,
        UnitStatus::Quarantined,
        "received straight into quarantine"
    );
    b.intact();
}

#[test]
fn dispensing_out_of_first_expiry_order_is_asked_first_and_recorded_once_confirmed() {
    let mut b = bench();
    b.scan(Movement::Receive, &pack("EARLY", "270630", "L1"));
    b.scan(Movement::Receive, &pack("LATE", "281231", "L2"));
    let before = b.events();
    let v = b.scan(Movement::Dispense, &pack("LATE", "281231", "L2"));
    assert_eq!(
        (v.verdict, v.code),
        (Level::Ask, Code::Fefo),
        "an out-of-order dispense is a question before recording: {}",
        v.message
    );
    assert!(
        v.message.contains("lot L1") && v.message.contains("2027-06-30"),
        "names the earlier pack's lot and expiry, so it can be fetched: {}",
        v.message
    );
    assert!(
        v.recorded.is_none(),
        "nothing is recorded before the answer"
    );
    assert_eq!(
        b.events(),
        before,
        "the question writes nothing to the ledger"
    );
    let v = b.scan_with(Movement::Dispense, &pack("LATE", "281231", "L2"), |i| {
        i.fefo_confirmed = true;
    });
    assert_eq!(
        (v.verdict, v.code),
        (Level::Warning, Code::Fefo),
        "confirmed, the dispense is recorded with its warning: {}",
        v.message
    );
    assert_eq!(
        b.status("LATE").0,
        UnitStatus::Dispensed,
        "the confirmed pack is dispensed"
    );
    let h =
        b.p.store
            .unit_history(&b.p.admin, "09506000134352", "LATE", now().local_date())
            .unwrap();
    let reason = h
        .events
        .last()
        .and_then(|e| e.reason.clone())
        .unwrap_or_default();
    assert!(
        reason.contains("operator's choice") && reason.contains("lot L1"),
        "the ledger keeps that the operator chose to pass over lot L1: {reason}"
    );
    let v = b.scan(Movement::Dispense, &pack("EARLY", "270630", "L1"));
    assert_eq!(v.code, Code::Ok, "the earliest pack dispenses cleanly");
    b.intact();
}

#[test]
fn a_double_read_is_counted_once_and_a_second_pack_with_the_same_code_stays_suspect() {
    let mut b = bench();
    let sn1 = pack("SN1", "281231", "LOT42");
    b.scan(Movement::Receive, &sn1);
    let before = b.events();
    let v = b.scan(Movement::Receive, &sn1);
    assert_eq!(
        (v.verdict, v.code),
        (Level::Warning, Code::AlreadyScanned),
        "the same code read again at once, nothing between, is the scanner reading twice: {}",
        v.message
    );
    assert!(v.recorded.is_none(), "a double read records nothing");
    assert_eq!(b.events(), before, "the pack is counted once");
    assert_eq!(
        b.status("SN1"),
        (UnitStatus::InStock, Some("MAIN".into())),
        "and stays in stock, not sent to quarantine as a clone"
    );
    b.scan(Movement::Receive, &pack("SN2", "281231", "LOT42"));
    let v = b.scan(Movement::Receive, &sn1);
    assert_eq!(
        (v.verdict, v.code),
        (Level::Blocked, Code::DuplicateSerial),
        "with another scan between, a repeat is not a double read: it is checked as a pack"
    );
    let v = b.second_pack(Movement::Receive, &pack("SN2", "281231", "LOT42"));
    assert_eq!(
        v.code,
        Code::DuplicateSerial,
        "a person who says it is a second pack gets today's duplicate path, even at once"
    );
    b.intact();
}

#[test]
fn a_double_read_needs_the_same_person_the_same_movement_and_a_few_seconds_at_most() {
    let mut b = bench();
    let sn1 = pack("SN1", "281231", "LOT42");
    b.scan(Movement::Receive, &sn1);
    let admin = b.p.admin.clone();
    let later = Timestamp(now().0 + chrono::Duration::seconds(6));
    let v =
        b.p.store
            .scan(
                &admin,
                &b.session(Movement::Receive),
                &ScanInput {
                    raw: sn1.clone(),
                    ..ScanInput::default()
                },
                later,
            )
            .unwrap();
    assert_eq!(
        v.code,
        Code::DuplicateSerial,
        "six seconds on, a repeat is a person scanning again, not the scanner: checked as a pack"
    );
    let v = b.scan(Movement::Dispense, &pack("SN2", "281231", "LOT42"));
    assert_ne!(
        v.code,
        Code::AlreadyScanned,
        "another code is never a double read"
    );
}

#[test]
fn a_pack_released_from_the_quarantine_area_comes_back_to_the_releasing_location() {
    let mut b = bench();
    b.scan(Movement::Receive, &pack("H1", "281231", "LOT42"));
    b.scan(Movement::Quarantine, &pack("H1", "281231", "LOT42"));
    assert_eq!(
        b.status("H1"),
        (UnitStatus::Quarantined, Some("QUAR".into())),
        "quarantined into the quarantine area"
    );
    let v = b.scan(Movement::Release, &pack("H1", "281231", "LOT42"));
    assert!(v.recorded.is_some(), "released: {}", v.message);
    assert_eq!(
        b.status("H1"),
        (UnitStatus::InStock, Some("MAIN".into())),
        "released at the main pharmacy with no destination, a pack held in the quarantine \
         cabinet comes back to the main pharmacy: usable stock is never left in quarantine"
    );
    let v = b.scan(Movement::Dispense, &pack("H1", "281231", "LOT42"));
    assert_eq!(
        v.code,
        Code::Ok,
        "the released pack can be dispensed where it was released: {}",
        v.message
    );
}

#[test]
fn a_pack_held_on_its_shelf_is_released_where_it_stands_or_where_chosen() {
    let mut b = bench();
    b.scan(Movement::Receive, &pack("H1", "281231", "LOT42"));
    b.scan(Movement::Receive, &pack("H2", "281231", "LOT42"));
    let admin = b.p.admin.clone();
    for serial in ["H1", "H2"] {
        let mut hold_here = b.session(Movement::Quarantine);
        hold_here.to_location = Some(b.p.ward.id);
        let input = ScanInput {
            raw: pack(serial, "281231", "LOT42"),
            ..ScanInput::default()
        };
        b.p.store.scan(&admin, &hold_here, &input, now()).unwrap();
    }
    let ward = b.status("H1").1;
    assert_eq!(
        b.status("H1").0,
        UnitStatus::Quarantined,
        "held on the ward's shelf"
    );
    let v = b.scan(Movement::Release, &pack("H1", "281231", "LOT42"));
    assert!(v.recorded.is_some(), "released: {}", v.message);
    assert_eq!(
        b.status("H1"),
        (UnitStatus::InStock, ward),
        "a pack held on an ordinary shelf is usable where it stands once released, not \
         recorded at the releasing workstation's location"
    );
    let mut to_main = b.session(Movement::Release);
    to_main.to_location = Some(b.p.main.id);
    let input = ScanInput {
        raw: pack("H2", "281231", "LOT42"),
        ..ScanInput::default()
    };
    b.p.store.scan(&admin, &to_main, &input, now()).unwrap();
    assert_eq!(
        b.status("H2"),
        (UnitStatus::InStock, Some("MAIN".into())),
        "a chosen destination is where the released pack goes"
    );
}

#[test]
fn a_suspect_pack_read_twice_by_the_scanner_is_held_once() {
    let mut b = bench();
    let sn1 = pack("SN1", "281231", "LOT42");
    b.scan(Movement::Receive, &sn1);
    b.scan(Movement::Receive, &pack("SN2", "281231", "LOT42"));
    let v = b.scan(Movement::Receive, &sn1);
    assert!(
        v.recorded.as_ref().is_some_and(|r| r.held),
        "a clone of a pack in stock is held as suspect: {}",
        v.message
    );
    let before = b.events();
    let v = b.scan(Movement::Receive, &sn1);
    assert_eq!(
        v.code,
        Code::AlreadyScanned,
        "the scanner reading the clone just held a second time is the same pack, though it \
         was recorded as marked suspect rather than received: {}",
        v.message
    );
    assert_eq!(
        b.events(),
        before,
        "the suspect pack is held once, not counted as a second suspect event"
    );
    b.intact();
}

/// Regression: the "use earlier packs first" finding pointed at an expired pack on the shelf,
/// asking the person to dispense it.
#[test]
fn first_expiry_first_out_never_points_at_an_expired_pack() {
    let mut b = bench();
    // Received before it expired (the override stands in for the days that have passed).
    let v = b.scan_as(
        Movement::Receive,
        &pack("GONE", "261031", "L0"),
        None,
        Some("received before it expired"),
    );
    assert!(v.recorded.is_some(), "the expired pack is on the shelf");
    b.scan(Movement::Receive, &pack("EARLY", "270630", "L1"));
    b.scan(Movement::Receive, &pack("LATE", "281231", "L2"));

    let v = b.scan(Movement::Dispense, &pack("LATE", "281231", "L2"));
    let fefo = v
        .findings
        .iter()
        .find(|f| f.code == Code::Fefo)
        .expect("an unexpired earlier pack (EARLY) is on the shelf, so FEFO must still warn");
    assert!(
        fefo.message.contains("1 pack(s)") && fefo.message.contains("2027-06-30"),
        "FEFO counts and names only the usable earlier pack, never the one expired on 2026-10-31: {}",
        fefo.message
    );
    assert!(
        !fefo.message.contains("2026-10-31"),
        "an expired pack is never the one to use first: {}",
        fefo.message
    );
    let expired = v
        .findings
        .iter()
        .find(|f| f.code == Code::ExpiredOnShelf)
        .expect("the expired pack on the shelf gets its own finding");
    assert_eq!(expired.level, Level::Warning, "the dispense itself is fine");
    assert!(
        expired.message.contains("1 expired pack(s)")
            && expired.message.contains("2026-10-31")
            && expired.message.contains("quarantine"),
        "says how many, since when, and what to do: {}",
        expired.message
    );
    assert_eq!(
        Code::ExpiredOnShelf.as_str(),
        "expired_on_shelf",
        "a stable code the UI and scripts match on"
    );
}

/// First-expiry-first-out counts every usable pack on the shelf that expires earlier and names
/// the earliest; packs a recall names are neither counted nor named, whether the recall names
/// them by serial or by lot.
#[test]
fn first_expiry_first_out_counts_the_usable_earlier_packs_and_skips_recalled_ones() {
    let mut b = bench();
    for (serial, expiry, lot) in [
        ("A1", "270331", "LA"),
        ("A2", "270331", "LA"),
        ("B1", "271231", "LB"),
        ("B2", "271231", "LB"),
        ("LATE", "281231", "L2"),
    ] {
        let v = b.scan(Movement::Receive, &pack(serial, expiry, lot));
        assert!(v.recorded.is_some(), "{serial} received: {}", v.message);
    }
    let fefo = |b: &mut Bench| {
        let v = b.scan(Movement::Dispense, &pack("LATE", "281231", "L2"));
        let asked = v.findings.iter().any(|f| f.code == Code::Fefo);
        assert_eq!(
            v.recorded.is_none(),
            asked,
            "only a question leaves the dispense unrecorded: {}",
            v.message
        );
        v.findings
            .into_iter()
            .find(|f| f.code == Code::Fefo)
            .map(|f| f.message)
    };
    let said = fefo(&mut b).expect("four packs on the shelf expire earlier");
    assert!(
        said.contains("lot LA, expiry 2027-03-31 (4 pack(s)"),
        "all four earlier packs counted, the earliest named: {said}"
    );

    // Recalls entered straight into their tables, as a recall whose hold has not reached the
    // shelf yet: the recalled packs are still in stock here.
    let conn = rusqlite::Connection::open(b.p.store.path()).unwrap();
    conn.execute_batch(
        "INSERT INTO recall (number, title, class, reason, issued_on, created_at, created_by)
         VALUES ('R-1', 'Two packs', 'II', 'test', '2026-11-01', '2026-11-01T00:00:00Z', 1);
         INSERT INTO recall_scope (recall_id, line, gtin, serial, added_at)
         VALUES (1, 1, '09506000134352', 'A1', '2026-11-01T00:00:00Z'),
                (1, 2, '09506000134352', 'A2', '2026-11-01T00:00:00Z');",
    )
    .unwrap();
    let said = fefo(&mut b).expect("two usable packs still expire earlier");
    assert!(
        said.contains("lot LB, expiry 2027-12-31 (2 pack(s)"),
        "the recalled packs are neither named nor counted: {said}"
    );

    conn.execute(
        "INSERT INTO recall_scope (recall_id, line, gtin, lot, added_at)
         VALUES (1, 3, '09506000134352', 'LB', '2026-11-01T00:00:00Z')",
        [],
    )
    .unwrap();
    assert_eq!(
        fefo(&mut b),
        None,
        "every earlier pack is recalled, by serial or by lot: none to take first, and the \
         dispense is recorded"
    );
}

/// A pack released from quarantine with a reason of the person's own that begins "suspect" is
/// usable stock like any other: the dispense lets it through, so first-expiry-first-out counts
/// and names it (a suspect pack the system holds is in quarantine, never on the shelf).
#[test]
fn a_pack_released_with_a_reason_beginning_suspect_is_one_to_take_first() {
    let mut b = bench();
    b.scan(Movement::Receive, &pack("S1", "270331", "LS"));
    b.scan(Movement::Receive, &pack("LATE", "281231", "L2"));
    let v = b.scan(Movement::Quarantine, &pack("S1", "270331", "LS"));
    assert!(v.recorded.is_some(), "held: {}", v.message);
    let mut release = b.session(Movement::Release);
    release.reason = Some("Suspected damage, cleared by QA".into());
    let admin = b.p.admin.clone();
    let input = ScanInput {
        raw: pack("S1", "270331", "LS"),
        ..ScanInput::default()
    };
    let v = b.p.store.scan(&admin, &release, &input, now()).unwrap();
    assert_eq!(
        b.status("S1"),
        (UnitStatus::InStock, Some("MAIN".into())),
        "released back to the shelf: {}",
        v.message
    );

    let v = b.scan(Movement::Dispense, &pack("LATE", "281231", "L2"));
    let fefo = v
        .findings
        .iter()
        .find(|f| f.code == Code::Fefo)
        .expect("the released pack expires earlier and is on the shelf");
    assert!(
        fefo.message
            .contains("lot LS, expiry 2027-03-31 (1 pack(s)"),
        "the released pack is counted and named: {}",
        fefo.message
    );
}

#[test]
fn with_only_an_expired_earlier_pack_there_is_no_first_expiry_warning() {
    let mut b = bench();
    b.scan_as(
        Movement::Receive,
        &pack("GONE", "261031", "L0"),
        None,
        Some("received before it expired"),
    );
    b.scan(Movement::Receive, &pack("LATE", "281231", "L2"));
    let v = b.scan(Movement::Dispense, &pack("LATE", "281231", "L2"));
    assert_eq!(
        (v.verdict, v.code),
        (Level::Warning, Code::ExpiredOnShelf),
        "the expired pack is to be quarantined: {}",
        v.message
    );
    assert!(
        v.findings.iter().all(|f| f.code != Code::Fefo),
        "no usable pack expires earlier, so first-expiry-first-out has nothing to say: {:?}",
        v.findings
    );
}

#[test]
fn the_expired_pack_being_scanned_is_not_counted_as_another_on_the_shelf() {
    let mut b = bench();
    b.scan_as(
        Movement::Receive,
        &pack("GONE", "261031", "L0"),
        None,
        Some("received before it expired"),
    );
    let v = b.scan(Movement::Dispense, &pack("GONE", "261031", "L0"));
    assert_eq!(
        v.code,
        Code::Expired,
        "the scanned pack itself is blocked as expired"
    );
    assert!(
        v.findings.iter().all(|f| f.code != Code::ExpiredOnShelf),
        "the only expired pack is the one in hand, which has its own finding: {:?}",
        v.findings
    );
}

#[test]
fn an_expired_lot_on_the_shelf_is_reported_when_dispensing_the_product() {
    let mut b = bench();
    b.scan_as(
        Movement::Receive,
        &gauze("G0", "261031"),
        Some(5),
        Some("received before it expired"),
    );
    b.scan_as(Movement::Receive, &gauze("G1", "281231"), Some(5), None);
    let v = b.scan_as(Movement::Dispense, &gauze("G1", "281231"), Some(1), None);
    let expired = v
        .findings
        .iter()
        .find(|f| f.code == Code::ExpiredOnShelf)
        .expect("5 of an expired lot are still in stock here");
    assert!(
        expired.message.contains("5 expired"),
        "a lot-tracked product counts the expired quantity: {}",
        expired.message
    );

    let v = b.scan_as(
        Movement::Dispense,
        &gauze("G0", "261031"),
        Some(1),
        Some("used for training"),
    );
    assert!(
        v.findings.iter().any(|f| f.code == Code::Expired)
            && v.findings.iter().all(|f| f.code != Code::ExpiredOnShelf),
        "the expired lot in hand has its own finding and is not counted again as on the shelf: {:?}",
        v.findings
    );
}

#[test]
fn unknown_products_and_undecodable_scans_are_blocked_with_nothing_recorded() {
    let mut b = bench();
    let before = b.events();
    let v = b.scan(
        Movement::Receive,
        "]d20100305910369019", /* not in the product list */
    );
    assert_eq!(v.code, Code::UnknownProduct);
    let v = b.scan(Movement::Receive, "]d201095060001343551728123121S1");
    assert_eq!(v.code, Code::DecodeError);
    assert!(v.message.contains("check digit"));
    let v = b.scan(Movement::Receive, "]E09506000134352");
    assert_eq!(
        v.code,
        Code::MissingSerial,
        "a serialized product's linear barcode has no serial"
    );
    assert_eq!(b.events(), before, "a blocked scan records nothing");
}

#[test]
fn a_pack_elsewhere_is_blocked_and_a_manager_may_override_with_a_reason() {
    let mut b = bench();
    b.scan(Movement::Receive, &pack("SN1", "281231", "LOT42"));
    b.scan(Movement::Transfer, &pack("SN1", "281231", "LOT42"));
    assert_eq!(
        b.status("SN1"),
        (UnitStatus::InStock, Some("WARD-3A".into()))
    );
    let v = b.scan(Movement::Dispense, &pack("SN1", "281231", "LOT42"));
    assert_eq!(v.code, Code::WrongLocation);
    let staff =
        b.p.store
            .add_user(
                &b.p.admin,
                "bob",
                "Bob",
                Role::Staff,
                Some(crate::fixtures::PASSWORD),
                now(),
            )
            .unwrap();
    let input = ScanInput {
        raw: pack("SN1", "281231", "LOT42"),
        override_reason: Some("ward sent it back unrecorded".into()),
        ..Default::default()
    };
    let err =
        b.p.store
            .scan(&staff, &b.session(Movement::Dispense), &input, now())
            .unwrap_err();
    assert_eq!(err.code(), "auth.forbidden", "staff may not override");
    assert_eq!(
        err.args()["operation"],
        "override",
        "the refusal says what was not allowed: {err}"
    );
    let v = b.scan_as(
        Movement::Dispense,
        &pack("SN1", "281231", "LOT42"),
        None,
        Some("ward sent it back unrecorded"),
    );
    assert!(v.recorded.as_ref().is_some_and(|r| r.overridden), "{v:?}");
    let h =
        b.p.store
            .unit_history(&b.p.admin, "09506000134352", "SN1", now().local_date())
            .unwrap();
    let reason = h.events.last().unwrap().reason.clone().unwrap();
    assert!(
        reason.contains("override of wrong_location: ward sent it back unrecorded"),
        "the override is on the ledger: {reason}"
    );
    b.intact();
}

#[test]
fn suspect_packs_cannot_be_overridden() {
    let mut b = bench();
    b.scan(Movement::Receive, &pack("SN1", "281231", "LOT42"));
    b.scan(Movement::Dispense, &pack("SN1", "281231", "LOT42"));
    let v = b.scan_with(Movement::Dispense, &pack("SN1", "281231", "LOT42"), |i| {
        i.override_reason = Some("I am sure".into());
        i.another_pack = true;
    });
    assert_eq!(
        v.code,
        Code::AlreadyDecommissioned,
        "a second pack of a dispensed serial"
    );
    assert!(
        v.recorded.is_none(),
        "a reused or cloned pack is never waved through"
    );
}

#[test]
fn quarantine_release_destroy_and_return_follow_the_pack() {
    let mut b = bench();
    for s in ["A", "B", "C"] {
        b.scan(Movement::Receive, &pack(s, "281231", "LOT42"));
    }
    assert_eq!(
        b.scan(Movement::Quarantine, &pack("A", "281231", "LOT42"))
            .code,
        Code::Ok
    );
    assert_eq!(
        b.status("A"),
        (UnitStatus::Quarantined, Some("QUAR".into()))
    );
    assert_eq!(
        b.scan(Movement::Dispense, &pack("A", "281231", "LOT42"))
            .code,
        Code::Quarantined,
        "held stock cannot be used"
    );
    let mut release = b.session(Movement::Release);
    release.location = b.quarantine.id;
    release.to_location = Some(b.p.main.id);
    let admin = b.p.admin.clone();
    let v =
        b.p.store
            .scan(
                &admin,
                &release,
                &ScanInput {
                    raw: pack("A", "281231", "LOT42"),
                    ..Default::default()
                },
                now(),
            )
            .unwrap();
    assert_eq!(v.code, Code::Ok, "{}", v.message);
    assert_eq!(b.status("A"), (UnitStatus::InStock, Some("MAIN".into())));
    assert_eq!(
        b.scan(Movement::Destroy, &pack("B", "281231", "LOT42"))
            .code,
        Code::Ok
    );
    assert_eq!(
        b.scan(Movement::ReturnToSupplier, &pack("C", "281231", "LOT42"))
            .code,
        Code::Ok
    );
    assert_eq!(b.status("C").0, UnitStatus::ReturnedToSupplier);
    b.scan(Movement::Dispense, &pack("A", "281231", "LOT42"));
    assert_eq!(
        b.scan(Movement::Return, &pack("A", "281231", "LOT42")).code,
        Code::Ok,
        "a ward return comes back into stock"
    );
    assert_eq!(b.status("A"), (UnitStatus::InStock, Some("MAIN".into())));
    b.intact();
}

#[test]
fn a_releasing_user_must_be_qa() {
    let mut b = bench();
    b.scan(Movement::Receive, &pack("A", "281231", "LOT42"));
    b.scan(Movement::Quarantine, &pack("A", "281231", "LOT42"));
    let staff =
        b.p.store
            .add_user(
                &b.p.admin,
                "bob",
                "Bob",
                Role::Staff,
                Some(crate::fixtures::PASSWORD),
                now(),
            )
            .unwrap();
    let err =
        b.p.store
            .scan(
                &staff,
                &b.session(Movement::Release),
                &ScanInput {
                    raw: pack("A", "281231", "LOT42"),
                    ..Default::default()
                },
                now(),
            )
            .unwrap_err();
    assert_eq!(
        err.code(),
        "auth.forbidden",
        "only QA releases from quarantine"
    );
}

#[test]
fn lot_tracked_stock_moves_by_quantity() {
    let mut b = bench();
    assert_eq!(
        b.scan_as(Movement::Receive, &gauze("G7", "290131"), Some(100), None)
            .code,
        Code::Ok
    );
    assert_eq!(
        b.scan_as(Movement::Transfer, &gauze("G7", "290131"), Some(30), None)
            .code,
        Code::Ok
    );
    let v = b.scan_as(Movement::Transfer, &gauze("G7", "290131"), Some(71), None);
    assert_eq!(
        (v.verdict, v.code),
        (Level::Blocked, Code::InsufficientQuantity),
        "only 70 are left: {}",
        v.message
    );
    let h =
        b.p.store
            .lot_history(&b.p.admin, "09506000134369", "G7")
            .unwrap();
    assert_eq!(
        h.quantities,
        vec![
            ("MAIN".to_string(), UnitStatus::InStock, 70),
            ("WARD-3A".to_string(), UnitStatus::InStock, 30)
        ]
    );
    b.intact();
}

#[test]
fn a_missing_group_separator_is_explained_not_guessed() {
    let mut b = bench();
    let v = b.scan(Movement::Receive, "]d201095060001343521728123110LOT4221SN9");
    assert_eq!(
        (v.verdict, v.code),
        (Level::Blocked, Code::PossibleMissingSeparator)
    );
    assert!(v.message.contains("group separator"), "{}", v.message);
}

/// A scan's checks read in a transaction of their own, ended however the scan ends (an answer
/// with nothing recorded, a refused session, a block, a recording): the next scan records (one
/// left open would refuse its recording, which begins a transaction).
#[test]
fn a_scan_ended_any_way_leaves_the_next_one_free_to_record() {
    let mut b = bench();
    let sn1 = pack("SN1", "281231", "LOT42");
    let v = b.scan(Movement::Receive, "]d20100305910369019");
    assert_eq!(v.code, Code::UnknownProduct, "answered before any check");
    let v = b.scan(Movement::Receive, &sn1);
    assert!(
        v.recorded.is_some(),
        "recorded after an answer: {}",
        v.message
    );
    let v = b.scan(Movement::Receive, &sn1);
    assert_eq!(
        v.code,
        Code::AlreadyScanned,
        "answered after the pack's reads"
    );
    let mut refused = b.session(Movement::Quarantine);
    refused.reason = None;
    let admin = b.p.admin.clone();
    let input = ScanInput {
        raw: sn1.clone(),
        ..Default::default()
    };
    let err = b.p.store.scan(&admin, &refused, &input, now()).unwrap_err();
    assert_eq!(
        err.code(),
        "movement.reason_required",
        "refused after the snapshot began"
    );
    let v = b.scan(Movement::Dispense, &pack("SN9", "281231", "LOT42"));
    assert_eq!(
        v.verdict,
        Level::Blocked,
        "a pack never received: {}",
        v.message
    );
    let v = b.scan(Movement::Receive, &pack("SN2", "281231", "LOT42"));
    assert!(
        v.recorded.is_some(),
        "recorded after the rest: {}",
        v.message
    );
    let v = b.scan(Movement::Dispense, &sn1);
    assert!(v.recorded.is_some(), "and a dispense too: {}", v.message);
    b.intact();
}

#[test]
fn bad_sessions_are_refused_before_any_scan() {
    let mut b = bench();
    let mut s = b.session(Movement::Quarantine);
    s.reason = None;
    let admin = b.p.admin.clone();
    let err =
        b.p.store
            .scan(
                &admin,
                &s,
                &ScanInput {
                    raw: pack("A", "281231", "L"),
                    ..Default::default()
                },
                now(),
            )
            .unwrap_err();
    assert_eq!(
        err.code(),
        "movement.reason_required",
        "quarantine needs a reason"
    );
    assert_eq!(
        err.field_at_fault().as_deref(),
        Some("reason"),
        "the reason field is at fault"
    );
}
