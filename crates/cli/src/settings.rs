//! `custody settings show` and `custody settings set`: the site's settings through the api's
//! `site_settings` and `set_site_settings`, the same ones the app's settings screen changes.

use anyhow::{Context as _, Result};
use custody_api::settings::{set_site_settings, site_settings, SiteSettings};
use custody_api::Cx;

use crate::args::{SettingsCommand, SettingsSet};
use crate::output;

/// `custody settings show|set`: both print the settings as they stand after the command.
pub fn run(cx: &mut Cx<'_>, c: SettingsCommand, as_json: bool) -> Result<i32> {
    let settings = match c {
        SettingsCommand::Show => site_settings(cx, ())?,
        SettingsCommand::Set(change) => {
            let new = changed(site_settings(cx, ())?, change)?;
            set_site_settings(cx, new)?
        }
    };
    if as_json {
        output::json(&settings);
    } else {
        print!("{}", describe(&settings));
    }
    Ok(0)
}

/// The site's settings with what `custody settings set` was given in place of what it says.
fn changed(mut s: SiteSettings, change: SettingsSet) -> Result<SiteSettings> {
    if change.no_gs_substitutes {
        s.scanner.gs_substitutes.clear();
    } else if !change.gs_substitutes.is_empty() {
        s.scanner.gs_substitutes = change.gs_substitutes;
    }
    if let Some(b) = change.ignore_leading_gs {
        s.scanner.ignore_leading_gs = b;
    }
    if let Some(b) = change.plain_symbol_gs1 {
        s.scanner.accept_gs1_in_plain_symbol = b;
    }
    if let Some(days) = change.short_dated_days {
        s.short_dated_days = days;
    }
    if let Some(percent) = change.price_tolerance {
        s.price_tolerance_percent = percent;
    }
    if let Some(text) = change.alert_windows {
        s.alert_windows = custody_core::levels::parse_alert_windows(&text)
            .map_err(anyhow::Error::msg)
            .context("--alert-windows")?;
    }
    Ok(s)
}

/// The settings as a person reads them.
fn describe(s: &SiteSettings) -> String {
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let substitutes = if s.scanner.gs_substitutes.is_empty() {
        "none (the scanners send the group separator itself)".to_string()
    } else {
        s.scanner
            .gs_substitutes
            .iter()
            .map(|x| format!("'{x}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let windows: Vec<String> = s.alert_windows.iter().map(i64::to_string).collect();
    format!(
        "Scanners\n  sent instead of the group separator:  {substitutes}\n  a group separator after the symbology identifier is dropped:  {}\n  GS1 data in a plain Data Matrix is read:  {}\nReceipts\n  short-dated when expiring within:  {} days\n  price warning above the contract price by more than:  {} %\nExpiry alert windows:  {} days\n",
        yes_no(s.scanner.ignore_leading_gs),
        yes_no(s.scanner.accept_gs1_in_plain_symbol),
        s.short_dated_days,
        s.price_tolerance_percent,
        windows.join(", "),
    )
}
