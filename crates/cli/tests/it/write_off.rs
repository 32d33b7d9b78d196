//! `custody write-off`: a pack reported stolen at a site decommissioning at dispense says where
//! it was and the national request queued with it; a pack no longer held is refused with the
//! api's code.

use serde_json::Value;

use crate::{pack, Scratch, AMOX};

#[test]
fn a_pack_reported_stolen_says_where_it_was_and_its_decommission_and_a_second_time_is_refused() {
    let s = Scratch::pharmacy();
    s.ok(&[
        "--as",
        "alice",
        "national",
        "settings",
        "--market",
        "EU-DE",
        "--check",
        "at_dispense",
    ]);
    let receive = [
        "--as",
        "alice",
        "receive",
        "--location",
        "MAIN",
        "--partner",
        "WHOLESALE",
    ];
    let out = s.run_with_stdin(&receive, &format!("{}{}", pack("WO1"), pack("WO2")));
    assert!(out.status.success(), "{out:?}");
    let said = s.ok(&[
        "--as",
        "alice",
        "write-off",
        AMOX,
        "WO1",
        "--why",
        "stolen",
        "--note",
        "report 4411",
    ]);
    assert_eq!(
        said,
        "Pack WO1 is now missing (it was held at MAIN).\nIts national decommission is queued as request 1.\n"
    );
    let json: Value = serde_json::from_str(&s.ok(&[
        "--as",
        "alice",
        "--json",
        "write-off",
        AMOX,
        "WO2",
        "--why",
        "free-sample",
    ]))
    .unwrap();
    assert_eq!(
        (&json["status"], &json["decommission"]),
        (&Value::from("transferred_out"), &Value::from(2))
    );
    let again = s.run(&[
        "--as",
        "alice",
        "--json",
        "write-off",
        AMOX,
        "WO1",
        "--why",
        "sample",
    ]);
    assert_eq!(again.status.code(), Some(1), "{again:?}");
    let error: Value = serde_json::from_slice(&again.stderr).unwrap();
    assert_eq!(error["error"]["code"], "stock.pack_not_held", "{error}");
    assert_eq!(error["error"]["args"]["status"], "missing");
}
