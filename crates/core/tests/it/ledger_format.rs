//! The ledger's format versions (`docs/decisions/2026-12-01-ledger-format.md`): a database
//! written before a format change keeps verifying, its events' hashes unchanged byte for byte.

use custody_core::*;

use crate::fixtures::{now, PASSWORD};

/// `tests/data/ledger-v1.db` was written by Custody at schema 9, before format v2 existed: three
/// users (alice admin, sam staff, olga qa and disabled), three packs received, one dispensed, a
/// gauze lot received and one pack destroyed with a signature (event 6). These are its events'
/// hashes as that code stored them.
const V1_HASHES: &[(i64, &str, &str)] = &[
    (
        1,
        "receive",
        "8e6bbc8a13101e131806981916dc1beb6c844d2756ae87a6c1e91305f00c0c85",
    ),
    (
        2,
        "receive",
        "5adeea2711f82e48c1e5f1cfa21728188f96da4a37cbdfffd5264a95c858eb1e",
    ),
    (
        3,
        "receive",
        "3070f7b1d447529180f8598dac10fde4127c654ed9185b4865e8be0613340879",
    ),
    (
        4,
        "dispense",
        "4fb0e43fe46fc991fee53ff613a178e71ee2887f5bff2275782a01ccb17bb476",
    ),
    (
        5,
        "receive",
        "c06f29cb6fae355a0deb585e958eb8d1a87433e3883fe63c1a802bdd5dc27d3b",
    ),
    (
        6,
        "destroy",
        "9734362c1b304011b3aff15ae5a3db9b533038aae369de04dd5c36a239487f27",
    ),
];

/// A copy of the v1 fixture in a temporary directory (opening it migrates it).
pub fn v1_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("custody.db");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ledger-v1.db"),
        &path,
    )
    .unwrap();
    (dir, path)
}

fn stored_hashes(path: &std::path::Path) -> Vec<(i64, String, String)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare("SELECT seq, kind, lower(hex(hash)) FROM event WHERE seq <= 6 ORDER BY seq")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

#[test]
fn the_fixture_was_written_before_format_v2() {
    let (_dir, path) = v1_copy();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(
        version, 9,
        "the fixture must stay a schema-9 file, or it no longer proves old files keep verifying"
    );
}

#[test]
fn a_database_written_before_format_v2_keeps_its_hashes_and_verifies() {
    let (_dir, path) = v1_copy();
    let store = Store::open(&path).unwrap();
    let alice = store.actor("alice").unwrap();
    let report = store.verify(&alice).unwrap();
    assert!(
        report.is_intact(),
        "events hashed by the old code must verify with the new code: {:?}",
        report.findings
    );
    let expected: Vec<(i64, String, String)> = V1_HASHES
        .iter()
        .map(|(s, k, h)| (*s, k.to_string(), h.to_string()))
        .collect();
    assert_eq!(
        stored_hashes(&path),
        expected,
        "opening and migrating an old file never rewrites its events"
    );
    drop(store);
    let mut store = Store::open(&path).unwrap();
    store.sign_in("alice", PASSWORD, now()).unwrap();
}
