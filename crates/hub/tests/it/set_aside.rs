//! A fork where the clone pushed first: the administrator resuming the site sets aside the
//! clone's events from the fork on (`site resume --set-aside-from`), and the real site pushes its
//! own there. Refused, with nothing changed, for a site not suspended or with no open fork, a
//! position past the fork or the hub's head, a QA officer, or no reason; done, nothing is
//! deleted: the events, lines and batch signatures are kept apart with who and why.

use std::process::Command;

use custody_hub::people::Role;
use custody_hub::set_aside::set_asides;
use custody_hub::verify::verify;
use custody_hub::{admin, HubError};
use custody_sync_protocol::hash_hex;

use crate::support::{Site, TestHub};

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

/// NORTH recorded `common` events and pushed the first `pushed` of them; a copy of it recorded
/// two of its own after them and pushed first (from `pushed + 1`); the real site recorded one of
/// its own and its push was caught as the fork, at `common + 1`. The real site and the clone.
pub fn clone_pushed_first(hub: &TestHub, common: i64, pushed: i64) -> (Site, Site) {
    let mut real = Site::enrolled(hub, "NORTH");
    real.record(common);
    if pushed > 0 {
        assert_eq!(real.push(hub, 1, pushed).0, 200, "the common events held");
    }
    let mut clone = real.clone();
    clone.variant = "B".into();
    clone.record(2);
    let (status, body) = clone.push(hub, pushed + 1, common + 2);
    assert_eq!(status, 200, "the clone pushes first and is taken: {body}");
    real.record(1);
    let (status, body) = real.push(hub, pushed + 1, common + 1);
    assert_eq!(
        (status, body["code"].as_str(), body["seq"].as_i64()),
        (409, Some("fork"), Some(common + 1)),
        "the real site is the one caught as the fork: {body}"
    );
    (real, clone)
}

fn refusal(result: Result<admin::Resumed, HubError>) -> HubError {
    match result {
        Err(e) => e,
        Ok(r) => panic!("the set-aside must be refused, it did {r:?}"),
    }
}

#[test]
fn a_set_aside_is_refused_with_nothing_changed_unless_safe_and_decided_by_an_administrator() {
    let hub = TestHub::start();
    let ines = hub.add_person("ines", Role::Admin);
    let quinn = hub.add_person("quinn", Role::Qa);
    clone_pushed_first(&hub, 2, 2);
    let resume = |reason: &str, by, from| {
        hub.block_on(admin::resume_setting_aside(
            &hub.db, "NORTH", reason, by, from,
        ))
    };
    let e = refusal(resume("clone pushed first", &quinn, 3));
    assert!(
        matches!(e, HubError::NotAllowed { .. }),
        "a QA officer does not decide which copy of a site is real: {e}"
    );
    let e = refusal(resume("  ", &ines, 3));
    assert!(
        matches!(e, HubError::Invalid { .. }),
        "the reason is the record's: {e}"
    );
    for (from, says) in [
        (0, "start at 1"),
        (-2, "start at 1"),
        (4, "names event 3"),
        (2, "both copies' and stay; set aside from 3"),
        (1, "both copies' and stay; set aside from 3"),
        (9, "only up to 4"),
    ] {
        let e = refusal(resume("clone pushed first", &ines, from));
        let text = e.to_string();
        assert!(
            matches!(e, HubError::SetAside { .. }) && text.contains(says),
            "from {from}: refused saying {says:?}, got {text}"
        );
    }
    let mut south = Site::enrolled(&hub, "SOUTH");
    south.record(1);
    assert_eq!(south.push(&hub, 1, 1).0, 200);
    let e = refusal(hub.block_on(admin::resume_setting_aside(
        &hub.db, "SOUTH", "why not", &ines, 1,
    )));
    assert!(
        matches!(e, HubError::NotSuspended(_)),
        "a site that is not suspended keeps its chain: {e}"
    );
    hub.execute("UPDATE site SET suspended_reason = 'by hand' WHERE code = 'SOUTH'")
        .expect("suspended without a fork");
    let e = refusal(hub.block_on(admin::resume_setting_aside(
        &hub.db, "SOUTH", "why not", &ines, 1,
    )));
    assert!(
        e.to_string().contains("no open fork alarm"),
        "only a chain a fork caught is set aside: {e}"
    );
    assert_eq!(hub.events_of("NORTH"), 4, "the events are all still held");
    assert_eq!(hub.events_of("SOUTH"), 1);
    assert_eq!(
        hub.number(
            "SELECT count(*) FROM alarm WHERE kind = 'fork' AND resolved_at IS NULL \
             AND site_id = (SELECT id FROM site WHERE code = 'NORTH')"
        ),
        1,
        "the fork alarm is still open"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM site WHERE suspended_reason IS NOT NULL"),
        2,
        "both sites are still suspended"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM set_aside")
            + hub.number("SELECT count(*) FROM set_aside_event"),
        0,
        "nothing was set aside"
    );
}

#[test]
fn the_clones_events_are_set_aside_kept_and_listed_and_the_real_site_pushes_its_own() {
    let hub = TestHub::start();
    hub.add_person("ines", Role::Admin);
    let (real, clone) = clone_pushed_first(&hub, 2, 2);
    let (ok, out, err) = hub_cli(
        &hub,
        &[
            "site",
            "resume",
            "NORTH",
            "--reason",
            "the clone on the old PC pushed first",
            "--as",
            "ines",
            "--set-aside-from",
            "3",
        ],
    );
    assert!(ok, "the resume with its set-aside succeeds: {err}");
    assert!(
        out.contains("events 3–4 set aside")
            && out.contains("counterfeit alarms: 0 cleared, 0 raised")
            && out.contains("1 fork alarm(s) resolved")
            && !out.contains("rather than"),
        "it says what it set aside, what it did to the alarms, and what it resolved: {out}"
    );
    let code = out
        .lines()
        .last()
        .expect("the new code is printed last")
        .trim()
        .to_string();
    assert_eq!(hub.events_of("NORTH"), 2, "the hub holds the common events");
    for (table, rows) in [
        ("set_aside_event", 2),
        ("set_aside_line", 2),
        ("set_aside_batch", 1),
        ("batch_signature", 1),
        ("event_line", 2),
    ] {
        assert_eq!(
            hub.number(&format!("SELECT count(*) FROM {table}")),
            rows,
            "{table}"
        );
    }
    assert_eq!(
        hub.number(&format!(
            "SELECT count(*) FROM site_cursor c JOIN site s ON s.id = c.site_id \
             WHERE s.code = 'NORTH' AND c.last_seq = 2 AND encode(c.last_hash, 'hex') = '{}'",
            hash_hex(&real.hash_at(2))
        )),
        1,
        "the cursor is back at event 2 and its hash"
    );
    assert_eq!(
        hub.number(
            "SELECT count(*) FROM alarm WHERE kind = 'fork' AND resolved_by = 'ines' \
             AND resolution LIKE 'the clone on the old PC pushed first (%set aside%'"
        ),
        1,
        "the fork alarm's resolution says what was set aside"
    );
    assert_eq!(
        hub.block_on(custody_hub::views::maintained(&hub.db))
            .expect("the views read"),
        hub.block_on(custody_hub::views::recompute(&hub.db))
            .expect("the views recompute"),
        "the views are what the events still held say"
    );
    let listed = hub
        .block_on(set_asides(&hub.db, Some("NORTH")))
        .expect("the set-asides list");
    assert_eq!(
        listed
            .iter()
            .map(|a| (a.from_seq, a.last_seq, a.events, a.batches, a.by.as_str()))
            .collect::<Vec<_>>(),
        vec![(3, 4, 2, 1, "ines")],
        "one range kept, with who"
    );
    let (ok, out, _) = hub_cli(&hub, &["site", "set-asides"]);
    assert!(
        ok && out.contains("NORTH") && out.contains("3–4") && out.contains("old PC"),
        "the command line lists it, with why: {out}"
    );
    let (ok, out, _) = hub_cli(&hub, &["site", "list"]);
    assert!(
        ok && out.contains("events 3–4 by ines"),
        "the site list says a chain was set aside: {out}"
    );
    for sql in [
        "DELETE FROM set_aside_event",
        "UPDATE set_aside SET reason = 'x'",
        "DELETE FROM event",
        "DELETE FROM batch_signature",
    ] {
        let result = hub.execute(sql);
        assert!(
            result.as_ref().is_err_and(|e| e.contains("append-only")),
            "{sql} is refused: {result:?}"
        );
    }

    let real = real.enrolled_again(&hub, &code);
    let (status, body) = real.push(&hub, 3, 3);
    assert_eq!(status, 200, "the real site's own event 3 is taken: {body}");
    assert_eq!(
        hub.number(&format!(
            "SELECT count(*) FROM event e JOIN site s ON s.id = e.site_id \
             WHERE s.code = 'NORTH' AND e.seq = 3 AND encode(e.hash, 'hex') = '{}'",
            real.chain[2].hash
        )),
        1,
        "the hub holds the real site's event where the clone's was"
    );
    let check = hub
        .block_on(verify(&hub.db, Some("NORTH")))
        .expect("verify runs");
    assert!(
        check[0].is_intact() && check[0].batches == 2 && check[0].events == 3,
        "the site's chain checks out, the set-aside batch no longer in it: {:?}",
        check[0]
    );
    let (status, _) = clone.push(&hub, 3, 4);
    assert_eq!(status, 401, "the clone's old token is refused");
}

#[test]
fn a_batch_of_the_clone_reaching_back_before_the_fork_is_set_aside_whole_and_pushed_again() {
    let hub = TestHub::start();
    hub.add_person("ines", Role::Admin);
    // Nothing pushed before the copy: the clone's one batch holds the common events 1–2 too.
    let (real, _) = clone_pushed_first(&hub, 2, 0);
    let (ok, out, err) = hub_cli(
        &hub,
        &[
            "site",
            "resume",
            "NORTH",
            "--reason",
            "the clone pushed first",
            "--as",
            "ines",
            "--set-aside-from",
            "3",
        ],
    );
    assert!(ok, "the resume with its set-aside succeeds: {err}");
    assert!(
        out.contains("events 1–4 set aside")
            && out.contains("set aside from event 1 rather than 3")
            && out.contains("pushes events 1–2 again"),
        "it says the range starts at the batch's first event, and why: {out}"
    );
    let code = out.lines().last().expect("the code").trim().to_string();
    let listed = hub
        .block_on(set_asides(&hub.db, Some("NORTH")))
        .expect("the set-asides list");
    assert_eq!(
        listed
            .iter()
            .map(|a| (a.from_seq, a.asked_from, a.last_seq, a.events, a.batches))
            .collect::<Vec<_>>(),
        vec![(1, 3, 4, 4, 1)],
        "the batch naming events 1–4 goes whole, with its events"
    );
    assert_eq!(
        hub.number(
            "SELECT count(*) FROM alarm WHERE kind = 'fork' \
             AND resolution LIKE '%from event 1, the first of a batch signature reaching event 3%'"
        ),
        1,
        "the fork alarm's resolution records it"
    );
    let (_, out, _) = hub_cli(&hub, &["site", "set-asides"]);
    assert!(
        out.contains("1–4 (asked 3)") && out.contains("RANGE") && out.contains("EVENTS"),
        "{out}"
    );
    assert_eq!(hub.events_of("NORTH"), 0, "no event is kept unsigned");
    let check = hub
        .block_on(verify(&hub.db, Some("NORTH")))
        .expect("verify runs");
    assert!(
        check[0].is_intact() && check[0].events == 0,
        "{:?}",
        check[0]
    );

    let real = real.enrolled_again(&hub, &code);
    let (status, body) = real.push(&hub, 1, 3);
    assert_eq!(
        status, 200,
        "the real site pushes 1–2 again, identical, and its own 3: {body}"
    );
    let check = hub
        .block_on(verify(&hub.db, Some("NORTH")))
        .expect("verify runs");
    assert!(
        check[0].is_intact() && (check[0].events, check[0].batches) == (3, 1),
        "every event held is under the real site's own signature: {:?}",
        check[0]
    );
    // Events 1–2 are held again, byte for byte as their copies set aside; the guard that let
    // them go in the set-aside's transaction lets nothing go now.
    for sql in [
        "DELETE FROM event_line WHERE seq = 1",
        "DELETE FROM event WHERE seq = 1",
        "DELETE FROM batch_signature",
    ] {
        let result = hub.execute(sql);
        assert!(
            result.as_ref().is_err_and(|e| e.contains("append-only")),
            "{sql} is refused: {result:?}"
        );
    }
    assert_eq!(hub.events_of("NORTH"), 3);
}

#[test]
fn everything_from_event_1_can_be_set_aside() {
    let hub = TestHub::start();
    let ines = hub.add_person("ines", Role::Admin);
    // The copies part at event 1: the clone's first event is its own.
    let (real, _) = clone_pushed_first(&hub, 0, 0);
    let resumed = hub
        .block_on(admin::resume_setting_aside(
            &hub.db,
            "NORTH",
            "not one event of that copy is trusted",
            &ines,
            1,
        ))
        .expect("set aside from event 1");
    assert_eq!(hub.events_of("NORTH"), 0, "the hub holds nothing of NORTH");
    assert_eq!(
        hub.number("SELECT count(*) FROM unit_state"),
        0,
        "and no pack's state at it"
    );
    let real = real.enrolled_again(&hub, &resumed.code);
    let (status, body) = real.push(&hub, 1, 1);
    assert_eq!(status, 200, "the real site pushes its own chain: {body}");
    assert_eq!(
        hub.block_on(custody_hub::views::maintained(&hub.db))
            .expect("the views read"),
        hub.block_on(custody_hub::views::recompute(&hub.db))
            .expect("the views recompute")
    );
    assert!(hub
        .block_on(verify(&hub.db, Some("NORTH")))
        .expect("verify runs")[0]
        .is_intact());
}

#[test]
fn an_alarm_resolved_on_events_set_aside_does_not_cover_the_real_sites_own_at_those_positions() {
    use crate::network::{all_alarms, at};
    use custody_hub::views::{resolve_alarm, AlarmState};

    let hub = TestHub::start();
    let ines = hub.add_person("ines", Role::Admin);
    let mut south = Site::enrolled(&hub, "SOUTH");
    south.receive("P1", "SUP", &at(1, 8));
    south.push_all(&hub, 0, 10);
    let mut real = Site::enrolled(&hub, "NORTH");
    real.receive("Q1", "SUP", &at(1, 9));
    real.push_all(&hub, 0, 10);
    // The clone receives P1 from outside too, as NORTH's event 2: the pack came in twice.
    let mut clone = real.clone();
    clone.variant = "B".into();
    clone.receive("P1", "SUP", &at(2, 8));
    clone.push_all(&hub, 1, 10);
    let first = all_alarms(&hub);
    assert_eq!(first.len(), 1, "P1 received twice from outside raises one");
    hub.block_on(resolve_alarm(
        &hub.db,
        first[0].id,
        &ines,
        "the clone's receipt was a typing error",
    ))
    .expect("resolved");
    // The real NORTH received P1 from outside as its event 2 as well: the same positions, SOUTH
    // 1 and NORTH 2, but another event at NORTH 2.
    real.receive("P1", "SUP", &at(2, 10));
    let (status, _) = real.push(&hub, 2, 2);
    assert_eq!(status, 409, "the real site is caught as the fork");
    let resumed = hub
        .block_on(admin::resume_setting_aside(
            &hub.db,
            "NORTH",
            "the clone pushed first",
            &ines,
            2,
        ))
        .expect("set aside");
    let real = real.enrolled_again(&hub, &resumed.code);
    assert_eq!(real.push(&hub, 2, 2).0, 200);
    let alarms = all_alarms(&hub);
    assert_eq!(
        alarms
            .iter()
            .map(|a| (a.serial.as_str(), a.state))
            .collect::<Vec<_>>(),
        [("P1", AlarmState::Open), ("P1", AlarmState::Resolved)],
        "the real site's receipt raises an alarm of its own: the one resolved showed the \
         clone's, set aside: {alarms:?}"
    );
    let events: Vec<&str> = alarms[0].patterns[0]["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["event"].as_str())
        .collect();
    assert_eq!(
        events,
        [
            "0190f0c0-Anorth-7000-8000-000000000002",
            "0190f0c0-Asouth-7000-8000-000000000001"
        ],
        "the evidence names each event by its id"
    );
    let (kept, again) = crate::network::both_views(&hub);
    assert_eq!(kept, again);
}
