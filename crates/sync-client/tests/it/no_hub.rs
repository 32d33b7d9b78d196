//! The client against a real site database and no hub at all: what a push records when the
//! hub is out of reach, that a fork already recorded sends nothing, and what enrolment refuses
//! before it spends the one-time code.

use custody_core::sync::{Enrolment, SyncState};
use custody_core::{Store, Timestamp, User};
use custody_sync_client::{enrol_site, sync_once, ClientError};

fn now() -> Timestamp {
    Timestamp::parse("2026-12-01T09:00:00+01:00").unwrap()
}

/// A new site with its administrator (whose `user_added` is event 1).
fn site() -> (tempfile::TempDir, Store, User) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("site.db")).unwrap();
    let (_, admin) = store
        .init(
            "NORTH",
            "North clinic",
            "alice",
            "Alice",
            "a long password",
            now(),
        )
        .unwrap();
    (dir, store, admin)
}

/// An address on this machine where nothing listens: a connection there is refused at once.
fn closed_port() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

fn enrol_directly(store: &mut Store, admin: &User, hub: String) {
    store
        .record_enrolment(
            admin,
            &Enrolment {
                hub,
                key_seed: [3; 32],
                token: "t".into(),
                again: false,
            },
            now(),
        )
        .unwrap();
}

#[test]
fn a_push_to_an_unreachable_hub_is_recorded_as_offline_and_nothing_moves() {
    let (_dir, mut store, admin) = site();
    enrol_directly(&mut store, &admin, closed_port());
    let report = sync_once(&mut store, &admin, now()).unwrap();
    assert_eq!(
        (report.state, report.batches, report.acked_seq),
        (SyncState::Offline, 0, 0),
        "no answer acknowledges nothing"
    );
    let status = store.sync_status(&admin).unwrap();
    assert_eq!(
        status.offline_since,
        Some(now().utc_text()),
        "offline since this push"
    );
    assert_eq!(
        status.waiting, 1,
        "the administrator's event waits for the next push"
    );
    assert!(
        report.message.unwrap().contains("127.0.0.1"),
        "the report says which address was tried"
    );
}

#[test]
fn a_fork_already_recorded_sends_nothing() {
    let (_dir, mut store, admin) = site();
    enrol_directly(&mut store, &admin, closed_port());
    store
        .record_refusal(
            &admin,
            SyncState::Fork,
            "fork",
            "the hub holds another event 1",
        )
        .unwrap();
    let report = sync_once(&mut store, &admin, now()).unwrap();
    assert_eq!(
        (report.state, report.sent),
        (SyncState::Fork, 0),
        "a fork is never retried: nothing is sent, the hub is not even asked"
    );
    assert_eq!(
        store.sync_status(&admin).unwrap().offline_since,
        None,
        "had it tried, the closed port would have made it offline"
    );
}

#[test]
fn a_push_before_enrolment_is_refused_by_code() {
    let (_dir, mut store, admin) = site();
    match sync_once(&mut store, &admin, now()) {
        Err(ClientError::Core(e)) => assert_eq!(e.code(), "sync.not_enrolled"),
        other => panic!("no hub, no push: {other:?}"),
    }
}

#[test]
fn enrolment_is_refused_before_the_code_is_sent() {
    let (_dir, mut store, admin) = site();
    let sam = store
        .add_user(
            &admin,
            "sam",
            "Sam",
            custody_core::Role::Staff,
            Some("a long password"),
            now(),
        )
        .unwrap();
    match enrol_site(&mut store, &sam, &closed_port(), "CODE", false, now()) {
        Err(ClientError::Core(e)) => assert_eq!(
            e.code(),
            "auth.forbidden",
            "staff may not enrol, and the hub is not asked"
        ),
        other => panic!("staff enrolled: {other:?}"),
    }
    match enrol_site(&mut store, &admin, "hub.example", "CODE", false, now()) {
        Err(ClientError::BadAddress { hub }) => assert_eq!(hub, "hub.example"),
        other => panic!("an address without a scheme is refused: {other:?}"),
    }
    match enrol_site(&mut store, &admin, &closed_port(), "CODE", false, now()) {
        Err(e) => assert!(e.is_offline(), "an unreachable hub at enrolment: {e:?}"),
        Ok(s) => panic!("enrolled with no hub: {s:?}"),
    }
    assert_eq!(
        store.sync_status(&admin).unwrap().state,
        SyncState::NotEnrolled,
        "a failed enrolment records nothing"
    );
    enrol_directly(&mut store, &admin, closed_port());
    match enrol_site(&mut store, &admin, &closed_port(), "CODE", false, now()) {
        Err(ClientError::Core(e)) => assert_eq!(
            e.code(),
            "sync.already_enrolled",
            "refused before the one-time code is spent at the hub"
        ),
        other => panic!("enrolled twice: {other:?}"),
    }
}
