//! `custody report insight-…` and `custody report supplier-scorecard` on a history made at the
//! command line, in euros: three packs received at 4.20 from WHOLESALE, one broken. The PDFs
//! are read back with `pdftotext`, the CSV as it is.

use std::process::Command;

use crate::{Scratch, AMOX};

/// An Amoxicillin pack of lot LOT42, expiring 2028-12-31 (with the line end).
fn pack(serial: &str) -> String {
    format!("]d201{AMOX}1728123110LOT42\u{1d}21{serial}\n")
}

/// `custody --as alice ARGS` at `now`, which must succeed; what it printed.
fn ok(s: &Scratch, now: &str, args: &[&str], stdin: &str) -> String {
    let mut all = vec!["--as", "alice"];
    all.extend(args);
    let out = s.run_at(now, &all, stdin);
    assert!(
        out.status.success(),
        "custody {args:?} at {now}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The text of a PDF, laid out.
fn pdf_text(path: &std::path::Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils; `make test` installs it)");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn insight_reports_and_a_scorecard_are_written_as_pdf_and_csv() {
    let s = Scratch::pharmacy();
    let now = "2026-11-22T09:00:00+01:00";
    ok(&s, now, &["settings", "set", "--currency", "EUR"], "");
    let day1 = "2026-12-01T10:00:00+01:00";
    let all = ["W1", "W2", "W3"].map(pack).concat();
    let receive = [
        "receive",
        "--location",
        "MAIN",
        "--partner",
        "WHOLESALE",
        "--unit-cost",
        "4.20",
    ];
    ok(&s, day1, &receive, &all);
    let destroy = ["destroy", "--location", "MAIN", "--reason", "broken"];
    ok(&s, "2026-12-10T10:00:00+01:00", &destroy, &pack("W1"));
    let later = "2027-01-05T10:00:00+01:00";
    let dir = s.dir.path();
    let period = ["--from", "2026-12-01", "--to", "2026-12-31"];

    let waste = dir.join("waste.pdf");
    let out = waste.to_str().unwrap();
    let said = ok(
        &s,
        later,
        &[&["report", "insight-waste"], &period[..], &["--out", out]].concat(),
        "",
    );
    assert!(said.starts_with("Wrote "), "{said}");
    let text = pdf_text(&waste);
    for line in [
        "Waste from 2026-12-01 to 2026-12-31",
        "Units lost",
        "4.20 EUR",
        "Waste by supplier",
        "WHOLESALE",
        "W1",
        "damaged",
        "Page 1 of",
    ] {
        assert!(
            text.contains(line),
            "{line:?} not in the waste report:\n{text}"
        );
    }

    let csv = dir.join("waste.csv");
    let filters = [
        "--location",
        "MAIN",
        "--product",
        AMOX,
        "--supplier",
        "WHOLESALE",
    ];
    ok(
        &s,
        later,
        &[
            &["report", "insight-waste"],
            &period[..],
            &filters,
            &["--out", csv.to_str().unwrap()],
        ]
        .concat(),
        "",
    );
    let csv = std::fs::read_to_string(csv).unwrap();
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("section,Month,Units,Value (EUR),Unpriced,Expired,Recalled,Damaged,"),
        "{csv}"
    );
    assert!(
        csv.lines().any(|l| l
            == format!(
                "Every unit lost,,,4.20,,,,,,,{AMOX},Amoxicillin 500 mg caps x21,MAIN,,WHOLESALE,\
                 2026-12-10,destroyed,damaged,W1,LOT42,2028-12-31,1,receipt"
            )),
        "the broken pack's line, its value in the Value column:\n{csv}"
    );

    let dwell = dir.join("dwell.pdf");
    ok(
        &s,
        later,
        &[
            "report",
            "insight-dwell",
            "--location",
            "MAIN",
            "--older-than",
            "30",
            "--out",
            dwell.to_str().unwrap(),
        ],
        "",
    );
    let text = pdf_text(&dwell);
    for line in [
        "Dwell time from 2026-01-06 to 2027-01-05 — at MAIN (Main pharmacy)",
        "Waiting longer than 30 days now",
    ] {
        assert!(
            text.contains(line),
            "{line:?} not in the dwell report:\n{text}"
        );
    }

    let card = dir.join("scorecard.pdf");
    ok(
        &s,
        later,
        &[
            &["report", "supplier-scorecard", "WHOLESALE"],
            &period[..],
            &["--out", card.to_str().unwrap(), "--paper", "letter"],
        ]
        .concat(),
        "",
    );
    let text = pdf_text(&card);
    for line in [
        "Supplier scorecard: WHOLESALE, 2026-12-01 to 2026-12-31",
        "Wholesale supplier (WHOLESALE)",
        "Units received",
        "Receipts above contract",
        "Affected packs",
        "QA officer",
        "Pharmacist in charge",
    ] {
        assert!(
            text.contains(line),
            "{line:?} not in the scorecard:\n{text}"
        );
    }

    let nowhere = dir.join("none.pdf");
    let out = s.run_at(
        later,
        &[
            "--as",
            "alice",
            "report",
            "supplier-scorecard",
            "NOSUCH",
            "--out",
            nowhere.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("NOSUCH"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!nowhere.exists(), "nothing written for an unknown supplier");
}
