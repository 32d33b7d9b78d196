//! A site restored from an old backup, against the hub in memory: it pulls its own events back
//! before it pushes, page after page, and ends with the hub's chain; one that recorded an event
//! after the restore, before pulling back, is a fork named at that event.

use std::path::Path;

use custody_core::sync::{Enrolment, SyncState};
use custody_core::{Role, Store, Timestamp, User};
use custody_sync_client::{fork_message, push_all, restore_from_hub};
use custody_sync_protocol::{SiteKey, WireEvent};

use crate::memory_hub::MemoryHub;

const SEED: [u8; 32] = [6; 32];

fn now() -> Timestamp {
    Timestamp::parse("2026-12-01T09:00:00+01:00").unwrap()
}

/// A site enrolled with `extra` users added after its administrator, and the hub in memory.
fn site(dir: &Path, extra: usize) -> (Store, User, MemoryHub) {
    let mut store = Store::open(dir.join("site.db")).unwrap();
    let (_, admin) = store
        .init(
            "WEST",
            "West clinic",
            "alice",
            "Alice",
            "a long password",
            now(),
        )
        .unwrap();
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
    add_users(&mut store, &admin, "u", extra);
    (
        store,
        admin,
        MemoryHub::new("WEST", SiteKey::from_seed(&SEED).public_key()),
    )
}

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

/// Closes the store, copies its file to `backup` (or back from it), and opens it again.
fn copy_closed(store: Store, from: &Path, to: &Path) -> Store {
    let path = store.path().to_path_buf();
    drop(store);
    std::fs::copy(from, to).unwrap();
    Store::open(path).unwrap()
}

#[test]
fn a_site_restored_from_an_old_backup_pulls_its_events_back_before_it_pushes() {
    let dir = tempfile::tempdir().unwrap();
    let (store, admin, hub) = site(dir.path(), 3);
    let (live, backup) = (dir.path().join("site.db"), dir.path().join("backup.db"));
    let mut store = copy_closed(store, &live, &backup);
    push_all(&mut store, &admin, &hub, now()).unwrap();
    add_users(&mut store, &admin, "later", 600);
    push_all(&mut store, &admin, &hub, now()).unwrap();
    let original = chain(&store, &admin);

    let mut store = copy_closed(store, &backup, &live);
    let report = push_all(&mut store, &admin, &hub, now()).unwrap();
    let restored = report
        .restored
        .expect("the hub was ahead, so the site pulled back");
    assert_eq!(
        (restored.from_seq, restored.to_seq, restored.pulled),
        (Some(5), Some(604), 600),
        "events 5 to 604 came back, over two pages of the hub's"
    );
    assert_eq!(
        restored.accounts_without_password, 600,
        "each account added after the backup came back, without its password"
    );
    assert_eq!(
        (report.state, report.acked_seq),
        (SyncState::Ok, 604),
        "the push ends in step with the hub"
    );
    assert_eq!(
        chain(&store, &admin),
        original,
        "the restored chain is the one the hub holds, byte for byte"
    );
    assert!(
        store.verify(&admin).unwrap().is_intact(),
        "the restored file verifies clean"
    );
    add_users(&mut store, &admin, "after", 1);
    let next = push_all(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (next.state, next.acked_seq, next.restored),
        (SyncState::Ok, 605, None),
        "the next event is the site's own next one, pushed as usual"
    );
}

#[test]
fn a_restored_site_with_nothing_waiting_pulls_back_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, admin, hub) = site(dir.path(), 2);
    push_all(&mut store, &admin, &hub, now()).unwrap();
    let (live, backup) = (dir.path().join("site.db"), dir.path().join("backup.db"));
    let mut store = copy_closed(store, &live, &backup);
    add_users(&mut store, &admin, "later", 4);
    push_all(&mut store, &admin, &hub, now()).unwrap();

    let mut store = copy_closed(store, &backup, &live);
    let report = restore_from_hub(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (report.from_seq, report.to_seq, report.state),
        (Some(4), Some(7), SyncState::Ok),
        "the backup held events 1 to 3, all acknowledged; 4 to 7 come back"
    );
    assert_eq!(*hub.events.borrow(), chain(&store, &admin));
    let again = restore_from_hub(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (again.pulled, again.state, again.message),
        (0, SyncState::Ok, None),
        "a second restore finds nothing more to pull back"
    );
}

#[test]
fn a_restored_site_that_records_before_pulling_back_is_a_fork_at_its_first_new_event() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, admin, hub) = site(dir.path(), 2);
    push_all(&mut store, &admin, &hub, now()).unwrap();
    let (live, backup) = (dir.path().join("site.db"), dir.path().join("backup.db"));
    let mut store = copy_closed(store, &live, &backup);
    add_users(&mut store, &admin, "later", 4);
    push_all(&mut store, &admin, &hub, now()).unwrap();
    let held = hub.events.borrow().clone();

    // Two copies of the backup: one asks to restore, the other pushes; both recorded event 4.
    let mut store = copy_closed(store, &backup, &live);
    let twin_path = dir.path().join("twin.db");
    std::fs::copy(&backup, &twin_path).unwrap();
    let mut twin = Store::open(&twin_path).unwrap();
    add_users(&mut store, &admin, "new", 1);
    add_users(&mut twin, &admin, "new", 1);

    let asked = restore_from_hub(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (asked.state, asked.pulled, asked.message),
        (SyncState::Fork, 0, Some(fork_message(4))),
        "the site's event 4 is not the hub's: a fork, named at that event, nothing pulled"
    );
    let pushed = push_all(&mut twin, &admin, &hub, now()).unwrap();
    assert_eq!(
        (pushed.state, pushed.message),
        (SyncState::Fork, Some(fork_message(4))),
        "pushed instead, the hub finds the same fork and the message says what happened"
    );
    assert!(
        fork_message(4)
            .contains("the hub holds another event 4 for this site than this database does")
            && fork_message(4).contains("call the hub administrator, who decides which copy"),
        "the person is told what happened and whom to call"
    );
    assert_eq!(
        *hub.events.borrow(),
        held,
        "nothing of either copy reached the hub"
    );
}

#[test]
fn a_push_with_nothing_waiting_asks_the_hub_and_a_restored_site_pulls_back_before_it_records() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, admin, hub) = site(dir.path(), 2);
    push_all(&mut store, &admin, &hub, now()).unwrap();
    let (live, backup) = (dir.path().join("site.db"), dir.path().join("backup.db"));
    let mut store = copy_closed(store, &live, &backup);
    add_users(&mut store, &admin, "later", 4);
    push_all(&mut store, &admin, &hub, now()).unwrap();
    let in_step = push_all(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (in_step.state, in_step.sent, in_step.restored),
        (SyncState::Ok, 0, None),
        "a site in step with the hub sends nothing and pulls nothing"
    );

    let mut store = copy_closed(store, &backup, &live);
    assert_eq!(
        store.sync_status(&admin).unwrap().waiting,
        0,
        "the backup had sent everything it held"
    );
    hub.down.set(true);
    let offline = push_all(&mut store, &admin, &hub, now()).unwrap();
    assert_eq!(
        (offline.state, offline.restored),
        (SyncState::Offline, None),
        "with the hub away the site cannot know it is behind, and says it is offline"
    );
    hub.down.set(false);
    let pushed = push_all(&mut store, &admin, &hub, now()).unwrap();
    let restored = pushed
        .restored
        .expect("the hub's head was past the file's end");
    assert_eq!(
        (
            restored.from_seq,
            restored.to_seq,
            pushed.state,
            pushed.sent
        ),
        (Some(4), Some(7), SyncState::Ok, 0),
        "nothing waited, yet the push asked the hub's head and pulled events 4 to 7 back"
    );
    assert_eq!(*hub.events.borrow(), chain(&store, &admin));
}
