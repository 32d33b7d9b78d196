//! The types that cross the IPC boundary, beside those of custody-api and custody-core, the
//! shell's own refusals (as [`ApiError`]s, the one error type the window receives), and the
//! generated TypeScript declarations the UI imports (`ui/src/bindings.ts`).

use custody_api::error::args;
use custody_api::ApiError;
use custody_core::backup::BackupInfo;
use custody_core::levels::Attention;
use custody_core::movement as mv;
use custody_core::recall as rc;
use custody_core::report as rp;
use custody_core::stock::{StockRow, Summary};
use custody_core::Partner;
use custody_core::{Location, LocationKind, Role, Site, TrackingMode, User};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

/// A refusal of the shell's own (not custody-api's), with the field at fault in `args.field`.
/// Its code is core's `invalid`, as the commands it comes from will be core's when they move into
/// custody-api.
pub(crate) fn invalid(field: &str, message: impl Into<String>) -> ApiError {
    ApiError {
        code: "invalid".into(),
        args: args([("field", Value::from(field))]),
        message: message.into(),
    }
}

/// The shell failed (a lock poisoned by an earlier panic, a worker thread that stopped):
/// custody-api's `api.internal`, naming what failed.
pub(crate) fn internal(reason: impl Into<String>) -> ApiError {
    ApiError::new(
        "api.internal",
        args([("reason", Value::from(reason.into()))]),
    )
}

/// The file system refused what the shell was asked to do (`files.io`), naming the path.
pub(crate) fn io(path: &std::path::Path, message: impl Into<String>) -> ApiError {
    ApiError {
        code: "files.io".into(),
        args: args([("path", Value::from(path.display().to_string()))]),
        message: message.into(),
    }
}

impl From<crate::files::SaveRefused> for ApiError {
    /// `files.exists` (the UI asks whether to replace the file, then calls again with
    /// `overwrite`), `files.open_database` (refused whatever is confirmed), `files.not_a_file` or
    /// `files.io`; `args.path` names the file.
    fn from(e: crate::files::SaveRefused) -> Self {
        use crate::files::SaveRefused as R;
        let (code, path) = match &e {
            R::Exists { path } => ("files.exists", path),
            R::OpenDatabase { path } => ("files.open_database", path),
            R::NotAFile { path } => ("files.not_a_file", path),
            R::Io { path, .. } => ("files.io", path),
        };
        ApiError {
            code: code.into(),
            args: args([("path", Value::from(path.display().to_string()))]),
            message: e.to_string(),
        }
    }
}

/// What the window shows before anything else. Before anyone signs in it holds only what the
/// sign-in screen needs (the site's name, the idle minutes, whether the start-up check found a
/// problem); the database's path, sizes and backups are for whoever is signed in. A database not
/// yet set up has no one to sign in and nothing in it, so its first run is told where it is.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppInfo {
    /// The site's name, once the database is set up.
    pub site_name: Option<String>,
    /// The site in full (signed in).
    pub site: Option<Site>,
    /// The database file (signed in, or at first run).
    pub database: Option<String>,
    /// Whether the first run may keep the database somewhere else (not with `--db`, and only
    /// while the database is not set up).
    pub database_choosable: bool,
    /// Who is signed in, if anyone.
    pub actor: Option<User>,
    /// Minutes without a key or a click before the app asks who is there again.
    pub idle_minutes: u32,
    /// Sizes of the store (signed in).
    pub summary: Option<Summary>,
    /// What the start-up check found wrong with the database file (empty when it is sound);
    /// before sign-in, one sentence saying that it found something.
    pub integrity: Vec<String>,
    /// Whether the start-up check has finished (it runs beside the window).
    pub integrity_checked: bool,
    /// The newest verified backup, if any (signed in).
    pub last_backup: Option<BackupInfo>,
    /// Where backups go (signed in).
    pub backup_dir: Option<String>,
}

/// The result of checking the whole ledger from the app.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LedgerCheck {
    /// Nothing is wrong.
    pub intact: bool,
    /// Events walked.
    pub events: u64,
    /// Packs compared.
    pub units: u64,
    /// The first problems, in words.
    pub problems: Vec<String>,
    /// Problems in all.
    pub total_problems: u64,
}

/// A user offered on the sign-in screen.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SignInUser {
    /// Login name.
    pub username: String,
    /// Full name.
    pub name: String,
}

/// One page of the stock list.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct StockQuery {
    /// Only this location code.
    pub location: Option<String>,
    /// Only products whose name, generic name or GTIN contains this.
    pub search: Option<String>,
    /// Page size.
    pub limit: u32,
    /// Rows to skip.
    pub offset: u32,
}

/// Which pack's history: a scan of it, or GTIN and serial.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct UnitQuery {
    /// A scan of the pack.
    pub scan: Option<String>,
    /// GTIN.
    pub gtin: Option<String>,
    /// Serial.
    pub serial: Option<String>,
}

/// A recall as entered on the Recalls screen (one product; lots and serials separated by
/// commas, spaces or lines; neither means every pack of the GTIN).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct NewRecallForm {
    /// Recall number.
    pub number: String,
    /// Title.
    pub title: String,
    /// I, II, III or withdrawal.
    pub class: String,
    /// Reason.
    pub reason: String,
    /// Instructions.
    pub instructions: String,
    /// Issuer.
    pub issuer: String,
    /// Date of the notice (YYYY-MM-DD; today if empty).
    pub issued_on: Option<String>,
    /// GTIN.
    pub gtin: String,
    /// Lots.
    pub lots: String,
    /// Serials.
    pub serials: String,
}

/// A report and its parameters, as picked on the Reports screen.
#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct ReportForm {
    /// Which report (`recall-notice`, `stock-on-hand`, …).
    pub kind: String,
    /// Recall or count number.
    pub number: Option<String>,
    /// Location code.
    pub location: Option<String>,
    /// Expiry window in days.
    pub within_days: Option<i64>,
    /// GTIN of a pack.
    pub gtin: Option<String>,
    /// Serial of a pack.
    pub serial: Option<String>,
    /// First day (YYYY-MM-DD).
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD).
    pub to: Option<String>,
    /// Username.
    pub user: Option<String>,
    /// `a4` or `letter`.
    pub paper: Option<String>,
}

/// A report written to a file.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SavedReport {
    /// Where.
    pub path: String,
    /// Size.
    pub bytes: u64,
    /// Its title.
    pub title: String,
}

/// A new user, from the Settings screen (administrators).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct NewUserForm {
    /// Sign-in name.
    pub username: String,
    /// Full name, as printed on signatures.
    pub name: String,
    /// Role: staff, manager, qa or admin.
    pub role: String,
    /// First password (the user should change it).
    pub password: String,
    /// The same again.
    pub password_again: String,
}

/// A reorder rule typed on the product screen; the numbers as typed, checked by the shell.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct RuleForm {
    /// The product.
    pub gtin: String,
    /// Location code.
    pub location: String,
    /// Reorder point (min).
    pub reorder_point: String,
    /// Par level (max).
    pub par_level: String,
    /// Lead time in days (empty: the default).
    pub lead_time_days: String,
}

/// Which page of a list, and its filters.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct PageQuery {
    /// Rows to skip.
    pub offset: u32,
    /// Page size.
    pub limit: u32,
    /// Only this location code.
    pub location: Option<String>,
    /// For the expiry list: the window in days.
    pub within_days: Option<i64>,
    /// The column to sort by (none: the list's own order).
    #[serde(default)]
    pub sort: Option<String>,
    /// Sort that column in descending order.
    #[serde(default)]
    pub descending: bool,
}

/// One page of a list and how long the whole list is.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Page<T: TS> {
    /// The rows.
    pub rows: Vec<T>,
    /// Rows in the whole list.
    pub total: u32,
}

impl<T: TS + Clone> Page<T> {
    pub(crate) fn of(all: &[T], q: &PageQuery) -> Page<T> {
        let start = (q.offset as usize).min(all.len());
        let end = (start + q.limit.clamp(1, 1000) as usize).min(all.len());
        Page {
            rows: all[start..end].to_vec(),
            total: all.len() as u32,
        }
    }
}

/// An outcome for a recall's open items.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct OutcomeForm {
    /// `returned_to_supplier`, `destroyed`, `notified` or `not_found`.
    pub outcome: String,
    /// Only stock held at this location.
    pub location: Option<String>,
    /// The supplier stock goes back to.
    pub partner: Option<String>,
    /// Who was told, how; the RMA number.
    pub note: Option<String>,
    /// The password re-entered (needed to destroy).
    pub password: Option<String>,
}

/// What the scanner test shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DecodedScan {
    /// Exactly what arrived, control characters named (⟨GS⟩).
    pub sent: String,
    /// Characters received.
    pub length: u32,
    /// Barcode type and syntax, when it decoded.
    pub symbology: Option<String>,
    /// GTIN.
    pub gtin: Option<String>,
    /// Serial.
    pub serial: Option<String>,
    /// Lot.
    pub lot: Option<String>,
    /// Expiry.
    pub expiry: Option<String>,
    /// Every AI with its title and value.
    pub elements: Vec<DecodedElement>,
    /// Things worth knowing about the scanner's set-up.
    pub warnings: Vec<String>,
    /// Why it did not decode.
    pub error: Option<String>,
}

/// One AI of a decoded scan.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DecodedElement {
    /// The AI.
    pub ai: String,
    /// GS1's title.
    pub title: String,
    /// The value as encoded.
    pub value: String,
}

/// The whole `ui/src/bindings.ts`: custody-api's operations and their types, and the types of
/// the shell's own commands.
pub fn typescript_bindings() -> String {
    custody_api::bindings::typescript(|d| {
        d.add::<AppInfo>();
        d.add::<SignInUser>();
        d.add::<LedgerCheck>();
        d.add::<StockQuery>();
        d.add::<StockRow>();
        d.add::<Summary>();
        d.add::<BackupInfo>();
        d.add::<Site>();
        d.add::<custody_core::SiteId>();
        d.add::<Location>();
        d.add::<custody_core::LocationId>();
        d.add::<LocationKind>();
        d.add::<User>();
        d.add::<custody_core::UserId>();
        d.add::<Role>();
        d.add::<TrackingMode>();
        d.add::<UnitQuery>();
        d.add::<NewRecallForm>();
        d.add::<ReportForm>();
        d.add::<SavedReport>();
        d.add::<NewUserForm>();
        d.add::<RuleForm>();
        d.add::<Attention>();
        d.add::<Partner>();
        d.add::<custody_core::PartnerId>();
        d.add::<custody_core::PartnerKind>();
        d.add::<mv::Verdict>();
        d.add::<mv::Level>();
        d.add::<mv::Code>();
        d.add::<mv::Finding>();
        d.add::<mv::Recorded>();
        d.add::<custody_core::history::UnitHistory>();
        d.add::<custody_core::history::HistoryEntry>();
        d.add::<custody_core::stock::UnitState>();
        d.add::<custody_core::UnitStatus>();
        d.add::<custody_core::EventKind>();
        d.add::<custody_core::SignatureMeaning>();
        d.add::<rc::RecallListItem>();
        d.add::<rc::Recall>();
        d.add::<custody_core::RecallClass>();
        d.add::<custody_core::RecallOutcome>();
        d.add::<rc::ReachSummary>();
        d.add::<rc::Reach>();
        d.add::<rc::AffectedUnit>();
        d.add::<rc::AffectedLot>();
        d.add::<rc::AffectedExpected>();
        d.add::<rc::ScopeLine>();
        d.add::<rc::RecallCreated>();
        d.add::<rc::Hold>();
        d.add::<rp::Document>();
        d.add::<rp::Block>();
        d.add::<rp::Fact>();
        d.add::<rp::Table>();
        d.add::<rp::Column>();
        d.add::<rp::Barcode>();
        d.add::<rp::ReportKind>();
        d.add::<PageQuery>();
        d.add::<Page<custody_core::levels::Position>>();
        d.add::<custody_core::levels::Position>();
        d.add::<custody_core::levels::ExpiryLine>();
        d.add::<OutcomeForm>();
        d.add::<DecodedScan>();
        d.add::<DecodedElement>();
        d.add::<custody_core::count::CountInfo>();
        d.add::<custody_core::count::CountStatus>();
        d.add::<custody_core::count::CountScan>();
        d.add::<custody_core::count::CountScanCode>();
        d.add::<custody_core::count::Variance>();
        d.add::<custody_core::count::VariancePack>();
        d.add::<custody_core::count::VarianceLot>();
        d.add::<custody_core::count::CountApplied>();
        d.add::<custody_core::recall::OutcomeRecorded>();
        d.add::<custody_core::levels::ProductDetail>();
        d.add::<custody_core::levels::LotLine>();
        d.add::<custody_core::levels::DayUse>();
        d.add::<custody_core::ProductData>();
        d.add::<custody_core::shipment::Shipment>();
        d.add::<custody_core::shipment::ExpectedItem>();
        d.add::<custody_core::shipment::Discrepancy>();
        d.add::<custody_core::shipment::DiscrepancyCode>();
        d.add::<custody_core::shipment::ShipmentSummary>();
    })
}
