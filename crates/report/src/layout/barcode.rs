//! GS1 DataMatrix symbols (square, FNC1 first, a quiet zone of two modules), drawn as one
//! filled path each: a single code with its lines beside it, and sheets of quarantine labels
//! two to a row.

use custody_core::report::Barcode;
use datamatrix::{DataMatrix, SymbolList};
use printpdf::{
    CurTransMat, LinePoint, Op, PaintMode, Point, Polygon, PolygonRing, Pt, WindingOrder,
};

use super::paper::MARGIN;
use super::style::{BLACK, BODY, GREY, RED};
use super::writer::Writer;
use crate::RenderError;

/// The code's GS1 DataMatrix symbol, or why the data does not fit one.
fn symbol(code: &Barcode) -> Result<DataMatrix, RenderError> {
    DataMatrix::encode_gs1(
        code.element_string.as_bytes(),
        SymbolList::default().enforce_square(),
    )
    .map_err(|e| {
        RenderError::DataMatrix(
            code.element_string.replace('\u{1d}', "<GS>"),
            format!("{e:?}"),
        )
    })
}

/// One rectangle for each horizontal run of dark modules, in module units (x right, y down),
/// row by row: a few long rectangles instead of a square per module.
fn module_rings(dark: impl Iterator<Item = (usize, usize)>) -> Vec<PolygonRing> {
    let mut dark: Vec<(usize, usize)> = dark.collect();
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
        // In module units; the matrix that draws them scales and places them (short numbers
        // keep a sheet of labels small and quick to write).
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
    rings
}

impl Writer<'_> {
    /// Draws a GS1 DataMatrix with its top-left corner at (x, top); returns its side.
    fn datamatrix(
        &mut self,
        code: &Barcode,
        x: f32,
        top: f32,
        module: f32,
    ) -> Result<f32, RenderError> {
        let symbol = symbol(code)?;
        let bitmap = symbol.bitmap();
        // A quiet zone of two modules on every side.
        let quiet = 2.0 * module;
        let rings = module_rings(bitmap.pixels());
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

    /// One code with its lines beside it, the first in bold.
    pub(super) fn code(&mut self, code: &Barcode) -> Result<(), RenderError> {
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

    /// Labels two to a row, each framed, its code on the left and its lines (the first in
    /// red, the second in bold) cut off at the frame rather than spilling onto the next.
    pub(super) fn labels(&mut self, labels: &[Barcode]) -> Result<(), RenderError> {
        let gap = 10.0;
        let w = (self.content_width() - gap) / 2.0;
        let h = 100.0;
        for pair in labels.chunks(2) {
            self.ensure(h + gap);
            for (i, code) in pair.iter().enumerate() {
                let x = MARGIN + i as f32 * (w + gap);
                self.label(code, x, w, h)?;
            }
            self.y += h + gap;
        }
        Ok(())
    }

    /// One label, `w` × `h` points, its left edge at `x` and its top at the cursor.
    fn label(&mut self, code: &Barcode, x: f32, w: f32, h: f32) -> Result<(), RenderError> {
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
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each ring as (left, top, right, bottom) in module units.
    fn boxes(rings: &[PolygonRing]) -> Vec<(f32, f32, f32, f32)> {
        rings
            .iter()
            .map(|r| {
                (
                    r.points[0].p.x.0,
                    r.points[0].p.y.0,
                    r.points[2].p.x.0,
                    r.points[2].p.y.0,
                )
            })
            .collect()
    }

    #[test]
    fn a_run_of_dark_modules_is_one_rectangle_and_a_gap_starts_another() {
        // Row 0: modules 0, 1, 2 and 4; row 1: module 1. Given out of order on purpose.
        let dark = [(4, 0), (1, 1), (2, 0), (0, 0), (1, 0)];
        assert_eq!(
            boxes(&module_rings(dark.into_iter())),
            vec![
                (0.0, 0.0, 3.0, 1.0),
                (4.0, 0.0, 5.0, 1.0),
                (1.0, 1.0, 2.0, 2.0)
            ],
            "every dark module must be covered exactly once, or the symbol will not scan"
        );
    }

    #[test]
    fn data_a_datamatrix_cannot_hold_is_refused_with_the_data() {
        let code = Barcode {
            element_string: format!("10{}\u{1d}21X", "A".repeat(5_000)),
            lines: vec![],
        };
        let Err(RenderError::DataMatrix(data, _)) = symbol(&code) else {
            panic!("5,000 characters do not fit any square DataMatrix: it must be refused");
        };
        assert!(
            data.ends_with("<GS>21X"),
            "the refusal shows the data with its group separators readable"
        );
    }
}
