//! Every import hands the api the file's bytes as read: a byte that is not UTF-8 is reported on
//! its line, never replaced by the command line (a replaced byte would be imported as a different
//! GTIN, lot or serial than the file says, or reported on no line at all).

use serde_json::Value;

use crate::{Scratch, AMOX};

/// One import with a bad byte on line 3, and how to tell nothing was imported.
struct Case {
    what: &'static str,
    file: &'static str,
    content: Vec<u8>,
    args: Vec<&'static str>,
    nothing_imported: (&'static [&'static str], Value),
}

fn with_bad_byte_on_line_3(header: &str, good: &str, bad_prefix: &str) -> Vec<u8> {
    let mut v = format!("{header}\n{good}\n{bad_prefix}").into_bytes();
    v.push(0xff);
    v.extend_from_slice(b"X\n");
    v
}

fn check(s: &Scratch, case: Case) {
    let path = s.dir.path().join(case.file);
    std::fs::write(&path, &case.content).unwrap();
    let mut args = vec!["--as", "alice", "--json"];
    args.extend(&case.args);
    args.push(path.to_str().unwrap());
    let out = s.run(&args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}: a file with a byte that is not UTF-8 is refused",
        case.what
    );
    let err: Value = serde_json::from_slice(&out.stderr).unwrap_or_else(|e| {
        panic!(
            "{}: --json refusals are JSON ({e}): {}",
            case.what,
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let message = err["error"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("line 3"),
        "{}: the refusal names the line the bad byte is on: {err}",
        case.what
    );
    let mut list = vec!["--as", "alice", "--json"];
    list.extend(case.nothing_imported.0);
    let after: Value = serde_json::from_str(&s.ok(&list)).unwrap();
    assert_eq!(
        after, case.nothing_imported.1,
        "{}: all lines or none",
        case.what
    );
}

#[test]
fn a_byte_that_is_not_utf8_is_reported_on_its_line_by_every_import() {
    let s = Scratch::pharmacy();
    let cases = [
        Case {
            what: "product import",
            file: "products.csv",
            content: with_bad_byte_on_line_3(
                "gtin,name",
                "09506000134369,Good",
                "09506000134376,Bad",
            ),
            args: vec!["product", "import"],
            nothing_imported: (
                &["product", "list", "--search", "Good"],
                Value::Array(vec![]),
            ),
        },
        Case {
            what: "reorder import",
            file: "rules.csv",
            content: with_bad_byte_on_line_3(
                "gtin,location,reorder_point,par_level",
                &format!("{AMOX},MAIN,5,20"),
                &format!("{AMOX},MAIN,5,2"),
            ),
            args: vec!["reorder", "import"],
            nothing_imported: (&["reorder", "list"], Value::Array(vec![])),
        },
        Case {
            what: "expected import",
            file: "advice.csv",
            content: with_bad_byte_on_line_3(
                "gtin,serial,lot,expiry,quantity,po",
                &format!("{AMOX},A1,LOT42,2028-12-31,1,PO-9"),
                &format!("{AMOX},A2,LOT"),
            ),
            args: vec!["expected", "import"],
            nothing_imported: (&["expected", "list"], Value::Array(vec![])),
        },
        Case {
            what: "recall import",
            file: "recall.csv",
            content: with_bad_byte_on_line_3(
                "gtin,lot,serial",
                &format!("{AMOX},LOT42,"),
                &format!("{AMOX},LOT"),
            ),
            args: vec![
                "recall", "import", "--number", "R-9", "--class", "II", "--reason", "test",
            ],
            nothing_imported: (&["recall", "list"], Value::Array(vec![])),
        },
    ];
    for case in cases {
        check(&s, case);
    }
}
