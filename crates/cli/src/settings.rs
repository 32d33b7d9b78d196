//! `custody settings show` and `custody settings set`: the site's settings through the api's
//! `site_settings` and `set_site_settings`, the same ones the app's settings screen changes.

use anyhow::{Context as _, Result};
use custody_api::settings::{set_site_settings, site_settings, SiteSettings};
use custody_api::Cx;

use crate::args::{SettingsCommand, SettingsSet};
use crate::output;
use crate::speech::{t, yes_no};

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
    if change.no_currency {
        s.currency = None;
    } else if let Some(code) = change.currency {
        s.currency = Some(code);
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
    let substitutes = if s.scanner.gs_substitutes.is_empty() {
        t!("settings-no-substitutes")
    } else {
        s.scanner
            .gs_substitutes
            .iter()
            .map(|x| format!("'{x}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let windows: Vec<String> = s.alert_windows.iter().map(i64::to_string).collect();
    let lines = [
        t!("settings-scanners"),
        format!("  {}  {substitutes}", t!("settings-substitutes")),
        format!(
            "  {}  {}",
            t!("settings-leading-gs"),
            yes_no(s.scanner.ignore_leading_gs)
        ),
        format!(
            "  {}  {}",
            t!("settings-plain-symbol"),
            yes_no(s.scanner.accept_gs1_in_plain_symbol)
        ),
        t!("settings-receipts"),
        format!(
            "  {}  {}",
            t!("settings-short-dated"),
            t!("settings-days", days = s.short_dated_days)
        ),
        format!(
            "  {}  {} %",
            t!("settings-price-tolerance"),
            s.price_tolerance_percent
        ),
        format!(
            "  {}  {}",
            t!("settings-currency"),
            s.currency
                .clone()
                .unwrap_or_else(|| t!("settings-no-currency"))
        ),
        format!(
            "{}  {}",
            t!("settings-alert-windows"),
            t!("settings-days", days = windows.join(", "))
        ),
    ];
    lines.map(|l| l + "\n").concat()
}
