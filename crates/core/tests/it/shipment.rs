//! Expected shipments: EPCIS 2.0 JSON-LD and XML, EPCIS 1.2 XML and CSV, receiving against
//! them, and closing with the discrepancy.

use custody_core::movement::{Code, Level, Movement, ScanInput, ScanSession};
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

fn with_us_products() -> Pharmacy {
    let mut p = pharmacy();
    for (gtin, name) in [
        ("00305910369019", "Drug A 10 mg tablets x30"),
        ("00312345678906", "Drug B 5 mg/mL injection x10"),
    ] {
        p.store
            .add_product(
                &p.admin,
                &ProductData {
                    gtin: gtin.into(),
                    name: name.into(),
                    ..Default::default()
                },
                now(),
            )
            .unwrap();
    }
    p
}

const ASN_JSON: &str = include_str!("../data/asn-shipment.jsonld");
const ASN_XML: &str = include_str!("../data/asn-shipment.xml");

#[test]
fn the_shared_asn_imports_from_json_ld_and_xml_alike() {
    for (file, text) in [("json-ld", ASN_JSON), ("xml", ASN_XML)] {
        let mut p = with_us_products();
        let s = p
            .store
            .import_shipment(
                &p.admin,
                text.as_bytes(),
                Some(p.supplier.id),
                None,
                Some(file),
                now(),
            )
            .unwrap();
        assert_eq!(
            s.reference, "ASN-88123",
            "{file}: the despatch advice number comes from the desadv transaction"
        );
        assert_eq!(s.expected, 12, "{file}: 12 packs of 2 products");
        let first = &s.items[0];
        assert_eq!(
            (
                first.gtin.as_str(),
                first.serial.as_deref(),
                first.lot.as_deref()
            ),
            ("00305910369019", Some("100000004711"), Some("A12345"))
        );
        assert_eq!(
            first.expiry.map(|d| d.to_string()).as_deref(),
            Some("2027-05-31"),
            "{file}: expiry from the commissioning ILMD"
        );
        assert_eq!(first.po.as_deref(), Some("PO-2026-00417"));
        let b = s.items.iter().find(|i| i.gtin == "00312345678906").unwrap();
        assert_eq!(
            (b.lot.as_deref(), b.expiry.map(|d| d.to_string())),
            (Some("B7788-1"), Some("2028-02-29".into()))
        );
    }
}

#[test]
fn epcis_1_2_xml_with_extension_elements_imports() {
    let doc = r#"<?xml version="1.0" encoding="UTF-8"?>
<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:1" xmlns:cbvmda="urn:epcglobal:cbv:mda" schemaVersion="1.2" creationDate="2026-11-20T10:00:00Z">
  <EPCISBody><EventList>
    <ObjectEvent>
      <eventTime>2026-06-02T08:15:00-05:00</eventTime><eventTimeZoneOffset>-05:00</eventTimeZoneOffset>
      <epcList><epc>urn:epc:id:sgtin:030591.0036901.SER%2F1</epc></epcList>
      <action>ADD</action><bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>
      <extension><ilmd><cbvmda:lotNumber>L&amp;1</cbvmda:lotNumber><cbvmda:itemExpirationDate>2028-01-31</cbvmda:itemExpirationDate></ilmd></extension>
    </ObjectEvent>
    <ObjectEvent>
      <eventTime>2026-11-20T09:00:00-05:00</eventTime><eventTimeZoneOffset>-05:00</eventTimeZoneOffset>
      <epcList><epc>urn:epc:id:sgtin:030591.0036901.SER%2F1</epc></epcList>
      <action>OBSERVE</action><bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>
      <bizTransactionList><bizTransaction type="urn:epcglobal:cbv:btt:desadv">urn:epcglobal:cbv:bt:0614141000005:ASN-1</bizTransaction></bizTransactionList>
    </ObjectEvent>
  </EventList></EPCISBody>
</epcis:EPCISDocument>"#;
    let mut p = with_us_products();
    let s = p
        .store
        .import_shipment(&p.admin, doc.as_bytes(), None, None, None, now())
        .unwrap();
    assert_eq!(s.reference, "ASN-1");
    assert_eq!(s.items.len(), 1);
    assert_eq!(
        s.items[0].serial.as_deref(),
        Some("SER/1"),
        "URI-escaped serials are unescaped"
    );
    assert_eq!(
        s.items[0].lot.as_deref(),
        Some("L&1"),
        "XML entities are resolved"
    );
}

#[test]
fn malformed_files_are_rejected_whole_with_where() {
    let mut p = with_us_products();
    let cases: &[(&str, &str)] = &[
        ("{\"epcisBody\": ", "not valid JSON"),
        ("{\"type\": \"EPCISDocument\"}", "no epcisBody.eventList"),
        (
            "<EPCISDocument><EPCISBody><EventList><ObjectEvent></EventList>",
            "not well-formed",
        ),
        (
            "gtin,serial,lot,expiry\n00305910369019,S1,L1,2027-13-01\n",
            "line 2, expiry",
        ),
        (
            "gtin,serial\n00305910369019,S1\n09506000134355,S2\n",
            "line 3, gtin",
        ),
        (
            "gtin,serial\n00305910369019,S1\n00305910369019,S1\n",
            "listed twice",
        ),
        (
            "gtin,serial\n04150037528643,S1\n",
            "not in the product list",
        ),
        (
            "gtin,serial,colour\n00305910369019,S1,red\n",
            "unknown column",
        ),
    ];
    for (text, expected) in cases {
        let err = p
            .store
            .import_shipment(&p.admin, text.as_bytes(), None, Some("X"), None, now())
            .unwrap_err();
        assert!(
            err.to_string().contains(expected),
            "{text:?} must be rejected with '{expected}', got: {err}"
        );
    }
    assert!(
        p.store.shipments(&p.admin).unwrap().is_empty(),
        "nothing of a rejected file is kept"
    );
}

#[test]
fn receiving_against_a_shipment_matches_flags_unexpected_and_closes_with_the_discrepancy() {
    let mut p = with_us_products();
    let csv = "gtin,serial,lot,expiry,quantity,po\n00305910369019,S1,A1,2028-01-31,1,PO-9\n00305910369019,S2,A1,2028-01-31,1,PO-9\n00305910369019,S3,A1,2028-01-31,1,PO-9\n";
    let s = p
        .store
        .import_shipment(
            &p.admin,
            csv.as_bytes(),
            Some(p.supplier.id),
            None,
            None,
            now(),
        )
        .unwrap();
    assert_eq!(s.reference, "PO-9");
    let mut session = ScanSession::new(Movement::Receive, p.main.id);
    session.shipment = Some(s.id);
    session.reference = Some(s.reference.clone());
    session.counterparty = Some(p.supplier.id);
    let admin = p.admin.clone();
    let mut scan = |raw: &str| {
        p.store
            .scan(
                &admin,
                &session,
                &ScanInput {
                    raw: raw.into(),
                    ..Default::default()
                },
                now(),
            )
            .unwrap()
    };
    assert_eq!(
        scan("]d201003059103690191728013110A1\u{1d}21S1").code,
        Code::Ok
    );
    let v = scan("]d201003059103690191728013110A1\u{1d}21S9");
    assert_eq!(
        (v.verdict, v.code),
        (Level::Warning, Code::Unexpected),
        "a pack not on the advice is received with a warning"
    );
    let v = scan("]d201003059103690191729013110B2\u{1d}21S2");
    assert_eq!(
        (v.verdict, v.code),
        (Level::Warning, Code::DiffersFromAdvice),
        "lot and expiry differ from the advice: {}",
        v.message
    );
    let s = p.store.shipment(&p.admin, s.id).unwrap();
    assert_eq!(
        s.matched, 1,
        "only S1 matches: S9 was not expected and S2 differs from the advice"
    );
    let outstanding: Vec<_> = s.outstanding().map(|i| i.serial.clone().unwrap()).collect();
    assert_eq!(
        outstanding,
        vec!["S3"],
        "what was expected and not scanned (S2 came, differing)"
    );
    let kept: Vec<_> = s
        .discrepancies
        .iter()
        .map(|d| (d.code.as_str(), d.serial.as_deref().unwrap_or(""), d.line))
        .collect();
    assert_eq!(
        kept,
        vec![
            ("unexpected", "S9", None),
            ("differs_from_advice", "S2", Some(2))
        ],
        "the shipment keeps what it did not expect and what differs, with the advice's line"
    );
    let s2 = &s.discrepancies[1];
    assert_eq!(
        (s2.lot.as_deref(), s2.advice_lot.as_deref()),
        (Some("B2"), Some("A1")),
        "both the pack's lot and the advice's are kept"
    );
    let closed = p
        .store
        .close_shipment(&p.admin, s.id, Some("carrier informed"), now())
        .unwrap();
    let d = closed.discrepancy.unwrap();
    assert!(
        d.contains("1 not received")
            && d.contains("S3")
            && d.contains("1 differ from the advice")
            && d.contains(
                "S2: lot B2 expiry 2029-01-31, the advice (line 2) says lot A1 expiry 2028-01-31"
            )
            && d.contains("1 unexpected: 00305910369019 serial S9")
            && d.contains("carrier informed"),
        "closing reports what never came, what differs and what was not expected: {d}"
    );
    let err = p
        .store
        .close_shipment(&p.admin, s.id, None, now())
        .unwrap_err();
    assert_eq!(
        err.code(),
        "shipment.closed",
        "a closed shipment stays closed"
    );
}

#[test]
fn receive_all_refuses_a_shipment_that_names_no_supplier_and_records_nothing() {
    let mut p = with_us_products();
    let s = p
        .store
        .import_shipment(&p.admin, ASN_JSON.as_bytes(), None, None, None, now())
        .unwrap();
    let before = p.store.summary().unwrap().events;
    let err = p
        .store
        .receive_all(&p.admin, s.id, p.main.id, now())
        .expect_err("a shipment naming no supplier cannot be received by inference");
    assert_eq!(
        err.code(),
        "movement.receipt_needs_counterparty",
        "the same refusal as a scanned receipt with no supplier: the ledger never holds stock \
         of unknown origin"
    );
    assert_eq!(
        p.store.summary().unwrap().events,
        before,
        "nothing is received when the refusal comes"
    );
}

#[test]
fn a_scanned_receipt_with_no_supplier_is_refused_whatever_path_it_comes_by() {
    let mut p = with_us_products();
    let session = ScanSession::new(Movement::Receive, p.main.id);
    let admin = p.admin.clone();
    let err = p
        .store
        .scan(
            &admin,
            &session,
            &ScanInput {
                raw: "]d201095060001343691728013110L1".into(),
                quantity: Some(1),
                ..Default::default()
            },
            now(),
        )
        .expect_err("core itself refuses a receipt that names no supplier");
    assert_eq!(
        (err.code(), err.field_at_fault().as_deref()),
        ("movement.receipt_needs_counterparty", Some("counterparty")),
        "refused naming the field the person fills in"
    );
}

#[test]
fn receive_all_takes_in_every_outstanding_pack_in_one_transaction() {
    let mut p = with_us_products();
    let s = p
        .store
        .import_shipment(
            &p.admin,
            ASN_JSON.as_bytes(),
            Some(p.supplier.id),
            None,
            None,
            now(),
        )
        .unwrap();
    let r = p
        .store
        .receive_all(&p.admin, s.id, p.main.id, now())
        .unwrap();
    assert_eq!((r.received, r.skipped.len()), (12, 0));
    let s = p.store.shipment(&p.admin, s.id).unwrap();
    assert_eq!(s.matched, 12);
    let u = p
        .store
        .unit(&p.admin, "00312345678906", "7K090003")
        .unwrap();
    assert_eq!(
        (u.status, u.lot.as_deref()),
        (UnitStatus::InStock, Some("B7788-1"))
    );
    assert!(p.store.verify(&p.admin).unwrap().is_intact());
}

#[test]
fn more_of_a_lot_than_the_advice_lists_is_kept_as_unexpected() {
    let mut p = with_us_products();
    let csv = "gtin,lot,expiry,quantity\n09506000134369,L1,2028-01-31,4\n";
    let s = p
        .store
        .import_shipment(&p.admin, csv.as_bytes(), None, Some("ASN-L"), None, now())
        .unwrap();
    let mut session = ScanSession::new(Movement::Receive, p.main.id);
    session.shipment = Some(s.id);
    session.counterparty = Some(p.supplier.id);
    let v = p
        .store
        .scan(
            &p.admin,
            &session,
            &ScanInput {
                raw: "]d201095060001343691728013110L1".into(),
                quantity: Some(6),
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    assert_eq!(
        (v.verdict, v.code),
        (Level::Warning, Code::Unexpected),
        "six received against four listed: {}",
        v.message
    );
    let s = p.store.shipment(&p.admin, s.id).unwrap();
    assert_eq!(
        (s.matched, s.items[0].received),
        (1, 4),
        "the line is matched with the four it lists"
    );
    assert_eq!(
        s.discrepancies
            .iter()
            .map(|d| (d.code, d.quantity))
            .collect::<Vec<_>>(),
        vec![(shipment::DiscrepancyCode::Unexpected, 2)],
        "the two over are kept as unexpected, not absorbed into the line"
    );
}

#[test]
fn receive_all_at_a_hospital_decommissioning_at_receipt_queues_each_pack_in_its_transaction() {
    let mut p = with_us_products();
    let admin = p.admin.clone();
    p.store
        .set_national_settings(
            &admin,
            Some("EU-NL"),
            "decommission_at_receipt",
            None,
            now(),
        )
        .unwrap();
    let s = p
        .store
        .import_shipment(
            &p.admin,
            ASN_JSON.as_bytes(),
            Some(p.supplier.id),
            None,
            None,
            now(),
        )
        .unwrap();
    let r = p
        .store
        .receive_all(&p.admin, s.id, p.main.id, now())
        .unwrap();
    let queued = p
        .store
        .nvs_queue(&p.admin, custody_core::national::NvsShown::Waiting, 100)
        .unwrap();
    assert_eq!(
        queued.len() as i64,
        r.received,
        "one decommission per pack received"
    );
    assert!(queued
        .iter()
        .all(|q| q.request.kind == NvsKind::Decommission
            && q.request.reason == Some(NvsReason::Supplied)));
    assert!(p.store.verify(&p.admin).unwrap().is_intact());
}
