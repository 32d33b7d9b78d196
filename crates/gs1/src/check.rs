//! Check digits and check characters: GS1 mod-10, GS1 alphanumeric pairs, PZN, PPN and IBAN.

/// The GS1 mod-10 check digit for `digits` (the data digits, without the check digit).
/// Returns `None` if anything is not a digit.
pub fn gs1_check_digit(digits: &[u8]) -> Option<u8> {
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        if !d.is_ascii_digit() {
            return None;
        }
        let w = if i % 2 == 0 { 3 } else { 1 };
        sum += u32::from(d - b'0') * w;
    }
    Some(((10 - sum % 10) % 10) as u8)
}

/// Whether the last digit of `number` is its correct GS1 mod-10 check digit.
pub fn gs1_check_digit_ok(number: &[u8]) -> bool {
    match number.split_last() {
        Some((last, data)) if last.is_ascii_digit() => gs1_check_digit(data) == Some(last - b'0'),
        _ => false,
    }
}

const CSET82_ORDER: &[u8] =
    b"!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
const CSET32: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const PRIMES: [u32; 97] = [
    2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97,
    101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193,
    197, 199, 211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283, 293, 307,
    311, 313, 317, 331, 337, 347, 349, 353, 359, 367, 373, 379, 383, 389, 397, 401, 409, 419, 421,
    431, 433, 439, 443, 449, 457, 461, 463, 467, 479, 487, 491, 499, 503, 509,
];

/// Whether `value` ends in a correct GS1 alphanumeric check character pair (used by GMN, 8013).
pub fn gs1_check_pair_ok(value: &[u8]) -> bool {
    if value.len() < 2 || value.len() - 2 > PRIMES.len() {
        return false;
    }
    let (data, pair) = value.split_at(value.len() - 2);
    let mut sum = 0u32;
    for (i, c) in data.iter().enumerate() {
        let Some(v) = CSET82_ORDER.iter().position(|x| x == c) else {
            return false;
        };
        sum += v as u32 * PRIMES[data.len() - 1 - i];
    }
    sum %= 1021;
    pair[0] == CSET32[(sum >> 5) as usize] && pair[1] == CSET32[(sum & 31) as usize]
}

/// Whether an 8-digit PZN (German pharmaceutical number) has a correct check digit:
/// the sum of digit × position (1..7), mod 11, with 10 never valid.
pub fn pzn_ok(pzn: &str) -> bool {
    let b = pzn.as_bytes();
    if b.len() != 8 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = b[..7]
        .iter()
        .enumerate()
        .map(|(i, d)| u32::from(d - b'0') * (i as u32 + 1))
        .sum();
    let check = sum % 11;
    check != 10 && check == u32::from(b[7] - b'0')
}

/// The two check digits of an IFA PPN over `data` (everything before them): the sum of each
/// character's ASCII value times its weight (2, 3, 4, …), mod 97.
pub fn ppn_check_digits(data: &[u8]) -> u32 {
    data.iter()
        .enumerate()
        .map(|(i, c)| u32::from(*c) * (i as u32 + 2))
        .sum::<u32>()
        % 97
}

/// Whether an IBAN's mod-97 check passes.
pub fn iban_ok(iban: &[u8]) -> bool {
    if iban.len() < 5
        || !iban
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    {
        return false;
    }
    let (head, tail) = iban.split_at(4);
    let mut rem = 0u32;
    for &c in tail.iter().chain(head) {
        let v = if c.is_ascii_digit() {
            u32::from(c - b'0')
        } else {
            u32::from(c - b'A') + 10
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gs1_check_digit_matches_the_worked_example() {
        assert_eq!(
            gs1_check_digit(b"0950600013435"),
            Some(2),
            "GS1 notes §7 example"
        );
        assert!(gs1_check_digit_ok(b"09506000134352"));
        assert!(!gs1_check_digit_ok(b"09506000134355"));
        assert!(
            gs1_check_digit_ok(b"006141410000004171"),
            "SSCC from the EPCIS example"
        );
    }

    #[test]
    fn alphanumeric_pairs_follow_the_engine_examples() {
        assert!(gs1_check_pair_ok(b"1987654Ad4X4bL5ttr2310c2K"));
        assert!(!gs1_check_pair_ok(b"1987654Ad4X4bL5ttr2310cXK"));
        assert!(gs1_check_pair_ok(b"22"));
    }

    #[test]
    fn pzn_and_ppn_follow_the_ifa_example() {
        assert!(pzn_ok("03752864"), "PZN from the IFA specification");
        assert!(!pzn_ok("03752865"));
        assert_eq!(ppn_check_digits(b"1103752864"), 14, "PPN 110375286414");
    }

    #[test]
    fn iban_mod97() {
        assert!(iban_ok(b"GB82WEST12345698765432"));
        assert!(!iban_ok(b"GB82WEST12345698765433"));
    }
}
