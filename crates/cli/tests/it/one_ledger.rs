//! The command line and the app's command layer are one contract: the same scripted day, typed at
//! the command line and sent as the window sends it (`custody_api::ops::call`, what the app's
//! `call` command dispatches to), on two fresh databases with the same clock and event ids, must
//! leave the same ledger, event for event and line for line, hashes included.

use std::path::Path;
use std::sync::Arc;

use custody_api::{ops, FixedClock, Host};
use custody_core::Timestamp;
use rusqlite::types::Value as Sql;

use crate::day::{seed, steps};
use crate::{Scratch, NOW, PASSWORD};

/// Every row of `sql` as text, column by column (NULL, numbers and blobs spelled out).
fn rows(db: &Path, sql: &str) -> Vec<Vec<String>> {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut st = c.prepare(sql).unwrap();
    let n = st.column_count();
    let names: Vec<String> = st.column_names().iter().map(|s| s.to_string()).collect();
    st.query_map([], |r| {
        (0..n)
            .map(|i| {
                let v: Sql = r.get(i)?;
                Ok(format!(
                    "{}={}",
                    names[i],
                    match v {
                        Sql::Null => "NULL".into(),
                        Sql::Integer(i) => i.to_string(),
                        Sql::Real(f) => f.to_string(),
                        Sql::Text(t) => t,
                        Sql::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
                    }
                ))
            })
            .collect()
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

/// The ledger of a database: every event (kind, actor, reference, signature, times, hash chain)
/// with its lines, named rather than numbered where a number is a row id.
fn ledger(db: &Path) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    let events = rows(
        db,
        "SELECT e.seq, e.id, e.kind, u.username AS actor, e.occurred_at, e.recorded_at,
                l.code AS location, p.code AS counterparty, e.reference, e.reason, e.raw_scan,
                e.signature, e.prev_hash, e.hash
           FROM event e JOIN user u ON u.id = e.actor_id
           LEFT JOIN location l ON l.id = e.location_id
           LEFT JOIN partner p ON p.id = e.counterparty_id
          ORDER BY e.seq",
    );
    let lines = rows(db, "SELECT * FROM event_line ORDER BY event_seq, line_no");
    (events, lines)
}

#[test]
fn the_command_line_and_the_app_write_the_same_ledger_for_the_same_day() {
    let day = steps();

    // Through the command line, one process per step.
    let cli = Scratch::new();
    for (n, step) in day.iter().enumerate() {
        let out = crate::golden::run_step(&cli, n, step);
        assert_eq!(
            out.status.code(),
            Some(step.exit),
            "step {} through the command line: {}",
            step.name,
            String::from_utf8_lossy(&out.stderr)
        );
    }

    // Through the app's command layer, one host and one signed-in session, as the window has.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("custody.db");
    let clock = Arc::new(FixedClock::at(Timestamp::parse(NOW).unwrap()));
    let mut host = Host::open(&db, clock).unwrap();
    let mut session = None;
    for (n, step) in day.iter().enumerate() {
        // Each step draws its event ids from the seed its command-line run had.
        custody_core::ledger::fix_event_ids(Some(seed(n)));
        for (name, request) in &step.calls {
            let answer = ops::call(&mut host, session.as_mut(), name, request.clone());
            assert!(
                answer.is_ok(),
                "step {} through the app ({name}) is answered: {answer:?}",
                step.name
            );
        }
        if session.is_none() {
            session = Some(custody_api::sign_in(&mut host, "alice", PASSWORD).unwrap());
        }
    }
    custody_core::ledger::fix_event_ids(None);
    drop(host);

    let (cli_events, cli_lines) = ledger(Path::new(&cli.db()));
    let (app_events, app_lines) = ledger(&db);
    assert!(
        cli_events.len() >= 7,
        "the day records events (receipts, a held duplicate, the recall's hold, a signed release and destruction): {cli_events:?}"
    );
    for (i, (c, a)) in cli_events.iter().zip(&app_events).enumerate() {
        assert_eq!(
            c, a,
            "event {i} differs between the command line and the app: the same request must mean the same record"
        );
    }
    assert_eq!(
        cli_events.len(),
        app_events.len(),
        "both front ends record as many events"
    );
    let signed: Vec<&String> = cli_events
        .iter()
        .flatten()
        .filter(|c| c.starts_with("signature=") && *c != "signature=NULL")
        .collect();
    assert_eq!(
        signed,
        ["signature=approved", "signature=performed"],
        "the release is signed approved and the destruction performed, from both front ends"
    );
    assert_eq!(
        cli_lines, app_lines,
        "every event line (product, lot, serial, quantity, status and location before and after) is the same"
    );
}
