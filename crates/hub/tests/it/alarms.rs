//! Counterfeit alarms through real pushes: each pattern planted alone raises exactly one alarm
//! naming that pattern and the events showing it; one pack showing several patterns is still one
//! alarm; a late send clears the alarm its receipt raised; an administrator resolves one.

use std::process::Command;

use custody_hub::views::AlarmState;

use crate::network::{all_alarms, at, both_views, events_of, Line};
use crate::support::{Site, TestHub};

fn s(site: &str, seq: i64) -> (String, i64) {
    (site.to_string(), seq)
}

/// The one alarm the hub holds, which must be open and show exactly `patterns`.
fn only_alarm(hub: &TestHub, patterns: &[&str]) -> custody_hub::views::CounterfeitAlarm {
    let alarms = all_alarms(hub);
    assert_eq!(
        alarms.len(),
        1,
        "exactly one alarm for one incident: {alarms:?}"
    );
    let alarm = alarms.into_iter().next().expect("checked above");
    assert_eq!(
        (alarm.state, alarm.pattern_names.clone()),
        (
            AlarmState::Open,
            patterns.iter().map(|p| p.to_string()).collect()
        ),
        "the alarm is open and shows exactly the planted patterns: {:?}",
        alarm.patterns
    );
    let (kept, again) = both_views(hub);
    assert_eq!(
        kept, again,
        "the maintained views equal the recomputed ones"
    );
    alarm
}

#[test]
fn a_pack_held_at_two_sites_raises_one_alarm() {
    let hub = TestHub::start();
    let mut a = Site::enrolled(&hub, "NORTH");
    let mut b = Site::enrolled(&hub, "SOUTH");
    a.receive("P1", "SUP", &at(1, 8));
    a.send_out("P1", "SOUTH", &at(2, 8));
    b.receive("P1", "NORTH", &at(2, 12));
    // NORTH's count finds the pack it sent still on its shelf.
    let found = a.append(
        "count_adjust",
        None,
        &at(3, 8),
        &[Line::pack("P1", Some("transferred_out"), "in_stock")],
    );
    a.push_all(&hub, 0, 10);
    b.push_all(&hub, 0, 10);
    let alarm = only_alarm(&hub, &["held_at_two_sites"]);
    assert_eq!(
        events_of(&alarm, "held_at_two_sites"),
        vec![s("NORTH", found), s("SOUTH", 1)],
        "the pattern names each site's last event, where the pack is held"
    );
    assert_eq!(alarm.sites, vec!["NORTH", "SOUTH"], "both sites are named");
}

#[test]
fn a_receipt_from_a_site_that_never_sent_raises_one_alarm() {
    let hub = TestHub::start();
    let _north = Site::enrolled(&hub, "NORTH");
    let mut b = Site::enrolled(&hub, "SOUTH");
    b.receive("P1", "NORTH", &at(2, 12));
    b.push_all(&hub, 0, 10);
    let alarm = only_alarm(&hub, &["receipt_without_send"]);
    assert_eq!(
        events_of(&alarm, "receipt_without_send"),
        vec![s("SOUTH", 1)],
        "the receipt is the evidence"
    );
}

#[test]
fn a_pack_seen_again_after_it_was_dispensed_raises_one_alarm_but_a_return_does_not() {
    let hub = TestHub::start();
    let mut a = Site::enrolled(&hub, "NORTH");
    a.receive("P1", "SUP", &at(1, 8));
    a.dispense("P1", &at(2, 8));
    a.take_back("P1", "dispensed", &at(2, 9));
    a.dispense("P1", &at(3, 8));
    a.push_all(&hub, 0, 10);
    assert!(
        all_alarms(&hub).is_empty(),
        "a pack dispensed, returned at the same site and dispensed again is no counterfeit"
    );
    let seen = a.quarantine("P1", "dispensed", &at(4, 8));
    a.push_all(&hub, 4, 10);
    let alarm = only_alarm(&hub, &["seen_after_gone"]);
    assert_eq!(
        events_of(&alarm, "seen_after_gone"),
        vec![s("NORTH", 4), s("NORTH", seen)],
        "the dispense and the next event after it are the evidence"
    );
}

#[test]
fn a_pack_destroyed_at_one_site_and_seen_later_at_another_raises_one_alarm() {
    let hub = TestHub::start();
    let mut a = Site::enrolled(&hub, "NORTH");
    let mut b = Site::enrolled(&hub, "SOUTH");
    a.receive("P1", "SUP", &at(1, 8));
    a.send_out("P1", "SOUTH", &at(1, 9));
    b.receive("P1", "NORTH", &at(1, 12));
    b.destroy("P1", &at(2, 8));
    // NORTH's record of a sale of the destroyed pack, after the destruction by the clocks.
    a.append(
        "dispense",
        Some("WARD-A"),
        &at(3, 8),
        &[Line::pack("P1", Some("transferred_out"), "dispensed")],
    );
    b.push_all(&hub, 0, 10);
    a.push_all(&hub, 0, 10);
    let alarm = only_alarm(&hub, &["seen_after_gone"]);
    assert_eq!(
        events_of(&alarm, "seen_after_gone"),
        vec![s("NORTH", 3), s("SOUTH", 2)],
        "the destruction and the later event at the other site are the evidence"
    );
}

#[test]
fn a_pack_received_twice_from_suppliers_raises_one_alarm() {
    let hub = TestHub::start();
    let mut a = Site::enrolled(&hub, "NORTH");
    let mut b = Site::enrolled(&hub, "SOUTH");
    a.receive("P1", "SUP", &at(1, 8));
    a.append(
        "return_to_supplier",
        Some("SUP"),
        &at(2, 8),
        &[Line::pack("P1", Some("in_stock"), "returned_to_supplier")],
    );
    b.receive("P1", "OTHER-SUP", &at(3, 8));
    a.push_all(&hub, 0, 10);
    b.push_all(&hub, 0, 10);
    let alarm = only_alarm(&hub, &["received_twice_from_outside"]);
    assert_eq!(
        events_of(&alarm, "received_twice_from_outside"),
        vec![s("NORTH", 1), s("SOUTH", 1)],
        "both receipts from outside the network are the evidence"
    );
}

/// One serial dispensed at two sites, each having received it from a supplier.
fn dispensed_twice(hub: &TestHub, south_first: bool) -> serde_json::Value {
    let mut a = Site::enrolled(hub, "NORTH");
    let mut b = Site::enrolled(hub, "SOUTH");
    a.receive("P1", "SUP", &at(1, 8));
    a.dispense("P1", &at(2, 8));
    b.receive("P1", "SUP", &at(3, 8));
    b.dispense("P1", &at(4, 8));
    if south_first {
        b.push_all(hub, 0, 1);
        a.push_all(hub, 0, 1);
    } else {
        a.push_all(hub, 0, 1);
        b.push_all(hub, 0, 1);
    }
    only_alarm(hub, &["received_twice_from_outside", "seen_after_gone"]).patterns
}

#[test]
fn one_pack_dispensed_at_two_sites_raises_one_alarm_in_either_push_order() {
    let one = TestHub::start();
    let north_first = dispensed_twice(&one, false);
    let two = TestHub::start();
    let south_first = dispensed_twice(&two, true);
    assert_eq!(
        north_first, south_first,
        "the patterns are a function of the events held, not of the order they came in"
    );
}

#[test]
fn a_new_pattern_on_a_pack_with_an_open_alarm_adds_to_it() {
    let hub = TestHub::start();
    let _north = Site::enrolled(&hub, "NORTH");
    let mut b = Site::enrolled(&hub, "SOUTH");
    let mut c = Site::enrolled(&hub, "EAST");
    b.receive("P1", "NORTH", &at(2, 12));
    b.push_all(&hub, 0, 10);
    let first = only_alarm(&hub, &["receipt_without_send"]);
    c.receive("P1", "SUP", &at(3, 8));
    c.push_all(&hub, 0, 10);
    let now = only_alarm(&hub, &["held_at_two_sites", "receipt_without_send"]);
    assert_eq!(
        now.id, first.id,
        "the pack's open alarm takes the new pattern"
    );
    assert_eq!(now.sites, vec!["EAST", "SOUTH"], "and names the new site");
}

fn hub_cli(hub: &TestHub, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .args(["--db-url", &hub.url])
        .args(args)
        .env("CUSTODY_HUB_PASSWORD", crate::support::PASSWORD)
        .output()
        .expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_cli_lists_counterfeit_alarms_and_resolves_one() {
    let hub = TestHub::start();
    hub.add_person("ines", custody_hub::people::Role::Qa);
    let _north = Site::enrolled(&hub, "NORTH");
    let mut b = Site::enrolled(&hub, "SOUTH");
    b.receive("P1", "NORTH", &at(2, 12));
    b.push_all(&hub, 0, 10);
    let id = all_alarms(&hub)[0].id.to_string();
    let (ok, out, err) = hub_cli(&hub, &["alarms"]);
    assert!(ok, "alarms lists: {err}");
    let row = out
        .lines()
        .find(|l| l.starts_with(&format!("{id} ")))
        .unwrap_or_else(|| panic!("the alarm has a row: {out}"));
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        &cells[1..5],
        &["09506000134352/P1", "open", "receipt_without_send", "SOUTH"],
        "pack, state, patterns and sites: {row}"
    );
    let (ok, _, err) = hub_cli(
        &hub,
        &[
            "alarm",
            "resolve",
            &id,
            "--as",
            "ines",
            "--reason",
            "paper note found",
        ],
    );
    assert!(ok, "resolve succeeds: {err}");
    let (_, out, _) = hub_cli(&hub, &["alarms"]);
    assert!(
        out.contains("no open alarms"),
        "nothing is open any more: {out}"
    );
    let (_, out, _) = hub_cli(&hub, &["alarms", "--all"]);
    assert!(
        out.contains("resolved") && out.contains("by ines: paper note found"),
        "--all shows the resolved alarm with who and why: {out}"
    );
    let (ok, _, err) = hub_cli(
        &hub,
        &["alarm", "resolve", &id, "--as", "ines", "--reason", "again"],
    );
    assert_eq!(
        (ok, err.trim()),
        (
            false,
            format!("custody-hub: alarm {id} is not open: it was resolved already").as_str()
        ),
        "a closed alarm is not resolved twice"
    );
    let (ok, _, err) = hub_cli(
        &hub,
        &["alarm", "resolve", "999", "--as", "ines", "--reason", "x"],
    );
    assert_eq!(
        (ok, err.trim()),
        (false, "custody-hub: no alarm 999 at the hub"),
        "an unknown alarm is named"
    );
    // SOUTH's next event on the pack shows the same patterns, which were resolved.
    b.quarantine("P1", "in_stock", &at(3, 8));
    b.push_all(&hub, 1, 10);
    assert_eq!(
        all_alarms(&hub).len(),
        1,
        "a resolved incident is not raised again"
    );
}

#[test]
fn two_sites_pushing_one_serial_at_once_raise_exactly_one_alarm() {
    let hub = TestHub::start();
    let mut a = Site::enrolled(&hub, "NORTH");
    let mut b = Site::enrolled(&hub, "SOUTH");
    for round in 0..10 {
        let serial = format!("P{round}");
        a.receive(&serial, "SUP", &at(1, 8));
        a.dispense(&serial, &at(2, 8));
        b.receive(&serial, "SUP", &at(3, 8));
        b.dispense(&serial, &at(4, 8));
        let (from_a, from_b) = (a.chain.len() as i64 - 1, b.chain.len() as i64 - 1);
        let (ra, rb) = std::thread::scope(|s| {
            let one = s.spawn(|| a.push(&hub, from_a, from_a + 1));
            let two = s.spawn(|| b.push(&hub, from_b, from_b + 1));
            (one.join().expect("no panic"), two.join().expect("no panic"))
        });
        assert_eq!(
            (ra.0, rb.0),
            (200, 200),
            "both pushes are taken: {ra:?} {rb:?}"
        );
        assert_eq!(
            hub.number(&format!(
                "SELECT count(*) FROM alarm WHERE kind = 'counterfeit' AND serial = '{serial}'"
            )),
            1,
            "pushed at the same moment, each push sees the other's events: one alarm (round {round})"
        );
    }
    let (kept, again) = both_views(&hub);
    assert_eq!(
        kept, again,
        "the maintained views equal the recomputed ones"
    );
}

#[test]
fn a_resolved_alarm_stands_through_a_hold_in_place_but_not_a_new_receipt() {
    use custody_hub::views::resolve_alarm;
    let hub = TestHub::start();
    let ines = hub.add_person("ines", custody_hub::people::Role::Qa);
    let mut a = Site::enrolled(&hub, "NORTH");
    let mut b = Site::enrolled(&hub, "SOUTH");
    a.receive("P1", "SUP", &at(1, 8));
    a.push_all(&hub, 0, 10);
    b.receive("P1", "SUP", &at(1, 9));
    b.push_all(&hub, 0, 10);
    let first = all_alarms(&hub);
    assert_eq!(
        first.len(),
        1,
        "P1 in stock at two sites, received twice: one alarm"
    );
    hub.block_on(resolve_alarm(
        &hub.db,
        first[0].id,
        &ines,
        "two demo databases with the same packs",
    ))
    .expect("resolved");

    // A recall holds P1 in place at SOUTH: its last event there is another, the incident the same.
    b.quarantine("P1", "in_stock", &at(2, 8));
    b.push_all(&hub, 1, 10);
    assert_eq!(
        all_alarms(&hub).iter().map(|a| a.state).collect::<Vec<_>>(),
        [AlarmState::Resolved],
        "a hold in place does not raise again what an administrator resolved"
    );

    // A third receipt of P1 from outside is a new signal.
    let mut c = Site::enrolled(&hub, "EAST");
    c.receive("P1", "SUP", &at(3, 8));
    c.push_all(&hub, 0, 10);
    let states: Vec<AlarmState> = all_alarms(&hub).iter().map(|a| a.state).collect();
    assert!(
        states.contains(&AlarmState::Open),
        "a receipt the resolution never saw raises a new alarm: {states:?}"
    );
}
