//! The types that cross the IPC boundary, beside those of custody-core, and the generated
//! TypeScript declarations the UI imports (`ui/src/bindings.ts`).

use custody_core::backup::BackupInfo;
use custody_core::levels::Attention;
use custody_core::movement as mv;
use custody_core::recall as rc;
use custody_core::report as rp;
use custody_core::stock::{StockRow, Summary};
use custody_core::Partner;
use custody_core::{CoreError, Location, LocationKind, Role, Site, TrackingMode, User};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An error as the UI receives it. The UI matches on `code`, never on `message`.
#[derive(Debug, Clone, Serialize, TS)]
pub struct IpcError {
    /// Stable code of the catalogue, e.g. `auth.forbidden`, `count.open_at_location`.
    pub code: String,
    /// A sentence for the user.
    pub message: String,
    /// Structured detail: a refusal's arguments (`field` names the form field at fault), or
    /// the problems of a rejected import.
    pub details: Option<serde_json::Value>,
}

impl From<CoreError> for IpcError {
    fn from(e: CoreError) -> Self {
        // A rejected import's details stay its problems, line by line, as the import screens
        // list them; every other refusal's details are its arguments (`field` among them).
        let details = match &e {
            CoreError::Import(problems) => serde_json::to_value(problems).ok(),
            e => Some(serde_json::Value::Object(e.args())),
        };
        IpcError {
            code: e.code().to_string(),
            message: e.to_string(),
            details,
        }
    }
}

impl IpcError {
    pub(crate) fn new(code: &str, message: impl Into<String>) -> Self {
        IpcError {
            code: code.into(),
            message: message.into(),
            details: None,
        }
    }

    /// `signed_out`: the UI returns to the sign-in screen and shows the message. `details.reason`
    /// is `idle` when the session timed out, `not_signed_in` when there was none.
    pub fn signed_out(why: &crate::session::SignedOut) -> Self {
        let reason = match why {
            crate::session::SignedOut::NotSignedIn => "not_signed_in",
            crate::session::SignedOut::Idle { .. } => "idle",
        };
        IpcError {
            code: "signed_out".into(),
            message: why.message(),
            details: Some(serde_json::json!({ "reason": reason })),
        }
    }
}

impl From<crate::files::SaveRefused> for IpcError {
    /// `exists` (the UI asks whether to replace the file, then calls again with `overwrite`),
    /// `open_database` (refused whatever is confirmed), or `io`; `details.path` names the file.
    fn from(e: crate::files::SaveRefused) -> Self {
        use crate::files::SaveRefused as R;
        let (code, path) = match &e {
            R::Exists { path } => ("exists", path),
            R::OpenDatabase { path } => ("open_database", path),
            R::NotAFile { path } => ("invalid", path),
            R::Io { path, .. } => ("io", path),
        };
        IpcError {
            code: code.into(),
            message: e.to_string(),
            details: Some(serde_json::json!({ "path": path.display().to_string() })),
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

/// One scan in the scan workspace. Locations and partners by code.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ScanRequest {
    /// `receive`, `dispense`, `transfer`, `return`, `quarantine`, `release`, `destroy` or
    /// `return_to_supplier`.
    pub movement: String,
    /// Where the scanning happens.
    pub location: String,
    /// Destination of a transfer.
    pub to_location: Option<String>,
    /// Supplier, recipient or receiving site (partner code).
    pub counterparty: Option<String>,
    /// The document (PO, prescription, ward order, transfer note).
    pub reference: Option<String>,
    /// Why (quarantine, destroy).
    pub reason: Option<String>,
    /// Exactly what the scanner sent.
    pub raw: String,
    /// For lot-tracked products: how many.
    pub quantity: Option<i64>,
    /// The user's password, re-entered to sign a destruction or a release.
    pub password: Option<String>,
    /// The expected shipment a receipt is checked against.
    pub shipment: Option<i64>,
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

/// The first run: a new site and its administrator, or the demonstration data.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct FirstRun {
    /// Load the demonstration data instead.
    pub demo: bool,
    /// Site code.
    pub site_code: String,
    /// Site name.
    pub site_name: String,
    /// Administrator's username.
    pub admin: String,
    /// Administrator's name.
    pub admin_name: String,
    /// Password.
    pub password: String,
    /// The same again.
    pub password_again: String,
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

fn decl<T: TS>(cfg: &ts_rs::Config) -> String {
    format!("export {}", T::decl(cfg))
}

/// The TypeScript declarations of every type the commands exchange.
pub fn typescript_bindings() -> String {
    let cfg = ts_rs::Config::new().with_large_int("number");
    let decls = [
        "export type JsonValue = number | string | boolean | Array<JsonValue> | { [key in string]?: JsonValue } | null;".to_string(),
        decl::<IpcError>(&cfg),
        decl::<AppInfo>(&cfg),
        decl::<SignInUser>(&cfg),
        decl::<LedgerCheck>(&cfg),
        decl::<StockQuery>(&cfg),
        decl::<StockRow>(&cfg),
        decl::<Summary>(&cfg),
        decl::<BackupInfo>(&cfg),
        decl::<Site>(&cfg),
        decl::<custody_core::SiteId>(&cfg),
        decl::<Location>(&cfg),
        decl::<custody_core::LocationId>(&cfg),
        decl::<LocationKind>(&cfg),
        decl::<User>(&cfg),
        decl::<custody_core::UserId>(&cfg),
        decl::<Role>(&cfg),
        decl::<TrackingMode>(&cfg),
        decl::<ScanRequest>(&cfg),
        decl::<UnitQuery>(&cfg),
        decl::<NewRecallForm>(&cfg),
        decl::<ReportForm>(&cfg),
        decl::<SavedReport>(&cfg),
        decl::<FirstRun>(&cfg),
        decl::<NewUserForm>(&cfg),
        decl::<RuleForm>(&cfg),
        decl::<Attention>(&cfg),
        decl::<Partner>(&cfg),
        decl::<custody_core::PartnerId>(&cfg),
        decl::<custody_core::PartnerKind>(&cfg),
        decl::<mv::Verdict>(&cfg),
        decl::<mv::Level>(&cfg),
        decl::<mv::Code>(&cfg),
        decl::<mv::Finding>(&cfg),
        decl::<mv::Recorded>(&cfg),
        decl::<custody_core::history::UnitHistory>(&cfg),
        decl::<custody_core::history::HistoryEntry>(&cfg),
        decl::<custody_core::stock::UnitState>(&cfg),
        decl::<custody_core::UnitStatus>(&cfg),
        decl::<custody_core::EventKind>(&cfg),
        decl::<custody_core::SignatureMeaning>(&cfg),
        decl::<rc::RecallListItem>(&cfg),
        decl::<rc::Recall>(&cfg),
        decl::<custody_core::RecallClass>(&cfg),
        decl::<custody_core::RecallOutcome>(&cfg),
        decl::<rc::ReachSummary>(&cfg),
        decl::<rc::Reach>(&cfg),
        decl::<rc::AffectedUnit>(&cfg),
        decl::<rc::AffectedLot>(&cfg),
        decl::<rc::AffectedExpected>(&cfg),
        decl::<rc::ScopeLine>(&cfg),
        decl::<rc::RecallCreated>(&cfg),
        decl::<rc::Hold>(&cfg),
        decl::<rp::Document>(&cfg),
        decl::<rp::Block>(&cfg),
        decl::<rp::Fact>(&cfg),
        decl::<rp::Table>(&cfg),
        decl::<rp::Column>(&cfg),
        decl::<rp::Barcode>(&cfg),
        decl::<rp::ReportKind>(&cfg),
        decl::<PageQuery>(&cfg),
        decl::<Page<custody_core::levels::Position>>(&cfg),
        decl::<custody_core::levels::Position>(&cfg),
        decl::<custody_core::levels::ExpiryLine>(&cfg),
        decl::<OutcomeForm>(&cfg),
        decl::<DecodedScan>(&cfg),
        decl::<DecodedElement>(&cfg),
        decl::<custody_core::count::CountInfo>(&cfg),
        decl::<custody_core::count::CountStatus>(&cfg),
        decl::<custody_core::count::CountScan>(&cfg),
        decl::<custody_core::count::CountScanCode>(&cfg),
        decl::<custody_core::count::Variance>(&cfg),
        decl::<custody_core::count::VariancePack>(&cfg),
        decl::<custody_core::count::VarianceLot>(&cfg),
        decl::<custody_core::count::CountApplied>(&cfg),
        decl::<custody_core::recall::OutcomeRecorded>(&cfg),
        decl::<custody_core::levels::ProductDetail>(&cfg),
        decl::<custody_core::levels::LotLine>(&cfg),
        decl::<custody_core::levels::DayUse>(&cfg),
        decl::<custody_core::ProductData>(&cfg),
        decl::<custody_core::shipment::Shipment>(&cfg),
        decl::<custody_core::shipment::ExpectedItem>(&cfg),
        decl::<custody_core::shipment::Discrepancy>(&cfg),
        decl::<custody_core::shipment::DiscrepancyCode>(&cfg),
        decl::<custody_core::shipment::ShipmentSummary>(&cfg),
    ];
    format!(
        "// @generated by src-tauri (custody_app::ipc::typescript_bindings). Do not edit.\n// Regenerate with `make bindings`; `cargo test -p custody-app` fails when this file is stale.\n\n{}\n",
        decls.join("\n\n")
    )
}
