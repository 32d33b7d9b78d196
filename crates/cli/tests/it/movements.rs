//! The movement commands and `custody settings` over custody-api: the site's scanner settings
//! decode the command line's scans, a release is signed `approved` as in the app, a receipt
//! against an expected shipment takes its reference, and a refusal in `--json` carries the api's
//! code and arguments.

use serde_json::Value;

use crate::{pack, Scratch, AMOX};

/// A scan of one Amoxicillin pack (lot LOT42, expiry 2028-12-31) whose scanner sends `sep` in
/// place of the group separator.
fn pack_with(sep: &str, serial: &str) -> String {
    format!("]d201{AMOX}1728123110LOT42{sep}21{serial}\n")
}

/// `custody --as alice --json history AMOX SERIAL`.
fn history(s: &Scratch, serial: &str) -> Value {
    serde_json::from_str(&s.ok(&["--as", "alice", "--json", "history", AMOX, serial]))
        .expect("history --json is JSON")
}

/// Runs a movement as alice with `args`, scans on stdin; (exit status, stdout, stderr).
fn moved(s: &Scratch, args: &[&str], scans: &str) -> (Option<i32>, String, String) {
    let mut full = vec!["--as", "alice"];
    full.extend(args);
    let out = s.run_with_stdin(&full, scans);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The `{"error": …}` object a `--json` run printed on stderr.
fn json_error(stderr: &str) -> Value {
    let v: Value = serde_json::from_str(stderr.trim())
        .unwrap_or_else(|e| panic!("stderr is one JSON document ({e}): {stderr}"));
    v["error"].clone()
}

#[test]
fn the_sites_tilde_substitute_set_with_custody_settings_decodes_a_receive_scan() {
    let s = Scratch::pharmacy();
    let receive = [
        "receive",
        "--location",
        "MAIN",
        "--partner",
        "WHOLESALE",
        "--reference",
        "PO-1",
    ];
    let (code, out, _) = moved(&s, &receive, &pack_with("~", "TILDE0"));
    assert_eq!(
        code,
        Some(3),
        "without the setting '~' is not a separator and the scan is blocked: {out}"
    );
    let set = s.ok(&["--as", "alice", "settings", "set", "--gs-substitute", "~"]);
    assert!(
        set.contains("'~'"),
        "settings set shows the settings as stored: {set}"
    );
    let (code, out, err) = moved(&s, &receive, &pack_with("~", "TILDE1"));
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.starts_with("ACCEPTED") && out.contains("TILDE1"),
        "the site's '~' separates the lot from the serial for the command line too: {out}"
    );
    assert_eq!(
        history(&s, "TILDE1")["unit"]["lot"],
        "LOT42",
        "the lot ends where '~' stands"
    );
}

#[test]
fn a_run_override_replaces_the_sites_scanner_and_receipt_settings_for_that_run_only() {
    let s = Scratch::pharmacy();
    s.ok(&["--as", "alice", "settings", "set", "--gs-substitute", "~"]);
    let receive = [
        "receive",
        "--location",
        "MAIN",
        "--partner",
        "WHOLESALE",
        "--reference",
        "PO-1",
    ];
    let mut with_caret = receive.to_vec();
    with_caret.extend(["--gs-substitute", "^"]);
    let (code, out, err) = moved(&s, &with_caret, &pack_with("^", "CARET1"));
    assert_eq!(
        code,
        Some(0),
        "--gs-substitute is this run's scanner: {out}{err}"
    );
    let (code, out, _) = moved(&s, &with_caret, &pack_with("~", "TILDE2"));
    assert_eq!(
        code,
        Some(3),
        "the run's substitutes replace the site's, they do not add to them: {out}"
    );
    let (code, out, _) = moved(&s, &receive, &pack_with("~", "TILDE3"));
    assert_eq!(
        code,
        Some(0),
        "the next run without the flag reads the site's settings again: {out}"
    );

    // A pack expiring 85 days from the tests' clock (2026-11-22): short-dated by the site's
    // window of 90 days, not by a run's window of 30.
    let soon = format!("]d201{AMOX}1727021510LOT7\u{1d}21SOON1\n");
    let mut short = receive.to_vec();
    short.extend(["--short-dated-days", "30"]);
    let (code, out, err) = moved(&s, &short, &soon);
    assert!(
        code == Some(0) && out.starts_with("ACCEPTED"),
        "a run's --short-dated-days 30 does not warn at 85 days: {out}{err}"
    );
    let soon2 = soon.replace("SOON1", "SOON2");
    let (code, out, _) = moved(&s, &receive, &soon2);
    assert!(
        code == Some(0) && out.starts_with("WARNING") && out.contains("short_dated"),
        "the site's 90 days warn at 85: {out}"
    );

    let mut unusable = receive.to_vec();
    unusable.extend(["--json", "--gs-substitute", "-"]);
    let (code, _, err) = moved(&s, &unusable, &pack("DASH1"));
    assert_eq!(code, Some(1), "'-' occurs in serials: {err}");
    assert_eq!(
        json_error(&err)["code"],
        "settings.gs_substitute_unusable",
        "a run's substitute is refused as a site's would be"
    );
}

#[test]
fn a_release_from_quarantine_is_signed_approved_and_a_destruction_performed() {
    let s = Scratch::pharmacy();
    let (code, _, err) = moved(
        &s,
        &[
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--reference",
            "PO-1",
        ],
        &format!("{}{}", pack("REL1"), pack("DES1")),
    );
    assert_eq!(code, Some(0), "{err}");
    let (code, _, err) = moved(
        &s,
        &["quarantine", "--location", "MAIN", "--reason", "carton wet"],
        &pack("REL1"),
    );
    assert_eq!(code, Some(0), "{err}");
    let (code, out, err) = moved(&s, &["release", "--location", "MAIN"], &pack("REL1"));
    assert_eq!(code, Some(0), "{out}{err}");
    let (code, out, err) = moved(
        &s,
        &["destroy", "--location", "MAIN", "--reason", "vial broken"],
        &pack("DES1"),
    );
    assert_eq!(code, Some(0), "{out}{err}");

    let released = history(&s, "REL1");
    let last = released["events"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        (last["kind"].as_str(), last["signature"].as_str()),
        (Some("release"), Some("approved")),
        "a release is QA's approval, signed so on the ledger as the app signs it: {last}"
    );
    let text = s.ok(&["--as", "alice", "history", AMOX, "REL1"]);
    assert!(
        text.contains("signed (approved) by Alice Smith"),
        "history shows the meaning: {text}"
    );
    let destroyed = history(&s, "DES1");
    let last = destroyed["events"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        last["signature"], "performed",
        "a destruction is signed by who performed it: {last}"
    );
}

#[test]
fn a_release_with_a_wrong_password_is_refused_with_a_code_and_nothing_released() {
    let s = Scratch::pharmacy();
    let (code, _, err) = moved(
        &s,
        &[
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--reference",
            "PO-1",
        ],
        &pack("REL2"),
    );
    assert_eq!(code, Some(0), "{err}");
    s.ok(&[
        "--as", "alice", "user", "add", "quinn", "Quinn", "--role", "qa",
    ]);
    let (code, _, err) = moved(
        &s,
        &["quarantine", "--location", "MAIN", "--reason", "carton wet"],
        &pack("REL2"),
    );
    assert_eq!(code, Some(0), "{err}");
    // Sign-in and the signature both read CUSTODY_PASSWORD: a wrong one is refused at
    // sign-in already; the api's own refusal of a signature is in the api's verdict matrix.
    let out = s.run_at_with_password(
        crate::NOW,
        "not the password",
        &["--as", "quinn", "--json", "release", "--location", "MAIN"],
        &pack("REL2"),
    );
    assert_eq!(out.status.code(), Some(1), "a wrong password is an error");
    let error = json_error(&String::from_utf8_lossy(&out.stderr));
    assert!(
        error["code"].as_str().is_some_and(|c| c != "cli.error"),
        "the refusal is the api's, with its code: {error}"
    );
    assert_eq!(
        history(&s, "REL2")["unit"]["status"],
        "quarantined",
        "nothing was released"
    );
}

#[test]
fn a_receipt_against_an_expected_shipment_without_a_reference_takes_the_shipments() {
    let s = Scratch::pharmacy();
    let csv = s.dir.path().join("asn.csv");
    std::fs::write(
        &csv,
        format!("gtin,serial,lot,expiry,quantity,po\n{AMOX},ASN1,LOT42,2028-12-31,1,\n"),
    )
    .unwrap();
    let shipment: Value = serde_json::from_str(&s.ok(&[
        "--as",
        "alice",
        "--json",
        "expected",
        "import",
        csv.to_str().unwrap(),
        "--reference",
        "DESADV-88123",
    ]))
    .unwrap();
    let id = shipment["id"]
        .as_i64()
        .expect("the shipment's id")
        .to_string();
    let (code, out, err) = moved(
        &s,
        &[
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--expected",
            &id,
        ],
        &pack("ASN1"),
    );
    assert_eq!(code, Some(0), "{out}{err}");
    let events = history(&s, "ASN1")["events"].clone();
    assert_eq!(
        events[0]["reference"], "DESADV-88123",
        "the receipt is filed under the despatch advice it was checked against: {events}"
    );
}

#[test]
fn a_refusal_in_json_carries_the_apis_code_and_arguments_on_stderr() {
    let s = Scratch::pharmacy();
    let (code, _, err) = moved(
        &s,
        &[
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--reference",
            "PO-1",
        ],
        &pack("Q1"),
    );
    assert_eq!(code, Some(0), "{err}");
    let (code, out, err) = moved(
        &s,
        &["--json", "quarantine", "--location", "MAIN"],
        &pack("Q1"),
    );
    assert_eq!(code, Some(1), "a refusal exits 1, as --help says");
    assert!(
        out.is_empty(),
        "nothing was scanned, nothing printed: {out}"
    );
    let error = json_error(&err);
    assert_eq!(
        (
            error["code"].as_str(),
            error["args"]["field"].as_str(),
            error["args"]["movement"].as_str()
        ),
        (
            Some("movement.reason_required"),
            Some("reason"),
            Some("quarantine")
        ),
        "a script reads why from the code and its arguments, not the sentence: {error}"
    );
    assert!(
        error["message"].as_str().is_some_and(|m| !m.is_empty()),
        "and a person still reads a message: {error}"
    );
    assert_eq!(
        history(&s, "Q1")["unit"]["status"],
        "in_stock",
        "nothing was recorded"
    );

    let (code, _, err) = moved(&s, &["quarantine", "--location", "MAIN"], &pack("Q1"));
    assert_eq!(code, Some(1));
    assert!(
        err.starts_with("custody: ") && !err.trim_start().starts_with('{'),
        "without --json the refusal is a line for a person: {err}"
    );
}

#[test]
fn settings_are_shown_and_changed_by_managers_through_the_api() {
    let s = Scratch::pharmacy();
    let shown: Value =
        serde_json::from_str(&s.ok(&["--as", "alice", "--json", "settings", "show"])).unwrap();
    assert_eq!(
        (
            shown["scanner"]["gs_substitutes"].clone(),
            shown["alert_windows"].clone()
        ),
        (serde_json::json!([]), serde_json::json!([30, 60, 90])),
        "a new site has no substitutes and the 30, 60, 90 windows: {shown}"
    );
    let set: Value = serde_json::from_str(&s.ok(&[
        "--as",
        "alice",
        "--json",
        "settings",
        "set",
        "--gs-substitute",
        "~",
        "--gs-substitute",
        "<GS>",
        "--ignore-leading-gs",
        "true",
        "--plain-symbol-gs1",
        "true",
        "--short-dated-days",
        "120",
        "--price-tolerance",
        "5",
        "--alert-windows",
        "14,30",
    ]))
    .unwrap();
    let expected = serde_json::json!({
        "scanner": {"gs_substitutes": ["~", "<GS>"], "ignore_leading_gs": true, "accept_gs1_in_plain_symbol": true},
        "alert_windows": [14, 30],
        "short_dated_days": 120,
        "price_tolerance_percent": 5,
    });
    assert_eq!(set, expected, "every option given is stored");
    let windows = s.ok(&["--as", "alice", "alert-windows"]);
    assert!(
        windows.contains("14, 30"),
        "alert-windows and settings are the same setting: {windows}"
    );
    let cleared: Value = serde_json::from_str(&s.ok(&[
        "--as",
        "alice",
        "--json",
        "settings",
        "set",
        "--no-gs-substitutes",
    ]))
    .unwrap();
    assert_eq!(
        (
            cleared["scanner"]["gs_substitutes"].clone(),
            cleared["short_dated_days"].clone()
        ),
        (serde_json::json!([]), serde_json::json!(120)),
        "--no-gs-substitutes clears the list and leaves the rest as it was: {cleared}"
    );

    let out = s.run(&["--as", "alice", "settings", "set"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "settings set with nothing to change is a usage error"
    );
    s.ok(&[
        "--as", "alice", "user", "add", "sam", "Sam", "--role", "staff",
    ]);
    let out = s.run(&[
        "--as",
        "sam",
        "--json",
        "settings",
        "set",
        "--short-dated-days",
        "1",
    ]);
    assert_eq!(out.status.code(), Some(1), "staff may not change the site");
    let error = json_error(&String::from_utf8_lossy(&out.stderr));
    assert!(
        error["code"].as_str().is_some_and(|c| c != "cli.error"),
        "refused by the api, with a code: {error}"
    );
    let shown: Value =
        serde_json::from_str(&s.ok(&["--as", "sam", "--json", "settings", "show"])).unwrap();
    assert_eq!(
        shown["short_dated_days"], 120,
        "staff may read the settings, and nothing changed"
    );
}

#[test]
fn counts_and_history_read_scans_with_the_sites_substitute_as_movements_do() {
    let s = Scratch::pharmacy();
    s.ok(&["--as", "alice", "settings", "set", "--gs-substitute", "~"]);
    let scan = pack_with("~", "TILDE9");
    let (code, out, err) = moved(
        &s,
        &[
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--reference",
            "PO-1",
        ],
        &scan,
    );
    assert_eq!(code, Some(0), "{out}{err}");
    let h: Value =
        serde_json::from_str(&s.ok(&["--as", "alice", "--json", "history", scan.trim_end()]))
            .unwrap();
    assert_eq!(
        h["unit"]["serial"], "TILDE9",
        "history reads the scan as the receipt did: {h}"
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
    let out = s.run_with_stdin(&["--as", "alice", "--json", "count", "scan", &id], &scan);
    let answer: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("one answer ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    assert_eq!(
        answer["code"], "counted",
        "the count reads the site's '~' as the separator: {answer}"
    );
}

#[test]
fn a_run_with_a_mistake_in_its_arguments_is_refused_before_anything_is_scanned() {
    let s = Scratch::pharmacy();
    for (args, code) in [
        (
            &["--json", "quarantine", "--location", "MAIN"][..],
            "movement.reason_required",
        ),
        (
            &["--json", "transfer", "--location", "MAIN", "--to", "MAIN"][..],
            "movement.transfer_to_same_location",
        ),
        (
            &[
                "--json",
                "receive",
                "--location",
                "MAIN",
                "--partner",
                "WHOLESALE",
                "--occurred",
                "yesterday",
            ][..],
            "movement.occurred_unreadable",
        ),
        (
            &["--json", "receive", "--location", "MAIN"][..],
            "movement.receipt_needs_counterparty",
        ),
    ] {
        let (status, out, err) = moved(&s, args, "");
        assert_eq!(
            (status, json_error(&err)["code"].as_str()),
            (Some(1), Some(code)),
            "{args:?} is refused with no scan given, so a person fixes it before scanning: {out}{err}"
        );
    }
    let (status, _, err) = moved(
        &s,
        &["receive", "--location", "NOWHERE", "--partner", "WHOLESALE"],
        "",
    );
    assert_eq!(
        status,
        Some(1),
        "an unknown location is refused at once: {err}"
    );
    assert!(err.contains("NOWHERE"), "the refusal names it: {err}");
}
