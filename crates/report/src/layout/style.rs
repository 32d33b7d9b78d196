//! Type sizes, table cell spacing and the few colours a document uses.

use printpdf::{Color, Rgb};

/// Body text size, in points.
pub(super) const BODY: f32 = 9.0;
/// Table cell text size.
pub(super) const CELL: f32 = 7.5;
/// Distance between the baselines of a cell's lines.
pub(super) const CELL_LEADING: f32 = 9.4;
/// Padding inside a table cell.
pub(super) const PAD: f32 = 2.6;

/// An RGB colour, each component from 0 to 1.
pub(super) type Colour = (f32, f32, f32);

pub(super) const BLACK: Colour = (0.0, 0.0, 0.0);
pub(super) const GREY: Colour = (0.38, 0.38, 0.40);
/// Thin rules: under the running header, above the footer, under a table.
pub(super) const RULE: Colour = (0.72, 0.72, 0.75);
/// Every other table row.
pub(super) const SHADE: Colour = (0.955, 0.955, 0.965);
/// A table's header row.
pub(super) const HEAD_FILL: Colour = (0.86, 0.89, 0.93);
/// The banner (a recall notice's) and a quarantine label's first line.
pub(super) const RED: Colour = (0.74, 0.07, 0.09);
pub(super) const WHITE: Colour = (1.0, 1.0, 1.0);

/// The colour as printpdf takes it.
pub(super) fn rgb((r, g, b): Colour) -> Color {
    Color::Rgb(Rgb::new(r, g, b, None))
}
