//! Replenishment: pick lists from ward shortages (first expiry first, never expired, held or
//! recalled packs, short supply said), picking by scanning through the transfer use case, the
//! supplying location's refusals, and supplier orders grouped by usual supplier with totals.

use chrono::NaiveDate;
use custody_core::ledger::{NewEvent, NewLine, Place};
use custody_core::levels::{LevelPolicy, RuleInput};
use custody_core::movement::{Movement, ScanInput, ScanSession};
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

const AMOX: &str = "09506000134352";

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// One amoxicillin pack received at MAIN (lot, serial, expiry), in `status` there.
fn pack(p: &Pharmacy, lot: &str, serial: &str, expiry: &str, status: UnitStatus) -> NewEvent {
    NewEvent {
        kind: EventKind::Receive,
        occurred_at: now(),
        location: Some(p.main.id),
        counterparty: Some(p.supplier.id),
        reference: Some("PO-1".into()),
        reason: None,
        raw_scan: None,
        lines: vec![NewLine {
            product: p.amoxicillin.id,
            lot: Some(lot.into()),
            serial: Some(serial.into()),
            expiry: Some(date(expiry)),
            quantity: 1,
            before: None,
            after: Some(Place::at(status, p.main.id)),
            unit_cost_cents: Some(400),
        }],
    }
}

/// The scanner's bytes for an amoxicillin pack.
fn raw(lot: &str, serial: &str, expiry: &str) -> String {
    let e = date(expiry).format("%y%m%d");
    format!("]d201{AMOX}17{e}10{lot}\u{1d}21{serial}")
}

fn rule(p: &mut Pharmacy, gtin: &str, location: &str, reorder_point: i64, par_level: i64) {
    let admin = p.admin.clone();
    p.store
        .set_reorder_rule(
            &admin,
            &RuleInput {
                gtin: gtin.into(),
                location: location.into(),
                reorder_point,
                par_level,
                lead_time_days: None,
            },
            now(),
        )
        .unwrap();
}

/// MAIN holds amoxicillin: A1 recalled, A2 quarantined, A3 usable (lot LA, 2027-03-31); B1-B3
/// usable (lot LB, 2028-12-31); X1, X2 expired. WARD-3A, supplied by MAIN, has none and wants 6.
fn ward_short() -> Pharmacy {
    let mut p = pharmacy();
    let mut events = vec![
        pack(&p, "LA", "A1", "2027-03-31", UnitStatus::InStock),
        pack(&p, "LA", "A2", "2027-03-31", UnitStatus::Quarantined),
        pack(&p, "LA", "A3", "2027-03-31", UnitStatus::InStock),
        pack(&p, "LX", "X1", "2026-01-31", UnitStatus::InStock),
        pack(&p, "LX", "X2", "2026-01-31", UnitStatus::InStock),
    ];
    for s in ["B1", "B2", "B3"] {
        events.push(pack(&p, "LB", s, "2028-12-31", UnitStatus::InStock));
    }
    p.append(&events);
    // A recall naming one pack by its serial, entered straight into its tables: the pick list
    // must skip a recalled pack even where no hold has moved it yet.
    let conn = rusqlite::Connection::open(p.store.path()).unwrap();
    conn.execute_batch(&format!(
        "INSERT INTO recall (number, title, class, reason, issued_on, created_at, created_by)
         VALUES ('R-1', 'One pack', 'II', 'test', '2026-11-01', '2026-11-01T00:00:00Z', 1);
         INSERT INTO recall_scope (recall_id, line, gtin, serial, added_at)
         VALUES (1, 1, '{AMOX}', 'A1', '2026-11-01T00:00:00Z');"
    ))
    .unwrap();
    let admin = p.admin.clone();
    p.store
        .set_supplying_location(&admin, "WARD-3A", Some("MAIN"))
        .unwrap();
    rule(&mut p, AMOX, "WARD-3A", 2, 6);
    p
}

fn session() -> ScanSession {
    let mut s = ScanSession::new(Movement::Transfer, LocationId(0));
    s.scanner = custody_gs1::DecodeOptions::new(now().local_date());
    s
}

fn scan(raw: String) -> ScanInput {
    ScanInput {
        raw,
        ..Default::default()
    }
}

#[test]
fn a_pick_list_proposes_usable_packs_first_expiry_first_and_says_what_is_short() {
    let mut p = ward_short();
    let admin = p.admin.clone();
    let list = p
        .store
        .make_pick_list(&admin, &LevelPolicy::default(), now())
        .unwrap();
    assert_eq!(
        list.lines.len(),
        1,
        "one product short at one ward: {list:?}"
    );
    let line = &list.lines[0];
    assert_eq!(
        (line.from_location.as_str(), line.to_location.as_str()),
        ("MAIN", "WARD-3A"),
        "a ward is topped up from the location that supplies it"
    );
    assert_eq!(line.wanted, 6, "the quantity reaches the rule's par level");
    let serials: Vec<&str> = line
        .proposed
        .iter()
        .filter_map(|p| p.serial.as_deref())
        .collect();
    assert_eq!(
        serials,
        ["A3", "B1", "B2", "B3"],
        "earliest expiry first; never the recalled A1, the quarantined A2 or the expired X1, X2"
    );
    assert_eq!(
        (line.available, line.short),
        (4, 2),
        "the pharmacy holds four usable packs: two short of what the ward needs"
    );
}

#[test]
fn picking_by_scanning_records_the_transfer_and_refuses_what_is_not_on_the_list() {
    let mut p = ward_short();
    let admin = p.admin.clone();
    let list = p
        .store
        .make_pick_list(&admin, &LevelPolicy::default(), now())
        .unwrap();
    let picked = p
        .store
        .pick_scan(
            &admin,
            list.id,
            None,
            &session(),
            &scan(raw("LB", "B1", "2028-12-31")),
            now(),
        )
        .unwrap();
    let recorded = picked
        .verdict
        .recorded
        .clone()
        .expect("the transfer is recorded");
    assert_eq!(
        recorded.location.as_deref(),
        Some("WARD-3A"),
        "the pack moves to the ward the line is for"
    );
    assert!(!picked.not_proposed_lot, "B1's lot was proposed");
    assert_eq!(
        picked.list.lines[0].picked, 1,
        "the line counts the pack picked"
    );

    let gauze = "]d201095060001343691017G7\u{1d}30".to_string() + "5";
    let err = p
        .store
        .pick_scan(&admin, list.id, None, &session(), &scan(gauze), now())
        .unwrap_err();
    assert_eq!(
        err.code(),
        "replenish.pick_not_on_list",
        "another product is refused, not transferred"
    );
    let err = p
        .store
        .pick_scan(
            &admin,
            list.id,
            None,
            &session(),
            &scan(raw("LX", "X1", "2026-01-31")),
            now(),
        )
        .unwrap_err();
    assert_eq!(
        err.code(),
        "replenish.pick_expired",
        "an expired pack is never picked"
    );

    // A pack of another lot, received after the list was printed: taken, and said so.
    p.append(&[pack(&p, "LC", "C1", "2029-06-30", UnitStatus::InStock)]);
    let other = p
        .store
        .pick_scan(
            &admin,
            list.id,
            None,
            &session(),
            &scan(raw("LC", "C1", "2029-06-30")),
            now(),
        )
        .unwrap();
    assert!(
        other.verdict.recorded.is_some(),
        "a usable pack of the product is taken"
    );
    assert!(
        other.not_proposed_lot,
        "its lot was not the one proposed, which is said"
    );

    let again = p
        .store
        .current_pick_list(&admin)
        .unwrap()
        .expect("the list is still current");
    assert_eq!(
        (again.lines[0].picked, again.lines[0].picked_other_lot),
        (2, 1),
        "progress is read back from the ledger, as picked"
    );
}

#[test]
fn a_new_pick_list_replaces_the_old_one_which_is_no_longer_picked() {
    let mut p = ward_short();
    let admin = p.admin.clone();
    let first = p
        .store
        .make_pick_list(&admin, &LevelPolicy::default(), now())
        .unwrap();
    let second = p
        .store
        .make_pick_list(&admin, &LevelPolicy::default(), now())
        .unwrap();
    assert_ne!(first.id, second.id);
    let err = p
        .store
        .pick_scan(
            &admin,
            first.id,
            None,
            &session(),
            &scan(raw("LB", "B1", "2028-12-31")),
            now(),
        )
        .unwrap_err();
    assert_eq!(
        err.code(),
        "replenish.pick_list_replaced",
        "a replaced list is not picked against: two lists would propose the same packs"
    );
}

#[test]
fn a_supplying_location_must_be_an_active_pharmacy_or_store_other_than_itself() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    p.store
        .add_location(&admin, "ICU", "Intensive care", LocationKind::Ward)
        .unwrap();
    p.store
        .add_location(&admin, "QUAR", "Quarantine", LocationKind::Quarantine)
        .unwrap();
    p.store
        .add_location(&admin, "OLD", "Old store", LocationKind::Store)
        .unwrap();
    let conn = rusqlite::Connection::open(p.store.path()).unwrap();
    conn.execute("UPDATE location SET active = 0 WHERE code = 'OLD'", [])
        .unwrap();
    let refused = |p: &mut Pharmacy, location: &str, by: &str| {
        p.store
            .set_supplying_location(&admin, location, Some(by))
            .unwrap_err()
            .code()
    };
    assert_eq!(
        refused(&mut p, "WARD-3A", "WARD-3A"),
        "master.supplies_itself"
    );
    assert_eq!(
        refused(&mut p, "WARD-3A", "ICU"),
        "master.supplier_location_kind",
        "a ward does not stock other wards"
    );
    assert_eq!(
        refused(&mut p, "WARD-3A", "QUAR"),
        "master.supplier_location_kind",
        "quarantined stock is never picked"
    );
    assert_eq!(
        refused(&mut p, "WARD-3A", "OLD"),
        "master.supplier_location_inactive",
        "a closed store supplies nobody"
    );
    assert_eq!(
        refused(&mut p, "WARD-3A", "NOPE"),
        "master.supplier_location_unknown"
    );
    assert_eq!(
        refused(&mut p, "MAIN", "MAIN"),
        "master.supplies_itself",
        "checked before the kind"
    );
    let ward = p
        .store
        .set_supplying_location(&admin, "WARD-3A", Some("MAIN"))
        .unwrap();
    assert_eq!(
        ward.supplied_by.as_deref(),
        Some("MAIN"),
        "the link is kept"
    );
    assert_eq!(
        p.store.location("WARD-3A").unwrap().supplied_by.as_deref(),
        Some("MAIN"),
        "and read back with the location"
    );
}

#[test]
fn supplier_orders_group_pharmacy_shortages_by_usual_supplier_with_totals() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let priced = ProductData {
        contract_price_cents: Some(250),
        ..p.amoxicillin.data.clone()
    };
    p.store
        .update_product(&admin, p.amoxicillin.id, &priced)
        .unwrap();
    p.store
        .set_usual_supplier(&admin, AMOX, Some("MEDIDIST"))
        .unwrap();
    rule(&mut p, AMOX, "MAIN", 5, 12);
    rule(&mut p, "09506000134369", "MAIN", 10, 30);
    rule(&mut p, AMOX, "WARD-3A", 5, 8);
    let orders = p
        .store
        .supplier_orders(&admin, &LevelPolicy::default(), now().local_date())
        .unwrap();
    assert_eq!(
        orders.len(),
        2,
        "one supplier and the products without one: {orders:?}"
    );
    let medidist = &orders[0];
    assert_eq!(medidist.supplier.as_deref(), Some("MEDIDIST"));
    assert_eq!(
        medidist.lines.len(),
        1,
        "the ward's shortage is a pick list line, never a supplier order"
    );
    assert_eq!(
        (
            medidist.lines[0].quantity,
            medidist.lines[0].line_total_cents,
            medidist.total_cents
        ),
        (12, Some(3000), 3000),
        "12 to reach par at 2.50 each"
    );
    let none = &orders[1];
    assert_eq!(
        none.supplier, None,
        "the group without a usual supplier comes last"
    );
    assert_eq!(
        (
            none.lines[0].quantity,
            none.unpriced_lines,
            none.total_cents
        ),
        (30, 1, 0),
        "an unpriced line is counted apart, not as zero"
    );
}

#[test]
fn a_usual_supplier_must_exist() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let err = p
        .store
        .set_usual_supplier(&admin, AMOX, Some("NOBODY"))
        .unwrap_err();
    assert_eq!(
        err.code(),
        "master.usual_supplier_unknown",
        "an unknown supplier is refused"
    );
    let product = p
        .store
        .set_usual_supplier(&admin, AMOX, Some("MEDIDIST"))
        .unwrap();
    assert_eq!(product.usual_supplier.as_deref(), Some("MEDIDIST"));
    assert_eq!(
        p.store
            .product_by_gtin(AMOX)
            .unwrap()
            .usual_supplier
            .as_deref(),
        Some("MEDIDIST"),
        "read back with the product"
    );
}

#[test]
fn the_printed_pick_list_names_every_proposed_pack_and_what_is_short() {
    let mut p = ward_short();
    let admin = p.admin.clone();
    let list = p
        .store
        .make_pick_list(&admin, &LevelPolicy::default(), now())
        .unwrap();
    let doc = p
        .store
        .report(
            &admin,
            &report::ReportRequest::PickList { list: list.id },
            now(),
        )
        .unwrap();
    assert_eq!(doc.title, format!("Pick list PICK-{}", list.id));
    let table = doc.tables().next().expect("a table for MAIN");
    assert_eq!(
        table.name, "From MAIN (Main pharmacy)",
        "grouped by where to pick"
    );
    let serials: Vec<&str> = table.rows.iter().map(|r| r[6].as_str()).collect();
    assert_eq!(
        serials,
        ["A3", "B1", "B2", "B3"],
        "a row per proposed pack, in the order to take them"
    );
    assert_eq!(
        table.rows[0][8], "2",
        "the first row says how many the pharmacy lacks"
    );
    assert!(
        table.columns.iter().any(|c| c.checkbox),
        "a box to tick each pack by hand"
    );
}

#[test]
fn the_supplier_order_csv_has_a_line_per_product_and_a_total_per_supplier() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let priced = ProductData {
        contract_price_cents: Some(123456),
        ..p.amoxicillin.data.clone()
    };
    p.store
        .update_product(&admin, p.amoxicillin.id, &priced)
        .unwrap();
    p.store
        .set_usual_supplier(&admin, AMOX, Some("MEDIDIST"))
        .unwrap();
    rule(&mut p, AMOX, "MAIN", 1, 2);
    let doc = p
        .store
        .report(&admin, &report::ReportRequest::SupplierOrders {}, now())
        .unwrap();
    let csv = String::from_utf8(doc.to_csv()).unwrap();
    assert!(
        csv.contains("MEDIDIST,MAIN,Amoxicillin 500 mg caps x21,09506000134352,2,1234.56,2469.12"),
        "the supplier on the line, money with two places and no thousands separator: {csv}"
    );
    assert!(
        csv.contains("MEDIDIST,,Total,,2,,2469.12"),
        "the supplier's total, under its code: {csv}"
    );
}

#[test]
fn the_product_import_sets_usual_suppliers_and_refuses_an_unknown_one_by_line_and_column() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let refused = p
        .store
        .import_products(
            &admin,
            b"gtin,name,usual_supplier\n09506000134376,Saline,MEDIDIST\n09506000134383,Gloves,NOBODY\n",
            now(),
        )
        .unwrap_err();
    let CoreError::Import(problems) = refused else {
        panic!("a file refused whole: {refused:?}");
    };
    assert_eq!(
        problems
            .iter()
            .map(|p| (p.line, p.field.as_deref()))
            .collect::<Vec<_>>(),
        [(3, Some("usual_supplier"))],
        "the unknown supplier is named with its line and column"
    );
    assert!(
        p.store.product_by_gtin("09506000134376").is_err(),
        "nothing is imported from a refused file"
    );
    p.store
        .import_products(
            &admin,
            b"gtin,name,usual_supplier\n09506000134376,Saline,MEDIDIST\n09506000134383,Gloves,\n",
            now(),
        )
        .unwrap();
    let saline = p.store.product_by_gtin("09506000134376").unwrap();
    assert_eq!(
        saline.usual_supplier.as_deref(),
        Some("MEDIDIST"),
        "set from the file"
    );
    let gloves = p.store.product_by_gtin("09506000134383").unwrap();
    assert_eq!(gloves.usual_supplier, None, "an empty cell sets none");
}

#[test]
fn a_ward_without_a_supplying_location_is_listed_apart_as_the_list_was_made() {
    let mut p = ward_short();
    let admin = p.admin.clone();
    p.store
        .set_supplying_location(&admin, "WARD-3A", None)
        .unwrap();
    let list = p
        .store
        .make_pick_list(&admin, &LevelPolicy::default(), now())
        .unwrap();
    assert!(
        list.lines.is_empty(),
        "nothing can be picked for a ward nobody supplies"
    );
    assert_eq!(
        list.unsupplied
            .iter()
            .map(|u| (u.location.as_str(), u.wanted))
            .collect::<Vec<_>>(),
        [("WARD-3A", 6)],
        "its shortage is said, not dropped"
    );
    p.store
        .set_supplying_location(&admin, "WARD-3A", Some("MAIN"))
        .unwrap();
    let again = p.store.pick_list(&admin, list.id).unwrap();
    assert_eq!(
        again.unsupplied.len(),
        1,
        "the list reads as it was printed, until a new one is made"
    );
}

/// `ward_short` plus WARD-4B, also supplied by MAIN and wanting amoxicillin too.
fn two_wards_short() -> Pharmacy {
    let mut p = ward_short();
    let admin = p.admin.clone();
    p.store
        .add_location(&admin, "WARD-4B", "Ward 4B", LocationKind::Ward)
        .unwrap();
    p.store
        .set_supplying_location(&admin, "WARD-4B", Some("MAIN"))
        .unwrap();
    rule(&mut p, AMOX, "WARD-4B", 1, 2);
    p
}

#[test]
fn a_pack_for_two_wards_is_refused_until_the_ward_is_named_and_then_goes_there() {
    let mut p = two_wards_short();
    let admin = p.admin.clone();
    let list = p
        .store
        .make_pick_list(&admin, &LevelPolicy::default(), now())
        .unwrap();
    let b1 = || scan(raw("LB", "B1", "2028-12-31"));
    let err = p
        .store
        .pick_scan(&admin, list.id, None, &session(), &b1(), now())
        .unwrap_err();
    assert_eq!(
        err.code(),
        "replenish.pick_choose_ward",
        "amoxicillin from MAIN could fill either ward's tote: the app must ask, never guess"
    );
    let wards = err.args()["wards"].to_string();
    assert!(
        wards.contains("WARD-3A") && wards.contains("WARD-4B"),
        "the refusal names the wards to choose from, got {wards}"
    );
    let picked = p
        .store
        .pick_scan(&admin, list.id, Some("WARD-4B"), &session(), &b1(), now())
        .unwrap();
    assert_eq!(
        picked
            .verdict
            .recorded
            .as_ref()
            .and_then(|r| r.location.as_deref()),
        Some("WARD-4B"),
        "the pack goes to the ward named, not to the list's first line for the product"
    );
    let err = p
        .store
        .pick_scan(
            &admin,
            list.id,
            Some("ICU"),
            &session(),
            &scan(raw("LB", "B2", "2028-12-31")),
            now(),
        )
        .unwrap_err();
    assert_eq!(
        err.code(),
        "replenish.pick_not_for_ward",
        "a ward without a line for the product is refused, not replaced by another ward"
    );
}

/// One amoxicillin pack received in stock at `location`.
fn pack_at(p: &Pharmacy, location: LocationId, lot: &str, serial: &str) -> NewEvent {
    let mut event = pack(p, lot, serial, "2029-01-31", UnitStatus::InStock);
    event.location = Some(location);
    event.lines[0].after = Some(Place::at(UnitStatus::InStock, location));
    event
}

#[test]
fn a_pack_is_picked_for_the_line_supplied_from_where_it_is() {
    let mut p = ward_short();
    let admin = p.admin.clone();
    let store2 = p
        .store
        .add_location(&admin, "STORE2", "Second store", LocationKind::Store)
        .unwrap();
    p.store
        .add_location(&admin, "ICU", "Intensive care", LocationKind::Ward)
        .unwrap();
    p.store
        .set_supplying_location(&admin, "ICU", Some("STORE2"))
        .unwrap();
    rule(&mut p, AMOX, "ICU", 1, 2);
    p.append(&[
        pack_at(&p, store2.id, "LS", "S1"),
        pack_at(&p, store2.id, "LS", "S2"),
    ]);
    let list = p
        .store
        .make_pick_list(&admin, &LevelPolicy::default(), now())
        .unwrap();
    let picked = p
        .store
        .pick_scan(
            &admin,
            list.id,
            None,
            &session(),
            &scan(raw("LS", "S1", "2029-01-31")),
            now(),
        )
        .unwrap();
    let recorded = picked.verdict.recorded.expect("the transfer is recorded");
    assert_eq!(
        recorded.location.as_deref(),
        Some("ICU"),
        "a pack at STORE2 fills the line STORE2 supplies, not WARD-3A's line from MAIN"
    );
    assert!(
        !recorded.held,
        "the pack is where the line is picked from: nothing blocks or holds it"
    );
    let err = p
        .store
        .pick_scan(
            &admin,
            list.id,
            Some("ICU"),
            &session(),
            &scan(raw("LB", "B1", "2028-12-31")),
            now(),
        )
        .unwrap_err();
    assert_eq!(
        err.code(),
        "replenish.pick_not_from_here",
        "a pack at MAIN cannot fill ICU's line, which is picked from STORE2"
    );
}

#[test]
fn a_serialized_pack_is_always_one_whatever_quantity_was_left_entered() {
    let mut p = ward_short();
    let admin = p.admin.clone();
    let list = p
        .store
        .make_pick_list(&admin, &LevelPolicy::default(), now())
        .unwrap();
    let mut input = scan(raw("LB", "B1", "2028-12-31"));
    input.quantity = Some(50);
    let picked = p
        .store
        .pick_scan(&admin, list.id, None, &session(), &input, now())
        .unwrap();
    assert!(
        picked.verdict.recorded.is_some(),
        "a quantity left over from a lot-tracked product must not refuse a serialized pack"
    );
    assert_eq!(
        picked.list.lines[0].picked, 1,
        "a serialized pack counts as one pack"
    );
}

#[test]
fn a_contract_price_above_the_bound_is_refused() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let mut data = p.amoxicillin.data.clone();
    data.contract_price_cents = Some(master::MAX_CONTRACT_PRICE_CENTS + 1);
    let err = p
        .store
        .update_product(&admin, p.amoxicillin.id, &data)
        .unwrap_err();
    assert_eq!(
        err.code(),
        "master.price_too_high",
        "a price no medicine costs is a typing error, and would overflow an order's total"
    );
    data.contract_price_cents = Some(master::MAX_CONTRACT_PRICE_CENTS);
    p.store
        .update_product(&admin, p.amoxicillin.id, &data)
        .expect("the bound itself is a valid price");
}
