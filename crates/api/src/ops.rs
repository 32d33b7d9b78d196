//! Every operation, listed once. From this list come [`call`] (the app's one command handler
//! dispatches through it by name), [`OPERATIONS`] (what may be called before sign-in, what runs
//! on a connection of its own) and the UI's TypeScript client ([`typescript_operations`]), so an
//! operation is added here and nowhere else. The command line calls the same functions typed.
//!
//! Each entry reads `name: access runs function, Request => Response;` where access is `public`
//! (callable before anyone signs in: the sign-in screen and the first run) or `signed_in`, and
//! runs is `shared` (on the window's connection) or `apart` (long work, on a connection of its
//! own so the window keeps answering).

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::error::{args, ApiError, Result};
use crate::{Cx, Host, Session};

/// Who may call an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone at the workstation: the sign-in screen and the first run of a new database.
    Public,
    /// A signed-in person (or a system principal).
    SignedIn,
}

/// Where an operation runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runs {
    /// On the caller's connection.
    Shared,
    /// On a connection of its own (seconds of work: checking the ledger, a backup, a report).
    Apart,
}

/// One operation of the contract.
#[derive(Debug, Clone, Copy)]
pub struct Operation {
    /// Its name, as the app's client calls it.
    pub name: &'static str,
    /// Who may call it.
    pub access: Access,
    /// Where it runs.
    pub runs: Runs,
    /// What it does, in one line.
    pub summary: &'static str,
}

/// The operation called `name`, if there is one.
pub fn operation(name: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().find(|o| o.name == name)
}

fn parse<T: DeserializeOwned>(operation: &str, request: Value) -> Result<T> {
    serde_json::from_value(request).map_err(|e| {
        ApiError::new(
            "api.bad_request",
            args([
                ("operation", Value::from(operation)),
                ("reason", Value::from(e.to_string())),
            ]),
        )
    })
}

fn respond<T: Serialize>(value: T) -> Result<Value> {
    serde_json::to_value(value).map_err(|e| {
        ApiError::new(
            "api.internal",
            args([("reason", Value::from(e.to_string()))]),
        )
    })
}

macro_rules! operations {
    ($( $(#[doc = $doc:literal])+ $name:ident : $access:ident $runs:ident $func:path, $req:ty => $resp:ty; )*) => {
        /// Every operation, in the order of the list.
        pub const OPERATIONS: &[Operation] = &[$(Operation {
            name: stringify!($name),
            access: operations!(@access $access),
            runs: operations!(@runs $runs),
            summary: concat!($($doc),+),
        }),*];

        /// Calls the operation `name` with a JSON request and answers JSON: how the app's window
        /// reaches every operation. A signed-in operation without a session is refused with
        /// `session.not_signed_in`; a request that does not fit the operation's type with
        /// `api.bad_request`, naming what did not fit.
        pub fn call(
            host: &mut Host,
            mut session: Option<&mut Session>,
            name: &str,
            request: Value,
        ) -> Result<Value> {
            let answer = dispatch(host, session.as_deref_mut(), name, request);
            // A refusal reaches the window in the language of the session as it now stands
            // (the person may just have chosen another), or before sign-in in the host's.
            let lang = session
                .map(|s| s.lang())
                .unwrap_or_else(|| host.languages().before_sign_in());
            answer.map_err(|e| e.in_lang(lang))
        }

        fn dispatch(
            host: &mut Host,
            session: Option<&mut Session>,
            name: &str,
            request: Value,
        ) -> Result<Value> {
            match name {
                $(stringify!($name) => {
                    let request: $req = parse(name, request)?;
                    let signed_in = session.is_some();
                    if operations!(@access $access) == Access::SignedIn && !signed_in {
                        return Err(ApiError::new("session.not_signed_in", Default::default()));
                    }
                    let mut cx = Cx::new(host, session)?;
                    let response: $resp = $func(&mut cx, request)?;
                    respond(response)
                })*
                _ => Err(ApiError::new(
                    "api.unknown_operation",
                    args([("operation", Value::from(name))]),
                )),
            }
        }

        /// The TypeScript interface of every operation's request and response, for the UI's
        /// generated client: `{ scan: { request: ScanRequest; response: Verdict }; … }`.
        pub fn typescript_operations(cfg: &ts_rs::Config) -> String {
            let mut out = String::from("export interface Operations {\n");
            $(
                out.push_str(&format!(
                    "  /** {} */\n  {}: {{ request: {}; response: {} }};\n",
                    concat!($($doc),+).trim(),
                    stringify!($name),
                    <$req as ts_rs::TS>::name(cfg),
                    <$resp as ts_rs::TS>::name(cfg),
                ));
            )*
            out.push('}');
            out
        }

        /// Visits the request and response type of every operation (to declare them all).
        pub fn visit_types(v: &mut impl ts_rs::TypeVisitor) {
            $(
                v.visit::<$req>();
                v.visit::<$resp>();
            )*
        }
    };
    (@access public) => { Access::Public };
    (@access signed_in) => { Access::SignedIn };
    (@runs shared) => { Runs::Shared };
    (@runs apart) => { Runs::Apart };
}

use crate::count;
use crate::insights;
use crate::ledger;
use crate::levels;
use crate::master;
use crate::movement;
use crate::national;
use crate::photo;
use crate::prices;
use crate::recall;
use crate::replenish;
use crate::report;
use crate::settings;
use crate::shipment;
use crate::site;
use crate::stock;
use crate::sync;
use crate::users;
use crate::write_off;

// Each area's operations stay under its heading, so the list reads like the product.
operations! {
    // Sign-in and first run ---------------------------------------------------------------------
    /// Sets up a new database: its site and first administrator, or the demonstration pharmacy.
    first_run: public shared site::first_run, site::FirstRun => site::SetUp;

    // Master data: products, locations, partners -------------------------------------------------
    /// Adds a product (managers, administrators).
    add_product: signed_in shared master::add_product, custody_core::ProductData => master::ProductRecord;
    /// Products whose name, generic name or GTIN contains the search, by name.
    products: signed_in shared master::products, master::ProductQuery => Vec<master::ProductRecord>;
    /// Changes a product's record; its GTIN never (managers, administrators).
    update_product: signed_in shared master::update_product, master::ProductUpdate => master::ProductRecord;
    /// Imports products from CSV, all lines or none.
    import_products: signed_in apart master::import_products, master::CsvImport => u64;
    /// Adds a location (managers, administrators).
    add_location: signed_in shared master::add_location, master::NewLocation => custody_core::Location;
    /// Every location.
    locations: signed_in shared master::locations, () => Vec<custody_core::Location>;
    /// Adds a trading partner (managers, administrators).
    add_partner: signed_in shared master::add_partner, master::NewPartner => custody_core::Partner;
    /// Every trading partner.
    partners: signed_in shared master::partners, () => Vec<custody_core::Partner>;
    /// Contract prices per supplier, of one supplier or product, by supplier, product and day.
    supplier_prices: signed_in shared prices::supplier_prices, prices::SupplierPriceQuery => Vec<custody_core::master::SupplierPrice>;
    /// Sets a product's contract price with a supplier from a day on (managers, administrators).
    set_supplier_price: signed_in shared prices::set_supplier_price, prices::SupplierPriceUpdate => custody_core::master::SupplierPrice;
    /// Imports contract prices per supplier from CSV, all lines or none.
    import_supplier_prices: signed_in apart prices::import_supplier_prices, master::CsvImport => u64;

    // Users ---------------------------------------------------------------------------------------
    /// Who may sign in here, for the sign-in screen's quick switch.
    sign_in_users: public shared users::sign_in_users, () => Vec<users::SignInUser>;
    /// Every person's account.
    users: signed_in shared users::users, () => Vec<custody_core::User>;
    /// Adds a user (administrators); the password typed twice.
    add_user: signed_in shared users::add_user, users::NewUser => custody_core::User;
    /// Sets a user's password (administrators); it also lifts a lockout.
    set_password: signed_in shared users::set_password, users::NewPassword => ();
    /// Chooses the language Custody speaks to the signed-in person (none: the machine's); answers the language now spoken.
    set_my_language: signed_in shared users::set_my_language, users::LanguageChoice => String;
    /// Disables or enables a user (administrators).
    set_user_active: signed_in shared users::set_user_active, users::UserActive => custody_core::User;
    /// Changes a user's role (administrators).
    set_user_role: signed_in shared users::set_user_role, users::UserRole => custody_core::User;
    /// The changes to a user's account, oldest first.
    user_history: signed_in shared users::user_history, users::Username => Vec<custody_core::auth::UserChange>;

    // Stock and a pack's history ------------------------------------------------------------------
    /// Stock by product and location, a page at a time.
    stock: signed_in shared stock::stock, stock::StockQuery => Vec<custody_core::stock::StockRow>;
    /// The sizes of the store.
    summary: signed_in shared stock::summary, () => custody_core::stock::Summary;
    /// A pack's chain of custody, by a scan of it or by GTIN and serial.
    unit_history: signed_in shared stock::unit_history, stock::PackQuery => custody_core::history::UnitHistory;
    /// A lot's chain of custody.
    lot_history: signed_in shared stock::lot_history, stock::PackQuery => custody_core::history::LotHistory;
    /// The scanner test: what arrived and how the site's settings read it.
    decode_scan: signed_in shared stock::decode_scan, stock::ScannerTest => stock::DecodedScan;
    /// Reads the codes in a photo of a pack (JPEG or PNG), each decoded with the site's scanner settings; nothing is recorded.
    decode_photo: signed_in apart photo::decode_photo, photo::PhotoRequest => Vec<photo::PhotoCode>;

    // Site settings ---------------------------------------------------------------------------
    /// The site's settings: scanners, alert windows, receipt limits.
    site_settings: signed_in shared settings::site_settings, () => settings::SiteSettings;
    /// Changes the site's settings (inventory managers, administrators).
    set_site_settings: signed_in shared settings::set_site_settings, settings::SiteSettings => settings::SiteSettings;

    // Movements -------------------------------------------------------------------------------
    /// One scan of a movement: decoded, checked and (unless blocked) recorded at once.
    scan: signed_in shared movement::scan_from_window, movement::ScanRequest => custody_core::movement::Verdict;
    /// What a movement needs before the first scan: its required fields and its signature.
    movement_rules: signed_in shared movement::rules, custody_core::movement::Movement => movement::MovementRules;
    /// The scan screen's setup: this database's workstation key, the movements this person may make.
    scan_setup: signed_in shared movement::scan_setup, () => movement::ScanSetup;
    /// Records that a pack held here left stolen or as a sample, decommissioned nationally for that reason where the site decommissions (QA officers, managers, administrators).
    write_off: signed_in shared write_off::write_off, write_off::WriteOffRequest => custody_core::write_off::WrittenOff;

    // Expected shipments and EPCIS --------------------------------------------------------------
    /// Imports a despatch advice (EPCIS JSON-LD or XML, or CSV) as an expected shipment.
    import_shipment: signed_in apart shipment::import, shipment::ShipmentImport => custody_core::shipment::Shipment;
    /// Expected shipments, newest first (or only the open ones).
    shipments: signed_in shared shipment::shipments, shipment::ShipmentList => Vec<custody_core::shipment::ShipmentSummary>;
    /// An expected shipment with its lines and what differed.
    shipment: signed_in shared shipment::shipment, shipment::ShipmentId => custody_core::shipment::Shipment;
    /// Receives every outstanding line of a shipment as the advice says.
    receive_all: signed_in apart shipment::receive_all, shipment::ReceiveWhole => custody_core::shipment::ReceiveAll;
    /// Closes a shipment; what did not arrive is recorded.
    close_shipment: signed_in shared shipment::close, shipment::ShipmentClose => custody_core::shipment::Shipment;
    /// The chain of custody of a pack, a lot or some days as EPCIS 2.0 JSON-LD.
    export_epcis: signed_in apart shipment::export_epcis, shipment::EpcisExport => serde_json::Value;

    // Recalls -----------------------------------------------------------------------------------
    /// Every recall with the counts of its reach, open ones first.
    recalls: signed_in shared recall::recalls, () => Vec<custody_core::recall::RecallListItem>;
    /// A recall's reach: every affected pack and lot quantity, and where it is or went.
    recall_reach: signed_in shared recall::reach, recall::ReachQuery => custody_core::recall::Reach;
    /// What entering a recall with this scope would quarantine and block; nothing is written.
    preview_recall: signed_in shared recall::preview, recall::RecallScope => custody_core::recall::HoldPreview;
    /// Enters a recall; every affected pack in stock is quarantined in place at once.
    create_recall: signed_in apart recall::create, recall::RecallForm => custody_core::recall::RecallCreated;
    /// Imports a recall file (EPCIS or scope CSV): one recall per notice, all or none.
    import_recall: signed_in apart recall::import, recall::RecallImport => Vec<custody_core::recall::RecallCreated>;
    /// Adds lots or packs to an open recall; what they cover in stock is quarantined.
    extend_recall: signed_in apart recall::extend, recall::RecallExtension => custody_core::recall::RecallCreated;
    /// Records what became of a recall's open items (destroying is signed).
    recall_outcome: signed_in shared recall::record_outcome, recall::OutcomeForm => custody_core::recall::OutcomeRecorded;
    /// Records what became of one pack of a recall, scanned as it is pulled.
    recall_outcome_scan: signed_in shared recall::record_scanned_outcome, recall::ScannedOutcome => recall::PackOutcome;
    /// Closes a recall, signed; refused while anything is open.
    close_recall: signed_in shared recall::close, recall::CloseForm => custody_core::recall::Recall;

    // Counts ------------------------------------------------------------------------------------
    /// Starts a count at a location (everything there, or some products).
    count_start: signed_in shared count::start, count::CountStart => custody_core::count::CountInfo;
    /// One scan of a count, read with the site's scanner settings.
    count_scan: signed_in shared count::scan, count::CountScanRequest => custody_core::count::CountScan;
    /// Where a count stands.
    count_status: signed_in shared count::status, count::CountId => custody_core::count::CountInfo;
    /// Ends scanning; the variance.
    count_finish: signed_in shared count::finish, count::CountId => custody_core::count::Variance;
    /// A count's variance as it stands.
    count_variance: signed_in shared count::variance, count::CountId => custody_core::count::Variance;
    /// Applies a finished count to the ledger, signed.
    count_apply: signed_in shared count::apply, count::CountApply => custody_core::count::CountApplied;
    /// Abandons a count.
    count_abandon: signed_in shared count::abandon, count::CountAbandon => custody_core::count::CountInfo;
    /// The counts, newest first (by status, a page at a time): what to resume, apply or abandon.
    count_list: signed_in shared count::list, custody_core::count::CountFilter => Vec<custody_core::count::CountInfo>;
    /// The lots counted so far in a count, each with its running total.
    count_lots: signed_in shared count::lots, count::CountId => Vec<custody_core::count::CountedLot>;
    /// Corrects a counted lot's total in an open count.
    count_lot_correct: signed_in shared count::correct_lot, count::CountLotCorrection => custody_core::count::CountedLot;

    // Stock levels: reorder rules, shortages, expiry ----------------------------------------------
    /// What needs attention now (the Home screen).
    attention: signed_in apart levels::attention, () => custody_core::levels::Attention;
    /// The shortage list, most urgent first (or by a column), a page at a time.
    shortages: signed_in apart levels::shortages, levels::ShortageQuery => levels::Page<custody_core::levels::Position>;
    /// Stock expired or expiring within a window, a page at a time.
    expiring: signed_in apart levels::expiring, levels::ExpiryQuery => levels::Page<custody_core::levels::ExpiryLine>;
    /// A product's positions, lots and daily use.
    product_detail: signed_in shared levels::product_detail, levels::ProductQueryByGtin => custody_core::levels::ProductDetail;
    /// Positions against reorder rules.
    positions: signed_in apart levels::positions, levels::PositionQuery => Vec<custody_core::levels::Position>;
    /// Every reorder rule.
    reorder_rules: signed_in shared levels::reorder_rules, () => Vec<custody_core::levels::ReorderRule>;
    /// The changes of reorder rules (who, when, old and new), newest first.
    reorder_rule_changes: signed_in shared levels::reorder_rule_changes, custody_core::levels::RuleChangeFilter => Vec<custody_core::levels::RuleChange>;
    /// Sets the reorder rule of a product at a location (managers, administrators).
    set_reorder_rule: signed_in shared levels::set_reorder_rule, levels::RuleForm => custody_core::levels::ReorderRule;
    /// Imports reorder rules from CSV, all lines or none.
    import_reorder_rules: signed_in apart levels::import_reorder_rules, master::CsvImport => u64;
    /// Reorder rules suggested from use; set when asked.
    suggest_reorder_rules: signed_in apart levels::suggest_reorder_rules, levels::SuggestRequest => Vec<custody_core::levels::ReorderRule>;

    // Insights from the ledger ------------------------------------------------------------------
    /// Dwell time: how long packs stay at each location, and what has waited longer than asked.
    insights_dwell: signed_in apart insights::dwell, custody_core::insights::InsightQuery => custody_core::insights::DwellInsight;
    /// Waste: destroyed and returned stock by cause, month, product, location and supplier.
    insights_waste: signed_in apart insights::waste, custody_core::insights::InsightQuery => custody_core::insights::WasteInsight;
    /// Shrinkage: count variances by kind, month and location, and where counts keep disagreeing.
    insights_shrinkage: signed_in apart insights::shrinkage, custody_core::insights::InsightQuery => custody_core::insights::ShrinkageInsight;
    /// Supplier quality: findings per supplier and manufacturer, traced to the packs.
    insights_suppliers: signed_in apart insights::suppliers, custody_core::insights::InsightQuery => custody_core::insights::SupplierInsight;
    /// Consumption trends: weekly use against last year and the reorder rules then in force.
    insights_trends: signed_in apart insights::trends, custody_core::insights::InsightQuery => custody_core::insights::TrendInsight;

    // Replenishment: who supplies whom, pick lists, supplier orders ----------------------------
    /// Names the pharmacy or store that tops up a ward or clinic (managers, administrators).
    set_supplying_location: signed_in shared replenish::set_supplying_location, replenish::SupplyingLocation => custody_core::Location;
    /// Names a product's usual supplier (managers, administrators).
    set_usual_supplier: signed_in shared replenish::set_usual_supplier, replenish::UsualSupplier => master::ProductRecord;
    /// The current pick list with what has been picked, if one has been made.
    pick_list: signed_in apart replenish::pick_list, () => Option<custody_core::replenish::PickList>;
    /// Makes a pick list from today's ward and clinic shortages, replacing the current one.
    make_pick_list: signed_in apart replenish::make_pick_list, () => custody_core::replenish::PickList;
    /// Picks a scanned pack: the transfer from the supplying location to the ward.
    pick_scan: signed_in shared replenish::pick_scan, replenish::PickScanRequest => custody_core::replenish::PickScan;
    /// Today's supplier orders, grouped by usual supplier, at contract prices.
    supplier_orders: signed_in apart replenish::supplier_orders, () => Vec<custody_core::replenish::SupplierOrder>;

    // Reports -----------------------------------------------------------------------------------
    /// A report's model, for the preview.
    report_preview: signed_in apart report::preview, custody_core::report::ReportRequest => custody_core::report::Document;
    /// Saves a report as PDF or CSV in the reports folder beside the database.
    save_report: signed_in apart report::save, report::SaveReport => report::SavedReport;

    // The ledger and backups --------------------------------------------------------------------
    /// Checks the ledger and the stock tables against it: in full, or what changed since the last
    /// clean check; a clean check records a checkpoint.
    verify_ledger: signed_in apart ledger::verify, ledger::LedgerCheckRequest => ledger::LedgerCheck;
    /// Declares, signed, that the computer's clock ran ahead and is now right (administrators).
    correct_clock: signed_in shared ledger::correct_clock, ledger::ClockCorrection => custody_core::ledger::Appended;
    /// How far back a person may say something happened.
    late_entry: signed_in shared ledger::late_entry, () => ledger::LateEntry;
    /// Sets the late-entry window (administrators).
    set_late_entry: signed_in shared ledger::set_late_entry, ledger::LateEntry => ledger::LateEntry;
    /// The folder an administrator chose for backups.
    backup_folder: signed_in shared ledger::backup_folder, () => Option<String>;
    /// Chooses the backup folder (administrators).
    set_backup_folder: signed_in shared ledger::set_backup_folder, ledger::BackupFolder => String;

    // The hospital network ----------------------------------------------------------------------
    /// Where the site stands with the hub: the state, what waits, the last success and refusal.
    sync_status: signed_in shared sync::status_op, () => custody_core::sync::SyncStatus;
    /// Pushes what waits and pulls what the hub sends, now; offline or refused is an answer.
    sync_now: signed_in apart sync::now_op, () => sync::SyncNowDone;
    /// Shares a recall entered here with the hospital network (QA officers, administrators).
    share_recall: signed_in apart sync::share_recall, sync::ShareRecall => sync::RecallShared;
    /// Enrols the site with the hub with its one-time code, or again after a fork (administrators).
    sync_enrol: signed_in apart sync::enrol, sync::SyncEnrol => custody_core::sync::SyncStatus;

    // National verification ---------------------------------------------------------------------
    /// The site's national system (EU-xx, US) and when it checks with it.
    national_settings: signed_in shared national::settings, () => custody_core::national::NationalSettings;
    /// Chooses the site's national system and when it checks (managers, administrators).
    set_national_settings: signed_in shared national::set_settings, national::NationalChoice => custody_core::national::NationalSettings;
    /// How many verifications wait and since when, the alerts and failures: the status bar's figures.
    national_summary: signed_in shared national::summary, () => national::NationalSummary;
    /// The verification requests of one state (waiting, done, alerts, failed), newest first.
    national_queue: signed_in shared national::queue, national::NationalQueueRequest => Vec<custody_core::national::NvsQueued>;
    /// Queues a failed verification request again, once what refused it is mended (QA officers, managers, administrators).
    national_retry: signed_in shared national::retry, national::NationalRetry => national::NationalRetried;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_has_one_name_and_a_declared_request_and_response() {
        let mut names: Vec<&str> = OPERATIONS.iter().map(|o| o.name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(
            before,
            names.len(),
            "two operations share a name: the client could not tell them apart"
        );
        let ts = crate::bindings::typescript(|_| {});
        for o in OPERATIONS {
            assert!(
                ts.contains(&format!("  {}: {{ request:", o.name)),
                "{} is missing from the TypeScript client",
                o.name
            );
        }
        assert!(
            ts.contains("export type ScanRequest"),
            "request types are declared"
        );
        assert!(
            ts.contains("export type Verdict"),
            "response types are declared, with what they contain"
        );
    }
}
