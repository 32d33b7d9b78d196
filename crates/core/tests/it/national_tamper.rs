//! The anti-tampering device check at a dispense (EU FMD): intact, the dispense goes on and its
//! decommission carries the check (`atd=intact` on the request's reference); broken, the pack is
//! not supplied but marked suspect into quarantine in one transaction, nothing is decommissioned,
//! and a site checking at dispense queues a verification carrying `atd=broken`.

use custody_core::movement::{Code, Level, Movement, ScanInput, ScanSession, Verdict};
use custody_core::national::RequestReference;
use custody_core::*;

use crate::fixtures::now;
use crate::national::{intact, kinds_of, pack, scan, site, AMOXICILLIN};

fn dispense(
    p: &mut crate::fixtures::Pharmacy,
    serial: &str,
    tamper: Option<TamperCheck>,
) -> Verdict {
    let session = ScanSession::new(Movement::Dispense, p.main.id);
    let input = ScanInput {
        raw: pack(serial),
        tamper,
        ..ScanInput::default()
    };
    let admin = p.admin.clone();
    p.store.scan(&admin, &session, &input, now()).unwrap()
}

/// The references of the pack's `nvs_request` events, oldest first.
fn requests_said(p: &crate::fixtures::Pharmacy, serial: &str) -> Vec<RequestReference> {
    let h = p
        .store
        .unit_history(&p.admin, AMOXICILLIN, serial, now().local_date())
        .unwrap();
    h.events
        .iter()
        .filter(|e| e.kind == EventKind::NvsRequest)
        .map(|e| RequestReference::parse(e.reference.as_deref().unwrap_or_default()).unwrap())
        .collect()
}

#[test]
fn an_intact_seal_dispenses_and_the_decommission_carries_the_check() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    scan(&mut p, Movement::Receive, "SN2");
    let v = dispense(&mut p, "SN1", Some(TamperCheck::Intact));
    assert_eq!(
        v.verdict,
        Level::Accepted,
        "an intact seal changes nothing: {v:?}"
    );
    let said = requests_said(&p, "SN1");
    assert_eq!(said.len(), 1, "one decommission");
    assert_eq!(
        (said[0].kind, said[0].atd),
        (NvsKind::Decommission, Some(TamperCheck::Intact)),
        "the pack's history shows the check on its decommission"
    );
    dispense(&mut p, "SN2", None);
    let said = requests_said(&p, "SN2");
    assert_eq!(said[0].atd, None, "no check given, none said");
    assert!(
        !said[0].text().contains("atd"),
        "and the reference is written in seven tokens, as before"
    );
    intact(&p);
}

#[test]
fn a_broken_seal_holds_the_pack_as_suspect_and_decommissions_nothing() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    let v = dispense(&mut p, "SN1", Some(TamperCheck::Broken));
    assert_eq!(
        (v.verdict, v.code),
        (Level::Blocked, Code::TamperBroken),
        "the dispense is refused with its own code: {v:?}"
    );
    let rec = v.recorded.as_ref().expect("the hold is recorded");
    assert!(rec.held, "held, not dispensed");
    assert_eq!(rec.status, UnitStatus::Quarantined);
    assert_eq!(
        rec.location.as_deref(),
        Some("QUAR"),
        "in the site's quarantine area"
    );
    let h = p
        .store
        .unit_history(&p.admin, AMOXICILLIN, "SN1", now().local_date())
        .unwrap();
    let hold = h.events.iter().find(|e| e.kind == EventKind::MarkSuspect);
    assert_eq!(
        hold.and_then(|e| e.reason.as_deref()),
        Some("suspect: anti-tampering device broken"),
        "the pack's history says why it was held"
    );
    assert_eq!(
        kinds_of(&p, "SN1"),
        [
            EventKind::Receive,
            EventKind::MarkSuspect,
            EventKind::NvsRequest
        ],
        "no dispense: the hold, then its verification"
    );
    let queued = p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
        .unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(
        queued[0].kind,
        NvsKind::Verify,
        "a verification, no decommission"
    );
    assert_eq!(
        requests_said(&p, "SN1")[0].atd,
        Some(TamperCheck::Broken),
        "the national record hears of the broken seal"
    );
    let again = dispense(&mut p, "SN1", None);
    assert!(
        again.recorded.is_none() && again.code == Code::Quarantined,
        "the held pack cannot be dispensed afterwards: {again:?}"
    );
    intact(&p);
}

#[test]
fn a_broken_seal_where_nothing_is_checked_nationally_is_still_held_and_queues_nothing() {
    for check in ["off", "at_receipt"] {
        let mut p = site(check);
        scan(&mut p, Movement::Receive, "SN1");
        let v = dispense(&mut p, "SN1", Some(TamperCheck::Broken));
        assert!(
            v.recorded.as_ref().is_some_and(|r| r.held),
            "{check}: held in quarantine all the same: {v:?}"
        );
        assert!(
            p.store
                .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
                .unwrap()
                .is_empty(),
            "{check}: nothing queued"
        );
    }
}

#[test]
fn a_broken_seal_on_a_pack_not_held_here_records_nothing() {
    let mut p = site("at_dispense");
    let v = dispense(&mut p, "SN9", Some(TamperCheck::Broken));
    assert!(v.is_blocked(), "blocked: {v:?}");
    assert!(
        v.recorded.is_none(),
        "a pack never received is not held from a dispense"
    );
    let unknown = p
        .store
        .unit_history(&p.admin, AMOXICILLIN, "SN9", now().local_date())
        .unwrap_err();
    assert_eq!(
        unknown.code(),
        "stock.pack_unknown",
        "nothing on the ledger"
    );
}

#[test]
fn a_tamper_check_anywhere_but_a_dispense_is_refused() {
    let mut p = site("at_dispense");
    let mut session = ScanSession::new(Movement::Receive, p.main.id);
    session.counterparty = Some(p.supplier.id);
    let input = ScanInput {
        raw: pack("SN1"),
        tamper: Some(TamperCheck::Intact),
        ..ScanInput::default()
    };
    let admin = p.admin.clone();
    let e = p.store.scan(&admin, &session, &input, now()).unwrap_err();
    assert_eq!(e.code(), "movement.tamper_only_at_dispense");
    let unknown = p
        .store
        .unit_history(&p.admin, AMOXICILLIN, "SN1", now().local_date())
        .unwrap_err();
    assert_eq!(unknown.code(), "stock.pack_unknown", "nothing recorded");
}

#[test]
fn a_refused_request_tried_again_says_the_seal_check_again() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    dispense(&mut p, "SN1", Some(TamperCheck::Intact));
    let id =
        crate::national::answer_oldest_due(&mut p, NvsState::Failed, "HTTP_400", Some("refused"));
    let admin = p.admin.clone();
    p.store.nvs_retry(&admin, id, now()).unwrap();
    let said = requests_said(&p, "SN1");
    assert_eq!(said.len(), 2, "the decommission and its retry");
    assert_eq!(
        (said[1].kind, said[1].atd),
        (NvsKind::Decommission, Some(TamperCheck::Intact)),
        "the retry carries the check the person made at the dispense"
    );
    intact(&p);
}

#[test]
fn a_broken_seal_is_held_even_when_an_earlier_expiry_is_on_the_shelf() {
    let mut p = site("at_dispense");
    let earlier = format!("]d2010950600013435217271231{}LOT41\u{1d}21SN0", "10");
    let mut session = ScanSession::new(Movement::Receive, p.main.id);
    session.counterparty = Some(p.supplier.id);
    let admin = p.admin.clone();
    let input = ScanInput {
        raw: earlier,
        ..ScanInput::default()
    };
    let received = p.store.scan(&admin, &session, &input, now()).unwrap();
    assert!(received.recorded.is_some(), "{received:?}");
    scan(&mut p, Movement::Receive, "SN1");
    let v = dispense(&mut p, "SN1", Some(TamperCheck::Broken));
    assert_eq!(
        v.code,
        Code::TamperBroken,
        "no question about the earlier expiry first: {v:?}"
    );
    assert!(
        v.recorded.as_ref().is_some_and(|r| r.held),
        "the pack is held, not left on the shelf: {v:?}"
    );
    intact(&p);
}

#[test]
fn a_broken_seal_on_a_pack_already_supplied_brings_nothing_back() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    dispense(&mut p, "SN1", None);
    let v = dispense(&mut p, "SN1", Some(TamperCheck::Broken));
    assert!(v.recorded.is_none(), "nothing recorded: {v:?}");
    let u = p.store.unit(&p.admin, AMOXICILLIN, "SN1").unwrap();
    assert_eq!(
        u.status,
        UnitStatus::Dispensed,
        "a supplied pack does not come back into quarantine"
    );
    assert!(
        !kinds_of(&p, "SN1").contains(&EventKind::MarkSuspect),
        "no hold on its history"
    );
    intact(&p);
}

#[test]
fn a_broken_seals_verification_waits_behind_the_undo_it_follows() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    dispense(&mut p, "SN1", None);
    scan(&mut p, Movement::Return, "SN1");
    dispense(&mut p, "SN1", Some(TamperCheck::Broken));
    let kinds = |p: &crate::fixtures::Pharmacy| {
        crate::national::due_at(p, now())
            .into_iter()
            .map(|d| d.0)
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds(&p), [NvsKind::Decommission], "the supply first");
    let first = crate::national::due_at(&p, now())[0].1;
    crate::national::answer_oldest_due(&mut p, NvsState::Done, "NMVS_SUCCESS", None);
    assert_eq!(
        kinds(&p),
        [NvsKind::Undo],
        "then its undo, the verification behind it"
    );
    let undo = crate::national::due_at(&p, now())[0].1;
    assert!(undo > first);
    crate::national::answer_oldest_due(&mut p, NvsState::Done, "NMVS_SUCCESS", None);
    assert_eq!(
        kinds(&p),
        [NvsKind::Verify],
        "the verification once the pack is active again"
    );
    intact(&p);
}
