//! Page layout: a cursor moving down the page, blocks placed one after another, a new page
//! (with the running header) whenever the next piece does not fit, and footers added once the
//! page count is known.

use custody_core::report::{Barcode, Block, Column, Document, Fact, Table};
use datamatrix::{DataMatrix, SymbolList};
use printpdf::{
    Color, CurTransMat, FontId, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, Rgb, TextItem,
    TextMatrix, WindingOrder,
};

use crate::text::Metrics;
use crate::RenderError;

pub(crate) const REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans.ttf");
pub(crate) const BOLD: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans-Bold.ttf");

/// Paper size.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in points.
    fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

impl std::str::FromStr for Paper {
    type Err = String;
    fn from_str(s: &str) -> Result<Paper, String> {
        match s.to_ascii_lowercase().as_str() {
            "a4" => Ok(Paper::A4),
            "letter" | "us-letter" => Ok(Paper::Letter),
            _ => Err(format!("'{s}' is not a paper size: a4 or letter")),
        }
    }
}

const MARGIN: f32 = 40.0;
const HEADER: f32 = 30.0;
const FOOTER: f32 = 30.0;
const BODY: f32 = 9.0;
const CELL: f32 = 7.5;
const CELL_LEADING: f32 = 9.4;
const PAD: f32 = 2.6;

const BLACK: (f32, f32, f32) = (0.0, 0.0, 0.0);
const GREY: (f32, f32, f32) = (0.38, 0.38, 0.40);
const RULE: (f32, f32, f32) = (0.72, 0.72, 0.75);
const SHADE: (f32, f32, f32) = (0.955, 0.955, 0.965);
const HEAD_FILL: (f32, f32, f32) = (0.86, 0.89, 0.93);
const RED: (f32, f32, f32) = (0.74, 0.07, 0.09);
const WHITE: (f32, f32, f32) = (1.0, 1.0, 1.0);

fn rgb((r, g, b): (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb::new(r, g, b, None))
}

struct Writer<'a> {
    doc: &'a Document,
    regular: Metrics,
    bold: Metrics,
    regular_id: FontId,
    bold_id: FontId,
    width: f32,
    height: f32,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    /// Distance of the cursor from the top of the page.
    y: f32,
    /// Inside a text object (consecutive strings share one, which keeps pages small and fast).
    in_text: bool,
    /// The fill colour and font last set on this page, so they are set only when they change.
    fill: Option<(f32, f32, f32)>,
    font: Option<(bool, f32)>,
}

pub(crate) fn render(doc: &Document, paper: Paper) -> Result<Vec<u8>, RenderError> {
    let mut warnings = Vec::new();
    let regular =
        ParsedFont::from_bytes(REGULAR, 0, &mut warnings).ok_or(RenderError::Font("DejaVuSans"))?;
    let bold = ParsedFont::from_bytes(BOLD, 0, &mut warnings)
        .ok_or(RenderError::Font("DejaVuSans-Bold"))?;
    let mut pdf = PdfDocument::new(&doc.title);
    let regular_id = pdf.add_font(&regular);
    let bold_id = pdf.add_font(&bold);
    // A table of ten columns or more (audit extract, shortage list) is printed landscape.
    let (mut width, mut height) = paper.size();
    if doc.tables().any(|t| t.columns.len() >= 10) {
        std::mem::swap(&mut width, &mut height);
    }
    let mut w = Writer {
        doc,
        regular: Metrics::new(regular),
        bold: Metrics::new(bold),
        regular_id,
        bold_id,
        width,
        height,
        pages: Vec::new(),
        ops: Vec::new(),
        y: 0.0,
        in_text: false,
        fill: None,
        font: None,
    };
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
    let mut save_warnings = Vec::new();
    let mut lo = pdf.with_pages(pages).to_lopdf_document(
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

const LEVEL: u32 = 3;

fn pt_mm(pt: f32) -> printpdf::Mm {
    printpdf::Mm(pt * 25.4 / 72.0)
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

impl Writer<'_> {
    fn content_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    fn bottom(&self) -> f32 {
        self.height - MARGIN - FOOTER
    }

    fn metrics(&self, bold: bool) -> &Metrics {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }

    /// Text with its baseline `baseline` points from the top of the page.
    fn text(
        &mut self,
        x: f32,
        baseline: f32,
        s: &str,
        size: f32,
        bold: bool,
        color: (f32, f32, f32),
    ) {
        if s.is_empty() {
            return;
        }
        if !self.in_text {
            self.ops.push(Op::StartTextSection);
            self.in_text = true;
        }
        self.set_fill(color);
        if self.font != Some((bold, size)) {
            let font = if bold {
                self.bold_id.clone()
            } else {
                self.regular_id.clone()
            };
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(font),
                size: Pt(size),
            });
            self.font = Some((bold, size));
        }
        let h = self.height;
        self.ops.extend([
            Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(x), Pt(h - baseline)),
            },
            Op::ShowText {
                items: vec![TextItem::Text(s.to_string())],
            },
        ]);
    }

    /// Several strings on one baseline, left to right, as one text-showing operation whose
    /// offsets place each at its x (regular weight).
    fn run(&mut self, baseline: f32, pieces: &[(f32, &str)], size: f32, color: (f32, f32, f32)) {
        let Some(&(first_x, first)) = pieces.first() else {
            return;
        };
        self.text(first_x, baseline, first, size, false, color);
        if pieces.len() == 1 {
            return;
        }
        // `text` pushed the string as the last item; extend it with the rest.
        let mut at = first_x + self.regular.width(first, size);
        let mut items = Vec::with_capacity(pieces.len() * 2);
        items.push(TextItem::Text(first.to_string()));
        for &(x, s) in &pieces[1..] {
            items.push(TextItem::Offset(-(x - at) * 1000.0 / size));
            items.push(TextItem::Text(s.to_string()));
            at = x + self.regular.width(s, size);
        }
        if let Some(Op::ShowText { items: last }) = self.ops.last_mut() {
            *last = items;
        }
    }

    fn set_fill(&mut self, color: (f32, f32, f32)) {
        if self.fill != Some(color) {
            self.ops.push(Op::SetFillColor { col: rgb(color) });
            self.fill = Some(color);
        }
    }

    /// Closes the text object, if one is open, before drawing anything else.
    fn end_text(&mut self) {
        if self.in_text {
            self.ops.push(Op::EndTextSection);
            self.in_text = false;
        }
    }

    /// The finished page's operations; the next page starts with a fresh state.
    fn finish_page(&mut self) -> Vec<Op> {
        self.end_text();
        self.fill = None;
        self.font = None;
        std::mem::take(&mut self.ops)
    }

    fn text_right(
        &mut self,
        right: f32,
        baseline: f32,
        s: &str,
        size: f32,
        bold: bool,
        color: (f32, f32, f32),
    ) {
        let w = self.metrics(bold).width(s, size);
        self.text(right - w, baseline, s, size, bold, color);
    }

    /// A rectangle whose top edge is `top` points from the top of the page.
    fn rect(&mut self, x: f32, top: f32, w: f32, h: f32, color: (f32, f32, f32), fill: bool) {
        self.end_text();
        let y = self.height - top - h;
        if fill {
            self.set_fill(color);
        } else {
            self.ops.extend([
                Op::SetOutlineColor { col: rgb(color) },
                Op::SetOutlineThickness { pt: Pt(0.7) },
            ]);
        }
        self.ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(y),
                width: Pt(w),
                height: Pt(h),
                mode: Some(if fill {
                    PaintMode::Fill
                } else {
                    PaintMode::Stroke
                }),
                winding_order: Some(WindingOrder::NonZero),
            },
        });
    }

    fn rule(&mut self, x1: f32, x2: f32, at: f32, thickness: f32, color: (f32, f32, f32)) {
        self.end_text();
        let y = self.height - at;
        self.ops.extend([
            Op::SetOutlineColor { col: rgb(color) },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: Point {
                                x: Pt(x1),
                                y: Pt(y),
                            },
                            bezier: false,
                        },
                        LinePoint {
                            p: Point {
                                x: Pt(x2),
                                y: Pt(y),
                            },
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            },
        ]);
    }

    /// Ends the current page (if any) and starts the next with the running header.
    fn start_page(&mut self) {
        if !self.ops.is_empty() {
            let page = self.finish_page();
            self.pages.push(page);
        }
        let top = MARGIN;
        let right = self.width - MARGIN;
        let site = self.doc.site.clone();
        let title = self.doc.title.clone();
        self.text(MARGIN, top + 8.0, &site, 8.5, true, BLACK);
        self.text_right(right, top + 8.0, &title, 8.5, false, GREY);
        self.rule(MARGIN, right, top + 13.0, 0.6, RULE);
        self.y = top + HEADER;
    }

    /// Starts a new page unless `needed` points still fit on this one.
    fn ensure(&mut self, needed: f32) -> bool {
        if self.y + needed > self.bottom() {
            self.start_page();
            true
        } else {
            false
        }
    }

    fn title_block(&mut self) {
        let cw = self.content_width();
        if let Some(banner) = self.doc.banner.clone() {
            self.rect(MARGIN, self.y, cw, 30.0, RED, true);
            let w = self.bold.width(&banner, 17.0);
            self.text(
                MARGIN + (cw - w) / 2.0,
                self.y + 21.5,
                &banner,
                17.0,
                true,
                WHITE,
            );
            self.y += 40.0;
        }
        let title = self.doc.title.clone();
        for line in self.bold.wrap(&title, 16.0, cw) {
            self.text(MARGIN, self.y + 15.0, &line, 16.0, true, BLACK);
            self.y += 20.0;
        }
        let meta = format!(
            "Generated {} by {}",
            self.doc.generated_at, self.doc.generated_by
        );
        let covers = format!("Covers: {}", self.doc.covers);
        for text in [meta, covers] {
            for line in self.regular.wrap(&text, 8.5, cw) {
                self.text(MARGIN, self.y + 9.0, &line, 8.5, false, GREY);
                self.y += 11.0;
            }
        }
        self.y += 4.0;
        self.rule(MARGIN, MARGIN + cw, self.y, 1.0, BLACK);
        self.y += 8.0;
    }

    fn block(&mut self, block: &Block) -> Result<(), RenderError> {
        match block {
            Block::Heading { text } => self.heading(text),
            Block::Paragraph { text } => self.paragraph(text),
            Block::Facts { facts } => self.facts(facts),
            Block::Table(t) => self.table(t),
            Block::Signatures { roles } => self.signatures(roles),
            Block::Barcode(c) => self.code(c)?,
            Block::Labels { labels } => self.labels(labels)?,
        }
        Ok(())
    }

    fn heading(&mut self, text: &str) {
        // Keep a heading with at least a few lines of what follows it.
        self.ensure(18.0 + 40.0);
        self.y += 6.0;
        let cw = self.content_width();
        for line in self.bold.wrap(text, 11.5, cw) {
            self.text(MARGIN, self.y + 11.0, &line, 11.5, true, BLACK);
            self.y += 15.0;
        }
        self.y += 2.0;
    }

    fn paragraph(&mut self, text: &str) {
        let cw = self.content_width();
        for line in self.regular.wrap(text, BODY, cw) {
            self.ensure(12.0);
            self.text(MARGIN, self.y + 9.0, &line, BODY, false, BLACK);
            self.y += 12.0;
        }
        self.y += 6.0;
    }

    fn facts(&mut self, facts: &[Fact]) {
        let label_w = 170.0;
        let value_w = self.content_width() - label_w - 6.0;
        for f in facts {
            let label = self.bold.wrap(&f.label, BODY, label_w - 6.0);
            let value = self.regular.wrap(&f.value, BODY, value_w);
            let lines = label.len().max(value.len());
            self.ensure(lines as f32 * 11.5 + 1.0);
            for (i, l) in label.iter().enumerate() {
                self.text(MARGIN, self.y + 9.0 + i as f32 * 11.5, l, BODY, true, GREY);
            }
            for (i, l) in value.iter().enumerate() {
                self.text(
                    MARGIN + label_w,
                    self.y + 9.0 + i as f32 * 11.5,
                    l,
                    BODY,
                    false,
                    BLACK,
                );
            }
            self.y += lines as f32 * 11.5 + 1.5;
        }
        self.y += 6.0;
    }

    fn column_x(&self, columns: &[Column]) -> Vec<(f32, f32)> {
        let total: f32 = columns.iter().map(|c| f32::from(c.width.max(1))).sum();
        let cw = self.content_width();
        let mut x = MARGIN;
        columns
            .iter()
            .map(|c| {
                let w = cw * f32::from(c.width.max(1)) / total;
                let at = (x, w);
                x += w;
                at
            })
            .collect()
    }

    fn table_header(&mut self, t: &Table, xs: &[(f32, f32)], continued: bool) {
        let caption = if continued {
            format!("{} (continued)", t.name)
        } else {
            t.name.clone()
        };
        let cw = self.content_width();
        for line in self.bold.wrap(&caption, 9.5, cw) {
            self.text(MARGIN, self.y + 10.0, &line, 9.5, true, BLACK);
            self.y += 13.0;
        }
        self.y += 1.0;
        let titles: Vec<Vec<String>> = t
            .columns
            .iter()
            .zip(xs)
            .map(|(c, (_, w))| self.bold.wrap(&c.title, CELL, w - 2.0 * PAD))
            .collect();
        let lines = titles.iter().map(Vec::len).max().unwrap_or(1);
        let h = lines as f32 * CELL_LEADING + 2.0 * PAD;
        self.rect(MARGIN, self.y, cw, h, HEAD_FILL, true);
        for ((c, (x, w)), title) in t.columns.iter().zip(xs).zip(&titles) {
            for (i, line) in title.iter().enumerate() {
                let baseline = self.y + PAD + 7.0 + i as f32 * CELL_LEADING;
                if c.numeric {
                    self.text_right(x + w - PAD, baseline, line, CELL, true, BLACK);
                } else {
                    self.text(x + PAD, baseline, line, CELL, true, BLACK);
                }
            }
        }
        self.y += h;
    }

    fn table(&mut self, t: &Table) {
        let xs = self.column_x(&t.columns);
        // The caption, the header and a first row together.
        self.ensure(13.0 + 2.0 * (CELL_LEADING + 2.0 * PAD) + 4.0);
        self.table_header(t, &xs, false);
        if t.rows.is_empty() {
            let empty = if t.empty.is_empty() {
                "None."
            } else {
                &t.empty
            };
            self.text(MARGIN + PAD, self.y + 10.0, empty, 8.5, false, GREY);
            self.y += 20.0;
            return;
        }
        let cw = self.content_width();
        for (n, row) in t.rows.iter().enumerate() {
            let cells: Vec<Vec<String>> = t
                .columns
                .iter()
                .zip(&xs)
                .enumerate()
                .map(|(i, (c, (_, w)))| {
                    if c.checkbox {
                        vec![String::new()]
                    } else {
                        let v = row.get(i).map_or("", String::as_str);
                        self.regular.wrap(v, CELL, w - 2.0 * PAD)
                    }
                })
                .collect();
            let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let h = lines as f32 * CELL_LEADING + 2.0 * PAD;
            if self.ensure(h) {
                self.table_header(t, &xs, true);
            }
            if n % 2 == 1 {
                self.rect(MARGIN, self.y, cw, h, SHADE, true);
            }
            for (c, (x, w)) in t.columns.iter().zip(&xs) {
                if c.checkbox {
                    let side = 7.5;
                    self.rect(
                        x + (w - side) / 2.0,
                        self.y + PAD + 0.5,
                        side,
                        side,
                        BLACK,
                        false,
                    );
                }
            }
            // Each line of the row is one positioned run across the columns.
            for i in 0..lines {
                let baseline = self.y + PAD + 7.0 + i as f32 * CELL_LEADING;
                let pieces: Vec<(f32, &str)> = t
                    .columns
                    .iter()
                    .zip(&xs)
                    .zip(&cells)
                    .filter(|((c, _), _)| !c.checkbox)
                    .filter_map(|((c, (x, w)), cell)| {
                        let line = cell.get(i).filter(|l| !l.is_empty())?;
                        Some(if c.numeric {
                            (x + w - PAD - self.regular.width(line, CELL), line.as_str())
                        } else {
                            (x + PAD, line.as_str())
                        })
                    })
                    .collect();
                self.run(baseline, &pieces, CELL, BLACK);
            }
            self.y += h;
        }
        self.rule(MARGIN, MARGIN + cw, self.y, 0.5, RULE);
        self.y += 12.0;
    }

    fn signatures(&mut self, roles: &[String]) {
        let cw = self.content_width();
        self.ensure(4.0 + roles.len() as f32 * 44.0);
        self.y += 4.0;
        let parts = [
            ("Name", 0.0, 0.34),
            ("Signature", 0.37, 0.72),
            ("Date", 0.75, 1.0),
        ];
        for role in roles {
            self.text(MARGIN, self.y + 9.0, role, BODY, true, BLACK);
            let line_at = self.y + 32.0;
            for (label, from, to) in parts {
                let (x1, x2) = (MARGIN + cw * from, MARGIN + cw * to);
                self.rule(x1, x2, line_at, 0.6, BLACK);
                self.text(x1, line_at + 9.0, label, 7.0, false, GREY);
            }
            self.y += 44.0;
        }
    }

    /// Draws a GS1 DataMatrix with its top-left corner at (x, top); returns its side.
    fn datamatrix(
        &mut self,
        code: &Barcode,
        x: f32,
        top: f32,
        module: f32,
    ) -> Result<f32, RenderError> {
        let symbol = DataMatrix::encode_gs1(
            code.element_string.as_bytes(),
            SymbolList::default().enforce_square(),
        )
        .map_err(|e| {
            RenderError::DataMatrix(
                code.element_string.replace('\u{1d}', "<GS>"),
                format!("{e:?}"),
            )
        })?;
        let bitmap = symbol.bitmap();
        // A quiet zone of two modules on every side.
        let quiet = 2.0 * module;
        // One filled path per symbol: a rectangle for each horizontal run of dark modules.
        let mut dark: Vec<(usize, usize)> = bitmap.pixels().collect();
        dark.sort_unstable_by_key(|&(mx, my)| (my, mx));
        let mut rings = Vec::new();
        let mut i = 0;
        while i < dark.len() {
            let (start, row) = dark[i];
            let mut end = start;
            while i + 1 < dark.len() && dark[i + 1] == (end + 1, row) {
                end += 1;
                i += 1;
            }
            i += 1;
            // In module units; the matrix below scales and places them (short numbers keep
            // a sheet of labels small and quick to write).
            let (left, right, upper) = (start as f32, (end + 1) as f32, row as f32);
            let corner = |px: f32, py: f32| LinePoint {
                p: Point {
                    x: Pt(px),
                    y: Pt(py),
                },
                bezier: false,
            };
            rings.push(PolygonRing {
                points: vec![
                    corner(left, upper),
                    corner(right, upper),
                    corner(right, upper + 1.0),
                    corner(left, upper + 1.0),
                ],
            });
        }
        self.end_text();
        self.set_fill(BLACK);
        let (x0, y0) = (x + quiet, self.height - (top + quiet));
        self.ops.extend([
            Op::SaveGraphicsState,
            Op::SetTransformationMatrix {
                matrix: CurTransMat::Raw([module, 0.0, 0.0, -module, x0, y0]),
            },
            Op::DrawPolygon {
                polygon: Polygon {
                    rings,
                    mode: PaintMode::Fill,
                    winding_order: WindingOrder::NonZero,
                },
            },
            Op::RestoreGraphicsState,
        ]);
        Ok(bitmap.width() as f32 * module + 2.0 * quiet)
    }

    fn code(&mut self, code: &Barcode) -> Result<(), RenderError> {
        let module = 2.0;
        self.ensure(90.0);
        let side = self.datamatrix(code, MARGIN, self.y, module)?;
        let x = MARGIN + side + 14.0;
        let width = self.content_width() - side - 14.0;
        let mut y = self.y + 12.0;
        for (i, line) in code.lines.iter().enumerate() {
            let (size, bold) = if i == 0 { (11.0, true) } else { (BODY, false) };
            for l in self.metrics(bold).wrap(line, size, width) {
                self.text(x, y, &l, size, bold, BLACK);
                y += size + 3.5;
            }
        }
        self.y = (self.y + side).max(y) + 10.0;
        Ok(())
    }

    fn labels(&mut self, labels: &[Barcode]) -> Result<(), RenderError> {
        let gap = 10.0;
        let w = (self.content_width() - gap) / 2.0;
        let h = 100.0;
        for pair in labels.chunks(2) {
            self.ensure(h + gap);
            for (i, code) in pair.iter().enumerate() {
                let x = MARGIN + i as f32 * (w + gap);
                let top = self.y;
                self.rect(x, top, w, h, GREY, false);
                let side = self.datamatrix(code, x + 4.0, top + 4.0, 1.6)?;
                let tx = x + side + 10.0;
                let tw = w - side - 16.0;
                let mut y = top + 15.0;
                for (n, line) in code.lines.iter().enumerate() {
                    let (size, bold, color) = if n == 0 {
                        (9.5, true, RED)
                    } else {
                        (7.5, n == 1, BLACK)
                    };
                    for l in self.metrics(bold).wrap(line, size, tw) {
                        if y > top + h - 4.0 {
                            break;
                        }
                        self.text(tx, y, &l, size, bold, color);
                        y += size + 2.5;
                    }
                }
            }
            self.y += h + gap;
        }
        Ok(())
    }

    /// "Page X of Y" and the generation line on every page, now that Y is known.
    fn footers(&mut self) {
        let total = self.pages.len();
        let pages = std::mem::take(&mut self.pages);
        let right = self.width - MARGIN;
        let at = self.height - MARGIN - 6.0;
        let line = format!(
            "Custody · {} · generated {} by {}",
            self.doc.kind, self.doc.generated_at, self.doc.generated_by
        );
        for (i, ops) in pages.into_iter().enumerate() {
            self.ops = ops;
            self.rule(MARGIN, right, at - 10.0, 0.6, RULE);
            self.text(MARGIN, at, &line, 7.0, false, GREY);
            self.text_right(
                right,
                at,
                &format!("Page {} of {total}", i + 1),
                8.0,
                true,
                BLACK,
            );
            let page = self.finish_page();
            self.pages.push(page);
        }
    }
}
