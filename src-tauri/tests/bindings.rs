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
fn core_errors_cross_as_code_message_details() {
    let e: custody_app::ipc::IpcError = custody_core::CoreError::refused("count.open_at_location")
        .field("location")
        .arg("count", 1)
        .arg("location", "CLINIC-1")
        .into();
    assert_eq!(
        e.code, "count.open_at_location",
        "the UI matches on the code"
    );
    assert_eq!(
        e.details,
        Some(serde_json::json!({"field": "location", "count": 1, "location": "CLINIC-1"})),
        "the arguments cross as the details, the field at fault among them"
    );
    assert!(
        e.message
            .starts_with("Count 1 at CLINIC-1 is not applied or abandoned yet"),
        "the message is the catalogue's sentence: {}",
        e.message
    );
}
