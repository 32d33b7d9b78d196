//! The title block of page 1 and the simple blocks of a report: headings (kept with what
//! follows them), paragraphs, facts (label and value side by side) and signature lines; the
//! dispatch of every block kind to where it is laid out.

use custody_core::report::{Block, Fact};

use super::paper::MARGIN;
use super::style::{BLACK, BODY, GREY, RED, WHITE};
use super::writer::Writer;
use crate::RenderError;

impl Writer<'_> {
    /// The banner (if any), the title, when and by whom it was generated and what it covers.
    pub(super) fn title_block(&mut self) {
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
        let meta = self.say(
            "report-generated",
            [
                ("when", &self.doc.generated_at),
                ("user", &self.doc.generated_by),
            ],
        );
        let covers = (!self.doc.covers.is_empty())
            .then(|| self.say("report-covers", [("covers", &self.doc.covers)]));
        for text in std::iter::once(meta).chain(covers) {
            for line in self.regular.wrap(&text, 8.5, cw) {
                self.text(MARGIN, self.y + 9.0, &line, 8.5, false, GREY);
                self.y += 11.0;
            }
        }
        self.y += 4.0;
        self.rule(MARGIN, MARGIN + cw, self.y, 1.0, BLACK);
        self.y += 8.0;
    }

    /// One block of the report, wherever its kind is laid out.
    pub(super) fn block(&mut self, block: &Block) -> Result<(), RenderError> {
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

    /// A heading, never alone at the bottom of a page.
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

    /// A paragraph, wrapped; it may break between lines.
    fn paragraph(&mut self, text: &str) {
        let cw = self.content_width();
        for line in self.regular.wrap(text, BODY, cw) {
            self.ensure(12.0);
            self.text(MARGIN, self.y + 9.0, &line, BODY, false, BLACK);
            self.y += 12.0;
        }
        self.y += 6.0;
    }

    /// Label and value pairs, each pair kept on one page.
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

    /// A name, signature and date line for each role, all on one page.
    fn signatures(&mut self, roles: &[String]) {
        let cw = self.content_width();
        self.ensure(4.0 + roles.len() as f32 * 44.0);
        self.y += 4.0;
        let parts = [
            (self.say("report-sign-name", []), 0.0, 0.34),
            (self.say("report-sign-signature", []), 0.37, 0.72),
            (self.say("report-sign-date", []), 0.75, 1.0),
        ];
        for role in roles {
            self.text(MARGIN, self.y + 9.0, role, BODY, true, BLACK);
            let line_at = self.y + 32.0;
            for (label, from, to) in &parts {
                let (x1, x2) = (MARGIN + cw * from, MARGIN + cw * to);
                self.rule(x1, x2, line_at, 0.6, BLACK);
                self.text(x1, line_at + 9.0, label, 7.0, false, GREY);
            }
            self.y += 44.0;
        }
    }
}
