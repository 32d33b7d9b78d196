//! Prices where they arrive: contract prices per supplier from a day on, prices on despatch
//! advices (CSV and EPCIS), the unit cost a receipt keeps, and the over-contract check against
//! the receipt's own supplier.

use chrono::NaiveDate;
use custody_core::master::NewSupplierPrice;
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The pharmacy with its currency chosen (euros) and a second supplier, PHARMACO.
fn priced() -> (Pharmacy, Partner) {
    let mut p = pharmacy();
    p.store
        .set_site_setting(&p.admin, site_setting::CURRENCY, "EUR", now())
        .unwrap();
    let pharmaco = p
        .store
        .add_partner(
            &p.admin,
            "PHARMACO",
            "PharmaCo",
            PartnerKind::Supplier,
            None,
        )
        .unwrap();
    (p, pharmaco)
}

fn set(p: &mut Pharmacy, supplier: &str, cents: i64, from: &str) -> master::SupplierPrice {
    let admin = p.admin.clone();
    p.store
        .set_supplier_price(
            &admin,
            &NewSupplierPrice {
                supplier: supplier.into(),
                gtin: "9506000134352".into(),
                price_cents: cents,
                valid_from: day(from),
            },
            now(),
        )
        .unwrap()
}

#[test]
fn a_contract_is_the_suppliers_own_from_its_first_day_else_the_products_price() {
    let (mut p, pharmaco) = priced();
    let admin = p.admin.clone();
    let mut data = p.amoxicillin.data.clone();
    data.contract_price_cents = Some(400);
    p.store
        .update_product(&admin, p.amoxicillin.id, &data)
        .unwrap();
    let first = set(&mut p, "MEDIDIST", 410, "2026-01-01");
    assert_eq!(
        first,
        master::SupplierPrice {
            supplier: "MEDIDIST".into(),
            supplier_name: "MediDist".into(),
            gtin: "09506000134352".into(),
            product: "Amoxicillin 500 mg caps x21".into(),
            valid_from: "2026-01-01".into(),
            price_cents: 410,
            updated_at: now().utc_text(),
            updated_by: "alice".into(),
        },
        "the price set is answered as listed, its GTIN as GTIN-14"
    );
    set(&mut p, "MEDIDIST", 450, "2026-07-01");
    set(&mut p, "PHARMACO", 500, "2026-03-01");
    let (medidist, amox) = (Some(p.supplier.id), p.amoxicillin.id);
    let price = |s: Option<PartnerId>, d: &str| p.store.contract_price(s, amox, day(d)).unwrap();
    assert_eq!(
        price(medidist, "2025-12-31"),
        Some(400),
        "before MediDist's first contract: the product's price"
    );
    assert_eq!(
        price(medidist, "2026-01-01"),
        Some(410),
        "in force on its first day"
    );
    assert_eq!(
        price(medidist, "2026-06-30"),
        Some(410),
        "until the next one"
    );
    assert_eq!(
        price(medidist, "2026-07-01"),
        Some(450),
        "the later contract from its day"
    );
    assert_eq!(
        price(Some(pharmaco.id), "2026-07-01"),
        Some(500),
        "another supplier has its own"
    );
    assert_eq!(
        price(None, "2026-07-01"),
        Some(400),
        "no supplier: the product's price"
    );
    let listed: Vec<(String, String, i64)> = p
        .store
        .supplier_prices(&admin, None, Some("09506000134352"))
        .unwrap()
        .into_iter()
        .map(|s| (s.supplier, s.valid_from, s.price_cents))
        .collect();
    assert_eq!(
        listed,
        vec![
            ("MEDIDIST".into(), "2026-01-01".into(), 410),
            ("MEDIDIST".into(), "2026-07-01".into(), 450),
            ("PHARMACO".into(), "2026-03-01".into(), 500),
        ],
        "by supplier, then first day"
    );
    set(&mut p, "MEDIDIST", 455, "2026-07-01");
    assert_eq!(
        p.store
            .supplier_prices(&admin, Some("MEDIDIST"), None)
            .unwrap()
            .iter()
            .map(|s| s.price_cents)
            .collect::<Vec<_>>(),
        vec![410, 455],
        "the same supplier, product and day again replaces the price"
    );
}

#[test]
fn a_price_the_currency_cannot_say_is_refused_and_staff_cannot_set_one() {
    let (mut p, _) = priced();
    p.store
        .set_site_setting(&p.admin, site_setting::CURRENCY, "JPY", now())
        .unwrap();
    let admin = p.admin.clone();
    let new = NewSupplierPrice {
        supplier: "MEDIDIST".into(),
        gtin: "09506000134352".into(),
        price_cents: 1250,
        valid_from: day("2026-01-01"),
    };
    let err = p.store.set_supplier_price(&admin, &new, now()).unwrap_err();
    assert_eq!(err.code(), "master.price_decimals", "12.50 yen: {err}");
    assert_eq!(err.field_at_fault().as_deref(), Some("price"));
    let staff = p.staff();
    let err = p
        .store
        .set_supplier_price(
            &staff,
            &NewSupplierPrice {
                price_cents: 1200,
                ..new
            },
            now(),
        )
        .unwrap_err();
    assert_eq!(
        err.code(),
        "auth.forbidden",
        "contracts are master data: {err}"
    );
    assert!(
        p.store
            .supplier_prices(&admin, None, None)
            .unwrap()
            .is_empty(),
        "nothing was written"
    );
}

#[test]
fn a_price_file_is_imported_whole_or_not_at_all_with_each_problem_on_its_line() {
    let (mut p, _) = priced();
    let admin = p.admin.clone();
    let bad = "gtin,supplier,price,valid_from\n\
               09506000134352,MEDIDIST,4.10,2026-01-01\n\
               09506000134352,NOBODY,4.20,\n\
               09506000134369,PHARMACO,4.205,2026-02-30\n\
               09506000134352,MEDIDIST,4.15,2026-01-01\n";
    let err = p
        .store
        .import_supplier_prices(&admin, bad.as_bytes(), day("2026-11-22"), now())
        .unwrap_err();
    let CoreError::Import(problems) = err else {
        panic!("an import error: {err}")
    };
    let found: Vec<(usize, Option<String>, String)> = problems
        .into_iter()
        .map(|p| (p.line, p.field, p.message))
        .collect();
    assert_eq!(
        found,
        vec![
            (3, Some("supplier".into()), "There is no supplier or partner NOBODY.".into()),
            (
                4,
                Some("price".into()),
                "4.205 has too many decimals: a price in the site's currency is written with 2 decimals.".into()
            ),
            (
                4,
                Some("valid_from".into()),
                "“2026-02-30” is not a day: write it YYYY-MM-DD, such as 2026-12-01.".into()
            ),
            (
                5,
                Some("price".into()),
                "09506000134352 from 2026-01-01 with MEDIDIST is already on line 2".into()
            ),
        ],
        "every problem on its line and column"
    );
    assert!(
        p.store
            .supplier_prices(&admin, None, None)
            .unwrap()
            .is_empty(),
        "all or nothing: the good line was not written"
    );
    let good = "gtin,supplier,price\n9506000134352,MEDIDIST,4.10\n09506000134369,PHARMACO,0.35\n";
    assert_eq!(
        p.store
            .import_supplier_prices(&admin, good.as_bytes(), day("2026-11-22"), now())
            .unwrap(),
        2
    );
    let listed: Vec<(String, String, String, i64)> = p
        .store
        .supplier_prices(&admin, None, None)
        .unwrap()
        .into_iter()
        .map(|s| (s.supplier, s.gtin, s.valid_from, s.price_cents))
        .collect();
    assert_eq!(
        listed,
        vec![
            (
                "MEDIDIST".into(),
                "09506000134352".into(),
                "2026-11-22".into(),
                410
            ),
            (
                "PHARMACO".into(),
                "09506000134369".into(),
                "2026-11-22".into(),
                35
            ),
        ],
        "without valid_from a price is in force from the day of the import"
    );
}

#[test]
fn migrating_takes_each_products_contract_with_its_usual_supplier_as_in_force_from_the_start() {
    let (mut p, _) = priced();
    let admin = p.admin.clone();
    let mut data = p.amoxicillin.data.clone();
    data.contract_price_cents = Some(400);
    p.store
        .update_product(&admin, p.amoxicillin.id, &data)
        .unwrap();
    p.store
        .set_usual_supplier(&admin, "09506000134352", Some("MEDIDIST"))
        .unwrap();
    // Gauze has a usual supplier and no price; neither is a contract.
    p.store
        .set_usual_supplier(&admin, "09506000134369", Some("PHARMACO"))
        .unwrap();
    let path = p.store.path().to_path_buf();
    let Pharmacy { _dir, store, .. } = p;
    drop(store);
    crate::fixtures::before_0041(&path);
    {
        // The file as it was before migrations 0026 to 0032.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TABLE supplier_price;
             ALTER TABLE shipment_item DROP COLUMN unit_price_cents;
             DROP INDEX event_arrival;
             DROP TABLE stay;
             DROP INDEX event_exception;
             DROP INDEX unit_expiry;
             DROP INDEX event_line_arrival;
             DROP TABLE stock_change;
             DROP TABLE receipt;
             DROP TABLE nvs_request;
             PRAGMA user_version = 25;",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let seeded: Vec<(String, String, String, i64, String)> = store
        .supplier_prices(&admin, None, None)
        .unwrap()
        .into_iter()
        .map(|s| {
            (
                s.supplier,
                s.gtin,
                s.valid_from,
                s.price_cents,
                s.updated_by,
            )
        })
        .collect();
    assert_eq!(
        seeded,
        vec![(
            "MEDIDIST".into(),
            "09506000134352".into(),
            master::FROM_THE_START.into(),
            400,
            "custody:system".into()
        )],
        "the one product with both a usual supplier and a price has its contract, by the system"
    );
}

/// A despatch advice in EPCIS JSON-LD: two packs of amoxicillin and 10 of gauze lot G7, each
/// product priced by a `hosp:unitPrice` extension (the amoxicillin one without its GTIN, its
/// event naming one GTIN), in `currency`.
fn epcis_json(currency: &str) -> String {
    format!(
        r#"{{
  "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
               {{"hosp": "https://pharmacy.example-hospital.org/epcis/"}}],
  "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-11-20T10:00:00Z",
  "epcisBody": {{ "eventList": [
    {{
      "type": "ObjectEvent", "eventTime": "2026-11-20T09:00:00Z", "eventTimeZoneOffset": "+00:00",
      "epcList": ["urn:epc:id:sgtin:950600.0013435.S1", "urn:epc:id:sgtin:950600.0013435.S2"],
      "action": "OBSERVE", "bizStep": "shipping",
      "bizTransactionList": [{{"type": "desadv", "bizTransaction": "urn:epcglobal:cbv:bt:0614141000012:ASN-7"}}],
      "hosp:unitPrice": {{"amount": "4.60", "currency": "{currency}"}}
    }},
    {{
      "type": "ObjectEvent", "eventTime": "2026-11-20T09:00:00Z", "eventTimeZoneOffset": "+00:00",
      "quantityList": [{{"epcClass": "urn:epc:class:lgtin:950600.0013436.G7", "quantity": 10}}],
      "action": "OBSERVE", "bizStep": "shipping",
      "ilmd": {{"cbvmda:lotNumber": "G7", "cbvmda:itemExpirationDate": "2029-03-31"}},
      "hosp:unitPrice": [{{"gtin": "09506000134369", "amount": 0.35, "currency": "{currency}"}}]
    }}
  ]}}
}}"#
    )
}

/// The same advice in EPCIS 2.0 XML: one `<hosp:unitPrice>` element per price.
fn epcis_xml(currency: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" xmlns:cbvmda="urn:epcglobal:cbv:mda"
    xmlns:hosp="https://pharmacy.example-hospital.org/epcis/" schemaVersion="2.0" creationDate="2026-11-20T10:00:00Z">
  <EPCISBody><EventList>
    <ObjectEvent>
      <eventTime>2026-11-20T09:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
      <epcList><epc>urn:epc:id:sgtin:950600.0013435.S1</epc><epc>urn:epc:id:sgtin:950600.0013435.S2</epc></epcList>
      <action>OBSERVE</action><bizStep>shipping</bizStep>
      <bizTransactionList><bizTransaction type="desadv">urn:epcglobal:cbv:bt:0614141000012:ASN-7</bizTransaction></bizTransactionList>
      <hosp:unitPrice><hosp:amount>4.60</hosp:amount><hosp:currency>{currency}</hosp:currency></hosp:unitPrice>
    </ObjectEvent>
    <ObjectEvent>
      <eventTime>2026-11-20T09:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
      <epcList/>
      <action>OBSERVE</action><bizStep>shipping</bizStep>
      <quantityList><quantityElement><epcClass>urn:epc:class:lgtin:950600.0013436.G7</epcClass><quantity>10</quantity></quantityElement></quantityList>
      <ilmd><cbvmda:lotNumber>G7</cbvmda:lotNumber><cbvmda:itemExpirationDate>2029-03-31</cbvmda:itemExpirationDate></ilmd>
      <hosp:unitPrice><hosp:gtin>09506000134369</hosp:gtin><hosp:amount>0.35</hosp:amount><hosp:currency>{currency}</hosp:currency></hosp:unitPrice>
    </ObjectEvent>
  </EventList></EPCISBody>
</epcis:EPCISDocument>"#
    )
}

/// The receipt lines on the ledger: (GTIN, serial or lot, quantity, unit cost), in order.
fn receipt_costs(p: &Pharmacy) -> Vec<(String, String, i64, Option<i64>)> {
    let conn = p.sqlite();
    let mut stmt = conn
        .prepare(
            "SELECT pr.gtin, coalesce(l.serial, l.lot), l.quantity, l.unit_cost_cents
             FROM event_line l JOIN event e ON e.seq = l.event_seq JOIN product pr ON pr.id = l.product_id
             WHERE e.kind = 'receive' ORDER BY l.event_seq, l.line_no",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

fn receive_all_of(p: &mut Pharmacy, file: &str) -> shipment::Shipment {
    let admin = p.admin.clone();
    let s = p
        .store
        .import_shipment(
            &admin,
            file.as_bytes(),
            Some(p.supplier.id),
            None,
            None,
            now(),
        )
        .unwrap();
    let done = p.store.receive_all(&admin, s.id, p.main.id, now()).unwrap();
    assert!(done.skipped.is_empty(), "every line is received: {done:?}");
    s
}

fn planted() -> Vec<(String, String, i64, Option<i64>)> {
    vec![
        ("09506000134352".into(), "S1".into(), 1, Some(460)),
        ("09506000134352".into(), "S2".into(), 1, Some(460)),
        ("09506000134369".into(), "G7".into(), 10, Some(35)),
    ]
}

#[test]
fn a_csv_advice_with_prices_received_whole_puts_its_prices_on_the_ledger() {
    let (mut p, _) = priced();
    let csv = "gtin,serial,lot,expiry,quantity,po,unit_price\n\
               09506000134352,S1,L1,2029-01-31,1,PO-7,4.60\n\
               09506000134352,S2,L1,2029-01-31,1,PO-7,4.6\n\
               09506000134369,,G7,2029-03-31,10,PO-7,0.35\n";
    let s = receive_all_of(&mut p, csv);
    assert_eq!(
        s.items
            .iter()
            .map(|i| i.unit_price_cents)
            .collect::<Vec<_>>(),
        vec![Some(460), Some(460), Some(35)],
        "each line keeps its price in hundredths"
    );
    assert_eq!(
        receipt_costs(&p),
        planted(),
        "the advice's prices are the receipts' unit costs"
    );
    // A six-column advice still imports, unpriced.
    let admin = p.admin.clone();
    let old = p
        .store
        .import_shipment(
            &admin,
            b"gtin,serial,lot,expiry,quantity,po\n09506000134352,S3,L1,2029-01-31,1,PO-8\n",
            Some(p.supplier.id),
            None,
            None,
            now(),
        )
        .unwrap();
    assert_eq!(old.items[0].unit_price_cents, None);
}

#[test]
fn an_epcis_advice_with_unit_price_extensions_received_whole_puts_its_prices_on_the_ledger() {
    for (format, doc) in [("json", epcis_json("EUR")), ("xml", epcis_xml("EUR"))] {
        let (mut p, _) = priced();
        let s = receive_all_of(&mut p, &doc);
        assert_eq!(
            s.items
                .iter()
                .map(|i| (i.gtin.as_str(), i.unit_price_cents))
                .collect::<Vec<_>>(),
            vec![
                ("09506000134352", Some(460)),
                ("09506000134352", Some(460)),
                ("09506000134369", Some(35)),
            ],
            "{format}: every line of a priced product takes its price"
        );
        assert_eq!(receipt_costs(&p), planted(), "{format}: on the ledger");
    }
}

#[test]
fn a_price_in_another_currency_is_refused_naming_its_line() {
    for (format, doc) in [("json", epcis_json("USD")), ("xml", epcis_xml("USD"))] {
        let (mut p, _) = priced();
        let admin = p.admin.clone();
        let err = p
            .store
            .import_shipment(
                &admin,
                doc.as_bytes(),
                Some(p.supplier.id),
                None,
                None,
                now(),
            )
            .unwrap_err();
        let CoreError::Import(problems) = err else {
            panic!("{format}: an import error: {err}")
        };
        let found: Vec<(usize, Option<String>, String)> = problems
            .into_iter()
            .map(|p| (p.line, p.field, p.message))
            .collect();
        let (first, second) = if format == "json" { (6, 13) } else { (5, 12) };
        let said = "the price is in USD, but the site's currency is EUR: ask the supplier for prices in EUR";
        assert_eq!(
            found,
            vec![
                (first, Some("hosp:unitPrice".into()), said.into()),
                (second, Some("hosp:unitPrice".into()), said.into()),
            ],
            "{format}: each price at its event's line"
        );
        assert!(
            p.store.shipments(&admin).unwrap().is_empty(),
            "nothing imported"
        );
    }
    let (mut p, _) = priced();
    let admin = p.admin.clone();
    let csv = "gtin,serial,quantity,unit_price\n\
               09506000134352,S1,1,4.60\n\
               09506000134352,S2,1,4.70\n\
               09506000134352,S3,1,-1\n\
               09506000134352,S4,1,4.605\n";
    let err = p
        .store
        .import_shipment(
            &admin,
            csv.as_bytes(),
            Some(p.supplier.id),
            Some("X"),
            None,
            now(),
        )
        .unwrap_err();
    let CoreError::Import(problems) = err else {
        panic!("an import error: {err}")
    };
    assert_eq!(
        problems
            .into_iter()
            .map(|p| (p.line, p.field, p.message))
            .collect::<Vec<_>>(),
        vec![
            (
                3,
                Some("unit_price".into()),
                "09506000134352 is priced 4.70 here and 4.60 on line 2: an advice gives one price per product".into()
            ),
            (4, Some("unit_price".into()), "-1 is negative: a price is 0 or more.".into()),
            (
                5,
                Some("unit_price".into()),
                "4.605 has too many decimals: a price in the site's currency is written with 2 decimals.".into()
            ),
        ],
        "two prices for a product, a negative price and too many decimals, each on its line"
    );
}

/// A pack of amoxicillin with `serial`, as the scanner sends it.
fn amox(serial: &str) -> String {
    format!("]d201095060001343521729013110L1\u{1d}21{serial}")
}

/// Receives `raw` from `supplier` with `input`'s costs: the verdict's finding codes.
fn receive(
    p: &mut Pharmacy,
    supplier: PartnerId,
    shipment: Option<i64>,
    raw: &str,
    input: movement::ScanInput,
) -> Vec<movement::Code> {
    let mut session = movement::ScanSession::new(movement::Movement::Receive, p.main.id);
    session.counterparty = Some(supplier);
    session.reference = Some("PO-1".into());
    session.shipment = shipment;
    let admin = p.admin.clone();
    let input = movement::ScanInput {
        raw: raw.into(),
        ..input
    };
    let v = p.store.scan(&admin, &session, &input, now()).unwrap();
    assert!(v.recorded.is_some(), "{raw} is received: {v:?}");
    v.findings.into_iter().map(|f| f.code).collect()
}

fn cost(cents: i64) -> movement::ScanInput {
    movement::ScanInput {
        unit_cost_cents: Some(cents),
        ..Default::default()
    }
}

#[test]
fn two_suppliers_with_two_contracts_flag_only_the_receipt_above_its_own() {
    use movement::Code::PriceAboveContract;
    let (mut p, pharmaco) = priced();
    set(&mut p, "MEDIDIST", 400, "2026-01-01");
    set(&mut p, "PHARMACO", 500, "2026-01-01");
    let medidist = p.supplier.id;
    assert_eq!(
        receive(&mut p, medidist, None, &amox("S1"), cost(480)),
        vec![PriceAboveContract],
        "4.80 is more than 5% above MediDist's 4.00"
    );
    assert_eq!(
        receive(&mut p, pharmaco.id, None, &amox("S2"), cost(480)),
        vec![],
        "4.80 is within PharmaCo's 5.00"
    );
    assert_eq!(
        receive(&mut p, pharmaco.id, None, &amox("S3"), cost(525)),
        vec![],
        "exactly at PharmaCo's tolerance is within it"
    );
    assert_eq!(
        receive(&mut p, pharmaco.id, None, &amox("S4"), cost(526)),
        vec![PriceAboveContract],
        "above PharmaCo's own tolerance is flagged"
    );
    let costs: Vec<Option<i64>> = receipt_costs(&p).into_iter().map(|r| r.3).collect();
    assert_eq!(costs, vec![Some(480), Some(480), Some(525), Some(526)]);
}

#[test]
fn a_scan_takes_its_products_own_cost_else_the_runs_else_the_advices_price() {
    let (mut p, _) = priced();
    let medidist = p.supplier.id;
    let mixed = movement::ScanInput {
        unit_cost_cents: Some(100),
        unit_costs: vec![("09506000134352".into(), 480)],
        ..Default::default()
    };
    receive(&mut p, medidist, None, &amox("S1"), mixed.clone());
    receive(
        &mut p,
        medidist,
        None,
        "]d201095060001343691729033110G7",
        movement::ScanInput {
            quantity: Some(3),
            ..mixed
        },
    );
    let admin = p.admin.clone();
    let s = p
        .store
        .import_shipment(
            &admin,
            b"gtin,serial,lot,expiry,quantity,po,unit_price\n09506000134352,S2,L1,2029-01-31,1,PO-9,4.60\n09506000134352,S3,L1,2029-01-31,1,PO-9,4.60\n",
            Some(medidist),
            None,
            None,
            now(),
        )
        .unwrap();
    receive(
        &mut p,
        medidist,
        Some(s.id),
        &amox("S2"),
        Default::default(),
    );
    receive(&mut p, medidist, Some(s.id), &amox("S3"), cost(470));
    // Not on the advice, but the advice invoices the product at 4.60.
    receive(
        &mut p,
        medidist,
        Some(s.id),
        &amox("S9"),
        Default::default(),
    );
    receive(&mut p, medidist, None, &amox("S10"), Default::default());
    assert_eq!(
        receipt_costs(&p),
        vec![
            ("09506000134352".into(), "S1".into(), 1, Some(480)),
            ("09506000134369".into(), "G7".into(), 3, Some(100)),
            ("09506000134352".into(), "S2".into(), 1, Some(460)),
            ("09506000134352".into(), "S3".into(), 1, Some(470)),
            ("09506000134352".into(), "S9".into(), 1, Some(460)),
            ("09506000134352".into(), "S10".into(), 1, None),
        ],
        "the product's own cost, else the run's, else the advice's price, else none"
    );
}
