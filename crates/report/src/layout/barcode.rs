//! GS1 DataMatrix symbols (a quiet zone of two modules), each drawn as one filled path of
//! rectangles: a single code with its lines beside it, and sheets of quarantine labels two to
//! a row, their symbols encoded on every core before the sheet is laid out.

use custody_core::report::Barcode;

use super::paper::MARGIN;
use super::style::{BLACK, BODY, GREY, RED};
use super::symbol::Symbol;
use super::writer::{Draw, Writer};
use crate::RenderError;

impl Writer<'_> {
    /// Draws a GS1 DataMatrix with its top-left corner at (x, top); returns its side.
    fn datamatrix(&mut self, symbol: Symbol, x: f32, top: f32, module: f32) -> f32 {
        // A quiet zone of two modules on every side.
        let quiet = 2.0 * module;
        let side = symbol.side() * module + 2.0 * quiet;
        self.end_text();
        self.set_fill(BLACK);
        // In module units, the matrix scaling and placing them (short numbers keep a sheet of
        // labels small and quick to write).
        let (x0, y0) = (x + quiet, self.height - (top + quiet));
        self.ops.push(Draw::Symbol {
            matrix: [module, 0.0, 0.0, -module, x0, y0],
            symbol,
        });
        side
    }

    /// One code with its lines beside it, the first in bold.
    pub(super) fn code(&mut self, code: &Barcode) -> Result<(), RenderError> {
        let module = 2.0;
        self.ensure(90.0);
        let side = self.datamatrix(Symbol::encode(code)?, MARGIN, self.y, module);
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

    /// Labels two to a row, each framed, its code on the left and its lines (the first in
    /// red, the second in bold) cut off at the frame rather than spilling onto the next.
    pub(super) fn labels(&mut self, labels: &[Barcode]) -> Result<(), RenderError> {
        let gap = 10.0;
        let w = (self.content_width() - gap) / 2.0;
        let h = 100.0;
        let symbols = Symbol::encode_all(labels)?;
        for (n, (code, symbol)) in labels.iter().zip(symbols).enumerate() {
            let column = n % 2;
            if column == 0 {
                self.ensure(h + gap);
            }
            self.label(code, symbol, MARGIN + column as f32 * (w + gap), w, h);
            if column == 1 || n + 1 == labels.len() {
                self.y += h + gap;
            }
        }
        Ok(())
    }

    /// One label, `w` × `h` points, its left edge at `x` and its top at the cursor.
    fn label(&mut self, code: &Barcode, symbol: Symbol, x: f32, w: f32, h: f32) {
        let top = self.y;
        self.rect(x, top, w, h, GREY, false);
        let side = self.datamatrix(symbol, x + 4.0, top + 4.0, 1.6);
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
}
