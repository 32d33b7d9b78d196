//! Latency figures: many timed samples of one operation, read as percentiles in microseconds.

use std::time::Instant;

use serde::Serialize;

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

/// Runs `f` `repeat` times, timing each run; gives the latency and the last run's answer.
pub(crate) fn repeated<T, E>(
    repeat: usize,
    mut f: impl FnMut() -> Result<T, E>,
) -> Result<(Latency, Option<T>), E> {
    let mut micros = Vec::with_capacity(repeat);
    let mut last = None;
    for _ in 0..repeat {
        let started = Instant::now();
        last = Some(f()?);
        micros.push(micros_since(started));
    }
    Ok((Latency::from_micros(micros), last))
}

#[cfg(test)]
mod tests {
    use super::*;

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
