//! The `custody-hub` binary: the administrator's commands against a real database, `serve`
//! printing the address it bound, and one-line errors with exit status 1.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use custody_sync_protocol::{routes, EnrolRequest, SiteKey, PROTOCOL};

use crate::support::TestHub;

fn hub_bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_custody-hub"))
}

#[test]
fn site_add_prints_a_code_that_enrols_and_site_list_shows_it() {
    let hub = TestHub::start();
    let out = hub_bin()
        .args([
            "--db-url",
            &hub.url,
            "site",
            "add",
            "EAST",
            "--name",
            "East clinic",
        ])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "site add succeeds: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let code = String::from_utf8(out.stdout)
        .expect("text")
        .trim()
        .to_string();
    assert_eq!(code.len(), 24, "the code is five groups of four: {code}");
    assert_eq!(
        hub.number(&format!(
            "SELECT count(*) FROM enrolment_code WHERE code_sha256 = sha256('{}'::bytea)",
            code.replace('-', "")
        )),
        1,
        "only the code's hash is stored"
    );
    let (status, reply) = hub.post(
        routes::ENROL,
        None,
        &EnrolRequest {
            protocol: PROTOCOL.into(),
            code,
            site: "EAST".into(),
            public_key: SiteKey::generate().expect("a key").public_key(),
        },
    );
    assert_eq!(status, 200, "the printed code enrols the site: {reply}");
    let out = hub_bin()
        .args(["site", "list"])
        .env("CUSTODY_HUB_DB", &hub.url)
        .output()
        .expect("runs");
    let list = String::from_utf8_lossy(&out.stdout);
    let east = list
        .lines()
        .find(|l| l.starts_with("EAST "))
        .unwrap_or_else(|| panic!("EAST listed: {list}"));
    // Aligned columns, two spaces or more apart (a name may hold one).
    let cols: Vec<&str> = east
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        (cols[1], cols[3], cols[4], cols[5]),
        ("East clinic", "0", "never", "no"),
        "name, no events, no push, not suspended: {east}"
    );
    assert!(
        cols[2].ends_with('Z'),
        "enrolled, with the time in UTC: {east}"
    );
    let again = hub_bin()
        .args([
            "--db-url", &hub.url, "site", "add", "EAST", "--name", "Again",
        ])
        .output()
        .expect("runs");
    assert_eq!(again.status.code(), Some(1), "adding a site twice fails");
    assert_eq!(
        String::from_utf8_lossy(&again.stderr).trim(),
        "custody-hub: site EAST already exists at the hub",
        "in one line saying what"
    );
}

#[test]
fn errors_are_one_line_with_exit_status_1() {
    let hub = TestHub::start();
    hub.add_person("boss", custody_hub::people::Role::Admin);
    let out = hub_bin()
        .args([
            "--db-url", &hub.url, "site", "resume", "NOWHERE", "--reason", "r", "--as", "boss",
        ])
        .env("CUSTODY_HUB_PASSWORD", crate::support::PASSWORD)
        .output()
        .expect("runs");
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).trim()
        ),
        (Some(1), "custody-hub: no site NOWHERE at the hub"),
        "an unknown site is named"
    );
    let out = hub_bin()
        .args(["alarms"])
        .env_remove("CUSTODY_HUB_DB")
        .output()
        .expect("runs");
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).trim()
        ),
        (
            Some(1),
            "custody-hub: no database: give --db-url or set CUSTODY_HUB_DB"
        ),
        "no database named"
    );
    let out = hub_bin()
        .args([
            "--db-url",
            "host=127.0.0.1 port=1 user=postgres dbname=nothing",
            "migrate",
        ])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "an unreachable database fails");
    assert!(
        err.starts_with("custody-hub: cannot connect to the hub database at postgresql://postgres@127.0.0.1:1/nothing")
            && err.trim().lines().count() == 1,
        "one line saying where: {err}"
    );
    let out = hub_bin()
        .args(["site", "frobnicate"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "a usage error exits with 2");
}

#[test]
fn serve_prints_the_address_it_bound_and_answers_there() {
    let hub = TestHub::start();
    let mut child = hub_bin()
        .args(["--db-url", &hub.url, "serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("serve starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut line)
        .expect("a line");
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("the first line names the address: {line:?}"))
        .to_string();
    let answer = ureq::get(format!("http://{addr}{}", routes::head("NORTH"))).call();
    let _ = child.kill();
    let _ = child.wait();
    match answer {
        Err(ureq::Error::StatusCode(code)) => assert_eq!(code, 401, "the served hub wants a token"),
        other => panic!("the served hub must refuse an anonymous read, got {other:?}"),
    }
}

#[test]
fn recall_add_show_and_close_through_the_binary() {
    let hub = TestHub::start();
    hub.add_person("osei", custody_hub::people::Role::Qa);
    let run = |args: &[&str]| {
        let out = hub_bin()
            .args(["--db-url", &hub.url])
            .args(args)
            .env("CUSTODY_HUB_PASSWORD", crate::support::PASSWORD)
            .output()
            .expect("runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).trim().to_string(),
        )
    };
    let (code, _, err) = run(&[
        "recall",
        "add",
        "09506000134352",
        "--number",
        "RC-1",
        "--class",
        "II",
        "--reason",
        "Particles",
        "--as",
        "osei",
    ]);
    assert_eq!(
        (code, err.as_str()),
        (
            Some(1),
            "custody-hub: recall scope: give at least one --lot or --serial"
        ),
        "a recall without a lot or serial is refused, saying what is missing"
    );
    let (code, out, err) = run(&[
        "recall",
        "add",
        "09506000134352",
        "--number",
        "RC-1",
        "--lot",
        "L1",
        "--class",
        "II",
        "--reason",
        "Particles",
        "--as",
        "osei",
    ]);
    assert_eq!(code, Some(0), "entered: {err}");
    assert_eq!(
        out.trim(),
        "recall 1 (RC-1) entered: GTIN 09506000134352, lot L1",
        "the hub's number, the recall's, and the title made from what it covers"
    );
    let (code, out, _) = run(&["recall", "show", "1"]);
    assert_eq!(code, Some(0));
    assert!(
        out.lines().last() == Some(
            "nothing is in stock or held at any site: it can be closed (custody-hub recall close 1 --as USERNAME)"
        ),
        "no site holds the lot, so it can be closed: {out}"
    );
    let (code, out, _) = run(&["recall", "close", "1", "--as", "osei"]);
    assert_eq!(code, Some(0));
    assert!(out.starts_with("recall 1 (RC-1) closed "), "{out}");
    let (code, _, err) = run(&["recall", "close", "1", "--as", "osei"]);
    assert_eq!(
        (code, err.as_str()),
        (Some(1), "custody-hub: recall 1 is closed already"),
        "a second closure is refused"
    );
    let (code, _, err) = run(&["recall", "show", "9"]);
    assert_eq!(
        (code, err.as_str()),
        (
            Some(1),
            "custody-hub: no recall 9 at the hub (see custody-hub recall list)"
        ),
        "an unknown recall is named"
    );
}

#[test]
fn reach_reads_a_gtin_13_as_its_gtin_14_and_names_a_bad_one() {
    let hub = TestHub::start();
    let run = |args: &[&str]| {
        let out = hub_bin()
            .args(["--db-url", &hub.url])
            .args(args)
            .output()
            .expect("runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).trim().to_string(),
        )
    };
    let (code, _, err) = run(&["demo"]);
    assert_eq!(code, Some(0), "the demo fills the hub: {err}");
    let (code, as_14, err) = run(&["reach", "--gtin", "09506000134352", "--lot", "L2611"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        as_14.contains("NORTH") && as_14.contains("SOUTH"),
        "the demo's lot is at both sites: {as_14}"
    );
    let (code, as_13, err) = run(&["reach", "--gtin", "9506000134352", "--lot", "L2611"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(as_13, as_14, "the GTIN-13 finds the same packs");
    let (code, _, err) = run(&["reach", "--gtin", "9506000134353", "--lot", "L2611"]);
    assert_eq!(code, Some(1), "a wrong check digit is refused");
    assert!(
        err.starts_with("custody-hub: --gtin 9506000134353: "),
        "the refusal names the argument: {err}"
    );
}
