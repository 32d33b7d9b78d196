//! The table of GS1 Application Identifiers, generated at build time from GS1's Barcode Syntax
//! Dictionary (`data/gs1-syntax-dictionary.txt`).

/// The character set of one component of an AI's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    /// Digits only.
    Numeric,
    /// GS1 AI encodable character set 82.
    Cset82,
    /// GS1 AI encodable character set 39.
    Cset39,
    /// base64url (character set 64).
    Cset64,
}

impl Charset {
    /// Whether `b` belongs to this character set.
    pub fn contains(self, b: u8) -> bool {
        match self {
            Charset::Numeric => b.is_ascii_digit(),
            Charset::Cset82 => is_cset82(b),
            Charset::Cset39 => b.is_ascii_digit() || b.is_ascii_uppercase() || b"#-/".contains(&b),
            Charset::Cset64 => b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'=',
        }
    }

    /// The set's name in a sentence's arguments (`numeric`, `cset82`, `cset39`, `cset64`).
    pub(crate) fn name(self) -> &'static str {
        match self {
            Charset::Numeric => "numeric",
            Charset::Cset82 => "cset82",
            Charset::Cset39 => "cset39",
            Charset::Cset64 => "cset64",
        }
    }

    pub(crate) fn describe(self) -> &'static str {
        match self {
            Charset::Numeric => "digits only",
            Charset::Cset82 => "letters, digits and the GS1 punctuation set",
            Charset::Cset39 => "capital letters, digits, '#', '-' and '/'",
            Charset::Cset64 => "base64url characters",
        }
    }
}

/// Whether `b` is in GS1 character set 82: `!"%&'()*+,-./0-9:;<=>?A-Z_a-z`.
pub fn is_cset82(b: u8) -> bool {
    matches!(b, b'!' | b'"' | b'%'..=b'?' | b'A'..=b'Z' | b'_' | b'a'..=b'z')
}

/// A content check that the dictionary names for a component ("linter").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Linter {
    Csum,
    CsumAlpha,
    Yymmd0,
    Yymmdd,
    Yyyymmdd,
    Yyyymmd0,
    Hhmi,
    Hh,
    Mi,
    Ss,
    Iso3166,
    Iso3166Or999,
    Iso3166Alpha2,
    Iso4217,
    Iso5218,
    YesNo,
    NonZero,
    Zero,
    Winding,
    PieceOfTotal,
    PercentEncoded,
    Hyphen,
    Latitude,
    Longitude,
    HasNonDigit,
    NoZeroPrefix,
    Iban,
    ImporterIndex,
    MediaType,
    PositionInSequence,
    /// A linter this version does not implement; the value passes unchecked.
    Unchecked,
}

/// One component of an AI's value, e.g. `N6,yymmd0`.
#[derive(Debug, Clone, Copy)]
pub struct Component {
    /// Which characters are allowed.
    pub charset: Charset,
    /// Minimum length (equal to `max` for a fixed-length component).
    pub min: usize,
    /// Maximum length.
    pub max: usize,
    /// Whether the component may be left out (only at the end of a value).
    pub optional: bool,
    /// Content checks.
    pub linters: &'static [Linter],
}

/// One Application Identifier as the dictionary defines it.
#[derive(Debug)]
pub struct AiEntry {
    /// The AI, e.g. `"01"` or `"7003"`.
    pub ai: &'static str,
    /// GS1's short title, e.g. `"GTIN"`.
    pub title: &'static str,
    /// Predefined length: never followed by a group separator.
    pub predefined: bool,
    /// Allowed as a Digital Link query-string data attribute.
    pub dl_attr: bool,
    /// The value's components, in order.
    pub components: &'static [Component],
    /// Required associations: every list must be met by one of its alternatives, each an
    /// AND of AI patterns (`n` matches any digit).
    pub req: &'static [&'static [&'static [&'static str]]],
    /// AI patterns that must not appear with this AI.
    pub ex: &'static [&'static str],
    /// As a Digital Link primary key: the allowed qualifier sequences.
    pub dl_pkey: Option<&'static [&'static [&'static str]]>,
}

impl PartialEq for AiEntry {
    fn eq(&self, other: &Self) -> bool {
        self.ai == other.ai
    }
}

impl Eq for AiEntry {}

impl AiEntry {
    /// The fixed total length of a predefined-length value.
    pub fn fixed_len(&self) -> Option<usize> {
        self.components
            .iter()
            .all(|c| c.min == c.max && !c.optional)
            .then(|| self.components.iter().map(|c| c.max).sum())
    }

    /// The longest value this AI may carry.
    pub fn max_len(&self) -> usize {
        self.components.iter().map(|c| c.max).sum()
    }
}

include!(concat!(env!("OUT_DIR"), "/ai_table.rs"));

/// Looks up an AI given as its exact digits (`"01"`, `"3103"`).
pub fn lookup(ai: &str) -> Option<&'static AiEntry> {
    let b = ai.as_bytes();
    if !(2..=4).contains(&b.len()) || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = b.iter().fold(0usize, |n, d| n * 10 + usize::from(d - b'0'));
    let i = match b.len() {
        2 => INDEX2[n],
        3 => INDEX3[n],
        _ => INDEX4[n],
    };
    (i != u16::MAX).then(|| &ENTRIES[usize::from(i)])
}

/// Finds the AI at the start of `data`: the only prefix of 2, 3 or 4 digits in the table.
pub fn lookup_prefix(data: &[u8]) -> Option<&'static AiEntry> {
    let mut n = 0usize;
    for (len, d) in data.iter().take(4).enumerate() {
        if !d.is_ascii_digit() {
            return None;
        }
        n = n * 10 + usize::from(d - b'0');
        let i = match len + 1 {
            2 => INDEX2[n],
            3 => INDEX3[n],
            4 => INDEX4[n],
            _ => u16::MAX,
        };
        if i != u16::MAX {
            return Some(&ENTRIES[usize::from(i)]);
        }
    }
    None
}

/// Every AI in the table, in ascending order.
pub fn all() -> &'static [AiEntry] {
    ENTRIES
}

/// Whether `ai` matches `pattern`, where an `n` in the pattern matches any digit.
pub(crate) fn matches_pattern(ai: &str, pattern: &str) -> bool {
    ai.len() == pattern.len()
        && ai
            .bytes()
            .zip(pattern.bytes())
            .all(|(a, p)| p == b'n' || a == p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_the_healthcare_ais() {
        for ai in [
            "00", "01", "10", "17", "21", "710", "717", "7003", "8006", "3103", "91", "99",
        ] {
            assert!(
                lookup(ai).is_some(),
                "AI {ai} is in the dictionary and must be in the table"
            );
        }
        assert!(lookup("23").is_none(), "AI 23 is retired");
        assert!(lookup("04").is_none(), "no AI 04 is allocated");
    }

    #[test]
    fn prefixes_resolve_to_the_shortest_allocated_ai() {
        assert_eq!(lookup_prefix(b"0109506").map(|e| e.ai), Some("01"));
        assert_eq!(lookup_prefix(b"7003281231").map(|e| e.ai), Some("7003"));
        assert_eq!(lookup_prefix(b"7101234").map(|e| e.ai), Some("710"));
        assert_eq!(lookup_prefix(b"5512").map(|e| e.ai), None);
    }

    #[test]
    fn predefined_lengths_come_from_the_dictionary() {
        assert_eq!(lookup("01").unwrap().fixed_len(), Some(14));
        assert!(lookup("17").unwrap().predefined);
        assert!(
            !lookup("7003").unwrap().predefined,
            "7003 is fixed-length but needs a separator"
        );
        assert_eq!(lookup("10").unwrap().max_len(), 20);
    }
}
