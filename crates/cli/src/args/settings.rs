//! `custody settings …`: the site's settings, shown or changed.

use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum SettingsCommand {
    /// Show the site's settings.
    #[command(
        after_help = "Example:\n  custody --as ben settings show\n  custody --as ben --json settings show"
    )]
    Show,
    /// Change the site's settings (managers, administrators); what is not given stays as it is.
    #[command(
        after_help = "Every workstation and every command reads these: the app's scan box and the movement commands\ndecode scans with the scanner settings, and receipts warn by the short-dated window and the price\ntolerance. A movement command's --gs-substitute, --ignore-leading-gs,\n--accept-gs1-in-plain-symbol and --short-dated-days override them for that run only.\n\nA substitute for the group separator must be printable, without spaces, and not a single\ncharacter a GS1 code can hold (it would split serials): '~', '^', '|', or a token like '<GS>'.\n\nExamples:\n  custody --as ben settings set --gs-substitute '~'\n  custody --as ben settings set --no-gs-substitutes --short-dated-days 120\n  custody --as ben settings set --alert-windows 14,30,90 --json\n  custody --as ben settings set --currency EUR"
    )]
    Set(SettingsSet),
}

/// The settings `custody settings set` changes.
#[derive(Args, Debug)]
#[group(id = "change", required = true, multiple = true)]
pub struct SettingsSet {
    /// A string the scanners send instead of the group separator (repeatable); replaces the
    /// site's list.
    #[arg(long = "gs-substitute", value_name = "S")]
    pub gs_substitutes: Vec<String>,
    /// The scanners send the group separator itself: no substitutes.
    #[arg(long, conflicts_with = "gs_substitutes")]
    pub no_gs_substitutes: bool,
    /// Accept (and drop) a group separator right after the symbology identifier.
    #[arg(long, value_name = "true|false")]
    pub ignore_leading_gs: Option<bool>,
    /// Read GS1 data printed in a plain (non-GS1) Data Matrix.
    #[arg(long = "plain-symbol-gs1", value_name = "true|false")]
    pub plain_symbol_gs1: Option<bool>,
    /// A receipt whose expiry is within this many days is short-dated (a warning).
    #[arg(long, value_name = "DAYS")]
    pub short_dated_days: Option<i64>,
    /// How far in percent a receipt's unit cost may exceed the contract price before it warns.
    #[arg(long, value_name = "PERCENT")]
    pub price_tolerance: Option<i64>,
    /// Expiry alert windows in days, separated by commas (one to five, each 1 to 3650).
    #[arg(long, value_name = "DAYS")]
    pub alert_windows: Option<String>,
    /// The currency the site's prices are in: its ISO 4217 code (EUR, USD, XOF, …).
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,
    /// No currency chosen: amounts are shown as plain numbers.
    #[arg(long, conflicts_with = "currency")]
    pub no_currency: bool,
}
