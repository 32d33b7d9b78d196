//! Real PDFs, read back with poppler's `pdftotext`/`pdfinfo`/`pdftoppm` and libdmtx's
//! `dmtxread` (`make test` installs them): the text is there, pages are numbered and sized,
//! tables break across pages with their header repeated, nothing is drawn past the margins,
//! and a printed DataMatrix scans back to the element string.

use std::path::{Path, PathBuf};
use std::process::Command;

use custody_core::report::{Barcode, Block, Column, Document, Fact, ReportKind, Table};
use custody_report::{render, Paper};

fn tool(name: &str) -> PathBuf {
    let path = Path::new("/usr/bin").join(name);
    assert!(
        path.exists(),
        "{name} is missing: `make test` installs poppler-utils and dmtx-utils"
    );
    path
}

fn run(name: &str, args: &[&str]) -> String {
    let out = Command::new(tool(name)).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

struct Rendered {
    _dir: tempfile::TempDir,
    pdf: PathBuf,
}

impl Rendered {
    fn new(doc: &Document, paper: Paper) -> Rendered {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("report.pdf");
        std::fs::write(&pdf, render(doc, paper).unwrap()).unwrap();
        Rendered { _dir: dir, pdf }
    }

    fn path(&self) -> &str {
        self.pdf.to_str().unwrap()
    }

    fn text(&self) -> String {
        run("pdftotext", &["-layout", self.path(), "-"])
    }

    /// The text of each page (pdftotext separates pages with a form feed).
    fn pages(&self) -> Vec<String> {
        let mut pages: Vec<String> = self.text().split('\u{c}').map(String::from).collect();
        if pages.last().is_some_and(|p| p.trim().is_empty()) {
            pages.pop();
        }
        pages
    }

    fn info(&self, key: &str) -> String {
        run("pdfinfo", &[self.path()])
            .lines()
            .find_map(|l| {
                l.strip_prefix(&format!("{key}:"))
                    .map(|v| v.trim().to_string())
            })
            .unwrap_or_default()
    }
}

fn document(blocks: Vec<Block>) -> Document {
    Document {
        kind: ReportKind::StockOnHand,
        title: "Stock on hand".into(),
        banner: None,
        site: "Pharmacie de l'Hôpital Saint-Étienne".into(),
        generated_at: "2026-11-22 09:30 (UTC+01:00)".into(),
        generated_by: "Zoë Łukasiewicz (zoe)".into(),
        covers: "stock at MAIN; ledger up to event 42".into(),
        blocks,
        lang: Default::default(),
    }
}

fn table(rows: usize) -> Table {
    Table {
        name: "Packs".into(),
        columns: vec![
            Column::checkbox("Pulled"),
            Column::text("Serial", 12),
            Column::text("Product", 30),
            Column::number("Qty", 6),
        ],
        rows: (0..rows)
            .map(|i| {
                vec![
                    String::new(),
                    format!("SN{i:06}"),
                    "Amoxicillin 500 mg capsules".into(),
                    (i % 7 + 1).to_string(),
                ]
            })
            .collect(),
        empty: "none".into(),
    }
}

#[test]
fn a_ten_thousand_row_table_paginates_with_its_header_on_every_page() {
    let r = Rendered::new(&document(vec![Block::Table(table(10_000))]), Paper::A4);
    let pages = r.pages();
    let n = pages.len();
    assert!(n > 100, "10,000 rows on {n} pages?");
    assert_eq!(r.info("Pages"), n.to_string());
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Page {} of {n}", i + 1)),
            "page {}:\n{page}",
            i + 1
        );
        assert!(
            page.contains("Pharmacie de l'Hôpital Saint-Étienne"),
            "running header on page {}",
            i + 1
        );
        assert!(
            page.contains("Serial") && page.contains("Product"),
            "header row on page {}",
            i + 1
        );
        if i > 0 {
            assert!(page.contains("Packs (continued)"), "page {}", i + 1);
        }
    }
    // Every row once, in order, none lost at a page break.
    let text = r.text();
    let serials: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.starts_with("SN") && w.len() == 8)
        .collect();
    assert_eq!(serials.len(), 10_000);
    assert!(serials.windows(2).all(|w| w[0] < w[1]), "rows out of order");
}

#[test]
fn accented_text_survives_and_the_header_says_when_and_by_whom() {
    let r = Rendered::new(
        &document(vec![
            Block::Facts {
                facts: vec![Fact {
                    label: "Fabricant".into(),
                    value: "Laboratoires Pierre Fabre — Castres, Château-Gontier, Łódź".into(),
                }],
            },
            Block::Table(table(3)),
        ]),
        Paper::A4,
    );
    let text = r.text();
    for s in [
        "Stock on hand",
        "Generated 2026-11-22 09:30 (UTC+01:00) by Zoë Łukasiewicz (zoe)",
        "Covers: stock at MAIN; ledger up to event 42",
        "Château-Gontier, Łódź",
        "Page 1 of 1",
    ] {
        assert!(text.contains(s), "{s:?} missing from:\n{text}");
    }
    assert_eq!(r.info("Author"), "Zoë Łukasiewicz (zoe)");
    assert!(
        r.info("CreationDate").contains("2026"),
        "{}",
        r.info("CreationDate")
    );
}

#[test]
fn a4_and_letter() {
    let doc = document(vec![Block::Table(table(3))]);
    assert!(Rendered::new(&doc, Paper::A4)
        .info("Page size")
        .contains("(A4)"));
    assert!(Rendered::new(&doc, Paper::Letter)
        .info("Page size")
        .contains("(letter)"));
}

#[test]
fn long_names_wrap_inside_their_column_and_the_page() {
    let long = "Co-amoxiclav 875 mg/125 mg film-coated tablets, hospital pack of twenty-one, \
                manufactured for the Pharmacie Centrale des Hôpitaux by a contract manufacturer";
    let mut t = table(1);
    t.rows[0][2] = long.into();
    t.rows[0][1] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into();
    let r = Rendered::new(
        &document(vec![
            Block::Table(t),
            Block::Paragraph {
                text: long.repeat(3),
            },
        ]),
        Paper::A4,
    );
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("bbox.html");
    run("pdftotext", &["-bbox", r.path(), html.to_str().unwrap()]);
    let html = std::fs::read_to_string(html).unwrap();
    let mut words = 0;
    for part in html.split("<word ").skip(1) {
        let x_max: f32 = part
            .split("xMax=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap()
            .parse()
            .unwrap();
        words += 1;
        assert!(
            x_max <= 595.28 - 40.0 + 0.5,
            "a word ends at {x_max} pt, past the margin: {part}"
        );
    }
    assert!(words > 50);
    let text = r.text().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("Pharmacie Centrale des"),
        "nothing lost to wrapping"
    );
}

/// What libdmtx reads from the first DataMatrix it finds on page 1, printed at 200 dpi.
fn scanned(doc: &Document) -> String {
    let r = Rendered::new(doc, Paper::A4);
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    run(
        "pdftoppm",
        &[
            "-r",
            "200",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            r.path(),
            prefix.to_str().unwrap(),
        ],
    );
    let png = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "png"))
        .unwrap();
    // dmtxread searches a whole page: ten seconds was too few once on a loaded two-core CI
    // machine (it gives up with no output), so it gets a minute.
    let read = run(
        "dmtxread",
        &["-n", "-N", "1", "-m", "60000", png.to_str().unwrap()],
    );
    read.trim_end_matches('\n').to_string()
}

#[test]
fn a_printed_datamatrix_scans_back_to_its_element_string() {
    let element = "0109506000134352172812311 0L1\u{1d}21SN-42".replace(' ', "");
    let doc = document(vec![Block::Barcode(Barcode {
        drawing: None,
        element_string: element.clone(),
        lines: vec![
            "Amoxicillin".into(),
            "(01)09506000134352(17)281231(10)L1(21)SN-42".into(),
        ],
    })]);
    // dmtxread leaves out the leading FNC1 and prints the group separator as is.
    assert_eq!(scanned(&doc), element);
}

#[test]
fn a_printed_quarantine_label_scans_back_to_its_element_string() {
    let element = "01095064938579741728101210MM34965\u{1d}211LCPZE6G0999466";
    let doc = document(vec![Block::Labels {
        labels: vec![Barcode {
            drawing: None,
            element_string: element.into(),
            lines: vec!["QUARANTINE — DO NOT USE".into(), "Amiodarone".into()],
        }],
    }]);
    assert_eq!(
        scanned(&doc),
        element,
        "a label's symbol, encoded beside the others and drawn a run at a time, must scan"
    );
}

#[test]
fn an_empty_table_says_so() {
    let mut t = table(0);
    t.empty = "No pack is held in quarantine.".into();
    let r = Rendered::new(&document(vec![Block::Table(t)]), Paper::A4);
    assert!(r.text().contains("No pack is held in quarantine."));
}

#[test]
fn a_header_word_is_never_split_and_a_serial_is_never_broken() {
    let serial = "SN2026RECALL00012345";
    let crowded = Table {
        name: "Crowded".into(),
        columns: vec![
            Column::checkbox("Pulled"),
            Column::text("Product", 40),
            Column::text("Serial", 8),
            Column::text("Acknowledgement", 4),
            Column::number("Quantity", 3),
        ],
        rows: vec![vec![
            String::new(),
            "Amoxicillin 500 mg capsules".into(),
            serial.into(),
            "yes".into(),
            "1".into(),
        ]],
        empty: String::new(),
    };
    let impossible = Table {
        name: "Impossible".into(),
        columns: (0..14)
            .map(|_| Column::text("Acknowledgements", 1))
            .collect(),
        rows: vec![vec!["x".to_string(); 14]],
        empty: String::new(),
    };
    let r = Rendered::new(
        &document(vec![Block::Table(crowded), Block::Table(impossible)]),
        Paper::A4,
    );
    let words: Vec<String> = r.text().split_whitespace().map(String::from).collect();
    for whole in ["Pulled", "Acknowledgement", "Quantity", serial] {
        assert!(
            words.iter().any(|w| w == whole),
            "{whole} is given the room to stand whole (widened from Product): {words:?}"
        );
    }
    assert!(
        !words.iter().any(|w| w == "Pulle" || w == "Acknowledgem"),
        "no header is cut inside a word: {words:?}"
    );
    let abbreviated = words
        .iter()
        .filter(|w| w.starts_with("Ack") && w.ends_with('.'))
        .count();
    assert!(
        abbreviated >= 14,
        "fourteen headers that cannot fit whole are abbreviated with a full stop, never split: {words:?}"
    );
}

#[test]
fn a_pick_list_prints_every_serial_whole_in_its_ten_columns() {
    // The pick list's own columns (`custody_core::report` builds them): the serials are what the
    // person picking looks for on the shelf, so none may be cut or wrapped.
    let columns = vec![
        Column::text("To", 10),
        Column::text("Product", 28),
        Column::text("GTIN", 15),
        Column::number("Wanted", 7),
        Column::number("Take", 6),
        Column::text("Lot", 10),
        Column::text("Serial", 14),
        Column::text("Expiry", 10),
        Column::number("Short", 6),
        Column::checkbox("Picked"),
    ];
    let serials = ["BPN4WW0H0001154", "7PBJN5E00001467", "K3MUMWVN0002340"];
    let rows = serials
        .iter()
        .map(|s| {
            vec![
                "WARD-3B".into(),
                "Enoxaparin 40 mg/0.4 mL prefilled syringes x5".into(),
                "09504801364053".into(),
                "12".into(),
                "1".into(),
                "PE30406".into(),
                s.to_string(),
                "2027-02-05".into(),
                "2".into(),
                String::new(),
            ]
        })
        .collect();
    let doc = document(vec![Block::Table(Table {
        name: "From MAIN (Main pharmacy)".into(),
        columns,
        rows,
        empty: String::new(),
    })]);
    let text = Rendered::new(&doc, Paper::A4).text();
    for s in serials {
        assert!(
            text.lines().any(|l| l.contains(s)),
            "serial {s} is printed whole on one line:\n{text}"
        );
    }
    assert!(text.contains("Picked"), "the column to tick is headed");
}
