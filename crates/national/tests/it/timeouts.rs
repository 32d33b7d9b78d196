//! Transport failures say whether the outcome is known: refused before sending is known; a
//! timeout after sending or a dropped reply is not.

use std::time::Duration;

use custody_national::client::Outcome;
use custody_national::drain::{Kind, RequestState};
use custody_national::protocol::eu::{Decommission, PackState, ReturnCode, Transaction};
use custody_national::sim::NmvsSim;

use super::*;

const SUPPLY: Transaction = Transaction::Decommission(Decommission::Supplied);

#[test]
fn a_reply_later_than_the_timeout_is_an_unknown_outcome_and_the_change_was_made() {
    let p = pack(1);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    sim.set_delay(Some(Duration::from_millis(1500)));
    let e = client_as(&sim, "u", 300).single(SUPPLY, &p).unwrap_err();
    assert_eq!(e.outcome, Outcome::Unknown, "a timeout after sending: {e}");
    assert_eq!(
        sim.state_of(&p),
        Some(PackState::Supplied),
        "which is why: it was applied"
    );
}

#[test]
fn a_dropped_reply_is_an_unknown_outcome() {
    let p = pack(1);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    sim.lose_reply(&p);
    let e = client_as(&sim, "u", 3000).single(SUPPLY, &p).unwrap_err();
    assert_eq!(e.outcome, Outcome::Unknown, "{e}");
}

#[test]
fn a_refused_connection_is_a_known_outcome() {
    let sim = NmvsSim::start(Vec::new()).unwrap();
    let client = client_as(&sim, "u", 3000);
    drop(sim);
    std::thread::sleep(Duration::from_millis(100));
    let e = client.single(SUPPLY, &pack(1)).unwrap_err();
    assert_eq!(
        e.outcome,
        Outcome::Known,
        "nothing listens, nothing was sent: {e}"
    );
}

#[test]
fn a_system_down_answers_sp_901_and_applies_nothing() {
    let p = pack(1);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    sim.set_unavailable(true);
    let r = client_as(&sim, "u", 3000).single(SUPPLY, &p).unwrap();
    assert_eq!(
        r.return_code,
        Some(ReturnCode::SystemNotAvailable),
        "a system down says so"
    );
    assert_eq!(
        sim.state_of(&p),
        Some(PackState::Active),
        "nothing applied while down"
    );
}

#[test]
fn a_decommission_that_timed_out_is_verified_then_done_without_a_second_one() {
    let p = pack(2);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    sim.set_delay(Some(Duration::from_millis(1500)));
    let system =
        custody_national::drain::Systems::new().with_nmvs(de(), client_as(&sim, "drainer", 300));
    let mut outbox = MemoryOutbox::new();
    let id = outbox.queue(
        Kind::Decommission(Decommission::Supplied),
        de(),
        p.clone(),
        t0(),
    );
    pass(&mut outbox, &system, t0(), &singles());
    let r = outbox.get(id).unwrap();
    assert_eq!(
        r.state,
        RequestState::Sent,
        "outcome unknown after a timeout"
    );
    assert_eq!(
        r.next_attempt_at,
        t0() + chrono::Duration::seconds(30),
        "first back-off"
    );

    sim.set_delay(None);
    let report = pass(
        &mut outbox,
        &system,
        t0() + chrono::Duration::seconds(30),
        &singles(),
    );
    assert_eq!((report.reverified, report.singles), (1, 0), "{report:?}");
    assert_eq!(
        outbox.get(id).unwrap().state,
        RequestState::Done,
        "found applied by the verification"
    );
    assert_eq!(sim.decommissions(&p), 1, "never decommissioned twice");
    assert_eq!(sim.total_alerts(), 0, "no NMVS_NC_PCK_22");
}
