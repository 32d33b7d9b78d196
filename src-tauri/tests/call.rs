//! The window's one generic command, `call`, over custody-api's operation list: the session gate
//! per operation, unknown operations, and operations that behave as the api says (the site's
//! scanner settings apply to the app's scans; a release is signed `approved`).

use std::sync::Arc;
use std::time::Duration;

use custody_api::{Host, SystemClock};
use custody_app::session::Moment;
use custody_app::{AppState, Options};
use custody_core::{
    EventKind, LocationKind, PartnerKind, ProductData, SignatureMeaning, Store, Timestamp,
    TrackingMode,
};
use serde_json::{json, Value};

const PASSWORD: &str = "a long enough password";
const AMOX: &str = "09506000134352";
const MINUTE: Duration = Duration::from_secs(60);

/// A window on a pharmacy: administrator `admin`, staff `sam`, location MAIN, supplier ACME, the
/// serialized product AMOX; nobody signed in, sessions closing after 10 idle minutes.
fn window(dir: &std::path::Path) -> AppState {
    let path = dir.join("custody.db");
    let now = Timestamp(chrono::Local::now().fixed_offset());
    let mut store = Store::open(&path).unwrap();
    let (_, admin) = store
        .init("WP", "Ward Pharmacy", "admin", "Ada Admin", PASSWORD, now)
        .unwrap();
    store
        .add_user(
            &admin,
            "sam",
            "Sam Staff",
            "staff".parse().unwrap(),
            Some(PASSWORD),
            now,
        )
        .unwrap();
    store
        .add_location(&admin, "MAIN", "Main pharmacy", LocationKind::Store)
        .unwrap();
    store
        .add_partner(&admin, "ACME", "Acme Pharma", PartnerKind::Supplier, None)
        .unwrap();
    let product = ProductData {
        gtin: AMOX.into(),
        name: "Amoxicillin 500 mg".into(),
        tracking: Some(TrackingMode::Serial),
        ..Default::default()
    };
    store.add_product(&admin, &product, now).unwrap();
    drop(store);
    let host = Host::open(&path, Arc::new(SystemClock)).unwrap();
    let options = Options {
        idle_minutes: Some(10),
        ..Options::default()
    };
    AppState::new(host, &options, dir.join("backups"))
}

/// A scan of AMOX `serial`, lot L1, expiring 2031-12-31, with `gs` between the fields.
fn pack(serial: &str, gs: &str) -> String {
    format!("]d201{AMOX}17311231{gs}10L1{gs}21{serial}")
}

fn receive(raw: &str) -> Value {
    json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": raw})
}

#[test]
fn a_signed_in_operation_before_sign_in_is_refused_as_signed_out() {
    let dir = tempfile::tempdir().unwrap();
    let state = window(dir.path());
    let e = state
        .call("scan", receive(&pack("S1", "\u{1d}")), Moment::now())
        .expect_err("nobody is signed in");
    assert_eq!(
        e.code, "session.signed_out",
        "the UI goes back to the sign-in screen on this code"
    );
    assert_eq!(
        e.args["reason"], "not_signed_in",
        "and says why: nobody signed in, not an idle session"
    );
    let e = state
        .call("site_settings", Value::Null, Moment::now())
        .expect_err("the site's settings are for signed-in people");
    assert_eq!(
        e.code, "session.signed_out",
        "every signed-in operation is gated"
    );
}

#[test]
fn an_operation_after_the_idle_minutes_is_refused_and_the_session_closed() {
    let dir = tempfile::tempdir().unwrap();
    let state = window(dir.path());
    let t0 = Moment::now();
    state.sign_in("sam", PASSWORD, t0).unwrap();
    state
        .call("movement_rules", json!("release"), t0.after(9 * MINUTE))
        .expect("nine minutes after sign-in the session is live");
    let e = state
        .call("movement_rules", json!("release"), t0.after(19 * MINUTE))
        .expect_err("ten minutes after the last operation the session is closed");
    assert_eq!(e.code, "session.signed_out");
    assert_eq!(
        e.args["reason"], "idle",
        "the sign-in screen says it timed out"
    );
    assert_eq!(e.args["minutes"], 10, "and after how many minutes");
    let e = state
        .call("movement_rules", json!("release"), t0.after(20 * MINUTE))
        .expect_err("a closed session stays closed");
    assert_eq!(e.args["reason"], "not_signed_in");
}

#[test]
fn an_unknown_operation_is_refused_by_name_even_before_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let state = window(dir.path());
    for when in ["before sign-in", "signed in"] {
        if when == "signed in" {
            state.sign_in("admin", PASSWORD, Moment::now()).unwrap();
        }
        let e = state
            .call("scna", json!({}), Moment::now())
            .expect_err("there is no such operation");
        assert_eq!(
            e.code, "api.unknown_operation",
            "{when}: a misspelt operation is not mistaken for a sign-out"
        );
        assert_eq!(e.args["operation"], "scna", "{when}: the refusal names it");
    }
}

#[test]
fn a_request_that_does_not_fit_the_operation_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let state = window(dir.path());
    state.sign_in("sam", PASSWORD, Moment::now()).unwrap();
    let e = state
        .call(
            "scan",
            json!({"movement": "steal", "location": "MAIN", "raw": "x"}),
            Moment::now(),
        )
        .expect_err("no such movement");
    assert_eq!(
        e.code, "api.bad_request",
        "a movement outside the enum never reaches core"
    );
    assert_eq!(e.args["operation"], "scan");
}

#[test]
fn a_tilde_sent_for_the_group_separator_scans_in_the_app_once_the_site_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let state = window(dir.path());
    let now = Moment::now();
    state.sign_in("admin", PASSWORD, now).unwrap();
    let before = state
        .call("scan", receive(&pack("T1", "~")), now)
        .expect("a scan that is read as something is answered with a verdict");
    assert_ne!(
        before["serial"], "T1",
        "without the setting, '~' is data: the lot swallows the serial ({before})"
    );
    assert!(
        before["recorded"].is_null(),
        "and nothing is received: {before}"
    );

    let mut settings = state.call("site_settings", Value::Null, now).unwrap();
    settings["scanner"]["gs_substitutes"] = json!(["~"]);
    let stored = state
        .call("set_site_settings", settings, now)
        .expect("an administrator sets the scanner up");
    assert_eq!(stored["scanner"]["gs_substitutes"], json!(["~"]));

    let v = state
        .call("scan", receive(&pack("T2", "~")), now)
        .expect("the scan is read with the site's substitute");
    assert_eq!(v["verdict"], "accepted", "{v}");
    assert_eq!(v["serial"], "T2", "'~' separated the lot from the serial");
    assert_eq!(v["lot"], "L1", "and ended the lot");
    assert_eq!(
        v["recorded"]["status"], "in_stock",
        "the pack is received: {v}"
    );
}

#[test]
fn the_app_signs_a_release_as_approved_as_the_api_decides() {
    let dir = tempfile::tempdir().unwrap();
    let state = window(dir.path());
    let now = Moment::now();
    state.sign_in("admin", PASSWORD, now).unwrap();
    let raw = pack("R1", "\u{1d}");
    state.call("scan", receive(&raw), now).unwrap();
    let scan = |movement: &str, extra: Value| {
        let mut request = json!({"movement": movement, "location": "MAIN", "raw": raw});
        for (k, v) in extra.as_object().unwrap() {
            request[k] = v.clone();
        }
        state.call("scan", request, now)
    };
    scan("quarantine", json!({"reason": "damaged box"})).unwrap();
    let e = scan("release", json!({})).expect_err("a release is signed");
    assert_eq!(e.code, "movement.signature_required");
    assert_eq!(
        e.args["field"], "password",
        "the scan screen asks for the password"
    );
    let rules = state.call("movement_rules", json!("release"), now).unwrap();
    assert_eq!(
        rules["signature"], "approved",
        "the scan screen learns the meaning from the api, not from its own list"
    );
    let v = scan("release", json!({"password": PASSWORD})).unwrap();
    assert_eq!(v["recorded"]["status"], "in_stock", "released: {v}");
    let store = Store::open(dir.path().join("custody.db")).unwrap();
    let admin = store.actor("admin").unwrap();
    let history = store
        .unit_history(&admin, AMOX, "R1", chrono::Local::now().date_naive())
        .unwrap();
    let release = history
        .events
        .iter()
        .find(|e| e.kind == EventKind::Release)
        .expect("the release is on the pack's history");
    assert_eq!(
        release.signature,
        Some(SignatureMeaning::Approved),
        "the ledger says the release was approved (a QA decision), as the command line records it"
    );
}

#[test]
fn the_kept_shortage_list_is_computed_with_nobody_signed_in_by_the_alerts_principal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("custody.db");
    drop(window(dir.path()));
    let now = Timestamp(chrono::Local::now().fixed_offset());
    let mut store = Store::open(&path).unwrap();
    let admin = store.actor("admin").unwrap();
    store
        .set_reorder_rule(
            &admin,
            &custody_core::levels::RuleInput {
                gtin: AMOX.into(),
                location: "MAIN".into(),
                reorder_point: 10,
                par_level: 20,
                lead_time_days: Some(7),
            },
            now,
        )
        .unwrap();
    let mut host = Host::open(&path, Arc::new(SystemClock)).unwrap();
    let (day, list) = custody_api::jobs::shortage_list(&mut host)
        .expect("the alerts principal may read stock: no administrator is borrowed");
    assert_eq!(
        day,
        chrono::Local::now().date_naive(),
        "the list is today's, on the host's clock"
    );
    assert!(
        list.iter().any(|p| p.gtin == AMOX && p.location == "MAIN"),
        "nothing is held against a reorder point of 10: a shortage ({} found)",
        list.len()
    );
}

#[test]
fn a_backup_folder_chosen_through_call_is_where_the_window_backs_up_from_then_on() {
    let dir = tempfile::tempdir().unwrap();
    let state = window(dir.path());
    let now = Moment::now();
    state.sign_in("admin", PASSWORD, now).unwrap();
    let usb = tempfile::tempdir().unwrap();
    let chosen = state
        .call(
            "set_backup_folder",
            json!({"folder": usb.path().display().to_string()}),
            now,
        )
        .expect("an administrator chooses a folder of its own");
    let info = state.info(now).unwrap();
    assert_eq!(
        info.backup_dir.as_deref(),
        chosen.as_str(),
        "the window keeps the folder the api stored: \"Back up now\" and the daily backups go there"
    );

    let beside = state
        .call(
            "set_backup_folder",
            json!({"folder": dir.path().display().to_string()}),
            now,
        )
        .expect_err("the database's own folder is refused");
    assert_eq!(beside.code, "files.backup_beside_database");
    assert_eq!(
        state.info(now).unwrap().backup_dir.as_deref(),
        chosen.as_str(),
        "a refused folder changes nothing the window keeps"
    );
}
