//! Tables: columns sized by their relative widths, cells wrapped inside their column, rows
//! shaded in turn, and a table that breaks across pages repeats its caption ("continued") and
//! header row on every page it spans.

use custody_core::report::{Column, Table};

use super::paper::MARGIN;
use super::style::{BLACK, CELL, CELL_LEADING, GREY, HEAD_FILL, PAD, RULE, SHADE};
use super::writer::Writer;

/// Each column's left edge and width, in points.
type ColumnX = (f32, f32);

/// The widest word of a cell a column makes room for: a serial (up to 20 characters) or a GTIN
/// fits, a long note or a hash wraps inside its column instead of starving the others.
const LONGEST_KEPT_WORD: f32 = 110.0;

/// Widths from the relative widths (a width of 0 counts as 1, so no column vanishes), each
/// raised to its minimum, the room given to it taken from the columns that have some to spare in
/// proportion; `None` when the minimums together are wider than `content`.
fn share(columns: &[Column], mins: &[f32], content: f32) -> Option<Vec<f32>> {
    if mins.iter().sum::<f32>() > content + 0.01 {
        return None;
    }
    let rel: Vec<f32> = columns.iter().map(|c| f32::from(c.width.max(1))).collect();
    let mut fixed = vec![false; columns.len()];
    // Each pass fixes at least one more column at its minimum, or settles.
    for _ in 0..=columns.len() {
        let left: f32 = content
            - mins
                .iter()
                .zip(&fixed)
                .filter(|(_, f)| **f)
                .map(|(m, _)| m)
                .sum::<f32>();
        let free: f32 = rel
            .iter()
            .zip(&fixed)
            .filter(|(_, f)| !**f)
            .map(|(r, _)| r)
            .sum();
        let widths: Vec<f32> = (0..columns.len())
            .map(|i| {
                if fixed[i] {
                    mins[i]
                } else {
                    left * rel[i] / free
                }
            })
            .collect();
        let short: Vec<usize> = (0..columns.len())
            .filter(|&i| !fixed[i] && widths[i] < mins[i])
            .collect();
        if short.is_empty() {
            return Some(widths);
        }
        for i in short {
            fixed[i] = true;
        }
    }
    Some(mins.to_vec())
}

/// Lays the widths out from `left`.
fn edges(widths: &[f32], left: f32) -> Vec<ColumnX> {
    let mut x = left;
    widths
        .iter()
        .map(|w| {
            let at = (x, *w);
            x += w;
            at
        })
        .collect()
}

/// A header word shortened to fit `max` points as `measure` measures it: its first letters and
/// a full stop ("Quantity" → "Quan."), so a header is abbreviated, never split across lines.
fn abbreviate(word: &str, max: f32, measure: impl Fn(&str) -> f32) -> String {
    if measure(word) <= max {
        return word.to_string();
    }
    let chars: Vec<char> = word.chars().collect();
    (1..chars.len())
        .rev()
        .map(|n| format!("{}.", chars[..n].iter().collect::<String>()))
        .find(|a| measure(a) <= max)
        .unwrap_or_else(|| chars.first().map(|c| c.to_string()).unwrap_or_default())
}

/// Where a table's columns go and the header lines each shows.
struct Layout {
    xs: Vec<ColumnX>,
    titles: Vec<Vec<String>>,
}

impl Writer<'_> {
    /// Column widths chosen from the header's words and the contents: every header word and
    /// (where the page allows) every value's longest word whole in its column; when even the
    /// header words cannot all fit, the widest are abbreviated rather than split.
    fn layout(&self, t: &Table) -> Layout {
        let content = self.content_width();
        let widest = |m: &crate::text::Metrics, s: &str| {
            s.split([' ', '\n'])
                .map(|w| m.width(w, CELL))
                .fold(0.0_f32, f32::max)
        };
        let header_min: Vec<f32> = t
            .columns
            .iter()
            .map(|c| widest(&self.bold, &c.title) + 2.0 * PAD)
            .collect();
        let with_content: Vec<f32> = t
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let longest = if c.checkbox {
                    0.0
                } else {
                    t.rows
                        .iter()
                        .filter_map(|r| r.get(i))
                        .map(|v| widest(&self.regular, v))
                        .fold(0.0_f32, f32::max)
                        .min(LONGEST_KEPT_WORD)
                };
                (longest + 2.0 * PAD).max(header_min[i])
            })
            .collect();
        let widths = share(&t.columns, &with_content, content)
            .or_else(|| share(&t.columns, &header_min, content))
            .unwrap_or_else(|| {
                let even = vec![0.0; t.columns.len()];
                share(&t.columns, &even, content).unwrap_or(even)
            });
        let titles = t
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                let room = w - 2.0 * PAD;
                let fitted: Vec<String> = c
                    .title
                    .split(' ')
                    .map(|word| abbreviate(word, room, |s| self.bold.width(s, CELL)))
                    .collect();
                self.bold.wrap(&fitted.join(" "), CELL, room)
            })
            .collect();
        Layout {
            xs: edges(&widths, MARGIN),
            titles,
        }
    }
}

impl Writer<'_> {
    /// A table, its rows in order, or the sentence saying it is empty.
    pub(super) fn table(&mut self, t: &Table) {
        let layout = self.layout(t);
        // The caption, the header and a first row together.
        self.ensure(13.0 + 2.0 * (CELL_LEADING + 2.0 * PAD) + 4.0);
        self.table_header(t, &layout, false);
        if t.rows.is_empty() {
            let empty = if t.empty.is_empty() {
                self.say("report-none", [])
            } else {
                t.empty.clone()
            };
            self.text(MARGIN + PAD, self.y + 10.0, &empty, 8.5, false, GREY);
            self.y += 20.0;
            return;
        }
        for (n, row) in t.rows.iter().enumerate() {
            self.table_row(t, &layout, n, row);
        }
        let cw = self.content_width();
        self.rule(MARGIN, MARGIN + cw, self.y, 0.5, RULE);
        self.y += 12.0;
    }

    /// The caption (with "(continued)" on the pages after the first) and the header row.
    fn table_header(&mut self, t: &Table, layout: &Layout, continued: bool) {
        let (xs, titles) = (&layout.xs, &layout.titles);
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
        let lines = titles.iter().map(Vec::len).max().unwrap_or(1);
        let h = lines as f32 * CELL_LEADING + 2.0 * PAD;
        self.rect(MARGIN, self.y, cw, h, HEAD_FILL, true);
        for ((c, (x, w)), title) in t.columns.iter().zip(xs).zip(titles) {
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
    fn table_row(&mut self, t: &Table, layout: &Layout, n: usize, row: &[String]) {
        let xs = &layout.xs;
        let cells = self.row_cells(t, xs, row);
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let h = lines as f32 * CELL_LEADING + 2.0 * PAD;
        if self.ensure(h) {
            self.table_header(t, layout, true);
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

    fn widths(columns: &[Column], mins: &[f32], content: f32) -> Vec<f32> {
        share(columns, mins, content).expect("the minimums fit")
    }

    #[test]
    fn columns_share_the_width_by_their_relative_widths() {
        let columns = [Column::text("Serial", 1), Column::text("Product", 3)];
        assert_eq!(
            edges(&widths(&columns, &[0.0, 0.0], 400.0), 40.0),
            vec![(40.0, 100.0), (140.0, 300.0)],
            "a column three times as wide gets three quarters, starting where the first ends"
        );
    }

    #[test]
    fn a_column_of_width_zero_still_gets_room() {
        let columns = [Column::text("A", 0), Column::text("B", 1)];
        assert_eq!(
            widths(&columns, &[0.0, 0.0], 100.0),
            vec![50.0, 50.0],
            "a zero width counts as one, so its values are never drawn on top of the next"
        );
    }

    #[test]
    fn a_column_below_its_minimum_is_widened_from_the_others() {
        let columns = [Column::checkbox("Pulled"), Column::text("Product", 94)];
        let w = widths(&columns, &[30.0, 10.0], 400.0);
        assert_eq!(
            w,
            vec![30.0, 370.0],
            "the check box column's 4 points cannot hold the word Pulled: it gets its 30, taken from Product"
        );
    }

    #[test]
    fn minimums_wider_than_the_page_are_refused_so_the_caller_falls_back() {
        let columns = [Column::text("A", 1), Column::text("B", 1)];
        assert_eq!(
            share(&columns, &[80.0, 80.0], 100.0),
            None,
            "two 80-point words cannot share 100 points: the caller must abbreviate, not overlap"
        );
    }

    #[test]
    fn a_header_word_that_cannot_fit_is_abbreviated_never_split() {
        let measure = |s: &str| s.chars().count() as f32;
        assert_eq!(
            abbreviate("Quantity", 5.0, measure),
            "Quan.",
            "the first letters and a full stop, within the room"
        );
        assert_eq!(
            abbreviate("Lot", 5.0, measure),
            "Lot",
            "a word that fits is left whole"
        );
    }
}
