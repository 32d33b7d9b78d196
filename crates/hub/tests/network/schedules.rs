//! The property test over random schedules: three real sites, each behind its own fault proxy,
//! record work (users added, packs received from the supplier, sent to each other, received from
//! each other, dispensed), push, and lose their network in the ways the proxy can (refused, the
//! reply cut after the hub committed) in any order. After the network heals and every site has
//! pushed everything, the hub's chains are the sites' byte for byte, no event is held twice, and
//! every view the pushes kept equals its recomputation from the events held.

use custody_core::sync::SyncState;
use custody_core::Timestamp;
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};

use crate::proxy::{Mode, Proxy};
use crate::stock::{check_healed, StockSite};
use crate::support::TestHub;

const CODES: [&str; 3] = ["ALPHA", "BRAVO", "CHARLIE"];

/// What a site records in one step.
#[derive(Debug, Clone, Copy)]
enum Work {
    Users,
    Receive,
    /// A pack in stock sent to the site `1` or `2` places on (so never to itself).
    Send(usize),
    /// A pack another site sent here, received.
    Accept,
    Dispense,
    /// A pack this site never had, with the serial of one another site recorded, received from
    /// the supplier: a counterfeit pattern (in stock at two sites, seen after being dispensed,
    /// from two suppliers), so alarms are raised and kept too.
    Clone,
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Record(usize, Work, usize),
    Push(usize),
    Network(usize, Mode),
}

fn work() -> impl Strategy<Value = Work> {
    prop_oneof![
        Just(Work::Users),
        Just(Work::Receive),
        (1usize..3).prop_map(Work::Send),
        Just(Work::Accept),
        Just(Work::Dispense),
        Just(Work::Clone),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    let mode = prop_oneof![Just(Mode::Pass), Just(Mode::Refuse), Just(Mode::CutReply)];
    prop_oneof![
        4 => (0usize..3, work(), 1usize..5).prop_map(|(s, w, k)| Step::Record(s, w, k)),
        3 => (0usize..3).prop_map(Step::Push),
        2 => (0usize..3, mode).prop_map(|(s, m)| Step::Network(s, m)),
    ]
}

/// The sites' stock as the schedule moved it, so each movement asks only for what the site's
/// stock allows (a transfer of a pack in stock, a receipt of a pack on its way here).
#[derive(Default)]
struct Model {
    in_stock: [Vec<String>; 3],
    /// Packs on their way to each site, with the sender.
    incoming: [Vec<(String, usize)>; 3],
    /// Every serial each site has recorded.
    known: [Vec<String>; 3],
    next_serial: usize,
    next_users: usize,
}

impl Model {
    fn new_serial(&mut self, site: usize) -> String {
        self.next_serial += 1;
        format!("{}{}", &CODES[site][..1], self.next_serial)
    }
}

/// Records one piece of `work` at `site`; a movement with nothing to move receives a new pack
/// instead, so every step records something.
fn record(sites: &mut [StockSite], model: &mut Model, site: usize, work: Work) {
    match work {
        Work::Users => {
            model.next_users += 1;
            sites[site].add_users(&format!("u{}x", model.next_users), 1);
            return;
        }
        Work::Send(offset) => {
            // A pack goes only to a site that never had it: one holding a clone of it would
            // (rightly) refuse it as already in stock.
            let to = (site + offset) % 3;
            let fresh = model.in_stock[site]
                .iter()
                .position(|s| !model.known[to].contains(s));
            if let Some(i) = fresh {
                let serial = model.in_stock[site].remove(i);
                sites[site].send(&serial, CODES[to]);
                model.known[to].push(serial.clone());
                model.incoming[to].push((serial, site));
                return;
            }
        }
        Work::Accept if !model.incoming[site].is_empty() => {
            let (serial, from) = model.incoming[site].remove(0);
            sites[site].accept(&serial, CODES[from]);
            model.in_stock[site].push(serial);
            return;
        }
        Work::Dispense if !model.in_stock[site].is_empty() => {
            let serial = model.in_stock[site].remove(0);
            sites[site].dispense(&serial);
            return;
        }
        Work::Clone => {
            let elsewhere = (0..3)
                .filter(|&other| other != site)
                .flat_map(|other| model.known[other].iter())
                .find(|s| !model.known[site].contains(s))
                .cloned();
            if let Some(serial) = elsewhere {
                sites[site].receive(&serial);
                model.known[site].push(serial);
                return;
            }
        }
        _ => {}
    }
    let serial = model.new_serial(site);
    sites[site].receive(&serial);
    model.known[site].push(serial.clone());
    model.in_stock[site].push(serial);
}

fn run(schedule: &[Step]) {
    let hub = TestHub::start();
    let clock = Timestamp::parse("2026-12-01T09:00:00+01:00").expect("a fixed time");
    let proxies: Vec<Proxy> = CODES.iter().map(|_| Proxy::start(&hub.base)).collect();
    let mut sites: Vec<StockSite> = CODES
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let others: Vec<&str> = CODES.iter().copied().filter(|c| c != code).collect();
            let mut site = StockSite::new(code, &others, clock);
            site.enrol(&proxies[i].base, &hub.add_site(code));
            site
        })
        .collect();
    let mut model = Model::default();
    for step in schedule {
        match *step {
            Step::Record(site, work, k) => {
                for _ in 0..k {
                    record(&mut sites, &mut model, site, work);
                }
            }
            Step::Push(site) => {
                let report = sites[site].push();
                assert!(
                    matches!(report.state, SyncState::Ok | SyncState::Offline),
                    "a push through a faulty network is either done or waits, never refused: {report:?}"
                );
            }
            Step::Network(site, mode) => proxies[site].set(mode),
        }
    }
    for (site, proxy) in sites.iter_mut().zip(&proxies) {
        proxy.set(Mode::Pass);
        let report = site.push();
        assert_eq!(
            (report.state, report.acked_seq),
            (SyncState::Ok, site.last_seq()),
            "once the network heals one push takes {} up to its last event: {report:?}",
            site.code
        );
    }
    check_healed(&hub, &sites);
}

proptest! {
    // Each case runs three sites and a hub database: 16 cases keep the suite well under a
    // minute; shrinking is bounded for the same reason.
    #![proptest_config(Config {
        cases: 16,
        max_shrink_iters: 32,
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..Config::default()
    })]

    #[test]
    fn after_any_schedule_heals_the_hub_holds_every_chain_once_and_its_views_are_the_events(
        schedule in proptest::collection::vec(step(), 1..24)
    ) {
        run(&schedule);
    }
}
