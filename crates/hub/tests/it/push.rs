//! Pushes that are taken: stored once, read back byte for byte, replays acknowledged without
//! storing again, gaps answered with the position the hub expects, concurrent pushes serialized.

use std::time::Instant;

use custody_sync_protocol::{routes, Ack, EventsPage, HeadReply};

use crate::support::{Site, TestHub};

fn ack(status: u16, body: serde_json::Value) -> Ack {
    assert_eq!(status, 200, "the push is taken: {body}");
    serde_json::from_value(body).expect("an Ack")
}

#[test]
fn pushed_events_are_read_back_byte_for_byte() {
    let hub = TestHub::start();
    let mut site = Site::enrolled(&hub, "NORTH");
    site.record(7);
    let (s, b) = site.push(&hub, 1, 5);
    assert_eq!(ack(s, b).stored, 5, "five new events");
    let (s, b) = site.push(&hub, 6, 7);
    let second = ack(s, b);
    assert_eq!(
        (second.acked_seq, second.acked_hash.as_str(), second.stored),
        (7, site.chain[6].hash.as_str(), 2),
        "the ack names the last event and its hash"
    );
    let mut read = Vec::new();
    let mut after = 0;
    loop {
        let (status, page) = hub.get(
            &format!("{}?after={after}&limit=3", routes::events("NORTH")),
            Some(&site.token),
        );
        assert_eq!(status, 200, "the site reads its own events: {page}");
        let page: EventsPage = serde_json::from_value(page).expect("a page");
        assert_eq!(
            page.head.as_ref().map(|h| h.seq),
            Some(7),
            "every page names the head"
        );
        let Some(last) = page.events.last() else {
            break;
        };
        after = last.seq;
        read.extend(page.events);
    }
    assert_eq!(
        read, site.chain,
        "the hub gives back exactly the bytes and hashes pushed"
    );
    let (_, head) = hub.get(&routes::head("NORTH"), Some(&site.token));
    let head: HeadReply = serde_json::from_value(head).expect("a head");
    assert_eq!(
        head.head.map(|h| h.hash),
        Some(site.chain[6].hash.clone()),
        "the head is the last event"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM event_line"),
        7,
        "one line per event, projected"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM event_line WHERE gtin = '09506000134352' AND serial = 'NORTH-A-4'"),
        1,
        "a pack is found by (gtin, serial)"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM event WHERE body->>'kind' = 'receive' AND body->'lines'->0->>'lot' = 'L1'"),
        7,
        "the jsonb copy answers queries"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM batch_signature"),
        2,
        "each stored batch keeps its signed head"
    );
}

#[test]
fn an_identical_replay_is_acknowledged_and_nothing_is_stored_twice() {
    let hub = TestHub::start();
    let mut site = Site::enrolled(&hub, "NORTH");
    site.record(5);
    let (s, b) = site.push(&hub, 1, 3);
    assert_eq!(ack(s, b).stored, 3, "three new events");
    let (s, b) = site.push(&hub, 1, 3);
    let replay = ack(s, b);
    assert_eq!(
        (replay.acked_seq, replay.stored),
        (3, 0),
        "a lost ack's resend is acknowledged with the hub's head and stores nothing"
    );
    let (s, b) = site.push(&hub, 2, 5);
    let overlap = ack(s, b);
    assert_eq!(
        (overlap.acked_seq, overlap.stored),
        (5, 2),
        "a batch overlapping held events stores only the new ones"
    );
    assert_eq!(hub.events_of("NORTH"), 5, "each event once");
    assert_eq!(
        hub.number("SELECT count(*) FROM event_line"),
        5,
        "each line once"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM batch_signature"),
        2,
        "a replay adds no signature"
    );
}

#[test]
fn a_gap_is_answered_with_the_expected_seq_and_nothing_stored() {
    let hub = TestHub::start();
    let mut site = Site::enrolled(&hub, "NORTH");
    site.record(6);
    let (s, b) = site.push(&hub, 1, 2);
    ack(s, b);
    let (status, body) = site.push(&hub, 5, 6);
    assert_eq!(
        (status, body["code"].as_str(), body["expected_seq"].as_i64()),
        (409, Some("gap"), Some(3)),
        "events 3 and 4 are missing: the hub asks for 3: {body}"
    );
    assert_eq!(
        hub.events_of("NORTH"),
        2,
        "nothing of the batch after the gap is stored"
    );
}

#[test]
fn a_full_batch_of_500_events_is_taken_and_read_back() {
    let hub = TestHub::start();
    let mut site = Site::enrolled(&hub, "NORTH");
    site.record(1000);
    let started = Instant::now();
    let (s, b) = site.push(&hub, 1, 500);
    let first = started.elapsed();
    assert_eq!(
        ack(s, b).stored,
        500,
        "a batch of the protocol's largest size is taken whole"
    );
    let started = Instant::now();
    let (s, b) = site.push(&hub, 501, 1000);
    let second = started.elapsed();
    assert_eq!(ack(s, b).acked_seq, 1000, "the second batch follows on");
    let build = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    eprintln!(
        "figures: a 500-event push took {first:?} (first) and {second:?} (second), {build} build"
    );
    let (status, page) = hub.get(
        &format!("{}?after=500", routes::events("NORTH")),
        Some(&site.token),
    );
    assert_eq!(status, 200, "the page reads: {page}");
    let page: EventsPage = serde_json::from_value(page).expect("a page");
    assert_eq!(
        page.events.as_slice(),
        &site.chain[500..],
        "a page is at most 500 events, byte for byte"
    );
}

#[test]
fn two_concurrent_pushes_of_the_same_batch_store_it_once() {
    let hub = TestHub::start();
    let mut site = Site::enrolled(&hub, "NORTH");
    site.record(100);
    for round in 0..5 {
        let (from, to) = (round * 20 + 1, round * 20 + 20);
        let batch = site.batch(from, to);
        let (a, b) = std::thread::scope(|s| {
            let one = s.spawn(|| site.send(&hub, &batch));
            let two = s.spawn(|| site.send(&hub, &batch));
            (one.join().expect("no panic"), two.join().expect("no panic"))
        });
        let (a, b) = (ack(a.0, a.1), ack(b.0, b.1));
        assert_eq!(
            a.stored + b.stored,
            20,
            "one of the two stores the batch, the other finds it held (round {round})"
        );
        assert_eq!(
            (a.acked_seq, b.acked_seq),
            (to, to),
            "both acknowledge the same head"
        );
    }
    assert_eq!(hub.events_of("NORTH"), 100, "no event stored twice");
    assert_eq!(
        hub.number("SELECT count(*) FROM batch_signature"),
        5,
        "one signed head per batch stored"
    );
}
