//! Alerts end exactly the requests concerned in `alert`, with the system's code, words and UAID.

use custody_national::drain::{Kind, RequestState};
use custody_national::protocol::eu::{Decommission, PackState, ReturnCode};
use custody_national::sim::NmvsSim;

use super::*;

#[test]
fn scripted_alerts_end_exactly_those_requests_in_alert_with_their_uaids() {
    let all = packs(20);
    let mut known = active(&all);
    known[9].state = PackState::Recalled;
    let sim = NmvsSim::start(known).unwrap();
    sim.script_code(&all[3], Some(ReturnCode::ExpiryMismatch));
    sim.script_code(&all[11], Some(ReturnCode::AlreadyInactive));
    // A pack the system never heard of (same product, another serial).
    let stranger = PackKey::new(GTIN, "NOBODY", "L1", "281231").unwrap();
    let system = systems(&sim);
    let mut outbox = MemoryOutbox::new();
    let supplied = Kind::Decommission(Decommission::Supplied);
    for p in all.iter().chain([&stranger]) {
        outbox.queue(supplied, de(), p.clone(), t0());
    }
    let report = pass(&mut outbox, &system, t0(), &Policy::default());
    assert_eq!(report.alerts, 4, "{report:?}");

    let ended: Vec<(String, Option<String>, bool)> = outbox
        .requests()
        .iter()
        .filter(|r| r.state == RequestState::Alert)
        .map(|r| {
            let code = r.last_code.clone().unwrap_or_default();
            let has_words = r.words.as_deref().is_some_and(|w| !w.is_empty());
            (
                r.pack.serial.clone() + " " + &code,
                r.alert_id.clone(),
                has_words,
            )
        })
        .collect();
    let serials: Vec<&str> = ended.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(
        serials,
        [
            "S00003 NMVS_FE_LOT_12",
            "S00009 STATE_RECALLED",
            "S00011 NMVS_NC_PCK_22",
            "NOBODY NMVS_NC_PC_02"
        ],
        "exactly the packs concerned, each with the system's code"
    );
    assert!(
        ended.iter().all(|(_, _, words)| *words),
        "each alert has words to show"
    );
    for (serial, uaid, _) in &ended {
        let raised = !serial.contains("RECALLED");
        assert_eq!(
            uaid.is_some(),
            raised,
            "{serial}: a UAID with every ⚠ code, none otherwise"
        );
    }
    let uaids: std::collections::BTreeSet<_> =
        ended.iter().filter_map(|(_, u, _)| u.clone()).collect();
    assert_eq!(uaids.len(), 3, "each alert its own UAID");
    assert_eq!(
        sim.total_alerts(),
        3,
        "the system raised as many alerts as we recorded UAIDs"
    );
    assert_eq!(
        outbox.count(RequestState::Done),
        17,
        "every other pack supplied"
    );
}

#[test]
fn a_recalled_pack_destroyed_is_done_with_the_systems_code_never_an_alert() {
    let all = packs(4);
    let mut known = active(&all);
    for k in &mut known {
        k.state = PackState::Recalled;
    }
    let sim = NmvsSim::start(known).unwrap();
    // The system answers "already inactive" (and raises its alert) for one recalled pack.
    sim.script_code(&all[1], Some(ReturnCode::AlreadyInactive));
    // The reply for another is lost: verified before anything is sent again.
    sim.lose_reply(&all[2]);
    let system = systems(&sim);
    let mut outbox = MemoryOutbox::new();
    let destroyed = Kind::Decommission(Decommission::Destroyed);
    for p in &all[..3] {
        outbox.queue(destroyed, de(), p.clone(), t0());
    }
    outbox.queue(
        Kind::Decommission(Decommission::Supplied),
        de(),
        all[3].clone(),
        t0(),
    );
    let report = drain_until_quiet(&mut outbox, &system, &singles());
    assert_eq!(
        report.alerts, 1,
        "only the recalled pack supplied: {report:?}"
    );
    assert_eq!(
        report.reverified, 1,
        "the lost reply verified first: {report:?}"
    );
    let ended: Vec<(RequestState, String, bool, bool)> = outbox
        .requests()
        .iter()
        .map(|r| {
            let words = r.words.as_deref().is_some_and(|w| !w.is_empty());
            (
                r.state,
                r.last_code.clone().unwrap_or_default(),
                words,
                r.alert_id.is_some(),
            )
        })
        .collect();
    assert_eq!(
        ended,
        [
            (RequestState::Done, "NMVS_NC_PCK_27".into(), true, false),
            (RequestState::Done, "NMVS_NC_PCK_22".into(), true, true),
            (RequestState::Done, "STATE_RECALLED".into(), true, false),
            (RequestState::Alert, "STATE_RECALLED".into(), true, false),
        ],
        "a destruction of a recalled pack is done, the system's code, words and UAID kept; \
         a supply of one is still an alert"
    );
}
