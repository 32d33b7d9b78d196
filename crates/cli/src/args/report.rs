//! `custody report …`: which report, and where it goes.

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// Where a report goes.
#[derive(Args, Debug)]
pub struct ReportOut {
    /// The file to write: `.pdf` for the printable report, `.csv` for the same rows as CSV.
    #[arg(long, short)]
    pub out: PathBuf,
    /// Paper size of a PDF: a4 or letter.
    #[arg(long, default_value = "a4")]
    pub paper: String,
    /// Replace --out if it exists (never the open database or its -wal/-shm).
    #[arg(long)]
    pub force: bool,
}

/// `custody report …`
#[derive(Subcommand, Debug)]
#[command(
    after_help = "Every report says what it is, when and by whom it was produced, from which data (up to which\nledger event), and numbers its pages. Write `.csv` instead of `.pdf` for the same rows as CSV.\nAn existing --out is replaced only with --force; the open database (and its -wal, -shm) never.\n\nExamples:\n  custody report recall-notice RCL-2026-0091 --out notice.pdf\n  custody report stock-on-hand --location MAIN --out stock.csv\n  custody report chain-of-custody 09506000134352 SN12345 --out certificate.pdf --paper letter\n  custody report audit-extract --from 2026-11-01 --to 2026-11-30 --user ben --out audit.pdf"
)]
pub enum ReportCommand {
    /// A recall notice: what is recalled, affected packs per location with check boxes,
    /// dispensed packs to follow up, signature lines ("URGENT: DRUG RECALL" for class I and II).
    RecallNotice {
        /// Recall number.
        number: String,
        #[command(flatten)]
        out: ReportOut,
    },
    /// A recall's reconciliation: every affected item and its outcome, the ledger events of the
    /// recall, follow-up, and the closing signature once signed.
    RecallClosure {
        /// Recall number.
        number: String,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Stock on hand by location and product, with lots and expiries.
    StockOnHand {
        /// Only this location (code).
        #[arg(long)]
        location: Option<String>,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Stock expired or expiring within the alert windows.
    Expiry {
        /// Alert windows in days (repeat, or separate with commas; default: the site's, see
        /// `custody alert-windows`).
        #[arg(long, value_delimiter = ',')]
        within: Vec<i64>,
        /// Only this location (code).
        #[arg(long)]
        location: Option<String>,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Shortages and the suggested order, most urgent first.
    Shortages {
        /// Only this location (code).
        #[arg(long)]
        location: Option<String>,
        #[command(flatten)]
        out: ReportOut,
    },
    /// A stock count's variance: missing, unexpected, wrong status, lots.
    CountVariance {
        /// Count number (as `custody count` prints it; `COUNT-` is optional).
        count: String,
        #[command(flatten)]
        out: ReportOut,
    },
    /// A pack's chain-of-custody certificate: every event, the hashes that prove it, and its
    /// GS1 DataMatrix.
    ChainOfCustody {
        /// A scan of the pack, or its GTIN.
        scan_or_gtin: String,
        /// Serial (with a GTIN).
        serial: Option<String>,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Ledger events by date range (local days, inclusive), user or location.
    AuditExtract {
        /// From this day (YYYY-MM-DD).
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        /// Up to and including this day (YYYY-MM-DD).
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
        /// Only events by this username.
        #[arg(long)]
        user: Option<String>,
        /// Only events at, or moving stock from or to, this location (code).
        #[arg(long)]
        location: Option<String>,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Labels for packs held in quarantine, each with its GS1 DataMatrix, two to a row.
    QuarantineLabels {
        /// Only this location (code).
        #[arg(long)]
        location: Option<String>,
        #[command(flatten)]
        out: ReportOut,
    },
    /// A pick list: what to take from where to which ward, packs proposed first expiry first,
    /// with a box to tick each.
    PickList {
        /// Pick list number (as `custody replenish pick-list` prints it; `PICK-` is optional).
        list: String,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Today's supplier orders: a table per supplier, contract prices and totals.
    SupplierOrders {
        #[command(flatten)]
        out: ReportOut,
    },
}
