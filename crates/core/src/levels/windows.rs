//! The site's expiry alert windows: a setting, read, checked and written.

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

impl Store {
    /// The site's expiry alert windows in days, smallest first (default 30, 60 and 90): the
    /// smallest is "expiring soon" on the Home screen and in the daily alert; the expiry list
    /// and report mark each line with the smallest window it falls in.
    pub fn alert_windows(&self) -> CoreResult<Vec<i64>> {
        Ok(self
            .setting(ALERT_WINDOWS)?
            .and_then(|v| parse_alert_windows(&v).ok())
            .unwrap_or_else(|| DEFAULT_ALERT_WINDOWS.to_vec()))
    }

    /// Sets the expiry alert windows (managers and administrators): one to five numbers of
    /// days from 1 to 3650, in any order; stored smallest first without repeats.
    pub fn set_alert_windows(
        &self,
        actor: &User,
        windows: &[i64],
        now: Timestamp,
    ) -> CoreResult<Vec<i64>> {
        require(actor, Operation::ManageMasterData)?;
        let windows = check_alert_windows(windows.to_vec())?;
        let stored = windows
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",");
        self.set_setting(actor, ALERT_WINDOWS, &stored, now)?;
        Ok(windows)
    }

    /// The site's alert windows narrower than `within` days, then `within` itself: the windows of
    /// an expiry list that looks `within` days ahead, so each line says the smallest it is in.
    pub fn alert_windows_within(&self, within: i64) -> CoreResult<Vec<i64>> {
        let mut windows = self.alert_windows()?;
        windows.retain(|w| *w < within);
        windows.push(within);
        Ok(windows)
    }
}

/// The setting holding the expiry alert windows.
const ALERT_WINDOWS: &str = "alerts.expiry_windows";

/// The expiry alert windows of a new site, in days.
pub const DEFAULT_ALERT_WINDOWS: [i64; 3] = [30, 60, 90];

/// Reads alert windows written as days separated by commas ("30, 60,90"), smallest first.
pub fn parse_alert_windows(text: &str) -> CoreResult<Vec<i64>> {
    let windows = text
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|part| {
            part.parse().map_err(|_| {
                CoreError::refused("levels.window_not_a_number")
                    .field("windows")
                    .arg("value", crate::error::shown(part))
            })
        })
        .collect::<CoreResult<Vec<i64>>>()?;
    check_alert_windows(windows)
}

/// The longest expiry window, in days (ten years).
pub const MAX_WINDOW_DAYS: i64 = 3650;

/// The most alert windows a site may have.
pub const MAX_ALERT_WINDOWS: usize = 5;

/// Alert windows checked (one to five, each 1 to 3650 days) and put smallest first, without
/// repeats.
fn check_alert_windows(mut windows: Vec<i64>) -> CoreResult<Vec<i64>> {
    if let Some(days) = windows.iter().find(|d| !(1..=MAX_WINDOW_DAYS).contains(*d)) {
        return Err(CoreError::refused("levels.window_out_of_range")
            .field("windows")
            .arg("days", *days)
            .arg("max", MAX_WINDOW_DAYS));
    }
    windows.sort_unstable();
    windows.dedup();
    match windows.len() {
        0 => Err(CoreError::refused("levels.no_windows").field("windows")),
        n if n > MAX_ALERT_WINDOWS => Err(CoreError::refused("levels.too_many_windows")
            .field("windows")
            .arg("windows", n)
            .arg("max", MAX_ALERT_WINDOWS)),
        _ => Ok(windows),
    }
}
