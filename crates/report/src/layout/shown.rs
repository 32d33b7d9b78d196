//! What each font showed on the pages, noted while their contents are written, and the one
//! text section that shows it all again for printpdf: given that instead of the pages' own
//! text, printpdf embeds the fonts with widths and a Unicode map for every glyph the pages
//! use, without going through every character of every page itself.

use std::collections::BTreeMap;

use printpdf::{FontId, Op, PdfFontHandle, Pt, TextItem};

use crate::text::Metrics;

/// A font as the pages name it and as its glyphs are found.
pub(super) struct PageFont<'a> {
    pub(super) id: &'a FontId,
    pub(super) metrics: &'a Metrics,
}

/// Characters below this are noted in a table, the rest (rare) in a map.
const COMMON: usize = 0x300;

/// The characters shown with one font, each with when it was last shown (0: never). Where two
/// characters share a glyph, the one shown last names it in the Unicode map, as in printpdf's.
#[derive(Clone)]
pub(super) struct Shown {
    common: Vec<u64>,
    other: BTreeMap<char, u64>,
}

impl Shown {
    pub(super) fn new() -> Shown {
        Shown {
            common: vec![0; COMMON],
            other: BTreeMap::new(),
        }
    }

    /// Notes that `c` was shown, `at` its place among all the characters shown.
    pub(super) fn note(&mut self, c: char, at: u64) {
        match self.common.get_mut(c as usize) {
            Some(slot) => *slot = at,
            None => {
                self.other.insert(c, at);
            }
        }
    }

    /// Adds what `later` saw, which comes after everything seen here.
    pub(super) fn merge(&mut self, later: &Shown) {
        for (mine, theirs) in self.common.iter_mut().zip(&later.common) {
            *mine = (*mine).max(*theirs);
        }
        for (c, at) in &later.other {
            let mine = self.other.entry(*c).or_insert(0);
            *mine = (*mine).max(*at);
        }
    }

    /// One character for each glyph shown, the last shown of those that share it, in glyph
    /// order: shown once, they give printpdf the same glyphs and Unicode map the pages need.
    pub(super) fn characters(&self, glyph: impl Fn(char) -> Option<u16>) -> String {
        let common = self
            .common
            .iter()
            .enumerate()
            .filter_map(|(u, at)| Some((char::from_u32(u as u32)?, *at)));
        let mut last: BTreeMap<u16, (u64, char)> = BTreeMap::new();
        for (c, at) in common.chain(self.other.iter().map(|(c, at)| (*c, *at))) {
            let Some(gid) = glyph(c).filter(|_| at > 0) else {
                continue;
            };
            let entry = last.entry(gid).or_insert((at, c));
            if at > entry.0 {
                *entry = (at, c);
            }
        }
        last.values().map(|(_, c)| c).collect()
    }
}

/// A text section showing, once, one character for each glyph each font showed.
pub(super) fn glyph_section(fonts: &[PageFont], shown: &[Shown]) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    for (font, shown) in fonts.iter().zip(shown) {
        let characters = shown.characters(|c| font.metrics.glyph(c));
        if characters.is_empty() {
            continue;
        }
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font.id.clone()),
            size: Pt(1.0),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(characters)],
        });
    }
    ops.push(Op::EndTextSection);
    ops
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_glyph_two_characters_share_is_named_by_the_one_shown_last() {
        // 'a' and 'b' drawn alike, 'x' not at all.
        let glyph = |c: char| match c {
            'a' | 'b' => Some(7),
            'x' => None,
            c => Some(c as u16),
        };
        let page = |n: u64, i: u64| ((n + 1) << 32) + i;
        let mut early = Shown::new();
        early.note('b', page(0, 1));
        early.note('a', page(0, 2));
        early.note('b', page(0, 3));
        early.note('x', page(0, 4));
        assert_eq!(
            early.characters(glyph),
            "b",
            "b was shown after a on the page; x has no glyph to name"
        );
        let mut later = Shown::new();
        later.note('€', page(5, 1));
        later.note('a', page(5, 2));
        early.merge(&later);
        assert_eq!(
            early.characters(glyph),
            "a€",
            "a page written by another thread, but later in the document, has the last word"
        );
    }
}
