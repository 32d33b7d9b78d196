//! The levels policy: how consumption is averaged (the one consumption window) and what a
//! rule defaults to.

use chrono::{Duration, NaiveDate};

/// How consumption is averaged and what a rule defaults to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelPolicy {
    /// Days of dispensing the average daily consumption is taken over: see
    /// [`LevelPolicy::consumption_window`] for exactly which days.
    pub window_days: i64,
    /// Lead time for a product and location without a rule's own.
    pub lead_time_days: i64,
}

impl Default for LevelPolicy {
    fn default() -> Self {
        LevelPolicy {
            window_days: 90,
            lead_time_days: 7,
        }
    }
}

impl LevelPolicy {
    /// The consumption window on `today`: **the `window_days` local days ending today**, today
    /// included — from `today - (window_days - 1)` through `today`. With a 90-day window on
    /// 22 November, a dispense on 25 August (89 days back) is in it and one on 24 August
    /// (90 days back) is out. Today counts, though it is not over, so that a dispense shows in
    /// positions, shortages and the product detail right away (nothing here waits for a
    /// nightly job). A window of less than one day is taken as one.
    ///
    /// Every figure built on consumption — positions, shortages, rule suggestions and the
    /// product detail's daily use — takes its days from here and divides by
    /// [`ConsumptionWindow::days`], so that they always agree.
    pub fn consumption_window(&self, today: NaiveDate) -> ConsumptionWindow {
        let days = self.window_days.max(1);
        ConsumptionWindow {
            first_day: today - Duration::days(days - 1),
            last_day: today,
            days,
        }
    }
}

/// The days whose consumption is averaged, both ends included: see
/// [`LevelPolicy::consumption_window`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConsumptionWindow {
    /// The first day counted.
    pub first_day: NaiveDate,
    /// The last day counted (today).
    pub last_day: NaiveDate,
    /// How many days that is: what the consumption is divided by for a daily average.
    pub days: i64,
}

impl ConsumptionWindow {
    /// Average daily consumption of `consumed` over the window.
    pub fn daily_rate(&self, consumed: i64) -> f64 {
        consumed as f64 / self.days as f64
    }

    /// The first and last day as the `consumption.day` column stores them, for `day BETWEEN`.
    pub(super) fn bounds(&self) -> (String, String) {
        (self.first_day.to_string(), self.last_day.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    #[test]
    fn a_window_of_n_days_ends_today_and_is_never_empty() {
        let policy = |window_days| LevelPolicy {
            window_days,
            ..LevelPolicy::default()
        };
        let w = policy(90).consumption_window(d("2026-11-22"));
        assert_eq!(
            (w.first_day, w.last_day, w.days),
            (d("2026-08-25"), d("2026-11-22"), 90),
            "25 August through 22 November is 90 days, both ends counted"
        );
        assert_eq!(
            (w.last_day - w.first_day).num_days() + 1,
            w.days,
            "the days divided by are the days counted"
        );
        let w = policy(0).consumption_window(d("2026-11-22"));
        assert_eq!(
            (w.first_day, w.last_day, w.days),
            (d("2026-11-22"), d("2026-11-22"), 1),
            "a window under one day is today alone, never a division by zero"
        );
        assert!(
            (w.daily_rate(3) - 3.0).abs() < 1e-9,
            "three used today is three a day"
        );
    }
}
