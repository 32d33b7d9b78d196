//! The site's currency: chosen with `custody settings set --currency`, refused when it is not a
//! currency in use, and named beside the amounts the command line prints.

use crate::{pack, Scratch, AMOX};

#[test]
fn a_currency_is_chosen_once_and_names_the_expiry_lists_value() {
    let s = Scratch::pharmacy();
    s.ok(&[
        "--as", "alice", "product", "edit", "--gtin", AMOX, "--price", "12.50",
    ]);
    let before = s.ok(&["--as", "alice", "settings", "show"]);
    assert!(
        before.contains("prices are in:  no currency chosen"),
        "a new site has chosen none: {before}"
    );
    let set = s.ok(&["--as", "alice", "settings", "set", "--currency", "eur"]);
    assert!(
        set.contains("prices are in:  EUR"),
        "written in capitals: {set}"
    );

    let refused = s.run(&["--as", "alice", "settings", "set", "--currency", "EUT"]);
    assert!(!refused.status.success(), "no currency is called EUT");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("\u{201c}EUT\u{201d} is not a currency in use"),
        "the refusal names the code: {said}"
    );

    let received = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--reference",
            "PO-1",
        ],
        &pack("C1"),
    );
    assert!(received.status.success(), "{received:?}");
    let list = s.ok(&["--as", "alice", "expiring", "--within", "3650"]);
    assert!(
        list.contains("value (EUR)"),
        "the header names the currency: {list}"
    );
    assert!(list.contains("12.50"), "the pack's value: {list}");

    let none = s.ok(&["--as", "alice", "settings", "set", "--no-currency"]);
    assert!(none.contains("no currency chosen"), "{none}");
}
