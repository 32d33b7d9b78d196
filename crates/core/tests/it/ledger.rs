//! Appending: hash chain, projections, and refusal of stale lines.

use custody_core::ledger::{Appender, NewLine, Place};
use custody_core::stock::StockFilter;
use custody_core::*;

use crate::fixtures::{now, pharmacy};

#[test]
fn events_chain_each_hash_to_the_previous_one() {
    let mut p = pharmacy();
    let evs = p.append(&[p.receive("S1"), p.receive("S2"), p.dispense("S1")]);
    let conn = p.sqlite();
    let prevs: Vec<(Vec<u8>, Vec<u8>)> = conn
        .prepare("SELECT prev_hash, hash FROM event ORDER BY seq")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        prevs[0].0,
        vec![0u8; 32],
        "the first event follows the genesis hash"
    );
    assert_eq!(
        prevs[1].0, prevs[0].1,
        "each event names the hash of the one before"
    );
    assert_eq!(prevs[2].0, prevs[1].1);
    assert_eq!(prevs[3].0, prevs[2].1);
    assert_eq!(
        hex_of(&prevs[3].1),
        evs[2].hash,
        "after the administrator's user_added event, the third event appended is the fourth"
    );
    assert!(
        evs.iter().all(|e| e.id.as_bytes()[14] == b'7'),
        "event ids are UUID v7"
    );
}

fn hex_of(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[test]
fn current_state_follows_the_ledger_in_the_same_transaction() {
    let mut p = pharmacy();
    p.append(&[
        p.receive("S1"),
        p.receive("S2"),
        p.dispense("S1"),
        p.receive_gauze(100),
    ]);
    let unit = p.store.unit(&p.admin, "09506000134352", "S1").unwrap();
    assert_eq!(
        unit.status,
        UnitStatus::Dispensed,
        "a dispensed pack is no longer in stock"
    );
    let stock = p.store.stock(&p.admin, &StockFilter::default()).unwrap();
    let amox = stock.iter().find(|r| r.gtin == "09506000134352").unwrap();
    assert_eq!(amox.in_stock, 1, "one of two packs is left");
    let gauze = stock.iter().find(|r| r.gtin == "09506000134369").unwrap();
    assert_eq!(gauze.in_stock, 100, "lot-tracked stock is a quantity");
}

#[test]
fn a_pack_moved_keeps_its_lot_and_expiry_and_takes_those_it_lacked() {
    let mut p = pharmacy();
    // S2 arrives from a code without a lot or expiry; its quarantine names both.
    let mut bare = p.receive("S2");
    bare.lines[0].lot = None;
    bare.lines[0].expiry = None;
    let mut named = p.dispense("S2");
    named.kind = EventKind::Quarantine;
    named.reason = Some("damaged box".into());
    named.lines[0].expiry = chrono::NaiveDate::from_ymd_opt(2029, 6, 30);
    named.lines[0].after = Some(Place::at(UnitStatus::Quarantined, p.main.id));
    p.append(&[p.receive("S1"), p.dispense("S1"), bare, named]);
    let row = |serial: &str| -> (String, Option<String>, Option<String>, Option<i64>) {
        p.sqlite()
            .query_row(
                "SELECT status, lot, expiry, location_id FROM unit WHERE serial = ?1",
                [serial],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap()
    };
    assert_eq!(
        row("S1"),
        (
            "dispensed".into(),
            Some("L1".into()),
            Some("2028-12-31".into()),
            None
        ),
        "a dispense naming the lot the pack has, and no expiry, moves it and keeps both"
    );
    assert_eq!(
        row("S2"),
        (
            "quarantined".into(),
            Some("L1".into()),
            Some("2029-06-30".into()),
            Some(p.main.id.0)
        ),
        "a move naming a lot and an expiry the pack lacked records them on it"
    );
    let r = p.store.verify(&p.admin).unwrap();
    assert!(r.is_intact(), "{:?}", r.findings);
}

#[test]
fn a_line_whose_before_is_stale_is_refused_and_nothing_is_written() {
    let mut p = pharmacy();
    p.append(&[p.receive("S1"), p.dispense("S1")]);
    let events_before = p.store.summary().unwrap().events;
    let mut conn = p.sqlite();
    let tx = conn.transaction().unwrap();
    let mut a = Appender::new(&tx, now()).unwrap();
    let err = a.append(&p.admin, &p.dispense("S1")).unwrap_err();
    assert!(
        err.code() == "ledger.pack_moved" && err.args()["serial"] == "S1",
        "dispensing a dispensed pack is stale, naming the pack: {err}"
    );
    drop(a);
    drop(tx);
    assert_eq!(
        p.store.summary().unwrap().events,
        events_before,
        "nothing of a refused event is kept"
    );
}

#[test]
fn taking_more_of_a_lot_than_is_there_is_refused() {
    let mut p = pharmacy();
    p.append(&[p.receive_gauze(10)]);
    let mut conn = p.sqlite();
    let tx = conn.transaction().unwrap();
    let mut a = Appender::new(&tx, now()).unwrap();
    let mut issue = p.receive_gauze(11);
    issue.kind = EventKind::Transfer;
    issue.lines[0] = NewLine {
        before: Some(Place::at(UnitStatus::InStock, p.main.id)),
        after: Some(Place::at(UnitStatus::InStock, p.ward.id)),
        ..issue.lines[0].clone()
    };
    assert!(
        a.append(&p.admin, &issue).is_err(),
        "11 of a lot of 10 cannot move"
    );
}

#[test]
fn the_ledger_refuses_updates_and_deletes() {
    let mut p = pharmacy();
    p.append(&[p.receive("S1")]);
    let conn = p.sqlite();
    let err = conn
        .execute("UPDATE event_line SET serial = 'X'", [])
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    let err = conn.execute("DELETE FROM event", []).unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let p = pharmacy();
    p.sqlite().pragma_update(None, "user_version", 999).unwrap();
    let err = Store::open(p.store.path()).unwrap_err();
    assert!(
        matches!(err, StoreError::TooNew { found: 999, .. }),
        "{err}"
    );
}

#[test]
fn permissions_are_enforced_in_core() {
    let mut p = pharmacy();
    let staff = p
        .store
        .add_user(
            &p.admin,
            "bob",
            "Bob",
            Role::Staff,
            Some(crate::fixtures::PASSWORD),
            now(),
        )
        .unwrap();
    let err = p
        .store
        .add_location(&staff, "X", "X", LocationKind::Ward)
        .unwrap_err();
    assert!(
        err.code() == "auth.forbidden",
        "staff may not change master data: {err}"
    );
    let err = p
        .store
        .add_user(
            &staff,
            "eve",
            "Eve",
            Role::Admin,
            Some(crate::fixtures::PASSWORD),
            now(),
        )
        .unwrap_err();
    assert_eq!(err.code(), "auth.forbidden", "staff may not add users");
    assert_eq!(
        (
            err.args()["role"].as_str(),
            err.args()["operation"].as_str()
        ),
        (Some("staff"), Some("manage_users")),
        "the refusal names the role and the operation as codes the catalogue puts in words"
    );
}

#[test]
fn migration_0042_drops_the_unread_indexes_and_keeps_only_located_packs_in_unit_location() {
    let mut p = pharmacy();
    p.append(&[p.receive("S1"), p.receive("S2"), p.dispense("S1")]);
    let path = p.store.path().to_path_buf();
    let crate::fixtures::Pharmacy {
        _dir, store, admin, ..
    } = p;
    drop(store);
    crate::fixtures::before_0042(&path);
    let store = Store::open(&path).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let sql = |name: &str| -> Option<String> {
        conn.query_row(
            "SELECT sql FROM sqlite_schema WHERE name = ?1",
            [name],
            |r| r.get(0),
        )
        .ok()
    };
    assert_eq!(sql("event_arrival"), None);
    assert_eq!(sql("stay_departed"), None);
    assert!(
        sql("unit_location").is_some_and(|s| s.ends_with("WHERE location_id IS NOT NULL")),
        "{:?}",
        sql("unit_location")
    );
    let partial: bool = conn
        .query_row(
            "SELECT partial FROM pragma_index_list('unit') WHERE name = 'unit_location'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(partial, "unit_location keeps only the packs at a location");
    let located: i64 = conn
        .query_row(
            "SELECT count(*) FROM unit INDEXED BY unit_location WHERE location_id > 0",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(located, 1, "the pack in stock is found through it");
    let r = store.verify(&admin).unwrap();
    assert!(r.is_intact(), "{:?}", r.findings);
}
