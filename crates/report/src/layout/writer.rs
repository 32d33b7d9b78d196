//! The page being written: a cursor down the page, the drawing primitives (text, runs of text,
//! rectangles, rules) that keep the PDF small by setting colour and font only when they change,
//! and the pages themselves: the running header on each new page, the break when the next
//! piece does not fit, and the footers once the page count is known. A page is a list of
//! printpdf's operations and, between them, DataMatrix symbols in a form of our own.

use custody_core::report::Document;
use printpdf::{
    FontId, Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Pt, Rect, TextItem, TextMatrix,
    WindingOrder,
};

use super::paper::{FOOTER, HEADER, MARGIN};
use super::style::{rgb, Colour, BLACK, GREY, RULE};
use super::symbol::Symbol;
use crate::text::Metrics;

/// One thing drawn on a page, in the order drawn.
pub(super) enum Draw {
    /// One of printpdf's operations.
    Op(Op),
    /// A DataMatrix symbol filled in the current colour, its module units placed on the page
    /// by `matrix` (as a `cm` operator's six numbers). One of these in place of printpdf's
    /// polygon keeps a sheet of labels from allocating four points for every run of modules.
    Symbol { matrix: [f32; 6], symbol: Symbol },
}

/// The document being laid out and the page being written.
pub(super) struct Writer<'a> {
    pub(super) doc: &'a Document,
    pub(super) regular: Metrics,
    pub(super) bold: Metrics,
    regular_id: FontId,
    bold_id: FontId,
    /// Page width and height in points, after any turn to landscape.
    pub(super) width: f32,
    pub(super) height: f32,
    /// The finished pages.
    pub(super) pages: Vec<Vec<Draw>>,
    /// What the current page draws.
    pub(super) ops: Vec<Draw>,
    /// Distance of the cursor from the top of the page.
    pub(super) y: f32,
    /// Inside a text object (consecutive strings share one, which keeps pages small and fast).
    in_text: bool,
    /// The fill colour and font last set on this page, so they are set only when they change.
    fill: Option<Colour>,
    font: Option<(bool, f32)>,
}

/// The two embedded fonts: their metrics for measuring, their ids for drawing.
pub(super) struct Fonts {
    pub(super) regular: Metrics,
    pub(super) bold: Metrics,
    pub(super) regular_id: FontId,
    pub(super) bold_id: FontId,
}

impl Writer<'_> {
    /// One of the layout's own words (page numbers, "Generated … by …") in the document's
    /// language, from `crates/messages/locales/reports/<lang>.ftl`.
    pub(super) fn say<const N: usize>(&self, id: &str, args: [(&str, &str); N]) -> String {
        let args: serde_json::Map<String, serde_json::Value> = args
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.into()))
            .collect();
        custody_messages::report_text(self.doc.lang, id, &args)
    }
}

impl<'a> Writer<'a> {
    /// A writer with no page started, for pages `width` × `height` points.
    pub(super) fn new(doc: &'a Document, fonts: Fonts, width: f32, height: f32) -> Writer<'a> {
        Writer {
            doc,
            regular: fonts.regular,
            bold: fonts.bold,
            regular_id: fonts.regular_id,
            bold_id: fonts.bold_id,
            width,
            height,
            pages: Vec::new(),
            ops: Vec::new(),
            y: 0.0,
            in_text: false,
            fill: None,
            font: None,
        }
    }
}

impl Writer<'_> {
    /// The fonts back, once the pages are laid out, to write the pages' text in.
    pub(super) fn into_fonts(self) -> Fonts {
        Fonts {
            regular: self.regular,
            bold: self.bold,
            regular_id: self.regular_id,
            bold_id: self.bold_id,
        }
    }

    /// Width between the margins.
    pub(super) fn content_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    /// The lowest the cursor may go before the footer.
    fn bottom(&self) -> f32 {
        self.height - MARGIN - FOOTER
    }

    /// The metrics of the regular or the bold font.
    pub(super) fn metrics(&self, bold: bool) -> &Metrics {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }

    /// Text with its baseline `baseline` points from the top of the page.
    pub(super) fn text(
        &mut self,
        x: f32,
        baseline: f32,
        s: &str,
        size: f32,
        bold: bool,
        color: Colour,
    ) {
        if s.is_empty() {
            return;
        }
        if !self.in_text {
            self.op(Op::StartTextSection);
            self.in_text = true;
        }
        self.set_fill(color);
        if self.font != Some((bold, size)) {
            let font = if bold {
                self.bold_id.clone()
            } else {
                self.regular_id.clone()
            };
            self.op(Op::SetFont {
                font: PdfFontHandle::External(font),
                size: Pt(size),
            });
            self.font = Some((bold, size));
        }
        let h = self.height;
        self.op(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(x), Pt(h - baseline)),
        });
        self.op(Op::ShowText {
            items: vec![TextItem::Text(s.to_string())],
        });
    }

    /// Several strings on one baseline, left to right, as one text-showing operation whose
    /// offsets place each at its x (regular weight).
    pub(super) fn run(&mut self, baseline: f32, pieces: &[(f32, &str)], size: f32, color: Colour) {
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
        if let Some(Draw::Op(Op::ShowText { items: last })) = self.ops.last_mut() {
            *last = items;
        }
    }

    /// Adds one of printpdf's operations to the page.
    pub(super) fn op(&mut self, op: Op) {
        self.ops.push(Draw::Op(op));
    }

    /// Sets the fill colour unless it is already the current one.
    pub(super) fn set_fill(&mut self, color: Colour) {
        if self.fill != Some(color) {
            self.op(Op::SetFillColor { col: rgb(color) });
            self.fill = Some(color);
        }
    }

    /// Closes the text object, if one is open, before drawing anything else.
    pub(super) fn end_text(&mut self) {
        if self.in_text {
            self.op(Op::EndTextSection);
            self.in_text = false;
        }
    }

    /// The finished page's operations; the next page starts with a fresh state.
    pub(super) fn finish_page(&mut self) -> Vec<Draw> {
        self.end_text();
        self.fill = None;
        self.font = None;
        std::mem::take(&mut self.ops)
    }

    /// Text ending at `right`.
    pub(super) fn text_right(
        &mut self,
        right: f32,
        baseline: f32,
        s: &str,
        size: f32,
        bold: bool,
        color: Colour,
    ) {
        let w = self.metrics(bold).width(s, size);
        self.text(right - w, baseline, s, size, bold, color);
    }

    /// A rectangle whose top edge is `top` points from the top of the page.
    pub(super) fn rect(&mut self, x: f32, top: f32, w: f32, h: f32, color: Colour, fill: bool) {
        self.end_text();
        let y = self.height - top - h;
        if fill {
            self.set_fill(color);
        } else {
            self.op(Op::SetOutlineColor { col: rgb(color) });
            self.op(Op::SetOutlineThickness { pt: Pt(0.7) });
        }
        self.op(Op::DrawRectangle {
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

    /// A horizontal rule from `x1` to `x2`, `at` points from the top of the page.
    pub(super) fn rule(&mut self, x1: f32, x2: f32, at: f32, thickness: f32, color: Colour) {
        self.end_text();
        let y = self.height - at;
        let point = |x: f32| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        self.op(Op::SetOutlineColor { col: rgb(color) });
        self.op(Op::SetOutlineThickness { pt: Pt(thickness) });
        self.op(Op::DrawLine {
            line: Line {
                points: vec![point(x1), point(x2)],
                is_closed: false,
            },
        });
    }

    /// Ends the current page (if any) and starts the next with the running header.
    pub(super) fn start_page(&mut self) {
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

    /// Starts a new page unless `needed` points still fit on this one; true when it did.
    pub(super) fn ensure(&mut self, needed: f32) -> bool {
        if self.y + needed > self.bottom() {
            self.start_page();
            true
        } else {
            false
        }
    }

    /// "Page X of Y" and the generation line on every page, now that Y is known.
    pub(super) fn footers(&mut self) {
        let total = self.pages.len();
        let pages = std::mem::take(&mut self.pages);
        let right = self.width - MARGIN;
        let at = self.height - MARGIN - 6.0;
        let line = self.say(
            "report-footer",
            [
                ("report", self.doc.kind.as_str()),
                ("when", &self.doc.generated_at),
                ("user", &self.doc.generated_by),
            ],
        );
        for (i, ops) in pages.into_iter().enumerate() {
            self.ops = ops;
            self.rule(MARGIN, right, at - 10.0, 0.6, RULE);
            self.text(MARGIN, at, &line, 7.0, false, GREY);
            let page = custody_messages::report_text(
                self.doc.lang,
                "report-page",
                &serde_json::Map::from_iter([
                    ("page".to_string(), (i + 1).into()),
                    ("pages".to_string(), total.into()),
                ]),
            );
            self.text_right(right, at, &page, 8.0, true, BLACK);
            let page = self.finish_page();
            self.pages.push(page);
        }
    }
}
