//! Custody's printable documents: lays out a report model built by custody-core
//! ([`custody_core::report::Document`]) as a PDF with embedded fonts. The only crate that
//! touches the PDF library; it decides nothing about content, only where things go on paper.
//!
//! Every page has the site and title at the top and "Page X of Y" at the bottom; page 1 has
//! the banner, the title, when and by whom it was generated and the data it covers. Tables
//! break across pages and repeat their header row; text wraps within its column. The layout's
//! own words come in the document's language (`Document::lang`); an Arabic report's PDF is a
//! page sending the person to the app's preview (`unshaped`).

#![forbid(unsafe_code)]

mod layout;
mod text;
mod unshaped;

use custody_core::report::Document;

pub use layout::Paper;

/// Why a document could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// An embedded font could not be read (a build problem, not the user's).
    #[error("the embedded font {0} could not be read")]
    Font(&'static str),
    /// The PDF could not be written out.
    #[error("the PDF could not be written: {0}")]
    Write(String),
    /// A page draws with something the PDF writer does not write (a layout bug, not the
    /// user's): refused rather than left out of the page.
    #[error("a page draws with {0}, which the PDF writer does not write")]
    Operation(String),
    /// A DataMatrix could not hold the data.
    #[error("the DataMatrix for {0:?} could not be made: {1}")]
    DataMatrix(String, String),
}

/// Renders a report as PDF bytes, in its language. A report in Arabic, which this PDF writer
/// cannot set (it neither joins Arabic letters nor orders right-to-left lines), renders as one
/// page saying so in English and French and sending the person to the app's preview to print.
pub fn render(doc: &Document, paper: Paper) -> Result<Vec<u8>, RenderError> {
    if unshaped::can_set(doc.lang) {
        layout::render(doc, paper)
    } else {
        layout::render(&unshaped::unavailable(doc), paper)
    }
}

/// Whether this crate's PDFs can set `lang`'s script; when not, a report is printed from the
/// app's preview.
pub fn prints_as_pdf(lang: custody_messages::Lang) -> bool {
    unshaped::can_set(lang)
}

/// Draws every symbol of `doc` (its labels and barcodes) for a screen, so the app's preview
/// shows them and prints them: the one way to print Arabic labels until the PDF can set Arabic.
/// A code that fits no symbol is refused, as the PDF refuses it.
pub fn draw_symbols(doc: &mut Document) -> Result<(), RenderError> {
    use custody_core::report::Block;
    for block in &mut doc.blocks {
        match block {
            Block::Labels { labels } => {
                for label in labels {
                    label.drawing = Some(layout::drawing(label)?);
                }
            }
            Block::Barcode(code) => code.drawing = Some(layout::drawing(code)?),
            _ => {}
        }
    }
    Ok(())
}

/// Renders a report as PDF (`.pdf`) or its CSV twin (anything else ending in `.csv`), by the
/// file name's extension; `None` for an extension that is neither.
pub fn render_for(
    doc: &Document,
    file_name: &str,
    paper: Paper,
) -> Option<Result<Vec<u8>, RenderError>> {
    let lower = file_name.to_ascii_lowercase();
    if lower.ends_with(".pdf") {
        Some(render(doc, paper))
    } else if lower.ends_with(".csv") {
        Some(Ok(doc.to_csv()))
    } else {
        None
    }
}
