//! `custody recall import`: every problem of a refused file on stderr, one recall per notice.

use super::Scratch;

#[test]
fn a_refused_recall_file_prints_every_problem_with_its_line_and_enters_nothing() {
    let s = Scratch::new();
    s.set_up();
    let csv = s.dir.path().join("scope.csv");
    std::fs::write(
        &csv,
        "gtin,lot,serial\n09506000134352,L1,S1\n09506000134353,L1,\n09506000134352,L2,S1\n09506000134352,,S 3\n",
    )
    .unwrap();
    let args = [
        "--as",
        "alice",
        "recall",
        "import",
        csv.to_str().unwrap(),
        "--number",
        "RCL-1",
        "--class",
        "I",
        "--reason",
        "Particles",
    ];
    let out = s.run(&args);
    assert_eq!(out.status.code(), Some(1), "a refused file is an error");
    let err = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "line 3, gtin",
        "line 4, serial",
        "line 5, serial",
        "3 problems",
    ] {
        assert!(
            err.contains(expected),
            "every problem is printed, {expected:?} too: {err}"
        );
    }
    assert!(
        s.ok(&["--as", "alice", "--json", "recall", "list"]).trim() == "[]",
        "nothing entered"
    );
}

#[test]
fn a_document_with_two_notices_is_imported_as_two_recalls() {
    let s = Scratch::new();
    s.set_up();
    let doc = s.dir.path().join("recalls.jsonld");
    std::fs::write(
        &doc,
        r#"{
  "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-11-20T10:00:00+01:00",
  "epcisBody": { "eventList": [
    { "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "quantityList": [{"epcClass": "https://id.gs1.org/01/09506000134369/10/G7", "quantity": 1}],
      "hosp:recallNotice": {"hosp:firmReference": "RCL-A", "hosp:fdaClass": "I", "hosp:reason": "Sterility"} },
    { "type": "ObjectEvent", "action": "OBSERVE", "disposition": "recalled",
      "epcList": ["https://id.gs1.org/01/09506000134352/21/S1"],
      "hosp:recallNotice": {"hosp:firmReference": "RCL-B", "hosp:fdaClass": "II", "hosp:reason": "Label"} }
  ]}
}"#,
    )
    .unwrap();
    let out = s.ok(&["--as", "alice", "recall", "import", doc.to_str().unwrap()]);
    assert!(
        out.contains("Imported recall RCL-A") && out.contains("Imported recall RCL-B"),
        "each notice is a recall of its own: {out}"
    );
    let list: serde_json::Value =
        serde_json::from_str(&s.ok(&["--as", "alice", "--json", "recall", "list"])).unwrap();
    let mut numbers: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["recall"]["number"].as_str().unwrap())
        .collect();
    numbers.sort_unstable();
    assert_eq!(numbers, vec!["RCL-A", "RCL-B"]);
}
