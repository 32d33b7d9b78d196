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
