//! Incremental `verify`: a clean check records one checkpoint on the ledger; the next check
//! walks from it and rebuilds only what was touched since, finds tampering there, says what it
//! did not cover, and `--full` still finds the rest.

use custody_core::ledger::verify::{FindingKind, VerifyReport, VerifyRequest, VerifyScope};
use custody_core::ledger::NewEvent;

use crate::fixtures::{now, pharmacy, Pharmacy};
use crate::verify::tampered;

const INCREMENTAL: VerifyRequest = VerifyRequest {
    scope: VerifyScope::Incremental,
    record_checkpoint: true,
};
const FULL: VerifyRequest = VerifyRequest {
    scope: VerifyScope::Full,
    record_checkpoint: true,
};
const LOOK: VerifyRequest = VerifyRequest {
    scope: VerifyScope::Incremental,
    record_checkpoint: false,
};

fn run(p: &mut Pharmacy, request: VerifyRequest) -> VerifyReport {
    let admin = p.admin.clone();
    p.store.verify_as(&admin, request, now()).unwrap()
}

fn checkpoints(p: &Pharmacy) -> i64 {
    p.sqlite()
        .query_row(
            "SELECT count(*) FROM event WHERE kind = 'verify_checkpoint'",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// A receipt of a pack of amoxicillin in its own lot.
fn receive_in_lot(p: &Pharmacy, serial: &str, lot: &str) -> NewEvent {
    let mut e = p.receive(serial);
    e.lines[0].lot = Some(lot.into());
    e
}

/// The dispensing of a pack of amoxicillin from its own lot.
fn dispense_in_lot(p: &Pharmacy, serial: &str, lot: &str) -> NewEvent {
    let mut e = p.dispense(serial);
    e.lines[0].lot = Some(lot.into());
    e
}

/// Ten packs in ten lots, then a full check that records the first checkpoint.
fn checked_history(p: &mut Pharmacy) -> VerifyReport {
    let events: Vec<NewEvent> = (0..10)
        .map(|i| receive_in_lot(p, &format!("S{i}"), &format!("L{i}")))
        .collect();
    p.append(&events);
    let r = run(p, FULL);
    assert!(r.is_intact(), "{:?}", r.findings);
    r
}

#[test]
fn a_clean_check_records_exactly_one_checkpoint_and_a_failing_one_none() {
    let mut p = pharmacy();
    let first = checked_history(&mut p);
    assert_eq!(checkpoints(&p), 1, "one clean check, one checkpoint");
    let recorded = first
        .recorded_checkpoint
        .expect("a checkpoint was recorded");
    let reference: String = p
        .sqlite()
        .query_row(
            "SELECT reference FROM event WHERE seq = ?1",
            [recorded],
            |r| r.get(0),
        )
        .unwrap();
    let checked = first.checked.expect("the check vouches for its last event");
    assert_eq!(
        reference,
        format!("full {} {}", checked.seq, checked.hash),
        "the checkpoint names the last event checked, its hash and the kind of check"
    );
    let look = run(&mut p, LOOK);
    assert!(look.is_intact(), "{:?}", look.findings);
    assert_eq!(
        (checkpoints(&p), look.recorded_checkpoint),
        (1, None),
        "a read-only look records nothing"
    );
    p.append(&[dispense_in_lot(&p, "S3", "L3")]);
    tampered(
        &p,
        "UPDATE unit SET status = 'destroyed' WHERE serial = 'S3'",
    );
    let failing = run(&mut p, INCREMENTAL);
    assert!(!failing.is_intact(), "the edited pack row is found");
    assert_eq!(
        (checkpoints(&p), failing.recorded_checkpoint),
        (1, None),
        "a check that finds something wrong vouches for nothing"
    );
}

#[test]
fn an_event_tampered_after_the_checkpoint_is_found_by_the_incremental_check() {
    let mut p = pharmacy();
    checked_history(&mut p);
    let later = p.append(&[dispense_in_lot(&p, "S4", "L4"), p.receive("T1")]);
    tampered(
        &p,
        &format!(
            "UPDATE event SET reference = 'RX-99' WHERE seq = {}",
            later[0].seq
        ),
    );
    let r = run(&mut p, INCREMENTAL);
    assert_eq!(r.scope, VerifyScope::Incremental, "a checkpoint exists");
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == FindingKind::ContentChanged
                && f.event_id.as_deref() == Some(later[0].id.as_str())),
        "the event edited after the checkpoint is named: {:?}",
        r.findings
    );
}

#[test]
fn a_tampered_row_of_a_pack_touched_after_the_checkpoint_is_found() {
    let mut p = pharmacy();
    checked_history(&mut p);
    p.append(&[dispense_in_lot(&p, "S4", "L4")]);
    tampered(
        &p,
        "UPDATE unit SET status = 'in_stock' WHERE serial = 'S4'",
    );
    let r = run(&mut p, INCREMENTAL);
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == FindingKind::StateMismatch
                && f.message.contains("serial S4")
                && f.message.contains("dispensed")),
        "the pack dispensed after the checkpoint is rebuilt from its whole history: {:?}",
        r.findings
    );
}

#[test]
fn a_pack_touched_after_the_checkpoint_with_its_copy_of_its_last_event_edited_is_found() {
    let mut p = pharmacy();
    checked_history(&mut p);
    p.append(&[dispense_in_lot(&p, "S4", "L4")]);
    tampered(
        &p,
        "UPDATE unit SET last_reference = 'RX-FORGED' WHERE serial = 'S4'",
    );
    let r = run(&mut p, INCREMENTAL);
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == FindingKind::StateMismatch
                && f.message.contains("serial S4")
                && f.message.contains("copy of its last event")),
        "the pack's copy is compared with its last event: {:?}",
        r.findings
    );
}

#[test]
fn an_edited_checkpoint_is_found() {
    let mut p = pharmacy();
    let first = checked_history(&mut p);
    let checkpoint = first.recorded_checkpoint.unwrap();
    p.append(&[dispense_in_lot(&p, "S1", "L1")]);
    // Pointing the checkpoint at a later event would skip what lies between: its own hash
    // breaks.
    tampered(
        &p,
        &format!(
            "UPDATE event SET reference = 'full 1 {}' WHERE seq = {checkpoint}",
            "0".repeat(64)
        ),
    );
    let r = run(&mut p, INCREMENTAL);
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == FindingKind::ContentChanged && f.seq == Some(checkpoint)),
        "the checkpoint event no longer matches its hash: {:?}",
        r.findings
    );
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == FindingKind::CheckpointMismatch),
        "and the event it now names does not have the hash it claims: {:?}",
        r.findings
    );
    assert_eq!(checkpoints(&p), 1, "a failing check records no checkpoint");
}

#[test]
fn an_event_tampered_before_the_checkpoint_is_not_claimed_checked_and_full_finds_it() {
    let mut p = pharmacy();
    let first = checked_history(&mut p);
    let vouched = first.checked.unwrap().seq;
    p.append(&[dispense_in_lot(&p, "S7", "L7")]);
    // An event well before the checkpoint, edited without touching its hash.
    let early: i64 = p
        .sqlite()
        .query_row(
            "SELECT l.event_seq FROM event_line l WHERE l.serial = 'S2'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    tampered(
        &p,
        &format!("UPDATE event SET reference = 'PO-forged' WHERE seq = {early}"),
    );
    let r = run(&mut p, LOOK);
    assert!(
        r.first_seq.is_some_and(|first| first > early),
        "the incremental check says it began after the edited event ({:?} > {early})",
        r.first_seq
    );
    assert_eq!(
        r.first_seq,
        Some(vouched),
        "it begins at the event the checkpoint vouches for"
    );
    assert!(
        r.since.is_some(),
        "and names the checkpoint it rests on, so its words say what it did not cover"
    );
    assert!(
        r.is_intact(),
        "nothing it covered was touched: {:?}",
        r.findings
    );
    let full = run(&mut p, FULL);
    assert!(
        full.findings
            .iter()
            .any(|f| f.kind == FindingKind::ContentChanged && f.seq == Some(early)),
        "verify --full walks every event and finds it: {:?}",
        full.findings
    );
}

#[test]
fn the_incremental_check_covers_only_what_was_touched_since_the_checkpoint() {
    let mut p = pharmacy();
    let first = checked_history(&mut p);
    let vouched = first.checked.unwrap().seq;
    let checkpoint = first.recorded_checkpoint.unwrap();
    let later = p.append(&[dispense_in_lot(&p, "S5", "L5"), p.receive_gauze(20)]);
    let r = run(&mut p, INCREMENTAL);
    assert!(r.is_intact(), "{:?}", r.findings);
    assert_eq!(
        (r.first_seq, r.last_seq),
        (Some(vouched), Some(later[1].seq)),
        "from the event the checkpoint vouches for to the newest"
    );
    assert_eq!(
        r.events,
        (later[1].seq - vouched + 1) as u64,
        "the vouched event, the checkpoint and the two new events: not the history before"
    );
    assert_eq!(r.events, 4, "vouched event, checkpoint, dispense, receipt");
    assert_eq!(
        (r.units, r.lots, r.days),
        (1, 2, 1),
        "one pack (its lot L5 holds no other), lots L5 and G7, one day"
    );
    assert_eq!(
        r.since.map(|s| s.event_seq),
        Some(checkpoint),
        "it went on from the checkpoint the full check recorded"
    );
    let next = run(&mut p, INCREMENTAL);
    assert_eq!(
        next.events, 2,
        "the next check goes on from the newest checkpoint: its vouched event and itself"
    );
}

#[test]
fn with_no_checkpoint_the_check_is_full() {
    let mut p = pharmacy();
    p.append(&[p.receive("S1")]);
    let r = run(&mut p, INCREMENTAL);
    assert_eq!(
        (r.scope, r.since.is_none()),
        (VerifyScope::Full, true),
        "nothing to go on from: everything is checked"
    );
}

#[test]
fn the_daily_backup_checks_its_copy_in_full_and_checkpoints_the_live_ledger() {
    let mut p = pharmacy();
    p.append(&[
        receive_in_lot(&p, "S1", "L1"),
        receive_in_lot(&p, "S2", "L2"),
    ]);
    let dir = p._dir.path().join("backups");
    let admin = p.admin.clone();
    let (_, checked) = p
        .store
        .backup(
            &admin,
            &dir,
            custody_core::backup::Retention::default(),
            now(),
        )
        .unwrap();
    assert!(checked.is_good(), "{checked:?}");
    let reference: String = p
        .sqlite()
        .query_row(
            "SELECT reference FROM event WHERE kind = 'verify_checkpoint'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        reference.starts_with("full "),
        "the copy, a snapshot of this database, was checked in full: {reference}"
    );
    let r = run(&mut p, LOOK);
    assert_eq!(
        (r.scope, r.events, r.units),
        (VerifyScope::Incremental, 2, 0),
        "the next check walks only the copy's last event and the checkpoint, and touches no pack"
    );
}

#[test]
fn a_checkpoint_the_clock_refuses_leaves_the_verdict_and_says_why() {
    let mut p = pharmacy();
    p.append(&[receive_in_lot(&p, "S1", "L1")]);
    let admin = p.admin.clone();
    let behind = custody_core::Timestamp(now().0 - chrono::Duration::hours(1));
    let r = p.store.verify_as(&admin, FULL, behind).unwrap();
    assert!(
        r.is_intact(),
        "the ledger is whole, whatever the clock: {:?}",
        r.findings
    );
    assert_eq!(
        (r.recorded_checkpoint, checkpoints(&p)),
        (None, 0),
        "a clock behind the chain head records nothing"
    );
    assert!(
        r.checkpoint_refused.is_some(),
        "and the report says why no checkpoint was recorded"
    );
}

#[test]
fn a_tampered_lot_row_of_a_lot_touched_after_the_checkpoint_is_found() {
    let mut p = pharmacy();
    checked_history(&mut p);
    p.append(&[dispense_in_lot(&p, "S6", "L6")]);
    tampered(
        &p,
        "UPDATE lot_info SET expiry = '2030-01-31' WHERE lot = 'L6'",
    );
    tampered(
        &p,
        "UPDATE lot_info SET first_event_seq = first_event_seq + 1 WHERE lot = 'L2'",
    );
    p.append(&[dispense_in_lot(&p, "S2", "L2")]);
    let r = run(&mut p, LOOK);
    for (lot, what) in [("L6", "2030-01-31"), ("L2", "first saw it at event seq")] {
        assert!(
            r.findings
                .iter()
                .any(|f| f.kind == FindingKind::StateMismatch
                    && f.message.contains(&format!("lot {lot}"))
                    && f.message.contains(what)),
            "lot {lot}'s row, touched since the checkpoint, is checked against the ledger: {:?}",
            r.findings
        );
    }
}
