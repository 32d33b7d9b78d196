//! The app's background drainer as `national_summary` shows it (issue #25): no file, then a
//! file written after start picked up; a lock held by a command line said and tried again until
//! it is let go; a file broken then mended taken up without a restart; stopped with the window.

use std::time::{Duration, Instant};

use custody_api::national::{run, Background};
use custody_api::ops;
use custody_national::protocol::PackKey;
use custody_national::sim::{NmvsSim, SimPack};
use serde_json::{json, Value};

use crate::fixture::{pack, Pharmacy, AMOX};

fn key(serial: &str) -> PackKey {
    PackKey::new(AMOX, serial, "L1", "280630").unwrap()
}

fn call(p: &mut Pharmacy, who: &mut custody_api::Session, op: &str, request: Value) -> Value {
    ops::call(&mut p.host, Some(who), op, request).unwrap_or_else(|e| panic!("{op}: {e}"))
}

fn dispense(p: &mut Pharmacy, who: &mut custody_api::Session, serial: &str) {
    let receipt = json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack(serial)});
    call(p, who, "scan", receipt);
    let dispense = json!({"movement": "dispense", "location": "MAIN", "raw": pack(serial)});
    call(p, who, "scan", dispense);
}

/// The summary once `until` holds of it, within ten seconds.
fn wait_for(
    p: &mut Pharmacy,
    who: &mut custody_api::Session,
    what: &str,
    until: impl Fn(&Value) -> bool,
) -> Value {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let s = call(p, who, "national_summary", json!(null));
        if until(&s) {
            return s;
        }
        assert!(Instant::now() < deadline, "{what}, never: {s}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn state(s: &Value) -> &str {
    s["drainer"]["state"].as_str().unwrap_or_default()
}

fn site_file(sim: &NmvsSim) -> String {
    format!(
        "[nmvs.EU-DE]\nbase_url = \"{}\"\nuser = \"custody\"\nlocation = \"PH1\"\ntimeout_ms = 3000\n",
        sim.base_url()
    )
}

#[test]
fn the_apps_drainer_says_why_nothing_leaves_and_takes_a_file_and_a_lock_up_without_restart() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let choice = json!({"market": "EU-DE", "check": "at_dispense"});
    call(&mut p, &mut admin, "set_national_settings", choice);
    dispense(&mut p, &mut admin, "N1");
    let db = p.host.path().to_path_buf();
    let file = db.with_file_name("national.toml");

    let outside = call(&mut p, &mut admin, "national_summary", json!(null));
    assert_eq!(
        (
            state(&outside),
            &outside["drainer"]["own"],
            &outside["pending"]
        ),
        ("not_configured", &json!(false), &json!(1)),
        "no drainer here: a look at the file: {outside}"
    );
    assert_eq!(
        outside["drainer"]["config_path"],
        file.display().to_string()
    );

    let every = Duration::from_millis(50);
    let background = Background::start(&db, p.host.national_drainer(), every).unwrap();
    let s = wait_for(&mut p, &mut admin, "the app's own state", |s| {
        s["drainer"]["own"] == true && state(s) == "not_configured"
    });
    assert!(s["drainer"]["checked_at"].is_string(), "{s}");

    // A command line drains as the file appears: the app's drainer says so, and waits.
    let command_line = run::lock(&db).unwrap();
    let sim = NmvsSim::start(vec![SimPack::active(key("N1")), SimPack::active(key("N2"))]).unwrap();
    std::fs::write(&file, site_file(&sim)).unwrap();
    let s = wait_for(&mut p, &mut admin, "another holds the lock", |s| {
        state(s) == "locked_by_another"
    });
    assert_eq!(s["drainer"]["code"], "national.drainer_running", "{s}");
    std::thread::sleep(every * 4);
    assert_eq!(
        sim.decommissions(&key("N1")),
        0,
        "nothing sent without the lock"
    );

    drop(command_line);
    let s = wait_for(
        &mut p,
        &mut admin,
        "the lock taken, the dispense sent",
        |s| state(s) == "running" && s["pending"] == 0 && s["sent"] == 0,
    );
    assert!(s["drainer"]["last_answer_at"].is_string(), "{s}");
    assert_eq!(s["drainer"]["code"], Value::Null);
    assert_eq!(sim.decommissions(&key("N1")), 1);

    // A file broken lets the lock go and says why; mended, it is taken up again.
    std::fs::write(
        &file,
        "[nmvs.EU-DE]\nbase_url = \"x\"\nclient_cert = \"a.pem\"\n",
    )
    .unwrap();
    let s = wait_for(&mut p, &mut admin, "the broken file refused", |s| {
        state(s) == "config_refused"
    });
    assert_eq!(s["drainer"]["code"], "national.config_invalid");
    assert!(
        s["drainer"]["reason"].as_str().unwrap().contains("user"),
        "{s}"
    );
    drop(run::lock(&db).expect("a refused file holds no lock"));
    std::fs::write(&file, site_file(&sim)).unwrap();
    wait_for(&mut p, &mut admin, "the mended file", |s| {
        state(s) == "running"
    });
    // The drainer records on the wall clock: the window's catches up with it.
    p.clock.set(custody_api::clock::system_now());
    dispense(&mut p, &mut admin, "N2");
    background.nudge();
    wait_for(&mut p, &mut admin, "the second dispense sent", |s| {
        s["pending"] == 0 && s["sent"] == 0
    });
    assert_eq!(sim.decommissions(&key("N2")), 1);

    background.stop().unwrap();
    let s = call(&mut p, &mut admin, "national_summary", json!(null));
    assert_eq!(state(&s), "stopped", "{s}");
    drop(run::lock(&db).expect("the lock goes with the drainer"));
}
