//! The ledger's rules through the `custody` binary: roles are changed by administrators and
//! recorded, the clock cannot be turned back, and a delivery entered late keeps when it happened.

use serde_json::Value;

use super::{pack, Scratch, AMOX, NOW};

#[test]
fn an_administrator_changes_a_role_and_the_last_administrator_stays_one() {
    let s = Scratch::new();
    s.set_up();
    s.ok(&[
        "--as", "alice", "user", "add", "sam", "Sam", "--role", "staff",
    ]);
    let out = s.ok(&["--as", "alice", "user", "role", "sam", "manager"]);
    assert!(out.contains("sam (Sam) is now manager"), "{out}");
    let users: Value =
        serde_json::from_str(&s.ok(&["--as", "alice", "--json", "user", "list"])).unwrap();
    let sam = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == "sam")
        .unwrap();
    assert_eq!(sam["role"], "manager", "the new role is in effect");
    assert!(
        users
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["username"] != "custody:system"),
        "the system principal is not listed as a person"
    );

    let history: Value =
        serde_json::from_str(&s.ok(&["--as", "alice", "--json", "user", "history", "sam"]))
            .unwrap();
    let changes: Vec<(&str, &str, &str)> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap(),
                c["by"].as_str().unwrap(),
                c["role"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        [
            ("user_added", "alice", "staff"),
            ("user_role_changed", "alice", "manager")
        ],
        "sam's account's changes are on the ledger, with who made them"
    );
    let out = s.run(&["--as", "sam", "user", "role", "sam", "admin"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a manager may not promote anyone"
    );
    let out = s.run(&["--as", "alice", "user", "role", "alice", "staff"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("last active administrator"),
        "the last administrator cannot be demoted: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = s.run(&["--as", "alice", "verify"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "the user events and the user table agree: {}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_clock_turned_back_is_refused_with_a_message_about_the_clock() {
    let s = Scratch::pharmacy();
    let receive = [
        "--as",
        "alice",
        "receive",
        "--location",
        "MAIN",
        "--partner",
        "WHOLESALE",
    ];
    let out = s.run_at(NOW, &receive, &pack("SN1"));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = s.run_at("2026-11-21T09:00:00+01:00", &receive, &pack("SN2"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a day behind the ledger is refused: {err}"
    );
    assert!(
        err.contains("clock") && err.contains("STMARY"),
        "the message is about the computer's clock and names the site: {err}"
    );
    let stock: Value = serde_json::from_str(&s.ok(&["--as", "alice", "--json", "stock"])).unwrap();
    assert_eq!(stock[0]["in_stock"], 1, "the second pack was not recorded");

    // The ledger's newest event was recorded by a clock a day ahead: the administrator states it.
    let yesterday = "2026-11-21T09:00:00+01:00";
    let out = s.run_at(
        yesterday,
        &[
            "--as",
            "alice",
            "clock-correct",
            "--reason",
            "PC clock was a day ahead",
        ],
        "",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = s.run_at(yesterday, &receive, &pack("SN2"));
    assert_eq!(
        out.status.code(),
        Some(0),
        "recording goes on after the signed correction: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = s.run_at(yesterday, &["--as", "alice", "verify"], "");
    assert_eq!(
        out.status.code(),
        Some(0),
        "the declared step back is not a finding: {}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_delivery_entered_late_shows_when_it_happened_beside_when_it_was_recorded() {
    let s = Scratch::pharmacy();
    let out = s.ok(&["--as", "alice", "late-entry"]);
    assert!(
        out.contains("3 day(s)"),
        "a new site allows three days: {out}"
    );
    let out = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--occurred",
            "2026-11-20 14:30",
        ],
        &pack("SN1"),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let history = s.ok(&["--as", "alice", "history", AMOX, "SN1"]);
    assert!(
        history.contains("2026-11-20T14:30:00+01:00")
            && history.contains("recorded 2026-11-22T08:00:00"),
        "the occurred time is shown with the recorded one beside it: {history}"
    );

    let out = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--occurred",
            "2026-11-10 14:30",
        ],
        &pack("SN2"),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "twelve days back is refused: {err}"
    );
    assert!(
        err.contains("more than 3 days before now"),
        "the message gives the window: {err}"
    );
    let out = s.run(&["--as", "alice", "late-entry", "--set", "40"]);
    assert_eq!(out.status.code(), Some(1), "more than 31 days is refused");
    s.ok(&[
        "--as", "alice", "user", "add", "sam", "Sam", "--role", "staff",
    ]);
    let out = s.run(&["--as", "sam", "late-entry", "--set", "14"]);
    assert_eq!(out.status.code(), Some(1), "staff may not widen the window");
    let out = s.ok(&["--as", "alice", "late-entry", "--set", "14"]);
    assert!(out.contains("14 day(s)"), "{out}");
    let out = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--occurred",
            "2026-11-10 14:30",
        ],
        &pack("SN2"),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "within a 14-day window: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn verify_exits_4_when_a_role_is_edited_behind_the_stores_back() {
    let s = Scratch::new();
    s.set_up();
    s.ok(&[
        "--as", "alice", "user", "add", "sam", "Sam", "--role", "staff",
    ]);
    assert!(s.ok(&["--as", "alice", "verify"]).contains("Ledger intact"));
    let conn = rusqlite::Connection::open(s.db()).unwrap();
    conn.execute_batch("UPDATE user SET role = 'admin' WHERE username = 'sam'")
        .unwrap();
    // No user event since the clean check's checkpoint: the edit is for --full.
    let out = s.run(&["--as", "alice", "verify", "--full"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(4),
        "a promotion made with sqlite3 fails verification: {text}"
    );
    assert!(
        text.contains("user sam") && text.contains("admin") && text.contains("staff"),
        "the account and both roles are named: {text}"
    );
}
