//! A cloned site whose clone pushed first: the hub holds the wrong copy's events from the fork
//! on, and the real site is the one caught as the fork. The administrator sets the clone's
//! events aside as they resume the site, the real site enrols again and pushes its own, and the
//! hub ends up with the real site's chain byte for byte, every view recomputed without the
//! clone's events, and the set-aside kept with who and why.

use std::time::Duration;

use custody_core::sync::SyncState;
use custody_core::Timestamp;
use custody_hub::people::Role;
use custody_hub::set_aside::set_asides;
use custody_hub::views::{counterfeit_alarms, transfers, AlarmState, TransferState};
use custody_hub::{admin, verify};
use custody_sync_client::Hub;

use crate::stock::{check_healed, StockSite};
use crate::support::TestHub;

#[test]
fn a_clone_that_pushed_first_is_set_aside_and_the_real_site_pushes_its_own_chain() {
    let hub = TestHub::start();
    let clock = Timestamp::parse("2026-12-01T09:00:00+01:00").expect("a fixed time");
    let mut east = StockSite::new("EAST", &["WEST"], clock);
    let mut west = StockSite::new("WEST", &["EAST"], clock);
    for site in [&mut east, &mut west] {
        let code = hub.add_site(&site.code);
        site.enrol(&hub.base, &code);
    }
    east.receive("P1");
    east.receive("P2");
    west.receive("W1");
    assert_eq!(east.push().state, SyncState::Ok);
    assert_eq!(west.push().state, SyncState::Ok);

    // EAST's file is copied to another computer, which goes on recording as EAST and reaches
    // the hub first: a pack of its own from the supplier, and P1 sent to WEST.
    let (mut east, mut clone) = east.copied();
    let diverges_at = east.last_seq() + 1;
    clone.receive("X1");
    clone.send("P1", "WEST");
    assert_eq!(
        clone.push().state,
        SyncState::Ok,
        "the hub cannot tell the copy from the site: the first to push is taken"
    );
    west.accept("P1", "EAST");
    west.receive("X1");
    assert_eq!(west.push().state, SyncState::Ok);
    let x1 = |hub: &TestHub| {
        hub.block_on(counterfeit_alarms(&hub.db, true))
            .expect("the alarms list")
            .into_iter()
            .find(|a| a.serial == "X1")
            .expect("X1 has an alarm")
    };
    assert_eq!(
        x1(&hub).state,
        AlarmState::Open,
        "X1, received from outside at the clone and at WEST, raised an alarm"
    );

    // The real EAST records its own work and is the one caught.
    east.dispense("P2");
    east.receive("P3");
    let caught = east.push();
    assert_eq!(caught.state, SyncState::Fork, "the real site is the fork");
    let forks = hub
        .block_on(admin::open_alarms(&hub.db))
        .expect("the alarms list");
    assert_eq!(
        forks.iter().map(|a| a.seq).collect::<Vec<_>>(),
        [Some(diverges_at)],
        "one fork alarm, at the first event where the copies part"
    );

    // The administrator knows the real site is the ward's: the clone's events are set aside.
    let ines = hub.add_person("ines", Role::Admin);
    let resumed = hub
        .block_on(admin::resume_setting_aside(
            &hub.db,
            "EAST",
            "the copy on the borrowed laptop pushed first; wiped",
            &ines,
            diverges_at,
        ))
        .expect("the administrator sets the clone's chain aside and resumes");
    let done = resumed.set_aside.clone().expect("a set-aside");
    assert_eq!(
        (done.from_seq, done.last_seq, done.events),
        (diverges_at, diverges_at + 1, 2),
        "the clone's two events are set aside"
    );
    assert_eq!(hub.events_of("EAST"), diverges_at - 1);
    let cleared = x1(&hub);
    assert!(
        cleared.state == AlarmState::Cleared
            && cleared.closed.as_deref().is_some_and(|c| {
                c.contains("the events behind it were set aside by the hub's administrator on ")
                    && !c.contains("ines")
                    && !c.contains("laptop")
            }),
        "the alarm only the clone's events raised is cleared, in neutral words (it goes down \
         the feed to other sites; the reason stays at the hub): {cleared:?}"
    );
    assert_eq!(
        (resumed.alarms.cleared, resumed.alarms.raised),
        (1, 1),
        "the resume counts X1's alarm cleared and P1's raised (WEST's receipt of it no longer \
         pairs with a send)"
    );
    let states: Vec<TransferState> = hub
        .block_on(transfers(&hub.db, None, None))
        .expect("the transfers list")
        .iter()
        .map(|t| t.state)
        .collect();
    assert_eq!(
        states,
        [TransferState::ReceiptWithoutSend],
        "WEST's receipt of P1 no longer pairs with a send the hub holds as EAST's"
    );
    assert_eq!(
        hub.block_on(custody_hub::views::maintained(&hub.db))
            .expect("the views read"),
        hub.block_on(custody_hub::views::recompute(&hub.db))
            .expect("the views recompute"),
        "every view is what the events still held say"
    );

    // The real site enrols again with the new code and pushes its own events.
    east.enrol_again(&hub.base, &resumed.code);
    assert_eq!(
        east.push().state,
        SyncState::Ok,
        "the real site pushes its chain from the fork"
    );
    let checks = hub
        .block_on(verify::verify(&hub.db, None))
        .expect("verify runs");
    assert!(
        checks.iter().all(|c| c.is_intact()),
        "every chain checks out, the set-aside batch no longer in EAST's: {checks:?}"
    );
    let kept = hub
        .block_on(set_asides(&hub.db, Some("EAST")))
        .expect("the set-asides list");
    assert_eq!(
        kept.iter()
            .map(|a| (a.from_seq, a.events, a.batches, a.by.as_str()))
            .collect::<Vec<_>>(),
        [(diverges_at, 2, 1, "ines")],
        "the clone's events are kept apart, with who"
    );
    assert!(kept[0].reason.contains("borrowed laptop"), "and why");

    // The clone's token is the one the site had: withdrawn by the resume.
    let old_token = clone
        .store
        .sync_credentials(&clone.admin)
        .expect("enrolled")
        .token;
    let at_hub = Hub::new(&hub.base, Some(old_token), Duration::from_secs(10)).expect("an address");
    assert!(
        matches!(
            at_hub.events_after("EAST", 0, 1),
            Err(custody_sync_client::ClientError::Refused {
                refusal: custody_sync_protocol::Refusal::Unauthorized,
                ..
            })
        ),
        "the clone's old token is refused"
    );
    clone.receive("X2");
    assert_ne!(
        clone.push().state,
        SyncState::Ok,
        "the clone pushes nothing"
    );
    check_healed(&hub, &[east, west]);
}
