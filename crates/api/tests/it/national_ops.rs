//! National verification as the front ends reach it (issue #25): the site's choice through
//! `set_national_settings`, dispenses queued, the status bar's figures, a pass of the drainer
//! with the systems of `national.toml` beside the database against the NMVS simulator on
//! loopback, one drainer per database, and a refused request tried again by a QA officer.

use custody_api::national::run;
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

#[test]
fn a_dispense_queued_waits_in_the_status_bar_until_a_pass_with_the_site_file_answers_it() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let chosen = call(
        &mut p,
        &mut admin,
        "set_national_settings",
        json!({"market": "EU-DE", "check": "at_dispense"}),
    );
    assert_eq!(
        chosen,
        json!({"market": "EU-DE", "check": "at_dispense", "window_hours": 24})
    );
    for serial in ["N1", "N2"] {
        call(
            &mut p,
            &mut admin,
            "scan",
            json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack(serial)}),
        );
        call(
            &mut p,
            &mut admin,
            "scan",
            json!({"movement": "dispense", "location": "MAIN", "raw": pack(serial)}),
        );
    }
    let summary = call(&mut p, &mut admin, "national_summary", json!(null));
    assert_eq!(summary["pending"], 2, "{summary}");
    assert_eq!(
        summary["window_ends_at"], "2026-12-01T09:00:00.000000Z",
        "a day after the first dispense: {summary}"
    );
    assert_eq!(summary["window_warning"], false);

    let db = p.host.path().to_path_buf();
    assert_eq!(
        run::configured_systems(&db).unwrap_err().code,
        "national.not_configured",
        "no file, nothing sent"
    );
    let sim = NmvsSim::start(["N1", "N2"].map(|s| SimPack::active(key(s))).to_vec()).unwrap();
    std::fs::write(
        db.with_file_name("national.toml"),
        format!(
            "[nmvs.EU-DE]\nbase_url = \"{}\"\nuser = \"custody\"\nlocation = \"PH1\"\ntimeout_ms = 3000\n",
            sim.base_url()
        ),
    )
    .unwrap();
    let systems = run::configured_systems(&db).unwrap();
    let held = run::lock(&db).unwrap();
    assert_eq!(
        run::drain_now(&db, &systems).unwrap_err().code,
        "national.drainer_running",
        "while the app drains, a command line does not"
    );
    drop(held);
    let figures = run::drain_now(&db, &systems).unwrap();
    assert_eq!(figures.done, 2, "{figures:?}");
    assert_eq!(sim.decommissions(&key("N1")), 1);

    let summary = call(&mut p, &mut admin, "national_summary", json!(null));
    assert_eq!(
        (summary["pending"].clone(), summary["sent"].clone()),
        (json!(0), json!(0))
    );
    assert_eq!(summary["window_ends_at"], Value::Null);
    let done = call(
        &mut p,
        &mut admin,
        "national_queue",
        json!({"shown": "done"}),
    );
    let serials: Vec<&str> = done
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["request"]["serial"].as_str().unwrap())
        .collect();
    assert_eq!(serials, ["N2", "N1"], "newest first");
    assert_eq!(done[0]["product_name"], "Amoxicillin 500 mg");
}

#[test]
fn only_a_failed_request_is_tried_again_and_only_by_those_who_may_override() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    call(
        &mut p,
        &mut admin,
        "set_national_settings",
        json!({"market": "EU-FR", "check": "at_dispense"}),
    );
    call(
        &mut p,
        &mut admin,
        "scan",
        json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack("F1")}),
    );
    call(
        &mut p,
        &mut admin,
        "scan",
        json!({"movement": "dispense", "location": "MAIN", "raw": pack("F1")}),
    );
    let waiting = call(
        &mut p,
        &mut admin,
        "national_queue",
        json!({"shown": "waiting"}),
    );
    let id = waiting[0]["request"]["id"].as_i64().unwrap();
    let refused = ops::call(
        &mut p.host,
        Some(&mut admin),
        "national_retry",
        json!({"id": id}),
    )
    .unwrap_err();
    assert_eq!(
        refused.code, "national.request_not_failed",
        "a waiting request is not retried"
    );
    let mut sam = p.sign_in("sam");
    let refused = ops::call(
        &mut p.host,
        Some(&mut sam),
        "national_retry",
        json!({"id": id}),
    )
    .unwrap_err();
    assert_eq!(refused.code, "auth.forbidden");
    let bad = ops::call(
        &mut p.host,
        Some(&mut admin),
        "set_national_settings",
        json!({"market": "US", "check": "at_dispense"}),
    )
    .unwrap_err();
    assert_eq!(bad.code, "national.dispense_needs_eu");
}

#[test]
fn a_us_site_verifies_a_pack_received_as_suspect_through_the_router_and_an_illegitimate_one_stays_held(
) {
    use custody_national::protocol::us::AdditionalInfo;
    use custody_national::sim::{VrsPack, VrsSim};

    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    call(
        &mut p,
        &mut admin,
        "set_national_settings",
        json!({"market": "US", "check": "at_receipt"}),
    );
    call(
        &mut p,
        &mut admin,
        "add_location",
        json!({"code": "QUAR", "name": "Quarantine", "kind": "quarantine"}),
    );
    for serial in ["U1", "U2"] {
        let receipt = json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack(serial)});
        call(&mut p, &mut admin, "scan", receipt.clone());
        // The same code said to be on a second pack: a clone, held as suspect on receipt.
        let mut again = receipt;
        again["another_pack"] = json!(true);
        call(&mut p, &mut admin, "scan", again);
    }
    let waiting = call(
        &mut p,
        &mut admin,
        "national_queue",
        json!({"shown": "waiting"}),
    );
    assert_eq!(
        waiting.as_array().unwrap().len(),
        2,
        "one verification per pack held: {waiting}"
    );
    assert!(waiting
        .as_array()
        .unwrap()
        .iter()
        .all(|q| q["request"]["kind"] == "verify"));

    let sim = VrsSim::start(vec![
        VrsPack {
            pack: key("U1"),
            additional_info: None,
            failure: None,
        },
        VrsPack {
            pack: key("U2"),
            additional_info: Some(AdditionalInfo::Illegitimate),
            failure: None,
        },
    ])
    .unwrap();
    let db = p.host.path().to_path_buf();
    std::fs::write(
        db.with_file_name("national.toml"),
        format!(
            "[vrs]\nbase_url = \"{}\"\nrequestor_gln = \"0614141000005\"\n",
            sim.base_url()
        ),
    )
    .unwrap();
    let figures = run::drain_now(&db, &run::configured_systems(&db).unwrap()).unwrap();
    assert_eq!((figures.done, figures.alerts), (1, 1), "{figures:?}");
    assert_eq!(sim.requests(), 2);
    let alerts = call(
        &mut p,
        &mut admin,
        "national_queue",
        json!({"shown": "alerts"}),
    );
    assert_eq!(alerts[0]["request"]["serial"], "U2");
    assert_eq!(
        alerts[0]["supplied"],
        Value::Null,
        "held here, not supplied"
    );
    let history = call(
        &mut p,
        &mut admin,
        "unit_history",
        json!({"gtin": AMOX, "serial": "U2"}),
    );
    assert!(
        history["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "national_alert"),
        "{history}"
    );
}
