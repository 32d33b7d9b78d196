//! The scripted day's replenishment, after its ledger check: a ward supplied by the main
//! pharmacy, reorder rules at both, a pack received, a pick list made and the pack picked by
//! scanning (the transfer recorded under the list's reference), and the supplier orders. Run as
//! the day's golden `--json` outputs and, through the app's command layer, into the same ledger.

use serde_json::json;

use crate::day::Step;
use crate::AMOX;

/// A scan of an Amoxicillin pack, as the scanner sends it (without the line end).
fn scan(serial: &str) -> String {
    format!("]d201{AMOX}1728123110LOT42\u{1d}21{serial}")
}

fn step(
    name: &'static str,
    args: Vec<&'static str>,
    stdin: String,
    calls: Vec<(&'static str, serde_json::Value)>,
) -> Step {
    Step {
        name,
        args,
        stdin,
        exit: 0,
        calls,
    }
}

pub fn steps() -> Vec<Step> {
    let as_alice = |rest: &[&'static str]| {
        let mut a = vec!["--as", "alice"];
        a.extend(rest);
        a
    };
    vec![
        step(
            "15-ward-add",
            as_alice(&["location", "add", "WARD-3A", "Ward 3A", "--kind", "ward"]),
            String::new(),
            vec![(
                "add_location",
                json!({"code": "WARD-3A", "name": "Ward 3A", "kind": "ward"}),
            )],
        ),
        step(
            "16-replenish-supply",
            as_alice(&["replenish", "supply", "WARD-3A", "--from", "MAIN"]),
            String::new(),
            vec![(
                "set_supplying_location",
                json!({"location": "WARD-3A", "supplied_by": "MAIN"}),
            )],
        ),
        step(
            "17-reorder-ward",
            as_alice(&[
                "reorder",
                "set",
                "--product",
                AMOX,
                "--location",
                "WARD-3A",
                "--min",
                "1",
                "--max",
                "1",
            ]),
            String::new(),
            vec![(
                "set_reorder_rule",
                json!({"gtin": AMOX, "location": "WARD-3A", "reorder_point": 1, "par_level": 1}),
            )],
        ),
        step(
            "18-reorder-main",
            as_alice(&[
                "reorder",
                "set",
                "--product",
                AMOX,
                "--location",
                "MAIN",
                "--min",
                "5",
                "--max",
                "10",
            ]),
            String::new(),
            vec![(
                "set_reorder_rule",
                json!({"gtin": AMOX, "location": "MAIN", "reorder_point": 5, "par_level": 10}),
            )],
        ),
        step(
            "19-pick-list",
            as_alice(&["replenish", "pick-list", "--new"]),
            String::new(),
            vec![("make_pick_list", serde_json::Value::Null)],
        ),
        step(
            "20-pick",
            as_alice(&["replenish", "pick"]),
            format!("{}\n", scan("SN1")),
            vec![("pick_scan", json!({"list": 1, "raw": scan("SN1")}))],
        ),
        step(
            "21-orders",
            as_alice(&["replenish", "orders"]),
            String::new(),
            vec![("supplier_orders", serde_json::Value::Null)],
        ),
    ]
}
