//! Tidy checks between core's refusals and the catalogue (`crates/messages/locales/en.ftl`):
//! every code core can refuse with has its sentence, and every sentence is for a code some
//! crate uses. The codes are found in the source as string literals shaped like a code of one
//! of core's features, so a code passed through a helper (`io("backup.not_copied", ..)`) is
//! found as well as one given to `CoreError::refused`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The features whose codes core owns; the first segment of each of its codes.
const CORE_FEATURES: &[&str] = &[
    "auth", "master", "stock", "movement", "shipment", "recall", "count", "levels", "report",
    "backup", "ledger", "import", "store",
];

/// Codes of the api layer (sessions, files, the contract itself), used outside core.
const API_FEATURES: &[&str] = &["session", "files", "api"];

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
