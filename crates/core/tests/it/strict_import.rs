//! Despatch advices are refused whole, never narrowed (issue 16): every unreadable identifier,
//! duplicate, conflict or malformed line is a problem reported with the line of the file a
//! person can open in an editor, and the value concerned.

use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

/// The pharmacy with the two US products the test documents name.
pub fn with_us_products() -> Pharmacy {
    let mut p = pharmacy();
    for (gtin, name, tracking) in [
        (
            "00305910369019",
            "Drug A 10 mg tablets x30",
            TrackingMode::Serial,
        ),
        (
            "00312345678906",
            "Drug B 5 mg/mL injection x10",
            TrackingMode::Serial,
        ),
        ("00305910000011", "Drug C syrup 100 mL", TrackingMode::Lot),
    ] {
        p.store
            .add_product(
                &p.admin,
                &ProductData {
                    gtin: gtin.into(),
                    name: name.into(),
                    tracking: Some(tracking),
                    ..Default::default()
                },
                now(),
            )
            .unwrap();
    }
    p
}

/// A JSON-LD despatch advice: one commissioning event (lot A1, expiry 2028-01-31) for `epcs`,
/// then the shipping event with the advice number. Each EPC is on its own line, from line 10.
fn json_doc(epcs: &[&str]) -> String {
    let list = epcs
        .iter()
        .map(|e| format!("        \"{e}\""))
        .collect::<Vec<_>>()
        .join(",\n");
    format!(
        r#"{{
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "epcisBody": {{
    "eventList": [
      {{
        "type": "ObjectEvent",
        "action": "ADD",
        "epcList": [
{list}
        ],
        "bizStep": "commissioning",
        "ilmd": {{ "cbvmda:lotNumber": "A1", "cbvmda:itemExpirationDate": "2028-01-31" }}
      }},
      {{
        "type": "ObjectEvent",
        "action": "OBSERVE",
        "epcList": [],
        "bizStep": "shipping",
        "bizTransactionList": [{{ "type": "desadv", "bizTransaction": "urn:epcglobal:cbv:bt:0614141000005:ASN-7" }}]
      }}
    ]
  }}
}}"#
    )
}

/// The same advice in EPCIS 2.0 XML; each EPC on its own line, from line 7.
fn xml_doc(epcs: &[&str]) -> String {
    let list = epcs
        .iter()
        .map(|e| format!("          <epc>{e}</epc>"))
        .collect::<Vec<_>>()
        .join("\n");
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" xmlns:cbvmda="urn:epcglobal:cbv:mda" schemaVersion="2.0">
  <EPCISBody>
    <EventList>
      <ObjectEvent>
        <epcList>
{list}
        </epcList>
        <action>ADD</action>
        <bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>
        <ilmd><cbvmda:lotNumber>A1</cbvmda:lotNumber><cbvmda:itemExpirationDate>2028-01-31</cbvmda:itemExpirationDate></ilmd>
      </ObjectEvent>
      <ObjectEvent>
        <action>OBSERVE</action>
        <bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>
        <bizTransactionList><bizTransaction type="urn:epcglobal:cbv:btt:desadv">urn:epcglobal:cbv:bt:0614141000005:ASN-7</bizTransaction></bizTransactionList>
      </ObjectEvent>
    </EventList>
  </EPCISBody>
</epcis:EPCISDocument>"#
    )
}

/// Imports `text` and returns the problems, requiring that it was refused whole.
pub(crate) fn refused(p: &mut Pharmacy, text: &str) -> Vec<FileProblem> {
    let before = p.store.shipments(&p.admin).unwrap().len();
    let err = p
        .store
        .import_shipment(&p.admin, text.as_bytes(), None, Some("X"), None, now())
        .expect_err("the file must be refused");
    assert_eq!(
        p.store.shipments(&p.admin).unwrap().len(),
        before,
        "nothing of a refused file is kept"
    );
    let message = err.to_string();
    assert!(
        !message.contains("line 1: line") && !message.contains(", line "),
        "a problem says its line once: {message}"
    );
    match err {
        CoreError::Import(problems) => problems,
        other => panic!("a bad file is an import problem, not {other:?}"),
    }
}

/// Requires a problem at `line` whose text names `words`.
pub(crate) fn has(problems: &[FileProblem], line: usize, words: &[&str]) {
    assert!(
        problems
            .iter()
            .any(|p| p.line == line && words.iter().all(|w| p.to_string().contains(w))),
        "expected a problem at line {line} naming {words:?}, got:\n{}",
        problems
            .iter()
            .map(|p| format!("  {p}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

const GOOD: &str = "urn:epc:id:sgtin:030591.0036901.S1";

#[test]
fn an_identifier_that_cannot_be_read_refuses_the_whole_advice_at_its_line() {
    let cases: &[(&str, &[&str])] = &[
        // The GTIN of a Digital Link carries its check digit: 9 is right, 8 is not.
        (
            "https://id.gs1.org/01/00305910369018/21/S2",
            &["00305910369018", "check digit"],
        ),
        (
            "urn:epc:id:sgtin:030591.0036901.A%20B",
            &["A%20B", "a space"],
        ),
        ("urn:epc:id:sgtin:030591.0036901.Sé", &["'é'"]),
        (
            "urn:epc:id:sgtin:030591.0036901.S123456789012345678901",
            &["at most 20"],
        ),
        ("urn:epc:id:sgtin:030591.003690.S3", &["13 digits"]),
        ("urn:epc:id:sgln:030591.000001.0", &["SGLN", "not a pack"]),
        ("urn:epc:id:grai:0614141.12345.400", &["GRAI"]),
        ("urn:epc:class:lgtin:030591.0036901.L1", &["quantityList"]),
        ("https://id.gs1.org/00/006141410000004172", &["check digit"]),
        (
            "https://id.gs1.org/01/00305910369019/10/L1/21/S4",
            &["(01)(10)(21)"],
        ),
        ("S5", &["not an identifier"]),
    ];
    for (epc, words) in cases {
        let mut p = with_us_products();
        let json = refused(&mut p, &json_doc(&[GOOD, epc]));
        has(&json, 11, words);
        has(&json, 11, &[epc]);
        assert_eq!(
            json.len(),
            1,
            "{epc}: only the bad one is a problem: {json:?}"
        );
        let xml = refused(&mut p, &xml_doc(&[GOOD, epc]));
        has(&xml, 8, words);
    }
}

#[test]
fn a_bad_epc_class_or_quantity_is_a_problem_never_skipped() {
    let doc = |class: &str, quantity: &str| {
        format!(
            "{{\"type\":\"EPCISDocument\",\"epcisBody\":{{\"eventList\":[\n{{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\n\"quantityList\":[\n{{\"epcClass\":\"{class}\",\n\"quantity\":{quantity}}}]}}]}}}}"
        )
    };
    let mut p = with_us_products();
    for (class, quantity, line, words) in [
        (
            "urn:epc:class:lgtin:030591.0000001.L%201",
            "4",
            4,
            &["a space"][..],
        ),
        (
            "urn:epc:id:sgtin:030591.0036901.S1",
            "4",
            4,
            &["not a product class"][..],
        ),
        (
            "https://id.gs1.org/01/00305910000012/10/L1",
            "4",
            4,
            &["check digit"][..],
        ),
        (
            "urn:epc:class:lgtin:030591.0000001.L1",
            "4.5",
            // The line of the quantity value, not of the entry's `{`.
            5,
            &["'4.5'", "whole number"][..],
        ),
        (
            "urn:epc:class:lgtin:030591.0000001.L1",
            "0",
            // The line of the quantity value, not of the entry's `{`.
            5,
            &["whole number"][..],
        ),
        (
            "urn:epc:class:lgtin:030591.0000001.L1",
            "\"4\"",
            5,
            &["must be a number"][..],
        ),
    ] {
        let problems = refused(&mut p, &doc(class, quantity));
        has(&problems, line, words);
    }
    let ok = p
        .store
        .import_shipment(
            &p.admin,
            doc("urn:epc:class:lgtin:030591.0000001.L1", "4").as_bytes(),
            None,
            Some("X"),
            None,
            now(),
        )
        .unwrap();
    assert_eq!(
        (ok.items[0].lot.as_deref(), ok.items[0].quantity),
        (Some("L1"), 4),
        "the same document with a readable class imports its quantity"
    );
}

#[test]
fn a_serial_listed_twice_in_one_list_is_a_problem_at_the_second() {
    let mut p = with_us_products();
    let problems = refused(
        &mut p,
        &json_doc(&[GOOD, "urn:epc:id:sgtin:030591.0036901.S2", GOOD]),
    );
    has(&problems, 12, &["listed twice", "line 10"]);
    // The same pack written once as a URN and once as a Digital Link is still one pack.
    let problems = refused(
        &mut p,
        &xml_doc(&[GOOD, "https://id.gs1.org/01/00305910369019/21/S1"]),
    );
    has(&problems, 8, &["listed twice", "line 7"]);
    let csv = "gtin,serial\n00305910369019,S1\n00305910369019,S2\n00305910369019,S1\n";
    has(&refused(&mut p, csv), 4, &["listed twice", "line 2"]);
}

#[test]
fn a_pack_described_differently_by_two_events_is_a_problem() {
    let doc = r#"{"type":"EPCISDocument","epcisBody":{"eventList":[
{"type":"ObjectEvent","action":"ADD","epcList":["urn:epc:id:sgtin:030591.0036901.S1"],
 "ilmd":{"cbvmda:lotNumber":"A1","cbvmda:itemExpirationDate":"2028-01-31"}},
{"type":"ObjectEvent","action":"ADD","epcList":["urn:epc:id:sgtin:030591.0036901.S1"],
 "ilmd":{"cbvmda:lotNumber":"B2","cbvmda:itemExpirationDate":"2028-01-31"}}
]}}"#;
    let mut p = with_us_products();
    has(
        &refused(&mut p, doc),
        4,
        &["S1", "lot B2", "lot A1", "line 2"],
    );
}

#[test]
fn a_lot_given_two_expiries_is_a_problem_in_epcis_and_csv() {
    let doc = r#"{"type":"EPCISDocument","epcisBody":{"eventList":[
{"type":"ObjectEvent","action":"ADD","epcList":["urn:epc:id:sgtin:030591.0036901.S1"],
 "ilmd":{"cbvmda:lotNumber":"A1","cbvmda:itemExpirationDate":"2028-01-31"}},
{"type":"ObjectEvent","action":"ADD","epcList":["urn:epc:id:sgtin:030591.0036901.S2"],
 "ilmd":{"cbvmda:lotNumber":"A1",
 "cbvmda:itemExpirationDate":"2029-01-31"}}
]}}"#;
    let mut p = with_us_products();
    // At the line of the second expiry value, naming the first one's line.
    has(
        &refused(&mut p, doc),
        6,
        &["lot A1", "2029-01-31", "2028-01-31", "line 3"],
    );
    let csv = "gtin,serial,lot,expiry\n00305910369019,S1,A1,2028-01-31\n00305910369019,S2,A1,2028-02-29\n";
    has(&refused(&mut p, csv), 3, &["lot A1", "one expiry"]);
}

#[test]
fn the_same_pack_in_commissioning_packing_and_shipping_is_one_pack() {
    let mut p = with_us_products();
    let s = p
        .store
        .import_shipment(
            &p.admin,
            include_str!("../data/asn-shipment.jsonld").as_bytes(),
            None,
            None,
            None,
            now(),
        )
        .unwrap();
    assert_eq!(
        s.expected, 12,
        "12 packs, each named by three events, are 12 expected packs"
    );
}

#[test]
fn every_problem_is_reported_up_to_a_hundred_and_the_rest_counted() {
    let bad: Vec<String> = (0..150)
        .map(|i| format!("urn:epc:id:sgtin:030591.0036901.B {i}"))
        .collect();
    let refs: Vec<&str> = bad.iter().map(String::as_str).collect();
    let mut p = with_us_products();
    let problems = refused(&mut p, &json_doc(&refs));
    assert_eq!(
        problems.len(),
        101,
        "100 listed and one saying how many more"
    );
    has(&problems, 10, &["B 0"]);
    has(&problems, 109, &["B 99"]);
    assert!(
        problems[100].message.contains("and 50 more problems"),
        "{}",
        problems[100]
    );
    let err = p
        .store
        .import_shipment(
            &p.admin,
            json_doc(&refs).as_bytes(),
            None,
            None,
            None,
            now(),
        )
        .unwrap_err();
    assert_eq!(
        err.code(),
        "import.rejected",
        "a file with problems is refused whole"
    );
    assert_eq!(
        (
            err.args()["problems"].as_i64(),
            err.args()["all_listed"].as_str()
        ),
        (Some(100), Some("no")),
        "the header does not miscount: a hundred listed, and more found: {err}"
    );
    assert!(
        err.to_string().contains("more than 100 problems"),
        "and says so: {err}"
    );
}

#[test]
fn a_misspelt_field_is_refused_rather_than_its_packs_dropped() {
    let mut p = with_us_products();
    let json = json_doc(&[GOOD]).replace("\"epcList\": [\n", "\"epcLsit\": [\n");
    has(&refused(&mut p, &json), 9, &["epcLsit", "not a field"]);
    let xml = xml_doc(&[GOOD])
        .replace("<epcList>", "<epcLsit>")
        .replace("</epcList>", "</epcLsit>");
    has(&refused(&mut p, &xml), 6, &["epcLsit"]);
    let xml = xml_doc(&[GOOD])
        .replace(
            "<ObjectEvent>\n        <epcList>",
            "<ObjectEvnt>\n        <epcList>",
        )
        .replacen("</ObjectEvent>", "</ObjectEvnt>", 1);
    has(
        &refused(&mut p, &xml),
        5,
        &["<ObjectEvnt>", "not an EPCIS event"],
    );
    let json = json_doc(&[GOOD]).replacen("\"ObjectEvent\"", "\"ObjectEvnt\"", 1);
    has(&refused(&mut p, &json), 7, &["'ObjectEvnt'"]);
}

#[test]
fn a_case_whose_contents_are_not_given_is_refused() {
    let mut p = with_us_products();
    let doc = r#"{"type":"EPCISDocument","epcisBody":{"eventList":[
{"type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping",
 "epcList":["urn:epc:id:sgtin:030591.0036901.S1",
  "urn:epc:id:sscc:0614141.0000000417"]}
]}}"#;
    has(
        &refused(&mut p, doc),
        4,
        &["006141410000004171", "no aggregation event"],
    );
}

#[test]
fn a_document_that_is_not_epcis_is_refused_at_its_root_element() {
    let mut p = with_us_products();
    let xml =
        "<?xml version=\"1.0\"?>\n<!-- an invoice -->\n<Invoice>\n  <epc>x</epc>\n</Invoice>\n";
    has(
        &refused(&mut p, xml),
        3,
        &["<Invoice>", "not an EPCIS document"],
    );
    let json = "\n\n  {\"type\": \"Invoice\", \"epcisBody\": {\"eventList\": []}}";
    has(&refused(&mut p, json), 3, &["not an EPCIS 2.0 document"]);
    let json = "{\n\"type\": \"EPCISDocument\",\n\"epcisBody\": {\"eventList\": [\n{\"type\": \"ObjectEvent\",,}]}}";
    has(&refused(&mut p, json), 4, &["not valid JSON"]);
    let xml = "<EPCISDocument>\n<EPCISBody>\n<EventList>\n<ObjectEvent>\n</EventList>";
    has(&refused(&mut p, xml), 5, &["not well-formed"]);
}

#[test]
fn deep_nesting_is_refused_with_a_clear_error_not_a_stack_overflow() {
    let mut p = with_us_products();
    let json = format!(
        "{{\"type\":\"EPCISDocument\",\"epcisBody\":{{\"eventList\":[{{\"type\":\"ObjectEvent\",\"x:deep\":{}{}}}]}}}}",
        "[".repeat(200_000),
        "]".repeat(200_000)
    );
    has(&refused(&mut p, &json), 1, &["nests deeper than 64"]);
    let xml = format!(
        "<EPCISDocument>\n{}{}</EPCISDocument>",
        "<a>".repeat(200_000),
        "</a>".repeat(200_000)
    );
    has(&refused(&mut p, &xml), 2, &["nests deeper than 64"]);
}

#[test]
fn csv_text_header_and_columns_are_checked_with_their_lines() {
    let mut p = with_us_products();
    has(
        &refused(&mut p, "serial,lot\nS1,A1\n"),
        1,
        &["gtin", "required column 'gtin' is missing"],
    );
    has(
        &refused(&mut p, "gtin,serial,lot,expiry\n"),
        1,
        &["the file lists no packs"],
    );
    let nul = "gtin,serial\n00305910369019,S1\n00305910369019,S\u{0}2\n";
    has(&refused(&mut p, nul), 3, &["NUL"]);
    let mut latin1 = b"gtin,serial,lot\n00305910369019,S1,A1\n00305910369019,S2,".to_vec();
    latin1.extend_from_slice(b"Lot\xe9\n");
    let err = p
        .store
        .import_shipment(&p.admin, &latin1, None, Some("X"), None, now())
        .unwrap_err();
    match err {
        CoreError::Import(problems) => has(&problems, 3, &["0xE9", "UTF-8"]),
        other => panic!("{other:?}"),
    }
    has(
        &refused(&mut p, "gtin,serial\n00305910369019,S 1\n"),
        2,
        &["serial", "a space"],
    );
    has(
        &refused(&mut p, "gtin,serial\n00305910369019,S1,extra\n"),
        2,
        &["3 cells", "header has 2"],
    );
    has(
        &refused(
            &mut p,
            "gtin,serial,gtin\n00305910369019,S1,00305910369019\n",
        ),
        1,
        &["named twice"],
    );
}

#[test]
fn a_byte_order_mark_and_windows_line_ends_are_not_problems() {
    let mut p = with_us_products();
    for (name, text) in [
        ("json", json_doc(&[GOOD])),
        ("xml", xml_doc(&[GOOD])),
        (
            "csv",
            "gtin,serial,lot,expiry\n00305910369019,S1,A1,2028-01-31\n".to_string(),
        ),
    ] {
        let text = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        let s = p
            .store
            .import_shipment(&p.admin, text.as_bytes(), None, Some("BOM"), None, now())
            .unwrap_or_else(|e| panic!("{name}: a BOM and CRLF are ordinary: {e}"));
        assert_eq!(s.expected, 1, "{name}");
    }
    // Lines are still counted right with CRLF: the bad EPC is on line 11.
    let text = json_doc(&[GOOD, "S2"]).replace('\n', "\r\n");
    has(&refused(&mut p, &text), 11, &["'S2'"]);
}

#[test]
fn packs_an_advice_deletes_are_refused_rather_than_guessed() {
    let mut p = with_us_products();
    let json = json_doc(&[GOOD]).replacen("\"action\": \"ADD\"", "\"action\": \"DELETE\"", 1);
    has(&refused(&mut p, &json), 10, &["deleted", GOOD]);
}

#[test]
fn text_written_straight_into_an_xml_list_is_refused_not_lost() {
    let mut p = with_us_products();
    let xml = xml_doc(&[GOOD]).replace(
        "        <epcList>\n",
        "        <epcList>urn:epc:id:sgtin:030591.0036901.S9\n",
    );
    has(
        &refused(&mut p, &xml),
        6,
        &["urn:epc:id:sgtin:030591.0036901.S9", "its own element"],
    );
}

#[test]
fn xml_extensions_are_kept_as_json_ld_would_give_them() {
    let xml = xml_doc(&[GOOD]).replace(
        "        <action>ADD</action>",
        "        <action>ADD</action>\n        <hosp:recallNotice xmlns:hosp=\"https://example.org/h\"><hosp:firmReference>RCL-1</hosp:firmReference></hosp:recallNotice>",
    );
    let events = custody_core::epcis::read_xml(&xml).unwrap();
    assert_eq!(
        events[0].extensions,
        vec![(
            "hosp:recallNotice".to_string(),
            serde_json::json!({"hosp:firmReference": "RCL-1"})
        )],
        "a recall notice in XML reads like the same notice in JSON-LD"
    );
}

#[test]
fn problems_of_values_and_between_events_are_reported_together() {
    let mut p = with_us_products();
    let doc = r#"{"type":"EPCISDocument","epcisBody":{"eventList":[
{"type":"ObjectEvent","action":"ADD","epcList":["urn:epc:id:sgtin:030591.0036901.S1"],
 "ilmd":{"cbvmda:lotNumber":"A1","cbvmda:itemExpirationDate":"2028-01-31"}},
{"type":"ObjectEvent","action":"ADD","epcList":["urn:epc:id:sgtin:030591.0036901.S1",
 "urn:epc:id:sgtin:030591.0036901.S 2",
 "https://id.gs1.org/01/04150037528643/21/S3"],
 "ilmd":{"cbvmda:lotNumber":"B2","cbvmda:itemExpirationDate":"2028-01-31"}}
]}}"#;
    let problems = refused(&mut p, doc);
    has(&problems, 5, &["a space"]);
    has(&problems, 4, &["S1", "lot B2", "lot A1"]);
    has(&problems, 6, &["04150037528643", "not in the product list"]);
}

#[test]
fn several_purchase_orders_are_not_spread_over_every_pack() {
    let mut p = with_us_products();
    let two_pos = json_doc(&[GOOD]).replace(
        "[{ \"type\": \"desadv\", \"bizTransaction\": \"urn:epcglobal:cbv:bt:0614141000005:ASN-7\" }]",
        "[{ \"type\": \"po\", \"bizTransaction\": \"PO-1\" }, { \"type\": \"po\", \"bizTransaction\": \"PO-2\" }]",
    );
    let err = p
        .store
        .import_shipment(&p.admin, two_pos.as_bytes(), None, None, None, now())
        .unwrap_err();
    assert_eq!(
        err.code(),
        "shipment.file_without_reference",
        "with two orders and no advice number, the file names no one document: {err}"
    );
    let s = p
        .store
        .import_shipment(
            &p.admin,
            two_pos.as_bytes(),
            None,
            Some("ASN-9"),
            None,
            now(),
        )
        .unwrap();
    assert_eq!(
        s.items[0].po, None,
        "which of the two orders a pack is on is not in the file"
    );
}
