//! Reports in the session's language, end to end: a person who chose Spanish saves a recall
//! notice whose PDF and CSV speak Spanish; one who chose Arabic gets a CSV in Arabic and a PDF
//! page saying the PDF is not available in Arabic and where to print from instead.

use std::path::Path;
use std::process::Command;

use custody_api::{ops, Session};
use serde_json::json;

use crate::fixture::{pack, Pharmacy, AMOX};

/// A pharmacy holding two packs of lot L1 (R1, R2) under recall RCL-1, class II.
fn recalled() -> Pharmacy {
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    for s in ["R1", "R2"] {
        let v = ops::call(
            &mut p.host,
            Some(&mut sam),
            "scan",
            json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack(s)}),
        )
        .unwrap();
        assert_eq!(v["verdict"], "accepted", "{v}");
    }
    let mut quinn = p.sign_in("quinn");
    ops::call(
        &mut p.host,
        Some(&mut quinn),
        "create_recall",
        json!({
            "number": "RCL-1", "title": "Amoxicillin lot L1", "class": "II",
            "reason": "Out of specification", "scope": {"product": {"gtin": AMOX, "lots": ["L1"]}}
        }),
    )
    .unwrap();
    p
}

/// Quinn, signed in, speaking `lang`.
fn quinn_in(p: &mut Pharmacy, lang: &str) -> Session {
    let mut quinn = p.sign_in("quinn");
    let said = ops::call(
        &mut p.host,
        Some(&mut quinn),
        "set_my_language",
        json!({"language": lang}),
    )
    .unwrap();
    assert_eq!(said, lang, "the session now speaks {lang}");
    quinn
}

/// Saves the recall notice as `file` in the reports folder; answers its path.
fn save_notice(p: &mut Pharmacy, who: &mut Session, file: &str) -> String {
    let saved = ops::call(
        &mut p.host,
        Some(who),
        "save_report",
        json!({"report": {"kind": "recall-notice", "number": "RCL-1"}, "file": file}),
    )
    .unwrap();
    saved["path"].as_str().unwrap().to_string()
}

fn pdf_text(path: &str) -> String {
    assert!(
        Path::new("/usr/bin/pdftotext").exists(),
        "pdftotext is missing: `make test` installs poppler-utils"
    );
    let out = Command::new("/usr/bin/pdftotext")
        .args(["-layout", path, "-"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

fn csv_header(path: &str) -> String {
    let csv = std::fs::read_to_string(path).unwrap();
    csv.lines().next().unwrap_or_default().to_string()
}

#[test]
fn a_recall_notice_saved_by_a_person_who_speaks_spanish_is_in_spanish() {
    let mut p = recalled();
    let mut quinn = quinn_in(&mut p, "es");
    let preview = ops::call(
        &mut p.host,
        Some(&mut quinn),
        "report_preview",
        json!({"kind": "recall-notice", "number": "RCL-1"}),
    )
    .unwrap();
    assert_eq!(preview["title"], "Aviso de retirada RCL-1", "{preview}");
    assert_eq!(preview["banner"], "URGENTE: RETIRADA DE MEDICAMENTO");
    assert!(
        preview.get("lang").is_none(),
        "the preview's shape is unchanged: {preview}"
    );

    let pdf = pdf_text(&save_notice(&mut p, &mut quinn, "aviso.pdf"));
    // pdftotext -layout may put several spaces between words that are one space apart.
    let flat = pdf.split_whitespace().collect::<Vec<_>>().join(" ");
    for said in [
        "URGENTE: RETIRADA DE MEDICAMENTO",
        "Aviso de retirada RCL-1",
        "Generado el 2026-11-30",
        "Envases afectados",
        "Qué hacer",
        "MAIN: 2 envases por retirar",
        "N.º de serie",
        "en cuarentena",
        "Farmacéutico responsable",
        "Firma",
        "Página 1 de",
    ] {
        assert!(flat.contains(said), "{said:?} is not in the notice:\n{pdf}");
    }
    for kept in ["R1", "R2", "L1", AMOX, "Amoxicillin 500 mg"] {
        assert!(
            flat.contains(kept),
            "{kept:?}: codes and names stay as they are"
        );
    }
    for english in ["Recall notice", "Affected packs", "Page 1 of", "Generated "] {
        assert!(
            !flat.contains(english),
            "{english:?} left in English:\n{pdf}"
        );
    }

    let header = csv_header(&save_notice(&mut p, &mut quinn, "aviso.csv"));
    assert!(
        header.starts_with("tabla,Producto,GTIN,Códigos nacionales,Fabricante,Alcance"),
        "the CSV's header is Spanish: {header}"
    );
    assert!(
        header.contains("N.º de serie") && header.contains("Caducidad"),
        "{header}"
    );
}

#[test]
fn an_arabic_pdf_says_it_is_not_available_in_arabic_and_the_csv_is_arabic() {
    let mut p = recalled();
    let mut quinn = quinn_in(&mut p, "ar");
    let preview = ops::call(
        &mut p.host,
        Some(&mut quinn),
        "report_preview",
        json!({"kind": "recall-notice", "number": "RCL-1"}),
    )
    .unwrap();
    assert_eq!(
        preview["title"], "إشعار سحب RCL-1",
        "the preview, which the app's webview shapes and prints, is in Arabic"
    );

    let pdf = pdf_text(&save_notice(&mut p, &mut quinn, "notice.pdf"));
    let flat = pdf.split_whitespace().collect::<Vec<_>>().join(" ");
    for said in [
        "This report is not available as a PDF in Arabic yet",
        "recall-notice",
        "Reports screen → preview → Print",
        "n'est pas encore disponible en PDF en arabe",
        "écran Rapports → aperçu → Imprimer",
        "Page 1 of 1",
    ] {
        assert!(flat.contains(said), "{said:?} is not on the page:\n{pdf}");
    }
    assert!(
        !pdf.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)),
        "no Arabic letter is printed unjoined:\n{pdf}"
    );

    let path = save_notice(&mut p, &mut quinn, "notice.csv");
    let header = csv_header(&path);
    for said in ["الجدول", "المنتج", "الرقم التسلسلي", "انتهاء الصلاحية"]
    {
        assert!(
            header.contains(said),
            "{said:?} not in the CSV header: {header}"
        );
    }
    let csv = std::fs::read_to_string(&path).unwrap();
    assert!(
        csv.contains("R1") && csv.contains("في الحجر"),
        "rows keep their serials and say their status in Arabic: {csv}"
    );
}

#[test]
fn an_english_session_still_prints_english() {
    let mut p = recalled();
    let mut quinn = p.sign_in("quinn");
    let pdf = pdf_text(&save_notice(&mut p, &mut quinn, "notice.pdf"));
    let flat = pdf.split_whitespace().collect::<Vec<_>>().join(" ");
    for said in [
        "URGENT: DRUG RECALL",
        "Recall notice RCL-1",
        "MAIN: 2 pack(s) to pull",
        "Page 1 of",
    ] {
        assert!(flat.contains(said), "{said:?} is not in the notice:\n{pdf}");
    }
    let header = csv_header(&save_notice(&mut p, &mut quinn, "notice.csv"));
    assert!(header.starts_with("section,Product,GTIN"), "{header}");
}

/// The `Document` declaration in a bindings file: from its line to the next blank line.
fn document_type(ts: &str) -> String {
    let start = ts
        .find("export type Document = ")
        .expect("Document is declared");
    ts[start..]
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_preview_document_the_ui_imports_keeps_its_shape() {
    let fresh = custody_api::bindings::typescript(|_| {});
    let ui = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../ui/src/bindings.ts"
    ))
    .unwrap();
    assert_eq!(
        document_type(&fresh),
        document_type(&ui),
        "the document's language is not sent: the preview speaks the screen's, and \
         ui/src/bindings.ts needs no change"
    );
}

/// The quarantine labels' preview as `who` sees it.
fn labels_preview(p: &mut Pharmacy, who: &mut Session) -> serde_json::Value {
    let doc = ops::call(
        &mut p.host,
        Some(who),
        "report_preview",
        json!({"kind": "quarantine-labels", "location": null}),
    )
    .unwrap();
    doc["blocks"]
        .as_array()
        .and_then(|b| b.iter().find(|b| b["type"] == "labels"))
        .cloned()
        .unwrap_or_else(|| panic!("a block of labels: {doc}"))
}

#[test]
fn an_arabic_preview_draws_the_labels_symbols_so_they_print_from_the_app() {
    let mut p = recalled();
    let mut quinn = quinn_in(&mut p, "ar");
    let labels = labels_preview(&mut p, &mut quinn);
    let labels = labels["labels"].as_array().expect("labels");
    assert_eq!(labels.len(), 2, "the two held packs: {labels:?}");
    for label in labels {
        let side = label["drawing"]["side"].as_u64().unwrap_or(0);
        let path = label["drawing"]["path"].as_str().unwrap_or("");
        assert!((10..=144).contains(&side), "a square DataMatrix: {label}");
        assert!(
            path.starts_with("M0 ") && path.matches('z').count() > side as usize,
            "dark modules drawn, the finder pattern's left edge first: {label}"
        );
    }

    // Quinn now speaks Arabic; Sam speaks the default, English.
    let mut english = p.sign_in("sam");
    let plain = labels_preview(&mut p, &mut english);
    assert!(
        plain["labels"][0]["drawing"].is_null(),
        "a report printed as a PDF sends no drawings: {plain}"
    );
}
