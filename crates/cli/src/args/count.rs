//! `custody count …`: stock counts from start to apply or abandon.

use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum CountCommand {
    /// Start a count at a location (everything there, or --product only); prints its number.
    #[command(
        after_help = "Example:\n  custody --as amira count start --location WARD-3A --blind"
    )]
    Start(CountStartArgs),
    /// Count packs: scans on stdin, one per line; a repeated pack counts once.
    #[command(
        after_help = "Prints one answer per scan: COUNTED, ALREADY_COUNTED, LOT_COUNTED, ELSEWHERE, WRONG_STATUS,\nNOT_RECEIVED, NOT_IN_COUNT, UNKNOWN_PRODUCT or DECODE_ERROR with a sentence (--json: one object\nper line). Lot-tracked products add --quantity per scan. Scans are read with the site's scanner\nsettings (`custody settings`); --gs-substitute replaces its substitutes for this run only.\n\nExample:\n  custody --as amira count scan 12 < scans.txt\n  echo ']d201095060001343691729013110G7' | custody --as amira count scan 12 --quantity 40"
    )]
    Scan(CountScanArgs),
    /// The counts, newest first: open ones to resume, finished ones to apply, and what became of
    /// the others.
    #[command(
        after_help = "Example:\n  custody --as ben count list --status finished\n  custody --as ben count list --limit 20 --before 120"
    )]
    List {
        /// Only counts in this status: open, finished, applied or abandoned.
        #[arg(long)]
        status: Option<String>,
        /// At most this many (up to 200).
        #[arg(long, default_value_t = 50)]
        limit: u32,
        /// Only counts numbered below this one (the next page after one ending with it).
        #[arg(long)]
        before: Option<i64>,
    },
    /// Progress: packs expected (hidden from staff in a blind count) and counted.
    #[command(after_help = "Example:\n  custody --as amira count status 12")]
    Status {
        /// The count number.
        id: i64,
    },
    /// End scanning and show the variance per serial and per lot.
    #[command(
        after_help = "Lists missing packs, packs recorded elsewhere (with where), packs with the wrong status\n(suspect), packs never received, lot differences, and what moved during the count (accounted\nfor, not adjusted). `custody count variance ID` shows it again.\n\nExample:\n  custody --as amira count finish 12"
    )]
    Finish {
        /// The count number.
        id: i64,
    },
    /// Show the variance of a count again.
    #[command(after_help = "Example:\n  custody --as ben count variance 12 --json")]
    Variance {
        /// The count number.
        id: i64,
    },
    /// Accept a finished count's adjustments (managers): count_adjust events on the ledger.
    #[command(
        after_help = "Example:\n  custody --as ben count apply 12 --reason \"quarterly stocktake, checked by B. Okafor\""
    )]
    Apply(CountApplyArgs),
    /// Give up a count; nothing reaches the ledger.
    #[command(
        after_help = "Example:\n  custody --as amira count abandon 12 --note \"started on the wrong shelf\""
    )]
    Abandon {
        /// The count number.
        id: i64,
        /// Why.
        #[arg(long)]
        note: Option<String>,
    },
}

/// The count `custody count start` starts.
#[derive(Args, Debug)]
pub struct CountStartArgs {
    /// The location (code).
    #[arg(long)]
    pub location: String,
    /// Only these products (GTIN; repeat the option).
    #[arg(long, value_name = "GTIN")]
    pub product: Vec<String>,
    /// Staff do not see the expected quantities while scanning.
    #[arg(long)]
    pub blind: bool,
}

/// How `custody count scan` reads its scans.
#[derive(Args, Debug)]
pub struct CountScanArgs {
    /// The count number.
    pub id: i64,
    /// For lot-tracked products: how many this scan stands for.
    #[arg(long)]
    pub quantity: Option<i64>,
    /// For this run only: a string the scanner sends instead of the group separator
    /// (repeatable), e.g. '~', in place of the site's (see `custody settings`).
    #[arg(long = "gs-substitute")]
    pub gs_substitutes: Vec<String>,
}

/// The count `custody count apply` applies, and the signature.
#[derive(Args, Debug)]
pub struct CountApplyArgs {
    /// The count number.
    pub id: i64,
    /// Why the adjustments are accepted.
    #[arg(long)]
    pub reason: String,
    /// What your signature means: approved (the default) or reviewed.
    #[arg(long)]
    pub meaning: Option<String>,
}
