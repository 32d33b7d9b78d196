//! Regressions from a hostile tester's files against the strict imports (issue 16): each test
//! is named after the defect it pins, and checks the line a person would open in an editor and
//! the value the problem names.

use custody_core::recall::RecallHeader;
use custody_core::*;

use crate::fixtures::now;
use crate::strict_import::{has, refused, with_us_products};

/// The problems of a product or reorder-rule import, which must be refused whole.
fn import_problems(result: CoreResult<usize>) -> Vec<FileProblem> {
    match result {
        Err(CoreError::Import(problems)) => problems,
        other => panic!("the file must be refused with its problems, not {other:?}"),
    }
}

#[test]
fn csv_line_numbers_were_one_too_low_with_crlf_line_endings() {
    let mut p = with_us_products();
    let row = "00305910369019,S1,L1,2027-05-31,1,PO1";
    let dup = format!("gtin,serial,lot,expiry,quantity,po\r\n{row}\r\n{row}\r\n");
    let problems = refused(&mut p, &dup);
    // Line 1 is the header, so the rows are lines 2 and 3 in any editor.
    has(&problems, 3, &["S1", "also on line 2"]);

    let mut ten = String::from("gtin,serial,lot,expiry,quantity,po\r\n");
    for i in 1..=8 {
        ten.push_str(&format!("00305910369019,S{i},L1,2027-05-31,1,PO1\r\n"));
    }
    ten.push_str("00305910369019,S 9,L1,2027-05-31,1,PO1\r\n");
    let problems = refused(&mut p, &ten);
    has(&problems, 10, &["S 9"]);
    assert_eq!(
        problems.len(),
        1,
        "only the serial with a space is wrong: {problems:?}"
    );

    // A recall scope, a product list and a reorder-rule list count lines the same way.
    let scope = "gtin,lot\r\n00305910369019,L1\r\n00305910369019,L1\r\n";
    let recall = crate::recall_import::refused(&mut p, scope, &RecallHeader::default());
    assert!(
        recall.iter().any(|(l, f, _)| *l == 3 && f == "lot"),
        "the repeated lot is the third line of the file: {recall:?}"
    );
    let admin = p.admin.clone();
    let products = import_problems(p.store.import_products(
        &admin,
        b"gtin,name\r\n09506000134352,A\r\n1234567,B\r\n",
        now(),
    ));
    assert!(
        products
            .iter()
            .any(|x| x.line == 3 && x.message.contains("1234567")),
        "the bad GTIN is on the third line of the file: {products:?}"
    );
    let rules = import_problems(p.store.import_reorder_rules(
        &admin,
        b"gtin,location,reorder_point,par_level,lead_time_days\r\n00305910369019,MAIN,5,10,2\r\n00305910369019,MAIN,x,10,2\r\n",
        now(),
    ));
    assert!(
        rules.iter().any(|x| x.line == 3),
        "the rule with a reorder point of x is on the third line of the file: {rules:?}"
    );
}

#[test]
fn a_json_file_starting_with_a_bracket_was_sniffed_as_csv() {
    let mut p = with_us_products();
    let problems = refused(&mut p, "[{\"type\":\"EPCISDocument\"}]\n");
    assert_eq!(
        problems.len(),
        1,
        "one problem for the whole file: {problems:?}"
    );
    assert!(
        problems[0].message.contains("not an EPCIS"),
        "an array at the top is JSON that is not an EPCIS document, not a CSV header: {problems:?}"
    );
    assert!(
        !problems[0].to_string().contains("column"),
        "nothing about CSV columns: {problems:?}"
    );

    let deep = "[".repeat(100_000);
    let problems = refused(&mut p, &deep);
    let all = problems.iter().map(|x| x.to_string()).collect::<String>();
    assert!(
        all.contains("nest"),
        "100000 brackets are refused for their nesting depth: {all:.300}"
    );
    assert!(
        all.len() < 2_000,
        "the answer stays short however long the file's first line is: {} bytes",
        all.len()
    );

    let recall =
        crate::recall_import::refused(&mut p, "\u{feff}  [1,2]\n", &RecallHeader::default());
    assert!(
        recall.iter().any(|(_, _, m)| m.contains("not an EPCIS")),
        "a recall file opening with [ past a byte-order mark is JSON too: {recall:?}"
    );
}

#[test]
fn only_the_first_problem_of_a_csv_row_was_reported() {
    let mut p = with_us_products();
    let file = "gtin,serial,lot,expiry,quantity,po\n00305910369018,S 1,L 1,2027-13-01,x,PO1\n";
    let problems = refused(&mut p, file);
    for (field, value) in [
        ("gtin", "00305910369018"),
        ("serial", "S 1"),
        ("lot", "L 1"),
        ("expiry", "2027-13-01"),
        ("quantity", "'x'"),
    ] {
        assert!(
            problems
                .iter()
                .any(|x| x.line == 2 && x.field.as_deref() == Some(field) && x.message.contains(value)),
            "a wrong check digit must not hide the row's other problems; {field} {value} is missing from {problems:?}"
        );
    }

    let scope = "gtin,lot,serial\n00305910369018,L 1,S 2\n";
    let recall = crate::recall_import::refused(&mut p, scope, &RecallHeader::default());
    let fields: Vec<&str> = recall.iter().map(|(_, f, _)| f.as_str()).collect();
    assert_eq!(
        fields,
        ["gtin", "lot", "serial"],
        "each of the recall row's three bad cells is a problem of line 2: {recall:?}"
    );
    assert!(
        recall.iter().all(|(l, _, _)| *l == 2),
        "all on the row's line: {recall:?}"
    );
}

/// A JSON-LD document whose events are `events` (written as they should appear, lines and all),
/// opening on line 1 with the events from line 2.
fn json(events: &str) -> String {
    format!("{{\"type\":\"EPCISDocument\",\"epcisBody\":{{\"eventList\":[\n{events}\n]}}}}")
}

/// An EPCIS 2.0 XML document whose events are `events`, from line 4.
fn xml(events: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" xmlns:cbvmda=\"urn:epcglobal:cbv:mda\" schemaVersion=\"2.0\">\n<EPCISBody><EventList>\n{events}\n</EventList></EPCISBody></epcis:EPCISDocument>"
    )
}

#[test]
fn a_lot_given_two_expiries_pointed_at_the_lot_line_and_was_repeated_per_pack() {
    let mut p = with_us_products();
    let doc = json(
        r#"{"type":"ObjectEvent","action":"ADD","epcList":["urn:epc:id:sgtin:030591.0036901.S1"],
 "ilmd":{"cbvmda:lotNumber":"A1",
 "cbvmda:itemExpirationDate":"2028-01-31"}},
{"type":"ObjectEvent","action":"ADD",
 "epcList":["urn:epc:id:sgtin:030591.0036901.S2","urn:epc:id:sgtin:030591.0036901.S3","urn:epc:id:sgtin:030591.0036901.S4"],
 "ilmd":{"cbvmda:lotNumber":"A1",
 "cbvmda:itemExpirationDate":"2029-01-31"}}"#,
    );
    let problems = refused(&mut p, &doc);
    assert_eq!(
        problems.len(),
        1,
        "one conflict is one problem, however many packs the event lists: {problems:?}"
    );
    // Line 4 gives the first expiry, line 8 the second: the problem is at the value in
    // conflict, not at the lot number above it.
    has(
        &problems,
        8,
        &["lot A1", "2029-01-31", "2028-01-31", "line 4"],
    );

    let doc = xml(
        r#"<ObjectEvent><action>ADD</action><epcList><epc>urn:epc:id:sgtin:030591.0036901.S1</epc></epcList>
<ilmd><cbvmda:lotNumber>A1</cbvmda:lotNumber>
<cbvmda:itemExpirationDate>2028-01-31</cbvmda:itemExpirationDate></ilmd></ObjectEvent>
<ObjectEvent><action>ADD</action><epcList><epc>urn:epc:id:sgtin:030591.0036901.S2</epc><epc>urn:epc:id:sgtin:030591.0036901.S3</epc></epcList>
<ilmd><cbvmda:lotNumber>A1</cbvmda:lotNumber>
<cbvmda:itemExpirationDate>2029-01-31</cbvmda:itemExpirationDate></ilmd></ObjectEvent>"#,
    );
    let problems = refused(&mut p, &doc);
    assert_eq!(problems.len(), 1, "once in XML too: {problems:?}");
    has(
        &problems,
        9,
        &["lot A1", "2029-01-31", "2028-01-31", "line 6"],
    );
}

#[test]
fn quantity_list_problems_pointed_at_the_entry_line_not_the_value_line() {
    let mut p = with_us_products();
    let class = "urn:epc:class:lgtin:030591.0000001.L1";
    for (value, words) in [
        ("-5", &["'-5'", "whole number"][..]),
        ("0", &["'0'", "whole number"][..]),
        ("1.5", &["'1.5'", "whole number"][..]),
        ("1e20", &["'1e20'", "whole number"][..]),
        ("\"ten\"", &["\"ten\"", "must be a number"][..]),
    ] {
        let doc = json(&format!(
            "{{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"quantityList\":[\n{{\n\"epcClass\":\"{class}\",\n\"quantity\":{value}}}]}}"
        ));
        let problems = refused(&mut p, &doc);
        // The entry's `{` is line 3, its class line 4, its quantity line 5.
        has(&problems, 5, words);
        assert_eq!(problems.len(), 1, "{value}: one problem: {problems:?}");
    }
    let kg = json(&format!(
        "{{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"quantityList\":[\n{{\n\"epcClass\":\"{class}\",\n\"quantity\":2.5,\n\"uom\":\"KGM\"}}]}}"
    ));
    has(&refused(&mut p, &kg), 6, &["'KGM'", "unit of measure"]);

    for version in ["2", "1"] {
        let doc = xml(&format!(
            "<ObjectEvent><action>OBSERVE</action><quantityList>\n<quantityElement>\n<epcClass>{class}</epcClass>\n<quantity>ten</quantity>\n</quantityElement></quantityList></ObjectEvent>"
        ))
        .replace("xsd:2\"", &format!("xsd:{version}\""));
        // The <quantityElement> is line 5, its <quantity> line 7.
        has(&refused(&mut p, &doc), 7, &["'ten'", "whole number"]);
    }

    let conflict = json(&format!(
        "{{\"type\":\"ObjectEvent\",\"action\":\"ADD\",\"quantityList\":[{{\"epcClass\":\"{class}\",\n\"quantity\":10}}]}},\n{{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"quantityList\":[{{\"epcClass\":\"{class}\",\n\"quantity\":4}}]}}"
    ));
    let problems = refused(&mut p, &conflict);
    has(&problems, 5, &["4", "10", "line 3"]);
    assert_eq!(problems.len(), 1, "one conflict: {problems:?}");
}

#[test]
fn problems_about_a_json_or_xml_value_did_not_name_it() {
    let mut p = with_us_products();
    let doc = json(
        r#"{"type":"ObjectEvent","action":"ADD",
"epcList":[12345],
"ilmd":{"cbvmda:lotNumber":12345}}"#,
    );
    let problems = refused(&mut p, &doc);
    has(&problems, 3, &["12345", "must be a string, not a number"]);
    assert!(
        problems.iter().any(|x| x.line == 4
            && x.field.as_deref() == Some("lotNumber")
            && x.message.contains("12345")),
        "the lot number that is a number is named: {problems:?}"
    );

    let doc = xml(
        r#"<ObjectEvent><action>ADD</action><epcList><epc>urn:epc:id:sgtin:030591.0036901.S1</epc></epcList>
<ilmd><cbvmda:lotNumber>A1</cbvmda:lotNumber>
<cbvmda:lotNumber>OTHER</cbvmda:lotNumber></ilmd></ObjectEvent>"#,
    );
    has(
        &refused(&mut p, &doc),
        6,
        &["lot twice", "'OTHER'", "'A1'", "line 5"],
    );

    let long = "x".repeat(100_000);
    let doc = json(&format!(
        "{{\"type\":\"ObjectEvent\",\"action\":\"ADD\",\"epcList\":[\"urn:epc:id:sgtin:030591.0036901.S1\"],\n\"ilmd\":{{\"cbvmda:itemExpirationDate\":\"{long}\"}}}}"
    ));
    let problems = refused(&mut p, &doc);
    let all = problems.iter().map(|x| x.to_string()).collect::<String>();
    assert!(
        all.contains("xxx…") && all.len() < 500,
        "a 100 KB value is named by its start, not echoed whole: {} bytes",
        all.len()
    );
}

#[test]
fn an_event_time_that_is_not_a_date_and_time_was_accepted_silently() {
    let mut p = with_us_products();
    let doc = json(
        r#"{"type":"ObjectEvent","action":"ADD","epcList":["urn:epc:id:sgtin:030591.0036901.S1"],
"eventTime":"yesterday"}"#,
    );
    has(&refused(&mut p, &doc), 3, &["'yesterday'", "date and time"]);
    let doc = xml(r#"<ObjectEvent>
<eventTime>yesterday</eventTime>
<epcList><epc>urn:epc:id:sgtin:030591.0036901.S1</epc></epcList><action>ADD</action></ObjectEvent>"#);
    has(&refused(&mut p, &doc), 5, &["'yesterday'", "date and time"]);

    // The forms EPCIS files use are read: an offset, Z, fractions of a second.
    for time in [
        "2026-06-01T08:15:00-05:00",
        "2026-06-01T13:15:00Z",
        "2026-06-01T13:15:00.123Z",
    ] {
        let doc = json(&format!(
            "{{\"type\":\"ObjectEvent\",\"action\":\"ADD\",\"epcList\":[\"urn:epc:id:sgtin:030591.0036901.S9\"],\"eventTime\":\"{time}\",\"recordTime\":\"{time}\"}}"
        ));
        let mut fresh = with_us_products();
        fresh
            .store
            .import_shipment(&fresh.admin, doc.as_bytes(), None, Some("T"), None, now())
            .unwrap_or_else(|e| panic!("{time} is a date and time an EPCIS file may give: {e}"));
    }
}

#[test]
fn a_recalled_event_without_a_notice_was_reported_at_its_brace_not_its_disposition() {
    let mut p = with_us_products();
    let doc = json(
        r#"{"type":"ObjectEvent","action":"OBSERVE","disposition":"recalled",
 "epcList":["urn:epc:id:sgtin:030591.0036901.S1"],
 "hosp:recallNotice":{"hosp:firmReference":"RCL-A","hosp:fdaClass":"II","hosp:reason":"a"}},
{"type":"ObjectEvent","action":"OBSERVE","disposition":"recalled",
 "epcList":["urn:epc:id:sgtin:030591.0036901.S2"],
 "hosp:recallNotice":{"hosp:firmReference":"RCL-B","hosp:fdaClass":"I","hosp:reason":"b"}},
{
 "type":"ObjectEvent","action":"OBSERVE",
 "epcList":["urn:epc:id:sgtin:030591.0036901.S3"],
 "disposition":"recalled"}"#,
    );
    let problems = crate::recall_import::refused(&mut p, &doc, &RecallHeader::default());
    assert_eq!(
        problems
            .iter()
            .map(|(l, f, _)| (*l, f.as_str()))
            .collect::<Vec<_>>(),
        vec![(11, "disposition")],
        "the event without a notice is named where it says it is recalled (line 11), not at its {{ (line 8): {problems:?}"
    );
    assert!(
        problems[0].2.contains("RCL-A, RCL-B"),
        "and the notices it could belong to are named: {problems:?}"
    );
}

#[test]
fn a_problem_about_a_huge_value_echoed_it_whole() {
    let mut p = with_us_products();
    let huge = "Z".repeat(100_000);
    let short = |problems: &[FileProblem]| {
        let all = problems.iter().map(|x| x.to_string()).collect::<String>();
        assert!(
            all.len() < 2_000 && all.to_uppercase().contains("ZZZ…"),
            "each value is named by its first characters, never echoed whole: {} bytes",
            all.len()
        );
    };
    short(&refused(&mut p, &format!("gtin,{huge}\n1,2\n")));
    short(&refused(
        &mut p,
        &format!("gtin,serial,lot,expiry,quantity\n{huge},{huge},{huge},{huge},{huge}\n"),
    ));
    short(&refused(
        &mut p,
        &json(&format!(
            "{{\"type\":\"ObjectEvent\",\"action\":\"ADD\",\"epcList\":[\"{huge}\"],\"{huge}\":1}}"
        )),
    ));
    let recall = crate::recall_import::refused(
        &mut p,
        &format!("gtin,lot,serial,expiry\n{huge},{huge},{huge},{huge}\n"),
        &RecallHeader::default(),
    );
    let all: usize = recall.iter().map(|(_, f, m)| f.len() + m.len()).sum();
    assert!(
        all < 2_000,
        "a recall scope's problems are short too: {all} bytes"
    );
}

#[test]
fn csv_lines_ended_by_a_lone_cr_were_all_called_line_1() {
    let mut p = with_us_products();
    let file = "gtin,serial\r00305910369019,S1\r00305910369019,S 2\r";
    // Editors show a lone CR (old Mac files) as a line break: S 2 is on line 3.
    has(&refused(&mut p, file), 3, &["S 2"]);
}
