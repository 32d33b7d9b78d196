//! Page layout: a report model placed on paper, deciding where things go, never what they say.
//! A cursor moves down the page and a new page (with the running header) starts whenever the
//! next piece does not fit; "Page X of Y" footers are added once the count is known. The paper
//! sizes and margins are in `paper.rs`, type sizes and colours in `style.rs`, the drawing
//! primitives and the pages (header, footers, breaks) in `writer.rs`, the title and the simple
//! blocks (headings, paragraphs, facts, signatures) in `blocks.rs`, tables that break across
//! pages with their header repeated in `table.rs`, GS1 DataMatrix symbols and quarantine
//! labels in `barcode.rs` (the symbols encoded, as runs of dark modules, in `symbol.rs`), the
//! pages' contents written as PDF operators in `content.rs` (its numbers in `real.rs`, the
//! characters each font showed in `shown.rs`), and the PDF file itself (fonts, landscape for
//! wide tables, metadata, compression) in `pdf.rs`.

mod barcode;
mod blocks;
mod content;
mod paper;
mod pdf;
mod real;
mod shown;
mod style;
mod symbol;
mod table;
mod writer;

pub use paper::Paper;
pub(crate) use pdf::render;
pub(crate) use symbol::drawing;

/// DejaVu Sans, embedded: every document carries its own font, so it prints the same anywhere.
pub(crate) const REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold, embedded.
pub(crate) const BOLD: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans-Bold.ttf");

/// How many threads to spread work over (pages written, streams deflated, symbols encoded).
fn threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
}
