//! The national verification crate against its real simulators on loopback: the client over
//! HTTP, the drainer over an in-memory outbox, no mock of the HTTP layer.

mod alerts;
mod bulk;
mod day;
mod lost;
mod proxied;
mod run;
mod timeouts;
mod undo;
mod us;

// The hub's test fault proxy, from its own file: the simulators behind the same faults as the hub.
#[path = "../../../hub/tests/network/proxy.rs"]
#[allow(dead_code)]
mod fault_proxy;

use chrono::{DateTime, TimeZone, Utc};
use custody_national::client::{Endpoint, NmvsClient, NmvsConfig};
use custody_national::drain::{drain_once, MemoryOutbox, Policy, Report, RequestState, Systems};
use custody_national::protocol::{Market, PackKey};
use custody_national::sim::{NmvsSim, SimPack};

/// The product every test pack is of.
const GTIN: &str = "09501101020917";

/// The `i`th test pack.
fn pack(i: usize) -> PackKey {
    PackKey::new(GTIN, &format!("S{i:05}"), "L1", "281231").unwrap()
}

/// Packs `0..n`, all active in this market.
fn packs(n: usize) -> Vec<PackKey> {
    (0..n).map(pack).collect()
}

fn active(packs: &[PackKey]) -> Vec<SimPack> {
    packs.iter().cloned().map(SimPack::active).collect()
}

fn de() -> Market {
    Market::parse("EU-DE").unwrap()
}

/// A fixed morning, so the tests' times read plainly.
fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 3, 8, 0, 0).unwrap()
}

/// A client of `sim` as `user`, waiting at most `timeout_ms`.
fn client_as(sim: &NmvsSim, user: &str, timeout_ms: u64) -> NmvsClient {
    let config = NmvsConfig {
        endpoint: Endpoint {
            timeout_ms,
            connect_timeout_ms: 500,
            ..Endpoint::new(&sim.base_url())
        },
        user: user.to_string(),
        location: "pharmacy-1".to_string(),
    };
    NmvsClient::new(&config).unwrap()
}

/// The drainer's systems: `sim` for EU-DE, as the site's system user.
fn systems(sim: &NmvsSim) -> Systems {
    Systems::new().with_nmvs(de(), client_as(sim, "custody-drainer", 3000))
}

/// Singles only: bulk from a thousand packs.
fn singles() -> Policy {
    Policy {
        bulk_min: 1000,
        ..Policy::default()
    }
}

/// A pass at `now`.
fn pass(
    outbox: &mut MemoryOutbox,
    system: &Systems,
    now: DateTime<Utc>,
    policy: &Policy,
) -> Report {
    drain_once(outbox, system, now, policy).unwrap()
}

/// Passes an hour apart from 08:00 until nothing waits: the passes' reports added up.
fn drain_until_quiet(outbox: &mut MemoryOutbox, system: &Systems, policy: &Policy) -> Report {
    let mut total = Report::default();
    for hour in 0..50 {
        let waiting = outbox.count(RequestState::Pending) + outbox.count(RequestState::Sent);
        if waiting == 0 {
            return total;
        }
        let r = pass(outbox, system, t0() + chrono::Duration::hours(hour), policy);
        total.singles += r.singles;
        total.bulks += r.bulks;
        total.fallbacks += r.fallbacks;
        total.reverified += r.reverified;
        total.done += r.done;
        total.alerts += r.alerts;
        total.failed += r.failed;
        total.retried += r.retried;
    }
    panic!("the outbox does not empty: {total:?}");
}
