//! Event ids: UUID v7, in recording order, random unless a recording fixes them.

use std::hash::{BuildHasher, Hasher};

use crate::model::Timestamp;

/// The random part of UUID v7 ids: a counter started at a random value and incremented per id
/// (RFC 9562 §6.2, method 2), so ids made in the same millisecond still sort in order and the
/// id index grows at its end instead of splitting pages at random.
struct SplitMix(u64);

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
    fn seeded() -> SplitMix {
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

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// The ids one appender gives its events: 80 bits after the millisecond timestamp, a 16-bit
/// random prefix and a 64-bit counter, so two appenders in the same millisecond do not collide
/// and one appender's ids sort in the order it recorded them.
pub(super) struct EventIds {
    prefix: u16,
    counter: u64,
}

impl EventIds {
    /// Ids from a random start (or this thread's fixed one, see [`fix_event_ids`]).
    pub(super) fn start() -> EventIds {
        let mut rng = SplitMix::seeded();
        EventIds {
            prefix: rng.next() as u16,
            // The top bit stays clear so the counter cannot wrap within a run.
            counter: rng.next() >> 1,
        }
    }

    /// The next id, a UUID v7 at `recorded_at`.
    pub(super) fn next(&mut self, recorded_at: Timestamp) -> String {
        self.counter = self.counter.wrapping_add(1);
        let mut random = [0u8; 10];
        random[..2].copy_from_slice(&self.prefix.to_be_bytes());
        random[2..].copy_from_slice(&self.counter.to_be_bytes());
        let millis = recorded_at.unix_millis().max(0) as u64;
        uuid::Builder::from_unix_timestamp_millis(millis, &random)
            .into_uuid()
            .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    #[test]
    fn ids_of_one_millisecond_sort_in_recording_order() {
        let mut ids = EventIds::start();
        let now = at("2026-12-01T10:00:00Z");
        let made: Vec<String> = (0..100).map(|_| ids.next(now)).collect();
        let mut sorted = made.clone();
        sorted.sort();
        assert_eq!(
            made, sorted,
            "the id index must grow at its end, so ids made in one millisecond sort in order"
        );
        assert!(
            made.iter().all(|id| id.starts_with("01a2310c-0100-7")),
            "a UUID v7 starts with its millisecond timestamp, then its version: {}",
            made[0]
        );
    }

    #[test]
    fn a_fixed_seed_gives_the_same_ids_each_run_and_a_cleared_one_does_not() {
        let now = at("2026-12-01T10:00:00Z");
        let run = || {
            fix_event_ids(Some(7));
            let first = EventIds::start().next(now);
            let second = EventIds::start().next(now);
            (first, second)
        };
        let (a1, a2) = run();
        let (b1, b2) = run();
        assert_eq!(
            (&a1, &a2),
            (&b1, &b2),
            "recordings replay only if the same seed gives the same ids"
        );
        assert_ne!(
            a1, a2,
            "each appender draws its own start from the seed, or two would collide"
        );
        fix_event_ids(None);
        assert_ne!(
            EventIds::start().next(now),
            a1,
            "with the seed cleared, ids are random again"
        );
    }
}
