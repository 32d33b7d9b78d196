//! The bracketed form the app's hand-entry form builds from a pack's printed lines
//! (`ui/src/widgets/handEntry.ts`) goes through the scan's own decoder and verdict: a month-only
//! expiry as day 00, an opening parenthesis in a value escaped as `\(`, a closing one as it is.

use serde_json::{json, Value};

use crate::fixture::{Pharmacy, AMOX};

fn receive(p: &mut Pharmacy, raw: &str) -> Value {
    let mut sam = p.sign_in("sam");
    custody_api::ops::call(
        &mut p.host,
        Some(&mut sam),
        "scan",
        json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": raw}),
    )
    .expect("a verdict")
}

#[test]
fn a_pack_typed_by_hand_is_received_as_its_scan_would_be() {
    let mut p = Pharmacy::new();
    let v = receive(&mut p, &format!(r"(01){AMOX}(17)280600(10)L\(1)(21)Ab)1"));
    assert_eq!(v["verdict"], "accepted", "{v}");
    assert_eq!(v["lot"], "L(1)", "'\\(' is a '(' of the lot, not a new AI");
    assert_eq!(
        v["serial"], "Ab)1",
        "')' inside a value is plain, the case kept"
    );
    assert_eq!(
        v["expiry"], "2028-06-30",
        "day 00: the month's last day, as GS1 writes a month-only expiry"
    );
}

#[test]
fn a_lot_holding_an_ai_in_parentheses_is_read_whole_only_when_escaped() {
    let mut p = Pharmacy::new();
    let escaped = receive(&mut p, &format!(r"(01){AMOX}(10)L\(21)X"));
    assert_eq!(
        (&escaped["lot"], &escaped["serial"]),
        (&json!("L(21)X"), &Value::Null),
        "escaped, the lot is read whole: {escaped}"
    );
    let unescaped = receive(&mut p, &format!("(01){AMOX}(10)L(21)X"));
    assert_eq!(
        (&unescaped["lot"], &unescaped["serial"]),
        (&json!("L"), &json!("X")),
        "unescaped, the same lot is silently read as a lot and a serial, which is why the form \
         escapes every '(': {unescaped}"
    );
}
