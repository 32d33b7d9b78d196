//! The reach and hold of a recall on the small demo's history, read a pack's own row first and
//! its last event and place afterwards, once per event: each pack shows what a join of every pack
//! to its last event shows, every covered pack is there once, and the hold's lines stay in the
//! order of product and serial.

use std::collections::BTreeMap;

use custody_core::demo::{DemoSize, Scale, Years};
use custody_core::recall::{NewRecall, Reach, ScopeLine};
use custody_core::*;
use rusqlite::Connection;

use crate::fixtures::now;

/// The small demo in a new database, with its admin.
fn demo(dir: &tempfile::TempDir) -> (Store, User) {
    let mut store = Store::open(dir.path().join("demo.db")).unwrap();
    let size = DemoSize {
        scale: Scale::Small,
        years: Years::NONE,
    };
    store.create_demo(size, now()).unwrap();
    let admin = store.actor("admin").unwrap();
    (store, admin)
}

/// GTIN, a lot and a serial of the `n` serialized products with the most packs ever seen.
fn busiest(conn: &Connection, n: usize) -> Vec<(String, String, String)> {
    conn.prepare(
        "SELECT p.gtin, min(u.lot), min(u.serial) FROM unit u JOIN product p ON p.id = u.product_id
         WHERE p.tracking = 'serial' AND u.lot IS NOT NULL
         GROUP BY u.product_id ORDER BY count(*) DESC, p.gtin LIMIT ?1",
    )
    .unwrap()
    .query_map([n as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

fn line(gtin: &str, lot: Option<&str>, serial: Option<&str>) -> ScopeLine {
    ScopeLine {
        gtin: gtin.into(),
        lot: lot.map(String::from),
        serial: serial.map(String::from),
    }
}

/// What a join of every pack to its last event, its place and the event's partner shows, by
/// (GTIN, serial): (location, since, reference, counterparty).
type Joined = BTreeMap<(String, String), (Option<String>, String, Option<String>, Option<String>)>;

fn joined(conn: &Connection) -> Joined {
    conn.prepare(
        "SELECT p.gtin, u.serial, l.code, e.occurred_at, e.occurred_offset, e.reference, pa.name
         FROM unit u JOIN product p ON p.id = u.product_id
         LEFT JOIN location l ON l.id = u.location_id JOIN event e ON e.seq = u.last_event_seq
         LEFT JOIN partner pa ON pa.id = e.counterparty_id",
    )
    .unwrap()
    .query_map([], |r| {
        let at: String = r.get(3)?;
        let since = Timestamp::from_stored(&at, r.get(4)?).map_or(at, |t| t.to_string());
        Ok((
            (r.get(0)?, r.get(1)?),
            (r.get(2)?, since, r.get(5)?, r.get(6)?),
        ))
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

/// Packs a scope covers, counted in SQL: every pack of the first product, the second's lot, and
/// the third's lot (its serial line names a pack of that lot again).
fn covered_count(conn: &Connection, busy: &[(String, String, String)]) -> i64 {
    conn.query_row(
        "SELECT count(*) FROM unit u JOIN product p ON p.id = u.product_id
         WHERE p.gtin = ?1 OR (p.gtin = ?2 AND u.lot = ?3) OR (p.gtin = ?4 AND u.lot = ?5)
            OR (p.gtin = ?4 AND u.serial = ?6)",
        rusqlite::params![busy[0].0, busy[1].0, busy[1].1, busy[2].0, busy[2].1, busy[2].2],
        |r| r.get(0),
    )
    .unwrap()
}

fn check_units(reach: &Reach, joined: &Joined, expected: i64) {
    assert_eq!(
        reach.units.len() as i64,
        expected,
        "every covered pack is in the reach once, a pack two lines cover too"
    );
    for u in &reach.units {
        let key = (u.gtin.clone(), u.serial.clone());
        let shown = (
            u.location.clone(),
            u.since.clone(),
            u.reference.clone(),
            u.counterparty.clone(),
        );
        assert_eq!(
            Some(&shown),
            joined.get(&key),
            "pack {key:?} shows its place and last event as a join of the pack to them does"
        );
    }
}

#[test]
fn the_reach_shows_each_packs_last_event_and_place_as_a_join_to_them_does() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, admin) = demo(&dir);
    let conn = Connection::open(dir.path().join("demo.db")).unwrap();
    let busy = busiest(&conn, 3);
    assert_eq!(
        busy.len(),
        3,
        "the small demo has three serialized products"
    );
    let scope = vec![
        line(&busy[0].0, None, None),
        line(&busy[1].0, Some(&busy[1].1), None),
        line(&busy[2].0, Some(&busy[2].1), None),
        line(&busy[2].0, None, Some(&busy[2].2)),
        line(&busy[2].0, None, Some("NEVER-SEEN")),
    ];
    let expected = covered_count(&conn, &busy);
    let before = store.preview_recall_hold(&admin, &scope).unwrap();
    let created = store
        .create_recall(
            &admin,
            &NewRecall {
                number: "RCL-DEMO".into(),
                title: "Three products".into(),
                class: RecallClass::II,
                reason: "test".into(),
                instructions: None,
                issuer: None,
                issued_on: now().local_date(),
                scope,
            },
            now(),
        )
        .unwrap();
    assert!(
        created.hold.units > 0,
        "the demo has packs of them in stock"
    );
    assert_eq!(
        (before.units, before.locations),
        (created.hold.units, created.hold.events),
        "the preview counts the hold's own lines"
    );
    let reach = store.recall_reach(&admin, "RCL-DEMO").unwrap();
    check_units(&reach, &joined(&conn), expected);
    let listed = store.recalls(&admin).unwrap();
    assert_eq!(
        (&listed[0].recall, &listed[0].summary),
        (&reach.recall, &reach.summary),
        "the list counts the reach without reading the packs' events, and counts the same"
    );
    assert_eq!(
        reach.summary.quarantined,
        created.hold.units
            + conn
                .query_row(
                    "SELECT count(*) FROM unit u JOIN product p ON p.id = u.product_id
                     WHERE u.status = 'quarantined' AND u.last_event_seq NOT IN
                       (SELECT seq FROM event WHERE reference = 'RCL-DEMO')
                       AND p.gtin IN (?1, ?2, ?3)",
                    rusqlite::params![busy[0].0, busy[1].0, busy[2].0],
                    |r| r.get::<_, i64>(0),
                )
                .unwrap(),
        "the packs held are quarantined, beside any held before"
    );
    assert_eq!(
        reach.not_received,
        [line(&busy[2].0, None, Some("NEVER-SEEN"))],
        "a serial never seen here is never received"
    );
    let out_of_order: i64 = conn
        .query_row(
            "SELECT count(*) FROM event_line a JOIN event_line b
               ON b.event_seq = a.event_seq AND b.line_no = a.line_no + 1
             JOIN event e ON e.seq = a.event_seq
             WHERE e.reference = 'RCL-DEMO' AND (a.product_id, a.serial) > (b.product_id, b.serial)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        out_of_order, 0,
        "each hold event lists its packs by product and serial, as it always has"
    );
    let report = store.verify(&admin).unwrap();
    assert!(
        report.is_intact(),
        "the hold verifies: {:?}",
        report.findings
    );
}
