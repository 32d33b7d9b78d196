//! Who acts: people by sign-in, Custody's own work as named system principals.

use custody_api::{jobs, ops};
use serde_json::json;

use crate::fixture::{pack, Pharmacy};

#[test]
fn the_daily_backup_is_taken_by_its_own_principal_not_an_administrator() {
    let mut p = Pharmacy::new();
    let dir = p._dir.path().join("backups");
    let (info, _) = jobs::backup(&mut p.host, &dir).expect("the backup principal may back up");
    assert!(
        std::path::Path::new(&info.path).exists(),
        "the backup file is written"
    );
    let alert =
        jobs::daily_alert(&mut p.host).expect("the alerts principal may read stock figures");
    assert!(alert.is_some(), "the first alert of the day goes out");
    let who = written_by(&p, "alerts.last_day");
    assert_eq!(
        who, "custody:alerts",
        "what the daily alert records is signed by its own principal, never the first administrator"
    );
}

/// The username that last wrote the setting `key`.
fn written_by(p: &Pharmacy, key: &str) -> String {
    let conn = rusqlite::Connection::open(p.host.path()).expect("the file opens");
    conn.query_row(
        "SELECT u.username FROM setting s JOIN user u ON u.id = s.updated_by WHERE s.key = ?1",
        [key],
        |r| r.get(0),
    )
    .expect("the setting was written")
}

#[test]
fn a_system_principal_can_never_sign_in_nor_be_offered_on_the_sign_in_screen() {
    let mut p = Pharmacy::new();
    for name in [
        "custody:backup",
        "custody:alerts",
        "custody:sync",
        "custody:verification",
    ] {
        let e =
            custody_api::sign_in(&mut p.host, name, "").expect_err("no password opens a principal");
        let unknown = custody_api::sign_in(&mut p.host, "nobody", "").expect_err("no such user");
        assert_eq!(
            e.code, unknown.code,
            "{name} is refused like an unknown user"
        );
    }
}

#[test]
fn a_signed_in_operation_without_a_session_is_refused_by_code() {
    let mut p = Pharmacy::new();
    let e = ops::call(
        &mut p.host,
        None,
        "scan",
        json!({"movement": "receive", "location": "MAIN", "raw": pack("S1")}),
    )
    .expect_err("nobody is signed in");
    assert_eq!(
        e.code, "session.not_signed_in",
        "the front end returns to the sign-in screen on this code"
    );
    let e = ops::call(&mut p.host, None, "no_such_thing", json!(null)).expect_err("unknown");
    assert_eq!(e.code, "api.unknown_operation");
    assert_eq!(
        e.args["operation"], "no_such_thing",
        "the refusal names what was asked for"
    );
}
