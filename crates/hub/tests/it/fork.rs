//! Forks: a cloned site (same key, same token) recording different work at a held position is
//! caught at its first diverging event — one alarm, the site suspended, nothing of the batch
//! stored — and an administrator's `site resume` lifts the suspension.

use std::process::Command;

use custody_hub::admin;
use custody_sync_protocol::Refusal;

use crate::support::{Site, TestHub};

/// `site` with its chain cut after `keep` and its own, different, events after that.
fn clone_diverging(site: &Site, keep: usize) -> Site {
    let mut clone = site.clone();
    clone.chain.truncate(keep);
    clone.variant = "B".into();
    clone
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
fn a_cloned_site_is_a_fork_raising_one_alarm_until_resumed() {
    let hub = TestHub::start();
    hub.add_person("ines", custody_hub::people::Role::Admin);
    let mut site = Site::enrolled(&hub, "NORTH");
    site.record(3);
    let (status, body) = site.push(&hub, 1, 3);
    assert_eq!(status, 200, "the original's push is taken: {body}");
    let mut clone = clone_diverging(&site, 2);
    clone.record(2);
    let (status, body) = clone.push(&hub, 3, 4);
    assert_eq!(
        status, 409,
        "a different event at a held position is a conflict: {body}"
    );
    let refusal: Refusal = serde_json::from_value(body).expect("a Refusal");
    assert_eq!(
        refusal,
        Refusal::Fork {
            seq: 3,
            held_hash: site.chain[2].hash.clone(),
            offered_hash: clone.chain[2].hash.clone(),
        },
        "the fork names the first diverging event and both hashes"
    );
    assert_eq!(
        hub.events_of("NORTH"),
        3,
        "nothing of the forked batch is stored"
    );
    let alarms = hub
        .block_on(admin::open_alarms(&hub.db))
        .expect("alarms list");
    assert_eq!(alarms.len(), 1, "exactly one alarm");
    assert_eq!(
        (
            alarms[0].kind.as_str(),
            alarms[0].site.as_str(),
            alarms[0].seq
        ),
        ("fork", "NORTH", Some(3)),
        "the alarm says what, which site and where"
    );
    assert_eq!(
        alarms[0].detail["offered_hash"], clone.chain[2].hash,
        "the alarm keeps the offered hash"
    );
    let words = alarms[0].detail_words();
    assert!(
        words.starts_with("the hub holds ")
            && words.contains(&format!("the site sent {}…", &clone.chain[2].hash[..16])),
        "the command line and the page say it in words, not JSON: {words}"
    );

    // Suspended: neither copy gets anything in, and no second alarm is raised.
    site.record(1);
    let (status, body) = site.push(&hub, 4, 4);
    assert_eq!(
        (status, body["code"].as_str()),
        (403, Some("suspended")),
        "the original is suspended too: {body}"
    );
    let (status, _) = clone.push(&hub, 3, 4);
    assert_eq!(status, 403, "the clone's retry is refused as suspended");
    assert_eq!(
        hub.number("SELECT count(*) FROM alarm"),
        1,
        "retries raise no second alarm"
    );

    let (ok, out, _) = hub_cli(&hub, &["alarms"]);
    assert!(
        ok && out.contains("fork") && out.contains("NORTH"),
        "the CLI lists the open alarm: {out}"
    );
    let (ok, out, _) = hub_cli(&hub, &["site", "list"]);
    assert!(
        ok && out.contains("fork at event 3"),
        "the site list shows the suspension: {out}"
    );
    let (ok, out, err) = hub_cli(
        &hub,
        &[
            "site",
            "resume",
            "NORTH",
            "--reason",
            "clone on the old PC wiped",
            "--as",
            "ines",
        ],
    );
    assert!(ok, "resume succeeds: {err}");
    assert!(
        out.contains("1 fork alarm(s) resolved"),
        "resume says what it resolved: {out}"
    );
    let code = out
        .lines()
        .last()
        .expect("resume prints the new code last")
        .trim()
        .to_string();
    assert_eq!(
        hub.number("SELECT count(*) FROM alarm WHERE resolved_by = 'ines' AND resolution = 'clone on the old PC wiped'"),
        1,
        "the alarm records who resolved it and how"
    );
    let (ok, out, _) = hub_cli(&hub, &["alarms"]);
    assert!(
        ok && out.contains("no open alarms"),
        "no alarm is left open: {out}"
    );
    let (status, body) = site.push(&hub, 4, 4);
    assert_eq!(
        status, 401,
        "the token both copies share is withdrawn by the resume: {body}"
    );
    let real = site.enrolled_again(&hub, &code);
    let (status, body) = real.push(&hub, 4, 4);
    assert_eq!(
        status, 200,
        "the real site carries on once enrolled again with the new code: {body}"
    );
    assert_eq!(hub.events_of("NORTH"), 4, "and its next event is stored");
    let (status, _) = clone.push(&hub, 3, 3);
    assert_eq!(status, 401, "the retired copy's old token no longer works");
}

#[test]
fn a_batch_following_a_different_previous_event_is_a_fork_at_that_event() {
    let hub = TestHub::start();
    let mut site = Site::enrolled(&hub, "NORTH");
    site.record(3);
    let (status, _) = site.push(&hub, 1, 3);
    assert_eq!(status, 200, "the original's push is taken");
    // The clone recorded its own event 3 and 4; it pushes only 4, which follows its own 3.
    let mut clone = clone_diverging(&site, 2);
    clone.record(2);
    let (status, body) = clone.push(&hub, 4, 4);
    assert_eq!(
        (status, body["code"].as_str(), body["seq"].as_i64()),
        (409, Some("fork"), Some(3)),
        "the signed previous hash contradicts the held event 3: {body}"
    );
    assert_eq!(hub.events_of("NORTH"), 3, "nothing stored");
    assert_eq!(
        hub.number("SELECT count(*) FROM alarm WHERE kind = 'fork'"),
        1,
        "one alarm"
    );
}

#[test]
fn a_push_waiting_behind_the_one_that_suspended_its_site_is_refused_as_suspended() {
    let hub = TestHub::start();
    let mut site = Site::enrolled(&hub, "NORTH");
    site.record(2);
    // Another transaction holds the cursor, as a push raising a fork does, and suspends the site
    // while the push below waits for the lock.
    let mut holder = hub.block_on(hub.db.client()).expect("a connection");
    let tx = hub.block_on(holder.transaction()).expect("a transaction");
    hub.block_on(tx.execute(
        "SELECT 1 FROM site_cursor c JOIN site s ON s.id = c.site_id \
         WHERE s.code = 'NORTH' FOR UPDATE OF c",
        &[],
    ))
    .expect("the cursor locks");
    let (status, body) = std::thread::scope(|s| {
        let push = s.spawn(|| site.push(&hub, 1, 2));
        // Long enough for the push to have checked its batch and to wait on the lock.
        std::thread::sleep(std::time::Duration::from_millis(700));
        hub.block_on(tx.execute(
            "UPDATE site SET suspended_reason = 'fork at event 1' WHERE code = 'NORTH'",
            &[],
        ))
        .expect("the site is suspended");
        hub.block_on(tx.commit()).expect("the suspension commits");
        push.join().expect("the push thread ends")
    });
    assert_eq!(
        (status, body["code"].as_str()),
        (403, Some("suspended")),
        "a push that waited for the lock reads the suspension committed meanwhile: {body}"
    );
    assert_eq!(hub.events_of("NORTH"), 0, "nothing of it is stored");
}
