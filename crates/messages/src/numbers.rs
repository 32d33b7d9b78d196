//! Numbers written as each language writes them for a person: "1,234.50" in English,
//! "1 234,50" in French (a narrow no-break space), "12.345" in Spanish, Western digits in Arabic.
//! The reports and the command line both use these.

use crate::Lang;

/// How a language writes numbers for a person (CLDR's symbols; Arabic with Western digits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberFormat {
    /// Between groups of three digits.
    pub group: &'static str,
    /// Before the decimals.
    pub decimal: &'static str,
    /// Digits needed before the first group is separated: 2 leaves "1234" whole.
    pub min_grouping: u8,
}

impl NumberFormat {
    /// The way `lang` writes numbers.
    pub fn of(lang: Lang) -> NumberFormat {
        match lang {
            // A narrow no-break space, as French typography and CLDR write thousands.
            Lang::Fr => NumberFormat {
                group: "\u{202f}",
                decimal: ",",
                min_grouping: 1,
            },
            Lang::Es => NumberFormat {
                group: ".",
                decimal: ",",
                min_grouping: 2,
            },
            Lang::Pt => NumberFormat {
                group: "\u{a0}",
                decimal: ",",
                min_grouping: 2,
            },
            Lang::En | Lang::Ar | Lang::Pseudo => NumberFormat {
                group: ",",
                decimal: ".",
                min_grouping: 1,
            },
        }
    }
}

/// A count with `lang`'s thousands separator ("12,345"; "12 345" in French; "1234" in Spanish,
/// which leaves four digits whole).
pub fn thousands(lang: Lang, n: u64) -> String {
    let s = n.to_string();
    let f = NumberFormat::of(lang);
    if s.len() < 4 + usize::from(f.min_grouping > 1) {
        return s;
    }
    let mut out = String::with_capacity(s.len() + s.len() / 3 * 3);
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push_str(f.group);
        }
        out.push(ch);
    }
    out
}

/// A signed count with `lang`'s thousands separator.
pub fn signed_thousands(lang: Lang, n: i64) -> String {
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}", thousands(lang, n.unsigned_abs()))
}
