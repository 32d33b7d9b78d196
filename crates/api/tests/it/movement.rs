//! The verdict matrix: movement × the pack's state × scan → verdict level and code, or the
//! refusal's code, through `ops::call("scan", …)` as every front end reaches it. Each row starts
//! from a fresh pharmacy, sets the pack's state up through the same operation, then scans.

use custody_api::ops;
use serde_json::{json, Value};

use crate::fixture::{pack, Pharmacy, AMOX, PASSWORD};

/// What happens to the pack before the scan under test, each step as the administrator.
#[derive(Debug, Clone, Copy)]
enum Step {
    /// Received at MAIN from ACME.
    Received,
    /// Dispensed from MAIN.
    Dispensed,
    /// Put on hold at MAIN.
    Quarantined,
    /// The clock moves on this many days.
    DaysPass(i64),
}

/// What the scan under test must come to.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// A verdict of this level with this code; `status` is the pack's status afterwards, when
    /// something was recorded.
    Verdict {
        level: &'static str,
        code: &'static str,
        status: Option<&'static str>,
    },
    /// Refused with this code, naming this field; nothing recorded.
    Refused {
        code: &'static str,
        field: &'static str,
    },
    /// Refused by core with a code whose last part is this (core's codes are being given a
    /// namespace: `signature_refused` becomes `auth.signature_refused`), naming this field.
    RefusedByCore {
        code: &'static str,
        field: &'static str,
    },
}

struct Row {
    name: &'static str,
    /// The pack's serial and expiry (YYMMDD).
    pack: (&'static str, &'static str),
    before: &'static [Step],
    /// Who scans.
    who: &'static str,
    /// The request's fields beside `raw` (which is the row's pack).
    request: fn() -> Value,
    expect: Expect,
}

/// A scan of AMOX with `serial` expiring on `expiry` (YYMMDD), lot L1.
fn pack_expiring(serial: &str, expiry: &str) -> String {
    format!("]d201{AMOX}17{expiry}\u{1d}10L1\u{1d}21{serial}")
}

fn step_request(step: Step) -> Option<Value> {
    match step {
        Step::Received => {
            Some(json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME"}))
        }
        Step::Dispensed => {
            Some(json!({"movement": "dispense", "location": "MAIN", "reference": "RX-1"}))
        }
        Step::Quarantined => {
            Some(json!({"movement": "quarantine", "location": "MAIN", "reason": "damaged carton"}))
        }
        Step::DaysPass(_) => None,
    }
}

/// Runs one row; panics naming the row when it does not hold.
fn check(row: &Row) {
    let mut p = Pharmacy::new();
    let raw = pack_expiring(row.pack.0, row.pack.1);
    let mut admin = p.sign_in("admin");
    for step in row.before {
        match step_request(*step) {
            Some(mut request) => {
                request["raw"] = Value::from(raw.as_str());
                let v = ops::call(&mut p.host, Some(&mut admin), "scan", request)
                    .unwrap_or_else(|e| panic!("{}: setting up {step:?} failed: {e:?}", row.name));
                assert!(
                    v["recorded"].is_object(),
                    "{}: setting up {step:?} must record it: {v}",
                    row.name
                );
            }
            None => {
                if let Step::DaysPass(days) = step {
                    p.clock.advance(chrono::Duration::days(*days));
                }
            }
        }
    }
    let mut who = p.sign_in(row.who);
    let mut request = (row.request)();
    request["raw"] = Value::from(raw.as_str());
    let answer = ops::call(&mut p.host, Some(&mut who), "scan", request);
    match (row.expect, answer) {
        (
            Expect::Verdict {
                level,
                code,
                status,
            },
            Ok(v),
        ) => {
            assert_eq!(
                (v["verdict"].as_str(), v["code"].as_str()),
                (Some(level), Some(code)),
                "{}: {v}",
                row.name
            );
            assert_eq!(
                v["recorded"]["status"].as_str(),
                status,
                "{}: the pack's status afterwards is what was recorded: {v}",
                row.name
            );
        }
        (Expect::Refused { code, field }, Err(e)) => {
            assert_eq!(
                (e.code.as_str(), e.field_name()),
                (code, Some(field)),
                "{}: a refusal is matched by its code and names the field at fault: {e:?}",
                row.name
            );
        }
        (Expect::RefusedByCore { code, field }, Err(e)) => {
            assert_eq!(
                (e.code.rsplit('.').next(), e.field_name()),
                (Some(code), Some(field)),
                "{}: core's refusal comes through with its code, naming the field: {e:?}",
                row.name
            );
        }
        (expect, got) => panic!("{}: expected {expect:?}, got {got:?}", row.name),
    }
}

/// Two years ahead of the fixture's clock (2026-11-30): far from any expiry window.
const LATER: &str = "281231";
/// A month ahead of the fixture's clock: short-dated at receipt, expired two months on.
const SOON: &str = "261231";

const ROWS: &[Row] = &[
    Row {
        name: "receive with no supplier, sending site or shipment: refused before the scan",
        pack: ("S1", LATER),
        before: &[],
        who: "sam",
        request: || json!({"movement": "receive", "location": "MAIN", "reference": "PO-1"}),
        expect: Expect::Refused {
            code: "movement.receipt_needs_counterparty",
            field: "counterparty",
        },
    },
    Row {
        name: "the pack just received read again by the same person: a double read, counted once",
        pack: ("S1", LATER),
        before: &[Step::Received],
        who: "admin",
        request: || json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME"}),
        expect: Expect::Verdict {
            level: "warning",
            code: "already_scanned",
            status: None,
        },
    },
    Row {
        name: "the same code said to be a second pack: held as suspect",
        pack: ("S1", LATER),
        before: &[Step::Received],
        who: "admin",
        request: || json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "another_pack": true}),
        expect: Expect::Verdict {
            level: "blocked",
            code: "duplicate_serial",
            status: Some("quarantined"),
        },
    },
    Row {
        name: "receive a new pack",
        pack: ("S1", LATER),
        before: &[],
        who: "sam",
        request: || json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME"}),
        expect: Expect::Verdict {
            level: "accepted",
            code: "ok",
            status: Some("in_stock"),
        },
    },
    Row {
        name: "receive a pack already in stock: held as suspect",
        pack: ("S1", LATER),
        before: &[Step::Received],
        who: "sam",
        request: || json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME"}),
        expect: Expect::Verdict {
            level: "blocked",
            code: "duplicate_serial",
            status: Some("quarantined"),
        },
    },
    Row {
        name: "dispense a pack in stock",
        pack: ("S1", LATER),
        before: &[Step::Received],
        who: "sam",
        request: || json!({"movement": "dispense", "location": "MAIN", "reference": "RX-2"}),
        expect: Expect::Verdict {
            level: "accepted",
            code: "ok",
            status: Some("dispensed"),
        },
    },
    Row {
        name: "dispense a pack already dispensed",
        pack: ("S1", LATER),
        before: &[Step::Received, Step::Dispensed],
        who: "sam",
        request: || json!({"movement": "dispense", "location": "MAIN", "reference": "RX-2"}),
        expect: Expect::Verdict {
            level: "blocked",
            code: "already_decommissioned",
            status: None,
        },
    },
    Row {
        name: "dispense an expired pack",
        pack: ("S1", SOON),
        before: &[Step::Received, Step::DaysPass(60)],
        who: "sam",
        request: || json!({"movement": "dispense", "location": "MAIN", "reference": "RX-2"}),
        expect: Expect::Verdict {
            level: "blocked",
            code: "expired",
            status: None,
        },
    },
    Row {
        name: "override a blocked scan without the password",
        pack: ("S1", SOON),
        before: &[Step::Received, Step::DaysPass(60)],
        who: "admin",
        request: || json!({"movement": "dispense", "location": "MAIN", "override_reason": "no other stock, pharmacist checked"}),
        expect: Expect::Refused {
            code: "movement.override_needs_signature",
            field: "password",
        },
    },
    Row {
        name: "quarantine without a reason",
        pack: ("S1", LATER),
        before: &[Step::Received],
        who: "sam",
        request: || json!({"movement": "quarantine", "location": "MAIN", "reason": "  "}),
        expect: Expect::Refused {
            code: "movement.reason_required",
            field: "reason",
        },
    },
    Row {
        name: "release without the password",
        pack: ("S1", LATER),
        before: &[Step::Received, Step::Quarantined],
        who: "quinn",
        request: || json!({"movement": "release", "location": "MAIN"}),
        expect: Expect::Refused {
            code: "movement.signature_required",
            field: "password",
        },
    },
    Row {
        name: "release with a wrong password",
        pack: ("S1", LATER),
        before: &[Step::Received, Step::Quarantined],
        who: "quinn",
        request: || json!({"movement": "release", "location": "MAIN", "password": "not it"}),
        expect: Expect::RefusedByCore {
            code: "signature_refused",
            field: "password",
        },
    },
    Row {
        name: "release with the password",
        pack: ("S1", LATER),
        before: &[Step::Received, Step::Quarantined],
        who: "quinn",
        request: || json!({"movement": "release", "location": "MAIN", "password": PASSWORD}),
        expect: Expect::Verdict {
            level: "accepted",
            code: "ok",
            status: Some("in_stock"),
        },
    },
    Row {
        name: "destroy with the password",
        pack: ("S1", LATER),
        before: &[Step::Received],
        who: "admin",
        request: || json!({"movement": "destroy", "location": "MAIN", "reason": "broken vial", "password": PASSWORD}),
        expect: Expect::Verdict {
            level: "accepted",
            code: "ok",
            status: Some("destroyed"),
        },
    },
    Row {
        name: "transfer to where the pack already is",
        pack: ("S1", LATER),
        before: &[Step::Received],
        who: "sam",
        request: || json!({"movement": "transfer", "location": "MAIN", "to_location": "MAIN"}),
        expect: Expect::Refused {
            code: "movement.transfer_to_same_location",
            field: "to_location",
        },
    },
    Row {
        name: "transfer with nowhere to go",
        pack: ("S1", LATER),
        before: &[Step::Received],
        who: "sam",
        request: || json!({"movement": "transfer", "location": "MAIN"}),
        expect: Expect::Refused {
            code: "movement.transfer_needs_destination",
            field: "to_location",
        },
    },
    Row {
        name: "return to supplier without naming the supplier",
        pack: ("S1", LATER),
        before: &[Step::Received],
        who: "sam",
        request: || json!({"movement": "return_to_supplier", "location": "MAIN"}),
        expect: Expect::Refused {
            code: "movement.return_needs_supplier",
            field: "counterparty",
        },
    },
];

#[test]
fn the_verdict_matrix() {
    for row in ROWS {
        check(row);
    }
}

/// The meaning the event of `event_id` was signed with.
fn signed(p: &Pharmacy, event_id: &str) -> Option<String> {
    let conn = rusqlite::Connection::open(p.host.path()).expect("the file opens");
    conn.query_row(
        "SELECT signature FROM event WHERE id = ?1",
        [event_id],
        |r| r.get(0),
    )
    .expect("the event is on the ledger")
}

#[test]
fn a_release_is_signed_approved_and_a_destruction_performed() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let mut scan = |p: &mut Pharmacy, request: Value| {
        ops::call(&mut p.host, Some(&mut admin), "scan", request).expect("the scan is recorded")
    };
    for serial in ["R1", "D1"] {
        scan(
            &mut p,
            json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack(serial)}),
        );
    }
    scan(
        &mut p,
        json!({"movement": "quarantine", "location": "MAIN", "reason": "dropped", "raw": pack("R1")}),
    );
    let released = scan(
        &mut p,
        json!({"movement": "release", "location": "MAIN", "password": PASSWORD, "raw": pack("R1")}),
    );
    let destroyed = scan(
        &mut p,
        json!({"movement": "destroy", "location": "MAIN", "reason": "broken", "password": PASSWORD, "raw": pack("D1")}),
    );
    let id = |v: &Value| v["recorded"]["event_id"].as_str().unwrap().to_string();
    assert_eq!(
        signed(&p, &id(&released)).as_deref(),
        Some("approved"),
        "releasing from quarantine is QA's approval, from every front end"
    );
    assert_eq!(
        signed(&p, &id(&destroyed)).as_deref(),
        Some("performed"),
        "a destruction is signed by the person who performed it"
    );
}

#[test]
fn a_run_override_replaces_the_site_scanner_settings_and_is_checked_like_them() {
    // A run's overrides are the command line's typed call's alone (the window's `call` refuses
    // them: `window.rs`).
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    let raw = format!("]d201{AMOX}17280630^10L1^21CARET1");
    let request = |over: Value| -> custody_api::movement::ScanRequest {
        serde_json::from_value(json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": raw, "scanner_override": over})).unwrap()
    };
    let mut scan = |r| {
        let mut cx = custody_api::Cx::new(&mut p.host, Some(&mut sam)).unwrap();
        custody_api::movement::scan(&mut cx, r)
    };
    let v = serde_json::to_value(
        scan(request(json!({"gs_substitutes": ["^"]}))).expect("the run's substitute is used"),
    )
    .unwrap();
    assert_eq!(
        (v["serial"].as_str(), v["verdict"].as_str()),
        (Some("CARET1"), Some("accepted")),
        "'^' separated the lot from the serial for this run: {v}"
    );
    let e =
        scan(request(json!({"gs_substitutes": ["1"]}))).expect_err("a digit would split serials");
    assert_eq!(
        e.code, "settings.gs_substitute_unusable",
        "a run's substitute is refused as the site's would be"
    );
}

#[test]
fn a_local_occurred_time_is_read_at_the_clock_offset_and_nonsense_is_refused() {
    let now = crate::fixture::t("2026-11-30T10:00:00+01:00");
    let t = custody_api::movement::occurred_time("2026-11-29 14:30", now).expect("a local time");
    assert_eq!(
        t.to_string(),
        "2026-11-29T14:30:00+01:00",
        "a local time is the workstation's, at the clock's offset"
    );
    let e = custody_api::movement::occurred_time("yesterday", now).expect_err("not a time");
    assert_eq!(
        (e.code.as_str(), e.args["time"].as_str()),
        ("movement.occurred_unreadable", Some("yesterday")),
        "an unreadable time is refused, naming what was given, never guessed"
    );
}

#[test]
fn a_receipt_against_a_shipment_without_a_reference_is_filed_under_the_shipments() {
    let mut p = Pharmacy::new();
    let shipment = {
        let mut store = custody_core::Store::open(p.host.path()).expect("a second connection");
        let admin = store
            .sign_in(
                "admin",
                PASSWORD,
                crate::fixture::t("2026-11-30T09:30:00+01:00"),
            )
            .expect("the administrator signs in");
        let csv = format!(
            "gtin,serial,lot,expiry\n{AMOX},ASN1,L1,2028-06-30\n{AMOX},ASN2,L1,2028-06-30\n"
        );
        let acme = store.partner("ACME").expect("the fixture's supplier").id;
        store
            .import_shipment(
                &admin,
                csv.as_bytes(),
                Some(acme),
                Some("DESADV-7"),
                None,
                crate::fixture::t("2026-11-30T09:30:00+01:00"),
            )
            .expect("the advice imports")
            .id
    };
    let mut sam = p.sign_in("sam");
    let request = |serial: &str| json!({"movement": "receive", "location": "MAIN", "shipment": shipment, "raw": pack(serial)});
    let v = ops::call(&mut p.host, Some(&mut sam), "scan", request("ASN1"))
        .expect("the receipt is recorded");
    assert_eq!(
        reference_of(&p, v["recorded"]["event_id"].as_str().unwrap()).as_deref(),
        Some("DESADV-7"),
        "a receipt checked against an advice is filed under the advice's number: {v}"
    );

    let mut cx = custody_api::Cx::new(&mut p.host, Some(&mut sam)).unwrap();
    let request: custody_api::movement::ScanRequest =
        serde_json::from_value(request("ASN2")).unwrap();
    let completed = custody_api::movement::prepare(&mut cx, request).unwrap();
    assert_eq!(
        completed.reference.as_deref(),
        Some("DESADV-7"),
        "a front end completing a run's request once gets the same reference as scan gives"
    );
    assert_eq!(
        completed.counterparty.as_deref(),
        Some("ACME"),
        "a receipt against a shipment that names its supplier is from that supplier"
    );
    let given = custody_api::movement::ScanRequest {
        reference: Some("PO-9".into()),
        ..completed
    };
    assert_eq!(
        custody_api::movement::prepare(&mut cx, given)
            .unwrap()
            .reference
            .as_deref(),
        Some("PO-9"),
        "a reference given is kept"
    );
}

/// The reference the event of `event_id` was filed under.
#[test]
fn a_receipt_against_a_shipment_that_names_no_supplier_still_needs_one() {
    let mut p = Pharmacy::new();
    let shipment = {
        let mut store = custody_core::Store::open(p.host.path()).expect("a second connection");
        let admin = store
            .sign_in(
                "admin",
                PASSWORD,
                crate::fixture::t("2026-11-30T09:30:00+01:00"),
            )
            .expect("the administrator signs in");
        let csv = format!("gtin,serial,lot,expiry\n{AMOX},ASN1,L1,2028-06-30\n");
        store
            .import_shipment(
                &admin,
                csv.as_bytes(),
                None,
                Some("DESADV-8"),
                None,
                crate::fixture::t("2026-11-30T09:30:00+01:00"),
            )
            .expect("the advice imports")
            .id
    };
    let mut sam = p.sign_in("sam");
    let request = json!({"movement": "receive", "location": "MAIN", "shipment": shipment, "raw": pack("ASN1")});
    let e = ops::call(&mut p.host, Some(&mut sam), "scan", request.clone())
        .expect_err("a shipment with no supplier does not say where the goods came from");
    assert_eq!(
        (e.code.as_str(), e.field_name()),
        ("movement.receipt_needs_counterparty", Some("counterparty")),
        "the refusal names the supplier field, the one to fill in"
    );
    let mut named = request;
    named["counterparty"] = json!("ACME");
    let v = ops::call(&mut p.host, Some(&mut sam), "scan", named)
        .expect("with the supplier chosen, the receipt is recorded");
    assert!(v["recorded"].is_object(), "recorded: {v}");
}

#[test]
fn a_dispense_out_of_first_expiry_order_asks_and_records_once_confirmed() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let late_pack = format!("]d201{AMOX}17{LATER}\u{1d}10L2\u{1d}21LATE");
    for raw in [pack_expiring("EARLY", "270630"), late_pack.clone()] {
        let r = json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME",
                       "raw": raw});
        ops::call(&mut p.host, Some(&mut admin), "scan", r).expect("received");
    }
    let mut sam = p.sign_in("sam");
    let late = json!({"movement": "dispense", "location": "MAIN", "reference": "RX-1",
                      "raw": late_pack});
    let v = ops::call(&mut p.host, Some(&mut sam), "scan", late.clone()).expect("answered");
    assert_eq!(
        (v["verdict"].as_str(), v["code"].as_str()),
        (Some("ask"), Some("fefo")),
        "the person is asked before an out-of-order dispense is recorded: {v}"
    );
    assert!(
        v["recorded"].is_null(),
        "nothing recorded before the answer: {v}"
    );
    let mut confirmed = late;
    confirmed["fefo_confirmed"] = json!(true);
    let v = ops::call(&mut p.host, Some(&mut sam), "scan", confirmed).expect("answered");
    assert_eq!(
        (v["verdict"].as_str(), v["recorded"]["status"].as_str()),
        (Some("warning"), Some("dispensed")),
        "confirmed, the dispense is recorded, its warning saying it was the operator's choice: {v}"
    );
}

fn reference_of(p: &Pharmacy, event_id: &str) -> Option<String> {
    let conn = rusqlite::Connection::open(p.host.path()).expect("the file opens");
    conn.query_row(
        "SELECT reference FROM event WHERE id = ?1",
        [event_id],
        |r| r.get(0),
    )
    .expect("the event is on the ledger")
}
