//! Tidy checks between core's refusals and the catalogue (`crates/messages/locales/en.ftl`):
//! every code core can refuse with has its sentence, and every sentence is for a code some
//! crate uses. The codes are found in the source as string literals shaped like a code of one
//! of core's features, so a code passed through a helper (`io("backup.not_copied", ..)`) is
//! found as well as one given to `CoreError::refused`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The features whose codes core owns; the first segment of each of its codes.
const CORE_FEATURES: &[&str] = &[
    "auth",
    "master",
    "stock",
    "movement",
    "shipment",
    "recall",
    "count",
    "levels",
    "report",
    "backup",
    "ledger",
    "import",
    "insights",
    "store",
    "replenish",
    "sync",
    "national",
    // What a scan found: a verdict's and a count scan's sentences (`verdict.recalled`, …).
    "verdict",
];

/// Codes of the api layer (sessions, files, the contract itself, what a scanner sent, the
/// site's settings, EPCIS exports), used outside core.
const API_FEATURES: &[&str] = &["session", "files", "api", "scan", "settings", "epcis"];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every string literal of a file that is shaped like a code (`feature.name`, lowercase
/// `[a-z0-9_]` segments) with one of `features` first.
fn code_literals(text: &str, features: &[&str]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    // A quote as a char literal would pair with the wrong quotes.
    let text = text.replace("'\"'", "");
    for part in text.split('"').skip(1).step_by(2) {
        let segments: Vec<&str> = part.split('.').collect();
        let shaped = segments.len() >= 2
            && segments.iter().all(|s| {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            });
        if shaped && features.contains(&segments[0]) {
            found.insert(part.to_string());
        }
    }
    found
}

fn codes_in(dirs: &[PathBuf], features: &[&str]) -> BTreeSet<String> {
    let mut files = Vec::new();
    for d in dirs {
        rust_files(d, &mut files);
    }
    files
        .iter()
        .flat_map(|f| code_literals(&std::fs::read_to_string(f).unwrap_or_default(), features))
        .collect()
}

/// Setting keys are stored in the database, not refusals, even when shaped like a code.
fn is_setting_key(code: &str) -> bool {
    code == custody_core::ledger::LATE_ENTRY_SETTING
}

#[test]
fn every_code_core_refuses_with_has_its_sentence() {
    let catalogue: BTreeSet<String> = custody_messages::codes().into_iter().collect();
    let used = codes_in(&[repo().join("crates/core/src")], CORE_FEATURES);
    let missing: Vec<&String> = used
        .iter()
        .filter(|c| !catalogue.contains(*c) && !is_setting_key(c))
        .collect();
    assert!(
        missing.is_empty(),
        "a refusal without a sentence in en.ftl reaches a person as its bare code: {missing:?}"
    );
    assert!(
        used.len() > 50,
        "the scan finds core's codes ({} found), so the check above is not empty",
        used.len()
    );
}

#[test]
fn every_sentence_of_the_catalogue_is_used_by_some_crate() {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(repo().join("crates"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        // The catalogue's own tests name codes without refusing with them.
        .filter(|p| !p.ends_with("messages"))
        .map(|p| p.join("src"))
        .collect();
    dirs.push(repo().join("src-tauri/src"));
    let mut features = CORE_FEATURES.to_vec();
    features.extend(API_FEATURES);
    let used = codes_in(&dirs, &features);
    let dead: Vec<String> = custody_messages::codes()
        .into_iter()
        .filter(|c| !used.contains(c))
        .collect();
    assert!(
        dead.is_empty(),
        "a sentence no code uses is dead weight for every translator: {dead:?}"
    );
}

#[test]
fn every_code_belongs_to_a_feature() {
    for code in custody_messages::codes() {
        let feature = code.split('.').next().unwrap_or_default();
        assert!(
            CORE_FEATURES.contains(&feature) || API_FEATURES.contains(&feature),
            "{code}: codes are grouped by feature, so a screen can tell whose refusal it is"
        );
    }
}

/// The arguments a refusal built in place gives: from `refused("code")` to the end of its
/// statement (or the next refusal), every `.arg("name", ..)`, and `field` for `.field(..)`.
/// Refusals built by a helper (`io`, `stale`, `unique`) add theirs inside it and are left out.
fn arguments_given(text: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut out = Vec::new();
    let marker = "refused(\"";
    let mut rest = text;
    while let Some(at) = rest.find(marker) {
        let after = &rest[at + marker.len()..];
        let Some(close) = after.find('"') else { break };
        let code = after[..close].to_string();
        let tail = &after[close..];
        let end = [tail.find(';'), tail.find("refused(")]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(tail.len());
        // rustfmt may break `.arg(` from its name; without whitespace the chain reads one way.
        let chain: String = tail[..end].split_whitespace().collect();
        let mut args: BTreeSet<String> = chain
            .split(".arg(\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .map(String::from)
            .collect();
        if chain.contains(".field(") {
            args.insert("field".into());
        }
        out.push((code, args));
        rest = after;
    }
    out
}

#[test]
fn every_refusal_gives_the_arguments_its_sentence_documents() {
    let documented: std::collections::BTreeMap<String, BTreeSet<String>> =
        custody_messages::catalogue()
            .into_iter()
            .map(|e| (e.code, e.args.into_iter().map(|(name, _)| name).collect()))
            .collect();
    let mut files = Vec::new();
    rust_files(&repo().join("crates/core/src"), &mut files);
    let mut checked = 0;
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for (code, given) in arguments_given(&text) {
            let Some(wanted) = documented.get(&code) else {
                continue; // the test above names codes without a sentence
            };
            let undocumented: Vec<&String> = given.difference(wanted).collect();
            let missing: Vec<&String> = wanted
                .difference(&given)
                .filter(|a| *a != "field")
                .collect();
            assert!(
                undocumented.is_empty() && missing.is_empty(),
                "{code} in {}: an argument the sentence does not document is lost on the \
                 person ({undocumented:?}); one it documents but is not given shows as Fluent \
                 syntax ({missing:?})",
                f.display()
            );
            checked += 1;
        }
    }
    assert!(
        checked > 100,
        "the scan reads core's refusals ({checked} checked)"
    );
}
