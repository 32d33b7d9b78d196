//! Prices where they arrive, through `ops::call` as the app reaches them: contract prices per
//! supplier set, imported and listed; a scan's unit cost per product; a priced despatch advice
//! received whole; and the over-contract check against each receipt's own supplier.

use custody_api::ops;
use custody_core::PartnerKind;
use serde_json::{json, Value};

use crate::fixture::{pack, Pharmacy, AMOX};

/// The pharmacy in euros, with a second supplier, BETA.
fn in_euros() -> Pharmacy {
    let p = Pharmacy::new();
    let mut store = custody_core::Store::open(p.host.path()).expect("a second connection");
    let admin = store
        .sign_in(
            "admin",
            crate::fixture::PASSWORD,
            crate::fixture::t("2026-11-30T09:00:00+01:00"),
        )
        .expect("the admin signs in");
    store
        .set_site_setting(
            &admin,
            custody_core::site_setting::CURRENCY,
            "EUR",
            crate::fixture::t("2026-11-30T09:00:00+01:00"),
        )
        .unwrap();
    store
        .add_partner(
            &admin,
            "BETA",
            "Beta Distribution",
            PartnerKind::Distributor,
            None,
        )
        .unwrap();
    p
}

/// The unit costs of the receipts on the ledger, in order.
fn receipt_costs(p: &Pharmacy) -> Vec<(String, Option<i64>)> {
    let conn = rusqlite::Connection::open(p.host.path()).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT l.serial, l.unit_cost_cents FROM event_line l JOIN event e ON e.seq = l.event_seq
             WHERE e.kind = 'receive' ORDER BY l.event_seq, l.line_no",
        )
        .unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

#[test]
fn contracts_set_and_imported_are_listed_and_judge_each_suppliers_receipts() {
    let mut p = in_euros();
    let mut admin = p.sign_in("admin");
    let set = ops::call(
        &mut p.host,
        Some(&mut admin),
        "set_supplier_price",
        json!({"supplier": "ACME", "gtin": AMOX, "price_cents": 400, "valid_from": "2026-01-01"}),
    )
    .expect("an administrator sets a contract");
    assert_eq!(set["price_cents"], 400);
    let imported = ops::call(
        &mut p.host,
        Some(&mut admin),
        "import_supplier_prices",
        json!({"csv": format!("gtin,supplier,price\n{AMOX},BETA,5.00\n")}),
    )
    .expect("a price file imports");
    assert_eq!(imported, json!(1));
    let listed = ops::call(
        &mut p.host,
        Some(&mut admin),
        "supplier_prices",
        json!({"gtin": AMOX}),
    )
    .unwrap();
    let rows: Vec<(Value, Value, Value)> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["supplier"].clone(),
                r["valid_from"].clone(),
                r["price_cents"].clone(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (json!("ACME"), json!("2026-01-01"), json!(400)),
            (json!("BETA"), json!("2026-11-30"), json!(500)),
        ],
        "a price without a first day is in force from today"
    );
    let mut scan = |supplier: &str, serial: &str, costs: Value| {
        let v = ops::call(
            &mut p.host,
            Some(&mut admin),
            "scan",
            json!({"movement": "receive", "location": "MAIN", "counterparty": supplier,
                   "raw": pack(serial), "unit_cost_cents": 100, "unit_costs": costs}),
        )
        .unwrap();
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap_or_default().to_string())
            .collect::<Vec<_>>()
    };
    let amox_at = |cents: i64| json!([{"gtin": "9506000134352", "unit_cost_cents": cents}]);
    assert_eq!(
        scan("ACME", "S1", amox_at(480)),
        vec!["price_above_contract"],
        "4.80 is above ACME's 4.00"
    );
    assert_eq!(
        scan("BETA", "S2", amox_at(480)),
        Vec::<String>::new(),
        "within BETA's 5.00"
    );
    assert_eq!(
        scan("BETA", "S3", json!([])),
        Vec::<String>::new(),
        "the run's 1.00 for any product"
    );
    assert_eq!(
        receipt_costs(&p),
        vec![
            ("S1".into(), Some(480)),
            ("S2".into(), Some(480)),
            ("S3".into(), Some(100))
        ],
        "the product's own cost, else the run's"
    );
    let refused = ops::call(
        &mut p.host,
        Some(&mut admin),
        "scan",
        json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME",
               "raw": pack("S4"), "unit_cost_cents": -5}),
    )
    .expect_err("a negative cost is refused");
    assert_eq!(refused.code, "master.price_below_zero");
    assert_eq!(refused.args["field"], "unit_cost");
    let mut sam = p.sign_in("sam");
    let refused = ops::call(
        &mut p.host,
        Some(&mut sam),
        "set_supplier_price",
        json!({"supplier": "ACME", "gtin": AMOX, "price_cents": 1}),
    )
    .expect_err("staff do not set contracts");
    assert_eq!(refused.code, "auth.forbidden");
}

#[test]
fn a_priced_advice_received_whole_puts_its_prices_on_the_ledger() {
    let mut p = in_euros();
    let mut admin = p.sign_in("admin");
    let csv = format!(
        "gtin,serial,lot,expiry,quantity,po,unit_price\n{AMOX},S1,L1,2028-06-30,1,PO-3,4.25\n{AMOX},S2,L1,2028-06-30,1,PO-3,4.25\n"
    );
    let s = ops::call(
        &mut p.host,
        Some(&mut admin),
        "import_shipment",
        json!({"content": csv, "supplier": "ACME"}),
    )
    .expect("a priced advice imports");
    assert_eq!(s["items"][0]["unit_price_cents"], 425);
    ops::call(
        &mut p.host,
        Some(&mut admin),
        "receive_all",
        json!({"id": s["id"], "location": "MAIN"}),
    )
    .expect("the case is received whole");
    assert_eq!(
        receipt_costs(&p),
        vec![("S1".into(), Some(425)), ("S2".into(), Some(425))]
    );
}
