//! The national systems' requests and answers as Rust types, with serde.
//!
//! The NMVS interface specification goes only to accredited software suppliers, and no public
//! copy exists, so the EU wire form here ([`eu`]) is **our own JSON**, built from the public
//! return codes and transaction names; the real endpoint and its mapping are configuration and
//! an adapter later. The US form ([`us`]) follows the GS1 lightweight verification messaging as
//! far as it is public: a GS1 Digital Link request and a small JSON answer.

pub mod eu;
pub mod us;
mod verdict;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use verdict::{verdict, Answer, System, Verdict};

/// What identifies a serialized pack to a national system: the product code (a GTIN-14), the
/// serial, the batch (lot) and the expiry as printed (`YYMMDD`, day `00` allowed).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "RawPackKey")]
pub struct PackKey {
    /// The GTIN-14.
    pub product_code: String,
    /// The serial number (GS1 AI 21).
    pub serial: String,
    /// The batch or lot (GS1 AI 10).
    pub batch: String,
    /// The expiry, `YYMMDD` (GS1 AI 17).
    pub expiry: String,
}

#[derive(Deserialize)]
struct RawPackKey {
    product_code: String,
    serial: String,
    batch: String,
    expiry: String,
}

impl TryFrom<RawPackKey> for PackKey {
    type Error = PackKeyError;
    fn try_from(raw: RawPackKey) -> Result<PackKey, PackKeyError> {
        PackKey::new(&raw.product_code, &raw.serial, &raw.batch, &raw.expiry)
    }
}

/// A pack key that cannot be sent, saying which part and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackKeyError {
    /// The product code is not 14 digits with a good check digit.
    #[error("product code {0:?} is not a GTIN-14 (14 digits, the last its check digit)")]
    ProductCode(String),
    /// The serial or batch is empty, longer than 20 characters, or holds a space or control.
    #[error("{part} {value:?} must be 1 to 20 printable characters without spaces")]
    Text {
        /// `serial` or `batch`.
        part: &'static str,
        /// What was given.
        value: String,
    },
    /// The expiry is not `YYMMDD`.
    #[error("expiry {0:?} is not YYMMDD")]
    Expiry(String),
}

impl PackKey {
    /// A checked pack key.
    pub fn new(
        product_code: &str,
        serial: &str,
        batch: &str,
        expiry: &str,
    ) -> Result<PackKey, PackKeyError> {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(product_code, 14) || !custody_gs1::gs1_check_digit_ok(product_code.as_bytes()) {
            return Err(PackKeyError::ProductCode(product_code.to_string()));
        }
        for (part, value) in [("serial", serial), ("batch", batch)] {
            let printable = value.chars().all(|c| c.is_ascii_graphic());
            if value.is_empty() || value.len() > 20 || !printable {
                return Err(PackKeyError::Text {
                    part,
                    value: value.to_string(),
                });
            }
        }
        let month_ok = expiry.get(2..4).and_then(|m| m.parse::<u8>().ok());
        if !digits(expiry, 6) || !matches!(month_ok, Some(1..=12)) {
            return Err(PackKeyError::Expiry(expiry.to_string()));
        }
        Ok(PackKey {
            product_code: product_code.to_string(),
            serial: serial.to_string(),
            batch: batch.to_string(),
            expiry: expiry.to_string(),
        })
    }
}

impl fmt::Display for PackKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "(01){}(21){}(10){}(17){}",
            self.product_code, self.serial, self.batch, self.expiry
        )
    }
}

/// Which national system a request goes to: an EU country's NMVS (`EU-DE`) or the US router.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Market {
    /// An EU (or EEA) country's NMVS, by its ISO 3166 two-letter code, upper case.
    Eu(String),
    /// The US verification router service.
    Us,
}

impl Market {
    /// The market from its name, `EU-xx` or `US`.
    pub fn parse(name: &str) -> Result<Market, MarketError> {
        if name == "US" {
            return Ok(Market::Us);
        }
        match name.strip_prefix("EU-") {
            Some(c) if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) => {
                Ok(Market::Eu(c.to_string()))
            }
            _ => Err(MarketError(name.to_string())),
        }
    }
}

/// A market name that is neither `US` nor `EU-` and two capital letters.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("market {0:?} is neither US nor EU-xx (a two-letter country code)")]
pub struct MarketError(String);

impl TryFrom<String> for Market {
    type Error = MarketError;
    fn try_from(s: String) -> Result<Market, MarketError> {
        Market::parse(&s)
    }
}

impl From<Market> for String {
    fn from(m: Market) -> String {
        m.to_string()
    }
}

impl fmt::Display for Market {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Market::Eu(c) => write!(f, "EU-{c}"),
            Market::Us => f.write_str("US"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_key_is_checked_part_by_part() {
        assert!(PackKey::new("09501101020917", "S1", "L1", "281200").is_ok());
        assert!(
            matches!(
                PackKey::new("950110102091", "S1", "L1", "281231"),
                Err(PackKeyError::ProductCode(_))
            ),
            "a GTIN-12 must be sent padded to 14 digits"
        );
        assert!(
            PackKey::new("09501101020918", "S1", "L1", "281231").is_err(),
            "a product code with a wrong check digit is a misread, not a pack to ask about"
        );
        assert!(matches!(
            PackKey::new("09501101020917", "", "L1", "281231"),
            Err(PackKeyError::Text { part: "serial", .. })
        ));
        assert!(matches!(
            PackKey::new("09501101020917", "S1", "L1", "281331"),
            Err(PackKeyError::Expiry(_))
        ));
    }

    #[test]
    fn markets_read_and_print_as_their_names() {
        for name in ["EU-DE", "US"] {
            let m = Market::parse(name).unwrap();
            assert_eq!(m.to_string(), name, "a market prints as it reads");
        }
        assert!(
            Market::parse("EU-de").is_err(),
            "country codes are capitals"
        );
        assert!(
            Market::parse("FR").is_err(),
            "an EU market names its region"
        );
    }
}
