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
    after_help = "Every report says what it is, when and by whom it was produced, from which data (up to which\nledger event), and numbers its pages. Write `.csv` instead of `.pdf` for the same rows as CSV.\nAn existing --out is replaced only with --force; the open database (and its -wal, -shm) never.\n\nExamples:\n  custody report recall-notice RCL-2026-0091 --out notice.pdf\n  custody report stock-on-hand --location MAIN --out stock.csv\n  custody report chain-of-custody 09506000134352 SN12345 --out certificate.pdf --paper letter\n  custody report audit-extract --from 2026-11-01 --to 2026-11-30 --user ben --out audit.pdf\n  custody report insight-waste --from 2026-01-01 --to 2026-06-30 --location WARD-3A --out waste.pdf\n  custody report supplier-scorecard MEDIDIST --from 2026-01-01 --out scorecard.pdf"
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
    /// Dwell time: how long packs stay per location and product (median, 90th percentile,
    /// spread), and the packs waiting too long now.
    InsightDwell {
        #[command(flatten)]
        about: ReportInsight,
        /// List the packs at a location for longer than this many days now (default: 90).
        #[arg(long, value_name = "DAYS")]
        older_than: Option<u32>,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Waste, as `custody insights waste` shows it: by month, product, location and supplier,
    /// and every unit lost with its cause and value.
    InsightWaste {
        #[command(flatten)]
        about: ReportInsight,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Shrinkage, as `custody insights shrinkage` shows it: count variances by location and
    /// month with their value, and every variance.
    InsightShrinkage {
        #[command(flatten)]
        about: ReportInsight,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Supplier quality: every supplier's and manufacturer's record, the receipts above
    /// contract with the amounts, and the affected packs with lot and manufacturing date.
    InsightSuppliers {
        #[command(flatten)]
        about: ReportInsight,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Consumption trends: use per product and location against the same week last year and
    /// the reorder rule then in force, and every week.
    InsightTrends {
        #[command(flatten)]
        about: ReportInsight,
        #[command(flatten)]
        out: ReportOut,
    },
    /// A supplier's scorecard for its QA review: its record, its receipts above contract with
    /// the amounts, every affected pack with its lot and manufacturing date, lines to sign.
    SupplierScorecard {
        /// The supplier (partner code).
        supplier: String,
        /// From this local day (YYYY-MM-DD; default: 364 days before --to).
        #[arg(long, value_name = "DATE")]
        from: Option<chrono::NaiveDate>,
        /// Up to and including this local day (YYYY-MM-DD; default: today).
        #[arg(long, value_name = "DATE")]
        to: Option<chrono::NaiveDate>,
        #[command(flatten)]
        out: ReportOut,
    },
}

/// What an insight's report looks at: the filters of `custody insights`.
#[derive(Args, Debug)]
pub struct ReportInsight {
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

impl ReportInsight {
    /// The insight query these filters make, with dwell's threshold when given.
    pub fn query(self, older_than_days: Option<u32>) -> custody_core::insights::InsightQuery {
        custody_core::insights::InsightQuery {
            from: self.from,
            to: self.to,
            location: self.location,
            product: self.product,
            supplier: self.supplier,
            older_than_days,
        }
    }
}
