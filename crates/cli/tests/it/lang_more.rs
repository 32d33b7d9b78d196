//! More of the command line in French and Arabic: expected deliveries (`expected list`, `show`,
//! `receive-all`), `replenish` (its tables, titles and "nothing to do" lines) and the command
//! line's own errors, on real databases; English exactly as it was, `--json` never translated.

use custody_messages::{cli_text, Lang};
use serde_json::{Map, Value};

use crate::{pack, Scratch, AMOX};

/// One of the command line's lines in `lang`, with its arguments.
fn said(lang: Lang, id: &str, args: &[(&str, Value)]) -> String {
    let args: Map<String, Value> = args
        .iter()
        .map(|(k, v)| ((*k).to_string(), v.clone()))
        .collect();
    cli_text(lang, id, &args)
}

/// `custody --lang TAG --as alice ARGS` (English without a tag), its stdout; it must succeed.
fn ok_in(s: &Scratch, tag: Option<&str>, args: &[&str], stdin: &str) -> String {
    let mut all: Vec<&str> = tag.map_or_else(Vec::new, |t| vec!["--lang", t]);
    all.extend(["--as", "alice"]);
    all.extend(args);
    let out = s.run_with_stdin(&all, stdin);
    assert!(
        out.status.success(),
        "custody {all:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `custody ARGS`, which must fail: its stderr.
fn refused(s: &Scratch, args: &[&str]) -> String {
    let out = s.run(args);
    assert_eq!(out.status.code(), Some(1), "{args:?} must be refused");
    String::from_utf8(out.stderr).unwrap()
}

/// Each column of a table starts at the same character under its header: the position, in
/// characters, of `cell` in `row` is that of `header_cell` in the header.
fn aligned(table: &str, header_cell: &str, cell: &str) -> bool {
    let at = |line: &str, text: &str| {
        line.find(text)
            .map(|byte| line[..byte].chars().count())
            .unwrap_or(usize::MAX)
    };
    let mut lines = table.lines();
    let header = lines.next().unwrap_or_default();
    let row = lines.find(|l| l.contains(cell)).unwrap_or_default();
    at(header, header_cell) == at(row, cell)
}

/// A despatch advice of two Amoxicillin packs, imported as `reference` from WHOLESALE; the
/// shipment's number and its supplier as shown.
fn advice(s: &Scratch, reference: &str, serials: [&str; 2]) -> (String, String) {
    let csv = s.dir.path().join(format!("{reference}.csv"));
    let lines: String = serials
        .iter()
        .map(|serial| format!("{AMOX},{serial},LOT42,2028-12-31,1,\n"))
        .collect();
    std::fs::write(&csv, format!("gtin,serial,lot,expiry,quantity,po\n{lines}")).unwrap();
    let shipment: Value = serde_json::from_str(&ok_in(
        s,
        None,
        &[
            "--json",
            "expected",
            "import",
            csv.to_str().unwrap(),
            "--reference",
            reference,
            "--partner",
            "WHOLESALE",
        ],
        "",
    ))
    .unwrap();
    (
        shipment["id"].as_i64().unwrap().to_string(),
        shipment["supplier"].as_str().unwrap().to_string(),
    )
}

#[test]
fn expected_deliveries_speak_french_and_arabic_and_english_is_unchanged() {
    let s = Scratch::pharmacy();
    let (en, supplier) = advice(&s, "DESADV-EN", ["EN1", "EN2"]);
    let shown = ok_in(&s, None, &["expected", "show", &en], "");
    assert!(
        shown.starts_with(&format!(
            "Shipment {en} (DESADV-EN, from {supplier}): 0 of 2 lines received\nStill expected:\nline  gtin            serial  lot    expiry      received\n"
        )),
        "English as it always was: {shown}"
    );
    let received = ok_in(
        &s,
        None,
        &["expected", "receive-all", &en, "--location", "MAIN"],
        "",
    );
    assert_eq!(received, "Received 2 into MAIN.\n");
    let english_json = ok_in(&s, None, &["--json", "expected", "list"], "");
    for (lang, tag) in [(Lang::Fr, "fr"), (Lang::Ar, "ar")] {
        let reference = format!("DESADV-{tag}");
        let serials = [format!("{tag}-1"), format!("{tag}-2")];
        let (id, supplier) = advice(&s, &reference, [&serials[0], &serials[1]]);
        let from = said(lang, "expected-from", &[("partner", Value::from(supplier))]);
        let shown = ok_in(&s, Some(tag), &["expected", "show", &id], "");
        let head = said(
            lang,
            "expected-shipment",
            &[
                ("id", Value::from(id.clone())),
                ("reference", Value::from(reference.clone())),
                ("from", Value::from(from)),
                ("matched", Value::from(0)),
                ("expected", Value::from(2)),
                ("closed", Value::from("")),
            ],
        );
        let still = said(lang, "expected-still-expected", &[]);
        assert!(
            shown.starts_with(&format!("{head}\n{still}\n")) && !shown.contains("Still expected"),
            "the shipment in {tag}: {shown}"
        );
        let table: String = shown.lines().skip(2).collect::<Vec<_>>().join("\n");
        let serial = said(lang, "cli-col-serial", &[]);
        assert!(
            aligned(&table, &serial, &serials[0]),
            "the columns line up under the {tag} headers: {table}"
        );
        let list = ok_in(&s, Some(tag), &["expected", "list"], "");
        let ref_header = said(lang, "expected-col-reference", &[]);
        assert!(
            list.starts_with(&said(lang, "expected-col-id", &[]))
                && aligned(&list, &ref_header, &reference),
            "the list in {tag}, aligned: {list}"
        );
        let received = ok_in(
            &s,
            Some(tag),
            &["expected", "receive-all", &id, "--location", "MAIN"],
            "",
        );
        let line = said(
            lang,
            "expected-received-into",
            &[
                ("received", Value::from(2)),
                ("location", Value::from("MAIN")),
            ],
        );
        assert_ne!(line, "Received 2 into MAIN.");
        assert_eq!(received, format!("{line}\n"), "receive-all in {tag}");
    }
    let en_list = ok_in(&s, None, &["expected", "list"], "");
    assert!(
        en_list.starts_with("id  reference  lines  received  closed\n"),
        "and the list in English: {en_list}"
    );
    let french_json = ok_in(&s, Some("fr"), &["--json", "expected", "show", &en], "");
    assert_eq!(
        french_json,
        ok_in(&s, None, &["--json", "expected", "show", &en], ""),
        "--json is never translated"
    );
    assert!(english_json.contains("DESADV-EN"));
}

/// A ward supplied by MAIN, reorder rules at both and a pack in MAIN: a pick list to make and
/// a supplier order to print.
fn replenishing() -> Scratch {
    let s = Scratch::pharmacy();
    ok_in(
        &s,
        None,
        &["location", "add", "WARD-3A", "Ward 3A", "--kind", "ward"],
        "",
    );
    for (location, min, max) in [("WARD-3A", "1", "1"), ("MAIN", "5", "10")] {
        ok_in(
            &s,
            None,
            &[
                "reorder",
                "set",
                "--product",
                AMOX,
                "--location",
                location,
                "--min",
                min,
                "--max",
                max,
            ],
            "",
        );
    }
    ok_in(
        &s,
        None,
        &[
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
    s
}

#[test]
fn replenishment_speaks_french_and_arabic_and_english_is_unchanged() {
    let s = replenishing();
    assert_eq!(
        ok_in(&s, None, &["replenish", "pick-list"], ""),
        "No pick list yet: make one with `custody replenish pick-list --new`.\n"
    );
    for (lang, tag) in [(Lang::Fr, "fr"), (Lang::Ar, "ar")] {
        assert_eq!(
            ok_in(&s, Some(tag), &["replenish", "pick-list"], ""),
            format!("{}\n", said(lang, "replenish-no-pick-list", &[])),
            "no pick list yet, in {tag}"
        );
    }
    let supplied = ok_in(
        &s,
        Some("fr"),
        &["replenish", "supply", "WARD-3A", "--from", "MAIN"],
        "",
    );
    let line = said(
        Lang::Fr,
        "replenish-supplied-by",
        &[
            ("code", Value::from("WARD-3A")),
            ("name", Value::from("Ward 3A")),
            ("by", Value::from("MAIN")),
        ],
    );
    assert_eq!(supplied, format!("{line}\n"));
    let made = ok_in(&s, Some("ar"), &["replenish", "pick-list", "--new"], "");
    let header = made.lines().nth(1).unwrap_or_default();
    for id in [
        "replenish-col-from",
        "replenish-col-wanted",
        "replenish-col-take",
    ] {
        assert!(
            header.contains(&said(Lang::Ar, id, &[])),
            "the pick list's header in Arabic: {made}"
        );
    }
    assert!(
        aligned(
            &made.lines().skip(1).collect::<Vec<_>>().join("\n"),
            &said(Lang::Ar, "replenish-col-to", &[]),
            "WARD-3A"
        ),
        "its columns line up: {made}"
    );
    let picked = ok_in(&s, Some("fr"), &["replenish", "pick"], &pack("SN1"));
    let label = said(Lang::Fr, "replenish-picked", &[]);
    assert!(
        picked.starts_with(&format!("{label:<11} ")) && picked.contains("WARD-3A"),
        "the pick's verdict in French: {picked}"
    );
    let english = ok_in(&s, None, &["replenish", "orders"], "");
    assert!(
        english.starts_with("\nNo usual supplier — choose one (`custody replenish usual-supplier GTIN --supplier CODE`):\nlocation  gtin            product  "),
        "the orders in English as they always were: {english}"
    );
    for (lang, tag) in [(Lang::Fr, "fr"), (Lang::Ar, "ar")] {
        let orders = ok_in(&s, Some(tag), &["replenish", "orders"], "");
        let title = said(lang, "replenish-order-no-supplier", &[]);
        let unit_price = said(lang, "replenish-col-unit-price", &[]);
        assert!(
            orders.starts_with(&format!("\n{title}\n")) && orders.contains(&unit_price),
            "the orders in {tag}: {orders}"
        );
        assert!(
            aligned(
                &orders.lines().skip(2).collect::<Vec<_>>().join("\n"),
                &said(lang, "cli-col-gtin", &[]),
                AMOX
            ),
            "aligned in {tag}: {orders}"
        );
    }
    assert_eq!(
        ok_in(&s, Some("ar"), &["--json", "replenish", "orders"], ""),
        ok_in(&s, None, &["--json", "replenish", "orders"], ""),
        "--json is never translated"
    );
}

#[test]
fn the_command_lines_own_errors_speak_the_language_and_json_keeps_english() {
    let s = Scratch::pharmacy();
    let missing = s.dir.path().join("typo.db").display().to_string();
    let english = format!(
        "there is no database at {missing}: check the path, or create one with `custody init` (or `custody demo`)"
    );
    let args = |tag: &'static str| -> Vec<String> {
        ["--lang", tag, "--db", &missing, "--as", "alice", "stock"]
            .iter()
            .map(|a| a.to_string())
            .collect()
    };
    let run = |args: &[String]| refused(&s, &args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(run(&args("en")), format!("custody: {english}\n"));
    for (lang, tag) in [(Lang::Fr, "fr"), (Lang::Ar, "ar")] {
        let translated = said(
            lang,
            "cli-no-database-at",
            &[("file", Value::from(missing.clone()))],
        );
        assert_ne!(translated, english);
        assert_eq!(run(&args(tag)), format!("custody: {translated}\n"), "{tag}");
        let mut json = args(tag);
        json.insert(0, "--json".into());
        let v: Value = serde_json::from_str(&run(&json)).unwrap();
        assert_eq!(
            v["error"]["message"].as_str(),
            Some(english.as_str()),
            "--json keeps English ({tag})"
        );
        let file = s.dir.path().join("nope.csv").display().to_string();
        let err = refused(
            &s,
            &["--lang", tag, "--as", "alice", "expected", "import", &file],
        );
        let reading = said(
            lang,
            "cli-reading-file",
            &[("file", Value::from(file.clone()))],
        );
        assert!(
            err.starts_with(&format!("custody: {reading}: ")),
            "a file that cannot be read, in {tag}: {err}"
        );
    }
    let err = refused(&s, &["--lang", "fr", "--as", "alice", "export", "epcis"]);
    assert_eq!(
        err,
        format!("custody: {}\n", said(Lang::Fr, "epcis-say-what", &[])),
        "the options' names stay as they are"
    );
    assert!(err.contains("--gtin") && err.contains("--serial"));
}
