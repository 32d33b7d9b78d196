//! Wrong answers found while trying the product (issue 16, section 6, and the CSV rule of
//! section 4), end to end through the `custody` binary: a count goes on past scans it cannot
//! count and holds a never-received pack; a label typed with spaces decodes in the lenient
//! mode only; CSV reports never hold a cell a spreadsheet would run.

use serde_json::Value;

use super::{pack, Scratch, AMOX};

/// A site with MAIN, a quarantine shelf and one serialized product named `name`.
fn pharmacy(name: &str) -> Scratch {
    let s = Scratch::pharmacy_selling(name);
    s.ok(&[
        "--as",
        "alice",
        "location",
        "add",
        "QUAR",
        "Quarantine",
        "--kind",
        "quarantine",
    ]);
    s
}

#[test]
fn a_count_scan_that_cannot_be_counted_is_answered_and_the_count_goes_on() {
    let s = pharmacy("Amoxicillin 500 mg caps x21");
    let out = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--reference",
            "PO-1",
        ],
        &pack("SN1"),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let started: Value = serde_json::from_str(&s.ok(&[
        "--as",
        "alice",
        "--json",
        "count",
        "start",
        "--location",
        "MAIN",
    ]))
    .unwrap();
    let id = started["id"].as_i64().unwrap().to_string();
    let scans = format!(
        "]E09506000134352\n]d2010950600013435517281231\n{}{}",
        pack("SN1"),
        pack("STRAY")
    );
    let out = s.run_with_stdin(&["--as", "alice", "--json", "count", "scan", &id], &scans);
    assert!(
        out.status.success(),
        "a scan the count cannot use is an answer, not an error: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let codes: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["code"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        codes,
        ["missing_serial", "decode_error", "counted", "not_received"],
        "one answer per scan, and the scans after the linear barcode and the unreadable code are still counted"
    );
    s.ok(&["--as", "alice", "count", "finish", &id]);
    let applied = s.ok(&[
        "--as",
        "alice",
        "count",
        "apply",
        &id,
        "--reason",
        "spot check",
    ]);
    assert!(
        applied.contains("1 suspect to quarantine"),
        "the never-received pack is held: {applied}"
    );
    let history = s.ok(&["--as", "alice", "history", AMOX, "STRAY"]);
    assert!(
        history.contains("count_adjust") && history.contains("never received"),
        "the hold is on the pack's history with its reason: {history}"
    );
    assert_eq!(
        s.run(&["--as", "alice", "verify"]).status.code(),
        Some(0),
        "the ledger stays intact"
    );
}

#[test]
fn a_label_typed_with_spaces_decodes_only_in_the_lenient_mode() {
    let s = Scratch::new();
    let typed = "(01) 09506000134352 (17) 251231 (10) AB12 (21) X1";
    let input = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"input": typed, "options": {"lenient_hri_whitespace": true}}),
        serde_json::json!({"input": typed}),
        serde_json::json!({"input": "(01) 09506000134352 (21) X1 Y2", "options": {"lenient_hri_whitespace": true}}),
    );
    let out = s.run_with_stdin(&["scan", "decode", "--today", "2026-11-22"], &input);
    assert!(out.status.success());
    let answers: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        (
            &answers[0]["gtin"],
            &answers[0]["expiry"],
            &answers[0]["lot"],
            &answers[0]["serial"]
        ),
        (
            &Value::from(AMOX),
            &Value::from("2025-12-31"),
            &Value::from("AB12"),
            &Value::from("X1")
        ),
        "lenient: the spaces beside the bracketed AIs are dropped: {}",
        answers[0]
    );
    assert!(
        answers[1]["error"]["kind"].is_string(),
        "strict: the same text is refused: {}",
        answers[1]
    );
    assert_eq!(
        answers[2]["error"]["kind"], "invalid_character",
        "a space inside a serial is refused even in the lenient mode: {}",
        answers[2]
    );
}

#[test]
fn a_csv_report_never_holds_a_cell_a_spreadsheet_would_run() {
    let s = pharmacy("=HYPERLINK(\"http://evil.example\",\"Amoxicillin\")");
    let out = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--reference",
            "@PO-1",
        ],
        &pack("SN1"),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = s.dir.path().join("stock.csv");
    s.ok(&[
        "--as",
        "alice",
        "report",
        "stock-on-hand",
        "--out",
        path.to_str().unwrap(),
    ]);
    let csv = std::fs::read_to_string(&path).unwrap();
    let mut cells = 0;
    for record in csv_records(&csv) {
        for cell in &record {
            cells += 1;
            let dangerous = cell.starts_with(['=', '+', '@', '\t', '\r'])
                || (cell.starts_with('-') && cell[1..].parse::<f64>().is_err());
            assert!(
                !dangerous,
                "{cell:?} would run as a formula in a spreadsheet; every CSV cell is neutralised:\n{csv}"
            );
        }
    }
    assert!(cells > 0, "the report has rows:\n{csv}");
    assert!(
        csv.contains("'=HYPERLINK("),
        "the product's name stays readable, with the quote in front:\n{csv}"
    );
}

/// The cells of a CSV file (RFC 4180: quoted cells may hold commas, quotes and line breaks).
fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = vec![Vec::new()];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => records.last_mut().unwrap().push(std::mem::take(&mut cell)),
            (false, '\n') => {
                records.last_mut().unwrap().push(std::mem::take(&mut cell));
                records.push(Vec::new());
            }
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() {
        records.last_mut().unwrap().push(cell);
    }
    records.retain(|r| !r.is_empty());
    records
}
