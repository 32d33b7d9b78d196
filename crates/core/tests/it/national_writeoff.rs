//! A pack reported stolen, taken as a sample by the authorities or given as a free sample
//! (`Store::write_off`): it leaves on the ledger by the kind that says where it went (missing;
//! transferred out) and, where the site decommissions, is decommissioned nationally for that
//! reason in the same transaction, never twice, in order behind the pack's earlier changes.

use custody_core::movement::Movement;
use custody_core::write_off::{WriteOff, WriteOffReason, WrittenOff};
use custody_core::*;

use crate::fixtures::{now, Pharmacy};
use crate::national::due_at;
use crate::national::{intact, kinds_of, scan, site, site_in, AMOXICILLIN};
use crate::national_undo::{answer, days, scan_at};

fn write_off(p: &mut Pharmacy, serial: &str, why: WriteOffReason) -> CoreResult<WrittenOff> {
    let admin = p.admin.clone();
    let pack = WriteOff {
        gtin: AMOXICILLIN,
        serial,
        why,
        note: Some("police report 2026/4411"),
    };
    p.store.write_off(&admin, &pack, now())
}

fn requests(p: &Pharmacy, serial: &str) -> Vec<(NvsKind, Option<NvsReason>, NvsState)> {
    let all = p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, serial)
        .unwrap();
    all.iter().map(|r| (r.kind, r.reason, r.state)).collect()
}

fn status_of(p: &Pharmacy, serial: &str) -> UnitStatus {
    p.store.unit(&p.admin, AMOXICILLIN, serial).unwrap().status
}

#[test]
fn a_pack_reported_stolen_goes_missing_and_is_decommissioned_as_stolen_in_its_transaction() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    let written = write_off(&mut p, "SN1", WriteOffReason::Stolen).unwrap();
    assert_eq!(
        (written.status, written.from.as_str()),
        (UnitStatus::Missing, "MAIN"),
        "a stolen pack is missing from where it was held"
    );
    assert_eq!(status_of(&p, "SN1"), UnitStatus::Missing);
    assert_eq!(
        requests(&p, "SN1"),
        [(
            NvsKind::Decommission,
            Some(NvsReason::Stolen),
            NvsState::Pending
        )],
        "one decommission as stolen, waiting"
    );
    let queued = &p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
        .unwrap()[0];
    assert_eq!(
        (written.decommission, queued.request_seq),
        (Some(queued.id), written.seq + 1),
        "the request is the write-off's, appended right after its event"
    );
    let history = p
        .store
        .unit_history(&p.admin, AMOXICILLIN, "SN1", now().local_date())
        .unwrap();
    let kinds: Vec<EventKind> = history.events.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            EventKind::Receive,
            EventKind::CountAdjust,
            EventKind::NvsRequest
        ],
        "the pack's history shows the theft and its decommission"
    );
    assert_eq!(
        history.events[1].reason.as_deref(),
        Some("reported stolen; police report 2026/4411"),
        "the event says why, with the note"
    );
    intact(&p);
}

#[test]
fn a_sample_leaves_the_site_and_is_decommissioned_as_a_sample() {
    let mut p = site("at_dispense");
    for (serial, why, reason) in [
        ("SN1", WriteOffReason::Sample, NvsReason::Sample),
        ("SN2", WriteOffReason::FreeSample, NvsReason::FreeSample),
    ] {
        scan(&mut p, Movement::Receive, serial);
        let written = write_off(&mut p, serial, why).unwrap();
        assert_eq!(written.status, UnitStatus::TransferredOut, "{why:?}");
        assert_eq!(
            requests(&p, serial),
            [(NvsKind::Decommission, Some(reason), NvsState::Pending)],
            "{why:?}: decommissioned for its own reason"
        );
        assert_eq!(
            kinds_of(&p, serial),
            [
                EventKind::Receive,
                EventKind::Transfer,
                EventKind::NvsRequest
            ],
            "{why:?}: the pack left the site"
        );
    }
    intact(&p);
}

#[test]
fn a_pack_held_in_quarantine_may_be_reported_stolen() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    let admin = p.admin.clone();
    let mut hold = custody_core::movement::ScanSession::new(Movement::Quarantine, p.main.id);
    hold.reason = Some("damaged box".into());
    let input = custody_core::movement::ScanInput {
        raw: crate::national::pack("SN1"),
        ..Default::default()
    };
    let v = p.store.scan(&admin, &hold, &input, now()).unwrap();
    assert!(v.recorded.is_some(), "{v:?}");
    let written = write_off(&mut p, "SN1", WriteOffReason::Stolen).unwrap();
    assert_eq!(
        (written.from.as_str(), written.status),
        ("QUAR", UnitStatus::Missing)
    );
    assert_eq!(requests(&p, "SN1").len(), 1);
    intact(&p);
}

#[test]
fn nothing_is_queued_where_the_site_does_not_decommission() {
    for (market, check) in [("EU-DE", "off"), ("US", "at_receipt")] {
        let mut p = site_in(market, check);
        scan(&mut p, Movement::Receive, "SN1");
        scan(&mut p, Movement::Receive, "SN2");
        let stolen = write_off(&mut p, "SN1", WriteOffReason::Stolen).unwrap();
        let sample = write_off(&mut p, "SN2", WriteOffReason::Sample).unwrap();
        assert_eq!(
            (stolen.decommission, sample.decommission),
            (None, None),
            "{check}"
        );
        assert!(requests(&p, "SN1").is_empty(), "{check}: nothing queued");
        assert!(requests(&p, "SN2").is_empty(), "{check}: nothing queued");
        assert_eq!(
            status_of(&p, "SN1"),
            UnitStatus::Missing,
            "{check}: still recorded"
        );
        intact(&p);
    }
}

#[test]
fn a_hospital_decommissioning_at_receipt_decommissions_only_a_pack_not_decommissioned_then() {
    let mut p = site("decommission_at_receipt");
    scan(&mut p, Movement::Receive, "SN1");
    let written = write_off(&mut p, "SN1", WriteOffReason::Stolen).unwrap();
    assert_eq!(
        written.decommission, None,
        "the receipt's decommission stands"
    );
    assert_eq!(
        requests(&p, "SN1"),
        [(
            NvsKind::Decommission,
            Some(NvsReason::Supplied),
            NvsState::Pending
        )],
        "a second decommission would raise a falsification alert"
    );
    // A pack there before the site chose to decommission at receipt was never decommissioned.
    let mut p = site("off");
    scan(&mut p, Movement::Receive, "SN2");
    let admin = p.admin.clone();
    p.store
        .set_national_settings(
            &admin,
            Some("EU-DE"),
            "decommission_at_receipt",
            None,
            now(),
        )
        .unwrap();
    let written = write_off(&mut p, "SN2", WriteOffReason::FreeSample).unwrap();
    assert!(written.decommission.is_some());
    assert_eq!(
        requests(&p, "SN2"),
        [(
            NvsKind::Decommission,
            Some(NvsReason::FreeSample),
            NvsState::Pending
        )]
    );
    intact(&p);
}

#[test]
fn a_pack_whose_decommission_stands_is_not_decommissioned_again() {
    let mut p = site("at_dispense");
    scan_at(&mut p, Movement::Receive, "SN1", now());
    scan_at(&mut p, Movement::Dispense, "SN1", now());
    // Returned past the undo window: back in stock, still decommissioned nationally.
    scan_at(&mut p, Movement::Return, "SN1", days(11));
    assert_eq!(requests(&p, "SN1").len(), 1, "no undo past the window");
    let admin = p.admin.clone();
    let pack = WriteOff {
        gtin: AMOXICILLIN,
        serial: "SN1",
        why: WriteOffReason::Stolen,
        note: None,
    };
    let written = p.store.write_off(&admin, &pack, days(11)).unwrap();
    assert_eq!(written.decommission, None);
    assert_eq!(
        requests(&p, "SN1"),
        [(
            NvsKind::Decommission,
            Some(NvsReason::Supplied),
            NvsState::Pending
        )],
        "never twice"
    );
    assert_eq!(status_of(&p, "SN1"), UnitStatus::Missing);
    intact(&p);
}

#[test]
fn a_theft_after_a_return_waits_behind_the_undo() {
    let mut p = site("at_dispense");
    scan_at(&mut p, Movement::Receive, "SN1", now());
    scan_at(&mut p, Movement::Dispense, "SN1", now());
    scan_at(&mut p, Movement::Return, "SN1", days(1));
    let admin = p.admin.clone();
    let pack = WriteOff {
        gtin: AMOXICILLIN,
        serial: "SN1",
        why: WriteOffReason::Stolen,
        note: None,
    };
    let written = p.store.write_off(&admin, &pack, days(1)).unwrap();
    assert!(written.decommission.is_some(), "the undo lets it go again");
    assert_eq!(
        requests(&p, "SN1"),
        [
            (
                NvsKind::Decommission,
                Some(NvsReason::Supplied),
                NvsState::Pending
            ),
            (NvsKind::Undo, Some(NvsReason::Supplied), NvsState::Pending),
            (
                NvsKind::Decommission,
                Some(NvsReason::Stolen),
                NvsState::Pending
            ),
        ]
    );
    let order: Vec<NvsKind> = (0..3)
        .map(|_| {
            let next = due_at(&p, days(1));
            assert_eq!(next.len(), 1, "one change of the pack at a time: {next:?}");
            answer(&mut p, next[0].1, NvsState::Done, days(1));
            next[0].0
        })
        .collect();
    assert_eq!(
        order,
        [NvsKind::Decommission, NvsKind::Undo, NvsKind::Decommission],
        "the theft's decommission waits for the undo's answer"
    );
    let last = &p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
        .unwrap()[2];
    assert_eq!(
        (last.reason, last.state),
        (Some(NvsReason::Stolen), NvsState::Done)
    );
    intact(&p);
}

#[test]
fn a_pack_not_held_here_is_refused_and_nothing_is_written() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    scan(&mut p, Movement::Dispense, "SN1");
    scan(&mut p, Movement::Receive, "SN2");
    write_off(&mut p, "SN2", WriteOffReason::Stolen).unwrap();
    let before = p.store.summary().unwrap();
    for (serial, code, status) in [
        ("SN1", "stock.pack_not_held", Some("dispensed")),
        ("SN2", "stock.pack_not_held", Some("missing")),
        ("SN9", "stock.pack_unknown", None),
    ] {
        let e = write_off(&mut p, serial, WriteOffReason::Sample).unwrap_err();
        assert_eq!(e.code(), code, "{serial}: {e:?}");
        if let Some(status) = status {
            assert!(e.to_string().contains(status), "{serial}: {e}");
        }
    }
    assert_eq!(p.store.summary().unwrap(), before, "nothing was written");
    assert_eq!(requests(&p, "SN1").len(), 1, "only the dispense's");
    intact(&p);
}

#[test]
fn only_qa_managers_and_administrators_may_write_a_pack_off() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    let sam = p.staff();
    let pack = WriteOff {
        gtin: AMOXICILLIN,
        serial: "SN1",
        why: WriteOffReason::Stolen,
        note: None,
    };
    let e = p.store.write_off(&sam, &pack, now()).unwrap_err();
    assert_eq!(e.code(), "auth.forbidden", "{e:?}");
    assert_eq!(status_of(&p, "SN1"), UnitStatus::InStock);
    let admin = p.admin.clone();
    for (serial, name, role) in [("SN2", "quinn", Role::Qa), ("SN3", "mo", Role::Manager)] {
        scan(&mut p, Movement::Receive, serial);
        let user = p
            .store
            .add_user(&admin, name, name, role, None, now())
            .unwrap();
        let pack = WriteOff {
            serial,
            ..pack.clone()
        };
        assert!(p.store.write_off(&user, &pack, now()).is_ok(), "{role:?}");
    }
}

#[test]
fn a_stolen_pack_found_again_is_never_supplied() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    write_off(&mut p, "SN1", WriteOffReason::Stolen).unwrap();
    // Found on a shelf and received again (a receipt of a missing pack only warns).
    scan(&mut p, Movement::Receive, "SN1");
    assert_eq!(status_of(&p, "SN1"), UnitStatus::InStock);
    let v = crate::national::verdict_of(&mut p, Movement::Dispense, "SN1");
    assert_eq!(v.code, movement::Code::AlreadyDecommissioned, "{v:?}");
    assert!(v.recorded.is_none(), "a stolen pack is not supplied: {v:?}");
    assert!(
        v.message.contains("stolen"),
        "the verdict says why: {}",
        v.message
    );
    assert_eq!(
        requests(&p, "SN1"),
        [(
            NvsKind::Decommission,
            Some(NvsReason::Stolen),
            NvsState::Pending
        )],
        "nothing more is queued"
    );
    // A pack whose standing decommission is a supply (dispensed, returned after the undo
    // window) may still be dispensed: the rule is about why it left, not that it did.
    scan(&mut p, Movement::Receive, "SN2");
    scan(&mut p, Movement::Dispense, "SN2");
    assert_eq!(status_of(&p, "SN2"), UnitStatus::Dispensed);
    intact(&p);
}

#[test]
fn only_a_usable_pack_leaves_as_a_sample() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    let mut session = custody_core::movement::ScanSession::new(Movement::Quarantine, p.main.id);
    session.reason = Some("damaged".into());
    let input = custody_core::movement::ScanInput {
        raw: crate::national::pack("SN1"),
        ..Default::default()
    };
    let admin = p.admin.clone();
    let held = p.store.scan(&admin, &session, &input, now()).unwrap();
    assert!(held.recorded.is_some(), "{held:?}");
    let before = p.store.summary().unwrap();
    for why in [WriteOffReason::Sample, WriteOffReason::FreeSample] {
        let e = write_off(&mut p, "SN1", why).unwrap_err();
        assert_eq!(e.code(), "stock.sample_not_usable", "{why:?}: {e:?}");
        assert!(e.to_string().contains("quarantine"), "{e}");
    }
    assert_eq!(p.store.summary().unwrap(), before, "nothing was written");
    // A theft is recorded whatever the pack was.
    write_off(&mut p, "SN1", WriteOffReason::Stolen).unwrap();
    assert_eq!(status_of(&p, "SN1"), UnitStatus::Missing);
    intact(&p);
}
