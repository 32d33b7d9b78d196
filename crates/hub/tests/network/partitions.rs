//! The network's two other faults and a partition's strongest counterfeit signal, through real
//! stock sites and the fault proxy: a hub that accepts the connection and goes silent ends the
//! push as offline when the site's timeout runs out, the site working on; a slow line carries
//! the whole chain; and one serial dispensed at two sites while each was cut off from the hub
//! raises exactly one alarm once both have pushed.

use std::time::{Duration, Instant};

use custody_core::sync::SyncState;
use custody_core::Timestamp;
use custody_hub::views::counterfeit_alarms;
use custody_sync_client::{push_all, Hub};

use crate::proxy::{Mode, Proxy};
use crate::stock::{check_healed, StockSite};
use crate::support::TestHub;

fn clock() -> Timestamp {
    Timestamp::parse("2026-12-02T09:00:00Z").expect("a fixed time")
}

/// The site enrolled at the hub through a proxy of its own.
fn behind_a_proxy(hub: &TestHub, code: &str, others: &[&str]) -> (StockSite, Proxy) {
    let proxy = Proxy::start(&hub.base);
    let mut site = StockSite::new(code, others, clock());
    site.enrol(&proxy.base, &hub.add_site(code));
    (site, proxy)
}

#[test]
fn a_silent_hub_ends_the_push_as_offline_and_a_slow_line_carries_the_whole_chain() {
    let hub = TestHub::start();
    let (mut north, proxy) = behind_a_proxy(&hub, "NORTH", &[]);
    for i in 0..40 {
        north.receive(&format!("P{i}"));
    }

    proxy.set(Mode::Stall);
    let token = north
        .store
        .sync_credentials(&north.admin)
        .expect("enrolled")
        .token;
    let impatient = Hub::new(&proxy.base, Some(token), Duration::from_secs(2)).expect("an address");
    let started = Instant::now();
    let stalled = push_all(&mut north.store, &north.admin, &impatient, north.clock)
        .expect("a silent hub is an answer: offline");
    assert_eq!(
        stalled.state,
        SyncState::Offline,
        "a hub that never answers is offline once the site stops waiting: {stalled:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "the push gave up at its timeout, it did not hang: {:?}",
        started.elapsed()
    );
    assert_eq!(hub.events_of("NORTH"), 0, "nothing reached the hub");
    north.receive("DURING");
    let status = north
        .store
        .sync_status(&north.admin)
        .expect("the status reads");
    assert_eq!(
        (status.waiting, status.offline_since.is_some()),
        (north.last_seq(), true),
        "the site worked on; every event waits and the status says since when it is cut off"
    );

    proxy.set(Mode::Throttle);
    let slow = north.push();
    assert_eq!(
        (slow.state, slow.acked_seq),
        (SyncState::Ok, north.last_seq()),
        "a slow line carries the whole chain: {slow:?}"
    );
    check_healed(&hub, &[north]);
}

#[test]
fn one_serial_dispensed_at_two_partitioned_sites_raises_exactly_one_alarm_after_heal() {
    let hub = TestHub::start();
    let (mut north, north_line) = behind_a_proxy(&hub, "NORTH", &["SOUTH"]);
    let (mut south, south_line) = behind_a_proxy(&hub, "SOUTH", &["NORTH"]);
    north.receive("OK1");
    south.receive("OK2");
    assert_eq!(north.push().state, SyncState::Ok);
    assert_eq!(south.push().state, SyncState::Ok);

    // Both cut off: each receives a pack with the same serial from the supplier and dispenses
    // it; neither can know of the other's.
    north_line.set(Mode::Refuse);
    south_line.set(Mode::Refuse);
    for site in [&mut north, &mut south] {
        site.receive("DUP");
        site.dispense("DUP");
        assert_eq!(
            site.push().state,
            SyncState::Offline,
            "{} works on, offline",
            site.code
        );
    }
    assert!(
        hub.block_on(counterfeit_alarms(&hub.db, false))
            .expect("the alarms list")
            .is_empty(),
        "nothing is known at the hub while both are cut off"
    );

    north_line.set(Mode::Pass);
    south_line.set(Mode::Pass);
    assert_eq!(north.push().state, SyncState::Ok);
    assert_eq!(south.push().state, SyncState::Ok);
    // A second round of pushes and pulls changes nothing: the alarm is raised once.
    north.push();
    south.push();
    let alarms = hub
        .block_on(counterfeit_alarms(&hub.db, false))
        .expect("the alarms list");
    let raised: Vec<(&str, Vec<String>)> = alarms
        .iter()
        .map(|a| (a.serial.as_str(), a.sites.clone()))
        .collect();
    assert_eq!(
        raised,
        [("DUP", vec!["NORTH".to_string(), "SOUTH".to_string()])],
        "exactly one alarm, for the one serial, naming both sites: {alarms:?}"
    );
    check_healed(&hub, &[north, south]);
}
