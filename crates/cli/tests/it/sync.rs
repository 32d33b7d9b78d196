//! `custody sync` through the binary, with no hub: the status in words before enrolment, an
//! enrolment that cannot reach the hub refused by code with the address tried, and nothing
//! recorded by it; the alarms a pull kept, listed. Pulls against a real hub are custody-hub's
//! network tests.

use crate::Scratch;

/// An address on this machine where nothing listens.
fn closed_port() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

#[test]
fn a_site_not_enrolled_says_so_and_an_unreachable_hub_enrols_nothing() {
    let s = Scratch::pharmacy();
    let status = s.ok(&["--as", "alice", "sync", "status"]);
    assert!(
        status.starts_with("Not enrolled with a hub"),
        "the first line says where the site stands: {status}"
    );

    let hub = closed_port();
    let out = s.run(&[
        "--as", "alice", "--json", "sync", "enrol", "--hub", &hub, "--code", "CODE-1",
    ]);
    assert_eq!(out.status.code(), Some(1), "a failed enrolment is an error");
    let error: serde_json::Value =
        serde_json::from_slice(&out.stderr).expect("--json refusals are one JSON object");
    assert_eq!(error["error"]["code"], "sync.hub_unreachable");
    assert_eq!(
        error["error"]["args"]["url"],
        format!("{hub}/v1/enrol"),
        "the refusal names the address tried"
    );

    let status = s.ok(&["--as", "alice", "--json", "sync", "status"]);
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    assert_eq!(
        status["state"], "not_enrolled",
        "nothing of a failed enrolment is kept"
    );
    for sub in ["push", "pull", "now"] {
        let out = s.run(&["--as", "alice", "sync", sub]);
        assert_eq!(out.status.code(), Some(1), "no hub, no {sub}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("not enrolled"),
            "the refusal of {sub} says why: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn sync_alarms_lists_the_hubs_alarms_as_the_pull_kept_them() {
    let s = Scratch::pharmacy();
    let none = s.ok(&["--as", "alice", "sync", "alarms"]);
    assert_eq!(
        none.trim(),
        "No open alarm from the hub.",
        "nothing pulled yet"
    );
    // Two alarms as a pull stores them (the pull itself runs against a real hub in
    // custody-hub's network tests): one open, one resolved.
    let conn = rusqlite::Connection::open(s.db()).unwrap();
    conn.execute_batch(
        "INSERT INTO hub_alarm (id, gtin, serial, state, last_change, patterns, sites, raised_at,
                                closed, cursor, received_at)
         VALUES (7, '09506000134352', 'DUP-1', 'open', 'raised',
                 '[\"held_at_two_sites\",\"received_twice_from_outside\"]', '[\"NORTH\",\"STMARY\"]',
                 '2026-12-01T08:00:00Z', NULL, 12, '2026-12-01T08:05:00.000000Z'),
                (3, '09506000134352', 'OLD-1', 'resolved', 'resolved', '[\"seen_after_gone\"]',
                 '[\"STMARY\"]', '2026-11-30T08:00:00Z', '2026-11-30T09:00:00Z by qa: a return',
                 9, '2026-11-30T09:05:00.000000Z');",
    )
    .unwrap();
    drop(conn);
    let open = s.ok(&["--as", "alice", "sync", "alarms"]);
    let lines: Vec<&str> = open.lines().collect();
    assert_eq!(lines.len(), 2, "a header and the open alarm only: {open}");
    assert_eq!(
        lines[1],
        "7\t09506000134352/DUP-1\topen\theld_at_two_sites,received_twice_from_outside\tNORTH,STMARY\t2026-12-01T08:00:00Z\t-",
        "the pack, its state, patterns and sites"
    );
    let all = s.ok(&["--as", "alice", "--json", "sync", "alarms", "--all"]);
    let all: serde_json::Value = serde_json::from_str(&all).unwrap();
    assert_eq!(
        (all[0]["id"].as_i64(), all[1]["closed"].as_str()),
        (Some(7), Some("2026-11-30T09:00:00Z by qa: a return")),
        "--all adds the resolved one, after the open"
    );
}

#[test]
fn a_rebuild_that_cannot_reach_the_hub_leaves_no_database_and_never_touches_one_set_up() {
    let s = crate::Scratch::new();
    let hub = closed_port();
    let rebuild = [
        "--json",
        "sync",
        "rebuild",
        "--hub",
        &hub,
        "--code",
        "CODE-1",
        "--site-code",
        "WEST",
        "--site-name",
        "West clinic",
        "--admin",
        "alice",
        "--admin-name",
        "Alice Smith",
    ];
    let out = s.run(&rebuild);
    assert_eq!(out.status.code(), Some(1), "a rebuild with no hub fails");
    let error: serde_json::Value =
        serde_json::from_slice(&out.stderr).expect("--json refusals are one JSON object");
    assert_eq!(
        (
            &error["error"]["code"],
            &error["error"]["args"]["url"].as_str()
        ),
        (
            &serde_json::Value::from("sync.hub_unreachable"),
            &Some(format!("{hub}/v1/enrol").as_str())
        ),
        "the refusal names the address tried"
    );
    assert!(
        !std::path::Path::new(&s.db()).exists(),
        "the half-made database is taken away"
    );

    let set_up = crate::Scratch::pharmacy();
    let before = std::fs::read(set_up.db()).unwrap();
    let out = set_up.run(&rebuild);
    let error: serde_json::Value =
        serde_json::from_slice(&out.stderr).expect("--json refusals are one JSON object");
    assert_eq!(
        error["error"]["code"], "master.already_set_up",
        "a site is rebuilt into a new database only"
    );
    assert_eq!(
        std::fs::read(set_up.db()).unwrap(),
        before,
        "a database that is set up is left as it was"
    );
}
