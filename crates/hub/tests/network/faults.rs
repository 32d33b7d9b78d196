//! The remaining field scenarios through real sites: the hub process killed (`kill -9`) while a
//! large push is in flight and started again, site clocks days apart, and a transfer whose
//! receipt reaches the hub before its send.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use custody_core::sync::SyncState;
use custody_core::Timestamp;
use custody_hub::views::{counterfeit_alarms, transfers, TransferState};

use crate::stock::{check_healed, StockSite};
use crate::support::TestHub;

fn at(time: &str) -> Timestamp {
    Timestamp::parse(time).expect("a fixed time")
}

/// The `custody-hub` binary serving `db_url` on `listen`; its process and the address it said
/// it listens on.
fn serve(db_url: &str, listen: &str) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .args(["--db-url", db_url, "serve", "--listen", listen])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the hub's binary starts");
    let stdout = child.stdout.take().expect("piped above");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("the hub prints the address it listens on");
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("the hub's first line names its address, not {line:?}"))
        .to_string();
    (child, addr)
}

#[test]
fn the_hub_killed_mid_batch_and_restarted_takes_the_rest_and_holds_nothing_twice() {
    let db = TestHub::start();
    let (mut hub, addr) = serve(&db.url, "127.0.0.1:0");
    let base = format!("http://{addr}");
    let mut site = StockSite::new("KILLED", &[], at("2026-12-01T09:00:00+01:00"));
    site.enrol(&base, &db.add_site("KILLED"));
    for i in 0..40 {
        site.receive(&format!("K{i}"));
    }
    site.add_users("u", 3000);
    let total = site.last_seq();

    let report = std::thread::scope(|s| {
        let pushing = s.spawn(|| site.push());
        // Kill the hub the moment it holds part of the chain: batches of 500 are still coming.
        let deadline = Instant::now() + Duration::from_secs(60);
        while db.events_of("KILLED") == 0 {
            assert!(Instant::now() < deadline, "the push reaches the hub");
            std::thread::sleep(Duration::from_millis(2));
        }
        hub.kill().expect("kill -9 the hub");
        hub.wait().expect("the killed hub is reaped");
        pushing.join().expect("the push returns")
    });
    let held = db.events_of("KILLED");
    assert_eq!(
        report.state,
        SyncState::Offline,
        "a hub killed under a push reads as unreachable, the site keeps its events: {report:?}"
    );
    assert!(
        held > 0 && held < total && held % 500 == 0,
        "only whole batches committed before the kill are held ({held} of {total}): the batch in \
         flight was rolled back with the connection"
    );

    // The same address again: the site knows no other.
    let (mut restarted, _) = serve(&db.url, &addr);
    let resumed = site.push();
    restarted.kill().expect("the restarted hub stops");
    restarted.wait().expect("and is reaped");
    assert_eq!(
        (resumed.state, resumed.acked_seq),
        (SyncState::Ok, total),
        "the restarted hub takes the rest: {resumed:?}"
    );
    assert!(
        resumed.stored <= total - report.acked_seq && resumed.stored >= total - held,
        "what the killed hub committed but never acknowledged is replayed, not stored again \
         (stored {}, held before {held}, acknowledged before {})",
        resumed.stored,
        report.acked_seq
    );
    check_healed(&db, &[site]);
}

#[test]
fn site_clocks_days_apart_change_only_the_rule_that_compares_times_across_sites() {
    let hub = TestHub::start();
    // AHEAD's clock runs three days ahead of ON_TIME's, BEHIND's four days behind.
    let mut on_time = StockSite::new(
        "ONTIME",
        &["AHEAD", "BEHIND"],
        at("2026-12-01T09:00:00+01:00"),
    );
    let mut ahead = StockSite::new("AHEAD", &["ONTIME"], at("2026-12-04T09:00:00+01:00"));
    let mut behind = StockSite::new("BEHIND", &["ONTIME"], at("2026-11-27T09:00:00+01:00"));
    for site in [&mut on_time, &mut ahead, &mut behind] {
        let code = hub.add_site(&site.code);
        site.enrol(&hub.base, &code);
    }

    // A transfer received "three days after" it was sent, another "four days before".
    on_time.receive("T1");
    on_time.receive("T2");
    on_time.send("T1", "AHEAD");
    on_time.send("T2", "BEHIND");
    ahead.accept("T1", "ONTIME");
    behind.accept("T2", "ONTIME");
    // The same pack received from the supplier at two sites days apart by their clocks.
    on_time.receive("C1");
    ahead.receive("C1");
    // A pack dispensed at ONTIME, then received from the supplier at AHEAD (whose clock says
    // later) and at BEHIND (whose clock says earlier, though it happened later in fact).
    on_time.receive("D1");
    on_time.dispense("D1");
    ahead.receive("D1");
    on_time.receive("D2");
    on_time.dispense("D2");
    behind.receive("D2");
    for site in [&mut on_time, &mut ahead, &mut behind] {
        assert_eq!(site.push().state, SyncState::Ok, "{} pushes", site.code);
    }

    let listed = hub
        .block_on(transfers(&hub.db, None, Some("2026-12-02T00:00:00Z")))
        .expect("the transfers list");
    let states: Vec<(&str, TransferState)> =
        listed.iter().map(|t| (t.to.as_str(), t.state)).collect();
    assert_eq!(
        states,
        [
            ("AHEAD", TransferState::Received),
            ("BEHIND", TransferState::Received),
        ],
        "transfers pair by each site's seq, not by time: a receipt dated before its send is still \
         its receipt"
    );
    let alarms = hub
        .block_on(counterfeit_alarms(&hub.db, false))
        .expect("the alarms list");
    let mut patterns: Vec<(&str, Vec<String>)> = alarms
        .iter()
        .map(|a| (a.serial.as_str(), a.pattern_names.clone()))
        .collect();
    patterns.sort();
    assert_eq!(
        patterns,
        [
            (
                "C1",
                vec![
                    "held_at_two_sites".to_string(),
                    "received_twice_from_outside".to_string()
                ]
            ),
            (
                "D1",
                vec![
                    "received_twice_from_outside".to_string(),
                    "seen_after_gone".to_string()
                ]
            ),
            ("D2", vec!["received_twice_from_outside".to_string()]),
        ],
        "one alarm per pack whatever the clocks say; only seen_after_gone compares two sites' \
         clocks, so BEHIND's receipt of a pack already dispensed, dated before the dispense, does \
         not show it (the other pattern still catches the pack)"
    );
    check_healed(&hub, &[on_time, ahead, behind]);
}

#[test]
fn a_receipt_reaching_the_hub_before_its_send_waits_for_it_and_then_pairs() {
    let hub = TestHub::start();
    let clock = at("2026-12-01T09:00:00+01:00");
    let mut sender = StockSite::new("SENDER", &["TAKER"], clock);
    let mut taker = StockSite::new("TAKER", &["SENDER"], clock);
    for site in [&mut sender, &mut taker] {
        let code = hub.add_site(&site.code);
        site.enrol(&hub.base, &code);
    }
    sender.receive("P1");
    sender.send("P1", "TAKER");
    taker.accept("P1", "SENDER");

    assert_eq!(
        taker.push().state,
        SyncState::Ok,
        "the receiver pushes first"
    );
    let states = |hub: &TestHub| -> Vec<TransferState> {
        hub.block_on(transfers(&hub.db, None, None))
            .expect("the transfers list")
            .iter()
            .map(|t| t.state)
            .collect()
    };
    assert_eq!(
        states(&hub),
        [TransferState::ReceiptWithoutSend],
        "the hub holds a receipt and no send yet"
    );
    let open = hub
        .block_on(counterfeit_alarms(&hub.db, false))
        .expect("the alarms list");
    assert_eq!(
        open.iter()
            .map(|a| a.pattern_names.clone())
            .collect::<Vec<_>>(),
        [vec!["receipt_without_send".to_string()]],
        "until the send arrives, a receipt from a network site that holds no send is suspect"
    );

    assert_eq!(
        sender.push().state,
        SyncState::Ok,
        "the sender pushes later"
    );
    assert_eq!(
        states(&hub),
        [TransferState::Received],
        "the send pairs with the receipt that came first"
    );
    assert!(
        hub.block_on(counterfeit_alarms(&hub.db, false))
            .expect("the alarms list")
            .is_empty(),
        "the send's arrival clears the alarm: nothing is suspect any more"
    );
    check_healed(&hub, &[sender, taker]);
}
