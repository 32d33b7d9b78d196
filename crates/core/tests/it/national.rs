//! National verification on the site's side (issue #25): a dispense at a site that checks at
//! dispense queues its decommission in its own transaction, the requests and answers are ledger
//! events in the pack's history, and an alert quarantines a pack still held here.

use custody_core::movement::{Movement, ScanInput, ScanSession};
use custody_core::national::{NvsAnswer, NvsRetry};
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

const GS: char = '\u{1d}';
pub(crate) const AMOXICILLIN: &str = "09506000134352";

pub(crate) fn pack(serial: &str) -> String {
    format!("]d2010950600013435217281231{}LOT42{GS}21{serial}", "10")
}

pub(crate) fn site(check: &str) -> Pharmacy {
    site_in("EU-DE", check)
}

pub(crate) fn site_in(market: &str, check: &str) -> Pharmacy {
    let mut p = pharmacy();
    p.store
        .add_location(&p.admin, "QUAR", "Quarantine", LocationKind::Quarantine)
        .unwrap();
    let admin = p.admin.clone();
    p.store
        .set_national_settings(&admin, Some(market), check, None, now())
        .unwrap();
    p
}

pub(crate) fn scan(p: &mut Pharmacy, m: Movement, serial: &str) {
    let v = verdict_of(p, m, serial);
    assert!(
        v.recorded.is_some(),
        "{m:?} of {serial} must be recorded: {v:?}"
    );
}

pub(crate) fn verdict_of(
    p: &mut Pharmacy,
    m: Movement,
    serial: &str,
) -> custody_core::movement::Verdict {
    verdict_at(p, m, serial, now())
}

/// A scan of `serial` at the main location, from the supplier, at `at`: its verdict.
pub(crate) fn verdict_at(
    p: &mut Pharmacy,
    m: Movement,
    serial: &str,
    at: Timestamp,
) -> custody_core::movement::Verdict {
    let mut session = ScanSession::new(m, p.main.id);
    session.counterparty = Some(p.supplier.id);
    let input = ScanInput {
        raw: pack(serial),
        ..ScanInput::default()
    };
    let admin = p.admin.clone();
    p.store.scan(&admin, &session, &input, at).unwrap()
}

/// What the drainer finds due at `at`: (kind, id), in the order it would send them.
pub(crate) fn due_at(p: &Pharmacy, at: Timestamp) -> Vec<(NvsKind, i64)> {
    let drainer = p
        .store
        .system_principal(SystemPrincipal::Verification)
        .unwrap();
    let due = p.store.nvs_due(&drainer, at).unwrap();
    due.iter().map(|r| (r.kind, r.id)).collect()
}

pub(crate) fn kinds_of(p: &Pharmacy, serial: &str) -> Vec<EventKind> {
    let h = p
        .store
        .unit_history(&p.admin, AMOXICILLIN, serial, now().local_date())
        .unwrap();
    h.events.iter().map(|e| e.kind).collect()
}

/// The drainer answers the oldest due request with `state` and `code` (and, for an alert, an
/// alert id), as it would after a send; answers the request's id.
pub(crate) fn answer_oldest_due(
    p: &mut Pharmacy,
    state: NvsState,
    code: &str,
    words: Option<&str>,
) -> i64 {
    let drainer = p
        .store
        .system_principal(SystemPrincipal::Verification)
        .unwrap();
    let id = p.store.nvs_due(&drainer, now()).unwrap()[0].id;
    p.store.nvs_mark_sent(&drainer, id).unwrap();
    let answer = NvsAnswer {
        state,
        code: Some(code.into()),
        words: words.map(Into::into),
        alert_id: (state == NvsState::Alert).then(|| "A-77".into()),
    };
    p.store.nvs_record(&drainer, id, &answer, now()).unwrap();
    id
}

pub(crate) fn intact(p: &Pharmacy) {
    let r = p.store.verify(&p.admin).unwrap();
    assert!(
        r.is_intact(),
        "the ledger must stay intact: {:?}",
        r.findings
    );
}

#[test]
fn a_dispense_at_an_eu_site_queues_one_decommission_in_its_own_transaction() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    scan(&mut p, Movement::Receive, "SN2");
    scan(&mut p, Movement::Dispense, "SN1");
    let queued = p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
        .unwrap();
    assert_eq!(queued.len(), 1, "one decommission for the dispensed pack");
    let q = &queued[0];
    assert_eq!(
        (q.kind, q.reason, q.state, q.market.as_str()),
        (
            NvsKind::Decommission,
            Some(NvsReason::Supplied),
            NvsState::Pending,
            "EU-DE"
        ),
        "a decommission as supplied, waiting, for the site's market"
    );
    assert_eq!(
        (q.lot.as_deref(), q.expiry.map(|d| d.to_string())),
        (Some("LOT42"), Some("2028-12-31".to_string())),
        "the pack key as the ledger knows it"
    );
    assert_eq!(
        kinds_of(&p, "SN1"),
        [
            EventKind::Receive,
            EventKind::Dispense,
            EventKind::NvsRequest
        ],
        "the request shows in the pack's history, right after its dispense"
    );
    assert!(
        p.store
            .nvs_requests_of(&p.admin, AMOXICILLIN, "SN2")
            .unwrap()
            .is_empty(),
        "a pack still in stock has nothing queued"
    );
    intact(&p);
}

#[test]
fn a_site_that_does_not_check_at_dispense_queues_nothing() {
    for check in ["off", "at_receipt"] {
        let mut p = site(check);
        scan(&mut p, Movement::Receive, "SN1");
        scan(&mut p, Movement::Dispense, "SN1");
        assert!(
            p.store
                .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
                .unwrap()
                .is_empty(),
            "{check}: no decommission"
        );
    }
}

#[test]
fn bad_national_settings_are_refused_and_keep_the_last_good_ones() {
    let mut p = site("at_dispense");
    let admin = p.admin.clone();
    let e = p
        .store
        .set_national_settings(&admin, Some("US"), "at_dispense", None, now())
        .unwrap_err();
    assert_eq!(
        e.code(),
        "national.dispense_needs_eu",
        "the US takes no decommissions"
    );
    assert_eq!(
        p.store.national_settings().unwrap().check,
        NationalCheck::AtDispense,
        "a refused change changes nothing"
    );
}

#[test]
fn the_answers_are_ledger_events_and_an_alert_quarantines_a_held_pack_as_suspect() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    scan(&mut p, Movement::Dispense, "SN1");
    // Back from the ward unused before the network came back: held here when the alert comes.
    scan(&mut p, Movement::Return, "SN1");
    let drainer = p
        .store
        .system_principal(SystemPrincipal::Verification)
        .unwrap();
    let due = p.store.nvs_due(&drainer, now()).unwrap();
    assert_eq!(due.len(), 1, "the decommission is due at once");
    let id = due[0].id;
    assert!(
        p.store.nvs_due(&p.admin, now()).is_err(),
        "only the drainer works the queue"
    );
    p.store.nvs_mark_sent(&drainer, id).unwrap();
    let later = Timestamp(now().0 + chrono::Duration::seconds(30));
    let retry = NvsRetry {
        at: later,
        state: NvsState::Sent,
        code: None,
        words: Some("reply lost".into()),
    };
    p.store.nvs_schedule_retry(&drainer, id, &retry).unwrap();
    assert!(
        p.store.nvs_due(&drainer, now()).unwrap().is_empty(),
        "it waits"
    );
    let alert = NvsAnswer {
        state: NvsState::Alert,
        code: Some("NMVS_NC_PCK_19".into()),
        words: Some("pack already decommissioned".into()),
        alert_id: Some("UAID-1".into()),
    };
    p.store.nvs_record(&drainer, id, &alert, later).unwrap();
    let h = p
        .store
        .unit_history(&p.admin, AMOXICILLIN, "SN1", now().local_date())
        .unwrap();
    assert_eq!(
        h.unit.status,
        UnitStatus::Quarantined,
        "an alert quarantines the pack"
    );
    assert!(
        h.flags.iter().any(|f| f == "suspect") && h.flags.iter().any(|f| f == "national_alert"),
        "and it is suspect because of the national alert: {:?}",
        h.flags
    );
    let answer = h
        .events
        .iter()
        .find(|e| e.kind == EventKind::NvsResult)
        .unwrap();
    assert_eq!(
        (answer.reference.as_deref(), answer.actor.as_str()),
        (
            Some(format!("{id} alert NMVS_NC_PCK_19 UAID-1").as_str()),
            "custody:verification"
        ),
        "the answer names the request, code and alert id, by the drainer"
    );
    assert_eq!(
        h.events.last().map(|e| e.kind),
        Some(EventKind::MarkSuspect),
        "the hold follows the answer"
    );
    let row = &p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
        .unwrap()[0];
    assert_eq!(
        (row.state, row.attempts, row.alert_id.as_deref()),
        (NvsState::Alert, 1, Some("UAID-1")),
        "the row ends in alert"
    );
    assert!(
        p.store.nvs_record(&drainer, id, &alert, later).is_err(),
        "an answered request is not answered twice"
    );
    intact(&p);
}

#[test]
fn verify_rebuilds_the_outbox_from_the_ledger_and_reports_a_row_changed_or_deleted() {
    let mut p = site("at_dispense");
    for s in ["SN1", "SN2", "SN3"] {
        scan(&mut p, Movement::Receive, s);
        scan(&mut p, Movement::Dispense, s);
    }
    let drainer = p
        .store
        .system_principal(SystemPrincipal::Verification)
        .unwrap();
    let done = NvsAnswer {
        state: NvsState::Done,
        code: None,
        words: None,
        alert_id: None,
    };
    p.store.nvs_record(&drainer, 1, &done, now()).unwrap();
    intact(&p);
    let findings = |p: &Pharmacy| -> Vec<String> {
        let r = p.store.verify(&p.admin).unwrap();
        r.findings.iter().map(|f| f.message.clone()).collect()
    };
    p.sqlite()
        .execute("UPDATE nvs_request SET serial = 'SN9' WHERE id = 2", [])
        .unwrap();
    let found = findings(&p);
    assert!(
        found
            .iter()
            .any(|m| m.contains("request 2") && m.contains("changed behind")),
        "a pack key changed in the outbox is reported: {found:?}"
    );
    p.sqlite()
        .execute("UPDATE nvs_request SET serial = 'SN2' WHERE id = 2", [])
        .unwrap();
    p.sqlite()
        .execute("UPDATE nvs_request SET alert_id = 'FAKE' WHERE id = 1", [])
        .unwrap();
    let found = findings(&p);
    assert!(
        found
            .iter()
            .any(|m| m.contains("request 1") && m.contains("answer event")),
        "an answer changed in the outbox is reported: {found:?}"
    );
    p.sqlite()
        .execute("UPDATE nvs_request SET alert_id = NULL WHERE id = 1", [])
        .unwrap();
    intact(&p);
    p.sqlite()
        .execute("DELETE FROM nvs_request WHERE id = 2", [])
        .unwrap();
    let found = findings(&p);
    assert!(
        found
            .iter()
            .any(|m| m.contains("requests 2 to 2 are missing")),
        "a deleted row is reported by the gap it leaves: {found:?}"
    );
}

#[test]
fn an_incremental_verify_compares_the_requests_answered_since_its_checkpoint() {
    use custody_core::ledger::verify::{VerifyRequest, VerifyScope};
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    scan(&mut p, Movement::Dispense, "SN1");
    let admin = p.admin.clone();
    let ask = |scope| VerifyRequest {
        scope,
        record_checkpoint: true,
    };
    let full = p
        .store
        .verify_as(&admin, ask(VerifyScope::Full), now())
        .unwrap();
    assert!(full.is_intact(), "{:?}", full.findings);
    let drainer = p
        .store
        .system_principal(SystemPrincipal::Verification)
        .unwrap();
    let done = NvsAnswer {
        state: NvsState::Done,
        code: Some("NMVS_SUCCESS".into()),
        words: None,
        alert_id: None,
    };
    p.store.nvs_record(&drainer, 1, &done, now()).unwrap();
    p.sqlite()
        .execute("UPDATE nvs_request SET return_code = 'X' WHERE id = 1", [])
        .unwrap();
    let since = p
        .store
        .verify_as(&admin, ask(VerifyScope::Incremental), now())
        .unwrap();
    assert!(
        since
            .findings
            .iter()
            .any(|f| f.message.contains("request 1") && f.message.contains("answer event")),
        "a request answered after the checkpoint is compared: {:?}",
        since.findings
    );
}

#[test]
fn a_us_site_verifying_at_receipt_queues_a_verification_of_a_pack_received_as_suspect() {
    let mut p = site_in("US", "at_receipt");
    scan(&mut p, Movement::Receive, "SN1");
    assert!(
        p.store
            .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
            .unwrap()
            .is_empty(),
        "a good receipt asks nothing"
    );
    // The same serial again, said to be a second pack: a clone, held as suspect on receipt.
    let mut session = ScanSession::new(Movement::Receive, p.main.id);
    session.counterparty = Some(p.supplier.id);
    let input = ScanInput {
        raw: pack("SN1"),
        another_pack: true,
        ..ScanInput::default()
    };
    let admin = p.admin.clone();
    let v = p.store.scan(&admin, &session, &input, now()).unwrap();
    assert!(
        v.recorded.is_some(),
        "the suspect pack is recorded into quarantine: {v:?}"
    );
    let queued = p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
        .unwrap();
    assert_eq!(
        queued
            .iter()
            .map(|q| (q.kind, q.reason, q.market.as_str()))
            .collect::<Vec<_>>(),
        [(NvsKind::Verify, None, "US")],
        "one verification with the router, nothing to decommission"
    );
    assert_eq!(
        kinds_of(&p, "SN1").last(),
        Some(&EventKind::NvsRequest),
        "queued with the hold, in the pack's history"
    );
    intact(&p);
}

#[test]
fn a_decommission_that_ended_unresolved_stands_against_a_second_one() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    scan(&mut p, Movement::Dispense, "SN1");
    let refused = Some("the request was refused");
    answer_oldest_due(&mut p, NvsState::Failed, "HTTP_400", refused);
    // Back from the ward, then dispensed again: whether the first decommission reached the
    // national system is for a person to find out, not for a second one to test.
    scan(&mut p, Movement::Return, "SN1");
    scan(&mut p, Movement::Dispense, "SN1");
    let queued = p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
        .unwrap();
    assert_eq!(
        queued.iter().map(|q| q.state).collect::<Vec<_>>(),
        [NvsState::Failed],
        "no second decommission is queued behind one that ended unresolved"
    );
    intact(&p);
}

#[test]
fn a_failed_request_is_queued_again_as_a_new_one_on_the_ledger() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    scan(&mut p, Movement::Dispense, "SN1");
    let refused = Some("the request was refused");
    let id = answer_oldest_due(&mut p, NvsState::Failed, "HTTP_400", refused);
    let summary = p.store.nvs_summary(&p.admin, now()).unwrap();
    assert_eq!((summary.pending, summary.failed), (0, 1));
    let again = p.store.nvs_retry(&p.admin, id, now()).unwrap();
    assert_ne!(again, id, "a new request, the failed one kept as it ended");
    let queued = p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
        .unwrap();
    assert_eq!(
        queued.iter().map(|q| q.state).collect::<Vec<_>>(),
        [NvsState::Failed, NvsState::Pending]
    );
    assert_eq!(queued[1].kind, queued[0].kind);
    assert_eq!(queued[1].reason, queued[0].reason);
    assert!(
        p.store.nvs_retry(&p.admin, again, now()).is_err(),
        "a waiting request is not queued twice"
    );
    let twice = p.store.nvs_retry(&p.admin, id, now()).unwrap_err();
    assert_eq!(
        twice.code(),
        "national.retry_queued",
        "the failed one once only: its retry stands in its place"
    );
    let failed = p
        .store
        .nvs_queue(&p.admin, custody_core::national::NvsShown::Failed, 10)
        .unwrap();
    assert_eq!(failed.len(), 1);
    intact(&p);
}

#[test]
fn an_eu_site_checking_at_dispense_decommissions_a_destroyed_pack_as_destroyed() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    let admin = p.admin.clone();
    let mut destroy = ScanSession::new(Movement::Destroy, p.main.id);
    destroy.reason = Some("damaged".into());
    destroy.signature = Some(p.sign(&admin, SignatureMeaning::Performed));
    let input = ScanInput {
        raw: pack("SN1"),
        ..ScanInput::default()
    };
    let v = p.store.scan(&admin, &destroy, &input, now()).unwrap();
    assert!(v.recorded.is_some(), "{v:?}");
    let queued = p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
        .unwrap();
    assert_eq!(queued.len(), 1, "{queued:?}");
    assert_eq!(
        (queued[0].kind, queued[0].reason),
        (NvsKind::Decommission, Some(NvsReason::Destroyed))
    );
    intact(&p);
}

#[test]
fn a_hospital_decommissioning_at_receipt_queues_each_pack_received_and_nothing_at_dispense() {
    let mut p = site("decommission_at_receipt");
    for s in ["SN1", "SN2"] {
        scan(&mut p, Movement::Receive, s);
    }
    scan(&mut p, Movement::Dispense, "SN1");
    for s in ["SN1", "SN2"] {
        let queued = p.store.nvs_requests_of(&p.admin, AMOXICILLIN, s).unwrap();
        assert_eq!(
            queued
                .iter()
                .map(|q| (q.kind, q.reason))
                .collect::<Vec<_>>(),
            [(NvsKind::Decommission, Some(NvsReason::Supplied))],
            "{s}: decommissioned once, at receipt"
        );
    }
    let drainer = p
        .store
        .system_principal(SystemPrincipal::Verification)
        .unwrap();
    assert_eq!(
        p.store.nvs_due(&drainer, now()).unwrap().len(),
        2,
        "both due together: the drainer sends them in one bulk request"
    );
    intact(&p);
}

#[test]
fn an_alert_on_a_pack_already_supplied_names_its_dispense_for_the_follow_up() {
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    scan(&mut p, Movement::Dispense, "SN1");
    let words = Some("pack already decommissioned");
    answer_oldest_due(&mut p, NvsState::Alert, "NMVS_NC_PC_02", words);
    assert_eq!(
        p.store.unit(&p.admin, AMOXICILLIN, "SN1").unwrap().status,
        UnitStatus::Dispensed,
        "a pack supplied is not moved by an alert"
    );
    let summary = p.store.nvs_summary(&p.admin, now()).unwrap();
    assert_eq!((summary.alerts, summary.alerts_after_supply), (1, 1));
    let alerts = p
        .store
        .nvs_queue(&p.admin, custody_core::national::NvsShown::Alerts, 10)
        .unwrap();
    let supplied = alerts[0].supplied.as_ref().expect("its dispense is named");
    assert_eq!(supplied.location.as_deref(), Some("MAIN"));
    assert_eq!(supplied.by, p.admin.name);
    let history = p
        .store
        .unit_history(&p.admin, AMOXICILLIN, "SN1", now().local_date())
        .unwrap();
    let dispense = history
        .events
        .iter()
        .find(|e| e.kind == EventKind::Dispense)
        .unwrap();
    assert_eq!(
        supplied.seq, dispense.seq,
        "the follow-up starts at the dispense"
    );
    intact(&p);
}

#[test]
fn a_restore_from_the_hub_puts_the_queue_back_with_what_was_unanswered_to_be_verified_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = site("at_dispense");
    let admin = p.admin.clone();
    p.store
        .record_enrolment(
            &admin,
            &custody_core::sync::Enrolment {
                hub: "https://hub.example:8443".into(),
                key_seed: [9; 32],
                token: "t".into(),
                again: false,
            },
            now(),
        )
        .unwrap();
    for s in ["SN1", "SN2"] {
        scan(&mut p, Movement::Receive, s);
    }
    let backup = dir.path().join("backup.db");
    rusqlite::Connection::open(p.store.path())
        .unwrap()
        .execute("VACUUM INTO ?1", [backup.to_str().unwrap()])
        .unwrap();
    let at_backup = p.store.sync_status(&admin).unwrap().last_seq;
    for s in ["SN1", "SN2"] {
        scan(&mut p, Movement::Dispense, s);
    }
    let first = answer_oldest_due(&mut p, NvsState::Done, "NMVS_SUCCESS", None);

    let mut pulled = Vec::new();
    loop {
        let batch = p
            .store
            .outbox(&admin, at_backup + pulled.len() as i64)
            .unwrap();
        if batch.events.is_empty() {
            break;
        }
        pulled.extend(batch.events);
    }
    let mut restored = Store::open(&backup).unwrap();
    restored
        .restore_from_hub_events(&admin, &pulled, now())
        .unwrap();
    let states = |s: &Store, serial: &str| -> Vec<(i64, NvsState)> {
        s.nvs_requests_of(&admin, AMOXICILLIN, serial)
            .unwrap()
            .iter()
            .map(|q| (q.id, q.state))
            .collect()
    };
    assert_eq!(
        states(&restored, "SN1"),
        states(&p.store, "SN1"),
        "answered, as it was"
    );
    assert_eq!(
        states(&restored, "SN2"),
        [(first + 1, NvsState::Sent)],
        "unanswered: whether it left is not known, so it is verified before anything is sent again"
    );
    let report = restored.verify(&admin).unwrap();
    assert!(report.is_intact(), "{:?}", report.findings);
}

#[test]
fn a_site_sets_its_decommission_window_and_the_queue_warns_before_it_runs_out() {
    let mut p = site("at_dispense");
    let admin = p.admin.clone();
    let refused = p
        .store
        .set_national_settings(&admin, Some("EU-DE"), "at_dispense", Some(0), now())
        .unwrap_err();
    assert_eq!(refused.code(), "national.window_invalid");
    let chosen = p
        .store
        .set_national_settings(&admin, Some("EU-DE"), "at_dispense", Some(4), now())
        .unwrap();
    assert_eq!(chosen.window_hours, 4);
    let kept = p
        .store
        .set_national_settings(&admin, Some("EU-DE"), "at_dispense", None, now())
        .unwrap();
    assert_eq!(kept.window_hours, 4, "left out, the window stays as chosen");
    scan(&mut p, Movement::Receive, "SN1");
    scan(&mut p, Movement::Dispense, "SN1");
    let at = |minutes: i64| Timestamp(now().0 + chrono::Duration::minutes(minutes));
    let early = p.store.nvs_summary(&admin, at(170)).unwrap();
    assert!(!early.window_warning, "{early:?}");
    let late = p.store.nvs_summary(&admin, at(180)).unwrap();
    assert!(
        late.window_warning,
        "a quarter of a 4 h window before its end: {late:?}"
    );
}

#[test]
fn a_pack_there_before_the_site_decommissioned_at_receipt_is_decommissioned_at_dispense() {
    let mut p = site("off");
    scan(&mut p, Movement::Receive, "SN1");
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
    scan(&mut p, Movement::Dispense, "SN1");
    let queued = p
        .store
        .nvs_requests_of(&p.admin, AMOXICILLIN, "SN1")
        .unwrap();
    assert_eq!(
        queued
            .iter()
            .map(|q| (q.kind, q.reason))
            .collect::<Vec<_>>(),
        [(NvsKind::Decommission, Some(NvsReason::Supplied))],
        "never supplied undecommissioned"
    );
    intact(&p);
}

#[test]
fn a_backup_put_back_holds_its_unsent_decommissions_as_sent_so_they_are_verified_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = site("at_dispense");
    scan(&mut p, Movement::Receive, "SN1");
    scan(&mut p, Movement::Dispense, "SN1");
    let backup = dir.path().join("backup.db");
    rusqlite::Connection::open(p.store.path())
        .unwrap()
        .execute("VACUUM INTO ?1", [backup.to_str().unwrap()])
        .unwrap();
    let db = p.store.path().to_path_buf();
    let admin = p.admin.clone();
    // The file closed, its folder kept.
    let crate::fixtures::Pharmacy { _dir, store, .. } = p;
    drop(store);
    custody_core::backup::restore(&backup, &db, now()).unwrap();
    let restored = Store::open(&db).unwrap();
    let queued = restored
        .nvs_requests_of(&admin, AMOXICILLIN, "SN1")
        .unwrap();
    assert_eq!(
        queued.iter().map(|q| q.state).collect::<Vec<_>>(),
        [NvsState::Sent],
        "it may have left after the backup was taken"
    );
    assert!(restored.verify(&admin).unwrap().is_intact());
}
