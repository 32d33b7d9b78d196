//! The test clock (these tests run on a build with the `test-clock` feature): `CUSTODY_NOW`
//! sets the time events are recorded at, and never the lockout's. That a build without the
//! feature ignores it is tested by `context`'s unit tests and by `make clock-check` on
//! target/debug/custody.

use serde_json::Value;

use crate::{pack, Scratch, NOW};

#[test]
fn a_test_build_records_events_at_custody_now() {
    let s = Scratch::pharmacy();
    let out = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
        ],
        &pack("SN1"),
    );
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).is_empty(),
        "a honoured clock prints no warning: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let history: Value = serde_json::from_str(&s.ok(&[
        "--as",
        "alice",
        "--json",
        "history",
        "09506000134352",
        "SN1",
    ]))
    .unwrap();
    let at = history["events"][0]["occurred_at"].as_str().unwrap();
    assert_eq!(
        custody_core::Timestamp::parse(at),
        custody_core::Timestamp::parse(NOW),
        "the test build records the fixed clock, which every other test relies on"
    );
}

#[test]
fn the_lockout_runs_on_the_computers_clock_whatever_custody_now_says() {
    let s = Scratch::new();
    s.set_up();
    for _ in 0..5 {
        let out =
            s.run_at_with_password(NOW, "not alice's password", &["--as", "alice", "stock"], "");
        assert_eq!(out.status.code(), Some(1));
    }
    // Were the lockout on CUSTODY_NOW, a clock set a century ahead would lift it.
    let out = s.run_at_with_password(
        "2126-11-22T09:00:00+01:00",
        crate::PASSWORD,
        &["--as", "alice", "stock"],
        "",
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "moving CUSTODY_NOW on must not end a lockout"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is locked"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
