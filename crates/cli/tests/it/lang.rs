//! The language `custody` speaks: `--lang`, else `CUSTODY_LANG`, else the user's own choice
//! (`custody user language`), else English; refusals and the command line's own lines in it,
//! `--json` never translated, and a tag Custody does not speak refused.

use std::process::Output;

use custody_messages::{cli_text, render, Catalogue, Lang};
use serde_json::{Map, Value};

use crate::{pack, Scratch, NOW};

/// `custody ARGS` on `s`, with `CUSTODY_LANG` set to `env` when given.
fn run(s: &Scratch, env: Option<&str>, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut command = s.command(NOW, s.password);
    if let Some(tag) = env {
        command.env("CUSTODY_LANG", tag);
    }
    let mut child = command
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// One of the command line's lines without arguments, in `lang`.
fn said(lang: Lang, id: &str) -> String {
    cli_text(lang, id, &Map::new())
}

/// The refusal `master.location_unknown` for NOPE, as the catalogue of codes says it in `lang`.
fn no_such_location(lang: Lang) -> String {
    let mut args = Map::new();
    args.insert("location".into(), Value::from("NOPE"));
    render(lang, "master.location_unknown", &args)
}

/// The header line of `custody stock`, whatever the rows.
fn stock_header(s: &Scratch, env: Option<&str>, args: &[&str]) -> String {
    let mut all = vec!["--as", "alice"];
    all.extend(args);
    all.push("stock");
    stdout(&run(s, env, &all, ""))
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_refusal_comes_in_french_or_arabic_and_json_keeps_english() {
    let s = Scratch::pharmacy();
    let english = no_such_location(Lang::En);
    let args = ["--as", "alice", "dispense", "--location", "NOPE"];
    let out = run(&s, None, &args, "");
    assert_eq!(
        stderr(&out),
        format!("custody: {english}\n"),
        "English unless asked"
    );
    for (lang, tag) in [(Lang::Fr, "fr"), (Lang::Ar, "ar")] {
        let mut asked = vec!["--lang", tag];
        asked.extend(args);
        let out = run(&s, None, &asked, "");
        assert_eq!(out.status.code(), Some(1), "a refusal is still an error");
        let translated = no_such_location(lang);
        assert_ne!(translated, english, "the catalogue has a {tag} sentence");
        assert_eq!(
            stderr(&out),
            format!("custody: {translated}\n"),
            "the refusal is rendered in {tag} on the terminal"
        );
        asked.insert(0, "--json");
        let out = run(&s, None, &asked, "");
        let v: Value = serde_json::from_str(&stderr(&out)).unwrap();
        assert_eq!(
            (
                v["error"]["code"].as_str(),
                v["error"]["args"]["location"].as_str(),
                v["error"]["message"].as_str()
            ),
            (
                Some("master.location_unknown"),
                Some("NOPE"),
                Some(english.as_str())
            ),
            "--json is never translated: code, arguments and the English sentence"
        );
    }
}

#[test]
fn a_receipt_and_the_stock_speak_french_and_arabic() {
    let s = Scratch::pharmacy();
    let receive = |tag: &str, serial: &str| {
        // The same pack twice: accepted, then a warning that it was just scanned.
        let scans = format!("{}{}", pack(serial), pack(serial));
        stdout(&run(
            &s,
            None,
            &[
                "--lang",
                tag,
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
            &scans,
        ))
    };
    for (lang, tag, serial) in [(Lang::Fr, "fr", "SN1"), (Lang::Ar, "ar", "SN2")] {
        let text = receive(tag, serial);
        let lines: Vec<&str> = text.lines().collect();
        let accepted = said(lang, "scan-accepted");
        let warning = said(lang, "scan-warning");
        assert_ne!(accepted, said(Lang::En, "scan-accepted"));
        assert!(
            lines.len() == 2
                && lines[0].starts_with(&accepted)
                && lines[1].starts_with(&warning)
                && lines[0].contains(&format!("09506000134352 {serial}")),
            "each verdict in {tag}, the pack as scanned: {text}"
        );
        let header = stock_header(&s, None, &["--lang", tag]);
        for id in [
            "cli-col-product",
            "stock-col-in-stock",
            "stock-col-quarantined",
        ] {
            assert!(
                header.contains(&said(lang, id)),
                "the stock table's header in {tag}: {header}"
            );
        }
    }
    let english = stdout(&run(&s, None, &["--as", "alice", "stock"], ""));
    assert!(
        english.starts_with("gtin            product  "),
        "and English as it always was: {english}"
    );
}

#[test]
fn lang_wins_over_the_environment_which_wins_over_the_users_choice() {
    let s = Scratch::pharmacy();
    let words = |line: &str| line.split_whitespace().collect::<Vec<_>>().join(" ");
    let contains = |line: &str, lang: Lang| {
        let w = words(line);
        ["cli-col-product", "stock-col-in-stock"]
            .iter()
            .all(|id| w.contains(&words(&said(lang, id))))
    };
    assert!(contains(&stock_header(&s, None, &[]), Lang::En));
    assert!(
        contains(&stock_header(&s, Some("es"), &[]), Lang::Es),
        "CUSTODY_LANG alone"
    );
    assert!(
        contains(&stock_header(&s, Some("es"), &["--lang", "fr"]), Lang::Fr),
        "--lang wins over CUSTODY_LANG"
    );
    // alice chooses Portuguese for herself: every command she runs speaks it.
    let chose = stdout(&run(
        &s,
        None,
        &["--as", "alice", "user", "language", "pt"],
        "",
    ));
    assert!(
        chose.contains("Português") && !chose.contains("Custody now speaks"),
        "the confirmation already in the language chosen: {chose}"
    );
    assert!(
        contains(&stock_header(&s, None, &[]), Lang::Pt),
        "the user's own choice when neither --lang nor CUSTODY_LANG is given"
    );
    assert!(
        contains(&stock_header(&s, Some("ar"), &[]), Lang::Ar),
        "CUSTODY_LANG wins over the user's choice"
    );
    assert!(
        contains(&stock_header(&s, None, &["--lang", "en"]), Lang::En),
        "and --lang en gives a script English whatever the user chose"
    );
    let out = run(
        &s,
        None,
        &["--as", "alice", "dispense", "--location", "NOPE"],
        "",
    );
    assert_eq!(
        stderr(&out),
        format!("custody: {}\n", no_such_location(Lang::Pt)),
        "refusals too come in the user's language"
    );
    let shown = stdout(&run(&s, None, &["--as", "alice", "user", "language"], ""));
    assert!(shown.contains("Português"), "her choice is shown: {shown}");
    let json: Value = serde_json::from_str(&stdout(&run(
        &s,
        None,
        &["--as", "alice", "--json", "user", "language"],
        "",
    )))
    .unwrap();
    assert_eq!(
        (json["language"].as_str(), json["speaking"].as_str()),
        (Some("pt"), Some("pt"))
    );
    stdout(&run(
        &s,
        None,
        &["--as", "alice", "user", "language", "--clear"],
        "",
    ));
    assert!(
        contains(&stock_header(&s, None, &[]), Lang::En),
        "a cleared choice is English again on the command line (never the machine's LANG)"
    );
    let out = run(&s, None, &["--as", "alice", "user", "language", "de"], "");
    assert_eq!(
        out.status.code(),
        Some(1),
        "a language Custody does not speak"
    );
    assert!(
        stderr(&out).contains("de"),
        "is refused naming it: {}",
        stderr(&out)
    );
}

#[test]
fn json_output_is_the_same_in_every_language() {
    let s = Scratch::pharmacy();
    stdout(&run(
        &s,
        None,
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--reference",
            "PO-9",
        ],
        &pack("SN9"),
    ));
    let english = stdout(&run(&s, None, &["--as", "alice", "--json", "stock"], ""));
    for tag in ["fr", "ar"] {
        let other = stdout(&run(
            &s,
            None,
            &["--lang", tag, "--as", "alice", "--json", "stock"],
            "",
        ));
        assert_eq!(other, english, "--json is never translated ({tag})");
    }
}

#[test]
fn a_language_custody_does_not_speak_is_refused_listing_the_tags() {
    let s = Scratch::pharmacy();
    for (env, args) in [
        (None, vec!["--lang", "de", "--as", "alice", "stock"]),
        (Some("klingon"), vec!["--as", "alice", "stock"]),
    ] {
        let out = run(&s, env, &args, "");
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "a bad argument: {err}");
        assert!(
            err.contains("does not speak") && err.contains("en, fr, es, pt, ar"),
            "in English, listing the tags: {err}"
        );
        assert!(out.stdout.is_empty(), "and nothing runs");
    }
}

/// `$name (kind)` lines above each message of the English command-line catalogue.
fn documented() -> Vec<(String, Vec<(String, String)>)> {
    let src = Catalogue::Cli.source(Lang::En);
    let mut out = Vec::new();
    let mut args = Vec::new();
    for line in src.lines() {
        if let Some(doc) = line.strip_prefix("# $") {
            let (name, rest) = doc.split_once(' ').unwrap();
            let kind = rest.trim_start_matches('(').split(')').next().unwrap();
            args.push((name.to_string(), kind.to_string()));
        } else if let Some((id, _)) = line.split_once(" =") {
            if !id.starts_with('#') && !id.starts_with(' ') && !id.is_empty() {
                out.push((id.to_string(), std::mem::take(&mut args)));
            }
        } else if line.trim().is_empty() || line.starts_with("##") {
            args.clear();
        }
    }
    out
}

#[test]
fn every_line_renders_in_every_language_with_the_english_arguments() {
    let messages = documented();
    assert!(messages.len() > 150, "{} lines", messages.len());
    for lang in Lang::TRANSLATED.into_iter().chain([Lang::En]) {
        for (id, args) in &messages {
            for n in [0, 1, 2, 3, 11, 100] {
                let values: Map<String, Value> = args
                    .iter()
                    .map(|(name, kind)| {
                        let v = match kind.as_str() {
                            "number" => Value::from(n),
                            _ => Value::from(format!("<{name}>")),
                        };
                        (name.clone(), v)
                    })
                    .collect();
                let text = custody_messages::checked(Catalogue::Cli, lang, id, &values)
                    .unwrap_or_else(|e| panic!("{lang} {id}: {e}"));
                assert!(
                    !text.contains('{') && !text.contains('}') && !text.trim().is_empty(),
                    "{lang} {id}: nothing of Fluent's syntax left: {text}"
                );
                for (name, kind) in args {
                    assert!(
                        // A count is said in words where a language says "one pack" so.
                        kind == "number" || name == "shown" || text.contains(&format!("<{name}>")),
                        "{lang} {id}: ${name} is lost: {text}"
                    );
                }
            }
        }
    }
}
