//! `custody reorder …`, `expiring` and `position`: reorder rules and what stock levels are
//! shown for (`shortages` and `alert-windows` take their one option in [`super::Command`]).

use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum ReorderCommand {
    /// Set the reorder point (min) and par level (max) of a product at a location.
    #[command(
        after_help = "Example:\n  custody --as ben reorder set --product 09506000134352 --location MAIN --min 20 --max 60 --lead-time 5"
    )]
    Set(ReorderSetArgs),
    /// Import rules from CSV: gtin,location,reorder_point,par_level,lead_time_days (all or none).
    #[command(after_help = "Example:\n  custody --as ben reorder import rules.csv")]
    Import {
        /// The file.
        file: std::path::PathBuf,
    },
    /// Every rule.
    #[command(after_help = "Example:\n  custody --as ben reorder list")]
    List,
    /// Suggest rules from consumption (reorder point = lead time + safety days of use; par = that
    /// plus one order cycle); --apply saves them.
    #[command(
        after_help = "Example:\n  custody --as ben reorder suggest --location MAIN --lead-time 5 --safety-days 5 --apply"
    )]
    Suggest(ReorderSuggestArgs),
    /// Every change of a rule, newest first: who, when, the levels before and after.
    #[command(
        after_help = "Example:\n  custody --as ben reorder history --product 09506000134352 --location MAIN"
    )]
    History(ReorderHistoryArgs),
}

/// Which rule changes `custody reorder history` lists.
#[derive(Args, Debug)]
pub struct ReorderHistoryArgs {
    /// Only this product (GTIN).
    #[arg(long, value_name = "GTIN")]
    pub product: Option<String>,
    /// Only this location (code).
    #[arg(long)]
    pub location: Option<String>,
    /// From this local day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<chrono::NaiveDate>,
    /// Up to and including this local day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub to: Option<chrono::NaiveDate>,
}

/// What `custody expiring` lists.
#[derive(Args, Debug)]
pub struct ExpiringArgs {
    /// How far ahead to look, in days (default: the site's widest alert window, see
    /// `custody alert-windows`); each line is marked with the smallest of the site's windows
    /// it falls in.
    #[arg(long, value_name = "DAYS", value_delimiter = ',')]
    pub within: Vec<i64>,
    /// Only this location (code).
    #[arg(long)]
    pub location: Option<String>,
}

/// Whose position `custody position` shows.
#[derive(Args, Debug)]
pub struct PositionArgs {
    /// The product (GTIN).
    #[arg(long, value_name = "GTIN", required_unless_present = "location")]
    pub product: Option<String>,
    /// The location (code).
    #[arg(long)]
    pub location: Option<String>,
    /// Days of dispensing the consumption is averaged over (default 90).
    #[arg(long, value_name = "DAYS")]
    pub window: Option<i64>,
}

/// The rule `custody reorder set` sets.
#[derive(Args, Debug)]
pub struct ReorderSetArgs {
    /// The product (GTIN).
    #[arg(long, value_name = "GTIN")]
    pub product: String,
    /// The location (code).
    #[arg(long)]
    pub location: String,
    /// Reorder point: order when usable cover falls below it.
    #[arg(long)]
    pub min: i64,
    /// Par level: order up to it.
    #[arg(long)]
    pub max: i64,
    /// Days from order to delivery (default 7).
    #[arg(long, value_name = "DAYS")]
    pub lead_time: Option<i64>,
}

/// What `custody reorder suggest` bases its suggestions on.
#[derive(Args, Debug)]
pub struct ReorderSuggestArgs {
    /// Only this location (code).
    #[arg(long)]
    pub location: Option<String>,
    /// Days from order to delivery (default 7).
    #[arg(long, value_name = "DAYS")]
    pub lead_time: Option<i64>,
    /// Safety stock in days of consumption (default 7).
    #[arg(long, value_name = "DAYS")]
    pub safety_days: Option<i64>,
    /// Days between orders (default 30).
    #[arg(long, value_name = "DAYS")]
    pub cycle_days: Option<i64>,
    /// Days of dispensing the consumption is averaged over (default 90).
    #[arg(long, value_name = "DAYS")]
    pub window: Option<i64>,
    /// Save the suggestions as rules (replacing existing rules of those products there).
    #[arg(long)]
    pub apply: bool,
}
