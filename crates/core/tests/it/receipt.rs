//! What arrived from whom (`receipt`, which the supplier quality reads) is kept by the
//! appender, made again from the ledger by migration 0032 exactly as the appender made it, and
//! compared with the ledger by `verify`, in full and incrementally, so an edited, deleted or
//! made-up row is found.

use custody_core::ledger::verify::{FindingKind, VerifyReport, VerifyRequest, VerifyScope};
use custody_core::movement::Movement;
use custody_core::Store;

use crate::insights_dwell::planted;
use crate::insights_shrinkage::{at, gauze, Move};
use crate::verify::tampered;

/// Every row as text, in a stable order.
fn rows(store: &Store) -> Vec<Vec<String>> {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let mut stmt = conn
        .prepare("SELECT * FROM receipt ORDER BY day, event_seq, line_no")
        .unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| {
        (0..n)
            .map(|i| Ok(format!("{:?}", r.get::<_, rusqlite::types::Value>(i)?)))
            .collect()
    })
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

/// Whether a report names the receipts of a day.
fn names_receipts_of(r: &VerifyReport, day: &str) -> bool {
    r.findings.iter().any(|f| {
        f.kind == FindingKind::StateMismatch
            && f.message.contains(&format!("the receipts of {day}"))
    })
}

#[test]
fn the_planted_history_makes_receipts_that_verify_and_the_migration_makes_the_same() {
    let mut h = planted();
    let before = rows(&h.p.store);
    assert_eq!(
        before.len(),
        5,
        "four packs and the gauze arrived, nothing else: {before:?}"
    );
    assert!(
        before.iter().all(|r| r[0] == "Text(\"2027-01-01\")"),
        "all on the day they came: {before:?}"
    );
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
            "DROP TABLE receipt; DROP INDEX stay_open_lot; DROP INDEX stay_departed_whose;
             DROP TABLE nvs_request; PRAGMA user_version = 31;",
        )
        .unwrap();
    let mut store = Store::open(&path).unwrap();
    assert_eq!(
        rows(&store),
        before,
        "the migration makes the rows the appender made"
    );
    let r = verify(&mut store, &admin, VerifyScope::Full);
    assert!(r.is_intact(), "{:?}", r.findings);
}

#[test]
fn an_edited_or_made_up_receipt_is_found_in_full_and_incrementally_on_a_day_touched_since() {
    let mut h = planted();
    let r = verify(&mut h.p.store, &h.p.admin, VerifyScope::Full);
    assert!(r.is_intact(), "{:?}", r.findings);
    // Gauze arrives on the 1st of March, after the checkpoint: that day is touched since.
    let main = h.p.main.id;
    let mv = Move {
        raw: &gauze("GB", "281231"),
        quantity: Some(20),
        ..Move::default()
    };
    h.scan("2027-03-01", Movement::Receive, main, mv);
    tampered(
        &h.p,
        "UPDATE receipt SET unit_cost_cents = 1 WHERE day = '2027-03-01'",
    );
    for scope in [VerifyScope::Incremental, VerifyScope::Full] {
        let r = verify(&mut h.p.store, &h.p.admin, scope);
        assert!(
            names_receipts_of(&r, "2027-03-01"),
            "{scope:?}: {:?}",
            r.findings
        );
    }
    tampered(
        &h.p,
        "UPDATE receipt SET unit_cost_cents = NULL WHERE day = '2027-03-01';
         INSERT INTO receipt SELECT day, event_seq, line_no + 1, supplier_id, location_id,
             product_id, serial, lot, expiry, quantity, unit_cost_cents, duplicate
         FROM receipt WHERE day = '2027-03-01'",
    );
    for scope in [VerifyScope::Incremental, VerifyScope::Full] {
        let r = verify(&mut h.p.store, &h.p.admin, scope);
        assert!(
            r.findings.iter().any(|f| f
                .message
                .contains("the receipt table holds 2 rows, the ledger makes 1")),
            "{scope:?}: a row the ledger does not explain: {:?}",
            r.findings
        );
    }
}

#[test]
fn a_deleted_receipt_is_found_in_full() {
    let mut h = planted();
    tampered(&h.p, "DELETE FROM receipt WHERE serial = 'P1'");
    let r = verify(&mut h.p.store, &h.p.admin, VerifyScope::Full);
    assert!(
        r.findings.iter().any(|f| f.message.contains(
            "the receipts of 2027-01-01: the receipt table holds 4 rows, the ledger makes 5"
        )),
        "{:?}",
        r.findings
    );
}
