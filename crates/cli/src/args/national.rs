//! `custody national …`: the site's national verification (EU NMVS, US VRS).

use clap::{Subcommand, ValueEnum};

/// Which requests `custody national queue` lists.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Not yet sent, or sent with the answer not read.
    Waiting,
    /// Answered as expected.
    Done,
    /// Ended in an alert: the pack is suspect.
    Alerts,
    /// Refused, or cannot be sent.
    Failed,
}

#[derive(Subcommand, Debug)]
pub enum NationalCommand {
    /// The site's national system and when it checks; with --check, choose them (managers,
    /// administrators).
    #[command(
        after_help = "--check is off, at_dispense (EU: each pack dispensed is decommissioned as supplied, each pack\ndestroyed as destroyed), at_receipt (US: each pack received as suspect is verified) or\ndecommission_at_receipt (EU hospitals, where the country allows it: each pack received is\ndecommissioned as supplied, in bulk; a pack held as suspect at receipt never is).\nThe market is EU- and the country (EU-DE) or US.\n\nExamples:\n  custody --as alice national settings\n  custody --as alice national settings --market EU-DE --check at_dispense"
    )]
    Settings {
        /// EU-xx or US; left out with --check off: no national system.
        #[arg(long)]
        market: Option<String>,
        /// off, at_dispense, at_receipt or decommission_at_receipt.
        #[arg(long)]
        check: Option<String>,
        /// How many hours a pack dispensed offline may wait for its decommission (1 to 240;
        /// 24 until chosen).
        #[arg(long)]
        window_hours: Option<u32>,
    },
    /// How many verification requests wait and since when, the alerts and failures.
    #[command(after_help = "Example:\n  custody --as alice national status")]
    Status,
    /// The requests of one state, newest first.
    #[command(after_help = "Example:\n  custody --as alice national queue --shown alerts")]
    Queue {
        /// Which requests.
        #[arg(long, value_enum, default_value = "waiting")]
        shown: Shown,
        /// At most this many (at most 500).
        #[arg(long)]
        limit: Option<u32>,
    },
    /// Queue a failed request again, once what refused it is mended (QA officers, managers,
    /// administrators).
    #[command(after_help = "Example:\n  custody --as quinn national retry 42")]
    Retry {
        /// The failed request's id (custody national queue --shown failed).
        id: i64,
    },
    /// Send what is due now to the national systems of the site's file, once, and say what
    /// came back (the app does this by itself while it runs).
    #[command(
        after_help = "The systems' addresses and certificate files are read from national.toml beside the database, or\nthe file CUSTODY_NATIONAL_CONFIG names; never from the database. A request whose reply was lost is\nverified before it is sent again. Only one drainer works a database at a time: while the app\nsends, this is refused. Exits 1 when the file is missing or wrong, or another drainer runs.\n\nExample:\n  custody --as alice national drain"
    )]
    Drain,
}
