//! Bulk requests do no intermarket look-up: packs of another market fall back to singles.

use custody_national::drain::{Kind, RequestState};
use custody_national::protocol::eu::{
    BulkTransaction, Decommission, PackState, ReturnCode, Transaction,
};
use custody_national::sim::NmvsSim;

use super::*;

#[test]
fn packs_of_another_market_unknown_in_bulk_are_retried_singly_and_supplied() {
    let all = packs(6);
    let mut known = active(&all);
    known[1].foreign = true;
    known[4].foreign = true;
    let sim = NmvsSim::start(known).unwrap();
    let system = systems(&sim);

    // The simulator's rule first, on the client: unknown in bulk, known singly.
    let client = client_as(&sim, "someone", 3000);
    let verify = BulkTransaction::of(Transaction::Verify).unwrap();
    let answer = client.bulk(verify, &all).unwrap();
    let codes: Vec<Option<ReturnCode>> = answer.results.iter().map(|r| r.return_code).collect();
    assert_eq!(
        codes[1],
        Some(ReturnCode::UnknownProductCode),
        "foreign in bulk: PC_01"
    );
    assert_eq!(codes[0], None, "a pack of this market is known in bulk");
    let single = client.single(Transaction::Verify, &all[1]).unwrap();
    assert_eq!(
        single.state,
        Some(PackState::Active),
        "foreign singly: known"
    );

    let mut outbox = MemoryOutbox::new();
    for p in &all {
        outbox.queue(
            Kind::Decommission(Decommission::Supplied),
            de(),
            p.clone(),
            t0(),
        );
    }
    let report = pass(&mut outbox, &system, t0(), &Policy::default());
    assert_eq!((report.bulks, report.fallbacks), (1, 2), "{report:?}");
    assert_eq!(outbox.count(RequestState::Done), 6, "the foreign packs too");
    for p in &all {
        assert_eq!(
            sim.state_of(p),
            Some(PackState::Supplied),
            "{p} is supplied"
        );
        assert_eq!(
            sim.decommissions(p),
            1,
            "{p}: once in bulk or once singly, never both"
        );
    }
    assert_eq!(sim.total_alerts(), 0, "PC_01 in bulk is no alert");
}
