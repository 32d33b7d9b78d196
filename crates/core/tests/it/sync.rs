//! The site's side of the hospital network: the outbox is the stored chain byte for byte and
//! passes the hub's own check across batch boundaries; an acknowledgement is believed only when
//! it is the site's own hash; the state moves as the hub answers; only an administrator enrols.

use custody_core::sync::{AckOutcome, Enrolment, SyncState, GENESIS};
use custody_core::*;
use custody_sync_protocol::{check_chain, MAX_BATCH_BYTES, MAX_BATCH_EVENTS};

use crate::fixtures::{now, pharmacy, Pharmacy};

fn later(minutes: i64) -> Timestamp {
    Timestamp(now().0 + chrono::Duration::minutes(minutes))
}

fn enrolment(again: bool) -> Enrolment {
    Enrolment {
        hub: "https://hub.example:8443".into(),
        key_seed: [7; 32],
        token: "token-1".into(),
        again,
    }
}

/// A pharmacy enrolled, with `packs` receipts on its ledger after the administrator's own event.
fn enrolled(packs: usize) -> Pharmacy {
    let mut p = pharmacy();
    let events: Vec<_> = (0..packs).map(|i| p.receive(&format!("S{i}"))).collect();
    if !events.is_empty() {
        p.append(&events);
    }
    let admin = p.admin.clone();
    p.store
        .record_enrolment(&admin, &enrolment(false), now())
        .unwrap();
    p
}

fn stored_hash(store: &Store, seq: i64) -> [u8; 32] {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let h: Vec<u8> = conn
        .query_row("SELECT hash FROM event WHERE seq = ?1", [seq], |r| r.get(0))
        .unwrap();
    h.try_into().unwrap()
}

#[test]
fn a_demo_ledgers_outbox_is_its_stored_chain_and_checks_batch_after_batch() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("demo.db")).unwrap();
    store.create_demo(demo::Scale::Small, now()).unwrap();
    let admin = store.actor("admin").unwrap();
    let last = store.sync_status(&admin).unwrap().last_seq;

    let (mut after, mut prev, mut batches) = (0i64, GENESIS, 0);
    loop {
        let batch = store.outbox(&admin, after).unwrap();
        if batch.events.is_empty() {
            break;
        }
        batches += 1;
        assert_eq!(
            batch.prev_hash, prev,
            "batch {batches} must follow on from the hash the batch before ended with"
        );
        assert!(
            batch.events.len() <= MAX_BATCH_EVENTS,
            "a batch larger than the hub takes would be refused whole"
        );
        let checked = check_chain(&batch.site, &batch.prev_hash, &batch.events)
            .unwrap_or_else(|e| panic!("the hub's own check refuses batch {batches}: {e}"));
        let bytes: usize = checked.iter().map(|c| c.canonical.len()).sum();
        assert!(
            bytes <= MAX_BATCH_BYTES,
            "a batch stays under the byte limit"
        );
        assert_eq!(
            checked[0].seq,
            after + 1,
            "a batch starts right after `after`"
        );
        for c in &checked {
            assert_eq!(
                c.hash,
                stored_hash(&store, c.seq),
                "event {}: the bytes sent must be exactly those its stored hash was computed over",
                c.seq
            );
        }
        assert_eq!(batch.last_hash, checked.last().unwrap().hash);
        prev = batch.last_hash;
        after = batch.last_seq().unwrap();
    }
    assert_eq!(after, last, "the outbox reaches the ledger's last event");
    assert!(
        batches >= 2,
        "the demo ledger spans several batches ({batches}), so the boundaries were crossed"
    );
}

#[test]
fn an_acknowledgement_that_is_not_the_sites_own_hash_is_a_fork() {
    let mut p = enrolled(3);
    let admin = p.admin.clone();
    let mut other = stored_hash(&p.store, 2);
    other[0] ^= 1;
    let outcome = p.store.record_ack(&admin, 2, &other, later(1)).unwrap();
    assert_eq!(
        outcome,
        AckOutcome::Fork,
        "the hub holding another event where this site has its own is a fork"
    );
    let status = p.store.sync_status(&admin).unwrap();
    assert_eq!(status.state, SyncState::Fork);
    assert_eq!(status.refusal_code.as_deref(), Some("fork"));
    assert_eq!(
        status.acked_seq, 0,
        "a mismatched acknowledgement must not move the position: those events are not held"
    );
    assert!(
        status.message.unwrap().contains("event 2"),
        "the status says where the chains part"
    );
}

#[test]
fn an_acknowledgement_of_the_sites_own_hash_moves_the_position_and_clears_offline() {
    let mut p = enrolled(3);
    let admin = p.admin.clone();
    p.store
        .record_offline(&admin, "connection refused", later(1))
        .unwrap();
    p.store
        .record_offline(&admin, "connection refused", later(5))
        .unwrap();
    let status = p.store.sync_status(&admin).unwrap();
    assert_eq!(status.state, SyncState::Offline);
    assert_eq!(
        status.offline_since,
        Some(later(1).utc_text()),
        "offline since the first miss, not the latest: the status bar says how long"
    );
    assert_eq!(
        status.waiting, 4,
        "the administrator's event and three receipts wait"
    );

    let hash = stored_hash(&p.store, 3);
    let outcome = p.store.record_ack(&admin, 3, &hash, later(6)).unwrap();
    assert_eq!(outcome, AckOutcome::Recorded);
    let status = p.store.sync_status(&admin).unwrap();
    assert_eq!(
        (status.state, status.acked_seq, status.waiting),
        (SyncState::Ok, 3, 1),
        "an answer from the hub ends being offline, and one event still waits"
    );
    assert_eq!(status.offline_since, None);
    assert_eq!(status.last_success_at, Some(later(6).utc_text()));
}

#[test]
fn an_acknowledgement_past_the_end_of_the_ledger_is_the_hub_ahead() {
    let mut p = enrolled(1);
    let admin = p.admin.clone();
    let outcome = p.store.record_ack(&admin, 9, &[1; 32], later(1)).unwrap();
    assert_eq!(
        outcome,
        AckOutcome::HubAhead,
        "a hub holding more than the site means the site lost events (an old backup), not a success"
    );
    let status = p.store.sync_status(&admin).unwrap();
    assert_eq!(status.state, SyncState::Refused);
    assert_eq!(status.refusal_code.as_deref(), Some("hub_ahead"));
}

#[test]
fn a_fork_stays_a_fork_when_the_hub_is_then_unreachable_and_re_enrolment_clears_it() {
    let mut p = enrolled(2);
    let admin = p.admin.clone();
    p.store
        .record_refusal(
            &admin,
            SyncState::Fork,
            "fork",
            "the hub holds another event 2",
        )
        .unwrap();
    p.store
        .record_offline(&admin, "timed out", later(1))
        .unwrap();
    let status = p.store.sync_status(&admin).unwrap();
    assert_eq!(
        status.state,
        SyncState::Fork,
        "being offline must not hide a fork: it needs a person, the network does not"
    );
    assert_eq!(
        status.message.as_deref(),
        Some("the hub holds another event 2"),
        "the fork's own words stay for the person who calls the hub administrator"
    );
    p.store
        .record_enrolment(&admin, &enrolment(true), later(2))
        .unwrap();
    let status = p.store.sync_status(&admin).unwrap();
    assert_eq!(
        (status.state, status.acked_seq, status.refusal_code),
        (SyncState::Ok, 0, None),
        "enrolling again starts afresh: the hub's answer decides what it holds"
    );
    let e = p
        .store
        .record_refusal(&admin, SyncState::Ok, "x", "y")
        .unwrap_err();
    assert_eq!(
        e.code(),
        "sync.not_a_refusal",
        "ok is not a refusal's state"
    );
}

#[test]
fn resending_from_an_earlier_position_takes_the_sites_own_hash_there() {
    let mut p = enrolled(4);
    let admin = p.admin.clone();
    let hash = stored_hash(&p.store, 5);
    p.store.record_ack(&admin, 5, &hash, later(1)).unwrap();
    p.store.record_resend_from(&admin, 2).unwrap();
    let batch = p.store.outbox(&admin, 2).unwrap();
    assert_eq!(
        (
            p.store.sync_status(&admin).unwrap().acked_seq,
            batch.from_seq()
        ),
        (2, Some(3)),
        "events after 2 go again, starting with 3"
    );
    assert_eq!(batch.prev_hash, stored_hash(&p.store, 2));
    let e = p.store.record_resend_from(&admin, 99).unwrap_err();
    assert_eq!(
        e.code(),
        "sync.no_such_event",
        "a position the site lacks is refused"
    );
}

#[test]
fn only_an_administrator_enrols_and_only_once_unless_asked_again() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let sam = p.staff();
    let e = p
        .store
        .record_enrolment(&sam, &enrolment(false), now())
        .unwrap_err();
    assert_eq!(
        e.code(),
        "auth.forbidden",
        "the enrolment holds the site's signing key: administrators only"
    );
    assert_eq!(
        p.store.sync_status(&sam).unwrap().state,
        SyncState::NotEnrolled,
        "staff may see the state, and nothing was recorded"
    );
    let e = p.store.sync_credentials(&admin).unwrap_err();
    assert_eq!(
        e.code(),
        "sync.not_enrolled",
        "nothing to push with before enrolment"
    );

    p.store
        .record_enrolment(&admin, &enrolment(false), now())
        .unwrap();
    let e = p
        .store
        .record_enrolment(&admin, &enrolment(false), now())
        .unwrap_err();
    assert_eq!(
        e.code(),
        "sync.already_enrolled",
        "a second enrolment would replace the key silently"
    );
    let creds = p.store.sync_credentials(&sam).unwrap();
    assert_eq!(
        (creds.site.as_str(), creds.key_seed, creds.token.as_str()),
        ("STMARY", [7; 32], "token-1"),
        "the key and token are read back as recorded"
    );
    assert!(
        !format!("{creds:?}").contains("token-1"),
        "the token stays out of debug output"
    );
}

#[test]
fn the_sync_principal_pushes_but_never_enrols() {
    let mut p = enrolled(1);
    let sync = p.store.system_principal(SystemPrincipal::Sync).unwrap();
    assert!(
        p.store.outbox(&sync, 0).is_ok(),
        "the agent reads the outbox"
    );
    assert_eq!(
        p.store
            .record_enrolment(&sync, &enrolment(true), now())
            .unwrap_err()
            .code(),
        "auth.forbidden",
        "work nobody typed must not change which hub the site trusts"
    );
}

#[test]
fn enrolment_changes_nothing_on_the_ledger() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let before = p.store.sync_status(&admin).unwrap().last_seq;
    p.store
        .record_enrolment(&admin, &enrolment(false), now())
        .unwrap();
    assert_eq!(
        p.store.sync_status(&admin).unwrap().last_seq,
        before,
        "an enrolment event would change what the ledger hashes"
    );
}

#[test]
fn an_event_edited_behind_custodys_back_is_not_pushed() {
    let p = enrolled(2);
    let conn = rusqlite::Connection::open(p.store.path()).unwrap();
    conn.execute_batch(
        "DROP TRIGGER event_no_update; UPDATE event SET reference = 'PO-X' WHERE seq = 2",
    )
    .unwrap();
    let e = p.store.outbox(&p.admin, 0).unwrap_err();
    assert_eq!(
        (e.code(), e.args()["seq"].clone()),
        ("sync.ledger_changed", serde_json::json!(2)),
        "an edited event is named, never pushed for the hub to call a fork"
    );
}

/// The sync agent writes on a connection of its own while people scan. A deferred transaction
/// that read before another connection committed could not write on its stale snapshot, and
/// SQLite refused it at once with "database is locked", without waiting: a scan refused while
/// the site synced (found by `custody-hub-bench scan-while-sync`). Every transaction of a
/// store's connection takes the write lock as it begins, and waits for it there.
#[test]
fn a_transaction_takes_the_write_lock_as_it_begins_so_no_write_meets_a_stale_snapshot() {
    let p = pharmacy();
    let mut scans = custody_core::open_connection(p.store.path()).expect("a second connection");
    let agent = rusqlite::Connection::open(p.store.path()).expect("a third connection");
    agent
        .busy_timeout(std::time::Duration::ZERO)
        .expect("no waiting, to see the lock");
    let tx = scans.transaction().expect("a transaction begins");
    let refused = agent.execute_batch("BEGIN IMMEDIATE");
    assert!(
        refused.is_err(),
        "the transaction holds the write lock from its first statement, before any write"
    );
    drop(tx);
    agent
        .execute_batch("BEGIN IMMEDIATE; ROLLBACK")
        .expect("the lock is free once the transaction ends");
}
