//! `custody insights <kind>`: what the ledger shows over a period, one subcommand per kind,
//! every kind taking the same filters ([`InsightArgs`]).

use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum InsightsCommand {
    /// Dwell time: how long packs stayed at each location before they left it (median, 90th
    /// percentile, distribution), per location and per location and product; and the stock
    /// held at a location for longer than a threshold now.
    #[command(
        after_help = "A stay starts when stock arrives at a location (held there: in stock or quarantined) and ends when\nit leaves: moved elsewhere, dispensed, destroyed, returned or missing. A status change in place ends\nnothing. The stays counted are those that ended in the period; a lot's quantities leave first in,\nfirst out, each unit a stay. The waiting list is as of today: the 500 longest are listed, all are\ncounted.\n\nExamples:\n  custody --as ben insights dwell\n  custody --as ben insights dwell --location WARD-3B --older-than 30\n  custody --as ben insights dwell --product 09506000134352 --json"
    )]
    Dwell(DwellArgs),
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
    /// Supplier quality: per supplier and manufacturer, deliveries, short-dated on arrival, lot
    /// or expiry differing from the despatch advice, unexpected and missing packs, suspect and
    /// duplicate serials, prices above contract with the amounts, and recalls touching their
    /// lots; every affected pack traced to its source (lot, manufacturing date).
    #[command(
        after_help = "Short-dated uses the site's short-dated days, price above contract the site's price tolerance,\nagainst the supplier's contract price in force on the day of receipt. The printable scorecard of one\nsupplier is `custody report supplier-scorecard --supplier <PARTNER>`.\n\nExamples:\n  custody --as ben insights suppliers\n  custody --as ben insights suppliers --supplier PHARMACO --from 2026-01-01 --json"
    )]
    Suppliers(InsightArgs),
    /// Consumption trends: weekly use per product and location against the same week last
    /// year, and against the reorder rule in force then (stock-out and overstock days, and
    /// whether the rule was too low or too high).
    #[command(
        after_help = "Use is the consumption the stock levels use. The rule of a week is the one in force at its end, from\nthe reorder rules' history. The weeks are printed for at most three rows; --json has them all.\n\nExamples:\n  custody --as ben insights trends --location WARD-3A\n  custody --as ben insights trends --product 09506000134352 --location ICU --json"
    )]
    Trends(InsightArgs),
}

/// Dwell's filters and its threshold.
#[derive(Args, Debug)]
pub struct DwellArgs {
    #[command(flatten)]
    pub filters: InsightArgs,
    /// List the stock held at a location for longer than this many days now.
    #[arg(long, value_name = "DAYS", default_value_t = 90)]
    pub older_than: u32,
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
