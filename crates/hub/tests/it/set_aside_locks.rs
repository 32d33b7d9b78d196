//! A set-aside against the pushes running beside it, each made to meet the other at the one
//! moment that matters (a second connection holds what the other transaction holds there):
//! a resume takes its locks in a push's order, so it never waits on another site's push while
//! that push waits on it; and a clone's push that waited behind the resume retiring its token
//! is refused, not taken; and a resume waits for an enrolment holding one of the site's codes
//! rather than each waiting on the other.

use std::time::{Duration, Instant};

use custody_hub::admin;
use custody_hub::feed::CHANGELOG_LOCK;
use custody_hub::people::Role;
use custody_hub::views::VIEWS_LOCK;
use tokio_postgres::{Client, Config, NoTls};

use crate::set_aside::clone_pushed_first;
use crate::support::TestHub;

/// A connection of its own to the test hub's database, outside the hub's pool.
fn other_connection(hub: &TestHub) -> Client {
    let config: Config = hub.url.parse().expect("the test database's address");
    hub.block_on(async {
        let (client, connection) = config.connect(NoTls).await.expect("a connection");
        tokio::spawn(connection);
        client
    })
}

/// Waits until a statement on the test database waits for a lock.
fn until_one_waits(hub: &TestHub) {
    let start = Instant::now();
    while hub.number(
        "SELECT count(*) FROM pg_stat_activity \
         WHERE datname = current_database() AND wait_event_type = 'Lock'",
    ) == 0
    {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "nothing came to wait for a lock"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn a_set_aside_and_another_sites_push_pairing_a_transfer_of_the_site_never_deadlock() {
    let hub = TestHub::start();
    let ines = hub.add_person("ines", Role::Admin);
    clone_pushed_first(&hub, 2, 2);
    // SOUTH's push, where it holds the changelog's and the views' locks and is about to pair a
    // receipt from NORTH: its `transfer_match` row's foreign key takes NORTH's site row
    // `FOR KEY SHARE`.
    let push = other_connection(&hub);
    hub.block_on(push.batch_execute(&format!(
        "BEGIN; SET LOCAL lock_timeout = '20s'; \
         SELECT pg_advisory_xact_lock({CHANGELOG_LOCK}); \
         SELECT pg_advisory_xact_lock({VIEWS_LOCK})"
    )))
    .expect("the push's locks");
    std::thread::scope(|scope| {
        let resume = scope.spawn(|| {
            hub.block_on(admin::resume_setting_aside(
                &hub.db,
                "NORTH",
                "the clone pushed first",
                &ines,
                3,
            ))
        });
        until_one_waits(&hub);
        let paired = hub
            .block_on(push.batch_execute("SELECT 1 FROM site WHERE code = 'NORTH' FOR KEY SHARE"));
        let end = if paired.is_ok() { "COMMIT" } else { "ROLLBACK" };
        hub.block_on(push.batch_execute(end))
            .expect("the push ends");
        assert!(
            paired.is_ok(),
            "the push's foreign key check does not wait for the resume waiting for it: {paired:?}"
        );
        let resumed = resume.join().expect("the resume's thread ends");
        assert!(
            resumed.as_ref().is_ok_and(|r| r.set_aside.is_some()),
            "the resume goes on once the push committed: {resumed:?}"
        );
    });
    assert_eq!(hub.events_of("NORTH"), 2, "the clone's events set aside");
}

#[test]
fn a_clones_push_that_waited_behind_the_resume_withdrawing_its_token_is_refused() {
    let hub = TestHub::start();
    let (_, mut clone) = clone_pushed_first(&hub, 2, 2);
    clone.record(1);
    // The resume, holding NORTH's cursor: the clone's next push waits for it.
    let resume = other_connection(&hub);
    hub.block_on(resume.batch_execute(
        "BEGIN; SELECT 1 FROM site_cursor c JOIN site s ON s.id = c.site_id \
         WHERE s.code = 'NORTH' FOR UPDATE OF c",
    ))
    .expect("the cursor locked");
    std::thread::scope(|scope| {
        let push = scope.spawn(|| clone.push(&hub, 5, 5));
        until_one_waits(&hub);
        // What the resume commits: the suspension lifted, the token every copy shares withdrawn.
        hub.block_on(resume.batch_execute(
            "UPDATE site SET suspended_reason = NULL, token_sha256 = NULL WHERE code = 'NORTH'; \
             COMMIT",
        ))
        .expect("the resume commits");
        let (status, body) = push.join().expect("the push's thread ends");
        assert_eq!(
            (status, body["code"].as_str()),
            (401, Some("unauthorized")),
            "the token it came with is no longer the site's: {body}"
        );
    });
    assert_eq!(
        hub.events_of("NORTH"),
        4,
        "nothing of the clone's push is taken"
    );
}

#[test]
fn a_resume_and_an_enrolment_with_one_of_the_sites_codes_never_deadlock() {
    let hub = TestHub::start();
    let ines = hub.add_person("ines", Role::Admin);
    clone_pushed_first(&hub, 2, 2);
    hub.block_on(admin::new_code(&hub.db, "NORTH"))
        .expect("a code not used yet");
    // An enrolment with that code, where it holds the code's row and is about to write the
    // site's row.
    let enrol = other_connection(&hub);
    hub.block_on(enrol.batch_execute(
        "BEGIN; SET LOCAL lock_timeout = '20s'; \
         SELECT 1 FROM enrolment_code WHERE site_code = 'NORTH' AND used_at IS NULL FOR UPDATE",
    ))
    .expect("the code's row locked");
    std::thread::scope(|scope| {
        let resume =
            scope.spawn(|| hub.block_on(admin::resume(&hub.db, "NORTH", "the clone wiped", &ines)));
        until_one_waits(&hub);
        let written = hub.block_on(
            enrol.batch_execute("UPDATE site SET enrolled_at = now() WHERE code = 'NORTH'"),
        );
        let end = if written.is_ok() {
            "COMMIT"
        } else {
            "ROLLBACK"
        };
        hub.block_on(enrol.batch_execute(end))
            .expect("the enrolment ends");
        assert!(
            written.is_ok(),
            "the enrolment writes the site's row: the resume waits for its codes before taking the row: {written:?}"
        );
        let resumed = resume.join().expect("the resume's thread ends");
        assert!(
            resumed.is_ok(),
            "the resume goes on once the enrolment committed: {resumed:?}"
        );
    });
}
