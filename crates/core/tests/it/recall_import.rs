//! Recall imports refuse, never narrow: every unreadable EPC or class, repeated pack, second
//! lot or expiry is a problem at its line of the file; a document with several notices becomes
//! several recalls, all or none.

use custody_core::recall::{RecallHeader, ScopeLine};
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

const AMOX: &str = "09506000134352";
const GAUZE: &str = "09506000134369";

/// The problems of a refused import as (line, field, message), after checking that nothing of
/// it was written.
pub(crate) fn refused(
    p: &mut Pharmacy,
    file: &str,
    header: &RecallHeader,
) -> Vec<(usize, String, String)> {
    let admin = p.admin.clone();
    let before = recall_count(p);
    let err = p
        .store
        .import_recall(&admin, file.as_bytes(), header, now())
        .expect_err("the file must be refused");
    assert_eq!(
        recall_count(p),
        before,
        "a refused file enters no recall, not even the good notices"
    );
    match err {
        CoreError::Import(problems) => problems
            .into_iter()
            .map(|x| (x.line, x.field.unwrap_or_default(), x.message))
            .collect(),
        e => panic!("expected the file's problems, got {e}"),
    }
}

fn recall_count(p: &Pharmacy) -> i64 {
    p.sqlite()
        .query_row("SELECT count(*) FROM recall", [], |r| r.get(0))
        .unwrap()
}

fn lines(problems: &[(usize, String, String)]) -> Vec<(usize, &str)> {
    problems.iter().map(|(l, f, _)| (*l, f.as_str())).collect()
}

fn scope(p: &Pharmacy, number: &str) -> Vec<String> {
    p.store
        .recall(&p.admin, number)
        .unwrap()
        .scope
        .iter()
        .map(ScopeLine::to_string)
        .collect()
}

#[test]
fn an_unreadable_epc_in_a_recall_document_is_a_problem_at_its_line_never_skipped() {
    let mut p = pharmacy();
    let doc = r#"{
  "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", {"hosp": "https://hospital.example/epcis/"}],
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "creationDate": "2026-11-20T10:00:00+01:00",
  "epcisBody": { "eventList": [
    {
      "type": "ObjectEvent",
      "eventTime": "2026-11-20T09:00:00+01:00",
      "eventTimeZoneOffset": "+01:00",
      "action": "OBSERVE",
      "disposition": "recalled",
      "epcList": [
        "https://id.gs1.org/01/09506000134352/21/S1",
        "https://id.gs1.org/01/09506000134353/21/S2",
        "urn:epc:id:sgln:0614141.00001.0",
        "urn:epc:id:sgtin:950600.0013435.S%203",
        "https://id.gs1.org/01/09506000134352/21/S4",
        "https://id.gs1.org/01/09506000134369/10/G7"
      ],
      "quantityList": [
        {"epcClass": "https://id.gs1.org/01/09506000134369/10/G8", "quantity": 2},
        {"epcClass": "urn:epc:class:lgtin:950600.0013436.G%7E9", "quantity": 2},
        {"epcClass": "https://id.gs1.org/01/09506000134352/21/S9", "quantity": 1}
      ],
      "hosp:recallNotice": {"hosp:firmReference": "RCL-X", "hosp:fdaClass": "II", "hosp:reason": "Particles"}
    }
  ]}
}"#;
    let problems = refused(&mut p, doc, &RecallHeader::default());
    assert_eq!(
        lines(&problems),
        vec![
            (15, "epcList"),
            (16, "epcList"),
            (17, "epcList"),
            (19, "epcList"),
            (23, "epcClass"),
            (24, "epcClass"),
        ],
        "each unreadable EPC or class at its own line, the good ones (lines 14 and 22) not: {problems:#?}"
    );
    let text = |line: usize| &problems.iter().find(|x| x.0 == line).unwrap().2;
    assert!(
        text(15).contains("09506000134353"),
        "the problem names the value: {}",
        text(15)
    );
    assert!(text(17).contains("a space"), "{}", text(17));
    assert!(text(19).contains("quantityList"), "{}", text(19));
    assert!(text(23).contains("'~'"), "{}", text(23));
    assert!(text(24).contains("not a product class"), "{}", text(24));
}

#[test]
fn a_pack_listed_twice_given_two_lots_or_a_lot_given_two_expiries_refuses_the_document() {
    let mut p = pharmacy();
    let doc = r#"{
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "creationDate": "2026-11-20T10:00:00+01:00",
  "epcisBody": { "eventList": [
    {
      "type": "ObjectEvent", "action": "ADD", "bizStep": "commissioning",
      "epcList": [
        "https://id.gs1.org/01/09506000134352/21/S1",
        "https://id.gs1.org/01/09506000134352/21/S2"
      ],
      "ilmd": {"cbvmda:lotNumber": "L1", "cbvmda:itemExpirationDate": "2028-12-31"}
    },
    {
      "type": "ObjectEvent", "action": "ADD", "bizStep": "commissioning",
      "epcList": [
        "https://id.gs1.org/01/09506000134352/21/S2",
        "https://id.gs1.org/01/09506000134352/21/S3"
      ],
      "ilmd": {"cbvmda:lotNumber": "L2", "cbvmda:itemExpirationDate": "2029-01-31"}
    },
    {
      "type": "ObjectEvent", "action": "ADD", "bizStep": "commissioning",
      "epcList": [
        "https://id.gs1.org/01/09506000134352/21/S4"
      ],
      "ilmd": {"cbvmda:lotNumber": "L1", "cbvmda:itemExpirationDate": "2029-06-30"}
    },
    {
      "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "epcList": [
        "https://id.gs1.org/01/09506000134352/21/S1",
        "https://id.gs1.org/01/09506000134352/21/S3",
        "https://id.gs1.org/01/09506000134352/21/S4"
      ],
      "hosp:recallNotice": {"hosp:firmReference": "RCL-D", "hosp:fdaClass": "I", "hosp:reason": "Mix-up"}
    }
  ]}
}"#;
    let problems = refused(&mut p, doc, &RecallHeader::default());
    assert_eq!(
        lines(&problems),
        vec![
            (20, "itemExpirationDate"),
            (20, "lotNumber"),
            (27, "expiry"),
        ],
        "S2 given a second expiry and lot L2 after L1, lot L1 given a second expiry: {problems:#?}"
    );
    for (i, expected) in [
        "2028-12-31 on line 12 and 2029-01-31 here",
        "L1 on line 12 and L2 here",
        "2028-12-31 on line 12 and 2029-06-30 here",
    ]
    .iter()
    .enumerate()
    {
        assert!(
            problems[i].2.contains(expected),
            "the problem says what and where: {}",
            problems[i].2
        );
    }
}

#[test]
fn a_pack_in_its_commissioning_and_recall_events_is_one_scope_line_with_its_lot() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let doc = r#"{
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "creationDate": "2026-11-20T10:00:00+01:00",
  "epcisBody": { "eventList": [
    {
      "type": "ObjectEvent", "action": "ADD", "bizStep": "commissioning",
      "epcList": ["https://id.gs1.org/01/09506000134352/21/S1", "https://id.gs1.org/01/09506000134352/21/S2"],
      "ilmd": {"cbvmda:lotNumber": "L1", "cbvmda:itemExpirationDate": "2028-12-31"}
    },
    {
      "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "epcList": ["https://id.gs1.org/01/09506000134352/21/S1", "https://id.gs1.org/01/09506000134352/21/S2"],
      "hosp:recallNotice": {"hosp:firmReference": "RCL-D", "hosp:fdaClass": "I", "hosp:reason": "Mix-up"}
    },
    {
      "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "epcList": ["https://id.gs1.org/01/09506000134352/21/S2"]
    }
  ]}
}"#;
    let events = [p.receive("S1")];
    p.append(&events);
    let created = p
        .store
        .import_recall(&admin, doc.as_bytes(), &RecallHeader::default(), now())
        .unwrap();
    assert_eq!(created.len(), 1, "one notice, one recall");
    assert_eq!(
        scope(&p, "RCL-D"),
        vec![
            format!("GTIN {AMOX} lot L1 serial S1"),
            format!("GTIN {AMOX} lot L1 serial S2"),
        ],
        "the same pack in several events is normal and listed once, with the lot its commissioning gave"
    );
    assert_eq!(created[0].hold.units, 1, "S1, in stock here, is held");
}

#[test]
fn each_notice_of_a_document_becomes_its_own_recall_all_or_nothing() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let doc = r#"{
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "creationDate": "2026-11-20T10:00:00+01:00",
  "epcisBody": { "eventList": [
    {
      "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "quantityList": [
        {"epcClass": "https://id.gs1.org/01/09506000134369/10/G7", "quantity": 10}
      ],
      "hosp:recallNotice": {"hosp:firmReference": "RCL-A", "hosp:fdaClass": "I", "hosp:reason": "Sterility", "hosp:issueDate": "2026-11-18"}
    },
    {
      "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "epcList": [
        "https://id.gs1.org/01/09506000134352/21/S1"
      ],
      "hosp:recallNotice": {"hosp:firmReference": "RCL-B", "hosp:fdaClass": "III", "hosp:reason": "Label"}
    },
    {
      "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "epcList": [
        "https://id.gs1.org/01/09506000134352/21/S2"
      ],
      "hosp:recallNotice": {"hosp:firmReference": "RCL-B", "hosp:fdaClass": "III", "hosp:reason": "Label"}
    }
  ]}
}"#;
    let events = [p.receive("S1"), p.receive_gauze(10)];
    p.append(&events);
    let created = p
        .store
        .import_recall(&admin, doc.as_bytes(), &RecallHeader::default(), now())
        .unwrap();
    let numbers: Vec<(&str, RecallClass, &str)> = created
        .iter()
        .map(|c| {
            (
                c.recall.number.as_str(),
                c.recall.class,
                c.recall.issued_on.as_str(),
            )
        })
        .collect();
    assert_eq!(
        numbers,
        vec![
            ("RCL-A", RecallClass::I, "2026-11-18"),
            ("RCL-B", RecallClass::III, "2026-11-20"),
        ],
        "two notices are two recalls, never one: each with its number, class and date (the notice's, else the document's)"
    );
    assert_eq!(scope(&p, "RCL-A"), vec![format!("GTIN {GAUZE} lot G7")]);
    assert_eq!(
        scope(&p, "RCL-B"),
        vec![
            format!("GTIN {AMOX} serial S1"),
            format!("GTIN {AMOX} serial S2")
        ],
        "the events of one notice make one scope"
    );
    assert_eq!(
        (created[0].hold.lot_quantity, created[1].hold.units),
        (10, 1),
        "each recall holds its own stock"
    );

    // The same document again: both numbers exist, and both are reported.
    let problems = refused(&mut p, doc, &RecallHeader::default());
    assert_eq!(
        lines(&problems),
        vec![(11, "number"), (18, "number")],
        "{problems:#?}"
    );

    // A number or class given by hand would make the notices one recall: refused.
    let err = p
        .store
        .import_recall(
            &admin,
            doc.replace("RCL-", "NEW-").as_bytes(),
            &RecallHeader {
                number: Some("RCL-9".into()),
                ..Default::default()
            },
            now(),
        )
        .unwrap_err();
    assert!(
        err.to_string().contains("holds 2 recall notices"),
        "the refusal says how many notices there are: {err}"
    );
    let v = p.store.verify(&admin).unwrap();
    assert!(v.is_intact(), "{:?}", v.findings);
}

#[test]
fn a_document_of_several_notices_refuses_events_and_notices_it_cannot_place() {
    let mut p = pharmacy();
    let doc = r#"{
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "creationDate": "2026-11-20T10:00:00+01:00",
  "epcisBody": { "eventList": [
    {
      "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "epcList": ["https://id.gs1.org/01/09506000134352/21/S1"],
      "hosp:recallNotice": {"hosp:firmReference": "RCL-A", "hosp:fdaClass": "I", "hosp:reason": "Sterility"}
    },
    {
      "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "epcList": ["https://id.gs1.org/01/09506000134352/21/S2"],
      "hosp:recallNotice": {"hosp:firmReference": "RCL-A", "hosp:fdaClass": "II", "hosp:reason": "Sterility"}
    },
    {
      "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "epcList": ["https://id.gs1.org/01/09506000134352/21/S3"],
      "hosp:recallNotice": {"hosp:fdaClass": "III", "hosp:reason": "Label"}
    },
    {
      "type": "ObjectEvent", "action": "OBSERVE",
      "disposition": "recalled",
      "epcList": ["https://id.gs1.org/01/09506000134352/21/S4"]
    },
    {
      "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "epcList": ["https://id.gs1.org/01/09506000134352/21/S5"],
      "hosp:recallNotice": {"hosp:firmReference": "RCL-C", "hosp:fdaClass": "IV", "hosp:reason": "Label", "hosp:issueDate": "18/11/2026"}
    }
  ]}
}"#;
    let problems = refused(&mut p, doc, &RecallHeader::default());
    assert_eq!(
        lines(&problems),
        vec![
            (14, "recallNotice"),
            (19, "recallNotice"),
            // The event's "disposition": "recalled" line, not its `{`.
            (23, "disposition"),
            (29, "hosp:fdaClass"),
            (29, "hosp:issueDate"),
        ],
        "one number given two classes; a notice without a number and an event without a notice among several; a class and a date that cannot be read: {problems:#?}"
    );
    assert!(
        problems[0].2.contains("class 'I' on line 9 and 'II' here"),
        "{}",
        problems[0].2
    );
    assert!(
        problems[2].2.contains("notices"),
        "says how many notices and how to import one: {}",
        problems[2].2
    );
}

#[test]
fn a_recalls_issue_date_comes_from_its_notice_else_its_document_else_today() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let example = include_str!("../data/recall-events.jsonld");
    let created = p
        .store
        .import_recall(&admin, example.as_bytes(), &RecallHeader::default(), now())
        .unwrap();
    assert_eq!(
        created[0].recall.issued_on, "2026-11-24",
        "the example notice has no date of its own: the document's creationDate"
    );
    let dated = example.replace("RCL-2026-0091", "RCL-DATED").replace(
        "\"hosp:ndc\": \"0591-0369-01\"",
        "\"hosp:ndc\": \"0591-0369-01\", \"hosp:issueDate\": \"2026-11-19\"",
    );
    let created = p
        .store
        .import_recall(&admin, dated.as_bytes(), &RecallHeader::default(), now())
        .unwrap();
    assert_eq!(
        created[0].recall.issued_on, "2026-11-19",
        "the notice's own date"
    );
    let given = p
        .store
        .import_recall(
            &admin,
            example.replace("RCL-2026-0091", "RCL-GIVEN").as_bytes(),
            &RecallHeader {
                issued_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 1),
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    assert_eq!(
        given[0].recall.issued_on, "2026-11-01",
        "a date given by the person importing overrides the file"
    );
}

#[test]
fn an_xml_recall_document_is_read_strictly_with_the_lines_of_its_elements() {
    let mut p = pharmacy();
    let doc = r#"<?xml version="1.0" encoding="UTF-8"?>
<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0" creationDate="2026-11-21T08:00:00Z">
  <EPCISBody>
    <EventList>
      <ObjectEvent>
        <eventTime>2026-11-21T08:00:00Z</eventTime>
        <eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
        <epcList>
          <epc>urn:epc:id:sgtin:950600.0013435.S1</epc>
          <epc>urn:epc:id:sgtin:950600.0013435.S1</epc>
          <epc>urn:epc:id:sgtin:950600.013435.S2</epc>
        </epcList>
        <action>OBSERVE</action>
        <disposition>urn:epcglobal:cbv:disp:recalled</disposition>
      </ObjectEvent>
    </EventList>
  </EPCISBody>
</epcis:EPCISDocument>
"#;
    let header = RecallHeader {
        number: Some("RCL-XML".into()),
        class: Some(RecallClass::II),
        reason: Some("Particles".into()),
        ..Default::default()
    };
    let problems = refused(&mut p, doc, &header);
    assert_eq!(
        lines(&problems),
        vec![(10, "epcList"), (11, "epcList")],
        "S1 twice in one list, and a company prefix and item reference that make no GTIN: {problems:#?}"
    );
    let good = doc
        .replacen("950600.0013435.S1", "950600.0013435.S3", 1)
        .replace("950600.013435.S2", "950600.0013435.S2");
    let admin = p.admin.clone();
    let created = p
        .store
        .import_recall(&admin, good.as_bytes(), &header, now())
        .unwrap();
    assert_eq!(
        created[0].recall.issued_on, "2026-11-21",
        "the XML document's creationDate"
    );
    assert_eq!(
        scope(&p, "RCL-XML"),
        vec![
            format!("GTIN {AMOX} serial S3"),
            format!("GTIN {AMOX} serial S1"),
            format!("GTIN {AMOX} serial S2")
        ],
        "every pack of the list, in file order"
    );
}

#[test]
fn a_scope_csv_refuses_repeats_second_expiries_bad_values_and_names_missing_columns() {
    let mut p = pharmacy();
    let header = RecallHeader {
        number: Some("RCL-CSV".into()),
        class: Some(RecallClass::I),
        reason: Some("Particles".into()),
        ..Default::default()
    };
    let csv = format!(
        "gtin,lot,serial,expiry\n\
         {AMOX},L1,S1,2028-12-31\n\
         {AMOX},L2,S1,\n\
         {AMOX},L1,,2029-01-31\n\
         {GAUZE},G7,,\n\
         {GAUZE},G7,,\n\
         {AMOX},,S 2,\n\
         {AMOX},,,2028-12-31\n\
         {AMOX},L3,,31/12/2028\n\
         {GAUZE},,,\n\
         {GAUZE},,,\n"
    );
    let problems = refused(&mut p, &csv, &header);
    assert_eq!(
        lines(&problems),
        vec![
            (3, "serial"),
            (4, "expiry"),
            (6, "lot"),
            (7, "serial"),
            (8, "expiry"),
            (9, "expiry"),
            (11, "gtin"),
        ],
        "S1 again with another lot, L1 with a second expiry, G7 twice, a serial with a space, an expiry with no lot, a date that is not one, every pack of gauze twice: {problems:#?}"
    );
    assert!(
        problems[0].2.contains("two lots: L1 on line 2 and L2 here"),
        "{}",
        problems[0].2
    );

    let problems = refused(&mut p, "lot,serial\nL1,S1\n", &header);
    assert_eq!(
        lines(&problems),
        vec![(1, "gtin")],
        "a missing required column is named: {problems:?}"
    );
    let problems = refused(&mut p, "gtin,lot,serial\n", &header);
    assert!(
        problems.len() == 1 && problems[0].2.contains("lists no packs"),
        "a header and no rows is refused: {problems:?}"
    );
}

#[test]
fn a_file_that_disagrees_with_what_we_received_is_refused_for_a_person_to_look() {
    let mut p = pharmacy();
    let events = [p.receive("S1"), p.receive_gauze(5)];
    p.append(&events);
    let header = RecallHeader {
        number: Some("RCL-LOT".into()),
        class: Some(RecallClass::I),
        reason: Some("Mix-up".into()),
        ..Default::default()
    };
    let csv = format!("gtin,lot,serial,expiry\n{AMOX},L9,S1,\n{GAUZE},G7,,2030-01-31\n");
    let problems = refused(&mut p, &csv, &header);
    assert_eq!(
        lines(&problems),
        vec![(2, "lot"), (3, "expiry")],
        "S1 was received as lot L1, and G7 expires 2029-01-31 here: {problems:#?}"
    );
    let admin = p.admin.clone();
    let csv = format!("gtin,lot,serial,expiry\n{AMOX},L1,S1,2028-12-31\n{GAUZE},G7,,2029-01-31\n");
    let created = p
        .store
        .import_recall(&admin, csv.as_bytes(), &header, now())
        .unwrap();
    assert_eq!(
        (created[0].hold.units, created[0].hold.lot_quantity),
        (1, 5),
        "when the file agrees, what it names is held"
    );
}

#[test]
fn a_pack_named_by_serial_is_covered_whatever_lot_it_was_received_with() {
    let mut p = pharmacy();
    let events = [p.receive("S1")];
    p.append(&events);
    let admin = p.admin.clone();
    let created = p
        .store
        .create_recall(
            &admin,
            &recall::NewRecall {
                number: "RCL-S".into(),
                title: "Amoxicillin".into(),
                class: RecallClass::I,
                reason: "Mix-up".into(),
                instructions: None,
                issuer: None,
                issued_on: now().local_date(),
                scope: vec![ScopeLine {
                    gtin: AMOX.into(),
                    lot: Some("L9".into()),
                    serial: Some("S1".into()),
                }],
            },
            now(),
        )
        .unwrap();
    assert_eq!(
        created.hold.units, 1,
        "S1 (received as lot L1) is the pack the recall names: a lot that differs never lets it out"
    );
    let reach = p.store.recall_reach(&admin, "RCL-S").unwrap();
    assert_eq!(reach.summary.not_received, 0, "{reach:?}");
}

#[test]
fn a_file_with_many_problems_lists_the_first_hundred_and_counts_the_rest() {
    let mut p = pharmacy();
    let header = RecallHeader {
        number: Some("RCL-MANY".into()),
        class: Some(RecallClass::I),
        reason: Some("Particles".into()),
        ..Default::default()
    };
    let mut csv = String::from("gtin,lot\n");
    for i in 0..150 {
        csv.push_str(&format!("0950600013435{},L{i}\n", i % 10));
    }
    let problems = refused(&mut p, &csv, &header);
    // 15 rows have a good check digit (…52); 135 are refused.
    assert_eq!(
        problems.len(),
        101,
        "100 problems and one that counts the rest"
    );
    assert!(problems[100].2.contains("35 more"), "{}", problems[100].2);
    assert!(
        problems.windows(2).all(|w| w[0].0 <= w[1].0),
        "problems in file order"
    );
}

#[test]
fn a_pack_given_two_expiries_is_refused() {
    let mut p = pharmacy();
    let doc = r#"{
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "creationDate": "2026-11-20T10:00:00+01:00",
  "epcisBody": { "eventList": [
    {
      "type": "ObjectEvent", "action": "ADD", "bizStep": "commissioning",
      "epcList": ["https://id.gs1.org/01/09506000134352/21/S1"],
      "ilmd": {"cbvmda:itemExpirationDate": "2028-12-31"}
    },
    {
      "type": "ObjectEvent", "action": "ADD", "bizStep": "commissioning",
      "epcList": ["https://id.gs1.org/01/09506000134352/21/S1"],
      "ilmd": {"cbvmda:itemExpirationDate": "2029-12-31"}
    },
    {
      "type": "AggregationEvent", "action": "ADD", "bizStep": "packing",
      "parentID": "urn:epc:id:sscc:0614141.0000000417",
      "childEPCs": ["https://id.gs1.org/01/09506000134352/21/S1"]
    },
    {
      "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "epcList": ["https://id.gs1.org/01/09506000134352/21/S1"],
      "hosp:recallNotice": {"hosp:firmReference": "RCL-E", "hosp:fdaClass": "I", "hosp:reason": "Mix-up"}
    }
  ]}
}"#;
    let problems = refused(&mut p, doc, &RecallHeader::default());
    assert_eq!(
        lines(&problems),
        vec![(14, "itemExpirationDate")],
        "S1 commissioned twice with two expiries: {problems:#?}"
    );
    assert!(
        problems[0]
            .2
            .contains("2028-12-31 on line 9 and 2029-12-31 here"),
        "{}",
        problems[0].2
    );
}

#[test]
fn a_scope_csv_with_a_nul_byte_or_text_that_is_not_utf8_is_refused_at_the_line() {
    let mut p = pharmacy();
    let header = RecallHeader {
        number: Some("RCL-BYTES".into()),
        class: Some(RecallClass::I),
        reason: Some("Particles".into()),
        ..Default::default()
    };
    let problems = refused(
        &mut p,
        &format!("gtin,lot,serial\n{AMOX},L1,\n{AMOX},L\u{0}2,\n"),
        &header,
    );
    assert_eq!(lines(&problems), vec![(3, "")], "{problems:?}");
    assert!(
        problems[0].2.contains("NUL"),
        "the NUL is named, not printed: {}",
        problems[0].2
    );

    let admin = p.admin.clone();
    let mut bytes = format!("gtin,lot,serial\n{AMOX},L1,\n{AMOX},L").into_bytes();
    bytes.extend([0xff, 0xfe]);
    bytes.extend(b",\n");
    let err = p
        .store
        .import_recall(&admin, &bytes, &header, now())
        .unwrap_err();
    let CoreError::Import(problems) = err else {
        panic!("expected the file's problems, got {err}")
    };
    assert_eq!(
        problems.iter().map(|x| x.line).collect::<Vec<_>>(),
        vec![3],
        "the line with bytes that are not UTF-8: {problems:?}"
    );
}

#[test]
fn a_case_in_a_recalled_list_is_refused_once_the_file_reads() {
    let mut p = pharmacy();
    let doc = r#"{
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "creationDate": "2026-11-20T10:00:00+01:00",
  "epcisBody": { "eventList": [
    {
      "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "epcList": [
        "https://id.gs1.org/01/09506000134352/21/S1",
        "urn:epc:id:sscc:0614141.0000000417"
      ],
      "hosp:recallNotice": {"hosp:firmReference": "RCL-S", "hosp:fdaClass": "I", "hosp:reason": "Mix-up"}
    }
  ]}
}"#;
    let problems = refused(&mut p, doc, &RecallHeader::default());
    assert_eq!(
        lines(&problems),
        vec![(10, "epcList")],
        "a recall cannot know what a case held: {problems:#?}"
    );
    assert!(problems[0].2.contains("SSCC"), "{}", problems[0].2);
}
