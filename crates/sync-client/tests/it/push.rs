//! Pushes to the hub in memory: what reaches it is the site's chain byte for byte, and each
//! fault the network and the hub can throw ends where the protocol says.

use custody_core::sync::{Enrolment, SyncState};
use custody_core::{Role, Store, Timestamp, User};
use custody_sync_client::push_all;
use custody_sync_protocol::{SiteKey, WireEvent};

use crate::memory_hub::MemoryHub;

const SEED: [u8; 32] = [5; 32];

fn now() -> Timestamp {
    Timestamp::parse("2026-12-01T09:00:00+01:00").unwrap()
}

/// A site with `extra` users added after its administrator (one ledger event each), enrolled,
/// and the hub in memory that knows its key.
fn site(extra: usize) -> (tempfile::TempDir, Store, User, MemoryHub) {
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
    add_users(&mut store, &admin, "u", extra);
    store
        .record_enrolment(
            &admin,
            &Enrolment {
                hub: "https://hub.example".into(),
                key_seed: SEED,
                token: "t".into(),
                again: false,
            },
            now(),
        )
        .unwrap();
    let hub = MemoryHub::new("NORTH", SiteKey::from_seed(&SEED).public_key());
    (dir, store, admin, hub)
}

/// `n` more events on the ledger: users `{prefix}0`, `{prefix}1`, … added.
fn add_users(store: &mut Store, admin: &User, prefix: &str, n: usize) {
    for i in 0..n {
        store
            .add_user(
                admin,
                &format!("{prefix}{i}"),
                "Someone",
                Role::Staff,
                None,
                now(),
            )
            .unwrap();
    }
}

/// The site's whole chain as the outbox sends it.
fn chain(store: &Store, admin: &User) -> Vec<WireEvent> {
    let mut out = Vec::new();
    loop {
        let batch = store.outbox(admin, out.len() as i64).unwrap();
        if batch.events.is_empty() {
            return out;
        }
        out.extend(batch.events);
    }
}

#[test]
fn a_ledger_goes_up_batch_after_batch_and_the_hub_holds_it_as_the_site_does() {
    let (_dir, mut store, admin, hub) = site(620);
    let report = push_all(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (
            report.state,
            report.batches,
            report.sent,
            report.stored,
            report.acked_seq
        ),
        (SyncState::Ok, 2, 621, 621, 621),
        "621 events in two batches of at most 500, all new to the hub"
    );
    assert_eq!(
        *hub.events.borrow(),
        chain(&store, &admin),
        "the hub holds the site's chain byte for byte"
    );
    let again = push_all(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (again.sent, hub.pushes.get()),
        (0, 2),
        "nothing waiting, nothing sent"
    );
    assert_eq!(store.sync_status(&admin).unwrap().waiting, 0);
}

#[test]
fn an_acknowledgement_lost_on_the_way_back_costs_a_resend_and_nothing_else() {
    let (_dir, mut store, admin, hub) = site(3);
    hub.lose_next_ack.set(true);
    let lost = push_all(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (lost.state, lost.acked_seq),
        (SyncState::Offline, 0),
        "without the answer the site cannot know the hub stored the batch"
    );
    let report = push_all(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (report.state, report.stored, report.acked_seq),
        (SyncState::Ok, 0, 4),
        "the hub acknowledges the replay as held, storing nothing twice"
    );
    assert_eq!(hub.events.borrow().len(), 4, "no event stored twice");
}

#[test]
fn a_lost_acknowledgement_at_a_hub_that_answers_a_gap_is_taken_from_its_head() {
    let (_dir, mut store, admin, hub) = site(3);
    hub.gaps_for_overlaps.set(true);
    hub.lose_next_ack.set(true);
    push_all(&mut store, &admin, &hub, now()).unwrap();
    add_users(&mut store, &admin, "v", 2);
    let report = push_all(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (report.state, report.acked_seq),
        (SyncState::Ok, 6),
        "the hub's head at 4 is the site's own event 4, so the position moves up and the rest goes"
    );
    assert_eq!(*hub.events.borrow(), chain(&store, &admin));
}

#[test]
fn a_hub_restored_from_an_old_backup_gets_the_events_it_lost_again() {
    let (_dir, mut store, admin, hub) = site(5);
    push_all(&mut store, &admin, &hub, now()).unwrap();
    hub.restore_to(2);
    add_users(&mut store, &admin, "v", 2);
    let report = push_all(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (report.state, report.acked_seq, report.stored),
        (SyncState::Ok, 8, 6),
        "the hub expects event 3, below what it had acknowledged: 3 to 8 are sent again"
    );
    assert_eq!(
        *hub.events.borrow(),
        chain(&store, &admin),
        "the restored hub is whole again"
    );
}

#[test]
fn a_cloned_site_is_a_fork_and_is_never_retried() {
    let (dir, mut store, admin, hub) = site(2);
    push_all(&mut store, &admin, &hub, now()).unwrap();
    drop(store);
    let clone_path = dir.path().join("clone.db");
    std::fs::copy(dir.path().join("site.db"), &clone_path).unwrap();
    let mut store = Store::open(dir.path().join("site.db")).unwrap();
    let mut clone = Store::open(&clone_path).unwrap();

    add_users(&mut store, &admin, "a", 1);
    push_all(&mut store, &admin, &hub, now()).unwrap();
    add_users(&mut clone, &admin, "b", 1);
    let report = push_all(&mut clone, &admin, &hub, now()).unwrap();
    assert_eq!(
        report.state,
        SyncState::Fork,
        "the clone's event 4 is not the event 4 the hub holds"
    );
    assert!(
        report.message.unwrap().contains("event 4"),
        "the message says where the chains part"
    );
    let pushes = hub.pushes.get();
    let again = push_all(&mut clone, &admin, &hub, now()).unwrap();
    assert_eq!(
        (again.state, again.sent, hub.pushes.get()),
        (SyncState::Fork, 0, pushes),
        "a fork is never retried: the hub does not hear from the clone again"
    );
    assert_eq!(
        hub.events.borrow().len(),
        4,
        "nothing of the clone was stored"
    );
}

#[test]
fn a_hub_that_goes_down_mid_push_keeps_what_it_acknowledged_and_the_rest_waits() {
    let (_dir, mut store, admin, hub) = site(520);
    hub.down_after.set(Some(1));
    let report = push_all(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (report.state, report.batches, report.acked_seq),
        (SyncState::Offline, 1, 500),
        "the first batch was acknowledged before the hub went down"
    );
    let status = store.sync_status(&admin).unwrap();
    assert_eq!(
        (status.waiting, status.offline_since),
        (21, Some(now().utc_text())),
        "the rest waits, offline since this push"
    );
    hub.down.set(false);
    let report = push_all(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (report.state, report.acked_seq, report.stored),
        (SyncState::Ok, 521, 21),
        "after the heal only what waited goes"
    );
    assert_eq!(store.sync_status(&admin).unwrap().offline_since, None);
}

#[test]
fn a_batch_signed_with_another_key_is_refused_and_recorded() {
    let (_dir, mut store, admin, _) = site(1);
    let stranger = MemoryHub::new("NORTH", SiteKey::from_seed(&[9; 32]).public_key());
    let report = push_all(&mut store, &admin, &stranger, now()).unwrap();
    let status = store.sync_status(&admin).unwrap();
    assert_eq!(
        (report.state, status.refusal_code.as_deref()),
        (SyncState::Refused, Some("bad_signature")),
        "a hub that knows another key for this site refuses, and the site says so"
    );
}
