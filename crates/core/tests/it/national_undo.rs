//! The undo of a returned pack's decommission (EU FMD): a pack dispensed and brought back unused
//! within the system's window gets an `undo` request, which the drainer holds until the
//! decommission before it is answered; past the window no undo is queued and the return says so;
//! an undo done lets a next dispense decommission the pack again.

use chrono::Duration;
use custody_core::movement::{Movement, Verdict};
use custody_core::national::{NvsAnswer, UNDO_WINDOW_DAYS};
use custody_core::*;

use crate::fixtures::{now, Pharmacy};
use crate::national::{due_at, intact, site, verdict_at, AMOXICILLIN};

pub(crate) fn days(n: i64) -> Timestamp {
    Timestamp(now().0 + Duration::days(n))
}

pub(crate) fn scan_at(p: &mut Pharmacy, m: Movement, serial: &str, at: Timestamp) -> Verdict {
    let v = verdict_at(p, m, serial, at);
    assert!(v.recorded.is_some(), "{m:?} of {serial} is recorded: {v:?}");
    v
}

/// The drainer sends `id` and reads `state` back, at `at`.
pub(crate) fn answer(p: &mut Pharmacy, id: i64, state: NvsState, at: Timestamp) {
    let drainer = p
        .store
        .system_principal(SystemPrincipal::Verification)
        .unwrap();
    p.store.nvs_mark_sent(&drainer, id).unwrap();
    let answer = NvsAnswer {
        state,
        code: Some(
            if state == NvsState::Done {
                "NMVS_SUCCESS"
            } else {
                "NMVS_NC_PCK_22"
            }
            .into(),
        ),
        words: None,
        alert_id: (state == NvsState::Alert).then(|| "A-1".into()),
    };
    p.store.nvs_record(&drainer, id, &answer, at).unwrap();
}

fn requests(p: &Pharmacy, serial: &str) -> Vec<(NvsKind, NvsState)> {
    let all = p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, serial)
        .unwrap();
    all.iter().map(|r| (r.kind, r.state)).collect()
}

#[test]
fn a_return_within_the_window_queues_an_undo_sent_once_after_the_decommission_is_answered() {
    let mut p = site("at_dispense");
    scan_at(&mut p, Movement::Receive, "SN1", now());
    scan_at(&mut p, Movement::Dispense, "SN1", now());
    scan_at(&mut p, Movement::Return, "SN1", days(2));
    assert_eq!(
        requests(&p, "SN1"),
        [
            (NvsKind::Decommission, NvsState::Pending),
            (NvsKind::Undo, NvsState::Pending)
        ],
        "the return queues an undo beside the decommission not yet sent"
    );
    let first = due_at(&p, days(2));
    assert_eq!(
        first.iter().map(|d| d.0).collect::<Vec<_>>(),
        [NvsKind::Decommission],
        "the undo is held while its decommission waits"
    );
    answer(&mut p, first[0].1, NvsState::Done, days(2));
    let next = due_at(&p, days(2));
    assert_eq!(
        next.iter().map(|d| d.0).collect::<Vec<_>>(),
        [NvsKind::Undo],
        "answered done, the undo is due"
    );
    answer(&mut p, next[0].1, NvsState::Done, days(2));
    assert!(
        due_at(&p, days(2)).is_empty(),
        "sent once: nothing more is due"
    );
    let undo = &p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
        .unwrap()[1];
    assert_eq!(
        undo.reason,
        Some(NvsReason::Supplied),
        "the undo of a supply"
    );
    intact(&p);
}

#[test]
fn the_drainer_does_not_wake_for_an_undo_held_behind_its_decommission() {
    let mut p = site("at_dispense");
    scan_at(&mut p, Movement::Receive, "SN1", now());
    scan_at(&mut p, Movement::Dispense, "SN1", now());
    scan_at(&mut p, Movement::Return, "SN1", now());
    let drainer = p
        .store
        .system_principal(SystemPrincipal::Verification)
        .unwrap();
    let id = due_at(&p, now())[0].1;
    p.store.nvs_mark_sent(&drainer, id).unwrap();
    let later = Timestamp(now().0 + Duration::hours(1));
    let retry = custody_core::national::NvsRetry {
        at: later,
        state: NvsState::Sent,
        code: None,
        words: Some("reply lost".into()),
    };
    p.store.nvs_schedule_retry(&drainer, id, &retry).unwrap();
    assert_eq!(
        p.store.nvs_next_due(&drainer).unwrap(),
        Some(later.utc_text()),
        "the next due is the decommission's retry, not the held undo"
    );
}

#[test]
fn a_return_after_the_window_queues_no_undo_and_says_so() {
    let mut p = site("at_dispense");
    scan_at(&mut p, Movement::Receive, "SN1", now());
    scan_at(&mut p, Movement::Dispense, "SN1", now());
    let id = due_at(&p, now())[0].1;
    answer(&mut p, id, NvsState::Done, now());
    let v = scan_at(&mut p, Movement::Return, "SN1", days(UNDO_WINDOW_DAYS + 1));
    assert!(
        v.sentences.iter().any(|s| s.key == "verdict.undo_too_late"),
        "the return is accepted and says the pack stays decommissioned: {v:?}"
    );
    assert_eq!(
        v.recorded.as_ref().map(|r| r.status),
        Some(UnitStatus::InStock),
        "the pack is back in stock"
    );
    assert_eq!(
        requests(&p, "SN1"),
        [(NvsKind::Decommission, NvsState::Done)],
        "no undo"
    );
    scan_at(
        &mut p,
        Movement::Dispense,
        "SN1",
        days(UNDO_WINDOW_DAYS + 2),
    );
    assert_eq!(
        requests(&p, "SN1").len(),
        1,
        "dispensed again, it is not decommissioned a second time"
    );
    intact(&p);
}

#[test]
fn an_undo_done_lets_a_next_dispense_decommission_again() {
    let mut p = site("at_dispense");
    scan_at(&mut p, Movement::Receive, "SN1", now());
    scan_at(&mut p, Movement::Dispense, "SN1", now());
    let id = due_at(&p, now())[0].1;
    answer(&mut p, id, NvsState::Done, now());
    scan_at(&mut p, Movement::Return, "SN1", days(1));
    let undo = due_at(&p, days(1));
    assert_eq!(
        undo.iter().map(|d| d.0).collect::<Vec<_>>(),
        [NvsKind::Undo]
    );
    answer(&mut p, undo[0].1, NvsState::Done, days(1));
    scan_at(&mut p, Movement::Dispense, "SN1", days(3));
    let again = due_at(&p, days(3));
    assert_eq!(
        again.iter().map(|d| d.0).collect::<Vec<_>>(),
        [NvsKind::Decommission],
        "the pack is active again nationally: its new supply is decommissioned"
    );
    intact(&p);
}

#[test]
fn a_dispense_again_before_the_undo_is_answered_waits_behind_it() {
    let mut p = site("at_dispense");
    scan_at(&mut p, Movement::Receive, "SN1", now());
    scan_at(&mut p, Movement::Dispense, "SN1", now());
    scan_at(&mut p, Movement::Return, "SN1", now());
    scan_at(&mut p, Movement::Dispense, "SN1", days(1));
    let kinds = |p: &Pharmacy| due_at(p, days(1)).iter().map(|d| d.0).collect::<Vec<_>>();
    assert_eq!(
        kinds(&p),
        [NvsKind::Decommission],
        "the first decommission alone"
    );
    let first = due_at(&p, days(1))[0].1;
    answer(&mut p, first, NvsState::Done, days(1));
    assert_eq!(kinds(&p), [NvsKind::Undo], "then its undo");
    let undo = due_at(&p, days(1))[0].1;
    answer(&mut p, undo, NvsState::Done, days(1));
    assert_eq!(kinds(&p), [NvsKind::Decommission], "then the second supply");
}

#[test]
fn an_undo_whose_decommission_ended_in_an_alert_is_failed_not_sent() {
    let mut p = site("at_dispense");
    scan_at(&mut p, Movement::Receive, "SN1", now());
    scan_at(&mut p, Movement::Dispense, "SN1", now());
    scan_at(&mut p, Movement::Return, "SN1", now());
    let id = due_at(&p, now())[0].1;
    answer(&mut p, id, NvsState::Alert, now());
    assert!(due_at(&p, now()).is_empty(), "the undo is not sent");
    let all = p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
        .unwrap();
    let undo = &all[1];
    assert_eq!(
        (undo.kind, undo.state, undo.attempts),
        (NvsKind::Undo, NvsState::Failed, 0),
        "it ends failed, never sent"
    );
    assert!(
        undo.words
            .as_deref()
            .is_some_and(|w| w.contains("ended alert")),
        "and says why: {:?}",
        undo.words
    );
    assert!(undo.result_seq.is_some(), "its end is on the ledger");
    intact(&p);
}

#[test]
fn a_second_supply_failed_behind_a_refused_undo_is_not_tried_again() {
    let mut p = site("at_dispense");
    scan_at(&mut p, Movement::Receive, "SN1", now());
    scan_at(&mut p, Movement::Dispense, "SN1", now());
    scan_at(&mut p, Movement::Return, "SN1", now());
    scan_at(&mut p, Movement::Dispense, "SN1", days(1));
    let first = due_at(&p, days(1))[0].1;
    answer(&mut p, first, NvsState::Done, days(1));
    let undo = due_at(&p, days(1))[0].1;
    answer(&mut p, undo, NvsState::Failed, days(1));
    let all = p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
        .unwrap();
    let second = all
        .iter()
        .rev()
        .find(|r| r.kind == NvsKind::Decommission)
        .expect("the second supply's decommission");
    assert_eq!(
        second.state,
        NvsState::Failed,
        "ended behind the refused undo"
    );
    let admin = p.admin.clone();
    let refused = p.store.nvs_retry(&admin, second.id, days(1)).unwrap_err();
    assert_eq!(
        refused.code(),
        "national.retry_decommission_stands",
        "the first decommission still stands: a second would be a falsification alert"
    );
    assert!(due_at(&p, days(1)).is_empty(), "nothing queued");
    intact(&p);
}
