//! `custody insights waste|shrinkage|dwell` on a history made through the command line, week by week
//! on the test clock: a ward that misses packs at both its counts, a ward pack found at the
//! pharmacy, and short-dated packs the ward barely used, destroyed once expired (predicted a
//! month before). Every `--json` is asserted whole.

use serde_json::{json, Value};

use crate::{Scratch, AMOX};

/// An Amoxicillin pack: expiry `YYMMDD`, lot, serial (with the line end).
fn pack(expiry: &str, lot: &str, serial: &str) -> String {
    format!("]d201{AMOX}17{expiry}10{lot}\u{1d}21{serial}\n")
}

fn w(serial: &str) -> String {
    pack("281231", "LOT42", serial)
}

fn x(serial: &str) -> String {
    pack("270131", "LOTX", serial)
}

/// `custody --json --as alice ARGS` at `now`, which must succeed; its output's JSON documents.
fn run(s: &Scratch, now: &str, args: &[&str], stdin: &str) -> Vec<Value> {
    let mut all = vec!["--json", "--as", "alice"];
    all.extend(args);
    let out = s.run_at(now, &all, stdin);
    assert!(
        out.status.success(),
        "custody {args:?} at {now}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::Deserializer::from_slice(&out.stdout)
        .into_iter::<Value>()
        .map(Result::unwrap)
        .collect()
}

/// Counts a location at `now`, finding `found`; the ids of the events applying it wrote.
fn count(s: &Scratch, now: &str, location: &str, found: &str) -> Vec<String> {
    let id = run(s, now, &["count", "start", "--location", location], "")[0]["id"].to_string();
    run(s, now, &["count", "scan", &id], found);
    run(s, now, &["count", "finish", &id], "");
    let applied = run(s, now, &["count", "apply", &id, "--reason", "monthly"], "");
    applied[0]["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn insights_find_exactly_what_a_history_made_at_the_command_line_planted() {
    let s = Scratch::pharmacy();
    let now = "2026-11-22T09:00:00+01:00";
    run(
        &s,
        now,
        &["location", "add", "WARD-3A", "Ward 3A", "--kind", "ward"],
        "",
    );
    run(
        &s,
        now,
        &[
            "location",
            "add",
            "QUAR",
            "Quarantine",
            "--kind",
            "quarantine",
        ],
        "",
    );
    run(&s, now, &["settings", "set", "--currency", "EUR"], "");
    let week1 = "2026-12-01T10:00:00+01:00";
    let all: String =
        ["W1", "W2", "W3", "W4"].map(w).concat() + &["X1", "X2", "X3"].map(x).concat();
    let receive = [
        "receive",
        "--location",
        "MAIN",
        "--partner",
        "WHOLESALE",
        "--unit-cost",
        "4.20",
    ];
    run(&s, week1, &receive, &all);
    run(
        &s,
        week1,
        &["transfer", "--location", "MAIN", "--to", "WARD-3A"],
        &all,
    );
    run(
        &s,
        "2026-12-02T10:00:00+01:00",
        &["dispense", "--location", "WARD-3A"],
        &x("X1"),
    );
    let rest = ["X2", "X3"].map(x).concat();
    // The ward's counts: W3 and W4 missing, then W2.
    let first = count(
        &s,
        "2026-12-15T10:00:00+01:00",
        "WARD-3A",
        &(["W1", "W2"].map(w).concat() + &rest),
    );
    let second = count(
        &s,
        "2027-01-05T10:00:00+01:00",
        "WARD-3A",
        &(w("W1") + &rest),
    );
    // W1 turns up at the pharmacy.
    let third = count(&s, "2027-01-06T10:00:00+01:00", "MAIN", &w("W1"));
    let destroyed = run(
        &s,
        "2027-02-02T10:00:00+01:00",
        &["destroy", "--location", "WARD-3A", "--reason", "expired"],
        &rest,
    );
    let destroyed: Vec<&Value> = destroyed
        .iter()
        .map(|v| &v["recorded"]["event_id"])
        .collect();
    let later = "2027-03-01T10:00:00+01:00";
    let period = ["--from", "2026-12-01", "--to", "2027-02-28"];

    let shrinkage = run(
        &s,
        later,
        &[&["insights", "shrinkage"], &period[..]].concat(),
        "",
    );
    let fig = |missing: u64, elsewhere: u64, value: i64| {
        json!({"missing": missing, "found_elsewhere": elsewhere, "found_again": 0, "wrong_status": 0,
               "lot_short": 0, "lot_surplus": 0, "value_lost_cents": value})
    };
    let line = |event: &str, day: &str, count: &str, location: &str, kind: &str, serial: &str| {
        json!({"event_id": event, "day": day, "count": count, "location": location, "kind": kind,
               "gtin": AMOX, "product": "Amoxicillin 500 mg caps x21", "serial": serial,
               "lot": "LOT42", "quantity": 1, "value_cents": 420})
    };
    assert_eq!(
        shrinkage,
        vec![json!({
            "period": {"from": "2026-12-01", "to": "2027-02-28"},
            "currency": "EUR",
            "totals": fig(3, 1, 1260),
            "by_month": [["2026-12", fig(2, 0, 840)], ["2027-01", fig(1, 1, 420)], ["2027-02", fig(0, 0, 0)]],
            "by_location": [
                {"location": "WARD-3A", "name": "Ward 3A", "counts": 2, "counts_with_variance": 2,
                 "figures": fig(3, 1, 1260), "keeps_disagreeing": true},
                {"location": "MAIN", "name": "Main pharmacy", "counts": 1, "counts_with_variance": 1,
                 "figures": fig(0, 0, 0), "keeps_disagreeing": false},
            ],
            "lines": [
                line(&first[0], "2026-12-15", "COUNT-1", "WARD-3A", "missing", "W3"),
                line(&first[0], "2026-12-15", "COUNT-1", "WARD-3A", "missing", "W4"),
                line(&second[0], "2027-01-05", "COUNT-2", "WARD-3A", "missing", "W2"),
                line(&third[0], "2027-01-06", "COUNT-3", "WARD-3A", "found_elsewhere", "W1"),
            ],
        })],
        "the ward lost three packs over two counts that both disagreed; the pack found at the \
         pharmacy is the ward's"
    );

    let waste = run(
        &s,
        later,
        &[&["insights", "waste"], &period[..]].concat(),
        "",
    );
    let figures = json!({"packs": 2, "value_cents": 840, "unpriced": 0, "expired": 2, "recalled": 0,
                         "damaged": 0, "predicted": 2, "surprise": 0});
    let none = json!({"packs": 0, "value_cents": 0, "unpriced": 0, "expired": 0, "recalled": 0,
                      "damaged": 0, "predicted": 0, "surprise": 0});
    let lost = |event: &Value, serial: &str| {
        json!({"event_id": event, "day": "2027-02-02", "disposition": "destroyed", "cause": "expired",
               "location": "WARD-3A", "gtin": AMOX, "product": "Amoxicillin 500 mg caps x21",
               "serial": serial, "lot": "LOTX", "expiry": "2027-01-31", "quantity": 1,
               "supplier": "WHOLESALE", "value_cents": 420, "priced_by": "receipt", "predicted": true})
    };
    assert_eq!(
        waste,
        vec![json!({
            "period": {"from": "2026-12-01", "to": "2027-02-28"},
            "currency": "EUR",
            "totals": figures,
            "by_month": [
                {"key": "2026-12", "name": "2026-12", "figures": none},
                {"key": "2027-01", "name": "2027-01", "figures": none},
                {"key": "2027-02", "name": "2027-02", "figures": figures},
            ],
            "by_product": [{"key": AMOX, "name": "Amoxicillin 500 mg caps x21", "figures": figures}],
            "by_location": [{"key": "WARD-3A", "name": "Ward 3A", "figures": figures}],
            "by_supplier": [{"key": "WHOLESALE", "name": "Wholesale supplier", "figures": figures}],
            "lines": [lost(destroyed[0], "X2"), lost(destroyed[1], "X3")],
        })],
        "one pack used in three months: a month before they expired, both packs left could not be \
         used in time, so their waste was predicted"
    );

    let table = s.ok(&[&["--as", "alice", "insights", "waste"], &period[..]].concat());
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("month") && l.ends_with("value (EUR)")),
        "the money columns name the site's currency:\n{table}"
    );
    assert!(
        table.starts_with(
            "Waste from 2026-12-01 to 2027-02-28: 2 units worth 8.40 EUR; 2 expired (2 predicted, \
             0 a surprise), 0 recalled, 0 damaged\n"
        ),
        "{table}"
    );
}

#[test]
fn dwell_finds_the_stays_and_the_waiting_pack_a_command_line_history_planted() {
    let s = Scratch::pharmacy();
    let now = "2026-11-22T09:00:00+01:00";
    run(
        &s,
        now,
        &["location", "add", "WARD-3A", "Ward 3A", "--kind", "ward"],
        "",
    );
    let at = |day: &str| format!("{day}T10:00:00+01:00");
    let all = ["W1", "W2", "W3"].map(w).concat();
    let receive = ["receive", "--location", "MAIN", "--partner", "WHOLESALE"];
    run(&s, &at("2026-12-01"), &receive, &all);
    let to_ward = ["transfer", "--location", "MAIN", "--to", "WARD-3A"];
    run(&s, &at("2026-12-03"), &to_ward, &(w("W1") + &w("W2")));
    let dispense = ["dispense", "--location", "WARD-3A"];
    run(&s, &at("2026-12-05"), &dispense, &w("W1"));
    run(&s, &at("2026-12-11"), &dispense, &w("W2"));

    let later = at("2027-03-01");
    let dwell = run(&s, &later, &["insights", "dwell", "--older-than", "60"], "");
    let stays = |location: &str, product: bool, median: f64, p90: f64, histogram: Value| {
        let (gtin, name) = if product {
            (json!(AMOX), json!("Amoxicillin 500 mg caps x21"))
        } else {
            (Value::Null, Value::Null)
        };
        json!({"location": location, "gtin": gtin, "product": name, "stays": 2,
               "median_days": median, "p90_days": p90, "histogram": histogram})
    };
    let ward = json!([0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0]);
    let main = json!([0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(
        dwell,
        vec![json!({
            "period": {"from": "2026-03-02", "to": "2027-03-01"},
            "locations": [stays("WARD-3A", false, 2.0, 8.0, ward.clone()),
                          stays("MAIN", false, 2.0, 2.0, main.clone())],
            "rows": [stays("WARD-3A", true, 2.0, 8.0, ward), stays("MAIN", true, 2.0, 2.0, main)],
            "rows_total": 2,
            "products_listed": 100,
            "older_than_days": 60,
            "waiting_total": 1,
            "waiting_units": 1,
            "waiting": [{"location": "MAIN", "gtin": AMOX, "product": "Amoxicillin 500 mg caps x21",
                         "serial": "W3", "lot": "LOT42", "expiry": "2028-12-31", "quantity": 1,
                         "status": "in_stock", "since": "2026-12-01", "days": 90}],
        })],
        "two packs stayed two days at the pharmacy, then two and eight on the ward; the third has \
         waited at the pharmacy since it arrived"
    );
    let out = s.run_at(
        &later,
        &["--as", "alice", "insights", "dwell", "--older-than", "60"],
        "",
    );
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.starts_with(
            "Dwell from 2026-03-02 to 2027-03-01: 4 stays ended; 1 packs or lots (1 units) held \
             for more than 60 days now\n"
        ),
        "{table}"
    );
}
