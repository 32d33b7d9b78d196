//! Page contents written straight to PDF operators: the operations our pages are made of, byte
//! for byte as printpdf 0.12 writes them, into one buffer per page. printpdf spent most of a
//! 3,000-page report's time here: an object for every operand, a string and a map entry for
//! every character, every glyph id formatted in hex on its own. Here a character costs a table
//! look-up and four bytes, and the characters each font shows are noted on the way, so that
//! printpdf can still embed the fonts with a Unicode map covering every glyph the pages use.
//! An operation this writer does not know is refused, never dropped. DataMatrix symbols, which
//! printpdf would draw as a polygon of four points a run, are written as one `re` rectangle a
//! run of dark modules, all of a symbol's filled once (the same shape, in under half the bytes).

use printpdf::{Color, Line, LinePoint, Op, PaintMode, PdfFontHandle, Polygon, Rect};
use printpdf::{TextItem, WindingOrder};

use super::real::{real, whole};
use super::shown::{PageFont, Shown};
use super::symbol::Symbol;
use super::writer::Draw;
use crate::RenderError;

/// Each byte's two hex digits, upper case, as lopdf writes a hex string.
const HEX: [[u8; 2]; 256] = {
    let digits = b"0123456789ABCDEF";
    let mut table = [[0_u8; 2]; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = [digits[i >> 4], digits[i & 15]];
        i += 1;
    }
    table
};

/// One page being written.
pub(super) struct Page<'a> {
    fonts: &'a [PageFont<'a>],
    /// What each font (by its place in `fonts`) has shown.
    shown: &'a mut [Shown],
    out: Vec<u8>,
    /// The font last set, by its place in `fonts`.
    font: Option<usize>,
    /// Counts the characters shown, from a start unique to the page, to order what `shown`
    /// notes across pages.
    at: u64,
}

impl<'a> Page<'a> {
    /// A page numbered `index` (from 0) showing text in `fonts`, noting it in `shown`.
    pub(super) fn new(index: usize, fonts: &'a [PageFont<'a>], shown: &'a mut [Shown]) -> Page<'a> {
        Page {
            fonts,
            shown,
            out: Vec::new(),
            font: None,
            at: (index as u64 + 1) << 32,
        }
    }

    /// The page's content stream, everything in `page` written in turn.
    pub(super) fn write(mut self, page: &[Draw]) -> Result<Vec<u8>, RenderError> {
        // About 30 bytes an operation on a report's pages: one allocation, mostly.
        self.out.reserve(page.len() * 32);
        for draw in page {
            match draw {
                Draw::Op(op) => self.op(op)?,
                Draw::Symbol { matrix, symbol } => self.symbol(matrix, symbol),
            }
        }
        Ok(self.out)
    }

    /// A symbol in its own graphics state, placed by `matrix`: a rectangle for each run of
    /// dark modules, in module units, and one fill for them all.
    fn symbol(&mut self, matrix: &[f32; 6], symbol: &Symbol) {
        self.operator(&[], "q");
        self.operator(matrix, "cm");
        for (left, top, width) in symbol.runs() {
            self.start();
            for n in [left, top, width] {
                whole(&mut self.out, n);
                self.out.push(b' ');
            }
            self.out.extend_from_slice(b"1 re");
        }
        self.operator(&[], "f");
        self.operator(&[], "Q");
    }

    fn op(&mut self, op: &Op) -> Result<(), RenderError> {
        match op {
            Op::SaveGraphicsState => self.operator(&[], "q"),
            Op::RestoreGraphicsState => self.operator(&[], "Q"),
            Op::SetTransformationMatrix { matrix } => self.operator(&matrix.as_array(), "cm"),
            Op::SetFillColor { col } => self.color(col, ["rg", "k", "g"]),
            Op::SetOutlineColor { col } => self.color(col, ["RG", "K", "G"]),
            Op::SetOutlineThickness { pt } => self.operator(&[pt.0], "w"),
            Op::DrawLine { line } => self.line(line)?,
            Op::DrawPolygon { polygon } => self.polygon(polygon)?,
            Op::DrawRectangle { rectangle } => self.rectangle(rectangle),
            Op::StartTextSection => self.operator(&[], "BT"),
            Op::EndTextSection => self.operator(&[], "ET"),
            Op::SetFont { font, size } => self.set_font(font, size.0)?,
            Op::SetTextMatrix { matrix } => self.operator(&matrix.as_array(), "Tm"),
            Op::ShowText { items } => self.show(items)?,
            other => return Err(unknown(other)),
        }
        Ok(())
    }

    /// Starts the next operation: they are separated by a newline, with none before the first.
    fn start(&mut self) {
        if !self.out.is_empty() {
            self.out.push(b'\n');
        }
    }

    /// An operator and its numbers, each number followed by a space.
    fn operator(&mut self, numbers: &[f32], operator: &str) {
        self.start();
        for &n in numbers {
            real(&mut self.out, n);
            self.out.push(b' ');
        }
        self.out.extend_from_slice(operator.as_bytes());
    }

    /// A colour with the operator for its kind: RGB, CMYK (spot colours too) or grey.
    fn color(&mut self, col: &Color, [rgb, cmyk, grey]: [&str; 3]) {
        let operator = match col {
            Color::Rgb(_) => rgb,
            Color::Cmyk(_) | Color::SpotColor(_) => cmyk,
            Color::Greyscale(_) => grey,
        };
        self.operator(&col.into_vec(), operator);
    }

    /// The points of a path after its first; curves are refused (none of our pages draws one).
    fn path(&mut self, points: &[LinePoint]) -> Result<(), RenderError> {
        let Some((first, rest)) = points.split_first() else {
            return Ok(());
        };
        self.operator(&[first.p.x.0, first.p.y.0], "m");
        for point in rest {
            if point.bezier {
                return Err(RenderError::Operation("a curve".into()));
            }
            self.operator(&[point.p.x.0, point.p.y.0], "l");
        }
        Ok(())
    }

    fn line(&mut self, line: &Line) -> Result<(), RenderError> {
        if line.points.is_empty() {
            return Ok(());
        }
        self.path(&line.points)?;
        if line.is_closed {
            self.operator(&[], "h");
        }
        self.operator(&[], "S");
        Ok(())
    }

    fn polygon(&mut self, polygon: &Polygon) -> Result<(), RenderError> {
        if polygon.rings.is_empty() {
            return Ok(());
        }
        for ring in &polygon.rings {
            self.path(&ring.points)?;
        }
        // printpdf closes the path itself before painting it.
        self.operator(&[], "h");
        let winding = polygon.winding_order;
        match polygon.mode {
            PaintMode::Clip => {
                self.operator(&[], winding.get_clip_op());
                self.operator(&[], "n");
            }
            PaintMode::Fill => self.operator(&[], winding.get_fill_op()),
            PaintMode::Stroke => self.operator(&[], "S"),
            PaintMode::FillStroke => self.operator(&[], winding.get_fill_stroke_close_op()),
        }
        Ok(())
    }

    fn rectangle(&mut self, r: &Rect) {
        self.operator(&[r.x.0, r.y.0, r.width.0, r.height.0], "re");
        let winding = r.winding_order.unwrap_or(WindingOrder::NonZero);
        match r.mode {
            Some(PaintMode::Clip) => {
                self.operator(&[], winding.get_clip_op());
                self.operator(&[], "n");
            }
            Some(PaintMode::Fill) => self.operator(&[], winding.get_fill_op()),
            Some(PaintMode::Stroke) => self.operator(&[], "S"),
            Some(PaintMode::FillStroke) => self.operator(&[], winding.get_fill_stroke_op()),
            None => {
                // Without a paint mode printpdf clips by the winding order, if any, and paints
                // nothing.
                if let Some(w) = r.winding_order {
                    self.operator(&[], w.get_clip_op());
                }
                self.operator(&[], "n");
            }
        }
    }

    /// `/Name size Tf`, for one of our embedded fonts (printpdf's built-in fonts are encoded
    /// otherwise, and our pages never use them).
    fn set_font(&mut self, font: &PdfFontHandle, size: f32) -> Result<(), RenderError> {
        let PdfFontHandle::External(id) = font else {
            return Err(RenderError::Operation("a built-in font".into()));
        };
        let Some(index) = self.fonts.iter().position(|f| f.id == id) else {
            return Err(RenderError::Operation(format!("the unknown font {}", id.0)));
        };
        self.font = Some(index);
        self.start();
        name(&mut self.out, id.0.as_bytes());
        self.out.push(b' ');
        real(&mut self.out, size);
        self.out.extend_from_slice(b" Tf");
        Ok(())
    }

    /// `<…> Tj` for a single string, `[<…> -12.5<…>] TJ` for strings and offsets, as printpdf
    /// chooses between them; an empty list writes nothing, as there. Offsets with no string
    /// are refused: printpdf merges those into the text around them, which is not written here.
    fn show(&mut self, items: &[TextItem]) -> Result<(), RenderError> {
        let Some(font) = self.font else {
            return Err(RenderError::Operation("text before a font is set".into()));
        };
        if items.is_empty() {
            return Ok(());
        }
        if !items.iter().any(|i| matches!(i, TextItem::Text(_))) {
            return Err(RenderError::Operation("text with no string".into()));
        }
        self.start();
        if let [TextItem::Text(s)] = items {
            self.glyphs(font, s);
            self.out.extend_from_slice(b" Tj");
            return Ok(());
        }
        self.out.push(b'[');
        for (i, item) in items.iter().enumerate() {
            match item {
                TextItem::Text(s) => self.glyphs(font, s),
                TextItem::Offset(o) => {
                    // lopdf separates a number from what comes before it, a string from nothing.
                    if i > 0 {
                        self.out.push(b' ');
                    }
                    real(&mut self.out, *o);
                }
                TextItem::GlyphIds(_) => {
                    return Err(RenderError::Operation("text given as glyph ids".into()))
                }
            }
        }
        self.out.extend_from_slice(b"] TJ");
        Ok(())
    }

    /// `s` as a hex string of the font's glyph ids (0 for a character it has no glyph for,
    /// as printpdf writes it), noting each character shown.
    fn glyphs(&mut self, font: usize, s: &str) {
        let metrics = self.fonts[font].metrics;
        let shown = &mut self.shown[font];
        self.out.push(b'<');
        for c in s.chars() {
            self.at += 1;
            let gid = match metrics.glyph(c) {
                Some(gid) => {
                    shown.note(c, self.at);
                    gid
                }
                None => 0,
            };
            let [hi, lo] = gid.to_be_bytes();
            self.out.extend_from_slice(&HEX[usize::from(hi)]);
            self.out.extend_from_slice(&HEX[usize::from(lo)]);
        }
        self.out.push(b'>');
    }
}

/// A name as lopdf writes one: delimiters, white space and bytes outside `!`..`~` as `#XX`.
fn name(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'/');
    for &b in bytes {
        if b" \t\n\r\x0C()<>[]{}/%#".contains(&b) || !(33..=126).contains(&b) {
            out.push(b'#');
            out.extend_from_slice(&HEX[usize::from(b)]);
        } else {
            out.push(b);
        }
    }
}

/// The refusal of an operation this writer does not know, named as printpdf names it.
fn unknown(op: &Op) -> RenderError {
    let debug = format!("{op:?}");
    let variant = debug
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    RenderError::Operation(format!("Op::{variant}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use printpdf::{Cmyk, CurTransMat, Greyscale, Point, PolygonRing, Pt, Rgb, TextMatrix};
    use printpdf::{FontId, ParsedFont, PdfDocument, PdfPage, PdfSaveOptions};

    use crate::text::Metrics;

    /// A page of printpdf's operations alone.
    fn draws(ops: Vec<Op>) -> Vec<Draw> {
        ops.into_iter().map(Draw::Op).collect()
    }

    fn point(x: f32, y: f32) -> LinePoint {
        LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        }
    }

    fn rect(mode: Option<PaintMode>, winding_order: Option<WindingOrder>) -> Op {
        Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(10.25),
                y: Pt(-3.0),
                width: Pt(100.0),
                height: Pt(0.7),
                mode,
                winding_order,
            },
        }
    }

    fn polygon(mode: PaintMode, winding_order: WindingOrder) -> Op {
        let ring = |x: f32| PolygonRing {
            points: vec![point(x, 0.0), point(x + 1.0, 0.0), point(x + 1.0, 1.0)],
        };
        Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![ring(0.0), PolygonRing { points: vec![] }, ring(5.5)],
                mode,
                winding_order,
            },
        }
    }

    /// Every form of every operation the writer knows, the ones our pages never use included.
    fn every_operation(font: &FontId) -> Vec<Op> {
        use PaintMode::{Clip, Fill, FillStroke, Stroke};
        use WindingOrder::{EvenOdd, NonZero};
        let text = |s: &str| TextItem::Text(s.into());
        let show = |items: Vec<TextItem>| Op::ShowText { items };
        let mut ops = vec![
            Op::SaveGraphicsState,
            Op::SetTransformationMatrix {
                matrix: CurTransMat::Raw([1.6, 0.0, 0.0, -1.6, 44.5, 797.89]),
            },
            Op::SetFillColor {
                col: Color::Cmyk(Cmyk::new(0.1, 0.2, 0.3, 0.4, None)),
            },
            Op::SetOutlineColor {
                col: Color::Greyscale(Greyscale::new(0.5, None)),
            },
            Op::SetOutlineColor {
                col: Color::Rgb(Rgb::new(0.72, 0.72, 0.75, None)),
            },
            Op::SetFillColor {
                col: Color::Greyscale(Greyscale::new(0.0, None)),
            },
            Op::SetOutlineThickness { pt: Pt(0.6) },
            Op::DrawLine {
                line: Line {
                    points: vec![point(40.0, 56.0), point(555.28, 56.0), point(1.0, 2.0)],
                    is_closed: true,
                },
            },
            Op::DrawLine {
                line: Line {
                    points: vec![],
                    is_closed: false,
                },
            },
            Op::RestoreGraphicsState,
        ];
        for mode in [Clip, Fill, Stroke, FillStroke] {
            for winding in [NonZero, EvenOdd] {
                ops.push(polygon(mode, winding));
                ops.push(rect(Some(mode), Some(winding)));
            }
            ops.push(rect(Some(mode), None));
        }
        ops.extend([
            rect(None, Some(NonZero)),
            rect(None, Some(EvenOdd)),
            rect(None, None),
            Op::DrawPolygon {
                polygon: Polygon {
                    rings: vec![],
                    mode: Fill,
                    winding_order: NonZero,
                },
            },
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(7.5),
            },
            Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(42.6), Pt(570.29004)),
            },
            show(vec![text("Pulled (é) \\ Ł—€ 漢")]),
            show(vec![]),
            show(vec![text("")]),
            Op::SetTextMatrix {
                matrix: TextMatrix::Raw([0.5, 0.0, 0.0, 2.0, -1.0, 1e-5]),
            },
            show(vec![text("a"), text("b")]),
            show(vec![
                TextItem::Offset(-12.5),
                text("c"),
                TextItem::Offset(3.25),
            ]),
            show(vec![
                text("SN1"),
                TextItem::Offset(-10067.362),
                text("Amox"),
            ]),
            Op::EndTextSection,
        ]);
        ops
    }

    #[test]
    fn every_operation_is_written_byte_for_byte_as_printpdf_writes_it() {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(super::super::REGULAR, 0, &mut warnings).unwrap();
        let mut pdf = PdfDocument::new("t");
        let id = pdf.add_font(&parsed);
        let ops = every_operation(&id);
        let lo = pdf
            .with_pages(vec![PdfPage::new(
                printpdf::Mm(210.0),
                printpdf::Mm(297.0),
                ops.clone(),
            )])
            .to_lopdf_document(
                &PdfSaveOptions {
                    optimize: false,
                    ..PdfSaveOptions::default()
                },
                &mut Vec::new(),
            );
        let page = lo.get_pages()[&1];
        let contents = lo
            .get_dictionary(page)
            .and_then(|p| p.get(b"Contents"))
            .and_then(lopdf::Object::as_reference)
            .and_then(|id| lo.get_object(id))
            .and_then(lopdf::Object::as_stream)
            .unwrap();
        assert!(
            contents.dict.get(b"Filter").is_err(),
            "compared uncompressed"
        );

        let metrics = Metrics::new(parsed);
        let fonts = [PageFont {
            id: &id,
            metrics: &metrics,
        }];
        let mut shown = vec![Shown::new()];
        let ours = Page::new(0, &fonts, &mut shown).write(&draws(ops)).unwrap();
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            String::from_utf8(contents.content.clone()).unwrap(),
            "a page must read exactly as printpdf wrote it"
        );
        assert_eq!(
            shown[0].characters(|c| metrics.glyph(c)).chars().count(),
            "Pulled (é) \\ Ł—€abcSN1Amox"
                .chars()
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            "every character shown with a glyph is noted once; 漢, which has none, is not"
        );
    }

    #[test]
    fn an_operation_the_writer_does_not_know_is_refused_never_dropped() {
        let mut warnings = Vec::new();
        let metrics =
            Metrics::new(ParsedFont::from_bytes(super::super::REGULAR, 0, &mut warnings).unwrap());
        let id = FontId("F1".into());
        let fonts = [PageFont {
            id: &id,
            metrics: &metrics,
        }];
        let set_font = |id: &str| Op::SetFont {
            font: PdfFontHandle::External(FontId(id.into())),
            size: Pt(9.0),
        };
        let text = |items: Vec<TextItem>| vec![set_font("F1"), Op::ShowText { items }];
        let curve = Op::DrawLine {
            line: Line {
                points: vec![
                    point(0.0, 0.0),
                    LinePoint {
                        bezier: true,
                        ..point(1.0, 1.0)
                    },
                ],
                is_closed: false,
            },
        };
        let builtin = Op::SetFont {
            font: PdfFontHandle::Builtin(printpdf::BuiltinFont::Helvetica),
            size: Pt(9.0),
        };
        for (ops, refused) in [
            (
                vec![Op::SetLineHeight { lh: Pt(10.0) }],
                "Op::SetLineHeight",
            ),
            (vec![Op::AddLineBreak], "Op::AddLineBreak"),
            (vec![curve], "a curve"),
            (vec![builtin], "a built-in font"),
            (vec![set_font("F2")], "the unknown font F2"),
            (
                vec![Op::ShowText { items: vec![] }],
                "text before a font is set",
            ),
            (
                text(vec![TextItem::Text("a".into()), TextItem::GlyphIds(vec![])]),
                "text given as glyph ids",
            ),
            (text(vec![TextItem::Offset(-5.0)]), "text with no string"),
        ] {
            let mut shown = vec![Shown::new()];
            match Page::new(0, &fonts, &mut shown).write(&draws(ops)) {
                Err(RenderError::Operation(what)) => assert_eq!(what, refused),
                other => panic!("{refused} must be refused, not written: {other:?}"),
            }
        }
    }
}
