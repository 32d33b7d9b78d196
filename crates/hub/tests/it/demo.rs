//! `custody-hub demo`: two sites' signed events through the push's own checks, the transfer
//! paired, and the planted counterfeit raising exactly one alarm; never over a hub in use.

use std::process::Command;

use custody_hub::views::TransferState;
use custody_hub::{demo, views};

use crate::support::TestHub;

fn demo_cli(hub: &TestHub) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .args(["--db-url", &hub.url, "demo"])
        .output()
        .expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_demo_fills_an_empty_hub_with_two_sites_and_one_planted_alarm() {
    let hub = TestHub::start();
    let (ok, out, err) = demo_cli(&hub);
    assert!(ok, "the demo runs on an empty hub: {err}");
    assert!(
        out.contains("site NORTH") && out.contains("site SOUTH"),
        "it says what it pushed: {out}"
    );
    assert_eq!(
        (hub.events_of("NORTH"), hub.events_of("SOUTH")),
        (4, 2),
        "every event went through the push"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM batch_signature"),
        2,
        "each site's batch is signed and its signed head kept, as a real push's"
    );
    let alarms = hub
        .block_on(views::counterfeit_alarms(&hub.db, true))
        .expect("the alarms list");
    let names: Vec<(&str, Vec<String>)> = alarms
        .iter()
        .map(|a| (a.serial.as_str(), a.pattern_names.clone()))
        .collect();
    assert_eq!(
        names,
        vec![(
            "S1",
            vec![
                "received_twice_from_outside".to_string(),
                "seen_after_gone".to_string()
            ]
        )],
        "the dispensed pack received again is the one planted alarm"
    );
    let reach = hub
        .block_on(views::reach(&hub.db, demo::GTIN, demo::LOT, None))
        .expect("the reach reads");
    let sites: std::collections::BTreeSet<&str> =
        reach.rows.iter().map(|r| r.site.as_str()).collect();
    assert_eq!(
        sites.into_iter().collect::<Vec<_>>(),
        vec!["NORTH", "SOUTH"],
        "the lot reached both sites"
    );
    // As of the day after the demo's last event: its dates are fixed, and a send older than
    // lost_after_days (14) would be listed as lost.
    let transfers = hub
        .block_on(views::transfers(
            &hub.db,
            None,
            Some("2026-12-01T00:00:00Z"),
        ))
        .expect("the transfers list");
    let states: Vec<(Option<&str>, TransferState)> = transfers
        .iter()
        .map(|t| (t.serial.as_deref(), t.state))
        .collect();
    assert_eq!(
        states,
        vec![
            (Some("S3"), TransferState::Received),
            (Some("S4"), TransferState::InTransit)
        ],
        "the pack received at the clinic is paired with its send; the one sent later is in transit"
    );
    let (ok, _, err) = demo_cli(&hub);
    assert_eq!(
        (ok, err.trim()),
        (
            false,
            "custody-hub: demo: fills only a hub with no sites yet: give it a database of its own"
        ),
        "the demo never mixes its data into a hub in use"
    );
}
