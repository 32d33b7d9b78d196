//! The PDF file: the embedded fonts, the page size (landscape when a table has ten columns or
//! more), the blocks laid out in order, the document's metadata, and compression.

use custody_core::report::Document;
use printpdf::{ParsedFont, PdfDocument, PdfPage, PdfSaveOptions};

use super::paper::{pt_mm, Paper};
use super::writer::{Fonts, Writer};
use super::{BOLD, REGULAR};
use crate::text::Metrics;
use crate::RenderError;

/// zlib level for the page contents and fonts: fast, and nearly as small as the slowest.
const LEVEL: u32 = 3;

/// Renders the document as PDF bytes.
pub(crate) fn render(doc: &Document, paper: Paper) -> Result<Vec<u8>, RenderError> {
    let mut pdf = PdfDocument::new(&doc.title);
    let fonts = fonts(&mut pdf)?;
    let (width, height) = page_size(doc, paper);
    let mut w = Writer::new(doc, fonts, width, height);
    w.start_page();
    w.title_block();
    for block in &doc.blocks {
        w.block(block)?;
    }
    let last = w.finish_page();
    w.pages.push(last);
    w.footers();
    let pages: Vec<PdfPage> = std::mem::take(&mut w.pages)
        .into_iter()
        .map(|ops| PdfPage::new(pt_mm(width), pt_mm(height), ops))
        .collect();
    describe(&mut pdf, doc);
    save(pdf.with_pages(pages))
}

/// Reads the embedded fonts and adds them to the document.
fn fonts(pdf: &mut PdfDocument) -> Result<Fonts, RenderError> {
    let mut warnings = Vec::new();
    let regular =
        ParsedFont::from_bytes(REGULAR, 0, &mut warnings).ok_or(RenderError::Font("DejaVuSans"))?;
    let bold = ParsedFont::from_bytes(BOLD, 0, &mut warnings)
        .ok_or(RenderError::Font("DejaVuSans-Bold"))?;
    let regular_id = pdf.add_font(&regular);
    let bold_id = pdf.add_font(&bold);
    Ok(Fonts {
        regular: Metrics::new(regular),
        bold: Metrics::new(bold),
        regular_id,
        bold_id,
    })
}

/// Width and height of the pages in points.
fn page_size(doc: &Document, paper: Paper) -> (f32, f32) {
    // A table of ten columns or more (audit extract, shortage list) is printed landscape.
    let (width, height) = paper.size();
    if doc.tables().any(|t| t.columns.len() >= 10) {
        (height, width)
    } else {
        (width, height)
    }
}

/// The document's author, subject and dates, as a PDF reader shows them.
fn describe(pdf: &mut PdfDocument, doc: &Document) {
    let info = &mut pdf.metadata.info;
    info.author = doc.generated_by.clone();
    info.creator = "Custody".into();
    info.producer = "Custody".into();
    info.subject = doc.covers.clone();
    if let Some(t) = pdf_date(&doc.generated_at) {
        info.creation_date = t;
        info.modification_date = t;
        info.metadata_date = t;
    }
}

/// The document's bytes, its streams compressed.
fn save(pdf: &PdfDocument) -> Result<Vec<u8>, RenderError> {
    let mut save_warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(
        &PdfSaveOptions {
            optimize: false,
            ..PdfSaveOptions::default()
        },
        &mut save_warnings,
    );
    compress(&mut lo);
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| RenderError::Write(e.to_string()))?;
    Ok(out)
}

/// Deflates every stream not yet compressed (page contents, fonts) at a fast zlib level:
/// printpdf's own pass uses the slowest level, which made a 3,000-page report take seconds.
fn compress(doc: &mut lopdf::Document) {
    let mut streams: Vec<&mut lopdf::Stream> = doc
        .objects
        .values_mut()
        .filter_map(|o| match o {
            lopdf::Object::Stream(s) if s.dict.get(b"Filter").is_err() => Some(s),
            _ => None,
        })
        .collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let per = streams.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        for chunk in streams.chunks_mut(per) {
            scope.spawn(move || {
                for stream in chunk {
                    deflate(stream);
                }
            });
        }
    });
}

/// Deflates one stream, unless that would not make it smaller (the filter's own entry costs
/// 19 bytes), in which case it stays as it is.
fn deflate(stream: &mut lopdf::Stream) {
    use std::io::Write as _;
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(LEVEL));
    if z.write_all(&stream.content).is_err() {
        return;
    }
    if let Ok(deflated) = z.finish() {
        if deflated.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(deflated);
        }
    }
}

/// `2026-11-22 09:30 (UTC+01:00)`, as core writes `generated_at`, for the PDF's dates.
fn pdf_date(s: &str) -> Option<printpdf::date::OffsetDateTime> {
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i32>().ok();
    let sign = match s.get(21..22)? {
        "-" => -1,
        _ => 1,
    };
    Some(printpdf::date::DateTime {
        date: printpdf::date::Date {
            year: num(0..4)?,
            month: num(5..7)? as u8,
            day: num(8..10)? as u8,
        },
        time: printpdf::date::Time {
            hour: num(11..13)? as u8,
            minute: num(14..16)? as u8,
            second: 0,
            millisecond: 0,
        },
        offset: printpdf::date::Offset {
            hours: (sign * num(22..24)?) as i8,
            minutes: (sign * num(25..27)?) as i8,
            seconds: 0,
            milliseconds: 0,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generation_time_becomes_the_pdf_date_with_its_offset() {
        let Some(t) = pdf_date("2026-11-22 09:30 (UTC-05:30)") else {
            panic!("core's own format must be read");
        };
        assert_eq!(
            (
                t.date.year,
                t.date.month,
                t.date.day,
                t.time.hour,
                t.time.minute
            ),
            (2026, 11, 22, 9, 30),
            "the PDF must say when the report was generated, as its first page does"
        );
        assert_eq!(
            (t.offset.hours, t.offset.minutes),
            (-5, -30),
            "a negative offset applies to the hours and the minutes alike"
        );
    }

    #[test]
    fn a_generation_time_in_another_shape_leaves_the_dates_out() {
        assert!(
            pdf_date("22/11/2026").is_none(),
            "a date that cannot be read is left out, never guessed"
        );
    }

    #[test]
    fn a_table_of_ten_columns_turns_the_page_to_landscape() {
        let column = custody_core::report::Column::text("C", 1);
        let table = |n: usize| custody_core::report::Table {
            name: "T".into(),
            columns: vec![column.clone(); n],
            rows: vec![],
            empty: String::new(),
        };
        let doc = |n| Document {
            kind: custody_core::report::ReportKind::StockOnHand,
            title: "T".into(),
            banner: None,
            site: "S".into(),
            generated_at: String::new(),
            generated_by: String::new(),
            covers: String::new(),
            blocks: vec![custody_core::report::Block::Table(table(n))],
        };
        let (w, h) = page_size(&doc(10), Paper::A4);
        assert!(w > h, "ten columns do not fit a portrait page legibly");
        let (w, h) = page_size(&doc(9), Paper::A4);
        assert!(w < h, "nine columns still print portrait");
    }
}
