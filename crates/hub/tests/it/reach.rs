//! A recall's reach across three sites through real pushes: per site and status the packs
//! counted, and each pack with where it went.

use std::collections::BTreeMap;
use std::process::Command;

use custody_hub::views;

use crate::network::{at, Line, GTIN, LOT};
use crate::support::{Site, TestHub};

#[test]
fn reach_across_three_sites_counts_each_sites_packs_by_status() {
    let hub = TestHub::start();
    let mut a = Site::enrolled(&hub, "NORTH");
    let mut b = Site::enrolled(&hub, "SOUTH");
    let mut c = Site::enrolled(&hub, "EAST");
    for p in ["P1", "P2", "P3", "P4", "P5"] {
        a.receive(p, "SUP", &at(1, 8));
    }
    a.dispense("P1", &at(2, 8));
    a.send_out("P2", "SOUTH", &at(2, 9));
    a.send_out("P3", "SOUTH", &at(2, 9));
    b.receive("P2", "NORTH", &at(2, 12));
    b.receive("P3", "NORTH", &at(2, 12));
    b.quarantine("P3", "in_stock", &at(3, 8));
    c.receive("P6", "SUP", &at(1, 8));
    c.append(
        "transfer",
        Some("CUST-9"),
        &at(2, 8),
        &[Line::pack("P6", Some("in_stock"), "transferred_out")],
    );
    // Another lot of the product, and lot-tracked stock of this lot at EAST.
    let mut other = Line::pack("P7", None, "in_stock");
    other.lot = "L2".into();
    c.append("receive", Some("SUP"), &at(1, 9), &[other]);
    let bulk = Line {
        serial: None,
        lot: LOT.into(),
        quantity: 30,
        before: None,
        after: "in_stock",
        location_after: Some("MAIN"),
    };
    c.append(
        "receive",
        Some("SUP"),
        &at(1, 10),
        std::slice::from_ref(&bulk),
    );
    let used = Line {
        quantity: 12,
        before: Some("in_stock"),
        after: "dispensed",
        location_after: None,
        ..bulk
    };
    c.append("dispense", Some("WARD-B"), &at(2, 10), &[used]);
    for (site, size) in [(&b, 2), (&a, 3), (&c, 1)] {
        site.push_all(&hub, 0, size);
    }
    let reach = hub
        .block_on(views::reach(&hub.db, GTIN, LOT, None))
        .expect("reach reads");
    let counts: BTreeMap<(String, String), (i64, i64)> = reach
        .rows
        .iter()
        .map(|r| ((r.site.clone(), r.status.clone()), (r.packs, r.quantity)))
        .collect();
    let expected: BTreeMap<(String, String), (i64, i64)> = [
        ("EAST", "dispensed", (0, 12)),
        ("EAST", "in_stock", (0, 18)),
        ("EAST", "transferred_out", (1, 0)),
        ("NORTH", "dispensed", (1, 0)),
        ("NORTH", "in_stock", (2, 0)),
        ("NORTH", "transferred_out", (2, 0)),
        ("SOUTH", "in_stock", (1, 0)),
        ("SOUTH", "quarantined", (1, 0)),
    ]
    .into_iter()
    .map(|(s, st, n)| ((s.to_string(), st.to_string()), n))
    .collect();
    assert_eq!(
        counts, expected,
        "each site's packs and lot quantity by status; lot L2 left out"
    );
    let places: Vec<(&str, &str, Option<&str>)> = reach
        .packs
        .iter()
        .map(|p| (p.site.as_str(), p.serial.as_str(), p.place.as_deref()))
        .collect();
    assert_eq!(
        places,
        vec![
            ("EAST", "P6", Some("CUST-9")),
            ("NORTH", "P1", Some("WARD-A")),
            ("NORTH", "P2", Some("SOUTH")),
            ("NORTH", "P3", Some("SOUTH")),
            ("NORTH", "P4", Some("MAIN")),
            ("NORTH", "P5", Some("MAIN")),
            ("SOUTH", "P2", Some("MAIN")),
            ("SOUTH", "P3", Some("QUAR")),
        ],
        "each pack with where it is held or the partner it went to"
    );
    let one = hub
        .block_on(views::reach(&hub.db, GTIN, LOT, Some("P3")))
        .expect("reach reads");
    assert_eq!(
        one.packs.len(),
        2,
        "one serial: its state at each site that had it"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .args(["--db-url", &hub.url, "reach", "--gtin", GTIN, "--lot", LOT])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "reach runs: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["NORTH", "in_stock", "2", "0"]),
        "the CLI prints per site and status: {text}"
    );
    assert!(
        text.lines()
            .any(|l| l.split_whitespace().take(4).collect::<Vec<_>>()
                == ["NORTH", "P1", "dispensed", "WARD-A"]),
        "then each pack with where it went: {text}"
    );
}
