//! The site's settings apply to every front end: the scanner's GS substitute, receipt limits.

use custody_api::ops;
use serde_json::json;

use crate::fixture::{Pharmacy, AMOX};

#[test]
fn a_site_setting_gs_substitute_decodes_scans_from_every_front_end() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let mut settings =
        ops::call(&mut p.host, Some(&mut admin), "site_settings", json!(null)).unwrap();
    settings["scanner"]["gs_substitutes"] = json!(["~"]);
    ops::call(&mut p.host, Some(&mut admin), "set_site_settings", settings)
        .expect("an administrator sets the scanner");
    let mut sam = p.sign_in("sam");
    let raw = format!("]d201{AMOX}17280630~10L1~21TILDE1");
    let v = ops::call(
        &mut p.host,
        Some(&mut sam),
        "scan",
        json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": raw}),
    )
    .expect("the scan is read with the site's substitute");
    assert_eq!(
        v["serial"], "TILDE1",
        "'~' separated the lot from the serial: {v}"
    );
    assert_eq!(v["verdict"], "accepted", "{v}");
}

#[test]
fn a_gs_substitute_that_a_serial_can_contain_is_refused() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let mut settings =
        ops::call(&mut p.host, Some(&mut admin), "site_settings", json!(null)).unwrap();
    settings["scanner"]["gs_substitutes"] = json!(["-"]);
    let e = ops::call(&mut p.host, Some(&mut admin), "set_site_settings", settings)
        .expect_err("'-' occurs in serials");
    assert_eq!(e.code, "settings.gs_substitute_unusable");
    assert_eq!(
        e.args["field"], "gs_substitutes",
        "the form field at fault is named"
    );
    assert_eq!(
        e.args["substitute"], "-",
        "the refusal names the substitute"
    );
}

#[test]
fn staff_cannot_change_the_site_settings() {
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    let settings = ops::call(&mut p.host, Some(&mut sam), "site_settings", json!(null)).unwrap();
    let e =
        ops::call(&mut p.host, Some(&mut sam), "set_site_settings", settings).expect_err("staff");
    assert_eq!(e.code, "auth.forbidden", "refused as forbidden");
}

#[test]
fn settings_with_an_unusable_alert_window_change_nothing() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let before = ops::call(&mut p.host, Some(&mut admin), "site_settings", json!(null)).unwrap();
    let mut settings = before.clone();
    settings["scanner"]["gs_substitutes"] = json!(["~"]);
    settings["alert_windows"] = json!([30, 99999]);
    let e = ops::call(&mut p.host, Some(&mut admin), "set_site_settings", settings)
        .expect_err("a window of 99,999 days");
    assert!(
        e.code.starts_with("levels."),
        "core's refusal of the windows: {}",
        e.code
    );
    assert_eq!(e.args["field"], "alert_windows");
    let after = ops::call(&mut p.host, Some(&mut admin), "site_settings", json!(null)).unwrap();
    assert_eq!(
        after, before,
        "a refused change leaves every setting as it was, the scanner's too"
    );
}

#[test]
fn the_sites_currency_is_a_code_in_use_typed_in_any_case_and_names_the_reports_amounts() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let mut settings =
        ops::call(&mut p.host, Some(&mut admin), "site_settings", json!(null)).unwrap();
    assert_eq!(
        settings["currency"],
        json!(null),
        "a new site has chosen none"
    );
    settings["currency"] = json!(" eur ");
    let stored = ops::call(&mut p.host, Some(&mut admin), "set_site_settings", settings)
        .expect("a currency typed in lower case");
    assert_eq!(stored["currency"], "EUR", "kept as its ISO code");
    let mut wrong = stored.clone();
    wrong["currency"] = json!("EUT");
    let e = ops::call(&mut p.host, Some(&mut admin), "set_site_settings", wrong)
        .expect_err("no currency is called EUT");
    assert_eq!(e.code, "settings.currency_unknown");
    assert_eq!(e.args["field"], "currency", "the form field at fault");
    assert!(e.message.contains("EUT"), "{}", e.message);
    for typed in ["", "  ", "ANG", &"X".repeat(5000)] {
        let mut wrong = stored.clone();
        wrong["currency"] = json!(typed);
        let e = ops::call(&mut p.host, Some(&mut admin), "set_site_settings", wrong)
            .expect_err("not a currency in use (an empty one is not none)");
        assert_eq!(e.code, "settings.currency_unknown", "{typed:.20}");
        assert!(
            e.message.chars().count() < 200,
            "said back short: {}",
            e.message
        );
    }
    let now = ops::call(&mut p.host, Some(&mut admin), "site_settings", json!(null)).unwrap();
    assert_eq!(now["currency"], "EUR", "a refused currency changes nothing");

    let report = ops::call(
        &mut p.host,
        Some(&mut admin),
        "report_preview",
        json!({"kind": "expiry", "windows": [], "location": null}),
    )
    .expect("the expiry report");
    assert!(
        report.to_string().contains("\"Value (EUR)\""),
        "the expiry report's value column names the currency: {report}"
    );
}

#[test]
fn settings_sent_without_a_currency_choose_none() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let mut settings =
        ops::call(&mut p.host, Some(&mut admin), "site_settings", json!(null)).unwrap();
    settings["currency"] = json!("USD");
    ops::call(
        &mut p.host,
        Some(&mut admin),
        "set_site_settings",
        settings.clone(),
    )
    .unwrap();
    let object = settings.as_object_mut().expect("an object");
    object.remove("currency");
    let stored = ops::call(&mut p.host, Some(&mut admin), "set_site_settings", settings)
        .expect("a front end that does not know the currency yet");
    assert_eq!(stored["currency"], json!(null));
}
