//! Report models over a scripted history: what each report says, compared with the ledger, and
//! the recall notice's model against a reviewed snapshot (`tests/snapshots/`; set
//! `UPDATE_SNAPSHOTS=1` to rewrite it after a deliberate change, then read the diff).

use chrono::NaiveDate;
use custody_core::recall::{NewRecall, ScopeLine};
use custody_core::report::{AuditFilter, Block, Document, ReportRequest, Table};
use custody_core::*;
use custody_gs1::DecodeOptions;

use crate::fixtures::{now, pharmacy, Pharmacy};

const AMOX: &str = "09506000134352";

/// MAIN holds S1, S3, S4 (lot L1) and 50 gauze; S2 was dispensed against RX-1; then recall
/// RCL-7 (class II) covers lot L1.
pub(crate) fn history() -> Pharmacy {
    let mut p = pharmacy();
    let events: Vec<_> = ["S1", "S2", "S3", "S4"]
        .iter()
        .map(|s| p.receive(s))
        .chain([p.dispense("S2"), p.receive_gauze(50)])
        .collect();
    p.append(&events);
    let admin = p.admin.clone();
    p.store
        .create_recall(
            &admin,
            &NewRecall {
                number: "RCL-7".into(),
                title: "Amoxicillin 500 mg capsules, lot L1".into(),
                class: RecallClass::II,
                reason: "Capsules may contain a foreign particle (métal)".into(),
                instructions: Some("Pull and quarantine; tell every patient.".into()),
                issuer: Some("Acme Pharma".into()),
                issued_on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
                scope: vec![ScopeLine {
                    gtin: AMOX.into(),
                    lot: Some("L1".into()),
                    serial: None,
                }],
            },
            now(),
        )
        .unwrap();
    p
}

fn report(p: &Pharmacy, request: ReportRequest) -> Document {
    p.store.report(&p.admin, &request, now()).unwrap()
}

fn table<'a>(d: &'a Document, name: &str) -> &'a Table {
    d.tables()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no table {name:?} in {d}"))
}

fn column(t: &Table, title: &str) -> Vec<String> {
    let i = t
        .columns
        .iter()
        .position(|c| c.title == title)
        .unwrap_or_else(|| panic!("no column {title:?}"));
    t.rows.iter().map(|r| r[i].clone()).collect()
}

/// Replaces what changes from run to run (hashes, event ids) so a snapshot can compare.
fn redacted(text: &str) -> String {
    text.split_inclusive(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .map(|tok| {
            let word = tok
                .trim_end_matches(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == '…');
            if word.len() >= 16 && word.chars().all(|c| c.is_ascii_hexdigit()) {
                tok.replacen(word, "<hash>", 1)
            } else {
                tok.to_string()
            }
        })
        .collect()
}

fn snapshot(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() || !path.exists() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    assert!(
        expected == actual,
        "{name} differs from its snapshot; if the change is meant, rerun with UPDATE_SNAPSHOTS=1\n--- expected\n{expected}\n--- actual\n{actual}"
    );
}

#[test]
fn the_recall_notice_lists_what_to_pull_where_and_whom_to_follow_up() {
    let p = history();
    let d = report(
        &p,
        ReportRequest::RecallNotice {
            number: "RCL-7".into(),
        },
    );
    assert_eq!(d.banner.as_deref(), Some("URGENT: DRUG RECALL"));
    assert_eq!(d.site, "St. Mary's pharmacy");
    assert_eq!(d.generated_by, "Alice Smith (alice)");
    assert_eq!(d.generated_at, "2026-11-22 09:00 (UTC+01:00)");
    assert!(
        d.covers.contains("ledger up to event 8 "),
        "Alice's user_added, six events, then the hold: {}",
        d.covers
    );

    let home = p.store.attention(&p.admin, 30, now().local_date()).unwrap();
    assert_eq!(
        (home.quarantined, home.open_recalls, home.suspect),
        (3, 1, 0)
    );
    let held = table(&d, "MAIN: 3 pack(s) to pull");
    assert!(held.columns[0].checkbox, "a box to tick per pack");
    assert_eq!(column(held, "Serial"), ["S1", "S3", "S4"]);
    assert_eq!(column(held, "Status"), ["quarantined"; 3], "the hold ran");
    let left = table(&d, "Packs that left the pharmacy");
    assert_eq!(column(left, "Serial"), ["S2"]);
    assert_eq!(column(left, "Document"), ["RX-1"]);
    assert!(matches!(d.blocks.last(), Some(Block::Signatures { roles }) if roles.len() == 3));

    let csv = String::from_utf8(d.to_csv()).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("section,Product,GTIN,"),
        "{}",
        lines[0]
    );
    assert!(!lines[0].contains("Pulled"), "check boxes are not exported");
    assert_eq!(
        lines.len(),
        1 + 1 + 3 + 1,
        "header, product, 3 held, 1 dispensed:\n{csv}"
    );
    assert!(lines
        .iter()
        .any(|l| l.starts_with("Packs that left the pharmacy,") && l.contains("RX-1")));

    snapshot("recall-notice.txt", &redacted(&d.to_string()));
}

#[test]
fn a_withdrawal_is_not_headed_as_an_urgent_recall() {
    let mut p = history();
    let admin = p.admin.clone();
    p.store
        .create_recall(
            &admin,
            &NewRecall {
                number: "MW-1".into(),
                title: "Gauze".into(),
                class: RecallClass::Withdrawal,
                reason: "Packaging change".into(),
                instructions: None,
                issuer: None,
                issued_on: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
                scope: vec![ScopeLine {
                    gtin: "09506000134369".into(),
                    lot: None,
                    serial: None,
                }],
            },
            now(),
        )
        .unwrap();
    let d = report(
        &p,
        ReportRequest::RecallNotice {
            number: "MW-1".into(),
        },
    );
    assert_eq!(d.banner.as_deref(), Some("MARKET WITHDRAWAL"));
    let lots = table(&d, "Lot quantities held");
    assert_eq!(column(lots, "Quantity"), ["50"]);
}

#[test]
fn the_closure_report_shows_every_item_open_until_it_has_an_outcome() {
    let p = history();
    let d = report(
        &p,
        ReportRequest::RecallClosure {
            number: "RCL-7".into(),
        },
    );
    let units = table(&d, "Affected packs and their outcome");
    assert_eq!(column(units, "Outcome"), ["OPEN"; 4]);
    let events = table(&d, "Ledger events of this recall");
    assert_eq!(
        column(events, "What"),
        ["quarantine"],
        "the hold's one event at MAIN"
    );
    assert_eq!(column(events, "Lines"), ["3"]);
    assert!(
        d.to_string()
            .contains("open: 4 item(s) still need an outcome"),
        "{d}"
    );
}

#[test]
fn stock_on_hand_lists_lots_and_expiries_per_location() {
    let p = history();
    let d = report(&p, ReportRequest::StockOnHand { location: None });
    let main = table(&d, "MAIN — Main pharmacy");
    // By product name: amoxicillin (held by the recall), then gauze.
    assert_eq!(
        column(main, "Product"),
        ["Amoxicillin 500 mg caps x21", "Gauze swabs x100"]
    );
    assert_eq!(column(main, "In stock"), ["0", "50"]);
    assert_eq!(column(main, "Quarantined"), ["3", "0"]);
    assert_eq!(column(main, "Expiry"), ["2028-12-31", "2029-01-31"]);
    assert_eq!(column(main, "Lot"), ["L1", "G7"]);
    assert!(d.to_string().contains("In stock: 50"), "{d}");
    let ward = report(
        &p,
        ReportRequest::StockOnHand {
            location: Some("WARD-3A".into()),
        },
    );
    assert!(ward.to_string().contains("No stock is held."), "{ward}");
    let e = p
        .store
        .report(
            &p.admin,
            &ReportRequest::StockOnHand {
                location: Some("NOPE".into()),
            },
            now(),
        )
        .unwrap_err();
    assert!(e.to_string().contains("NOPE"), "{e}");
}

#[test]
fn the_expiry_report_counts_and_values_what_expires() {
    let p = history();
    // 2028-12-31 is more than two years away: nothing in 90 days, all in 1,000 days.
    let d = report(
        &p,
        ReportRequest::Expiry {
            windows: vec![30, 60, 90],
            location: None,
        },
    );
    assert!(table(&d, "Expired and expiring stock").rows.is_empty());
    let d = report(
        &p,
        ReportRequest::Expiry {
            windows: vec![1000],
            location: None,
        },
    );
    let t = table(&d, "Expired and expiring stock");
    assert_eq!(
        column(t, "Lot"),
        ["G7"],
        "quarantined packs are not in stock"
    );
    assert_eq!(column(t, "Qty"), ["50"]);
    assert_eq!(
        column(t, "Value"),
        [""],
        "gauze has no contract price, so no value"
    );
}

#[test]
fn the_certificate_proves_each_event_and_says_so_when_one_was_altered() {
    let p = history();
    let req = ReportRequest::ChainOfCustody {
        gtin: AMOX.into(),
        serial: "S2".into(),
    };
    let d = report(&p, req.clone());
    let code = d
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Barcode(c) => Some(c),
            _ => None,
        })
        .expect("a DataMatrix");
    assert_eq!(
        code.element_string,
        format!("01{AMOX}1728123110L1\u{1d}21S2")
    );
    assert!(code
        .lines
        .iter()
        .any(|l| l == &format!("(01){AMOX}(17)281231(10)L1(21)S2")));
    let events = table(&d, "Events");
    assert_eq!(column(events, "What"), ["receive", "dispense"]);
    assert_eq!(column(events, "Document"), ["PO-1", "RX-1"]);
    let hashes = table(&d, "Ledger hashes");
    assert_eq!(column(hashes, "Check"), ["intact", "intact"]);
    assert!(column(hashes, "Hash (SHA-256)")
        .iter()
        .all(|h| h.len() == 64));
    assert!(d.to_string().contains("every event is intact"));

    // Someone edits the dispense's document with sqlite3.
    let db = p.sqlite();
    db.execute_batch(
        "DROP TRIGGER event_no_update; UPDATE event SET reference = 'RX-9' WHERE reference = 'RX-1';",
    )
    .unwrap();
    let d = report(&p, req);
    assert_eq!(
        column(table(&d, "Ledger hashes"), "Check"),
        ["intact", "BROKEN"]
    );
    assert!(d.to_string().contains("DO NOT MATCH THEIR HASHES"), "{d}");
}

#[test]
fn the_audit_extract_filters_by_day_user_and_location() {
    let mut p = history();
    let all = report(&p, ReportRequest::AuditExtract(AuditFilter::default()));
    let t = table(&all, "Ledger events");
    // Alice's enrolment with the database, four receipts, a dispense, the gauze, the recall's
    // hold: who may do what is on the ledger, so it is in the audit extract too.
    assert_eq!(t.rows.len(), 8);
    assert_eq!(
        column(t, "By"),
        [vec!["custody:system"], vec!["alice"; 7]].concat(),
        "the first administrator is added by the system principal, the rest by Alice"
    );
    assert_eq!(column(t, "When")[0], "2026-11-22 09:00");

    let staff = p
        .store
        .add_user(
            &p.admin.clone(),
            "ben",
            "Ben",
            Role::Staff,
            Some("another password"),
            now(),
        )
        .unwrap();
    let by_ben = AuditFilter {
        user: Some("ben".into()),
        ..Default::default()
    };
    assert!(table(
        &report(&p, ReportRequest::AuditExtract(by_ben.clone())),
        "Ledger events"
    )
    .rows
    .is_empty());
    let e = p
        .store
        .report(&staff, &ReportRequest::AuditExtract(by_ben), now())
        .map(|_| ());
    assert!(e.is_ok(), "staff may take an audit extract: {e:?}");

    let ward = AuditFilter {
        location: Some("WARD-3A".into()),
        ..Default::default()
    };
    assert!(table(
        &report(&p, ReportRequest::AuditExtract(ward)),
        "Ledger events"
    )
    .rows
    .is_empty());
    let yesterday = AuditFilter {
        to: NaiveDate::from_ymd_opt(2026, 11, 21),
        ..Default::default()
    };
    assert!(table(
        &report(&p, ReportRequest::AuditExtract(yesterday)),
        "Ledger events"
    )
    .rows
    .is_empty());
    let backwards = AuditFilter {
        from: NaiveDate::from_ymd_opt(2026, 11, 22),
        to: NaiveDate::from_ymd_opt(2026, 11, 1),
        ..Default::default()
    };
    let e = p
        .store
        .report(&p.admin, &ReportRequest::AuditExtract(backwards), now())
        .unwrap_err();
    assert!(e.to_string().contains("before the start"), "{e}");
}

#[test]
fn quarantine_labels_carry_each_packs_gs1_element_string() {
    let p = history();
    let d = report(&p, ReportRequest::QuarantineLabels { location: None });
    let Some(Block::Labels { labels }) = d.blocks.first() else {
        panic!("labels expected: {d}");
    };
    let strings: Vec<&str> = labels.iter().map(|l| l.element_string.as_str()).collect();
    assert_eq!(
        strings,
        ["S1", "S3", "S4"].map(|s| format!("01{AMOX}1728123110L1\u{1d}21{s}"))
    );
    assert_eq!(labels[0].lines[0], "QUARANTINE — DO NOT USE");
    assert!(
        labels[0].lines.last().unwrap().contains("RCL-7"),
        "{:?}",
        labels[0].lines
    );
    let csv = String::from_utf8(d.to_csv()).unwrap();
    assert!(csv.starts_with("label,element_string\n"), "{csv}");
}

#[test]
fn the_count_variance_report_says_what_is_missing() {
    let mut p = history();
    let admin = p.admin.clone();
    let c = p
        .store
        .start_count(&admin, p.main.id, &[], false, now())
        .unwrap();
    p.store
        .count_scan(
            &admin,
            c.id,
            &format!("]d201{AMOX}10L1\u{1d}21S1"),
            None,
            &DecodeOptions::new(now().local_date()),
            now(),
        )
        .unwrap();
    p.store.finish_count(&admin, c.id, now()).unwrap();
    let d = report(&p, ReportRequest::CountVariance { count: c.id });
    assert_eq!(d.title, format!("Count variance COUNT-{}", c.id));
    assert_eq!(column(table(&d, "Missing"), "Serial"), ["S3", "S4"]);
    let lots = table(&d, "Lots");
    assert_eq!(column(lots, "Difference"), ["-50"]);
    assert!(
        d.to_string().contains("Result: differences to resolve"),
        "{d}"
    );
}

#[test]
fn shortages_report_the_order_up_to_par() {
    let mut p = history();
    let admin = p.admin.clone();
    p.store
        .set_reorder_rule(
            &admin,
            &custody_core::levels::RuleInput {
                gtin: "09506000134369".into(),
                location: "MAIN".into(),
                reorder_point: 60,
                par_level: 100,
                lead_time_days: Some(7),
            },
            now(),
        )
        .unwrap();
    let d = report(&p, ReportRequest::Shortages { location: None });
    let t = table(&d, "Shortages and suggested order");
    assert_eq!(column(t, "Product"), ["Gauze swabs x100"]);
    assert_eq!(column(t, "Order"), ["50"]);
    let other = report(
        &p,
        ReportRequest::Shortages {
            location: Some("WARD-3A".into()),
        },
    );
    assert!(table(&other, "Shortages and suggested order")
        .rows
        .is_empty());
}

/// The facts of a document's first facts block titled by `label`'s section, as (label, value).
fn summary(d: &Document) -> Vec<(String, String)> {
    d.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Facts { facts } if facts.iter().any(|f| f.label == "Affected packs") => Some(
                facts
                    .iter()
                    .map(|f| (f.label.clone(), f.value.clone()))
                    .collect::<Vec<_>>(),
            ),
            _ => None,
        })
        .next()
        .unwrap_or_else(|| panic!("no summary in {d}"))
}

#[test]
fn with_partial_outcomes_the_notices_to_pull_figure_is_its_tables_and_it_prints_no_zeros() {
    use custody_core::recall::{OutcomeRequest, OutcomeTarget};
    let mut p = history();
    let admin = p.admin.clone();
    p.store
        .record_recall_outcome(
            &admin,
            "RCL-7",
            &OutcomeRequest {
                outcome: RecallOutcome::NotFound,
                target: OutcomeTarget {
                    serials: vec!["S3".into()],
                    ..Default::default()
                },
                partner: None,
                note: None,
                signature: None,
            },
            now(),
        )
        .unwrap();
    let d = report(
        &p,
        ReportRequest::RecallNotice {
            number: "RCL-7".into(),
        },
    );
    let facts = summary(&d);
    let figure = |label: &str| {
        facts
            .iter()
            .find(|(l, _)| l.starts_with(label))
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("no {label} in {facts:?}"))
    };
    let held = table(&d, "MAIN: 2 pack(s) to pull");
    assert_eq!(
        column(held, "Serial"),
        ["S1", "S4"],
        "S3, recorded not found, is no longer on the list to take round the shelves"
    );
    assert_eq!(
        figure("To pull"),
        held.rows.len().to_string(),
        "the summary's figure to pull is the rows of the tables to pull, never another count"
    );
    assert!(
        !facts.iter().any(|(l, _)| l.contains("Still in stock")),
        "no second 'in stock' figure that could read 0 while packs wait to be pulled: {facts:?}"
    );
    let zeros: Vec<&(String, String)> = facts
        .iter()
        .filter(|(l, v)| v == "0" && l != "Items still needing an outcome")
        .collect();
    assert!(
        zeros.is_empty(),
        "a figure with nothing to report is left out: {zeros:?}"
    );
    assert_eq!(
        figure("Recorded missing"),
        "1",
        "S3's outcome is counted once"
    );
}
