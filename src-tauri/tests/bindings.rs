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
    let e: custody_app::ipc::IpcError = custody_core::CoreError::NotFound {
        what: "location",
        key: "X".into(),
    }
    .into();
    assert_eq!(e.code, "not_found", "the UI matches on the code");
    assert_eq!(e.message, "no location 'X'");
}
