//! The site's settings that shape what operations do: how the scanners send data, the expiry
//! alert windows, the short-dated window and the price tolerance of receipts. They are site
//! settings, not options of one front end: the app and the command line read the same ones.

use custody_core::Store;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::{args, ApiError, Result};
use crate::Cx;

/// How this site's scanners send data.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ScannerSettings {
    /// Strings the scanners send instead of the group separator (e.g. `~`), for scanners that
    /// cannot send byte 29 through a keyboard wedge.
    pub gs_substitutes: Vec<String>,
    /// Accept (and drop) a group separator right after the symbology identifier.
    pub ignore_leading_gs: bool,
    /// Read GS1 data found in a plain (non-GS1) symbol, as some printers encode packs.
    pub accept_gs1_in_plain_symbol: bool,
}

/// The settings of the site, as every operation sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SiteSettings {
    /// How the scanners send data.
    pub scanner: ScannerSettings,
    /// Expiry alert windows in days, smallest first.
    pub alert_windows: Vec<i64>,
    /// A receipt whose expiry is within this many days is short-dated (a warning).
    pub short_dated_days: i64,
    /// How far in percent a receipt's unit cost may exceed the contract price before it warns.
    pub price_tolerance_percent: i64,
    /// The ISO 4217 code (`EUR`) of the currency the site's prices are in; none until chosen,
    /// and amounts are then shown as plain numbers. Left out of a request, it is none; left out
    /// of an answer while none is chosen, so a site without one reads as it always has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub currency: Option<String>,
}

use custody_core::currency::Currency;
use custody_core::site_setting::{
    CURRENCY, GS_SUBSTITUTES, IGNORE_LEADING_GS, PLAIN_SYMBOL, PRICE_TOLERANCE, SHORT_DATED_DAYS,
};

/// The longest a short-dated window may be, in days (ten years).
const MAX_SHORT_DATED_DAYS: i64 = 3650;
/// The largest price tolerance, in percent.
const MAX_PRICE_TOLERANCE: i64 = 1000;

impl SiteSettings {
    /// The settings stored for the site, with the defaults of a new site where none is stored.
    pub fn read(store: &Store) -> Result<SiteSettings> {
        let defaults = custody_core::movement::ScanPolicy::default();
        let flag = |key| -> Result<bool> { Ok(store.setting(key)?.as_deref() == Some("true")) };
        let number = |key, default: i64| -> Result<i64> {
            Ok(store
                .setting(key)?
                .and_then(|v| v.parse().ok())
                .unwrap_or(default))
        };
        let substitutes = store
            .setting(GS_SUBSTITUTES)?
            .and_then(|v| serde_json::from_str(&v).ok())
            .unwrap_or_default();
        Ok(SiteSettings {
            scanner: ScannerSettings {
                gs_substitutes: substitutes,
                ignore_leading_gs: flag(IGNORE_LEADING_GS)?,
                accept_gs1_in_plain_symbol: flag(PLAIN_SYMBOL)?,
            },
            alert_windows: store.alert_windows()?,
            short_dated_days: number(SHORT_DATED_DAYS, defaults.short_dated_days)?,
            price_tolerance_percent: number(PRICE_TOLERANCE, defaults.price_tolerance_percent)?,
            currency: store.currency()?.map(|c| c.code().to_string()),
        })
    }

    /// The decoding options of a scan made `today` at this site.
    pub fn decode_options(&self, today: chrono::NaiveDate) -> custody_gs1::DecodeOptions {
        let mut o = custody_gs1::DecodeOptions::new(today);
        o.gs_substitutes = self.scanner.gs_substitutes.clone();
        o.ignore_leading_gs = self.scanner.ignore_leading_gs;
        o.accept_gs1_in_plain_symbol = self.scanner.accept_gs1_in_plain_symbol;
        o
    }

    /// The limits of a scanning session at this site.
    pub fn scan_policy(&self) -> custody_core::movement::ScanPolicy {
        custody_core::movement::ScanPolicy {
            short_dated_days: self.short_dated_days,
            price_tolerance_percent: self.price_tolerance_percent,
        }
    }
}

/// The site's settings.
pub fn site_settings(cx: &mut Cx<'_>, _: ()) -> Result<SiteSettings> {
    cx.session()?;
    Ok(cx.settings()?.clone())
}

/// Changes the site's settings (inventory managers and administrators); returns them as stored.
/// A substitute for the group separator must be printable and without spaces; a single character
/// must be one a GS1 code cannot hold (GS1 character set 82), or it would split serial numbers
/// that contain it: `~`, `#`, `^`, `|` and the like, or a token such as `<GS>`.
/// A currency's code may be typed in lower case and with spaces around it (` eur`); no currency
/// is chosen by leaving it out (an empty code is refused, as a script's unset variable would send).
pub fn set_site_settings(cx: &mut Cx<'_>, mut new: SiteSettings) -> Result<SiteSettings> {
    let now = cx.now()?;
    new.currency = new.currency.map(|c| c.trim().to_ascii_uppercase());
    check(&new)?;
    let me = cx.me()?.clone();
    let store = cx.store();
    // The alert windows first: they are the one setting core checks again and may refuse, and
    // nothing else is written until they are stored.
    store.set_alert_windows(&me, &new.alert_windows, now)?;
    let flag = |b: bool| if b { "true" } else { "false" };
    let substitutes = serde_json::to_string(&new.scanner.gs_substitutes).map_err(|e| {
        ApiError::new(
            "api.internal",
            args([("reason", Value::from(e.to_string()))]),
        )
    })?;
    store.set_site_setting(&me, GS_SUBSTITUTES, &substitutes, now)?;
    store.set_site_setting(
        &me,
        IGNORE_LEADING_GS,
        flag(new.scanner.ignore_leading_gs),
        now,
    )?;
    store.set_site_setting(
        &me,
        PLAIN_SYMBOL,
        flag(new.scanner.accept_gs1_in_plain_symbol),
        now,
    )?;
    store.set_site_setting(
        &me,
        SHORT_DATED_DAYS,
        &new.short_dated_days.to_string(),
        now,
    )?;
    store.set_site_setting(
        &me,
        PRICE_TOLERANCE,
        &new.price_tolerance_percent.to_string(),
        now,
    )?;
    store.set_site_setting(&me, CURRENCY, new.currency.as_deref().unwrap_or(""), now)?;
    SiteSettings::read(cx.store())
}

/// Refuses settings no scanner or receipt could work with.
pub(crate) fn check(new: &SiteSettings) -> Result<()> {
    for s in &new.scanner.gs_substitutes {
        let single_gs1 = s.chars().count() == 1 && s.chars().all(in_cset82);
        if s.trim().is_empty() || s.chars().any(char::is_control) || s.contains(' ') || single_gs1 {
            return Err(ApiError::field(
                "settings.gs_substitute_unusable",
                "gs_substitutes",
                args([("substitute", Value::from(s.as_str()))]),
            ));
        }
    }
    let windows: Vec<String> = new.alert_windows.iter().map(i64::to_string).collect();
    if let Err(refused) = custody_core::levels::parse_alert_windows(&windows.join(",")) {
        // Core's refusal says what is wrong with the windows; the form's field is this one.
        let mut e = ApiError::from(refused);
        e.args.insert("field".into(), Value::from("alert_windows"));
        return Err(e);
    }
    if !(0..=MAX_SHORT_DATED_DAYS).contains(&new.short_dated_days) {
        return Err(ApiError::field(
            "settings.short_dated_days_out_of_range",
            "short_dated_days",
            args([
                ("days", Value::from(new.short_dated_days)),
                ("max", Value::from(MAX_SHORT_DATED_DAYS)),
            ]),
        ));
    }
    if !(0..=MAX_PRICE_TOLERANCE).contains(&new.price_tolerance_percent) {
        return Err(ApiError::field(
            "settings.price_tolerance_out_of_range",
            "price_tolerance_percent",
            args([
                ("percent", Value::from(new.price_tolerance_percent)),
                ("max", Value::from(MAX_PRICE_TOLERANCE)),
            ]),
        ));
    }
    if let Some(code) = new.currency.as_deref() {
        if Currency::parse(code).is_none() {
            // Said back as typed, but never more than a code's worth of it.
            let shown: String = match code.chars().nth(12) {
                Some(_) => code.chars().take(12).chain(['…']).collect(),
                None => code.to_string(),
            };
            return Err(ApiError::field(
                "settings.currency_unknown",
                "currency",
                args([("currency", Value::from(shown))]),
            ));
        }
    }
    Ok(())
}

/// Whether `c` is in GS1's character set 82, what serials and lots are made of (the double quote,
/// U+0022, among them).
fn in_cset82(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '\u{22}' || "!%&'()*+,-./:;<=>?_".contains(c)
}
