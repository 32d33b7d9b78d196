//! Validation of one AI's value against the dictionary: length, character set and linters.

use chrono::NaiveDate;

use crate::ai::{AiEntry, Component, Linter};
use crate::check::{gs1_check_digit, gs1_check_digit_ok, gs1_check_pair_ok, iban_ok};
use crate::date::{parse_hhmi, parse_yymmdd, parse_yyyymmdd, two_digits};
use crate::error::{Byte, DecodeError, ErrorKind};

/// ISO 3166-1 numeric country codes, as listed by GS1's reference linter.
const ISO3166: &[u16] = &[
    4, 8, 10, 12, 16, 20, 24, 28, 31, 32, 36, 40, 44, 48, 50, 51, 52, 56, 60, 64, 68, 70, 72, 74,
    76, 84, 86, 90, 92, 96, 100, 104, 108, 112, 116, 120, 124, 132, 136, 140, 144, 148, 152, 156,
    158, 162, 166, 170, 174, 175, 178, 180, 184, 188, 191, 192, 196, 203, 204, 208, 212, 214, 218,
    222, 226, 231, 232, 233, 234, 238, 239, 242, 246, 248, 250, 254, 258, 260, 262, 266, 268, 270,
    275, 276, 288, 292, 296, 300, 304, 308, 312, 316, 320, 324, 328, 332, 334, 336, 340, 344, 348,
    352, 356, 360, 364, 368, 372, 376, 380, 384, 388, 392, 398, 400, 404, 408, 410, 414, 417, 418,
    422, 426, 428, 430, 434, 438, 440, 442, 446, 450, 454, 458, 462, 466, 470, 474, 478, 480, 484,
    492, 496, 498, 499, 500, 504, 508, 512, 516, 520, 524, 528, 531, 533, 534, 535, 540, 548, 554,
    558, 562, 566, 570, 574, 578, 580, 581, 583, 584, 585, 586, 591, 598, 600, 604, 608, 612, 616,
    620, 624, 626, 630, 634, 638, 642, 643, 646, 652, 654, 659, 660, 662, 663, 666, 670, 674, 678,
    682, 686, 688, 690, 694, 702, 703, 704, 705, 706, 710, 716, 724, 728, 729, 732, 740, 744, 748,
    752, 756, 760, 762, 764, 768, 772, 776, 780, 784, 788, 792, 795, 796, 798, 800, 804, 807, 818,
    826, 831, 832, 833, 834, 840, 850, 854, 858, 860, 862, 876, 882, 887, 894,
];

/// The value as a number, when it is 1 to 18 digits.
fn number(v: &[u8]) -> Option<u64> {
    if v.is_empty() || v.len() > 18 || !v.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(v.iter().fold(0u64, |n, d| n * 10 + u64::from(d - b'0')))
}

/// Describes a byte of input for a message: the character if printable, else its code.
pub(crate) fn describe_byte(data: &[u8], at: usize) -> Byte {
    let (what, shown) = match data.get(at..).and_then(|rest| {
        std::str::from_utf8(rest).ok().or_else(|| {
            // Show the character even when what follows is not valid UTF-8.
            let end = (at + 4).min(data.len());
            (at + 1..=end)
                .rev()
                .find_map(|e| std::str::from_utf8(&data[at..e]).ok())
        })
    }) {
        Some(s) => match s.chars().next() {
            Some(' ') => ("space", " ".to_string()),
            Some('\u{1d}') => ("gs", "GS".to_string()),
            Some(c) if c.is_control() => ("control", format!("U+{:04X}", c as u32)),
            Some(c) => ("char", c.to_string()),
            None => ("end", String::new()),
        },
        None => ("byte", format!("0x{:02X}", data[at])),
    };
    Byte { what, shown }
}

/// Checks `value` (the raw bytes of one AI's value) against `entry`. `pos` is the byte offset of
/// the value in the raw input, used for error positions.
pub(crate) fn validate(
    entry: &AiEntry,
    value: &[u8],
    pos: usize,
    today: NaiveDate,
) -> Result<(), DecodeError> {
    check_length(entry, value, pos)?;
    let mut offset = 0;
    for c in entry.components {
        let remaining = value.len() - offset;
        if remaining == 0 && c.optional {
            break;
        }
        let take = component_len(c, remaining);
        if remaining < take || take < c.min {
            return Err(refusal(
                entry,
                ErrorKind::ValueTooShort,
                pos + offset,
                "scan.decode.too_short",
                format!("AI ({}) {} is too short.", entry.ai, entry.title),
            ));
        }
        check_component(entry, c, &value[offset..offset + take], pos + offset, today)?;
        offset += take;
    }
    if offset < value.len() {
        return Err(refusal(
            entry,
            ErrorKind::ValueTooLong,
            pos + offset,
            "scan.decode.too_long",
            format!(
                "AI ({}) {} has more characters than it allows.",
                entry.ai, entry.title
            ),
        ));
    }
    Ok(())
}

/// A refusal of `entry`'s value at `at`, saying `key` (with the AI and its title) as `message`.
fn refusal(
    entry: &AiEntry,
    kind: ErrorKind,
    at: usize,
    key: &'static str,
    message: String,
) -> DecodeError {
    DecodeError::new(kind, Some(entry.ai), at, key, message)
        .arg("ai", entry.ai)
        .arg("title", entry.title)
}

/// Refuses an empty value, one longer than the AI allows (most often a dropped group
/// separator) and one shorter than its required components.
fn check_length(entry: &AiEntry, value: &[u8], pos: usize) -> Result<(), DecodeError> {
    let ai = entry.ai;
    if value.is_empty() {
        return Err(refusal(
            entry,
            ErrorKind::EmptyValue,
            pos,
            "scan.decode.empty",
            format!("AI ({ai}) {} has no value.", entry.title),
        ));
    }
    let max = entry.max_len();
    if value.len() > max {
        let (key, hint) = if entry.fixed_len().is_none() {
            ("scan.decode.value_too_long.separator", " The scanner may have dropped a group separator (GS) between two fields: check the scanner's keyboard settings.")
        } else {
            ("scan.decode.value_too_long", "")
        };
        return Err(refusal(
            entry,
            ErrorKind::ValueTooLong,
            pos,
            key,
            format!(
                "AI ({ai}) {} is {} characters long; at most {max} are allowed.{hint}",
                entry.title,
                value.len()
            ),
        )
        .arg("length", value.len())
        .arg("max", max));
    }
    let min: usize = entry
        .components
        .iter()
        .filter(|c| !c.optional)
        .map(|c| c.min)
        .sum();
    if value.len() < min {
        return Err(refusal(
            entry,
            ErrorKind::ValueTooShort,
            pos,
            "scan.decode.value_too_short",
            format!(
                "AI ({ai}) {} is {} characters long; it needs at least {min}.",
                entry.title,
                value.len()
            ),
        )
        .arg("length", value.len())
        .arg("min", min));
    }
    Ok(())
}

/// How many of the `remaining` bytes component `c` takes: all of its fixed length, else as many
/// as it may hold.
fn component_len(c: &Component, remaining: usize) -> usize {
    if c.min == c.max {
        c.max
    } else {
        remaining.min(c.max)
    }
}

/// Checks one component's bytes, `part` at `at` in the raw input: its character set, then its
/// linters in the dictionary's order.
fn check_component(
    entry: &AiEntry,
    c: &Component,
    part: &[u8],
    at: usize,
    today: NaiveDate,
) -> Result<(), DecodeError> {
    let ai = entry.ai;
    if let Some(i) = part.iter().position(|b| !c.charset.contains(*b)) {
        let byte = describe_byte(part, i);
        let (key, hint) = if part[i] >= 0x80 {
            ("scan.decode.invalid_character.keyboard", "A keyboard-wedge scanner on a non-US keyboard layout can produce such characters: set the scanner to a universal keyboard mode or USB-COM.")
        } else {
            (
                "scan.decode.invalid_character",
                "Rescan the pack; if it persists, the code is misprinted.",
            )
        };
        return Err(refusal(
            entry,
            ErrorKind::InvalidCharacter,
            at + i,
            key,
            format!(
                "AI ({ai}) {} contains {byte}, which is not allowed there ({}). {hint}",
                entry.title,
                c.charset.describe(),
            ),
        )
        .byte(byte)
        .arg("charset", c.charset.name()));
    }
    for linter in c.linters {
        lint(*linter, part, today).map_err(|l| {
            let value = String::from_utf8_lossy(part).into_owned();
            let message = format!("AI ({ai}) {} '{value}': {}", entry.title, l.why);
            let e = refusal(entry, l.kind, at, l.key, message).arg("value", value);
            match l.expected {
                Some(d) => e.arg("expected", d.to_string()),
                None => e,
            }
        })?;
    }
    Ok(())
}

/// A linter's finding: the kind of error, the code of its sentence, and why, in English words
/// that follow the value (with the check digit expected, for a wrong one).
#[derive(Debug, PartialEq, Eq)]
struct Lint {
    kind: ErrorKind,
    key: &'static str,
    why: String,
    expected: Option<u8>,
}

/// A linter's finding, or none.
type LintResult = Result<(), Lint>;

/// A finding of `kind` saying `why` as `key`.
fn found(kind: ErrorKind, key: &'static str, why: &str) -> LintResult {
    Err(Lint {
        kind,
        key,
        why: why.to_string(),
        expected: None,
    })
}

/// An `InvalidValue` finding.
fn invalid(key: &'static str, why: &str) -> LintResult {
    found(ErrorKind::InvalidValue, key, why)
}

/// `Ok` when `ok`, else an `InvalidValue` finding saying `why` as `key`.
fn rule(ok: bool, key: &'static str, why: &str) -> LintResult {
    if ok {
        Ok(())
    } else {
        invalid(key, why)
    }
}

/// Runs one of the dictionary's linters on a component's bytes.
fn lint(linter: Linter, v: &[u8], today: NaiveDate) -> LintResult {
    match linter {
        Linter::Csum => check_digit(v),
        Linter::CsumAlpha => check_pair(v),
        Linter::Iban => iban(v),
        Linter::Yymmd0 | Linter::Yymmdd => yymmdd(v, today, linter == Linter::Yymmd0),
        Linter::Yyyymmdd | Linter::Yyyymmd0 => yyyymmdd(v, linter == Linter::Yyyymmd0),
        Linter::Hhmi => hhmi(v),
        Linter::Hh => hour(v),
        Linter::Mi | Linter::Ss => minute_or_second(v),
        Linter::Iso3166 | Linter::Iso3166Or999 => country(v, linter == Linter::Iso3166Or999),
        Linter::Iso3166Alpha2 => rule(
            v.len() == 2 && v.iter().all(u8::is_ascii_uppercase),
            "scan.decode.lint.country_alpha2",
            "this is not a two-letter country code.",
        ),
        Linter::Iso4217 => rule(
            number(v).is_some_and(|n| v.len() == 3 && n > 0),
            "scan.decode.lint.currency",
            "this is not an ISO 4217 currency code.",
        ),
        Linter::Iso5218 => rule(
            matches!(v, b"0" | b"1" | b"2" | b"9"),
            "scan.decode.lint.sex",
            "this is not an ISO 5218 sex code.",
        ),
        Linter::YesNo => rule(
            matches!(v, b"0" | b"1"),
            "scan.decode.lint.yes_no",
            "this must be 0 (no) or 1 (yes).",
        ),
        Linter::NonZero => rule(
            !v.iter().all(|b| *b == b'0'),
            "scan.decode.lint.non_zero",
            "this must not be zero.",
        ),
        Linter::Zero => rule(v == b"0", "scan.decode.lint.zero", "this must be 0."),
        Linter::Winding => rule(
            matches!(v, b"0" | b"1" | b"9"),
            "scan.decode.lint.winding",
            "the winding direction must be 0, 1 or 9.",
        ),
        Linter::PieceOfTotal => piece_of_total(v),
        Linter::PercentEncoded => percent_encoded(v),
        Linter::Hyphen => rule(
            v.iter().all(|b| *b == b'-'),
            "scan.decode.lint.hyphen",
            "this must be a hyphen.",
        ),
        Linter::Latitude => rule(
            number(v).is_some_and(|n| n <= 1_800_000_000),
            "scan.decode.lint.latitude",
            "this is not a valid latitude.",
        ),
        Linter::Longitude => rule(
            number(v).is_some_and(|n| n <= 3_600_000_000),
            "scan.decode.lint.longitude",
            "this is not a valid longitude.",
        ),
        Linter::HasNonDigit => rule(
            v.iter().any(|b| !b.is_ascii_digit()),
            "scan.decode.lint.non_digit",
            "this must contain at least one character that is not a digit.",
        ),
        Linter::NoZeroPrefix => rule(
            !(v.len() > 1 && v[0] == b'0'),
            "scan.decode.lint.zero_prefix",
            "this must not start with 0.",
        ),
        Linter::ImporterIndex => rule(
            v.len() == 1 && (v[0].is_ascii_alphanumeric() || v[0] == b'-' || v[0] == b'_'),
            "scan.decode.lint.importer_index",
            "this is not a valid importer index.",
        ),
        Linter::MediaType => rule(
            number(v).is_some_and(|n| (1..=10).contains(&n) || (80..=99).contains(&n)),
            "scan.decode.lint.media_type",
            "this is not a valid AIDC media type.",
        ),
        Linter::PositionInSequence => position_in_sequence(v),
        Linter::Unchecked => Ok(()),
    }
}

/// A GS1 mod-10 check digit in the last place, with the digit expected when it is wrong.
fn check_digit(v: &[u8]) -> LintResult {
    if gs1_check_digit_ok(v) {
        return Ok(());
    }
    let expected = gs1_check_digit(&v[..v.len().saturating_sub(1)]).unwrap_or(0);
    Err(Lint {
        kind: ErrorKind::CheckDigit,
        key: "scan.decode.lint.check_digit",
        why: format!(
            "the check digit is wrong (the last digit should be {expected}). The code is misprinted or misread; rescan it or type the number printed on the pack."
        ),
        expected: Some(expected),
    })
}

/// The GS1 check character pair of an alphanumeric key (a GMN).
fn check_pair(v: &[u8]) -> LintResult {
    if gs1_check_pair_ok(v) {
        Ok(())
    } else {
        found(
            ErrorKind::CheckDigit,
            "scan.decode.lint.check_pair",
            "the check character pair is wrong.",
        )
    }
}

/// An IBAN with a valid check.
fn iban(v: &[u8]) -> LintResult {
    if iban_ok(v) {
        Ok(())
    } else {
        found(
            ErrorKind::CheckDigit,
            "scan.decode.lint.iban",
            "this is not a valid IBAN.",
        )
    }
}

/// A real YYMMDD date; day 00 (the month's last day) only when `day_zero` allows it.
fn yymmdd(v: &[u8], today: NaiveDate, day_zero: bool) -> LintResult {
    match parse_yymmdd(v, today, day_zero) {
        Some(_) => Ok(()),
        None if !day_zero && v.ends_with(b"00") && v.len() == 6 => found(
            ErrorKind::InvalidDate,
            "scan.decode.lint.day_zero",
            "day 00 is not allowed in this date.",
        ),
        None => found(
            ErrorKind::InvalidDate,
            "scan.decode.lint.yymmdd",
            "this is not a real date (YYMMDD).",
        ),
    }
}

/// A real YYYYMMDD date; day 00 only when `day_zero` allows it.
fn yyyymmdd(v: &[u8], day_zero: bool) -> LintResult {
    match parse_yyyymmdd(v, day_zero) {
        Some(_) => Ok(()),
        None => found(
            ErrorKind::InvalidDate,
            "scan.decode.lint.yyyymmdd",
            "this is not a real date (YYYYMMDD).",
        ),
    }
}

/// A real HHMM time.
fn hhmi(v: &[u8]) -> LintResult {
    match parse_hhmi(v) {
        Some(_) => Ok(()),
        None => found(
            ErrorKind::InvalidDate,
            "scan.decode.lint.hhmi",
            "this is not a real time (HHMM).",
        ),
    }
}

/// An hour, 00 to 23.
fn hour(v: &[u8]) -> LintResult {
    match two_digits(v) {
        Some(h) if h < 24 => Ok(()),
        _ => found(
            ErrorKind::InvalidDate,
            "scan.decode.lint.hour",
            "this is not a real hour.",
        ),
    }
}

/// A minute or a second, 00 to 59.
fn minute_or_second(v: &[u8]) -> LintResult {
    match two_digits(v) {
        Some(m) if m < 60 => Ok(()),
        _ => found(
            ErrorKind::InvalidDate,
            "scan.decode.lint.minute",
            "this is not a real minute or second.",
        ),
    }
}

/// A three-digit ISO 3166 country code, or 999 when `or_999` allows it.
fn country(v: &[u8], or_999: bool) -> LintResult {
    match number(v) {
        Some(999) if or_999 => Ok(()),
        Some(n) if v.len() == 3 && ISO3166.binary_search(&(n as u16)).is_ok() => Ok(()),
        _ => invalid(
            "scan.decode.lint.country",
            "this is not an ISO 3166 country code.",
        ),
    }
}

/// A piece number and a total of equal length, the piece between 1 and the total.
fn piece_of_total(v: &[u8]) -> LintResult {
    let half = v.len() / 2;
    match (number(&v[..half]), number(&v[half..])) {
        (Some(p), Some(t)) if v.len().is_multiple_of(2) && p >= 1 && t >= 1 && p <= t => Ok(()),
        _ => invalid(
            "scan.decode.lint.piece_of_total",
            "the piece number must be between 1 and the total number of pieces.",
        ),
    }
}

/// Every '%' followed by two hexadecimal digits.
fn percent_encoded(v: &[u8]) -> LintResult {
    let mut i = 0;
    while i < v.len() {
        if v[i] == b'%' {
            if i + 2 >= v.len() || !v[i + 1].is_ascii_hexdigit() || !v[i + 2].is_ascii_hexdigit() {
                return invalid(
                    "scan.decode.lint.percent",
                    "a '%' must be followed by two hexadecimal digits.",
                );
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    Ok(())
}

/// A position and a total such as `1/2`, the position between 1 and the total.
fn position_in_sequence(v: &[u8]) -> LintResult {
    let ok = v
        .iter()
        .position(|b| *b == b'/')
        .and_then(|i| Some((number(&v[..i])?, number(&v[i + 1..])?)))
        .is_some_and(|(p, t)| p >= 1 && p <= t);
    rule(
        ok,
        "scan.decode.lint.position_in_sequence",
        "this must be a position and a total such as 1/2.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ai::lookup;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn check(ai: &str, value: &str) -> Result<(), ErrorKind> {
        validate(lookup(ai).unwrap(), value.as_bytes(), 0, today()).map_err(|e| e.kind)
    }

    #[test]
    fn lengths_and_character_sets() {
        assert_eq!(check("10", "LOT42"), Ok(()));
        assert_eq!(check("10", ""), Err(ErrorKind::EmptyValue));
        assert_eq!(
            check("21", "123456789012345678901"),
            Err(ErrorKind::ValueTooLong)
        );
        assert_eq!(check("7003", "281231235"), Err(ErrorKind::ValueTooShort));
        assert_eq!(check("21", "AB#12"), Err(ErrorKind::InvalidCharacter));
        assert_eq!(
            check("21", "SÖ1"),
            Err(ErrorKind::InvalidCharacter),
            "German keyboard layout"
        );
    }

    #[test]
    fn linters_from_the_dictionary() {
        assert_eq!(check("01", "09506000134355"), Err(ErrorKind::CheckDigit));
        assert_eq!(check("17", "270229"), Err(ErrorKind::InvalidDate));
        assert_eq!(
            check("7003", "2812002359"),
            Err(ErrorKind::InvalidDate),
            "7003 has no DD=00"
        );
        assert_eq!(
            check("7003", "2812312460"),
            Err(ErrorKind::InvalidDate),
            "hour 24"
        );
        assert_eq!(check("422", "276"), Ok(()), "Germany");
        assert_eq!(check("422", "999"), Err(ErrorKind::InvalidValue));
        assert_eq!(check("8006", "095060001343520102"), Ok(()));
        assert_eq!(
            check("8006", "095060001343520302"),
            Err(ErrorKind::InvalidValue),
            "piece 3 of 2"
        );
        assert_eq!(check("4321", "1"), Ok(()));
        assert_eq!(check("4321", "2"), Err(ErrorKind::InvalidValue));
    }

    #[test]
    fn a_variable_component_takes_what_remains_up_to_its_maximum() {
        let lot = &lookup("10").unwrap().components[0];
        assert_eq!(
            component_len(lot, 5),
            5,
            "a lot of five characters is five characters"
        );
        assert_eq!(
            component_len(lot, 30),
            20,
            "the rest beyond 20 is left for the too-long refusal"
        );
        let gtin = &lookup("01").unwrap().components[0];
        assert_eq!(
            component_len(gtin, 3),
            14,
            "a fixed component always takes its length, so a short one is refused"
        );
    }

    #[test]
    fn a_percent_must_start_an_escape() {
        assert_eq!(percent_encoded(b"a%2Fb"), Ok(()), "%2F is an escaped '/'");
        assert!(
            percent_encoded(b"100%").is_err() && percent_encoded(b"%G1").is_err(),
            "a bare or malformed '%' cannot be decoded back"
        );
    }

    #[test]
    fn pieces_and_positions_lie_between_one_and_the_total() {
        assert_eq!(piece_of_total(b"0102"), Ok(()), "piece 1 of 2");
        assert!(piece_of_total(b"0001").is_err(), "there is no piece 0");
        assert!(
            piece_of_total(b"123").is_err(),
            "piece and total have the same length"
        );
        assert_eq!(position_in_sequence(b"2/2"), Ok(()), "the last of two");
        assert!(
            position_in_sequence(b"3/2").is_err() && position_in_sequence(b"12").is_err(),
            "past the total, or without a '/', it is not a position"
        );
    }

    #[test]
    fn country_999_only_where_the_dictionary_allows_it() {
        assert!(
            country(b"999", true).is_ok(),
            "999 means 'several countries' where allowed"
        );
        assert!(
            country(b"999", false).is_err(),
            "999 is not a country code on its own"
        );
        assert!(
            country(b"76", false).is_err(),
            "a country code has three digits, 076 for Brazil"
        );
    }
}
