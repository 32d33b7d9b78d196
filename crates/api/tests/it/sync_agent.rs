//! The background agent's push as `custody:sync`: while it waits on a hub that never answers,
//! scans on the window's connection are recorded at once (the push holds no write lock across
//! the network), and a hub that hangs up leaves the site offline with its events waiting. Its
//! sync is `custody sync now`'s: push, pull (a network recall, an alarm about this site's pack),
//! and push again the holds the recall recorded.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use custody_api::{jobs, Cx, FixedClock, Host};
use custody_core::sync::{Enrolment, SyncState};
use custody_core::Store;
use serde_json::json;

use crate::fixture::{pack, t, Pharmacy, AMOX, PASSWORD};

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
    // Not a speed figure (the benchmarks give those) but a lock detector: a write lock held
    // across the network would make a scan wait the whole busy timeout, 5 s, so half of it
    // leaves a busy machine all the room it needs.
    assert!(
        slowest < Duration::from_millis(2500),
        "a scan must never wait for the hub: the slowest took {slowest:?}"
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

/// What the hub of [`serve_hub`] was asked: each request's method and path, and the sequence
/// numbers of the events each push carried.
#[derive(Default)]
struct Asked {
    requests: Vec<String>,
    pushed: Vec<Vec<i64>>,
}

/// A hub speaking the protocol's JSON over plain HTTP, one request a connection: it takes every
/// batch (acknowledging its last event with the site's own hash) and its feed holds a network
/// recall of AMOX lot L1 and a counterfeit alarm about the site's pack `FAKE1`.
fn serve_hub(listener: TcpListener, asked: Arc<Mutex<Asked>>) {
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { return };
            answer(stream, &asked);
        }
    });
}

fn answer(mut stream: TcpStream, asked: &Mutex<Asked>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let mut length = 0;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).unwrap();
        if header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap();
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    let path = target.split('?').next().unwrap_or("");
    asked
        .lock()
        .unwrap()
        .requests
        .push(format!("{method} {path}"));
    let reply = if method == "POST" && path.ends_with("/events") {
        let batch: serde_json::Value = serde_json::from_slice(&body).unwrap();
        let events = batch["events"].as_array().unwrap();
        let last = events.last().unwrap();
        asked
            .lock()
            .unwrap()
            .pushed
            .push(events.iter().map(|e| e["seq"].as_i64().unwrap()).collect());
        json!({"acked_seq": last["seq"], "acked_hash": last["hash"], "stored": events.len()})
    } else if method == "GET" && path.ends_with("/feed") {
        let after: i64 = target
            .split("after=")
            .nth(1)
            .and_then(|a| a.split('&').next())
            .and_then(|a| a.parse().ok())
            .unwrap_or(0);
        let changes = [
            json!({"cursor": 1, "item": {"kind": "recall", "id": 4, "number": "NR-2026-004",
                "gtin": AMOX, "lots": ["L1"], "serials": [], "class": "II",
                "title": "Amoxicillin lot L1", "reason": "Sealing defect", "issued_on": "2026-11-30",
                "entered_by": "qa.hub", "closed": null}}),
            json!({"cursor": 2, "item": {"kind": "alarm", "id": 12, "gtin": AMOX, "serial": "FAKE1",
                "change": "raised", "state": "open", "patterns": ["held_at_two_sites"],
                "sites": ["PH2", "SITE"], "raised_at": "2026-11-30T09:40:00Z", "closed": null}}),
        ];
        let changes: Vec<_> = changes
            .into_iter()
            .filter(|c| c["cursor"].as_i64().unwrap() > after)
            .collect();
        json!({"changes": changes, "next_cursor": 2, "more": false})
    } else {
        stream
            .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .unwrap();
        return;
    };
    let body = reply.to_string();
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
}

#[test]
fn the_agents_sync_pushes_pulls_and_pushes_the_holds_of_the_network_recall_it_entered() {
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    receive(&mut p, &mut sam, "FAKE1");
    receive(&mut p, &mut sam, "GOOD1");
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let hub = format!("http://{}", listener.local_addr().unwrap());
    let asked = Arc::new(Mutex::new(Asked::default()));
    serve_hub(listener, asked.clone());
    enrolled_with(&p, &hub);

    let mut own = Host::open(p.host.path(), Arc::new(p.clock.clone())).unwrap();
    let before = jobs::sync_status(&mut own).unwrap().last_seq;
    let both = jobs::sync_now(&mut own).expect("the hub answered every request");

    let asked = asked.lock().unwrap();
    let order: Vec<&str> = asked
        .requests
        .iter()
        .map(|r| r.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(
        order,
        vec!["events", "feed", "events"],
        "push, then pull, then push again: {:?}",
        asked.requests
    );
    assert_eq!(
        asked.pushed[0].last(),
        Some(&before),
        "the first push took every event recorded before the sync"
    );
    assert!(
        asked.pushed[1].first() == Some(&(before + 1)) && both.status.last_seq > before,
        "the second push carried what the pull recorded (the recall and its hold): {:?}",
        asked.pushed
    );
    assert_eq!(
        (both.status.state, both.status.waiting),
        (SyncState::Ok, 0),
        "the hub holds everything, the holds included"
    );
    let recalled = &both.pull.applied.recalls;
    assert_eq!(
        (recalled.len(), recalled[0].units),
        (1, 2),
        "the network recall was entered once and held both packs of lot L1"
    );

    let alarms = jobs::hub_alarms(&mut own).expect("custody:sync reads the alarms");
    assert_eq!(
        alarms
            .iter()
            .map(|a| (a.id, a.serial.as_str(), a.state.as_str()))
            .collect::<Vec<_>>(),
        vec![(12, "FAKE1", "open")],
        "the hub's alarm about this site's pack is open at the site"
    );

    // A person sees the network recall in the Recalls list like any other.
    let mut cx = Cx::new(&mut p.host, Some(&mut sam)).unwrap();
    let recalls = custody_api::recall::recalls(&mut cx, ()).unwrap();
    let listed = serde_json::to_value(&recalls).unwrap();
    assert_eq!(
        listed[0]["recall"]["number"], "NR-2026-004",
        "the pulled recall is listed: {listed}"
    );
}
