//! The site's currency: the ISO 4217 code its contract prices and receipts' unit costs are in,
//! and how many decimals a person expects to read in it. Amounts are kept in hundredths of the
//! currency's unit (the `_cents` columns) whatever the currency, so a currency with no minor
//! unit (JPY) shows whole units and one with three decimals (KWD) shows its third decimal as 0:
//! see `docs/decisions/2026-12-02-site-currency.md`.

use std::fmt;

/// The ISO 4217 codes in use (list one, as amended to 2025: XCG replaced ANG, ZWG replaced ZWL),
/// each with its number of decimals (2 unless listed in [`NO_DECIMALS`] or [`THREE_DECIMALS`]).
/// Funds codes, precious metals and test codes are left out: no pharmacy pays in them.
const CODES: &str = "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB \
BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR \
FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES \
KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR \
MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR \
SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX \
USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG";

/// Currencies written without decimals.
const NO_DECIMALS: &str = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF";

/// Currencies written with three decimals.
const THREE_DECIMALS: &str = "BHD IQD JOD KWD LYD OMR TND";

/// A currency the site may keep its prices in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency {
    code: [u8; 3],
}

impl Currency {
    /// The currency with this ISO 4217 code (upper case, as written: `EUR`), if it is one in use.
    pub fn parse(code: &str) -> Option<Currency> {
        let bytes: [u8; 3] = code.as_bytes().try_into().ok()?;
        if !bytes.iter().all(u8::is_ascii_uppercase) || !CODES.split(' ').any(|c| c == code) {
            return None;
        }
        Some(Currency { code: bytes })
    }

    /// Every currency in use, in alphabetical order of code.
    pub fn all() -> impl Iterator<Item = Currency> {
        CODES.split(' ').filter_map(Currency::parse)
    }

    /// The ISO 4217 code (`EUR`).
    pub fn code(&self) -> &str {
        // The bytes were checked to be ASCII upper-case letters when parsed.
        std::str::from_utf8(&self.code).unwrap_or("XXX")
    }

    /// How many decimals a price in this currency is written with (0, 2 or 3).
    pub fn decimals(&self) -> u32 {
        let code = self.code();
        if NO_DECIMALS.split(' ').any(|c| c == code) {
            0
        } else if THREE_DECIMALS.split(' ').any(|c| c == code) {
            3
        } else {
            2
        }
    }

    /// An amount kept in hundredths, as a plain number with this currency's decimals and a
    /// point ("1234.50"; "1235" in yen, rounded half away from zero; "1234.500" in dinars),
    /// for files a program reads.
    pub fn plain(&self, cents: i64) -> String {
        let sign = if cents < 0 { "-" } else { "" };
        let c = cents.unsigned_abs();
        match self.decimals() {
            0 => format!("{sign}{}", (c + 50) / 100),
            3 => format!("{sign}{}.{:02}0", c / 100, c % 100),
            _ => format!("{sign}{}.{:02}", c / 100, c % 100),
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_currency_is_an_iso_code_in_use_written_in_capitals() {
        assert_eq!(Currency::parse("EUR").map(|c| c.decimals()), Some(2));
        assert_eq!(Currency::parse("JPY").map(|c| c.decimals()), Some(0));
        assert_eq!(Currency::parse("KWD").map(|c| c.decimals()), Some(3));
        for refused in [
            "eur", "EU", "EURO", "XXX", "EUT", "", "€", "XAU", "ANG", "ZWL",
        ] {
            assert_eq!(Currency::parse(refused), None, "{refused:?} is refused");
        }
        assert!(
            Currency::all().count() > 150,
            "every currency in use is listed"
        );
        let special: Vec<&str> = NO_DECIMALS
            .split(' ')
            .chain(THREE_DECIMALS.split(' '))
            .collect();
        for code in special {
            assert!(
                Currency::parse(code).is_some(),
                "{code} is also in the list of codes"
            );
        }
    }

    #[test]
    fn an_amount_is_written_with_its_currencys_decimals() {
        let of = |code| Currency::parse(code).expect("a currency in use");
        assert_eq!(of("EUR").plain(123456), "1234.56");
        assert_eq!(of("EUR").plain(-5), "-0.05");
        assert_eq!(of("JPY").plain(123450), "1235", "half a yen rounds up");
        assert_eq!(of("JPY").plain(-123449), "-1234");
        assert_eq!(of("KWD").plain(123456), "1234.560");
    }
}
