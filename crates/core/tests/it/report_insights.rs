//! The insights as reports, over a small planted history in euros: a pack broken at the
//! pharmacy, a short-dated pack destroyed once expired (predicted), and a ward pack a count found missing.
//! Waste and shrinkage are asserted figure by figure; dwell, supplier quality, trends and the
//! scorecard by their titles, facts' labels and tables' columns. Then the CSV read back, and the
//! JSON of each new request.

use custody_core::insights::InsightQuery;
use custody_core::movement::Movement;
use custody_core::report::{Block, Document, ReportKind, ReportRequest};
use custody_core::*;
use serde_json::json;

use crate::insights_shrinkage::{at, d as day, history, pack, History, Move};

/// The planted history, in euros.
fn planted() -> History {
    let mut h = history();
    let (main, ward) = (h.p.main.id, h.p.ward.id);
    h.p.store
        .set_site_setting(&h.p.admin, site_setting::CURRENCY, "EUR", at("2027-01-01"))
        .unwrap();
    let p = |s: &str| pack(s, "281231", "L1");
    let x1 = pack("X1", "270131", "LX");
    let receive = |h: &mut History, day: &str, raw: &str, cost: i64| {
        let mv = Move {
            raw,
            cost: Some(cost),
            ..Move::default()
        };
        h.scan(day, Movement::Receive, main, mv);
    };
    // The pharmacy uses one pack (P4); X1 arrives short-dated, over a month before its expiry:
    // at that pace, it was on the expires-unused list when 30 days were left, so its waste was
    // predicted.
    receive(&mut h, "2026-12-18", &p("P4"), 420);
    let p4 = p("P4");
    let mv = Move {
        raw: &p4,
        ..Move::default()
    };
    h.scan("2026-12-19", Movement::Dispense, main, mv);
    receive(&mut h, "2026-12-20", &x1, 500);
    for s in ["P1", "P2", "P3"] {
        receive(&mut h, "2027-01-01", &p(s), 420);
    }
    for s in ["P2", "P3"] {
        let raw = p(s);
        let mv = Move {
            raw: &raw,
            to: Some(ward),
            ..Move::default()
        };
        h.scan("2027-01-02", Movement::Transfer, main, mv);
    }
    let p1 = p("P1");
    let mv = Move {
        raw: &p1,
        ..Move::default()
    };
    h.scan("2027-01-10", Movement::Destroy, main, mv);
    h.count("2027-01-15", ward, &[(&p("P2"), None)]);
    let mv = Move {
        raw: &x1,
        ..Move::default()
    };
    h.scan("2027-02-05", Movement::Destroy, main, mv);
    h
}

fn query() -> InsightQuery {
    InsightQuery {
        from: Some(day("2027-01-01")),
        to: Some(day("2027-03-31")),
        ..InsightQuery::default()
    }
}

fn report(h: &History, request: &ReportRequest) -> Document {
    h.p.store
        .report(&h.p.admin, request, at("2027-04-01"))
        .unwrap()
}

/// What the report says after its header (whose ledger hash changes with every run).
fn body(d: &Document) -> String {
    let text = d.to_string();
    let at = text.find("\n\n").unwrap();
    text[at + 2..].to_string()
}

/// Each table's name and column titles.
fn tables(d: &Document) -> Vec<(String, Vec<String>)> {
    d.tables()
        .map(|t| {
            (
                t.name.clone(),
                t.columns.iter().map(|c| c.title.clone()).collect(),
            )
        })
        .collect()
}

/// A table's name and column titles, as [`tables`] gives them.
fn tab(name: &str, columns: &[&[&str]]) -> (String, Vec<String>) {
    (
        name.to_string(),
        columns.concat().into_iter().map(String::from).collect(),
    )
}

/// The labels of the facts.
fn labels(d: &Document) -> Vec<String> {
    d.blocks
        .iter()
        .flat_map(|b| match b {
            Block::Facts { facts } => facts.iter().map(|f| f.label.clone()).collect(),
            _ => Vec::new(),
        })
        .collect()
}

#[test]
fn the_waste_report_says_the_period_the_figures_and_every_unit_lost() {
    let h = planted();
    let d = report(&h, &ReportRequest::InsightWaste(query()));
    assert_eq!(d.kind, ReportKind::InsightWaste);
    assert_eq!(d.title, "Waste from 2027-01-01 to 2027-03-31");
    assert!(
        d.covers.starts_with(
            "local days 2027-01-01 to 2027-03-31, every location, product and supplier; ledger up to event "
        ),
        "{}",
        d.covers
    );
    let figures =
        "Units | Value (EUR) | Unpriced | Expired | Recalled | Damaged | Predicted | Surprise";
    let expected = format!(
        "Units lost: 2\n\
         Their value: 9.20 EUR\n\
         Unpriced units (not in the value): 0\n\
         Expired: 1\n\
         Expired, predicted: 1\n\
         Expired, a surprise: 0\n\
         Recalled: 0\n\
         Damaged: 1\n\
         \n\
         Stock destroyed or returned to the supplier. The cause comes from the ledger: recalled when its lot was under a recall, else expired when past its expiry on the day it went, else damaged. An expired unit was predicted when it was on the expires-unused list 30 days before its expiry. Values are the receipt's unit cost, else the contract price.\n\
         \n\
         [Waste by month]\n\
         Month | {figures}\n\
         2027-01 | 1 | 4.20 | 0 | 0 | 0 | 1 | 0 | 0\n\
         2027-02 | 1 | 5.00 | 0 | 1 | 0 | 0 | 1 | 0\n\
         2027-03 | 0 | 0.00 | 0 | 0 | 0 | 0 | 0 | 0\n\
         \n\
         [Waste by product]\n\
         GTIN | Product | {figures}\n\
         09506000134352 | Amoxicillin 500 mg caps x21 | 2 | 9.20 | 0 | 1 | 0 | 1 | 1 | 0\n\
         \n\
         [Waste by location]\n\
         Location | Name | {figures}\n\
         MAIN | Main pharmacy | 2 | 9.20 | 0 | 1 | 0 | 1 | 1 | 0\n\
         \n\
         [Waste by supplier]\n\
         Supplier | Name | {figures}\n\
         MEDIDIST | MediDist | 2 | 9.20 | 0 | 1 | 0 | 1 | 1 | 0\n\
         \n\
         [Every unit lost]\n\
         Day | Left as | Cause | Location | Product | GTIN | Serial | Lot | Expiry | Qty | Supplier | Value (EUR) | Priced by | Predicted\n\
         2027-01-10 | destroyed | damaged | MAIN | Amoxicillin 500 mg caps x21 | 09506000134352 | P1 | L1 | 2028-12-31 | 1 | MEDIDIST | 4.20 | receipt | \n\
         2027-02-05 | destroyed | expired | MAIN | Amoxicillin 500 mg caps x21 | 09506000134352 | X1 | LX | 2027-01-31 | 1 | MEDIDIST | 5.00 | receipt | yes\n"
    );
    assert_eq!(body(&d), expected);

    let mut narrowed = query();
    narrowed.location = Some("WARD-3A".into());
    narrowed.supplier = Some("MEDIDIST".into());
    let d = report(&h, &ReportRequest::InsightWaste(narrowed));
    assert_eq!(
        d.title,
        "Waste from 2027-01-01 to 2027-03-31 — at WARD-3A (Ward 3A); supplier MediDist (MEDIDIST)",
        "the title names the filters"
    );
    assert!(d.covers.starts_with(
        "local days 2027-01-01 to 2027-03-31, at WARD-3A (Ward 3A); supplier MediDist (MEDIDIST); "
    ));
    assert!(
        body(&d).starts_with("Units lost: 0\nTheir value: 0.00 EUR\n"),
        "nothing was lost at the ward:\n{d}"
    );
}

#[test]
fn the_shrinkage_report_charges_the_missing_pack_to_the_ward() {
    let h = planted();
    let d = report(&h, &ReportRequest::InsightShrinkage(query()));
    assert_eq!(d.title, "Shrinkage from 2027-01-01 to 2027-03-31");
    let figures =
        "Missing | Found elsewhere | Found again | Wrong status | Lot short | Lot surplus | Value lost (EUR)";
    let expected = format!(
        "Missing: 1\n\
         Found at another location: 0\n\
         Found again: 0\n\
         Found in the wrong status: 0\n\
         Lot units short: 0\n\
         Lot units in surplus: 0\n\
         Value lost: 4.20 EUR\n\
         Locations whose counts keep disagreeing: None.\n\
         \n\
         What counts found that the ledger did not expect. A pack found where the ledger did not have it is charged to the location the ledger had it at. A location keeps disagreeing when it had two counts or more and half or more of them found a variance.\n\
         \n\
         [Shrinkage by location]\n\
         Location | Name | Counts | With variance | {figures} | Keeps disagreeing\n\
         WARD-3A | Ward 3A | 1 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 4.20 | no\n\
         \n\
         [Shrinkage by month]\n\
         Month | {figures}\n\
         2027-01 | 1 | 0 | 0 | 0 | 0 | 0 | 4.20\n\
         2027-02 | 0 | 0 | 0 | 0 | 0 | 0 | 0.00\n\
         2027-03 | 0 | 0 | 0 | 0 | 0 | 0 | 0.00\n\
         \n\
         [Every variance]\n\
         Day | Count | Location | Variance | Product | GTIN | Serial | Lot | Qty | Value (EUR)\n\
         2027-01-15 | COUNT-1 | WARD-3A | missing | Amoxicillin 500 mg caps x21 | 09506000134352 | P3 | L1 | 1 | 4.20\n"
    );
    assert_eq!(body(&d), expected);
}

#[test]
fn the_other_insights_and_the_scorecard_have_their_titles_facts_and_tables() {
    let h = planted();
    let mut dwell = query();
    dwell.older_than_days = Some(30);
    let d = report(&h, &ReportRequest::InsightDwell(dwell));
    assert_eq!(d.title, "Dwell time from 2027-01-01 to 2027-03-31");
    assert_eq!(
        labels(&d),
        [
            "Stays ended",
            "Locations",
            "Products and locations",
            "Waiting longer than (days)",
            "Units waiting longer now"
        ]
    );
    let stays = ["Stays", "Median days", "90th pct days"];
    let under =
        ["1", "2", "3", "7", "14", "30", "60", "90", "180", "365"].map(|n| format!("under {n}"));
    let under: Vec<&str> = under.iter().map(String::as_str).collect();
    let waiting = [
        "Location", "Product", "GTIN", "Serial", "Lot", "Expiry", "Qty", "Status", "Since", "Days",
    ];
    assert_eq!(
        tables(&d),
        [
            tab("Stays per location", &[&["Location"], &stays]),
            tab(
                "Stays per location by length (days)",
                &[&["Location"], &under, &["365 or more"]]
            ),
            tab(
                "Stays per location and product: at each location, the products whose stays are longest",
                &[&["Location", "Product", "GTIN"], &stays]
            ),
            tab("Waiting longer than 30 days now", &[&waiting]),
        ]
    );

    let d = report(&h, &ReportRequest::InsightSuppliers(query()));
    assert_eq!(d.title, "Supplier quality from 2027-01-01 to 2027-03-31");
    let record = [
        "Deliveries",
        "Packs",
        "Short-dated",
        "Lot or expiry differs",
        "Unexpected",
        "Missing",
        "Suspect",
        "Duplicate serials",
        "Over contract",
        "Above contract (EUR)",
        "Recalls",
    ];
    let excess = [
        "Day",
        "Product",
        "GTIN",
        "Lot",
        "Qty",
        "Unit cost (EUR)",
        "Contract (EUR)",
        "Above contract (EUR)",
    ];
    let affected = [
        "Finding",
        "Received",
        "Product",
        "GTIN",
        "Manufacturer",
        "Serial",
        "Lot",
        "Expiry",
        "Manufactured",
    ];
    assert_eq!(
        tables(&d),
        [
            tab("Suppliers", &[&["Supplier", "Name"], &record]),
            tab("Manufacturers", &[&["Manufacturer"], &record]),
            tab("Receipts above contract", &[&["Supplier"], &excess]),
            tab("Affected packs", &[&["Supplier"], &affected]),
        ]
    );

    let d = report(&h, &ReportRequest::InsightTrends(query()));
    assert_eq!(d.title, "Consumption trends from 2027-01-01 to 2027-03-31");
    let rows = [
        "Location",
        "Product",
        "GTIN",
        "Weeks",
        "Used",
        "Last year",
        "Stock-out days",
        "Overstock days",
        "Rule",
    ];
    let weeks = [
        "Location",
        "GTIN",
        "Week",
        "Starts",
        "Used",
        "Last year",
        "Reorder point",
        "Par",
        "Stock-out days",
        "Overstock days",
    ];
    assert_eq!(
        tables(&d),
        [
            tab("Use per product and location", &[&rows]),
            tab("Use per week", &[&weeks]),
        ]
    );

    let d = report(
        &h,
        &ReportRequest::SupplierScorecard {
            supplier: "MEDIDIST".into(),
            from: Some(day("2027-01-01")),
            to: Some(day("2027-03-31")),
        },
    );
    assert_eq!(d.kind, ReportKind::SupplierScorecard);
    assert_eq!(
        d.title,
        "Supplier scorecard: MEDIDIST, 2027-01-01 to 2027-03-31"
    );
    assert!(d
        .covers
        .starts_with("stock received from MEDIDIST on local days 2027-01-01 to 2027-03-31; "));
    let first = match &d.blocks[0] {
        Block::Facts { facts } => facts[0].clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        (first.label.as_str(), first.value.as_str()),
        ("Supplier", "MediDist (MEDIDIST)")
    );
    assert_eq!(
        labels(&d)[1..],
        [
            "Deliveries",
            "Units received",
            "Short-dated on arrival",
            "Lot or expiry not as advised",
            "Unexpected units",
            "Advised, never received",
            "Suspect units",
            "Duplicate serials",
            "Receipt lines above contract",
            "Paid above contract",
            "Recalls touching their lots",
            "Price tolerance",
            "Short-dated below (days left)",
        ]
    );
    assert_eq!(
        tables(&d),
        [
            tab("Receipts above contract", &[&excess]),
            tab("Affected packs", &[&affected]),
        ],
        "the scorecard is one supplier's: no supplier column, and upright (under ten columns)"
    );
    assert!(
        d.tables().all(|t| t.columns.len() < 10),
        "a table of ten columns would turn the page to landscape"
    );
    assert_eq!(
        d.blocks.last(),
        Some(&Block::Signatures {
            roles: vec!["QA officer".into(), "Pharmacist in charge".into()]
        })
    );
    let refused =
        h.p.store
            .report(
                &h.p.admin,
                &ReportRequest::SupplierScorecard {
                    supplier: "NOSUCH".into(),
                    from: None,
                    to: None,
                },
                at("2027-04-01"),
            )
            .unwrap_err();
    assert!(refused.to_string().contains("NOSUCH"), "{refused}");
}

#[test]
fn the_waste_csv_reads_back_as_the_printed_tables() {
    let h = planted();
    let d = report(&h, &ReportRequest::InsightWaste(query()));
    let csv = d.to_csv();
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[0], "section");
    let read: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    let mut expected = Vec::new();
    for t in d.tables() {
        for row in &t.rows {
            let cells = header.iter().map(|h| {
                if h == "section" {
                    return t.name.clone();
                }
                t.columns
                    .iter()
                    .position(|c| &c.title == h)
                    .map(|i| row[i].clone())
                    .unwrap_or_default()
            });
            expected.push(cells.collect::<Vec<_>>());
        }
    }
    assert_eq!(read, expected, "every row of every table, in order");
    assert_eq!(read.len(), 3 + 1 + 1 + 1 + 2);
}

#[test]
fn each_new_request_is_its_kind_beside_its_fields_in_json() {
    let q = InsightQuery {
        from: Some(day("2026-01-01")),
        to: Some(day("2026-06-30")),
        location: Some("WARD-3A".into()),
        product: None,
        supplier: Some("MEDIDIST".into()),
        older_than_days: Some(60),
    };
    let fields = json!({"from": "2026-01-01", "to": "2026-06-30", "location": "WARD-3A",
                        "product": null, "supplier": "MEDIDIST", "older_than_days": 60});
    let requests = [
        ("insight-dwell", ReportRequest::InsightDwell(q.clone())),
        ("insight-waste", ReportRequest::InsightWaste(q.clone())),
        (
            "insight-shrinkage",
            ReportRequest::InsightShrinkage(q.clone()),
        ),
        (
            "insight-suppliers",
            ReportRequest::InsightSuppliers(q.clone()),
        ),
        ("insight-trends", ReportRequest::InsightTrends(q.clone())),
    ];
    for (kind, request) in requests {
        let mut expected = fields.clone();
        expected["kind"] = json!(kind);
        let value = serde_json::to_value(&request).unwrap();
        assert_eq!(value, expected);
        assert_eq!(
            serde_json::from_value::<ReportRequest>(value).unwrap(),
            request,
            "{kind} round-trips"
        );
        assert_eq!(request.kind().as_str(), kind);
        let bare: ReportRequest = serde_json::from_value(json!({"kind": kind})).unwrap();
        assert_eq!(
            bare.kind().as_str(),
            kind,
            "every field of a query is optional"
        );
        let refused =
            serde_json::from_value::<ReportRequest>(json!({"kind": kind, "form": "2026-01-01"}));
        assert!(
            refused.unwrap_err().to_string().contains("form"),
            "an unknown field is refused, not ignored"
        );
    }
    let scorecard = ReportRequest::SupplierScorecard {
        supplier: "MEDIDIST".into(),
        from: Some(day("2026-01-01")),
        to: None,
    };
    let value = serde_json::to_value(&scorecard).unwrap();
    assert_eq!(
        value,
        json!({"kind": "supplier-scorecard", "supplier": "MEDIDIST", "from": "2026-01-01", "to": null})
    );
    assert_eq!(
        serde_json::from_value::<ReportRequest>(value).unwrap(),
        scorecard
    );
    assert_eq!(
        serde_json::from_value::<ReportRequest>(
            json!({"kind": "supplier-scorecard", "supplier": "MEDIDIST"})
        )
        .unwrap(),
        ReportRequest::SupplierScorecard {
            supplier: "MEDIDIST".into(),
            from: None,
            to: None
        }
    );
}
