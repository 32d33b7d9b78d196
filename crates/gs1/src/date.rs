//! GS1 dates: `YYMMDD` with the century rule relative to an injected "today", and `DD=00`.

use chrono::{Datelike, NaiveDate};

/// Resolves a two-digit year with GS1 General Specifications §7.12: relative to the current
/// year, 51..99 years ahead means the previous century, 50..99 years behind means the next.
pub fn resolve_century(yy: i32, today: NaiveDate) -> i32 {
    let current = today.year();
    let century = current - current.rem_euclid(100);
    let diff = yy - current.rem_euclid(100);
    if (51..=99).contains(&diff) {
        century - 100 + yy
    } else if (-99..=-50).contains(&diff) {
        century + 100 + yy
    } else {
        century + yy
    }
}

/// The last day of a month.
pub fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

fn two(b: &[u8]) -> Option<u32> {
    match b {
        [a, c] if a.is_ascii_digit() && c.is_ascii_digit() => {
            Some(u32::from(a - b'0') * 10 + u32::from(c - b'0'))
        }
        _ => None,
    }
}

/// Parses `YYMMDD`. With `day_zero_allowed`, `DD=00` means the last day of the month.
/// Returns `None` for an impossible date.
pub fn parse_yymmdd(v: &[u8], today: NaiveDate, day_zero_allowed: bool) -> Option<NaiveDate> {
    if v.len() != 6 {
        return None;
    }
    let year = resolve_century(two(&v[0..2])? as i32, today);
    date(year, &v[2..6], day_zero_allowed)
}

/// Parses `YYYYMMDD`. With `day_zero_allowed`, `DD=00` means the last day of the month.
pub fn parse_yyyymmdd(v: &[u8], day_zero_allowed: bool) -> Option<NaiveDate> {
    if v.len() != 8 {
        return None;
    }
    let year = (two(&v[0..2])? * 100 + two(&v[2..4])?) as i32;
    date(year, &v[4..8], day_zero_allowed)
}

/// The date from a year and `MMDD`, where `DD=00` is the month's last day if allowed.
fn date(year: i32, mmdd: &[u8], day_zero_allowed: bool) -> Option<NaiveDate> {
    let month = two(&mmdd[0..2])?;
    let day = two(&mmdd[2..4])?;
    if !(1..=12).contains(&month) {
        return None;
    }
    match day {
        0 if day_zero_allowed => last_day_of_month(year, month),
        0 => None,
        _ => NaiveDate::from_ymd_opt(year, month, day),
    }
}

/// Parses `HHMI` (24-hour clock).
pub fn parse_hhmi(v: &[u8]) -> Option<(u32, u32)> {
    if v.len() != 4 {
        return None;
    }
    let (h, m) = (two(&v[0..2])?, two(&v[2..4])?);
    (h < 24 && m < 60).then_some((h, m))
}

pub(crate) fn two_digits(v: &[u8]) -> Option<u32> {
    two(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn century_rule_is_relative_to_today() {
        let today = d(2026, 11, 22);
        for (yy, year) in [
            (49, 2049),
            (51, 2051),
            (76, 2076),
            (77, 1977),
            (99, 1999),
            (0, 2000),
            (26, 2026),
        ] {
            assert_eq!(resolve_century(yy, today), year, "YY={yy} in 2026");
        }
        assert_eq!(
            resolve_century(10, d(2095, 1, 1)),
            2110,
            "near a century end the window moves on"
        );
    }

    #[test]
    fn day_zero_is_the_last_day_of_the_month() {
        let today = d(2026, 11, 22);
        assert_eq!(parse_yymmdd(b"280200", today, true), Some(d(2028, 2, 29)));
        assert_eq!(parse_yymmdd(b"270200", today, true), Some(d(2027, 2, 28)));
        assert_eq!(parse_yymmdd(b"271200", today, true), Some(d(2027, 12, 31)));
        assert_eq!(
            parse_yymmdd(b"271200", today, false),
            None,
            "yymmdd does not allow DD=00"
        );
    }

    #[test]
    fn impossible_dates_are_rejected() {
        let today = d(2026, 11, 22);
        for v in ["270229", "271301", "270132", "270431", "270001"] {
            assert_eq!(
                parse_yymmdd(v.as_bytes(), today, true),
                None,
                "{v} is not a date"
            );
        }
        assert_eq!(parse_yymmdd(b"280229", today, true), Some(d(2028, 2, 29)));
    }
}
