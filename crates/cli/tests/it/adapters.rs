//! What the command line no longer decides for itself: a count's scans are read with the site's
//! scanner settings (a run may override them), a signature's meaning and the need for one are the
//! api's, and a file refused by the api's rule keeps its code under `--json`.

use serde_json::Value;

use crate::{Scratch, AMOX};

/// A scan of one Amoxicillin pack whose scanner sends `sep` in place of the group separator.
fn pack_with(sep: &str, serial: &str) -> String {
    format!("]d201{AMOX}1728123110LOT42{sep}21{serial}\n")
}

/// The `{"error": …}` object a `--json` run printed on stderr.
fn json_error(out: &std::process::Output) -> Value {
    let v: Value = serde_json::from_slice(&out.stderr).unwrap_or_else(|e| {
        panic!(
            "stderr is one JSON document ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    v["error"].clone()
}

/// Counts one scan as alice; the answer's code.
fn count_scan(s: &Scratch, extra: &[&str], scan: &str) -> String {
    let mut args = vec!["--as", "alice", "--json", "count", "scan", "1"];
    args.extend(extra);
    let out = s.run_with_stdin(&args, scan);
    assert!(
        out.status.success(),
        "count scan runs: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["code"].as_str().unwrap_or_default().to_string()
}

#[test]
fn a_count_reads_scans_with_the_sites_scanner_settings_and_a_run_may_override_them() {
    let s = Scratch::pharmacy();
    s.ok(&["--as", "alice", "settings", "set", "--gs-substitute", "~"]);
    s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
        ],
        &pack_with("~", "C1"),
    );
    s.ok(&["--as", "alice", "count", "start", "--location", "MAIN"]);
    assert_eq!(
        count_scan(&s, &[], &pack_with("~", "C1")),
        "counted",
        "the site's '~' is read as the group separator in a count, as in a receipt"
    );
    assert_eq!(
        count_scan(&s, &["--gs-substitute", "^"], &pack_with("~", "C1")),
        "decode_error",
        "--gs-substitute replaces the site's substitutes for this run"
    );
    assert_eq!(
        count_scan(&s, &["--gs-substitute", "^"], &pack_with("^", "C1")),
        "already_counted",
        "the run's own substitute reads the pack"
    );
}

#[test]
fn a_closure_or_adjustment_signed_performed_is_refused_by_the_api_before_the_password() {
    let s = Scratch::pharmacy();
    s.ok(&["--as", "alice", "count", "start", "--location", "MAIN"]);
    s.ok(&["--as", "alice", "count", "finish", "1"]);
    let out = s.run(&[
        "--as",
        "alice",
        "--json",
        "count",
        "apply",
        "1",
        "--reason",
        "stocktake",
        "--meaning",
        "performed",
    ]);
    assert_eq!(
        json_error(&out)["code"],
        "count.apply_meaning",
        "nobody performs an adjustment: the api refuses the meaning, by code"
    );
    let out = s.run(&[
        "--as",
        "alice",
        "--json",
        "recall",
        "close",
        "NOPE",
        "--meaning",
        "performed",
    ]);
    assert_eq!(
        json_error(&out)["code"],
        "recall.close_meaning",
        "nor a recall's closure"
    );
}

#[test]
fn a_report_onto_an_existing_file_keeps_the_apis_code_and_says_what_to_do() {
    let s = Scratch::pharmacy();
    let out_file = s.dir.path().join("stock.csv");
    std::fs::write(&out_file, "kept").unwrap();
    let out = s.run(&[
        "--as",
        "alice",
        "--json",
        "report",
        "stock-on-hand",
        "--out",
        out_file.to_str().unwrap(),
    ]);
    let e = json_error(&out);
    assert_eq!(
        (e["code"].as_str(), e["args"]["path"].as_str()),
        (Some("files.exists"), out_file.to_str()),
        "a script reads the api's code and the path: {e}"
    );
    assert!(
        e["message"].as_str().is_some_and(|m| m.contains("--force")),
        "a person reads what to do: {e}"
    );
    assert_eq!(
        std::fs::read_to_string(&out_file).unwrap(),
        "kept",
        "refused means unchanged"
    );
}

#[test]
fn a_history_scan_is_read_with_the_sites_scanner_settings() {
    let s = Scratch::pharmacy();
    s.ok(&["--as", "alice", "settings", "set", "--gs-substitute", "~"]);
    s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
        ],
        &pack_with("~", "H1"),
    );
    let scan = pack_with("~", "H1");
    let out = s.ok(&["--as", "alice", "--json", "history", scan.trim_end()]);
    let h: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        h["unit"]["serial"], "H1",
        "the '~' the site's scanners send splits the serial from the lot, as in the scan box: {h}"
    );
}

#[test]
fn expiring_takes_one_horizon_and_refuses_a_list_rather_than_guess() {
    let s = Scratch::pharmacy();
    let out = s.run(&["--as", "alice", "expiring", "--within", "30,60,90"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a list of windows is no longer what --within means: refused, not read as its largest"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("alert-windows"),
        "the refusal says where the windows are set: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Value =
        serde_json::from_str(&s.ok(&["--as", "alice", "--json", "expiring", "--within", "30"]))
            .unwrap();
    assert_eq!(
        lines,
        Value::Array(vec![]),
        "one horizon is read: nothing expires"
    );
}

#[test]
fn product_edit_changes_the_options_given_through_the_api_and_keeps_the_rest() {
    let s = Scratch::pharmacy();
    s.ok(&[
        "--as",
        "alice",
        "product",
        "add",
        "--gtin",
        "09506000134369",
        "--name",
        "Gauze",
        "--tracking",
        "lot",
        "--pack-size",
        "100",
    ]);
    let out = s.ok(&[
        "--as",
        "alice",
        "--json",
        "product",
        "edit",
        "--gtin",
        "9506000134369",
        "--name",
        "Gauze swabs x100",
        "--price",
        "3.50",
    ]);
    let edited: Value = serde_json::from_str(&out).expect("--json prints the product");
    assert_eq!(
        (
            edited["name"].as_str(),
            edited["contract_price_cents"].as_i64()
        ),
        (Some("Gauze swabs x100"), Some(350)),
        "the options given are changed (a GTIN-13 names the same product)"
    );
    assert_eq!(
        (edited["tracking"].as_str(), edited["pack_size"].as_i64()),
        (Some("lot"), Some(100)),
        "the options not given keep what the product had"
    );

    let received = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
        ],
        &pack_with("\u{1d}", "E1"),
    );
    assert!(
        received.status.success(),
        "a pack of Amoxicillin is received: {}",
        String::from_utf8_lossy(&received.stderr)
    );
    let refused = s.run(&[
        "--as",
        "alice",
        "--json",
        "product",
        "edit",
        "--gtin",
        AMOX,
        "--tracking",
        "lot",
    ]);
    assert_eq!(
        json_error(&refused)["code"],
        "master.product_tracking_fixed",
        "the command line is refused by the api's rule, with its code"
    );
}

#[test]
fn count_list_shows_the_counts_newest_first_with_why_one_was_abandoned() {
    let s = Scratch::pharmacy();
    s.ok(&["--as", "alice", "count", "start", "--location", "MAIN"]);
    s.ok(&[
        "--as",
        "alice",
        "count",
        "abandon",
        "1",
        "--note",
        "wrong shelf",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "count",
        "start",
        "--location",
        "MAIN",
        "--blind",
    ]);
    let all: Value =
        serde_json::from_str(&s.ok(&["--as", "alice", "--json", "count", "list"])).unwrap();
    let rows: Vec<(i64, &str)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["id"].as_i64().unwrap(), c["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        rows,
        vec![(2, "open"), (1, "abandoned")],
        "newest first, from the database: what the app's list shows"
    );
    assert_eq!(
        all[1]["note"], "wrong shelf",
        "why it was abandoned, as written"
    );
    let text = s.ok(&["--as", "alice", "count", "list", "--status", "abandoned"]);
    assert!(
        text.contains("wrong shelf") && !text.contains("open"),
        "filtered by status: {text}"
    );
    let out = s.run(&["--as", "alice", "count", "list", "--status", "lost"]);
    assert!(
        !out.status.success(),
        "an unknown status is refused, not taken as every count"
    );
}
