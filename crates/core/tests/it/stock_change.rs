//! Each day's net stock change at each place (`stock_change`, which the consumption trends read)
//! is kept by the appender, made again from the ledger by migration 0031 exactly as the
//! appender made it, and compared with the ledger by `verify`, in full and incrementally, so an
//! edited, deleted or made-up row is found.

use custody_core::ledger::verify::{FindingKind, VerifyReport, VerifyRequest, VerifyScope};
use custody_core::movement::Movement;
use custody_core::Store;

use crate::insights_dwell::planted;
use crate::insights_shrinkage::{at, gauze, Move};
use crate::verify::tampered;

/// Every row as (GTIN, location code, day, units), in a stable order.
fn rows(store: &Store) -> Vec<(String, String, String, i64)> {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT p.gtin, l.code, c.day, c.quantity FROM stock_change c
             JOIN product p ON p.id = c.product_id JOIN location l ON l.id = c.location_id
             ORDER BY 1, 2, 3",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
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

/// Whether a report names the stock change of the gauze (GTIN …369) on a day.
fn names_gauze_on(r: &VerifyReport, day: &str) -> bool {
    r.findings.iter().any(|f| {
        f.kind == FindingKind::StateMismatch
            && f.message.contains("stock change of 09506000134369")
            && f.message.contains(day)
    })
}

#[test]
fn the_planted_history_makes_stock_changes_that_verify_and_the_migration_makes_the_same() {
    let mut h = planted();
    let before = rows(&h.p.store);
    let gauze_row = |loc: &str, day: &str| {
        before
            .iter()
            .find(|r| r.0 == "09506000134369" && r.1 == loc && r.2 == day)
            .map(|r| r.3)
    };
    assert_eq!(
        gauze_row("MAIN", "2027-01-01"),
        Some(100),
        "a hundred received"
    );
    assert_eq!(gauze_row("MAIN", "2027-01-02"), Some(-30), "thirty used");
    assert_eq!(
        gauze_row("MAIN", "2027-01-06"),
        Some(-50),
        "fifty sent to the ward"
    );
    assert_eq!(
        gauze_row("WARD-3A", "2027-01-06"),
        Some(50),
        "fifty arrived there"
    );
    assert_eq!(
        gauze_row("MAIN", "2027-01-03"),
        None,
        "no gauze moved that day"
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
            "DROP TABLE stock_change; DROP TABLE receipt; DROP INDEX stay_open_lot;
             DROP INDEX stay_departed_whose; DROP TABLE nvs_request; PRAGMA user_version = 30;",
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
fn an_edited_or_made_up_stock_change_is_found_in_full_and_incrementally_on_a_day_touched_since() {
    let mut h = planted();
    let r = verify(&mut h.p.store, &h.p.admin, VerifyScope::Full);
    assert!(r.is_intact(), "{:?}", r.findings);
    // Gauze is used on the 1st of March, after the checkpoint: that day is touched since.
    let main = h.p.main.id;
    let mv = Move {
        raw: &gauze("GA", "281231"),
        quantity: Some(5),
        ..Move::default()
    };
    h.scan("2027-03-01", Movement::Dispense, main, mv);
    tampered(
        &h.p,
        "UPDATE stock_change SET quantity = quantity + 1 WHERE day = '2027-03-01'",
    );
    for scope in [VerifyScope::Incremental, VerifyScope::Full] {
        let r = verify(&mut h.p.store, &h.p.admin, scope);
        assert!(
            names_gauze_on(&r, "2027-03-01"),
            "{scope:?}: {:?}",
            r.findings
        );
    }
    tampered(
        &h.p,
        "UPDATE stock_change SET quantity = quantity - 1 WHERE day = '2027-03-01';
         INSERT INTO stock_change (product_id, location_id, day, quantity)
         SELECT product_id, location_id + 1, day, 7 FROM stock_change WHERE day = '2027-03-01'",
    );
    for scope in [VerifyScope::Incremental, VerifyScope::Full] {
        let r = verify(&mut h.p.store, &h.p.admin, scope);
        assert!(
            r.findings
                .iter()
                .any(|f| f.message.contains("the table says 7")),
            "{scope:?}: a row the ledger does not explain: {:?}",
            r.findings
        );
    }
}

#[test]
fn a_deleted_stock_change_is_found_in_full() {
    let mut h = planted();
    tampered(&h.p, "DELETE FROM stock_change WHERE day = '2027-01-02'");
    let r = verify(&mut h.p.store, &h.p.admin, VerifyScope::Full);
    assert!(
        r.findings
            .iter()
            .any(|f| f.message.contains("on 2027-01-02")
                && f.message.contains("the ledger's lines change it by -30")),
        "{:?}",
        r.findings
    );
}
