//! The demo data's pseudo-random numbers: SplitMix64 from a fixed seed, so the same seed always
//! gives the same hospital, byte for byte (and the benchmarks the same samples).

/// Deterministic pseudo-random numbers (SplitMix64): the demo data's, and the benchmarks' choice
/// of samples, so two runs on the same database time the same packs.
#[derive(Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }

    /// A number in `lo..=hi` (`lo` when the range is empty).
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1).max(1) as u64) as i64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// One of `items`, which must not be empty.
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_numbers() {
        let (mut a, mut b) = (Rng::new(0xC057_0D1E), Rng::new(0xC057_0D1E));
        let first: Vec<u64> = (0..5).map(|_| a.below(1000)).collect();
        let again: Vec<u64> = (0..5).map(|_| b.below(1000)).collect();
        assert_eq!(first, again, "the demo data is the same for the same seed");
    }

    #[test]
    fn ranges_stay_inside_their_bounds() {
        let mut r = Rng::new(1);
        for _ in 0..1000 {
            let n = r.range(6, 60);
            assert!(
                (6..=60).contains(&n),
                "a delivery's size is 6 to 60 packs: {n}"
            );
        }
        assert_eq!(
            r.range(5, 4),
            5,
            "an empty range gives its start, not a panic"
        );
        assert_eq!(r.below(0), 0, "below(0) is 0, not a division by zero");
    }
}
