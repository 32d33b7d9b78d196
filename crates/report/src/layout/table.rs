//! Tables: columns sized by their relative widths, cells wrapped inside their column, rows
//! shaded in turn, and a table that breaks across pages repeats its caption ("continued") and
//! header row on every page it spans.

use custody_core::report::{Column, Table};

use super::paper::MARGIN;
use super::style::{BLACK, CELL, CELL_LEADING, GREY, HEAD_FILL, PAD, RULE, SHADE};
use super::writer::Writer;

/// Each column's left edge and width, in points.
type ColumnX = (f32, f32);

/// Splits the width `content` starting at `left` between the columns by their relative widths
/// (a width of 0 counts as 1, so no column vanishes).
fn column_x(columns: &[Column], left: f32, content: f32) -> Vec<ColumnX> {
    let total: f32 = columns.iter().map(|c| f32::from(c.width.max(1))).sum();
    let mut x = left;
    columns
        .iter()
        .map(|c| {
            let w = content * f32::from(c.width.max(1)) / total;
            let at = (x, w);
            x += w;
            at
        })
        .collect()
}

impl Writer<'_> {
    /// A table, its rows in order, or the sentence saying it is empty.
    pub(super) fn table(&mut self, t: &Table) {
        let xs = column_x(&t.columns, MARGIN, self.content_width());
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
        for (n, row) in t.rows.iter().enumerate() {
            self.table_row(t, &xs, n, row);
        }
        let cw = self.content_width();
        self.rule(MARGIN, MARGIN + cw, self.y, 0.5, RULE);
        self.y += 12.0;
    }

    /// The caption (with "(continued)" on the pages after the first) and the header row.
    fn table_header(&mut self, t: &Table, xs: &[ColumnX], continued: bool) {
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

    /// Row `n`, on a new page (under the repeated header) when it does not fit on this one.
    fn table_row(&mut self, t: &Table, xs: &[ColumnX], n: usize, row: &[String]) {
        let cells = self.row_cells(t, xs, row);
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let h = lines as f32 * CELL_LEADING + 2.0 * PAD;
        if self.ensure(h) {
            self.table_header(t, xs, true);
        }
        if n % 2 == 1 {
            let cw = self.content_width();
            self.rect(MARGIN, self.y, cw, h, SHADE, true);
        }
        for (c, (x, w)) in t.columns.iter().zip(xs) {
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
                .zip(xs)
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

    /// Each cell's lines, wrapped inside its column; a check box column has one empty line.
    fn row_cells(&self, t: &Table, xs: &[ColumnX], row: &[String]) -> Vec<Vec<String>> {
        t.columns
            .iter()
            .zip(xs)
            .enumerate()
            .map(|(i, (c, (_, w)))| {
                if c.checkbox {
                    vec![String::new()]
                } else {
                    let v = row.get(i).map_or("", String::as_str);
                    self.regular.wrap(v, CELL, w - 2.0 * PAD)
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_share_the_width_by_their_relative_widths() {
        let columns = [Column::text("Serial", 1), Column::text("Product", 3)];
        let xs = column_x(&columns, 40.0, 400.0);
        assert_eq!(
            xs,
            vec![(40.0, 100.0), (140.0, 300.0)],
            "a column three times as wide gets three quarters, starting where the first ends"
        );
    }

    #[test]
    fn a_column_of_width_zero_still_gets_room() {
        let columns = [Column::text("A", 0), Column::text("B", 1)];
        let xs = column_x(&columns, 0.0, 100.0);
        assert_eq!(
            xs,
            vec![(0.0, 50.0), (50.0, 50.0)],
            "a zero width counts as one, so its values are never drawn on top of the next"
        );
    }
}
