//! The background agent's push as `custody:sync`: while it waits on a hub that never answers,
//! scans on the window's connection are recorded at once (the push holds no write lock across
//! the network), and a hub that hangs up leaves the site offline with its events waiting.

use std::io::Read;
use std::net::TcpListener;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use custody_api::{jobs, Cx, FixedClock, Host};
use custody_core::sync::{Enrolment, SyncState};
use custody_core::Store;
use serde_json::json;

use crate::fixture::{pack, t, Pharmacy, PASSWORD};

/// Records an enrolment with a hub at `hub` without asking it (the key and token are the
/// test's): what the agent finds after an administrator enrolled.
fn enrolled_with(p: &Pharmacy, hub: &str) {
    let mut store = Store::open(p.host.path()).unwrap();
    let now = t("2026-11-30T09:30:00+01:00");
    let admin = store.sign_in("admin", PASSWORD, now).unwrap();
    let enrolment = Enrolment {
        hub: hub.into(),
        key_seed: [7; 32],
        token: "token-of-the-test".into(),
        again: false,
    };
    store.record_enrolment(&admin, &enrolment, now).unwrap();
}

fn receive(p: &mut Pharmacy, session: &mut custody_api::Session, serial: &str) {
    let request = serde_json::from_value(json!({
        "movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack(serial)
    }))
    .unwrap();
    let mut cx = Cx::new(&mut p.host, Some(session)).unwrap();
    let verdict = custody_api::movement::scan(&mut cx, request).expect("a receipt is recorded");
    let verdict = serde_json::to_value(verdict).unwrap();
    assert_eq!(
        verdict["verdict"], "accepted",
        "a new pack received from a named supplier is accepted: {verdict}"
    );
}

#[test]
fn scans_are_recorded_at_once_while_a_push_waits_on_a_silent_hub() {
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    receive(&mut p, &mut sam, "BEFORE1");
    // A hub that accepts the connection and never answers.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let hub = format!("http://{}", silent.local_addr().unwrap());
    enrolled_with(&p, &hub);

    let path = p.host.path().to_path_buf();
    let clock = p.clock.clone();
    let (done_tx, done_rx) = mpsc::channel();
    let agent = std::thread::spawn(move || {
        let mut own = Host::open(&path, Arc::new(clock)).unwrap();
        let pushed = jobs::sync_push(&mut own);
        let _ = done_tx.send(());
        pushed
    });
    // The push is now on the network, its request unanswered.
    let (mut held, _) = silent.accept().unwrap();
    held.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let mut first = [0u8; 64];
    let read = held.read(&mut first).unwrap_or(0);
    assert!(
        read > 0,
        "the agent sent its batch and is waiting for the answer"
    );

    let mut slowest = Duration::ZERO;
    for n in 0..20 {
        let started = Instant::now();
        receive(&mut p, &mut sam, &format!("DURING{n}"));
        slowest = slowest.max(started.elapsed());
    }
    assert!(
        done_rx.try_recv().is_err(),
        "the push was still waiting on the hub while the scans were recorded"
    );
    assert!(
        slowest < Duration::from_millis(500),
        "a scan must never wait for the hub: the slowest took {slowest:?} (a write lock held \
         across the network would hold it for the busy timeout, 5 s)"
    );

    // The hub hangs up: the push ends as offline, everything still waiting.
    drop(held);
    drop(silent);
    let pushed = agent
        .join()
        .unwrap()
        .expect("offline is an answer, not an error");
    assert_eq!(
        pushed.status.state,
        SyncState::Offline,
        "a hub that hung up is offline"
    );
    assert_eq!(
        pushed.status.waiting, pushed.status.last_seq,
        "nothing was acknowledged, so every event of the ledger still waits"
    );
    assert!(
        pushed.status.offline_since.is_some(),
        "the status says since when the hub has been missed"
    );
}

#[test]
fn the_agent_reads_the_status_as_custody_sync_and_never_pushes_before_enrolment() {
    let mut p = Pharmacy::new();
    let clock = FixedClock::at(t("2026-11-30T10:00:00+01:00"));
    let mut own = Host::open(p.host.path(), Arc::new(clock)).unwrap();
    let status = jobs::sync_status(&mut own).expect("custody:sync may read the state");
    assert_eq!(
        status.state,
        SyncState::NotEnrolled,
        "a stand-alone site has no hub"
    );
    let e = jobs::sync_push(&mut own).expect_err("there is no hub to push to");
    assert_eq!(
        e.code, "sync.not_enrolled",
        "the agent is told why, and the status bar says nothing is wrong for a stand-alone site"
    );
    let mut sam = p.sign_in("sam");
    receive(&mut p, &mut sam, "ALONE1");
}
