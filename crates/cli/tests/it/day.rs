//! A small scripted day at the pharmacy, written once as what a person types at the command line
//! and as the requests the app's window sends for the same thing (`custody_api::ops::call`): the
//! golden `--json` outputs and the test that both front ends write the same ledger run it.

use serde_json::{json, Value};

use crate::{AMOX, PASSWORD};

/// One step of the day.
pub struct Step {
    /// Its name: the golden file's, `NN-what`.
    pub name: &'static str,
    /// The arguments after `custody --json`.
    pub args: Vec<&'static str>,
    /// What the scanner sends on stdin.
    pub stdin: String,
    /// The exit status the step ends with (3: a scan was blocked).
    pub exit: i32,
    /// The same request(s) through the app's command layer: operation name and JSON request.
    pub calls: Vec<(&'static str, Value)>,
}

/// A scan of an Amoxicillin pack, as the scanner sends it (without the line end).
fn scan(serial: &str) -> String {
    format!("]d201{AMOX}1728123110LOT42\u{1d}21{serial}")
}

/// The day: set up, a product, a location and a supplier, two packs received (and one of them scanned
/// again, so it is held as suspect), the stock and a pack's history, a recall of one pack and its
/// reach, a count of the shelf, the held pack released (signed), the recalled pack destroyed
/// (signed), and the ledger checked.
pub fn steps() -> Vec<Step> {
    let mut day = morning();
    day.extend(crate::day_replenish::steps());
    day
}

/// The day up to its ledger check.
fn morning() -> Vec<Step> {
    let receive = |serial: &str| {
        (
            "scan",
            json!({"movement": "receive", "location": "MAIN", "counterparty": "WHOLESALE", "reference": "PO-1", "raw": scan(serial)}),
        )
    };
    vec![
        Step {
            name: "01-init",
            args: vec![
                "init",
                "--site-code",
                "STMARY",
                "--site-name",
                "St. Mary's",
                "--admin",
                "alice",
                "--admin-name",
                "Alice Smith",
            ],
            stdin: String::new(),
            exit: 0,
            calls: vec![(
                "first_run",
                json!({"site_code": "STMARY", "site_name": "St. Mary's", "admin": "alice",
                       "admin_name": "Alice Smith", "password": PASSWORD, "password_again": PASSWORD}),
            )],
        },
        Step {
            name: "02-product-add",
            args: vec![
                "--as",
                "alice",
                "product",
                "add",
                "--gtin",
                AMOX,
                "--name",
                "Amoxicillin 500 mg caps x21",
            ],
            stdin: String::new(),
            exit: 0,
            calls: vec![(
                "add_product",
                json!({"gtin": AMOX, "name": "Amoxicillin 500 mg caps x21", "controlled": false}),
            )],
        },
        Step {
            name: "03-location-add",
            args: vec![
                "--as",
                "alice",
                "location",
                "add",
                "MAIN",
                "Main pharmacy",
                "--kind",
                "pharmacy",
            ],
            stdin: String::new(),
            exit: 0,
            calls: vec![(
                "add_location",
                json!({"code": "MAIN", "name": "Main pharmacy", "kind": "pharmacy"}),
            )],
        },
        Step {
            name: "03b-partner-add",
            args: vec![
                "--as",
                "alice",
                "partner",
                "add",
                "WHOLESALE",
                "Wholesale supplier",
                "--kind",
                "distributor",
            ],
            stdin: String::new(),
            exit: 0,
            calls: vec![(
                "add_partner",
                json!({"code": "WHOLESALE", "name": "Wholesale supplier", "kind": "distributor"}),
            )],
        },
        Step {
            name: "04-receive",
            args: vec![
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
            stdin: format!("{}\n{}\n{}\n", scan("SN1"), scan("SN2"), scan("SN1")),
            exit: 3,
            calls: vec![receive("SN1"), receive("SN2"), receive("SN1")],
        },
        Step {
            name: "05-stock",
            args: vec!["--as", "alice", "stock"],
            stdin: String::new(),
            exit: 0,
            calls: vec![("stock", json!({"limit": 1000}))],
        },
        Step {
            name: "06-history",
            args: vec!["--as", "alice", "history", AMOX, "SN1"],
            stdin: String::new(),
            exit: 0,
            calls: vec![("unit_history", json!({"gtin": AMOX, "serial": "SN1"}))],
        },
        Step {
            name: "07-recall-create",
            args: vec![
                "--as",
                "alice",
                "recall",
                "create",
                "--number",
                "RCL-1",
                "--class",
                "II",
                "--title",
                "Amoxicillin pack SN2",
                "--reason",
                "Damaged seal reported by the wholesaler",
                "--gtin",
                AMOX,
                "--serial",
                "SN2",
            ],
            stdin: String::new(),
            exit: 0,
            calls: vec![(
                "create_recall",
                json!({"number": "RCL-1", "title": "Amoxicillin pack SN2", "class": "II",
                       "reason": "Damaged seal reported by the wholesaler",
                       "scope": {"product": {"gtin": AMOX, "serials": ["SN2"]}}}),
            )],
        },
        Step {
            name: "08-recall-reach",
            args: vec!["--as", "alice", "recall", "reach", "RCL-1"],
            stdin: String::new(),
            exit: 0,
            calls: vec![("recall_reach", json!({"number": "RCL-1"}))],
        },
        Step {
            name: "09-count-start",
            args: vec!["--as", "alice", "count", "start", "--location", "MAIN"],
            stdin: String::new(),
            exit: 0,
            calls: vec![("count_start", json!({"location": "MAIN"}))],
        },
        Step {
            name: "10-count-scan",
            args: vec!["--as", "alice", "count", "scan", "1"],
            stdin: format!("{}\n", scan("SN1")),
            exit: 0,
            calls: vec![("count_scan", json!({"id": 1, "raw": scan("SN1")}))],
        },
        Step {
            name: "11-count-finish",
            args: vec!["--as", "alice", "count", "finish", "1"],
            stdin: String::new(),
            exit: 0,
            calls: vec![("count_finish", json!({"id": 1}))],
        },
        Step {
            name: "12-release",
            args: vec!["--as", "alice", "release", "--location", "MAIN"],
            stdin: format!("{}\n", scan("SN1")),
            exit: 0,
            calls: vec![(
                "scan",
                json!({"movement": "release", "location": "MAIN", "raw": scan("SN1"), "password": PASSWORD}),
            )],
        },
        Step {
            name: "13-recall-outcome",
            args: vec![
                "--as",
                "alice",
                "recall",
                "outcome",
                "RCL-1",
                "--outcome",
                "destroyed",
            ],
            stdin: String::new(),
            exit: 0,
            calls: vec![(
                "recall_outcome",
                json!({"number": "RCL-1", "outcome": "destroyed", "password": PASSWORD}),
            )],
        },
        Step {
            name: "14-verify",
            args: vec!["--as", "alice", "verify"],
            stdin: String::new(),
            exit: 0,
            calls: vec![("verify_ledger", json!({"scope": "incremental"}))],
        },
    ]
}

/// The seed of a step's event ids: its place in the day. Ids drawn from one seed start over in
/// every process, so each run of `custody` (and the same step through the api) has its own.
pub fn seed(step: usize) -> u64 {
    1000 + step as u64
}
