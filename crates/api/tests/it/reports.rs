//! Reports, files and the ledger through the operation list.

use std::sync::Arc;

use custody_api::report::PaperSize;
use custody_api::{ops, Cx, FixedClock, Host};
use custody_core::report::ReportRequest;
use serde_json::json;

use crate::fixture::{pack, t, Pharmacy};

#[test]
fn a_new_database_is_set_up_once_before_anyone_signs_in() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FixedClock::at(t("2026-11-30T09:00:00+01:00"));
    let mut host = Host::open(&dir.path().join("new.db"), Arc::new(clock)).unwrap();
    let setup = json!({"site_code": "C1", "site_name": "Clinic", "admin": "ada", "admin_name": "Ada",
        "password": "long enough", "password_again": "long enough"});
    let done = ops::call(&mut host, None, "first_run", setup.clone())
        .expect("a first run needs nobody signed in");
    assert_eq!(done["site"]["code"], "C1");
    let e = ops::call(&mut host, None, "first_run", setup).expect_err("never twice");
    assert_eq!(
        e.code, "master.already_set_up",
        "a set-up database is never set up again from the window"
    );
}

#[test]
fn a_report_is_saved_in_the_reports_folder_and_never_replaces_a_file_unasked() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    ops::call(
        &mut p.host,
        Some(&mut admin),
        "scan",
        json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack("P1")}),
    )
    .unwrap();
    let request = json!({"report": {"kind": "stock-on-hand"}, "file": "stock.pdf"});
    let saved = ops::call(
        &mut p.host,
        Some(&mut admin),
        "save_report",
        request.clone(),
    )
    .unwrap();
    let path = std::path::PathBuf::from(saved["path"].as_str().unwrap());
    assert!(path.ends_with("reports/stock.pdf"), "{path:?}");
    assert!(
        std::fs::read(&path).unwrap().starts_with(b"%PDF"),
        "a PDF was written"
    );
    let e = ops::call(
        &mut p.host,
        Some(&mut admin),
        "save_report",
        request.clone(),
    )
    .expect_err("the file exists");
    assert_eq!(
        e.code, "files.exists",
        "the front end asks before replacing"
    );
    assert_eq!(e.args["path"], path.display().to_string());
    let mut again = request;
    again["overwrite"] = json!(true);
    ops::call(&mut p.host, Some(&mut admin), "save_report", again)
        .expect("replaced once confirmed");
    let e = ops::call(
        &mut p.host,
        Some(&mut admin),
        "save_report",
        json!({"report": {"kind": "stock-on-hand"}, "file": "../custody.db"}),
    )
    .expect_err("a path, not a name");
    assert_eq!(e.code, "report.file_name");
}

#[test]
fn a_report_is_never_written_onto_the_open_database_even_when_told_to_overwrite() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let db = p.host.path().to_path_buf();
    let before = std::fs::read(&db).unwrap();
    let mut cx = Cx::new(&mut p.host, Some(&mut admin)).unwrap();
    let e = custody_api::report::write_to(
        &mut cx,
        ReportRequest::StockOnHand { location: None },
        &db.with_extension("db-wal"),
        PaperSize::A4,
        true,
    )
    .expect_err("the journal of the open database");
    assert_eq!(e.code, "files.open_database");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "nothing was written into the database"
    );
}

#[test]
fn the_ledger_checks_intact_and_a_clock_correction_is_signed() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let ask = json!({"scope": "incremental"});
    let check = ops::call(&mut p.host, Some(&mut admin), "verify_ledger", ask.clone()).unwrap();
    assert_eq!(check["intact"], true, "{check}");
    assert_eq!(
        check["scope"], "full",
        "with no checkpoint yet, the first check is a full one: {check}"
    );
    let recorded = check["checkpoint"]
        .as_i64()
        .expect("a clean check records a checkpoint");
    let next = ops::call(&mut p.host, Some(&mut admin), "verify_ledger", ask).unwrap();
    assert_eq!(
        (next["scope"].as_str(), next["since_checkpoint"].as_i64()),
        (Some("incremental"), Some(recorded)),
        "the next check goes on from that checkpoint and says so: {next}"
    );
    let e = ops::call(
        &mut p.host,
        Some(&mut admin),
        "correct_clock",
        json!({"reason": "ran ahead"}),
    )
    .expect_err("signed");
    assert_eq!(e.code, "auth.signature_required");
    assert_eq!(e.args["meaning"], "approved");
}

#[test]
fn a_report_request_with_a_misspelt_field_is_refused_not_narrowed() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    for request in [
        json!({"kind": "stock-on-hand", "locaton": "MAIN"}),
        json!({"kind": "audit-extract", "from": "2026-11-01", "usr": "sam"}),
        json!({"kind": "insight-waste", "from": "2026-11-01", "supplyer": "ACME"}),
        json!({"kind": "supplier-scorecard", "supplier": "ACME", "form": "2026-11-01"}),
    ] {
        let e = ops::call(
            &mut p.host,
            Some(&mut admin),
            "report_preview",
            request.clone(),
        )
        .expect_err("a misspelt filter would print the wrong report");
        assert_eq!(e.code, "api.bad_request", "{request}");
    }
    let mut settings =
        ops::call(&mut p.host, Some(&mut admin), "site_settings", json!(null)).unwrap();
    settings["price_tolerance"] = json!(50);
    let e = ops::call(&mut p.host, Some(&mut admin), "set_site_settings", settings)
        .expect_err("misspelt");
    assert_eq!(
        e.code, "api.bad_request",
        "a setting under a wrong name is never dropped"
    );
    let e = ops::call(
        &mut p.host,
        Some(&mut admin),
        "add_product",
        json!({"gtin": "09506000134369", "name": "X", "tracking": "serial", "controlled": false, "packsize": 10}),
    )
    .expect_err("misspelt");
    assert_eq!(e.code, "api.bad_request");
    assert!(
        e.args["reason"]
            .as_str()
            .unwrap_or_default()
            .contains("packsize"),
        "refused for the unknown field, not for anything else: {:?}",
        e.args
    );
}

#[test]
fn an_insight_or_a_scorecard_is_asked_with_its_filters_beside_its_kind() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let mut preview = |request: serde_json::Value| {
        ops::call(&mut p.host, Some(&mut admin), "report_preview", request).unwrap()
    };
    let doc =
        preview(json!({"kind": "insight-shrinkage", "from": "2026-11-01", "location": "MAIN"}));
    assert_eq!(doc["kind"], "insight-shrinkage");
    assert_eq!(
        doc["title"], "Shrinkage from 2026-11-01 to 2026-11-30 — at MAIN (Main store)",
        "the filters reach the report: to is today"
    );
    let doc =
        preview(json!({"kind": "supplier-scorecard", "supplier": "ACME", "to": "2026-11-29"}));
    assert_eq!(doc["kind"], "supplier-scorecard");
    assert_eq!(
        doc["title"],
        "Supplier scorecard: ACME, 2025-11-30 to 2026-11-29"
    );
}
