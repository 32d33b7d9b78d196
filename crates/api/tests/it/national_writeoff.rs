//! A pack reported stolen or taken as a sample through the contract (`write_off`): refused to
//! staff and for a pack not held, queued as a decommission for its reason, and sent by a pass of
//! the drainer to the NMVS simulator, which answers it once.

use custody_api::national::run;
use custody_api::ops;
use custody_national::protocol::eu::PackState;
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
fn a_pack_reported_stolen_and_one_taken_as_a_sample_reach_the_national_system_once() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    call(
        &mut p,
        &mut admin,
        "set_national_settings",
        json!({"market": "EU-DE", "check": "at_dispense"}),
    );
    for serial in ["W1", "W2", "W3"] {
        call(
            &mut p,
            &mut admin,
            "scan",
            json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack(serial)}),
        );
    }
    call(
        &mut p,
        &mut admin,
        "scan",
        json!({"movement": "dispense", "location": "MAIN", "raw": pack("W3")}),
    );
    let mut sam = p.sign_in("sam");
    let refused = ops::call(
        &mut p.host,
        Some(&mut sam),
        "write_off",
        json!({"gtin": AMOX, "serial": "W1", "why": "stolen"}),
    )
    .unwrap_err();
    assert_eq!(refused.code, "auth.forbidden", "staff may not");
    let mut quinn = p.sign_in("quinn");
    let gone = ops::call(
        &mut p.host,
        Some(&mut quinn),
        "write_off",
        json!({"gtin": AMOX, "serial": "W3", "why": "stolen"}),
    )
    .unwrap_err();
    assert_eq!(
        (gone.code.as_str(), &gone.args["status"]),
        ("stock.pack_not_held", &json!("dispensed")),
        "a pack supplied already is not here to steal"
    );
    let stolen = call(
        &mut p,
        &mut quinn,
        "write_off",
        json!({"gtin": AMOX, "serial": "W1", "why": "stolen", "note": "police report 4411"}),
    );
    assert_eq!(
        (&stolen["status"], &stolen["from"]),
        (&json!("missing"), &json!("MAIN")),
        "{stolen}"
    );
    assert!(stolen["decommission"].is_i64(), "{stolen}");
    let sample = call(
        &mut p,
        &mut quinn,
        "write_off",
        json!({"gtin": AMOX, "serial": "W2", "why": "sample"}),
    );
    assert_eq!(sample["status"], "transferred_out", "{sample}");

    let sim = NmvsSim::start(["W1", "W2", "W3"].map(|s| SimPack::active(key(s))).to_vec()).unwrap();
    let db = p.host.path().to_path_buf();
    std::fs::write(
        db.with_file_name("national.toml"),
        format!(
            "[nmvs.EU-DE]\nbase_url = \"{}\"\nuser = \"custody\"\nlocation = \"PH1\"\ntimeout_ms = 3000\n",
            sim.base_url()
        ),
    )
    .unwrap();
    let systems = run::configured_systems(&db).unwrap();
    let figures = run::drain_now(&db, &systems).unwrap();
    assert_eq!(figures.done, 3, "supplied, stolen, sample: {figures:?}");
    assert_eq!(
        [sim.state_of(&key("W1")), sim.state_of(&key("W2"))],
        [Some(PackState::Stolen), Some(PackState::Sample)],
        "each decommissioned for its own reason"
    );
    run::drain_now(&db, &systems).unwrap();
    for serial in ["W1", "W2", "W3"] {
        assert_eq!(sim.decommissions(&key(serial)), 1, "{serial}: once");
    }
    let done = call(
        &mut p,
        &mut admin,
        "national_queue",
        json!({"shown": "done"}),
    );
    let reasons: Vec<&str> = done
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["request"]["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, ["sample", "stolen", "supplied"], "newest first");
    let check = call(
        &mut p,
        &mut admin,
        "verify_ledger",
        json!({"scope": "full"}),
    );
    assert_eq!(check["intact"], true, "{check}");
}
