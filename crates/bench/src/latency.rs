//! Latency figures: many timed samples of one operation, read as percentiles in microseconds.

use std::time::Instant;

use serde::Serialize;

use crate::error::BenchResult;

/// Latency percentiles, in microseconds.
#[derive(Debug, Clone, Serialize)]
pub struct Latency {
    /// Samples.
    pub samples: usize,
    /// Median.
    pub p50_us: f64,
    /// 99th percentile.
    pub p99_us: f64,
    /// Slowest.
    pub max_us: f64,
}

impl Latency {
    /// The percentiles of `micros`, one sample each (the nearest rank, rounded; all zero when
    /// there are no samples).
    pub fn from_micros(mut micros: Vec<f64>) -> Latency {
        micros.sort_by(f64::total_cmp);
        let at = |q: f64| {
            micros
                .get(((micros.len() as f64 - 1.0) * q).round() as usize)
                .copied()
                .unwrap_or(0.0)
        };
        Latency {
            samples: micros.len(),
            p50_us: at(0.5),
            p99_us: at(0.99),
            max_us: micros.last().copied().unwrap_or(0.0),
        }
    }
}

/// Microseconds since `started`, as a sample.
pub(crate) fn micros_since(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1e6
}

/// Runs `f` on each of `sides` `repeat` times, the sides taking turns sample by sample: one
/// latency for each side, and its last run's answer. The first of a round alternates (a, b;
/// b, a; a, b; ..., continuing from the last benchmark's rounds: [`next_round`]), so neither side always runs just after the other. For two databases
/// compared (`custody bench --compare`): this machine has spells of a few seconds in which the
/// same query on the same file takes up to twice as long, and two sides measured one after
/// the other minutes apart could each fall in a different one; sides taking turns fall in the
/// same spells alike. With one side, it times `f` `repeat` times in a row.
pub(crate) fn in_turns<S, T, E>(
    repeat: usize,
    sides: &mut [S],
    mut f: impl FnMut(&mut S) -> Result<T, E>,
) -> Result<Vec<(Latency, Option<T>)>, E> {
    let mut micros: Vec<Vec<f64>> = sides.iter().map(|_| Vec::with_capacity(repeat)).collect();
    let mut last: Vec<Option<T>> = sides.iter().map(|_| None).collect();
    for _ in 0..repeat {
        for i in turn_order(next_round(), sides.len()) {
            let started = Instant::now();
            last[i] = Some(f(&mut sides[i])?);
            micros[i].push(micros_since(started));
        }
    }
    Ok(micros
        .into_iter()
        .map(Latency::from_micros)
        .zip(last)
        .collect())
}

/// A benchmark whose samples can be taken one at a time, so that the benchmarks of two
/// databases can take turns ([`take_turns`]). It keeps its own samples.
pub(crate) trait Turns {
    /// What its samples come to.
    type Figure;
    /// Takes the next sample; false, having taken none, when there is none left to take.
    fn turn(&mut self) -> BenchResult<bool>;
    /// What its samples come to, once they are all taken.
    fn figure(self) -> BenchResult<Self::Figure>;
}

/// A benchmark that may not run on a side (receipts through the api when `admin` cannot sign
/// in there) takes no turns, and comes to no figure.
impl<T: Turns> Turns for Option<T> {
    type Figure = Option<T::Figure>;
    fn turn(&mut self) -> BenchResult<bool> {
        self.as_mut().map_or(Ok(false), Turns::turn)
    }
    fn figure(self) -> BenchResult<Self::Figure> {
        self.map(Turns::figure).transpose()
    }
}

/// Each side's figure, its samples taken in turns ([`take_turns`]).
pub(crate) fn figures_in_turns<S: Turns>(mut sides: Vec<S>) -> BenchResult<Vec<S::Figure>> {
    take_turns(&mut sides)?;
    sides.into_iter().map(Turns::figure).collect()
}

/// Takes `sides`' samples in turns, one each per round ([`turn_order`]), until none has any
/// left; a side with none left sits out the rounds that remain. As [`in_turns`], for
/// benchmarks whose samples differ one from the next (each scan a new pack).
pub(crate) fn take_turns<S: Turns>(sides: &mut [S]) -> BenchResult<()> {
    let mut left = vec![true; sides.len()];
    while left.iter().any(|l| *l) {
        for i in turn_order(next_round(), sides.len()) {
            if left[i] {
                left[i] = sides[i].turn()?;
            }
        }
    }
    Ok(())
}

thread_local! {
    /// The rounds of turns taken on this thread so far, over every benchmark: each benchmark's
    /// first round begins with the side the last one's did not, so that no side always takes
    /// the first sample after a change of benchmark.
    static ROUNDS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The number of the next round of turns on this thread.
pub(crate) fn next_round() -> usize {
    ROUNDS.with(|r| {
        let round = r.get();
        r.set(round.wrapping_add(1));
        round
    })
}

/// The order in which `sides` sides take their turns in round `round`: first to last in even
/// rounds, last to first in odd ones.
fn turn_order(round: usize, sides: usize) -> impl Iterator<Item = usize> {
    (0..sides).map(move |turn| {
        if round.is_multiple_of(2) {
            turn
        } else {
            sides - 1 - turn
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A side of `n` samples, each written down in `order` as (side, sample).
    struct Counted<'a> {
        name: char,
        taken: usize,
        n: usize,
        order: &'a std::cell::RefCell<Vec<(char, usize)>>,
    }

    impl Turns for Counted<'_> {
        type Figure = usize;
        fn figure(self) -> BenchResult<usize> {
            Ok(self.taken)
        }
        fn turn(&mut self) -> BenchResult<bool> {
            if self.taken == self.n {
                return Ok(false);
            }
            self.order.borrow_mut().push((self.name, self.taken));
            self.taken += 1;
            Ok(true)
        }
    }

    #[test]
    fn a_side_with_samples_left_takes_its_turns_after_the_other_has_none() {
        let order = std::cell::RefCell::new(Vec::new());
        let side = |name, n| Counted {
            name,
            taken: 0,
            n,
            order: &order,
        };
        take_turns(&mut [side('a', 2), side('b', 3)]).unwrap();
        assert_eq!(
            order.into_inner(),
            [('a', 0), ('b', 0), ('b', 1), ('a', 1), ('b', 2)],
            "every sample of both, in turns, the first of a round alternating"
        );
    }

    #[test]
    fn sides_take_turns_each_round_beginning_with_the_other() {
        let mut order = Vec::new();
        let mut sides = ['a', 'b'];
        let figures = in_turns(3, &mut sides, |s| {
            order.push(*s);
            Ok::<_, ()>(*s)
        })
        .unwrap();
        assert_eq!(
            order,
            ['a', 'b', 'b', 'a', 'a', 'b'],
            "sample by sample, the first of a round alternating"
        );
        assert_eq!(
            figures
                .iter()
                .map(|(l, last)| (l.samples, *last))
                .collect::<Vec<_>>(),
            [(3, Some('a')), (3, Some('b'))],
            "each side's samples are its own, with its own last answer"
        );
        let mut next = Vec::new();
        in_turns(1, &mut sides, |s| {
            next.push(*s);
            Ok::<_, ()>(())
        })
        .unwrap();
        assert_eq!(
            next,
            ['b', 'a'],
            "the next benchmark's first round begins with the side the last round did not"
        );
    }

    #[test]
    fn percentiles_are_nearest_ranks_of_the_sorted_samples() {
        let l = Latency::from_micros((1..=100).rev().map(f64::from).collect());
        assert_eq!(l.samples, 100, "every sample is counted");
        assert_eq!(
            l.p50_us, 51.0,
            "the median of 1..=100 by nearest rank (index 49.5 rounds up)"
        );
        assert_eq!(
            l.p99_us, 99.0,
            "the 99th percentile is the 99th of 100 sorted samples"
        );
        assert_eq!(
            l.max_us, 100.0,
            "the slowest sample, whatever the input order"
        );
    }

    #[test]
    fn no_samples_read_as_zeros_not_a_panic() {
        let l = Latency::from_micros(Vec::new());
        assert_eq!(
            (l.samples, l.p50_us, l.max_us),
            (0, 0.0, 0.0),
            "a benchmark with nothing to time (e.g. no pack to dispense) still reports"
        );
    }
}
