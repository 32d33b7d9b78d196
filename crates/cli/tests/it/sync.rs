//! `custody sync` through the binary, with no hub: the status in words before enrolment, an
//! enrolment that cannot reach the hub refused by code with the address tried, and nothing
//! recorded by it.

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
    let out = s.run(&["--as", "alice", "sync", "push"]);
    assert_eq!(out.status.code(), Some(1), "no hub, no push");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not enrolled"),
        "the refusal says why: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
