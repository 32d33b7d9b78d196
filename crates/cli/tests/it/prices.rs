//! Prices where they arrive, through the command line: contract prices per supplier set,
//! imported and listed with `custody partner price`; `--unit-cost` per product; a priced
//! despatch advice received whole; the over-contract check against each receipt's own supplier.

use serde_json::{json, Value};

use crate::{pack, Scratch, AMOX};

const GAUZE: &str = "09506000134369";

/// The pharmacy in euros, with a second supplier PHARMACO and a lot-tracked product, gauze.
fn in_euros() -> Scratch {
    let s = Scratch::pharmacy();
    s.ok(&["--as", "alice", "settings", "set", "--currency", "EUR"]);
    s.ok(&[
        "--as", "alice", "partner", "add", "PHARMACO", "PharmaCo", "--kind", "supplier",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "product",
        "add",
        "--gtin",
        GAUZE,
        "--name",
        "Gauze swabs x100",
        "--tracking",
        "lot",
    ]);
    s
}

/// (serial or lot, quantity, unit cost) of every receipt line on the ledger, in order.
fn receipt_costs(s: &Scratch) -> Vec<(String, i64, Option<i64>)> {
    let conn = rusqlite::Connection::open(s.db()).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT coalesce(l.serial, l.lot), l.quantity, l.unit_cost_cents FROM event_line l
             JOIN event e ON e.seq = l.event_seq WHERE e.kind = 'receive' ORDER BY l.event_seq, l.line_no",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

#[test]
fn contracts_per_supplier_are_set_imported_listed_and_judge_each_receipt() {
    let s = in_euros();
    assert_eq!(
        s.ok(&[
            "--as",
            "alice",
            "partner",
            "price",
            "set",
            "WHOLESALE",
            "--gtin",
            AMOX,
            "--price",
            "4",
            "--from",
            "2026-01-01",
        ]),
        "Contract price of 09506000134352 with WHOLESALE: 4.00 from 2026-01-01.\n"
    );
    let file = s.dir.path().join("contracts.csv");
    std::fs::write(
        &file,
        format!("gtin,supplier,price\n{AMOX},PHARMACO,5.00\n"),
    )
    .unwrap();
    let file = file.display().to_string();
    assert_eq!(
        s.ok(&["--as", "alice", "partner", "price", "import", &file]),
        format!("Imported 1 contract prices from {file}.\n")
    );
    let listed = s.ok(&["--as", "alice", "partner", "price", "list"]);
    assert_eq!(
        listed,
        "supplier   gtin            product                      from        price (EUR)\n\
         ---------  --------------  ---------------------------  ----------  -----------\n\
         PHARMACO   09506000134352  Amoxicillin 500 mg caps x21  2026-11-22  5.00\n\
         WHOLESALE  09506000134352  Amoxicillin 500 mg caps x21  2026-01-01  4.00\n",
        "by supplier; without --from, today; the price column names the currency"
    );
    let json: Value = serde_json::from_str(&s.ok(&[
        "--as",
        "alice",
        "--json",
        "partner",
        "price",
        "list",
        "WHOLESALE",
    ]))
    .unwrap();
    assert_eq!(
        json,
        json!([{"supplier": "WHOLESALE", "supplier_name": "Wholesale supplier", "gtin": AMOX,
                "product": "Amoxicillin 500 mg caps x21", "valid_from": "2026-01-01",
                "price_cents": 400, "updated_at": "2026-11-22T08:00:00.000000Z",
                "updated_by": "alice"}])
    );
    let receive = |partner: &str, costs: &[&str], stdin: &str| {
        let mut args = vec![
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            partner,
            "--reference",
            "PO-1",
            "--quantity",
            "3",
        ];
        for c in costs {
            args.extend(["--unit-cost", c]);
        }
        let out = s.run_with_stdin(&args, stdin);
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let over = receive("WHOLESALE", &["4.80"], &pack("S1"));
    assert!(
        over.starts_with("WARNING  price_above_contract")
            && over.contains("Wholesale supplier charged 4.80 against a contract price of 4.00."),
        "above WHOLESALE's own contract: {over}"
    );
    let gauze = format!("]d201{GAUZE}1729033110G7\n");
    let within = receive(
        "PHARMACO",
        &[&format!("{AMOX}=4.80"), "1.00"],
        &format!("{}{gauze}", pack("S2")),
    );
    assert!(
        within.lines().all(|l| l.starts_with("ACCEPTED")),
        "within PharmaCo's 5.00: {within}"
    );
    assert_eq!(
        receipt_costs(&s),
        vec![
            ("S1".into(), 1, Some(480)),
            ("S2".into(), 1, Some(480)),
            ("G7".into(), 3, Some(100)),
        ],
        "a product given its own cost takes it, the others the bare amount"
    );
}

#[test]
fn a_priced_advice_received_whole_keeps_its_prices_and_a_bad_cost_is_refused() {
    let s = in_euros();
    let file = s.dir.path().join("asn.csv");
    std::fs::write(
        &file,
        format!(
            "gtin,serial,lot,expiry,quantity,po,unit_price\n{AMOX},S1,L1,2029-01-31,1,PO-5,4.25\n{GAUZE},,G7,2029-03-31,10,PO-5,0.35\n"
        ),
    )
    .unwrap();
    let file = file.display().to_string();
    s.ok(&[
        "--as",
        "alice",
        "expected",
        "import",
        &file,
        "--partner",
        "WHOLESALE",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "expected",
        "receive-all",
        "1",
        "--location",
        "MAIN",
    ]);
    assert_eq!(
        receipt_costs(&s),
        vec![("S1".into(), 1, Some(425)), ("G7".into(), 10, Some(35))],
        "the advice's prices are the receipts' unit costs"
    );
    let refused = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--unit-cost",
            "1",
            "--unit-cost",
            "2",
        ],
        &pack("S9"),
    );
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr)
            .contains("--unit-cost: a bare amount applies to every product, so it is given once"),
        "{refused:?}"
    );
    assert_eq!(receipt_costs(&s).len(), 2, "nothing was received");
}
