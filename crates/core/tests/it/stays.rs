//! Stays (where stock is held, since and until when) are kept by the appender, made again from
//! the ledger by migration 0028's step exactly as the appender made them, and compared with the
//! ledger by `verify`, in full and incrementally, so an edited stay is found.

use custody_core::ledger::verify::{FindingKind, VerifyReport, VerifyRequest, VerifyScope};
use custody_core::movement::Movement;
use custody_core::Store;

use crate::insights_dwell::planted;
use crate::insights_shrinkage::{at, gauze, Move};
use crate::verify::tampered;

/// Every stay row, without its id, in a stable order.
fn rows(store: &Store) -> Vec<Vec<rusqlite::types::Value>> {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT product_id, serial, lot, location_id, status, quantity, held_seq, held_at,
                held_day, since_seq, since_day, until_seq, until_at, until_day, seconds, departs
             FROM stay ORDER BY 1, 2, 3, 4, 5, 7, 10, 12, 6",
        )
        .unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| (0..n).map(|i| r.get(i)).collect())
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn verify(
    store: &mut Store,
    admin: &custody_core::model::User,
    scope: VerifyScope,
) -> VerifyReport {
    let request = VerifyRequest {
        scope,
        record_checkpoint: true,
    };
    store.verify_as(admin, request, at("2027-03-01")).unwrap()
}

#[test]
fn the_planted_history_makes_stays_that_verify_and_the_migration_makes_the_same() {
    let mut h = planted();
    let before = rows(&h.p.store);
    // Four packs and the gauze arrive; packs and gauze leave; some are still there.
    let departed = before.iter().filter(|r| r[15] == 1.into()).count();
    let open = before
        .iter()
        .filter(|r| r[11] == rusqlite::types::Value::Null)
        .count();
    assert!(departed >= 4 && open >= 2, "{before:?}");
    let r = verify(&mut h.p.store, &h.p.admin, VerifyScope::Full);
    assert!(r.is_intact(), "{:?}", r.findings);

    let path = h.p.store.path().to_path_buf();
    let admin = h.p.admin.clone();
    let crate::insights_shrinkage::History { p, .. } = h;
    let crate::fixtures::Pharmacy { _dir, store, .. } = p;
    drop(store);
    crate::fixtures::before_0041(&path);
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(
            "DROP TABLE stay; DROP INDEX event_exception; DROP INDEX unit_expiry;
             DROP INDEX event_line_arrival; DROP TABLE stock_change; DROP TABLE receipt;
             DROP TABLE nvs_request;
             PRAGMA user_version = 27;",
        )
        .unwrap();
    let mut store = Store::open(&path).unwrap();
    assert_eq!(
        rows(&store),
        before,
        "the migration makes the stays the appender made"
    );
    let r = verify(&mut store, &admin, VerifyScope::Full);
    assert!(r.is_intact(), "{:?}", r.findings);
}

#[test]
fn an_edited_stay_is_found_in_full_and_incrementally_when_its_pack_moved_since() {
    let mut h = planted();
    let r = verify(&mut h.p.store, &h.p.admin, VerifyScope::Full);
    assert!(r.is_intact(), "{:?}", r.findings);
    // The gauze left at the pharmacy is used after the checkpoint: the lot is touched since.
    let main = h.p.main.id;
    let mv = Move {
        raw: &gauze("GA", "281231"),
        quantity: Some(5),
        ..Move::default()
    };
    h.scan("2027-03-01", Movement::Dispense, main, mv);
    tampered(
        &h.p,
        "UPDATE stay SET seconds = seconds + 60 WHERE lot = 'GA' AND departs = 1",
    );
    for scope in [VerifyScope::Incremental, VerifyScope::Full] {
        let r = verify(&mut h.p.store, &h.p.admin, scope);
        assert!(
            r.findings
                .iter()
                .any(|f| f.kind == FindingKind::StateMismatch
                    && f.message.contains("stays of")
                    && f.message.contains("09506000134369")),
            "{scope:?}: {:?}",
            r.findings
        );
    }
}

#[test]
fn a_deleted_stay_is_found_with_both_counts() {
    let mut h = planted();
    tampered(&h.p, "DELETE FROM stay WHERE serial = 'P1'");
    let r = verify(&mut h.p.store, &h.p.admin, VerifyScope::Full);
    let found: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.message.contains("stays of product 09506000134352"))
        .collect();
    assert_eq!(found.len(), 1, "{:?}", r.findings);
}
