//! The simulator behind the hub's test fault proxy: a reply cut by the network (not by the
//! simulator) is an unknown outcome too, and the drainer verifies before it re-sends.

use std::time::Duration;

use custody_national::client::Outcome;
use custody_national::drain::{Kind, RequestState, Systems};
use custody_national::protocol::eu::{Decommission, PackState, Transaction};
use custody_national::sim::NmvsSim;

use super::fault_proxy::{Mode, Proxy};
use super::*;

/// A client of `sim` through `proxy`.
fn through(proxy: &Proxy, timeout_ms: u64) -> NmvsClient {
    let config = NmvsConfig {
        endpoint: Endpoint {
            timeout_ms,
            connect_timeout_ms: 500,
            ..Endpoint::new(&proxy.base)
        },
        user: "custody-drainer".to_string(),
        location: "pharmacy-1".to_string(),
    };
    NmvsClient::new(&config).unwrap()
}

#[test]
fn a_reply_cut_by_the_network_is_an_unknown_outcome_and_the_change_was_made() {
    let p = pack(1);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    let proxy = Proxy::start(&sim.base_url());
    proxy.set(Mode::CutReply);
    let supply = Transaction::Decommission(Decommission::Supplied);
    let e = through(&proxy, 3000).single(supply, &p).unwrap_err();
    assert_eq!(e.outcome, Outcome::Unknown, "the request went through: {e}");
    assert_eq!(
        sim.state_of(&p),
        Some(PackState::Supplied),
        "and was applied"
    );
}

#[test]
fn a_stalled_network_is_an_unknown_outcome_after_the_timeout() {
    let p = pack(1);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    let proxy = Proxy::start(&sim.base_url());
    proxy.set(Mode::Stall);
    let e = through(&proxy, 400)
        .single(Transaction::Verify, &p)
        .unwrap_err();
    assert_eq!(e.outcome, Outcome::Unknown, "connected, then silence: {e}");
}

#[test]
fn decommissions_cut_by_the_network_are_drained_once_each_when_it_mends() {
    let all = packs(8);
    let sim = NmvsSim::start(active(&all)).unwrap();
    let proxy = Proxy::start(&sim.base_url());
    let system = Systems::new().with_nmvs(de(), through(&proxy, 3000));
    let mut outbox = MemoryOutbox::new();
    for p in &all {
        outbox.queue(
            Kind::Decommission(Decommission::Supplied),
            de(),
            p.clone(),
            t0(),
        );
    }
    proxy.set(Mode::CutReply);
    let cut = pass(&mut outbox, &system, t0(), &Policy::default());
    assert_eq!(
        outbox.count(RequestState::Sent),
        8,
        "a cut bulk reply: all unknown: {cut:?}"
    );

    proxy.set(Mode::Pass);
    std::thread::sleep(Duration::from_millis(50));
    let report = drain_until_quiet(&mut outbox, &system, &Policy::default());
    assert_eq!(
        report.reverified, 8,
        "each verified before anything is re-sent: {report:?}"
    );
    assert_eq!(
        outbox.count(RequestState::Done),
        8,
        "every dispense drained"
    );
    for p in &all {
        assert_eq!(sim.decommissions(p), 1, "{p}: never decommissioned twice");
    }
    assert_eq!(sim.total_alerts(), 0, "no NMVS_NC_PCK_22");
}
