//! Paper sizes and the page's fixed geometry (margins, the running header and footer bands).

/// Paper size.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in points, portrait.
    pub(super) fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

impl std::str::FromStr for Paper {
    type Err = String;
    fn from_str(s: &str) -> Result<Paper, String> {
        match s.to_ascii_lowercase().as_str() {
            "a4" => Ok(Paper::A4),
            "letter" | "us-letter" => Ok(Paper::Letter),
            _ => Err(format!("'{s}' is not a paper size: a4 or letter")),
        }
    }
}

/// White space around the page's content, in points.
pub(super) const MARGIN: f32 = 40.0;
/// Height of the running header (site and title) at the top of every page.
pub(super) const HEADER: f32 = 30.0;
/// Height kept free at the bottom of every page for the footer.
pub(super) const FOOTER: f32 = 30.0;

/// Points to millimetres, the unit printpdf sizes its pages in.
pub(super) fn pt_mm(pt: f32) -> printpdf::Mm {
    printpdf::Mm(pt * 25.4 / 72.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_names_are_read_whatever_their_case_and_others_refused() {
        assert_eq!(
            "A4".parse(),
            Ok(Paper::A4),
            "the CLI's --paper A4 must work"
        );
        assert_eq!(
            "US-Letter".parse(),
            Ok(Paper::Letter),
            "both spellings of US Letter are accepted"
        );
        assert_eq!(
            "legal".parse::<Paper>(),
            Err("'legal' is not a paper size: a4 or letter".to_string()),
            "an unknown size is refused with the sizes that exist, never guessed"
        );
    }

    #[test]
    fn a4_is_210_by_297_millimetres() {
        let (w, h) = Paper::A4.size();
        assert!(
            (pt_mm(w).0 - 210.0).abs() < 0.01 && (pt_mm(h).0 - 297.0).abs() < 0.01,
            "an A4 page must print on A4 paper without scaling"
        );
    }
}
