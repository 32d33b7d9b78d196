//! Every report in every language over the scripted history of `report.rs`: nothing is left
//! as a catalogue id or a Fluent placeable, a translated report really is translated, and the
//! CSV header speaks the report's language.

use custody_core::insights::InsightQuery;
use custody_core::report::{AuditFilter, Block, Document, ReportRequest};
use custody_messages::Lang;

use crate::fixtures::now;
use crate::report::history;

const AMOX: &str = "09506000134352";

fn requests() -> Vec<ReportRequest> {
    vec![
        ReportRequest::RecallNotice {
            number: "RCL-7".into(),
        },
        ReportRequest::RecallClosure {
            number: "RCL-7".into(),
        },
        ReportRequest::StockOnHand { location: None },
        ReportRequest::Expiry {
            windows: vec![30, 3000],
            location: None,
        },
        ReportRequest::Shortages { location: None },
        ReportRequest::ChainOfCustody {
            gtin: AMOX.into(),
            serial: "S2".into(),
        },
        ReportRequest::AuditExtract(AuditFilter::default()),
        ReportRequest::QuarantineLabels { location: None },
        ReportRequest::SupplierOrders {},
        ReportRequest::InsightDwell(InsightQuery::default()),
        ReportRequest::InsightWaste(InsightQuery::default()),
        ReportRequest::InsightShrinkage(InsightQuery::default()),
        ReportRequest::InsightSuppliers(InsightQuery::default()),
        ReportRequest::InsightTrends(InsightQuery::default()),
        ReportRequest::SupplierScorecard {
            supplier: "MEDIDIST".into(),
            from: None,
            to: None,
        },
    ]
}

/// Every text of a document a person reads, but the cells (which hold data as well).
fn words(d: &Document) -> Vec<String> {
    let mut out = vec![d.title.clone(), d.covers.clone()];
    out.extend(d.banner.clone());
    for b in &d.blocks {
        match b {
            Block::Heading { text } | Block::Paragraph { text } => out.push(text.clone()),
            Block::Facts { facts } => out.extend(
                facts
                    .iter()
                    .flat_map(|f| [f.label.clone(), f.value.clone()]),
            ),
            Block::Table(t) => {
                out.push(t.name.clone());
                out.push(t.empty.clone());
                out.extend(t.columns.iter().map(|c| c.title.clone()));
                out.extend(t.rows.iter().flatten().cloned());
            }
            Block::Signatures { roles } => out.extend(roles.iter().cloned()),
            Block::Barcode(c) => out.extend(c.lines.iter().cloned()),
            Block::Labels { labels } => out.extend(labels.iter().flat_map(|l| l.lines.clone())),
        }
    }
    out
}

/// A word that is a catalogue id the catalogue lacked (`report_text` answers the id itself).
fn looks_like_an_id(word: &str) -> bool {
    const PREFIXES: [&str; 21] = [
        "report-",
        "col-",
        "status-",
        "outcome-",
        "meaning-",
        "class-",
        "event-",
        "recall-",
        "stock-",
        "expiry-",
        "shortages-",
        "count-",
        "custody-",
        "labels-",
        "audit-",
        "pick-list-",
        "orders-",
        "count-status-",
        "recall-class-",
        "insight-",
        "scorecard-",
    ];
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    PREFIXES.iter().any(|p| w.starts_with(p))
        && w.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[test]
fn every_report_in_every_language_has_all_its_words() {
    let p = history();
    for request in requests() {
        let english = p.store.report(&p.admin, &request, now()).unwrap();
        for lang in Lang::ALL {
            let d = p.store.report_in(&p.admin, &request, now(), lang).unwrap();
            assert_eq!(d.lang, lang);
            for text in words(&d) {
                assert!(
                    !text.contains('{') && !text.contains('}'),
                    "{lang} {}: a placeable left in {text:?}",
                    d.kind
                );
                for word in text.split_whitespace() {
                    assert!(
                        !looks_like_an_id(word),
                        "{lang} {}: {word:?} is an id no catalogue has, in {text:?}",
                        d.kind
                    );
                }
            }
            if lang == Lang::En {
                assert_eq!(d, english, "English is what `report` builds");
            } else {
                assert_ne!(d.title, english.title, "{lang} {}: translated", d.kind);
                let header = String::from_utf8(d.to_csv()).unwrap();
                let english_header = String::from_utf8(english.to_csv()).unwrap();
                if english_header.trim() == "\"\"" {
                    continue; // nothing to export (no order today): no header either
                }
                assert_ne!(
                    header.lines().next(),
                    english_header.lines().next(),
                    "{lang} {}: the CSV header is translated",
                    d.kind
                );
            }
        }
    }
}

#[test]
fn a_french_recall_notice_writes_numbers_and_words_the_french_way() {
    let p = history();
    let request = ReportRequest::RecallNotice {
        number: "RCL-7".into(),
    };
    let d = p
        .store
        .report_in(&p.admin, &request, now(), Lang::Fr)
        .unwrap();
    assert_eq!(d.title, "Avis de rappel de lot RCL-7");
    assert_eq!(
        d.banner.as_deref(),
        Some("URGENT\u{a0}: RAPPEL DE LOT DE MÉDICAMENT")
    );
    assert!(
        d.covers.contains("registre jusqu'à l'événement 8 "),
        "{}",
        d.covers
    );
    let text = d.to_string();
    for said in [
        "Classe II\u{a0}: l'utilisation peut entraîner",
        "MAIN\u{a0}: 3 boîtes à retirer",
        "en quarantaine",
        "Responsable qualité",
    ] {
        assert!(text.contains(said), "{said:?} not in:\n{text}");
    }
    let csv = String::from_utf8(d.to_csv()).unwrap();
    assert!(
        csv.starts_with("tableau,Produit,GTIN,Codes nationaux,Fabricant,Périmètre,"),
        "{csv}"
    );
}
