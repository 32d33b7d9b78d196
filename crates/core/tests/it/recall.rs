//! Recalls over a known history: reach, hold, blocked scans, outcomes and the signed closure.

use chrono::NaiveDate;
use custody_core::movement::{Code, Level, Movement, ScanInput, ScanSession, Verdict};
use custody_core::recall::{NewRecall, OutcomeRequest, OutcomeTarget, Reach, ScopeLine};
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

const GS: char = '\u{1d}';
const AMOX: &str = "09506000134352";
const GAUZE: &str = "09506000134369";

fn pack(serial: &str, lot: &str) -> String {
    format!("]d201{AMOX}1728123110{lot}{GS}21{serial}")
}

fn gauze(lot: &str) -> String {
    format!("]d201{GAUZE}1729013110{lot}")
}

/// A pharmacy with a known history of amoxicillin lot L1 (and one pack of lot L2) and gauze
/// lot G7, before any recall.
struct History {
    p: Pharmacy,
    quarantine: Location,
    er: Location,
    other_site: Partner,
}

impl History {
    fn scan(&mut self, m: Movement, location: LocationId, raw: &str, qty: Option<i64>) -> Verdict {
        let mut s = ScanSession::new(m, location);
        let admin = self.p.admin.clone();
        s.signature = Some(self.p.sign(&admin, SignatureMeaning::Performed));
        s.reference = Some(format!("DOC-{}", m_name(m)));
        s.counterparty = Some(self.p.supplier.id);
        match m {
            Movement::Transfer => s.to_location = Some(self.p.ward.id),
            Movement::Destroy | Movement::Quarantine => s.reason = Some("damaged".into()),
            _ => {}
        }
        self.scan_in(&s, raw, qty)
    }

    fn scan_in(&mut self, s: &ScanSession, raw: &str, qty: Option<i64>) -> Verdict {
        let admin = self.p.admin.clone();
        self.p
            .store
            .scan(
                &admin,
                s,
                &ScanInput {
                    raw: raw.into(),
                    quantity: qty,
                    ..Default::default()
                },
                now(),
            )
            .unwrap()
    }

    fn reach(&self) -> Reach {
        self.p.store.recall_reach(&self.p.admin, "RCL-1").unwrap()
    }

    fn unit<'a>(r: &'a Reach, serial: &str) -> &'a recall::AffectedUnit {
        r.units
            .iter()
            .find(|u| u.serial == serial)
            .unwrap_or_else(|| panic!("{serial} must be in the reach"))
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

fn m_name(m: Movement) -> &'static str {
    match m {
        Movement::Receive => "RECEIVE",
        Movement::Dispense => "RX-5",
        _ => "OTHER",
    }
}

fn history() -> History {
    let mut p = pharmacy();
    let quarantine = p
        .store
        .add_location(&p.admin, "QUAR", "Quarantine", LocationKind::Quarantine)
        .unwrap();
    let er = p
        .store
        .add_location(&p.admin, "ER", "Emergency room", LocationKind::Clinic)
        .unwrap();
    let other_site = p
        .store
        .add_partner(
            &p.admin,
            "STJOHN",
            "St. John's Hospital",
            PartnerKind::Distributor,
            None,
        )
        .unwrap();
    let mut h = History {
        p,
        quarantine,
        er,
        other_site,
    };
    let main = h.p.main.id;
    for s in ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S10"] {
        let v = h.scan(Movement::Receive, main, &pack(s, "L1"), None);
        assert_eq!(v.verdict, Level::Warning.min(v.verdict), "{}", v.message);
        assert!(v.recorded.is_some(), "{s}: {}", v.message);
    }
    assert!(h
        .scan(Movement::Receive, main, &pack("S9", "L2"), None)
        .recorded
        .is_some());
    // S3 and S4 go to the ward, S10 to the emergency room.
    for s in ["S3", "S4"] {
        assert!(h
            .scan(Movement::Transfer, main, &pack(s, "L1"), None)
            .recorded
            .is_some());
    }
    let mut to_er = ScanSession::new(Movement::Transfer, main);
    to_er.to_location = Some(h.er.id);
    assert!(h
        .scan_in(&to_er, &pack("S10", "L1"), None)
        .recorded
        .is_some());
    // S5 is dispensed against RX-5.
    assert!(h
        .scan(Movement::Dispense, main, &pack("S5", "L1"), None)
        .recorded
        .is_some());
    // S6 leaves for another hospital.
    let mut out = ScanSession::new(Movement::Transfer, main);
    out.counterparty = Some(h.other_site.id);
    out.reference = Some("TN-6".into());
    assert!(h.scan_in(&out, &pack("S6", "L1"), None).recorded.is_some());
    // S7 is destroyed; S8 was put aside as damaged.
    assert!(h
        .scan(Movement::Destroy, main, &pack("S7", "L1"), None)
        .recorded
        .is_some());
    assert!(h
        .scan(Movement::Quarantine, main, &pack("S8", "L1"), None)
        .recorded
        .is_some());
    // Gauze: 50 of lot G7 in, 10 used on the ward.
    assert!(h
        .scan(Movement::Receive, main, &gauze("G7"), Some(50))
        .recorded
        .is_some());
    assert!(h
        .scan(Movement::Dispense, main, &gauze("G7"), Some(10))
        .recorded
        .is_some());
    // S20 and S21 of lot L1 are on their way.
    let admin = h.p.admin.clone();
    h.p.store
        .import_shipment(
            &admin,
            format!("gtin,serial,lot,expiry\n{AMOX},S20,L1,2028-12-31\n{AMOX},S21,L1,2028-12-31\n")
                .as_bytes(),
            Some(h.p.supplier.id),
            Some("ASN-77"),
            None,
            now(),
        )
        .unwrap();
    h
}

fn recall_l1_and_g7() -> NewRecall {
    NewRecall {
        number: "RCL-1".into(),
        title: "Amoxicillin 500 mg lot L1; gauze lot G7".into(),
        class: RecallClass::II,
        reason: "Out-of-specification dissolution".into(),
        instructions: Some("Quarantine and return to MediDist".into()),
        issuer: Some("Acme Pharma".into()),
        issued_on: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
        scope: vec![
            ScopeLine {
                gtin: AMOX.into(),
                lot: Some("L1".into()),
                serial: None,
            },
            ScopeLine {
                gtin: GAUZE.into(),
                lot: Some("G7".into()),
                serial: None,
            },
            ScopeLine {
                gtin: AMOX.into(),
                lot: None,
                serial: Some("X99".into()),
            },
        ],
    }
}

#[test]
fn a_recall_finds_every_affected_unit_where_it_is_or_went_and_holds_the_ones_in_stock() {
    let mut h = history();
    let admin = h.p.admin.clone();
    let events_before = h.p.store.summary().unwrap().events;
    let created =
        h.p.store
            .create_recall(&admin, &recall_l1_and_g7(), now())
            .unwrap();
    // S1, S2 at MAIN, S3, S4 on the ward, S10 in the ER; 40 gauze at MAIN: one event per location.
    assert_eq!(created.hold.units, 5);
    assert_eq!(created.hold.lot_quantity, 40);
    assert_eq!(created.hold.events, 3);
    assert_eq!(h.p.store.summary().unwrap().events, events_before + 3);

    let r = h.reach();
    let place = |s: &str| {
        let u = History::unit(&r, s);
        (u.status, u.location.clone())
    };
    use UnitStatus as S;
    assert_eq!(
        place("S1"),
        (S::Quarantined, Some("MAIN".into())),
        "held in place"
    );
    assert_eq!(place("S2"), (S::Quarantined, Some("MAIN".into())));
    assert_eq!(place("S3"), (S::Quarantined, Some("WARD-3A".into())));
    assert_eq!(place("S4"), (S::Quarantined, Some("WARD-3A".into())));
    assert_eq!(place("S10"), (S::Quarantined, Some("ER".into())));
    assert_eq!(place("S8"), (S::Quarantined, Some("QUAR".into())));
    assert_eq!(place("S5"), (S::Dispensed, None));
    assert_eq!(
        History::unit(&r, "S5").reference.as_deref(),
        Some("DOC-RX-5")
    );
    assert_eq!(place("S6"), (S::TransferredOut, None));
    assert_eq!(
        History::unit(&r, "S6").counterparty.as_deref(),
        Some("St. John's Hospital"),
        "a pack that left names where it went"
    );
    assert_eq!(place("S7"), (S::Destroyed, None));
    assert!(
        !History::unit(&r, "S7").open,
        "destroyed before the recall: nothing to do"
    );
    assert!(
        !r.units.iter().any(|u| u.serial == "S9"),
        "lot L2 is not in scope"
    );
    assert_eq!(r.units.len(), 9);
    assert_eq!(r.summary.quarantined, 6);
    assert_eq!(r.summary.in_stock, 0);
    assert_eq!(r.summary.dispensed, 1);
    assert_eq!(r.summary.transferred_out, 1);
    assert_eq!(r.summary.destroyed, 1);
    // Gauze: 40 held at MAIN, 10 used.
    let held: Vec<_> = r
        .lots
        .iter()
        .map(|l| (l.status, l.location.clone(), l.quantity))
        .collect();
    assert_eq!(
        held,
        vec![
            (S::Quarantined, Some("MAIN".into()), 40),
            (S::Dispensed, None, 10)
        ]
    );
    // Still on its way, and never seen.
    let expected: Vec<_> = r
        .expected
        .iter()
        .map(|e| (e.shipment.as_str(), e.serial.as_deref()))
        .collect();
    assert_eq!(
        expected,
        vec![("ASN-77", Some("S20")), ("ASN-77", Some("S21"))]
    );
    assert_eq!(r.not_received.len(), 1);
    assert_eq!(r.not_received[0].serial.as_deref(), Some("X99"));
    // Open: 6 held packs, S5, S6, the held gauze and the used gauze.
    assert_eq!(r.summary.open, 10);

    // Each held pack's history shows the hold with the recall number.
    let hist =
        h.p.store
            .unit_history(&admin, AMOX, "S3", now().local_date())
            .unwrap();
    let last = hist.events.last().unwrap();
    assert_eq!(last.reference.as_deref(), Some("RCL-1"));
    assert!(last.reason.as_deref().unwrap().contains("Class II"));
    h.intact();
}

#[test]
fn a_file_from_before_packs_kept_their_last_event_shows_the_same_reach_once_opened() {
    let mut h = history();
    let admin = h.p.admin.clone();
    // A pack whose last event's time has a fraction of a second just short of the next second:
    // the migration's seconds must be the appender's (the fraction dropped, never rounded up).
    let (mut arrived, mut left) = (h.p.receive("S12"), h.p.dispense("S12"));
    arrived.occurred_at = Timestamp::parse("2026-11-22T08:59:00+01:00").unwrap();
    left.occurred_at = Timestamp::parse("2026-11-22T08:59:59.999999+01:00").unwrap();
    h.p.append(&[arrived, left]);
    h.p.store
        .create_recall(&admin, &recall_l1_and_g7(), now())
        .unwrap();
    let reach = h.reach();
    let s6 = History::unit(&reach, "S6");
    assert_eq!(
        (s6.reference.as_deref(), s6.counterparty.as_deref()),
        (Some("TN-6"), Some("St. John's Hospital")),
        "read from the pack's own row"
    );
    assert!(!s6.since.is_empty());

    assert_eq!(
        History::unit(&reach, "S12").since,
        "2026-11-22T08:59:59+01:00"
    );

    // The same file at version 40, analysed: packs without the copy, the index without it.
    let path = h.p.store.path().to_path_buf();
    let stats = |path: &std::path::Path| -> i64 {
        rusqlite::Connection::open(path)
            .unwrap()
            .query_row(
                "SELECT count(*) FROM sqlite_stat1 WHERE idx = 'unit_product_lot'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("ANALYZE")
        .unwrap();
    crate::fixtures::before_0041(&path);
    assert_eq!(stats(&path), 0, "the index made again has no statistics");
    h.p.store = Store::open(&path).unwrap();
    assert_eq!(
        h.reach(),
        reach,
        "every pack's copy is filled from its last event"
    );
    assert_eq!(
        stats(&path),
        1,
        "taken again for the index the migration made"
    );
    h.intact();
}

#[test]
fn after_the_recall_every_scan_of_an_affected_unit_is_blocked_and_a_late_arrival_is_held() {
    let mut h = history();
    let admin = h.p.admin.clone();
    h.p.store
        .create_recall(&admin, &recall_l1_and_g7(), now())
        .unwrap();
    let main = h.p.main.id;
    let ward = h.p.ward.id;
    let events = h.p.store.summary().unwrap().events;

    // Dispensing a held pack on the ward: blocked, nothing written.
    let v = h.scan(Movement::Dispense, ward, &pack("S3", "L1"), None);
    assert_eq!(
        (v.verdict, v.code),
        (Level::Blocked, Code::Recalled),
        "{}",
        v.message
    );
    assert!(v.message.contains("RCL-1"), "{}", v.message);
    assert!(v.recorded.is_none());
    // Releasing it is blocked too, even for QA.
    let mut release = ScanSession::new(Movement::Release, ward);
    release.reference = Some("QA".into());
    release.signature = Some(h.p.sign(&admin, SignatureMeaning::Approved));
    let v = h.scan_in(&release, &pack("S3", "L1"), None);
    assert_eq!(v.code, Code::Recalled, "{}", v.message);
    // And an override is not accepted.
    let mut session = ScanSession::new(Movement::Dispense, ward);
    session.reference = Some("RX-9".into());
    let v =
        h.p.store
            .scan(
                &admin,
                &session,
                &ScanInput {
                    raw: pack("S4", "L1"),
                    override_reason: Some("urgent".into()),
                    ..Default::default()
                },
                now(),
            )
            .unwrap();
    assert_eq!(v.verdict, Level::Blocked);
    assert!(v.recorded.is_none());
    // Gauze of lot G7 cannot be issued.
    let v = h.scan(Movement::Dispense, main, &gauze("G7"), Some(1));
    assert_eq!(v.code, Code::Recalled, "{}", v.message);
    assert_eq!(
        h.p.store.summary().unwrap().events,
        events,
        "blocked scans record nothing"
    );

    // The late arrival S20 from the expected shipment: blocked and held in quarantine.
    let mut receive = ScanSession::new(Movement::Receive, main);
    receive.shipment = Some(1);
    receive.counterparty = Some(h.p.supplier.id);
    let v = h.scan_in(&receive, &pack("S20", "L1"), None);
    assert_eq!(
        (v.verdict, v.code),
        (Level::Blocked, Code::Recalled),
        "{}",
        v.message
    );
    let rec = v
        .recorded
        .as_ref()
        .expect("a recalled arrival is recorded, held");
    assert_eq!(rec.status, UnitStatus::Quarantined);
    assert_eq!(rec.location.as_deref(), Some("QUAR"));
    // Receiving the rest by inference leaves S21 outstanding rather than putting it on a shelf.
    let all = h.p.store.receive_all(&admin, 1, main, now()).unwrap();
    assert_eq!(all.received, 0);
    assert!(all.skipped[0].contains("recall RCL-1"), "{:?}", all.skipped);
    // A ward return of the dispensed pack S5 is held, not put back on the shelf.
    let v = h.scan(Movement::Return, main, &pack("S5", "L1"), None);
    assert_eq!(v.code, Code::Recalled, "{}", v.message);
    assert_eq!(v.recorded.as_ref().unwrap().status, UnitStatus::Quarantined);
    // A pack of another lot is fine.
    let v = h.scan(Movement::Receive, main, &pack("S30", "L2"), None);
    assert!(
        v.recorded.is_some() && v.verdict != Level::Blocked,
        "{}",
        v.message
    );
    // Moving held packs into the quarantine room is allowed.
    let mut to_q = ScanSession::new(Movement::Quarantine, ward);
    to_q.to_location = Some(h.quarantine.id);
    to_q.reason = Some("recall RCL-1: pulled from the ward".into());
    let v = h.scan_in(&to_q, &pack("S3", "L1"), None);
    assert!(v.recorded.is_some(), "{}", v.message);

    let r = h.reach();
    assert_eq!(History::unit(&r, "S20").status, UnitStatus::Quarantined);
    assert_eq!(History::unit(&r, "S3").location.as_deref(), Some("QUAR"));
    assert_eq!(
        History::unit(&r, "S5").status,
        UnitStatus::Quarantined,
        "the returned pack is held again"
    );
    assert_eq!(r.expected.len(), 1, "S21 is still expected");
    h.intact();
}

#[test]
fn a_recall_closes_only_when_every_item_is_resolved_and_the_closure_is_signed_on_the_ledger() {
    let mut h = history();
    let admin = h.p.admin.clone();
    let staff =
        h.p.store
            .add_user(
                &admin,
                "sam",
                "Sam Staff",
                Role::Staff,
                Some(crate::fixtures::PASSWORD),
                now(),
            )
            .unwrap();
    let qa =
        h.p.store
            .add_user(
                &admin,
                "quinn",
                "Quinn QA",
                Role::Qa,
                Some(crate::fixtures::PASSWORD),
                now(),
            )
            .unwrap();
    assert!(matches!(
        h.p.store.create_recall(&staff, &recall_l1_and_g7(), now()),
        Err(e) if e.code() == "auth.forbidden"
    ));
    h.p.store
        .create_recall(&qa, &recall_l1_and_g7(), now())
        .unwrap();
    assert!(matches!(
        h.p.store.create_recall(&qa, &recall_l1_and_g7(), now()),
        Err(e) if e.code() == "recall.exists" && e.args()["recall"] == "RCL-1"
    ));

    let early = h.p.sign(&qa, SignatureMeaning::Approved);
    let err =
        h.p.store
            .close_recall(&qa, "RCL-1", &early, None, now())
            .unwrap_err();
    assert_eq!(
        err.code(),
        "recall.still_open",
        "a recall with open items stays open"
    );
    assert_eq!(
        err.args()["open"],
        10,
        "it says how many items are open: {err}"
    );
    assert!(
        err.args()["items"]
            .as_str()
            .is_some_and(|t| t.contains("2 quarantined at MAIN")),
        "and which, where: {err}"
    );

    // Extending the recall to lot L2 holds S9.
    let ext =
        h.p.store
            .extend_recall(
                &qa,
                "RCL-1",
                &[ScopeLine {
                    gtin: AMOX.into(),
                    lot: Some("L2".into()),
                    serial: None,
                }],
                now(),
            )
            .unwrap();
    assert_eq!(ext.hold.units, 1);
    assert_eq!(
        History::unit(&h.reach(), "S9").status,
        UnitStatus::Quarantined
    );

    let performed = h.p.sign(&qa, SignatureMeaning::Performed);
    let outcome =
        |o: RecallOutcome, target: OutcomeTarget, partner: Option<PartnerId>| OutcomeRequest {
            outcome: o,
            target,
            partner,
            note: Some("per the notice".into()),
            signature: (o == RecallOutcome::Destroyed).then(|| performed.clone()),
        };
    // Notified does not apply to packs on the shelf.
    let err =
        h.p.store
            .record_recall_outcome(
                &qa,
                "RCL-1",
                &outcome(
                    RecallOutcome::Notified,
                    OutcomeTarget {
                        location: Some(h.p.ward.id),
                        ..Default::default()
                    },
                    None,
                ),
                now(),
            )
            .unwrap_err();
    assert_eq!(
        (err.code(), err.args()["outcome"].as_str()),
        ("recall.outcome_does_not_apply", Some("notified")),
        "packs still held at the ward are not notified but returned or destroyed: {err}"
    );
    // The ward's two packs are destroyed there.
    let done =
        h.p.store
            .record_recall_outcome(
                &qa,
                "RCL-1",
                &outcome(
                    RecallOutcome::Destroyed,
                    OutcomeTarget {
                        location: Some(h.p.ward.id),
                        ..Default::default()
                    },
                    None,
                ),
                now(),
            )
            .unwrap();
    assert_eq!((done.units, done.events.len()), (2, 1));
    // S10 in the ER cannot be found.
    h.p.store
        .record_recall_outcome(
            &qa,
            "RCL-1",
            &outcome(
                RecallOutcome::NotFound,
                OutcomeTarget {
                    serials: vec!["S10".into()],
                    ..Default::default()
                },
                None,
            ),
            now(),
        )
        .unwrap();
    // Everything else held goes back to the supplier: S1, S2, S8, S9 and the 40 gauze.
    let done =
        h.p.store
            .record_recall_outcome(
                &qa,
                "RCL-1",
                &outcome(
                    RecallOutcome::ReturnedToSupplier,
                    OutcomeTarget::default(),
                    Some(h.p.supplier.id),
                ),
                now(),
            )
            .unwrap();
    assert_eq!((done.units, done.lot_quantity), (4, 40));
    assert_eq!(
        done.still_open, 3,
        "S5, S6 and the used gauze still need an outcome"
    );
    // The patient behind RX-5, St. John's and the ward are told.
    let done =
        h.p.store
            .record_recall_outcome(
                &qa,
                "RCL-1",
                &outcome(RecallOutcome::Notified, OutcomeTarget::default(), None),
                now(),
            )
            .unwrap();
    assert_eq!((done.units, done.lot_quantity, done.still_open), (2, 10, 0));
    assert!(done.events.is_empty(), "notifying moves no stock");

    // Staff may not sign; QA may, with the password re-entered.
    let staff_signature = h.p.sign(&staff, SignatureMeaning::Approved);
    assert!(matches!(
        h.p.store
            .close_recall(&staff, "RCL-1", &staff_signature, None, now()),
        Err(e) if e.code() == "auth.forbidden"
    ));
    assert!(
        h.p.store
            .sign(&qa, "not my password", SignatureMeaning::Approved, now())
            .is_err(),
        "a wrong password signs nothing"
    );
    let approved = h.p.sign(&qa, SignatureMeaning::Approved);
    let closed =
        h.p.store
            .close_recall(
                &qa,
                "RCL-1",
                &approved,
                Some("all stock accounted for"),
                now(),
            )
            .unwrap();
    assert_eq!(closed.closed_by.as_deref(), Some("Quinn QA (quinn)"));
    assert_eq!(closed.close_meaning, Some(SignatureMeaning::Approved));
    let r = h.reach();
    assert_eq!(r.summary.open, 0);
    assert_eq!(History::unit(&r, "S10").status, UnitStatus::Missing);
    assert_eq!(
        History::unit(&r, "S1").outcome,
        Some(RecallOutcome::ReturnedToSupplier)
    );
    assert_eq!(
        History::unit(&r, "S5").outcome,
        Some(RecallOutcome::Notified)
    );
    // The signature is a ledger event.
    let conn = h.p.sqlite();
    let (kind, actor, reason, signature): (String, String, String, String) = conn
        .query_row(
            "SELECT e.kind, u.username, e.reason, e.signature FROM event e JOIN user u ON u.id = e.actor_id ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!((kind.as_str(), actor.as_str()), ("recall_close", "quinn"));
    assert_eq!(
        signature, "approved",
        "the signature's meaning is on the event, under its hash"
    );
    assert!(
        reason.starts_with("signed (approved) by Quinn QA"),
        "{reason}"
    );
    // Closed: no further outcomes or extensions, and the stock is still blocked.
    assert!(h
        .p
        .store
        .close_recall(&qa, "RCL-1", &approved, None, now())
        .is_err());
    let v = h.scan(Movement::Receive, h.p.main.id, &pack("S21", "L1"), None);
    assert_eq!(
        v.code,
        Code::Recalled,
        "recalled stock stays blocked after closure"
    );
    h.intact();
}

#[test]
fn recalls_import_from_epcis_recall_events_and_from_csv_with_problems_by_line() {
    let mut h = history();
    let admin = h.p.admin.clone();
    let epcis = include_str!("../data/recall-events.jsonld");
    let created =
        h.p.store
            .import_recall(
                &admin,
                epcis.as_bytes(),
                &recall::RecallHeader::default(),
                now(),
            )
            .unwrap();
    assert_eq!(created.len(), 1, "the document holds one notice");
    let created = &created[0];
    assert_eq!(created.recall.number, "RCL-2026-0091");
    assert_eq!(created.recall.class, RecallClass::II);
    assert_eq!(
        created.recall.reason,
        "Out-of-specification dissolution results"
    );
    let scope: Vec<String> = created.recall.scope.iter().map(|l| l.to_string()).collect();
    assert_eq!(
        scope,
        vec![
            "GTIN 00305910369019 lot A12345",
            "GTIN 00305910369019 serial 100000004711",
            "GTIN 00305910369019 serial 100000004712",
            "GTIN 00305910369019 serial 100000004713",
            "GTIN 00305910369019 serial 100000004714",
        ],
        "the 'returned' event is not part of the scope"
    );
    let r = h.p.store.recall_reach(&admin, "RCL-2026-0091").unwrap();
    assert_eq!(r.not_received.len(), 4, "the product is not stocked here");

    let csv = format!(
        "gtin,lot,serial\n{AMOX},L2,\n0950600013435,L3,\n{AMOX},{},\n",
        "L".repeat(21)
    );
    let header = recall::RecallHeader {
        number: Some("RCL-CSV".into()),
        class: Some(RecallClass::I),
        reason: Some("Particles".into()),
        ..Default::default()
    };
    let err =
        h.p.store
            .import_recall(&admin, csv.as_bytes(), &header, now())
            .unwrap_err();
    let text = err.to_string();
    assert!(text.contains("line 3, gtin"), "{text}");
    assert!(text.contains("line 4, lot"), "{text}");
    assert!(
        h.p.store.recall(&admin, "RCL-CSV").is_err(),
        "nothing half-written"
    );
    let created =
        h.p.store
            .import_recall(
                &admin,
                format!("gtin,lot\n{AMOX},L2\n").as_bytes(),
                &header,
                now(),
            )
            .unwrap();
    let created = &created[0];
    assert_eq!(created.recall.title, "Amoxicillin 500 mg caps x21");
    assert_eq!(created.hold.units, 1, "S9 of lot L2 is held");
    h.intact();
}

/// The notice's lot figure, for the used gauze (10 of lot G7 dispensed on the ward).
fn lot_issued_figure(h: &History) -> (Option<String>, bool) {
    let d =
        h.p.store
            .report(
                &h.p.admin,
                &custody_core::report::ReportRequest::RecallNotice {
                    number: "RCL-1".into(),
                },
                now(),
            )
            .unwrap();
    let text = d.to_string();
    let figure = text
        .lines()
        .find(|l| l.starts_with("Lot quantity issued"))
        .map(String::from);
    (
        figure,
        text.contains("10 of lot stock issued already has its outcome recorded"),
    )
}

#[test]
fn the_notice_counts_the_lot_stock_issued_that_still_needs_following_up_as_its_table_lists_it() {
    let mut h = history();
    let admin = h.p.admin.clone();
    h.p.store
        .create_recall(&admin, &recall_l1_and_g7(), now())
        .unwrap();
    assert_eq!(
        lot_issued_figure(&h),
        (Some("Lot quantity issued, to follow up: 10".into()), false),
        "the 10 used gauze are to follow up"
    );
    h.p.store
        .record_recall_outcome(
            &admin,
            "RCL-1",
            &OutcomeRequest {
                outcome: RecallOutcome::Notified,
                target: OutcomeTarget {
                    lot: Some("G7".into()),
                    ..OutcomeTarget::default()
                },
                partner: None,
                note: None,
                signature: None,
            },
            now(),
        )
        .unwrap();
    assert_eq!(
        lot_issued_figure(&h),
        (None, true),
        "followed up, the figure no longer counts them (its table lists none) and a sentence says where they went"
    );
}

#[test]
fn a_scanned_pack_is_looked_up_alone_never_recorded_not_found_and_answered_as_the_reach_shows_it() {
    let mut h = history();
    let admin = h.p.admin.clone();
    h.p.store
        .create_recall(&admin, &recall_l1_and_g7(), now())
        .unwrap();
    let request = |o: RecallOutcome| OutcomeRequest {
        outcome: o,
        target: OutcomeTarget::default(),
        partner: Some(h.p.supplier.id),
        note: None,
        signature: None,
    };
    let err =
        h.p.store
            .record_pack_outcome(
                &admin,
                "RCL-1",
                AMOX,
                "S1",
                &request(RecallOutcome::NotFound),
                now(),
            )
            .unwrap_err();
    assert_eq!(
        err.code(),
        "recall.scanned_pack_found",
        "a pack in the person's hand is never recorded not found (it would become missing)"
    );
    assert!(History::unit(&h.reach(), "S1").open, "nothing was recorded");
    let done =
        h.p.store
            .record_pack_outcome(
                &admin,
                "RCL-1",
                AMOX,
                "S1",
                &request(RecallOutcome::ReturnedToSupplier),
                now(),
            )
            .unwrap();
    assert_eq!(
        (done.was, &done.unit),
        (UnitStatus::Quarantined, History::unit(&h.reach(), "S1")),
        "the answer is the pack exactly as the reach now shows it, so a screen can replace its row"
    );
    assert_eq!(done.unit.status, UnitStatus::ReturnedToSupplier);
    let again =
        h.p.store
            .record_pack_outcome(
                &admin,
                "RCL-1",
                AMOX,
                "S1",
                &request(RecallOutcome::ReturnedToSupplier),
                now(),
            )
            .unwrap_err();
    assert_eq!(again.code(), "recall.pack_resolved", "never recorded twice");
    let other =
        h.p.store
            .record_pack_outcome(
                &admin,
                "RCL-1",
                AMOX,
                "S9",
                &request(RecallOutcome::ReturnedToSupplier),
                now(),
            )
            .unwrap_err();
    assert_eq!(
        other.code(),
        "recall.scanned_pack_not_affected",
        "S9 is of lot L2, not recalled: refused, never ticked"
    );
}
