//! Event ids: UUID v7, in recording order, random unless a recording fixes them.

use std::hash::{BuildHasher, Hasher};

/// The random part of UUID v7 ids: a counter started at a random value and incremented per id
/// (RFC 9562 §6.2, method 2), so ids made in the same millisecond still sort in order and the
/// id index grows at its end instead of splitting pages at random.
pub(super) struct SplitMix(u64);

thread_local! {
    /// A fixed start for event ids on this thread (see [`fix_event_ids`]), and how many
    /// appenders have drawn from it.
    static FIXED_IDS: std::cell::Cell<Option<(u64, u64)>> = const { std::cell::Cell::new(None) };
}

/// Makes the event ids this thread records follow from `seed` (or, with `None`, random again):
/// for recordings and tests that must come out the same each run (with a fixed clock, the same
/// requests then give the same ids and hashes). Nothing in Custody's own use sets it.
pub fn fix_event_ids(seed: Option<u64>) {
    FIXED_IDS.with(|f| f.set(seed.map(|s| (s, 0))));
}

impl SplitMix {
    pub(super) fn seeded() -> SplitMix {
        if let Some((seed, drawn)) = FIXED_IDS.with(|f| f.get()) {
            FIXED_IDS.with(|f| f.set(Some((seed, drawn + 1))));
            let mut fixed = SplitMix(seed ^ drawn.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            fixed.next();
            return fixed;
        }
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0),
        );
        SplitMix(h.finish())
    }

    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}
