//! Numbers in page contents, written as lopdf writes a real: Rust's `{}` for an `f32` (the
//! fewest digits that read back as the same number, never an exponent). Going through the
//! formatter for each of the millions of coordinates in a long report took a noticeable part
//! of its time; nearly every one is found here with a few multiplications instead.

use std::io::Write as _;

/// Appends `v` exactly as `format!("{v}")` would.
pub(super) fn real(out: &mut Vec<u8>, v: f32) {
    if !shortest(out, v) {
        // Out of the range handled below, or a case it leaves alone: rare, and always right.
        let _ = write!(out, "{v}");
    }
}

/// Appends `n` as `real` would write it as a number (no decimals): symbols' module counts.
pub(super) fn whole(out: &mut Vec<u8>, n: u8) {
    decimal(out, u64::from(n), 0);
}

/// Appends `v` with the fewest decimals that read back as `v`, when that is certain to be what
/// the formatter writes; false (and nothing written) when it is not.
fn shortest(out: &mut Vec<u8>, v: f32) -> bool {
    let a = v.abs();
    if a == 0.0 {
        out.extend_from_slice(if v.is_sign_negative() { b"-0" } else { b"0" });
        return true;
    }
    // Below a million an f32 is finer than a unit, so the fewest digits are the fewest
    // decimals; below a thousandth the decimals would run past what is tried here.
    if !(0.001..1_000_000.0).contains(&a) {
        return false;
    }
    // Every decimal strictly between the midpoints to the neighbouring f32s reads back as `a`.
    // All of this is exact in f64: 24 bits of the number times at most 10^9.
    let x = f64::from(a);
    let bits = a.to_bits();
    let below = (f64::from(f32::from_bits(bits - 1)) + x) / 2.0;
    let above = (f64::from(f32::from_bits(bits + 1)) + x) / 2.0;
    let mut scale = 1.0_f64;
    for decimals in 0..=9 {
        let scaled = x * scale;
        let n = scaled.round();
        let (lo, hi) = (below * scale, above * scale);
        if n > lo && n < hi {
            if (scaled - n).abs() == 0.5 {
                // Two candidates equally close: the formatter's own rule decides.
                return false;
            }
            if v.is_sign_negative() {
                out.push(b'-');
            }
            decimal(out, n as u64, decimals);
            return true;
        }
        if n == lo || n == hi {
            // Exactly on a midpoint, where rounding to even decides: left to the formatter.
            return false;
        }
        scale *= 10.0;
    }
    false
}

/// Appends `n` / 10^`decimals` in decimal notation ("0.05" for 5 and 2).
fn decimal(out: &mut Vec<u8>, mut n: u64, decimals: usize) {
    let mut buf = [0_u8; 24];
    let mut i = buf.len();
    let mut digits = 0;
    loop {
        if digits == decimals && decimals > 0 {
            i -= 1;
            buf[i] = b'.';
        }
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        digits += 1;
        if n == 0 && digits > decimals {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(v: f32) -> String {
        let mut out = Vec::new();
        real(&mut out, v);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_are_written_as_lopdf_writes_them() {
        for v in [
            0.0,
            -0.0,
            1.0,
            40.0,
            0.38,
            0.955,
            595.28,
            801.89,
            7.5,
            -1234.567,
            0.001,
            999_999.9,
            1e-7,
            3.4e38,
            123_456_790.0,
            -0.000_5,
            1.0 / 3.0,
        ] {
            assert_eq!(
                written(v),
                format!("{v}"),
                "{v:?} must read as printpdf wrote it"
            );
        }
    }

    #[test]
    fn a_wide_sweep_of_numbers_matches_the_formatter() {
        // Every 4,099th bit pattern: positive and negative, tiny and huge, across every binade
        // (an exhaustive run over all 2^32 found no difference either).
        let mut bits: u32 = 0;
        while let Some(next) = bits.checked_add(4_099) {
            let v = f32::from_bits(bits);
            if v.is_finite() {
                assert_eq!(written(v), format!("{v}"), "{v:?} (bits {bits:#x})");
            }
            bits = next;
        }
    }

    #[test]
    fn module_counts_are_written_as_the_same_number_as_a_real() {
        for n in 0..=u8::MAX {
            let mut out = Vec::new();
            whole(&mut out, n);
            assert_eq!(String::from_utf8(out).unwrap(), format!("{}", f32::from(n)));
        }
    }

    #[test]
    fn coordinates_with_few_decimals_take_the_short_way() {
        for v in [595.28_f32, -12.5, 0.72, 40.0] {
            let mut out = Vec::new();
            assert!(
                shortest(&mut out, v),
                "{v} is written without the formatter"
            );
        }
    }
}
