//! Text measurement from the embedded font's own glyph widths (no kerning), wrapping, and the
//! glyph each character is drawn with.

use printpdf::ParsedFont;

/// Advance widths of one font, in em, for fast measuring.
pub(crate) struct Metrics {
    font: ParsedFont,
    /// Widths of U+0000..U+02FF (Latin with its accents), looked up once.
    common: Vec<f32>,
    /// Glyph ids of the same characters (`None`: the font has none), so that writing a page's
    /// text costs a table look-up per character rather than a search of the font's cmap.
    glyphs: Vec<Option<u16>>,
    units_per_em: f32,
}

const COMMON: u32 = 0x300;

impl Metrics {
    pub(crate) fn new(font: ParsedFont) -> Metrics {
        let units_per_em = f32::from(font.units_per_em.max(1));
        let mut m = Metrics {
            font,
            common: Vec::new(),
            glyphs: Vec::new(),
            units_per_em,
        };
        m.common = (0..COMMON).map(|c| m.lookup(c)).collect();
        m.glyphs = (0..COMMON).map(|c| m.font.lookup_glyph_index(c)).collect();
        m
    }

    fn lookup(&self, c: u32) -> f32 {
        let gid = self.font.lookup_glyph_index(c).unwrap_or(0);
        f32::from(self.font.get_glyph_width(gid).unwrap_or(0)) / self.units_per_em
    }

    /// The font's glyph for `c`, as printpdf finds it (`None` when the font has none).
    pub(crate) fn glyph(&self, c: char) -> Option<u16> {
        let u = u32::from(c);
        if u < COMMON {
            self.glyphs[u as usize]
        } else {
            self.font.lookup_glyph_index(u)
        }
    }

    /// Width of one character at size 1.
    fn char_width(&self, c: char) -> f32 {
        let u = u32::from(c);
        if u < COMMON {
            self.common[u as usize]
        } else {
            self.lookup(u)
        }
    }

    /// Width of `s` at `size` points.
    pub(crate) fn width(&self, s: &str, size: f32) -> f32 {
        s.chars().map(|c| self.char_width(c)).sum::<f32>() * size
    }

    /// Breaks `text` into lines no wider than `max` points: at spaces where it can, inside
    /// a word only when the word alone is too wide. Newlines in the text are kept.
    pub(crate) fn wrap(&self, text: &str, size: f32, max: f32) -> Vec<String> {
        let mut out = Vec::new();
        for para in text.split('\n') {
            let mut line = String::new();
            let mut line_w = 0.0;
            let space = self.char_width(' ') * size;
            for word in para.split(' ').filter(|w| !w.is_empty()) {
                let w = self.width(word, size);
                let needed = if line.is_empty() {
                    w
                } else {
                    line_w + space + w
                };
                if needed <= max {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_w = needed;
                    continue;
                }
                if !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                if w <= max {
                    line.push_str(word);
                    line_w = w;
                    continue;
                }
                // A word wider than the column (a hash, a long serial): break it anywhere.
                for c in word.chars() {
                    let cw = self.char_width(c) * size;
                    if line_w + cw > max && !line.is_empty() {
                        out.push(std::mem::take(&mut line));
                        line_w = 0.0;
                    }
                    line.push(c);
                    line_w += cw;
                }
            }
            out.push(line);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metrics() -> Metrics {
        let mut w = Vec::new();
        Metrics::new(ParsedFont::from_bytes(crate::layout::REGULAR, 0, &mut w).unwrap())
    }

    #[test]
    fn widths_come_from_the_font() {
        let m = metrics();
        assert!(m.width("W", 10.0) > m.width("i", 10.0));
        assert!((m.width("ab", 10.0) - (m.width("a", 10.0) + m.width("b", 10.0))).abs() < 1e-4);
        assert!(m.width("é", 10.0) > 0.0, "accented letters have glyphs");
    }

    #[test]
    fn wrapping_keeps_within_the_width_and_loses_nothing() {
        let m = metrics();
        let text = "Amoxicillin 500 mg capsules, lot A12345 — Pharmacie Générale de l'Hôpital Saint-Étienne";
        let lines = m.wrap(text, 9.0, 80.0);
        assert!(lines.len() > 2, "{lines:?}");
        for l in &lines {
            assert!(m.width(l, 9.0) <= 80.0, "{l:?} is too wide");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_wider_than_the_column_is_broken_inside() {
        let m = metrics();
        let hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        let lines = m.wrap(hash, 8.0, 60.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), hash);
        for l in &lines {
            assert!(m.width(l, 8.0) <= 60.0);
        }
    }

    #[test]
    fn the_glyph_table_agrees_with_the_font() {
        let m = metrics();
        for c in ['A', 'é', 'Ł', '\u{2c7}', '—', '€', '\u{10FFFF}'] {
            assert_eq!(
                m.glyph(c),
                m.font.lookup_glyph_index(u32::from(c)),
                "{c:?}: a page must show the glyph printpdf's Unicode map names"
            );
        }
        assert!(
            m.glyph('\u{10FFFF}').is_none(),
            "a character with no glyph has none"
        );
    }

    #[test]
    fn newlines_start_new_lines_and_empty_text_is_one_empty_line() {
        let m = metrics();
        assert_eq!(m.wrap("a\nb", 9.0, 500.0), vec!["a", "b"]);
        assert_eq!(m.wrap("", 9.0, 500.0), vec![""]);
    }
}
