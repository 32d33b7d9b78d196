//! `custody reorder …`: reorder rules (the other stock-level commands take their few options
//! in [`super::Command`]).

use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum ReorderCommand {
    /// Set the reorder point (min) and par level (max) of a product at a location.
    #[command(
        after_help = "Example:\n  custody --as ben reorder set --product 09506000134352 --location MAIN --min 20 --max 60 --lead-time 5"
    )]
    Set {
        /// The product (GTIN).
        #[arg(long, value_name = "GTIN")]
        product: String,
        /// The location (code).
        #[arg(long)]
        location: String,
        /// Reorder point: order when usable cover falls below it.
        #[arg(long)]
        min: i64,
        /// Par level: order up to it.
        #[arg(long)]
        max: i64,
        /// Days from order to delivery (default 7).
        #[arg(long, value_name = "DAYS")]
        lead_time: Option<i64>,
    },
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
    Suggest {
        /// Only this location (code).
        #[arg(long)]
        location: Option<String>,
        /// Days from order to delivery (default 7).
        #[arg(long, value_name = "DAYS")]
        lead_time: Option<i64>,
        /// Safety stock in days of consumption (default 7).
        #[arg(long, value_name = "DAYS")]
        safety_days: Option<i64>,
        /// Days between orders (default 30).
        #[arg(long, value_name = "DAYS")]
        cycle_days: Option<i64>,
        /// Days of dispensing the consumption is averaged over (default 90).
        #[arg(long, value_name = "DAYS")]
        window: Option<i64>,
        /// Save the suggestions as rules (replacing existing rules of those products there).
        #[arg(long)]
        apply: bool,
    },
}
