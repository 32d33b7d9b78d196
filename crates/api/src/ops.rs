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
use crate::movement;
use crate::recall;
use crate::settings;

// Each area's operations stay under its heading, so the list reads like the product.
operations! {
    // Sign-in and first run ---------------------------------------------------------------------

    // Master data: products, locations, partners -------------------------------------------------

    // Users ---------------------------------------------------------------------------------------

    // Stock and a pack's history ------------------------------------------------------------------

    // Site settings ---------------------------------------------------------------------------
    /// The site's settings: scanners, alert windows, receipt limits.
    site_settings: signed_in shared settings::site_settings, () => settings::SiteSettings;
    /// Changes the site's settings (inventory managers, administrators).
    set_site_settings: signed_in shared settings::set_site_settings, settings::SiteSettings => settings::SiteSettings;

    // Movements -------------------------------------------------------------------------------
    /// One scan of a movement: decoded, checked and (unless blocked) recorded at once.
    scan: signed_in shared movement::scan, movement::ScanRequest => custody_core::movement::Verdict;
    /// What a movement needs before the first scan: its required fields and its signature.
    movement_rules: signed_in shared movement::rules, custody_core::movement::Movement => movement::MovementRules;

    // Expected shipments and EPCIS --------------------------------------------------------------

    // Recalls -----------------------------------------------------------------------------------
    /// Every recall with the counts of its reach, open ones first.
    recalls: signed_in shared recall::recalls, () => Vec<custody_core::recall::RecallListItem>;
    /// A recall's reach: every affected pack and lot quantity, and where it is or went.
    recall_reach: signed_in shared recall::reach, recall::ReachQuery => custody_core::recall::Reach;
    /// Enters a recall; every affected pack in stock is quarantined in place at once.
    create_recall: signed_in apart recall::create, recall::RecallForm => custody_core::recall::RecallCreated;
    /// Imports a recall file (EPCIS or scope CSV): one recall per notice, all or none.
    import_recall: signed_in apart recall::import, recall::RecallImport => Vec<custody_core::recall::RecallCreated>;
    /// Adds lots or packs to an open recall; what they cover in stock is quarantined.
    extend_recall: signed_in apart recall::extend, recall::RecallExtension => custody_core::recall::RecallCreated;
    /// Records what became of a recall's open items (destroying is signed).
    recall_outcome: signed_in shared recall::record_outcome, recall::OutcomeForm => custody_core::recall::OutcomeRecorded;
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

    // Stock levels: reorder rules, shortages, expiry ----------------------------------------------

    // Reports -----------------------------------------------------------------------------------

    // The ledger and backups --------------------------------------------------------------------
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
