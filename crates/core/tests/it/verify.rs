//! `verify` catches every kind of editing behind the store's back, and says where.

use custody_core::ledger::verify::FindingKind;

use crate::fixtures::{pharmacy, Pharmacy};

pub(crate) fn tampered(p: &Pharmacy, sql: &str) {
    let conn = p.sqlite();
    // Put the triggers back afterwards exactly as they were, so only the edit itself is found
    // (a trigger recreated with other SQL is a schema difference `verify` reports).
    let triggers: Vec<String> = conn
        .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('event_no_update', 'event_no_delete', 'event_line_no_update', 'event_line_no_delete')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(triggers.len(), 4, "the four append-only triggers are there");
    conn.execute_batch(
        "DROP TRIGGER event_no_update; DROP TRIGGER event_no_delete; DROP TRIGGER event_line_no_update; DROP TRIGGER event_line_no_delete;",
    )
    .unwrap();
    conn.execute_batch(sql).unwrap();
    for t in triggers {
        conn.execute_batch(&t).unwrap();
    }
}

fn history(p: &mut Pharmacy) -> Vec<custody_core::ledger::Appended> {
    let events = [
        p.receive("S1"),
        p.receive("S2"),
        p.receive("S3"),
        p.dispense("S2"),
        p.receive_gauze(50),
    ];
    p.append(&events)
}

#[test]
fn an_untouched_ledger_is_intact() {
    let mut p = pharmacy();
    history(&mut p);
    let r = p.store.verify(&p.admin).unwrap();
    assert!(r.is_intact(), "{:?}", r.findings);
    assert_eq!(
        (r.events, r.lines, r.units),
        (6, 5, 3),
        "the administrator's user_added event and five stock events are walked"
    );
}

#[test]
fn a_changed_line_is_found_at_its_event() {
    let mut p = pharmacy();
    let evs = history(&mut p);
    tampered(
        &p,
        &format!(
            "UPDATE event_line SET serial = 'S9' WHERE event_seq = {}",
            evs[1].seq
        ),
    );
    let r = p.store.verify(&p.admin).unwrap();
    let first = &r.findings[0];
    assert_eq!(first.kind, FindingKind::ContentChanged, "{:?}", r.findings);
    assert_eq!(
        first.event_id.as_deref(),
        Some(evs[1].id.as_str()),
        "the report names the changed event"
    );
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == FindingKind::StateMismatch && f.message.contains("S9")),
        "the unit table no longer matches: {:?}",
        r.findings
    );
}

#[test]
fn a_deleted_event_breaks_the_link_of_the_next_one() {
    let mut p = pharmacy();
    let evs = history(&mut p);
    let gone = evs[2].seq;
    tampered(
        &p,
        &format!("DELETE FROM event_line WHERE event_seq = {gone}; DELETE FROM event WHERE seq = {gone};"),
    );
    let r = p.store.verify(&p.admin).unwrap();
    let link = r
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::BrokenLink)
        .expect("a broken link");
    assert_eq!(
        link.event_id.as_deref(),
        Some(evs[3].id.as_str()),
        "the event after the gap is named"
    );
    assert!(
        link.message
            .contains(&format!("seq {gone} to {gone} are missing")),
        "{}",
        link.message
    );
    assert!(
        r.findings.iter().any(|f| f.kind == FindingKind::ChainHead),
        "the event count no longer matches the head"
    );
}

#[test]
fn deleting_the_newest_event_is_caught_by_the_chain_head() {
    let mut p = pharmacy();
    let newest = history(&mut p)[4].seq;
    tampered(
        &p,
        &format!("DELETE FROM event_line WHERE event_seq = {newest}; DELETE FROM event WHERE seq = {newest};"),
    );
    let r = p.store.verify(&p.admin).unwrap();
    assert!(
        r.findings.iter().any(|f| f.kind == FindingKind::ChainHead),
        "{:?}",
        r.findings
    );
}

#[test]
fn a_changed_unit_status_is_found_in_the_derived_table() {
    let mut p = pharmacy();
    history(&mut p);
    tampered(
        &p,
        "UPDATE unit SET status = 'in_stock', location_id = 1 WHERE serial = 'S2'",
    );
    let r = p.store.verify(&p.admin).unwrap();
    assert_eq!(r.total_findings, 1, "{:?}", r.findings);
    let f = &r.findings[0];
    assert_eq!(f.kind, FindingKind::StateMismatch);
    assert!(
        f.message.contains("S2") && f.message.contains("dispensed"),
        "says what the ledger holds: {}",
        f.message
    );
}

#[test]
fn a_pack_s_copy_of_its_last_event_edited_is_found() {
    // The reach shows a dispensed pack's document and partner from its row (migration 0041):
    // an edit there would send a recall's follow-up to the wrong ward or patient.
    for (column, value) in [
        ("last_reference", "'RX-FORGED'"),
        ("last_counterparty_id", "1"),
        ("last_at_unix", "last_at_unix - 3600"),
        ("last_offset", "last_offset + 60"),
    ] {
        let mut p = pharmacy();
        history(&mut p);
        tampered(
            &p,
            &format!("UPDATE unit SET {column} = {value} WHERE serial = 'S2'"),
        );
        let r = p.store.verify(&p.admin).unwrap();
        assert_eq!(r.total_findings, 1, "{column}: {:?}", r.findings);
        let f = &r.findings[0];
        assert_eq!(f.kind, FindingKind::StateMismatch);
        assert!(
            f.message.contains("serial S2") && f.message.contains("copy of its last event"),
            "{column}: says which pack and what: {}",
            f.message
        );
    }
}

#[test]
fn a_changed_lot_quantity_is_found() {
    let mut p = pharmacy();
    history(&mut p);
    tampered(&p, "UPDATE lot_stock SET quantity = 500");
    let r = p.store.verify(&p.admin).unwrap();
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == FindingKind::StateMismatch
                && f.message.contains("500")
                && f.message.contains("50")),
        "{:?}",
        r.findings
    );
}

#[test]
fn a_kept_stock_level_edited_or_dropped_is_found() {
    let mut p = pharmacy();
    history(&mut p);
    let intact = p.store.verify(&p.admin).unwrap();
    assert!(
        intact.is_intact(),
        "the triggers kept the sums: {:?}",
        intact.findings
    );
    tampered(
        &p,
        "UPDATE stock_level SET quantity = 9 WHERE quantity = 2;
         DELETE FROM stock_level WHERE quantity = 50;",
    );
    let r = p.store.verify(&p.admin).unwrap();
    let messages: Vec<&str> = r.findings.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(r.total_findings, 2, "{messages:?}");
    assert!(
        messages.iter().any(|m| m.contains("says 9 in stock")
            && m.contains("add up to 2")
            && m.contains("09506000134352")),
        "the edited sum is named with what the packs add up to: {messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("says 0 in stock") && m.contains("add up to 50")),
        "the dropped sum of the gauze lot is found: {messages:?}"
    );
}

#[test]
fn a_kept_sum_by_product_and_expiry_edited_or_dropped_is_found_once() {
    let mut p = pharmacy();
    history(&mut p);
    tampered(
        &p,
        "UPDATE stock_expiry SET quantity = quantity + 7 WHERE quantity = 2;
         DELETE FROM stock_expiry WHERE quantity = 50;",
    );
    let r = p.store.verify(&p.admin).unwrap();
    let messages: Vec<&str> = r.findings.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(
        r.total_findings, 2,
        "the sums by location are intact, so only the two edited sums are findings: {messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("all locations")
            && m.contains("says 9 in stock")
            && m.contains("add up to 2")),
        "the edited sum is named with what its locations add up to: {messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("says 0 in stock") && m.contains("add up to 50")),
        "the dropped sum of the gauze lot is found: {messages:?}"
    );
}

#[test]
fn renaming_a_product_gtin_breaks_the_events_that_name_it() {
    let mut p = pharmacy();
    history(&mut p);
    p.sqlite()
        .execute(
            "UPDATE product SET gtin = '00305910369019' WHERE gtin = '09506000134352'",
            [],
        )
        .unwrap();
    let r = p.store.verify(&p.admin).unwrap();
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == FindingKind::ContentChanged),
        "master data is part of the hash: {:?}",
        r.findings
    );
}

#[test]
fn dropped_triggers_are_reported() {
    let mut p = pharmacy();
    history(&mut p);
    p.sqlite()
        .execute_batch("DROP TRIGGER event_no_update")
        .unwrap();
    let r = p.store.verify(&p.admin).unwrap();
    assert_eq!(r.findings[0].kind, FindingKind::MissingTrigger);
}

#[test]
fn schema_objects_the_migrations_do_not_make_are_reported() {
    let mut p = pharmacy();
    history(&mut p);
    p.sqlite()
        .execute_batch(
            "CREATE TRIGGER quietly_fix AFTER INSERT ON event_line BEGIN SELECT 1; END;
             CREATE INDEX by_serial ON unit(serial);",
        )
        .unwrap();
    let r = p.store.verify(&p.admin).unwrap();
    assert!(
        !r.is_intact(),
        "an extra trigger could rewrite what is recorded: the store is not as Custody made it"
    );
    for name in ["quietly_fix", "by_serial"] {
        assert!(
            r.findings
                .iter()
                .any(|f| f.kind == FindingKind::UnexpectedSchema && f.message.contains(name)),
            "{name} is named: {:?}",
            r.findings
        );
    }
    assert_eq!(
        p.store.schema_differences().unwrap().len(),
        2,
        "the schema comparison sees the same two objects"
    );
    let at_start = p.store.start_up_check().unwrap();
    for name in ["quietly_fix", "by_serial"] {
        assert!(
            at_start.iter().any(|f| f.contains(name)),
            "the app's start-up check names {name}: {at_start:?}"
        );
    }
}

/// Overwrites the first page of `table` with garbage where SQLite reads its page type.
fn break_first_page(p: &Pharmacy, table: &str) {
    let conn = p.sqlite();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let page: u64 = conn
        .query_row(
            "SELECT rootpage FROM sqlite_schema WHERE name = ?1",
            [table],
            |r| r.get(0),
        )
        .unwrap();
    let size: u64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap();
    drop(conn);
    use std::io::{Seek, SeekFrom, Write};
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .open(p.store.path())
        .unwrap();
    file.seek(SeekFrom::Start((page - 1) * size)).unwrap();
    file.write_all(&[0xEE; 16]).unwrap();
}

#[test]
fn the_start_up_check_leaves_the_history_to_the_history_check_and_each_finds_its_own() {
    let mut p = pharmacy();
    history(&mut p);
    assert!(p.store.start_up_check().unwrap().is_empty());
    assert!(p.store.history_check().unwrap().is_empty());
    break_first_page(&p, "event");
    let store = custody_core::Store::open(p.store.path()).unwrap();
    assert!(
        store.start_up_check().unwrap().is_empty(),
        "the events are history: the check at start leaves them out, whatever their length"
    );
    let found = store.history_check().unwrap();
    assert!(
        !found.is_empty(),
        "the check of the history finds the broken page"
    );
    assert!(
        !store.quick_check().unwrap().is_empty(),
        "and so does the whole file's check"
    );
    break_first_page(&p, "location");
    let store = custody_core::Store::open(p.store.path()).unwrap();
    assert!(
        !store.start_up_check().unwrap().is_empty(),
        "a broken table of master data is found at start"
    );
}
