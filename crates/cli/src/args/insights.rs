//! `custody insights <kind>`: what the ledger shows over a period, one subcommand per kind,
//! every kind taking the same filters ([`InsightArgs`]).

use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum InsightsCommand {
    /// Waste: stock destroyed or returned to the supplier, by cause (recalled, expired,
    /// damaged), month, product, location and supplier, with its value and how much of the
    /// expired stock had been predicted.
    #[command(
        after_help = "The cause comes from the ledger, never from the reason's words: recalled when the event names a\nrecall or the pack's lot is in a recall's scope, else expired when its expiry was before the day it\nwent, else damaged. An expired unit was predicted when, 30 days before its expiry, it was on the\nexpires-unused list: its location's stock, used first expiry first out at the consumption then,\ncould not all be used in time. Values are the receipt's unit cost, else the contract price.\n\nExamples:\n  custody --as ben insights waste\n  custody --as ben insights waste --from 2026-01-01 --to 2026-06-30 --location WARD-3A\n  custody --as ben insights waste --supplier MEDIDIST --json"
    )]
    Waste(InsightArgs),
    /// Shrinkage: what counts found that the ledger did not expect (missing, found elsewhere,
    /// found again, wrong status, lot short or surplus), by month and location, with the value;
    /// the locations whose counts keep disagreeing.
    #[command(
        after_help = "A pack found at a count where the ledger did not have it is charged to the location the ledger\nhad it at. A location keeps disagreeing when it had two counts or more in the period and half or\nmore of them found a variance.\n\nExamples:\n  custody --as ben insights shrinkage\n  custody --as ben insights shrinkage --from 2026-01-01 --location ICU --json"
    )]
    Shrinkage(InsightArgs),
}

/// What an insight looks at.
#[derive(Args, Debug)]
pub struct InsightArgs {
    /// From this local day (YYYY-MM-DD; default: 364 days before --to).
    #[arg(long, value_name = "DATE")]
    pub from: Option<chrono::NaiveDate>,
    /// Up to and including this local day (YYYY-MM-DD; default: today).
    #[arg(long, value_name = "DATE")]
    pub to: Option<chrono::NaiveDate>,
    /// Only this location (code).
    #[arg(long)]
    pub location: Option<String>,
    /// Only this product (GTIN).
    #[arg(long, value_name = "GTIN")]
    pub product: Option<String>,
    /// Only stock received from this supplier (partner code).
    #[arg(long, value_name = "PARTNER")]
    pub supplier: Option<String>,
}
