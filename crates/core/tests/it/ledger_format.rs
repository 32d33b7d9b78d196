//! The ledger's format versions (`docs/decisions/2026-12-01-ledger-format.md`): a database
//! written before a format change keeps verifying, its events' hashes unchanged byte for byte.

use custody_core::ledger::verify::FindingKind;
use custody_core::users::SYSTEM_PRINCIPAL;
use custody_core::*;

use crate::fixtures::{now, pharmacy, PASSWORD};

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

/// kind, actor, subject, role, active, occurred, recorded, format of every user event.
type UserEventRow = (String, String, String, String, bool, String, String, i64);

fn user_events(path: &std::path::Path) -> Vec<UserEventRow> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT e.kind, a.username, s.username, e.subject_role, e.subject_active, e.occurred_at, e.recorded_at, e.format
             FROM event e JOIN user a ON a.id = e.actor_id JOIN user s ON s.id = e.subject_user_id ORDER BY e.seq",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })
        .unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

#[test]
fn migrating_enrols_each_existing_user_once_by_the_system_principal() {
    let (_dir, path) = v1_copy();
    drop(Store::open(&path).unwrap());
    let at = "2026-11-22T08:00:00.000000Z".to_string();
    let enrolled = |who: &str, role: &str, active: bool| {
        (
            "user_enrolled".to_string(),
            SYSTEM_PRINCIPAL.to_string(),
            who.to_string(),
            role.to_string(),
            active,
            at.clone(),
            at.clone(),
            2,
        )
    };
    assert_eq!(
        user_events(&path),
        [
            enrolled("alice", "admin", true),
            enrolled("sam", "staff", true),
            enrolled("olga", "qa", false),
        ],
        "each user is enrolled as they stood, by the system (not the first administrator), recorded no earlier than the chain head, in format v2"
    );
    let store = Store::open(&path).unwrap();
    assert_eq!(
        user_events(&path).len(),
        3,
        "opening again enrols nobody twice"
    );
    let alice = store.actor("alice").unwrap();
    let r = store.verify(&alice).unwrap();
    assert!(r.is_intact(), "{:?}", r.findings);
    assert_eq!(r.events, 9, "six v1 events and three enrolments");
}

#[test]
fn new_events_are_written_in_format_v2_and_old_ones_keep_format_v1() {
    let (_dir, path) = v1_copy();
    let mut store = Store::open(&path).unwrap();
    let alice = store.sign_in("alice", PASSWORD, now()).unwrap();
    store
        .add_user(&alice, "tom", "Tom", Role::Staff, None, now())
        .unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let formats: Vec<i64> = conn
        .prepare("SELECT format FROM event ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        formats,
        [1, 1, 1, 1, 1, 1, 2, 2, 2, 2],
        "events keep the format they were hashed in"
    );
    assert!(store.verify(&alice).unwrap().is_intact());
}

#[test]
fn an_events_format_cannot_be_changed_unnoticed() {
    let mut p = pharmacy();
    let evs = p.append(&[p.receive("S1"), p.receive("S2")]);
    let conn = p.sqlite();
    conn.execute_batch("DROP TRIGGER event_no_update").unwrap();
    conn.execute("UPDATE event SET format = 1 WHERE seq = ?1", [evs[0].seq])
        .unwrap();
    conn.execute("UPDATE event SET format = 3 WHERE seq = ?1", [evs[1].seq])
        .unwrap();
    let r = p.store.verify(&p.admin).unwrap();
    let changed: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::ContentChanged)
        .map(|f| f.event_id.clone().unwrap_or_default())
        .collect();
    assert_eq!(
        changed,
        [evs[0].id.clone(), evs[1].id.clone()],
        "a v2 event read as v1 no longer matches its hash, and an unknown format is reported: {:?}",
        r.findings
    );
    assert!(
        r.findings.iter().any(|f| f
            .message
            .contains("ledger format 3, which this version of Custody does not know")),
        "the unknown format is named: {:?}",
        r.findings
    );
}

#[test]
fn verify_compares_each_packs_last_event() {
    let mut p = pharmacy();
    let evs = p.append(&[p.receive("S1"), p.receive("S2")]);
    let conn = p.sqlite();
    conn.execute(
        "UPDATE unit SET last_event_seq = ?1 WHERE serial = 'S1'",
        [evs[1].seq],
    )
    .unwrap();
    let r = p.store.verify(&p.admin).unwrap();
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == FindingKind::StateMismatch && f.message.contains("S1")),
        "a pack's last event is a projection too: {:?}",
        r.findings
    );
}

#[test]
fn verify_compares_the_expiry_a_lot_stock_row_holds() {
    let mut p = pharmacy();
    p.append(&[p.receive_gauze(50)]);
    let conn = p.sqlite();
    conn.execute_batch("UPDATE lot_stock SET expiry = '2031-01-31' WHERE lot = 'G7'")
        .unwrap();
    let r = p.store.verify(&p.admin).unwrap();
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == FindingKind::StateMismatch
                && f.message.contains("G7")
                && f.message.contains("2031-01-31")),
        "a lot's expiry pushed back on the shelf is a projection edited by hand: {:?}",
        r.findings
    );
}

/// The "Check" column of a pack's chain-of-custody certificate: one row per event.
fn certificate_checks(store: &Store, actor: &User, gtin: &str, serial: &str) -> Vec<String> {
    use custody_core::report::{Block, ReportRequest};
    let request = ReportRequest::ChainOfCustody {
        gtin: gtin.into(),
        serial: serial.into(),
    };
    let d = store.report(actor, &request, now()).unwrap();
    let t = d
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) if t.name == "Ledger hashes" => Some(t),
            _ => None,
        })
        .expect("the certificate has its ledger hashes");
    let i = t.columns.iter().position(|c| c.title == "Check").unwrap();
    t.rows.iter().map(|r| r[i].clone()).collect()
}

#[test]
fn a_v1_event_given_a_subject_behind_the_stores_back_is_neither_verified_nor_certified() {
    let (_dir, path) = v1_copy();
    let store = Store::open(&path).unwrap();
    let alice = store.actor("alice").unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let (gtin, serial): (String, String) = conn
        .query_row(
            "SELECT p.gtin, l.serial FROM event_line l JOIN product p ON p.id = l.product_id
             WHERE l.event_seq = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let before = certificate_checks(&store, &alice, &gtin, &serial);
    assert!(
        before.iter().all(|c| c == "intact"),
        "the untouched v1 file certifies: {before:?}"
    );

    // Format 1's bytes have no subject, so a subject added to a v1 event leaves its hash as it
    // was: only refusing to prove such an event keeps the certificate as strict as `verify`.
    conn.execute_batch(
        "DROP TRIGGER event_no_update;
         UPDATE event SET subject_user_id = (SELECT id FROM user WHERE username = 'alice'),
                          subject_role = 'admin', subject_active = 1 WHERE seq = 1;",
    )
    .unwrap();
    let r = store.verify(&alice).unwrap();
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == FindingKind::ContentChanged
                && f.seq == Some(1)
                && f.message
                    .contains("ledger format 1, which has no user subject")),
        "verify names the v1 event that gained a subject: {:?}",
        r.findings
    );
    let after = certificate_checks(&store, &alice, &gtin, &serial);
    assert_eq!(
        after.first().map(String::as_str),
        Some("BROKEN"),
        "the certificate must not call intact an event that verify reports changed: {after:?}"
    );
}
