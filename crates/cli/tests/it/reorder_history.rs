//! `custody reorder history`: each change of a rule, newest first, as a table and as JSON.

use serde_json::{json, Value};

use crate::{Scratch, AMOX};

fn set_rule(s: &Scratch, now: &str, min: &str, max: &str) {
    let args = [
        "--as",
        "alice",
        "reorder",
        "set",
        "--product",
        AMOX,
        "--location",
        "MAIN",
        "--min",
        min,
        "--max",
        max,
        "--lead-time",
        "5",
    ];
    let out = s.run_at(now, &args, "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn reorder_history_lists_each_change_newest_first_with_who_and_the_levels() {
    let s = Scratch::pharmacy();
    let history = ["--as", "alice", "reorder", "history"];
    assert_eq!(s.ok(&history).trim(), "No reorder rule has been changed.");
    set_rule(&s, "2026-11-20T10:00:00+01:00", "10", "40");
    set_rule(&s, "2026-11-21T10:00:00+01:00", "10", "40");
    set_rule(&s, "2026-11-21T16:00:00+01:00", "15", "50");
    let table = s.ok(&history);
    let lines: Vec<&str> = table.lines().filter(|l| !l.starts_with("---")).collect();
    assert_eq!(
        lines.len(),
        3,
        "a header and two changes: the same levels saved again is none\n{table}"
    );
    for (line, expected) in lines.iter().zip([
        [
            "changed", "by", "location", "gtin", "product", "before", "after",
        ]
        .as_slice(),
        &[
            "2026-11-21T16:00:00+01:00",
            "alice",
            "MAIN",
            AMOX,
            "min 10, max 40, 5 d",
            "min 15, max 50, 5 d",
        ],
        &[
            "2026-11-20T10:00:00+01:00",
            "alice",
            "MAIN",
            AMOX,
            "(new rule)",
            "min 10, max 40, 5 d",
        ],
    ]) {
        for word in expected {
            assert!(line.contains(word), "{word:?} in {line:?}\n{table}");
        }
    }
    let json: Value = serde_json::from_str(&s.ok(&[
        "--as",
        "alice",
        "--json",
        "reorder",
        "history",
        "--product",
        AMOX,
        "--location",
        "MAIN",
        "--from",
        "2026-11-21",
    ]))
    .unwrap();
    assert_eq!(
        json,
        json!([{
            "changed_at": "2026-11-21T16:00:00+01:00",
            "changed_by": "alice",
            "changed_by_name": "Alice Smith",
            "gtin": AMOX,
            "product": "Amoxicillin 500 mg caps x21",
            "location": "MAIN",
            "old": {"reorder_point": 10, "par_level": 40, "lead_time_days": 5},
            "new": {"reorder_point": 15, "par_level": 50, "lead_time_days": 5}
        }]),
        "the filters select by product, location and local day"
    );
    let out = s.run(&[
        "--as",
        "alice",
        "reorder",
        "history",
        "--location",
        "NOWHERE",
    ]);
    assert!(!out.status.success(), "an unknown location is refused");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("NOWHERE"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
