//! The PDF file: the embedded fonts, the page size (landscape when a table has ten columns or
//! more), the blocks laid out in order, each page's contents written on every core, the
//! document's metadata, and compression.

use custody_core::report::Document;
use printpdf::{ParsedFont, PdfDocument, PdfPage, PdfSaveOptions};

use super::content::Page;
use super::paper::{pt_mm, Paper};
use super::shown::{glyph_section, PageFont, Shown};
use super::writer::{Draw, Fonts, Writer};
use super::{threads, BOLD, REGULAR};
use crate::text::Metrics;
use crate::RenderError;

/// zlib level for the page contents and fonts: fast, and nearly as small as the slowest
/// (with zlib-rs, 4 costs little more time than 3 and saves a few percent).
const LEVEL: u32 = 4;

/// Renders the document as PDF bytes.
pub(crate) fn render(doc: &Document, paper: Paper) -> Result<Vec<u8>, RenderError> {
    let mut lo = assemble(lay_out(doc, paper)?)?;
    compress(&mut lo);
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| RenderError::Write(e.to_string()))?;
    Ok(out)
}

/// A document laid out: printpdf's document with its fonts and metadata but no pages yet, the
/// fonts, the page size in points and what each page draws.
struct LaidOut {
    pdf: PdfDocument,
    fonts: Fonts,
    width: f32,
    height: f32,
    pages: Vec<Vec<Draw>>,
}

/// Lays the document out, page by page.
fn lay_out(doc: &Document, paper: Paper) -> Result<LaidOut, RenderError> {
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
    let pages = std::mem::take(&mut w.pages);
    describe(&mut pdf, doc);
    Ok(LaidOut {
        pdf,
        fonts: w.into_fonts(),
        width,
        height,
        pages,
    })
}

/// The PDF as lopdf holds it, its streams not yet compressed. printpdf writes the fonts (with
/// their Unicode maps), the page objects and the metadata; the pages' contents are ours,
/// written straight to bytes, which is most of why a long report no longer takes seconds.
fn assemble(laid: LaidOut) -> Result<lopdf::Document, RenderError> {
    let LaidOut {
        mut pdf,
        fonts,
        width,
        height,
        mut pages,
    } = laid;
    let fonts = [
        PageFont {
            id: &fonts.regular_id,
            metrics: &fonts.regular,
        },
        PageFont {
            id: &fonts.bold_id,
            metrics: &fonts.bold,
        },
    ];
    let contents = write_contents(&mut pages, &fonts)?;
    // printpdf is given the pages empty but for the first, which shows every glyph used once
    // so that printpdf embeds each font with the Unicode map copying the text needs.
    let mut empty: Vec<PdfPage> = contents
        .pages
        .iter()
        .map(|_| PdfPage::new(pt_mm(width), pt_mm(height), Vec::new()))
        .collect();
    if let Some(first) = empty.first_mut() {
        first.ops = glyph_section(&fonts, &contents.shown);
    }
    let mut save_warnings = Vec::new();
    let mut lo = pdf.with_pages(empty).to_lopdf_document(
        &PdfSaveOptions {
            optimize: false,
            ..PdfSaveOptions::default()
        },
        &mut save_warnings,
    );
    replace_contents(&mut lo, contents.pages)?;
    Ok(lo)
}

/// The pages' content streams, in order, and what each font showed on them.
struct Contents {
    pages: Vec<Vec<u8>>,
    shown: Vec<Shown>,
}

/// Each page's content stream, the pages shared out in runs among the cores. A page's
/// operations are dropped once written, on the thread that wrote them, so that freeing them
/// (a long report's millions of small strings) is shared out too.
fn write_contents(pages: &mut [Vec<Draw>], fonts: &[PageFont]) -> Result<Contents, RenderError> {
    let per = pages.len().div_ceil(threads()).max(1);
    let runs: Vec<Result<Contents, RenderError>> = std::thread::scope(|scope| {
        let runs: Vec<_> = pages
            .chunks_mut(per)
            .enumerate()
            .map(|(run, chunk)| {
                scope.spawn(move || {
                    let mut shown = vec![Shown::new(); fonts.len()];
                    let mut pages = Vec::with_capacity(chunk.len());
                    for (i, ops) in chunk.iter_mut().enumerate() {
                        let ops = std::mem::take(ops);
                        pages.push(Page::new(run * per + i, fonts, &mut shown).write(&ops)?);
                    }
                    Ok(Contents { pages, shown })
                })
            })
            .collect();
        runs.into_iter()
            .map(|run| run.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    let mut all = Contents {
        pages: Vec::with_capacity(pages.len()),
        shown: vec![Shown::new(); fonts.len()],
    };
    // In page order, so that what a later page showed comes after an earlier one's.
    for run in runs {
        let run = run?;
        all.pages.extend(run.pages);
        for (shown, seen) in all.shown.iter_mut().zip(&run.shown) {
            shown.merge(seen);
        }
    }
    Ok(all)
}

/// Puts each page's contents in place of what printpdf wrote for it, the pages in order.
fn replace_contents(lo: &mut lopdf::Document, contents: Vec<Vec<u8>>) -> Result<(), RenderError> {
    let fail = |e: lopdf::Error| RenderError::Write(e.to_string());
    let pages = lo.get_pages();
    if pages.len() != contents.len() {
        return Err(RenderError::Write(format!(
            "{} pages written for {} laid out",
            pages.len(),
            contents.len()
        )));
    }
    for (page, bytes) in pages.into_values().zip(contents) {
        let stream = lo
            .get_dictionary(page)
            .and_then(|p| p.get(b"Contents"))
            .and_then(lopdf::Object::as_reference)
            .map_err(fail)?;
        lo.get_object_mut(stream)
            .and_then(lopdf::Object::as_stream_mut)
            .map_err(fail)?
            .set_content(bytes);
    }
    Ok(())
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
    let per = streams.len().div_ceil(threads()).max(1);
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
    use custody_core::report::{Barcode, Block, Column, Fact, ReportKind, Table};
    use printpdf::{CurTransMat, DictItem, Op};

    /// A document with every kind of block, text in and beyond Latin (one character the fonts
    /// have no glyph for) and a table over several pages.
    fn everything() -> Document {
        let rows = (0..140)
            .map(|i| {
                vec![
                    String::new(),
                    format!("SN{i:06}"),
                    format!("Amoxicillin 500 mg — Pharmacie Générale de l'Hôpital n°{i}"),
                    format!("{}.{:02} €", i * 37, i % 100),
                ]
            })
            .collect();
        let code = |serial: &str| Barcode {
            drawing: None,
            element_string: format!("0109506000134352172812311 0L1\u{1d}21{serial}")
                .replace(' ', ""),
            lines: vec![
                "QUARANTINE — DO NOT USE".into(),
                "Amoxicillin 500 mg capsules".into(),
                format!("(01)09506000134352(17)281231(10)L1(21){serial}"),
            ],
        };
        Document {
            kind: ReportKind::StockOnHand,
            title: "Stock on hand — Łódź".into(),
            banner: Some("URGENT: DRUG RECALL".into()),
            site: "Pharmacie de l'Hôpital Saint-Étienne".into(),
            generated_at: "2026-11-22 09:30 (UTC+01:00)".into(),
            generated_by: "Zoë Łukasiewicz (zoe)".into(),
            covers: "stock at MAIN; ledger up to event 42 (漢)".into(),
            blocks: vec![
                Block::Heading {
                    text: "What (is) recalled \\ why".into(),
                },
                Block::Paragraph {
                    text: "Château-Gontier, Łódź, Škoda: 5 % off ‰ — “quoted” … ".repeat(6),
                },
                Block::Facts {
                    facts: vec![Fact {
                        label: "Fabricant".into(),
                        value: "Laboratoires Pierre Fabre — Castres".into(),
                    }],
                },
                Block::Table(Table {
                    name: "Packs".into(),
                    columns: vec![
                        Column::checkbox("Pulled"),
                        Column::text("Serial", 12),
                        Column::text("Product", 30),
                        Column::number("Value", 6),
                    ],
                    rows,
                    empty: String::new(),
                }),
                Block::Barcode(code("SN-1")),
                Block::Labels {
                    labels: vec![code("SN-2"), code("SN-3"), code("SN-4")],
                },
                Block::Signatures {
                    roles: vec!["Pharmacist".into(), "Quality".into()],
                },
            ],
            lang: Default::default(),
        }
    }

    /// A page as printpdf's operations: a symbol's rectangles and its fill as raw operators.
    fn printpdf_ops(page: &[Draw]) -> Vec<Op> {
        let raw = |key: &str, numbers: Vec<f32>| Op::Unknown {
            key: key.into(),
            value: numbers.into_iter().map(DictItem::Real).collect(),
        };
        let mut ops = Vec::new();
        for draw in page {
            match draw {
                Draw::Op(op) => ops.push(op.clone()),
                Draw::Symbol { matrix, symbol } => {
                    ops.push(Op::SaveGraphicsState);
                    ops.push(Op::SetTransformationMatrix {
                        matrix: CurTransMat::Raw(*matrix),
                    });
                    for (left, top, width) in symbol.runs() {
                        let [l, t, w] = [left, top, width].map(f32::from);
                        ops.push(raw("re", vec![l, t, w, 1.0]));
                    }
                    ops.push(raw("f", vec![]));
                    ops.push(Op::RestoreGraphicsState);
                }
            }
        }
        ops
    }

    fn contents(lo: &lopdf::Document, page: lopdf::ObjectId) -> String {
        let id = lo
            .get_dictionary(page)
            .and_then(|p| p.get(b"Contents"))
            .and_then(lopdf::Object::as_reference)
            .unwrap();
        let stream = lo
            .get_object(id)
            .and_then(lopdf::Object::as_stream)
            .unwrap();
        String::from_utf8(stream.content.clone()).unwrap()
    }

    #[test]
    fn every_page_and_font_is_byte_for_byte_what_printpdf_wrote() {
        let laid = lay_out(&everything(), Paper::A4).unwrap();
        // printpdf's own way, on a copy of the same document (the same font names), given
        // the pages' operations as before, and each symbol's rectangles as operators of its
        // own (which printpdf writes when it is told not to drop them).
        let pages = laid
            .pages
            .iter()
            .map(|page| PdfPage::new(pt_mm(laid.width), pt_mm(laid.height), printpdf_ops(page)))
            .collect();
        let theirs = laid.pdf.clone().with_pages(pages).to_lopdf_document(
            &PdfSaveOptions {
                optimize: false,
                secure: false,
                ..PdfSaveOptions::default()
            },
            &mut Vec::new(),
        );
        let ours = assemble(laid).unwrap();
        let (our_pages, their_pages) = (ours.get_pages(), theirs.get_pages());
        assert!(our_pages.len() >= 4, "the table runs over several pages");
        assert_eq!(our_pages.len(), their_pages.len());
        for ((n, a), b) in our_pages.iter().zip(their_pages.values()) {
            assert_eq!(
                contents(&ours, *a),
                contents(&theirs, *b),
                "page {n} must be drawn exactly as printpdf drew it"
            );
        }
        assert!(
            ours.objects == theirs.objects,
            "the fonts with their widths and Unicode maps, the pages and the metadata must all \
             be as printpdf wrote them"
        );
    }

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
            lang: Default::default(),
        };
        let (w, h) = page_size(&doc(10), Paper::A4);
        assert!(w > h, "ten columns do not fit a portrait page legibly");
        let (w, h) = page_size(&doc(9), Paper::A4);
        assert!(w < h, "nine columns still print portrait");
    }
}
