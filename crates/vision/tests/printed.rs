//! The project's own printed codes read from a picture of the page: a sheet of quarantine labels
//! rendered to PDF by custody-report, rasterized by poppler's `pdftoppm` as a scanner or a
//! photo of the sheet would give it, must read back to each label's exact element string.

use std::path::Path;
use std::process::Command;

use custody_core::report::{Barcode, Block, Document, ReportKind};
use custody_report::{render, Paper};

const LABELS: [&str; 3] = [
    "01095064938579741728101210MM34965\u{1d}211LCPZE6G0999466",
    "01095060001343521728123110ABC123\u{1d}21SN0001234567",
    "0104150123456782172712311012\u{1d}21A",
];

fn sheet() -> Document {
    Document {
        kind: ReportKind::QuarantineLabels,
        title: "Quarantine labels".into(),
        banner: None,
        site: "Pharmacie de l'Hôpital Saint-Étienne".into(),
        generated_at: "2026-12-03 09:30 (UTC+01:00)".into(),
        generated_by: "Zoë Łukasiewicz (zoe)".into(),
        covers: "packs in quarantine at MAIN".into(),
        blocks: vec![Block::Labels {
            labels: LABELS
                .iter()
                .map(|e| Barcode {
                    drawing: None,
                    element_string: (*e).into(),
                    lines: vec!["QUARANTINE — DO NOT USE".into(), "Amiodarone".into()],
                })
                .collect(),
        }],
        lang: Default::default(),
    }
}

#[test]
fn a_printed_sheet_of_quarantine_labels_reads_back_from_its_picture() {
    let pdftoppm = Path::new("/usr/bin/pdftoppm");
    if !pdftoppm.exists() {
        eprintln!("SKIPPED: pdftoppm is missing (`make test` installs poppler-utils)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("labels.pdf");
    std::fs::write(&pdf, render(&sheet(), Paper::A4).unwrap()).unwrap();
    // 200 dpi: a label's 1.6-point modules become about 4.4 pixels, as a phone photo of the
    // sheet held at reading distance gives them.
    let out = Command::new(pdftoppm)
        .args(["-r", "200", "-gray", "-png", "-singlefile"])
        .arg(&pdf)
        .arg(dir.path().join("page"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = std::fs::read(dir.path().join("page.png")).unwrap();
    let found = custody_vision::decode_photo(&png).unwrap();
    let mut got: Vec<String> = found.iter().map(|f| f.scan_input()).collect();
    got.sort();
    let mut want: Vec<String> = LABELS.iter().map(|e| format!("]d2{e}")).collect();
    want.sort();
    assert_eq!(got, want, "each label once, exactly");
}
