//! The UI's TypeScript types are generated from the Rust types; this fails when they are stale.
//! `UPDATE_BINDINGS=1 cargo test -p custody-app --test bindings` rewrites them.

#[test]
fn ui_bindings_are_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/bindings.ts");
    let fresh = custody_app::ipc::typescript_bindings();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/bindings.ts is stale: run `make bindings` and commit it"
    );
}

#[test]
fn the_shells_own_refusals_cross_as_codes_with_their_arguments() {
    let e: custody_api::ApiError = custody_api::files::SaveRefused::Exists {
        path: "/data/reports/stock.pdf".into(),
    }
    .into();
    assert_eq!(
        e.code, "files.exists",
        "the UI asks before replacing a file on this code"
    );
    assert_eq!(
        e.args["path"], "/data/reports/stock.pdf",
        "the question names the file"
    );
    let e: custody_api::ApiError = custody_api::files::SaveRefused::OpenDatabase {
        path: "/data/custody.db".into(),
    }
    .into();
    assert_eq!(
        e.code, "files.open_database",
        "refused whatever is confirmed: a code of its own"
    );
}

#[test]
fn core_refusals_cross_as_code_arguments_and_the_catalogues_sentence() {
    let e: custody_api::ApiError = custody_core::CoreError::refused("count.open_at_location")
        .field("location")
        .arg("count", 1)
        .arg("location", "CLINIC-1")
        .into();
    assert_eq!(
        e.code, "count.open_at_location",
        "the UI matches on the code"
    );
    assert_eq!(
        serde_json::Value::Object(e.args.clone()),
        serde_json::json!({"field": "location", "count": 1, "location": "CLINIC-1"}),
        "the arguments cross, the field at fault among them"
    );
    assert!(
        e.message
            .starts_with("Count 1 at CLINIC-1 is not applied or abandoned yet"),
        "the message is the catalogue's sentence: {}",
        e.message
    );
}
