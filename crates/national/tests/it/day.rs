//! A day of dispensing while the national system is down, then drained.

use custody_national::drain::{Kind, Policy, RequestState};
use custody_national::protocol::eu::{Decommission, PackState};
use custody_national::sim::NmvsSim;

use super::*;

#[test]
fn a_day_of_dispenses_queued_offline_is_drained_with_every_pack_supplied_once() {
    let day = packs(200);
    let sim = NmvsSim::start(active(&day)).unwrap();
    sim.set_unavailable(true);
    let system = systems(&sim);
    let policy = Policy::default();
    let mut outbox = MemoryOutbox::new();
    let supplied = Kind::Decommission(Decommission::Supplied);
    for (i, p) in day.iter().enumerate() {
        // One dispense every three minutes from 08:00, each tried as it is queued.
        let at = t0() + chrono::Duration::minutes(3 * i as i64);
        outbox.queue(supplied, de(), p.clone(), at);
        pass(&mut outbox, &system, at, &policy);
    }
    assert_eq!(
        outbox.count(RequestState::Pending),
        200,
        "nothing leaves while SP-901"
    );
    assert!(
        outbox
            .requests()
            .iter()
            .all(|r| r.last_code.as_deref() == Some("SP-901")),
        "each waiting dispense says why it waits"
    );
    assert!(
        day.iter().all(|p| sim.decommissions(p) == 0),
        "SP-901 applies nothing"
    );

    sim.set_unavailable(false);
    let evening = t0() + chrono::Duration::hours(12);
    let report = pass(&mut outbox, &system, evening, &policy);
    assert_eq!(
        report.bulks, 2,
        "200 packs go as two bulks of 100: {report:?}"
    );
    assert_eq!(
        outbox.count(RequestState::Done),
        200,
        "every dispense drained: {report:?}"
    );
    for p in &day {
        assert_eq!(
            sim.state_of(p),
            Some(PackState::Supplied),
            "{p} is supplied"
        );
        assert_eq!(
            sim.decommissions(p),
            1,
            "{p} was decommissioned exactly once"
        );
    }
    assert_eq!(sim.total_alerts(), 0, "a drained day raises no alert");
}
