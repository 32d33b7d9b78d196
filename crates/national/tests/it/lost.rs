//! Lost replies: a decommission applied whose answer never came is verified, not re-sent.

use custody_national::drain::{Kind, RequestState};
use custody_national::protocol::eu::{Decommission, PackState, ReturnCode, Transaction};
use custody_national::sim::NmvsSim;

use super::*;

const SUPPLIED: Kind = Kind::Decommission(Decommission::Supplied);

#[test]
fn re_sending_a_decommission_blindly_raises_the_falsification_alert() {
    // The trap the drainer must avoid, shown on the simulator itself.
    let p = pack(1);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    let client = client_as(&sim, "custody-drainer", 3000);
    let tx = Transaction::Decommission(Decommission::Supplied);
    assert_eq!(
        client.single(tx, &p).unwrap().return_code,
        None,
        "the first G120 succeeds"
    );
    let again = client.single(tx, &p).unwrap();
    assert_eq!(
        again.return_code,
        Some(ReturnCode::AlreadyInactive),
        "a second G120 is PCK_22"
    );
    assert!(
        again.alert_id.is_some(),
        "and it raises an alert with a UAID"
    );
    assert_eq!(sim.alerts(&p), 1, "one alert, from the second G120");
}

#[test]
fn lost_replies_on_single_decommissions_never_bring_a_second_decommission() {
    let all = packs(10);
    let sim = NmvsSim::start(active(&all)).unwrap();
    let lost = [2, 5, 7];
    for i in lost {
        sim.lose_reply(&all[i]);
    }
    let system = systems(&sim);
    let mut outbox = MemoryOutbox::new();
    for p in &all {
        outbox.queue(SUPPLIED, de(), p.clone(), t0());
    }
    // A lost reply holds the market back for the rest of its pass, so it takes a few passes.
    let report = drain_until_quiet(&mut outbox, &system, &singles());
    for i in lost {
        assert_eq!(
            sim.state_of(&all[i]),
            Some(PackState::Supplied),
            "the change was applied"
        );
    }
    assert_eq!(
        report.reverified, 3,
        "each unknown outcome is verified first: {report:?}"
    );
    assert_eq!(
        report.singles, 10,
        "and none is re-sent, being applied already: {report:?}"
    );
    assert_eq!(
        outbox.count(RequestState::Done),
        10,
        "every dispense drained"
    );
    for p in &all {
        assert_eq!(sim.decommissions(p), 1, "{p}: one decommission, never two");
    }
    assert_eq!(
        sim.total_alerts(),
        0,
        "no NMVS_NC_PCK_22, no alert of any kind"
    );
}

#[test]
fn a_lost_bulk_reply_is_verified_pack_by_pack_and_nothing_is_sent_twice() {
    let all = packs(12);
    let sim = NmvsSim::start(active(&all)).unwrap();
    sim.lose_next_replies(1);
    let system = systems(&sim);
    let mut outbox = MemoryOutbox::new();
    for p in &all {
        outbox.queue(SUPPLIED, de(), p.clone(), t0());
    }
    let policy = Policy::default();
    let first = pass(&mut outbox, &system, t0(), &policy);
    assert_eq!(
        (first.bulks, outbox.count(RequestState::Sent)),
        (1, 12),
        "{first:?}"
    );

    let second = pass(
        &mut outbox,
        &system,
        t0() + chrono::Duration::hours(1),
        &policy,
    );
    assert_eq!(second.reverified, 12, "{second:?}");
    assert_eq!(
        outbox.count(RequestState::Done),
        12,
        "every dispense drained"
    );
    assert!(
        all.iter().all(|p| sim.decommissions(p) == 1),
        "one decommission each"
    );
    assert_eq!(sim.total_alerts(), 0, "no NMVS_NC_PCK_22");
}

#[test]
fn an_unknown_outcome_whose_change_never_arrived_is_sent_after_its_verification() {
    // Lost before the system applied it (a crash after marking it sent): the verification
    // finds the pack still active, so the decommission is sent, once.
    let p = pack(3);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    let system = systems(&sim);
    let mut outbox = MemoryOutbox::new();
    let id = outbox.queue(SUPPLIED, de(), p.clone(), t0());
    custody_national::drain::Outbox::mark_sent(&mut outbox, id, t0()).unwrap();
    let report = pass(&mut outbox, &system, t0(), &singles());
    assert_eq!((report.reverified, report.singles), (1, 1), "{report:?}");
    assert_eq!(
        outbox.get(id).unwrap().state,
        RequestState::Done,
        "sent once the verification found the pack active"
    );
    assert_eq!(sim.decommissions(&p), 1, "sent once, not twice");
}

#[test]
fn an_unknown_outcome_on_a_pack_someone_else_supplied_is_an_alert_not_a_second_decommission() {
    // Marked sent, then the site crashed; meanwhile another pharmacy supplied the same pack.
    let p = pack(4);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    let tx = Transaction::Decommission(Decommission::Supplied);
    let elsewhere = client_as(&sim, "another-pharmacy", 3000)
        .single(tx, &p)
        .unwrap();
    assert_eq!(
        elsewhere.return_code, None,
        "the other pharmacy supplied it"
    );
    let system = systems(&sim);
    let mut outbox = MemoryOutbox::new();
    let id = outbox.queue(SUPPLIED, de(), p.clone(), t0());
    custody_national::drain::Outbox::mark_sent(&mut outbox, id, t0()).unwrap();
    let report = pass(&mut outbox, &system, t0(), &singles());
    assert_eq!((report.reverified, report.singles), (1, 0), "{report:?}");
    let r = outbox.get(id).unwrap();
    assert_eq!(
        r.state,
        RequestState::Alert,
        "a pack supplied elsewhere is suspect"
    );
    assert_eq!(r.last_code.as_deref(), Some("STATE_SUPPLIED"));
    assert_eq!(sim.decommissions(&p), 1, "ours was never sent");
    assert_eq!(sim.total_alerts(), 0, "and the system raised no PCK_22");
}

/// The real systems, except that every verification is refused outright (a 400) while
/// `refusing` is set.
struct RefusingVerifications<'a> {
    real: &'a Systems,
    refusing: std::cell::Cell<bool>,
}

impl custody_national::drain::NationalSystem for RefusingVerifications<'_> {
    fn single(
        &self,
        market: &Market,
        tx: Transaction,
        pack: &PackKey,
    ) -> Result<custody_national::protocol::eu::PackResult, custody_national::client::TransportError>
    {
        if tx == Transaction::Verify && self.refusing.get() {
            return Err(custody_national::client::TransportError {
                url: "https://nmvs.example/verify".into(),
                outcome: custody_national::client::Outcome::Known,
                status: Some(400),
                detail: "answered 400".into(),
            });
        }
        self.real.single(market, tx, pack)
    }

    fn bulk(
        &self,
        market: &Market,
        tx: custody_national::protocol::eu::BulkTransaction,
        packs: &[PackKey],
    ) -> Result<custody_national::protocol::eu::BulkAnswer, custody_national::client::TransportError>
    {
        self.real.bulk(market, tx, packs)
    }

    fn verify_us(
        &self,
        pack: &PackKey,
    ) -> Result<custody_national::protocol::us::VrsAnswer, custody_national::client::TransportError>
    {
        self.real.verify_us(pack)
    }
}

#[test]
fn a_verification_refused_outright_leaves_an_unknown_decommission_sent_never_ended() {
    let p = pack(1);
    let sim = NmvsSim::start(active(std::slice::from_ref(&p))).unwrap();
    sim.lose_reply(&p);
    let real = systems(&sim);
    let system = RefusingVerifications {
        real: &real,
        refusing: std::cell::Cell::new(true),
    };
    let mut outbox = MemoryOutbox::new();
    let id = outbox.queue(SUPPLIED, de(), p.clone(), t0());
    drain_once(&mut outbox, &system, t0(), &singles()).unwrap();
    assert_eq!(outbox.get(id).map(|r| r.state), Some(RequestState::Sent));
    let later = t0() + chrono::Duration::hours(2);
    drain_once(&mut outbox, &system, later, &singles()).unwrap();
    assert_eq!(
        outbox.get(id).map(|r| r.state),
        Some(RequestState::Sent),
        "its outcome is still unknown: it waits to be verified again, not ended failed"
    );
    system.refusing.set(false);
    drain_once(
        &mut outbox,
        &system,
        later + chrono::Duration::hours(2),
        &singles(),
    )
    .unwrap();
    assert_eq!(outbox.get(id).map(|r| r.state), Some(RequestState::Done));
    assert_eq!(sim.decommissions(&p), 1, "one decommission, never a second");
    assert_eq!(sim.alerts(&p), 0);
}
