//! The GTIN, always held as 14 digits with a valid check digit.

use std::fmt;
use std::str::FromStr;

use crate::check::{gs1_check_digit, gs1_check_digit_ok};

/// A Global Trade Item Number, normalised to GTIN-14 with a verified check digit.
///
/// ```
/// use custody_gs1::Gtin;
/// let gtin: Gtin = "9506000134352".parse().unwrap();
/// assert_eq!(gtin.as_str(), "09506000134352");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Gtin([u8; 14]);

/// Why a string is not a GTIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GtinError {
    /// Not 8, 12, 13 or 14 characters long.
    Length(usize),
    /// A character that is not a digit, at this index.
    NonDigit(usize),
    /// The last digit is not the check digit; the correct one is given.
    CheckDigit {
        /// The check digit the number should have.
        expected: u8,
    },
}

impl fmt::Display for GtinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GtinError::Length(n) => write!(f, "a GTIN has 8, 12, 13 or 14 digits, not {n}"),
            GtinError::NonDigit(i) => {
                write!(f, "a GTIN has only digits (character {} is not)", i + 1)
            }
            GtinError::CheckDigit { expected } => {
                write!(
                    f,
                    "the GTIN's check digit is wrong (it should be {expected})"
                )
            }
        }
    }
}

impl std::error::Error for GtinError {}

impl Gtin {
    /// Parses a GTIN-8, -12, -13 or -14, verifying the check digit, and pads it to 14 digits.
    pub fn parse(s: &str) -> Result<Gtin, GtinError> {
        let b = s.as_bytes();
        if ![8, 12, 13, 14].contains(&b.len()) {
            return Err(GtinError::Length(b.len()));
        }
        if let Some(i) = b.iter().position(|c| !c.is_ascii_digit()) {
            return Err(GtinError::NonDigit(i));
        }
        if !gs1_check_digit_ok(b) {
            let expected = gs1_check_digit(&b[..b.len() - 1]).unwrap_or(0);
            return Err(GtinError::CheckDigit { expected });
        }
        let mut out = [b'0'; 14];
        out[14 - b.len()..].copy_from_slice(b);
        Ok(Gtin(out))
    }

    /// Builds a GTIN-14 from its first 13 digits by appending the check digit.
    /// Returns `None` unless `data` is exactly 13 digits.
    pub fn from_data_digits(data: &str) -> Option<Gtin> {
        let b = data.as_bytes();
        if b.len() != 13 {
            return None;
        }
        let check = gs1_check_digit(b)?;
        let mut out = [0u8; 14];
        out[..13].copy_from_slice(b);
        out[13] = b'0' + check;
        Some(Gtin(out))
    }

    /// The 14 digits.
    pub fn as_str(&self) -> &str {
        // The array only ever holds ASCII digits.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// The indicator digit: 0 for a base unit, 1–8 for groupings, 9 for variable measure.
    pub fn indicator(&self) -> u8 {
        self.0[0] - b'0'
    }

    /// The NDC-10 digits embedded in a US NDC-based GTIN (`003…`), without segmentation, which
    /// cannot be recovered from the GTIN.
    pub fn ndc10(&self) -> Option<&str> {
        (self.0[1..3] == *b"03").then(|| &self.as_str()[3..13])
    }

    /// The PZN embedded in a German NTIN (`04150` + PZN + check digit).
    pub fn pzn(&self) -> Option<&str> {
        self.as_str()
            .starts_with("04150")
            .then(|| &self.as_str()[5..13])
    }
}

impl FromStr for Gtin {
    type Err = GtinError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Gtin::parse(s)
    }
}

impl fmt::Display for Gtin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Gtin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Gtin({})", self.as_str())
    }
}

impl serde::Serialize for Gtin {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Gtin {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Gtin::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorter_gtins_are_padded_to_14() {
        assert_eq!(
            Gtin::parse("416000336108").unwrap().as_str(),
            "00416000336108",
            "UPC-A"
        );
        assert_eq!(
            Gtin::parse("96385074").unwrap().as_str(),
            "00000096385074",
            "EAN-8"
        );
    }

    #[test]
    fn bad_gtins_say_why() {
        assert_eq!(
            Gtin::parse("09506000134355"),
            Err(GtinError::CheckDigit { expected: 2 })
        );
        assert_eq!(Gtin::parse("0950600013435X"), Err(GtinError::NonDigit(13)));
        assert_eq!(Gtin::parse("123"), Err(GtinError::Length(3)));
    }

    #[test]
    fn national_codes_inside_gtins() {
        assert_eq!(
            Gtin::parse("00305910369019").unwrap().ndc10(),
            Some("0591036901")
        );
        assert_eq!(
            Gtin::parse("04150037528643").unwrap().pzn(),
            Some("03752864")
        );
        assert_eq!(
            Gtin::from_data_digits("0950600013435").unwrap().as_str(),
            "09506000134352"
        );
    }
}
