//! Undo: within 10 days, by the same user at the same premises.

use custody_national::drain::{Kind, RequestState, Systems};
use custody_national::protocol::eu::{Decommission, PackState};
use custody_national::sim::NmvsSim;

use super::*;

const SUPPLIED: Decommission = Decommission::Supplied;

/// Supplies `p` through the drainer at the simulator's time.
fn supply(sim: &NmvsSim, p: &PackKey) {
    let mut outbox = MemoryOutbox::new();
    outbox.queue(Kind::Decommission(SUPPLIED), de(), p.clone(), t0());
    pass(&mut outbox, &systems(sim), t0(), &singles());
    assert_eq!(
        sim.state_of(p),
        Some(PackState::Supplied),
        "supplied before the undo"
    );
}

/// Undoes `p`'s supply through `system`: the request's state and code.
fn undo(system: &Systems, p: &PackKey) -> (RequestState, Option<String>) {
    let mut outbox = MemoryOutbox::new();
    let id = outbox.queue(Kind::Undo(SUPPLIED), de(), p.clone(), t0());
    pass(&mut outbox, system, t0(), &singles());
    let r = outbox.get(id).unwrap();
    (r.state, r.last_code.clone())
}

#[test]
fn an_undo_within_ten_days_by_the_same_user_makes_the_pack_active_again() {
    let p = pack(1);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    supply(&sim, &p);
    sim.advance(chrono::Duration::days(9));
    assert_eq!(
        undo(&systems(&sim), &p),
        (RequestState::Done, None),
        "within the window, by the same user: undone"
    );
    assert_eq!(
        sim.state_of(&p),
        Some(PackState::Active),
        "the pack is active again"
    );
}

#[test]
fn an_undo_after_ten_days_is_refused_without_alert() {
    let p = pack(2);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    supply(&sim, &p);
    sim.advance(chrono::Duration::days(10) + chrono::Duration::minutes(1));
    let (state, code) = undo(&systems(&sim), &p);
    assert_eq!(
        state,
        RequestState::Failed,
        "too late is our mistake, not the pack's"
    );
    assert_eq!(code.as_deref(), Some("NMVS_NC_PCK_20"));
    assert_eq!(
        sim.state_of(&p),
        Some(PackState::Supplied),
        "the pack stays supplied"
    );
    assert_eq!(sim.total_alerts(), 0, "a refused undo raises no alert");
}

#[test]
fn an_undo_by_another_user_is_refused_without_alert() {
    let p = pack(3);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    supply(&sim, &p);
    let other = Systems::new().with_nmvs(de(), client_as(&sim, "another-pharmacist", 3000));
    let (state, code) = undo(&other, &p);
    assert_eq!(state, RequestState::Failed, "another user cannot undo");
    assert_eq!(code.as_deref(), Some("NMVS_NC_PCK_21"));
    assert_eq!(
        sim.state_of(&p),
        Some(PackState::Supplied),
        "the pack stays supplied"
    );
}

#[test]
fn an_undo_of_a_pack_not_in_that_state_is_refused() {
    let p = pack(4);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    let (state, code) = undo(&systems(&sim), &p);
    assert_eq!(
        (state, code.as_deref()),
        (RequestState::Failed, Some("NMVS_NC_PCK_06"))
    );
}
