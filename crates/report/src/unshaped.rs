//! The page printed in place of a report in a language the PDF writer cannot set. printpdf
//! places one glyph per character, left to right: it neither joins Arabic letters into their
//! connected forms nor orders a right-to-left line, so an Arabic PDF would print broken text.
//! Its PDF says so instead, in English and in French (which the embedded fonts print), and
//! sends the person to the app's preview, whose webview shapes Arabic and prints it. The CSV
//! is plain UTF-8 text and stays in Arabic.

use custody_core::report::{Block, Document};
use custody_messages::{report_text, Lang};
use serde_json::{Map, Value};

/// Whether the PDF writer can set `lang`: not a right-to-left script.
pub(crate) fn can_set(lang: Lang) -> bool {
    !lang.is_rtl()
}

/// The one-page document printed instead of `doc`: its report's name, when and by whom it was
/// asked for, and where to print it from, in English and in French.
pub(crate) fn unavailable(doc: &Document) -> Document {
    let mut args = Map::new();
    args.insert("report".into(), Value::from(doc.kind.as_str()));
    let say = |lang: Lang, id: &str| report_text(lang, id, &args);
    Document {
        kind: doc.kind,
        title: say(Lang::En, "report-pdf-unavailable-title"),
        banner: None,
        site: printable(&doc.site).unwrap_or_else(|| "Custody".into()),
        generated_at: doc.generated_at.clone(),
        generated_by: printable(&doc.generated_by).unwrap_or_default(),
        covers: String::new(),
        blocks: vec![
            Block::Paragraph {
                text: say(Lang::En, "report-pdf-unavailable"),
            },
            Block::Heading {
                text: say(Lang::Fr, "report-pdf-unavailable-title"),
            },
            Block::Paragraph {
                text: say(Lang::Fr, "report-pdf-unavailable"),
            },
        ],
        lang: Lang::En,
    }
}

/// `text` when it holds no right-to-left letters (which would print broken), else `None`.
fn printable(text: &str) -> Option<String> {
    let rtl = |c: char| matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
    (!text.chars().any(rtl)).then(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{BOLD, REGULAR};
    use crate::text::Metrics;
    use custody_core::report::ReportKind;
    use printpdf::ParsedFont;

    fn arabic() -> Document {
        Document {
            kind: ReportKind::RecallNotice,
            title: "إشعار سحب RCL-1".into(),
            banner: Some("عاجل: سحب دواء".into()),
            site: "مستشفى".into(),
            generated_at: "2026-11-22 09:30 (UTC+01:00)".into(),
            generated_by: "Ada Admin (admin)".into(),
            covers: "السحب RCL-1".into(),
            blocks: Vec::new(),
            lang: Lang::Ar,
        }
    }

    #[test]
    fn the_page_says_where_to_print_in_english_and_french_and_nothing_in_arabic() {
        let page = unavailable(&arabic());
        let text = format!("{} {:?}", page.title, page.blocks);
        assert!(text.contains("not available as a PDF in Arabic"), "{text}");
        assert!(
            text.contains("n’est pas encore disponible en PDF en arabe")
                || text.contains("n'est pas encore disponible en PDF en arabe"),
            "{text}"
        );
        assert!(text.contains("recall-notice"), "names the report: {text}");
        assert!(
            printable(&text).is_some(),
            "no Arabic letter to print broken: {text}"
        );
        assert_eq!(page.site, "Custody", "an Arabic site name is left out");
        assert_eq!(page.generated_by, "Ada Admin (admin)");
        assert!(!can_set(Lang::Ar) && can_set(Lang::Fr));
    }

    #[test]
    fn the_fonts_have_a_glyph_for_every_character_of_the_page() {
        let page = unavailable(&arabic());
        let mut text = page.title.clone();
        for b in &page.blocks {
            match b {
                Block::Paragraph { text: t } | Block::Heading { text: t } => text.push_str(t),
                _ => {}
            }
        }
        for font in [REGULAR, BOLD] {
            let mut warnings = Vec::new();
            let m = Metrics::new(ParsedFont::from_bytes(font, 0, &mut warnings).unwrap());
            for c in text.chars().filter(|c| !c.is_whitespace()) {
                assert!(
                    m.glyph(c).is_some(),
                    "{c:?} has no glyph in the embedded font"
                );
            }
            // French numbers and punctuation: "1 234" with a narrow no-break space, "Date :".
            for c in ['\u{202f}', '\u{a0}', '→', '’', 'É', 'ç', 'º', 'ª', 'ã', 'õ'] {
                assert!(
                    m.glyph(c).is_some(),
                    "{c:?} has no glyph in the embedded font"
                );
            }
        }
    }
}
