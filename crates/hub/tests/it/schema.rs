//! The hub's schema: its event tables are append-only, migrating twice changes nothing, and a
//! database a newer hub migrated is refused.

use custody_hub::db::{migrate, schema_version};
use custody_hub::HubError;

use crate::support::{Site, TestHub};

#[test]
fn the_event_tables_refuse_update_delete_and_truncate() {
    let hub = TestHub::start();
    let mut site = Site::enrolled(&hub, "NORTH");
    site.record(2);
    let (status, _) = site.push(&hub, 1, 2);
    assert_eq!(status, 200, "two events stored");
    for sql in [
        "UPDATE event SET kind = 'dispense'",
        "DELETE FROM event",
        "UPDATE event_line SET serial = 'X'",
        "DELETE FROM event_line",
        "UPDATE batch_signature SET signature = 'x'",
        "DELETE FROM batch_signature",
        "TRUNCATE event_line",
        "TRUNCATE batch_signature",
    ] {
        let result = hub.execute(sql);
        assert!(
            result.as_ref().is_err_and(|e| e.contains("append-only")),
            "{sql} must be refused by the append-only trigger, got {result:?}"
        );
    }
    assert_eq!(hub.events_of("NORTH"), 2, "both events are still there");
    assert_eq!(
        hub.number("SELECT count(*) FROM event_line"),
        2,
        "and their lines"
    );
}

#[test]
fn migrating_again_changes_nothing_and_a_newer_schema_is_refused() {
    let hub = TestHub::start();
    let found = hub.block_on(migrate(&hub.db)).expect("migrates again");
    assert_eq!(
        found,
        schema_version(),
        "the test hub was migrated already; nothing to do"
    );
    hub.execute("UPDATE hub_schema SET version = 99")
        .expect("the version row");
    match hub.block_on(migrate(&hub.db)) {
        Err(HubError::NewerSchema { found, known }) => assert_eq!(
            (found, known),
            (99, schema_version()),
            "the refusal names both versions"
        ),
        other => panic!("a newer schema must be refused, got {other:?}"),
    }
}

#[test]
fn migration_6_sends_the_alarms_raised_before_the_feed() {
    let hub = TestHub::start();
    Site::enrolled(&hub, "NORTH");
    // An alarm of a hub that ran before its feed: in the alarm table, not in the changelog.
    hub.execute(
        "INSERT INTO alarm (kind, gtin, serial, patterns, detail, updated_at) VALUES \
         ('counterfeit', '09506000134352', 'P1', \
          '[{\"pattern\": \"held_at_two_sites\", \"events\": [{\"site\": \"NORTH\", \"seq\": 1}]}]', \
          '{}', now())",
    )
    .expect("an alarm");
    hub.execute("UPDATE hub_schema SET version = 5")
        .expect("the hub as migration 0005 left it");
    assert_eq!(hub.block_on(migrate(&hub.db)).expect("migrates"), 5);
    assert_eq!(
        hub.number(
            "SELECT count(*) FROM changelog WHERE kind = 'alarm' \
             AND payload->>'change' = 'raised' AND payload->>'state' = 'open' \
             AND sites = ARRAY['NORTH']"
        ),
        1,
        "the alarm goes to the site its events name"
    );
    hub.execute("UPDATE hub_schema SET version = 5")
        .expect("migrated again");
    hub.block_on(migrate(&hub.db)).expect("migrates again");
    assert_eq!(
        hub.number("SELECT count(*) FROM changelog WHERE kind = 'alarm'"),
        1,
        "an alarm the changelog has is not sent twice"
    );
}
