//! `custody stock` and `custody history`: what is where, and how a pack or lot got there.

use clap::Args;

/// What `custody stock` lists.
#[derive(Args, Debug)]
pub struct StockArgs {
    /// Only this product (GTIN).
    #[arg(long, value_name = "GTIN")]
    pub product: Option<String>,
    /// Only this location (code).
    #[arg(long, value_name = "CODE")]
    pub location: Option<String>,
    /// Only products whose name, generic name or GTIN contains this.
    #[arg(long)]
    pub search: Option<String>,
    /// At most this many rows (1 to 1,000).
    #[arg(long, default_value_t = 1000)]
    pub limit: u32,
    /// Skip this many rows.
    #[arg(long, default_value_t = 0)]
    pub offset: u32,
}

/// The pack or lot `custody history` shows.
#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// A raw scan, or a GTIN.
    pub scan_or_gtin: String,
    /// The serial, after a GTIN.
    pub serial: Option<String>,
    /// Show the lot instead of one pack.
    #[arg(long)]
    pub lot: Option<String>,
}

/// Why `custody write-off` records a pack gone.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOffWhy {
    /// Reported stolen: the pack is recorded missing.
    Stolen,
    /// Taken as a sample by the authorities: the pack leaves the site.
    Sample,
    /// Given as a free sample: the pack leaves the site.
    FreeSample,
}

/// The pack `custody write-off` records gone, and why.
#[derive(Args, Debug)]
pub struct WriteOffArgs {
    /// The pack's GTIN.
    pub gtin: String,
    /// Its serial.
    pub serial: String,
    /// Why it left.
    #[arg(long, value_enum)]
    pub why: WriteOffWhy,
    /// A note: the police report's number, the inspector, to whom the sample went.
    #[arg(long)]
    pub note: Option<String>,
}
