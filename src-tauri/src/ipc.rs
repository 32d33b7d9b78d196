//! What crosses the IPC boundary beside custody-api's operations: the window's own answer
//! ([`AppInfo`]), the shell's own refusals (as [`ApiError`]s, the one error type the window
//! receives), and the generated TypeScript declarations the UI imports (`ui/src/bindings.ts`).

use custody_api::error::args;
use custody_api::ApiError;
use custody_core::backup::BackupInfo;
use custody_core::{Site, User};
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

/// A refusal of the shell's own (not custody-api's), with the field at fault in `args.field`:
/// core's `invalid` code, as for any form field a person got wrong.
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
    /// The language the window speaks: the signed-in person's, else the machine's (a tag such
    /// as `fr`; see `custody_messages::Lang`).
    pub language: String,
    /// Minutes without a key or a click before the app asks who is there again.
    pub idle_minutes: u32,
    /// What the start-up check found wrong with the database file (empty when it is sound);
    /// before sign-in, one sentence saying that it found something.
    pub integrity: Vec<String>,
    /// Whether the start-up check has finished (it runs beside the window).
    pub integrity_checked: bool,
    /// The newest verified backup, if any (signed in).
    pub last_backup: Option<BackupInfo>,
    /// Where backups go (signed in).
    pub backup_dir: Option<String>,
    /// Where the site stands with the hub (signed in); the sync agent's `sync-status` event
    /// brings each change after this.
    pub sync: Option<custody_core::sync::SyncStatus>,
    /// The hub's open counterfeit alarms about this site's packs, newest first (signed in); the
    /// sync agent's `hub-alarms` event brings each change after this.
    pub alarms: Vec<custody_core::sync::HubAlarm>,
}

/// The whole `ui/src/bindings.ts`: custody-api's operations and their types, and the window's
/// own answers.
pub fn typescript_bindings() -> String {
    custody_api::bindings::typescript(|d| {
        d.add::<AppInfo>();
        d.add::<BackupInfo>();
        d.add::<crate::camera::TestSymbol>();
    })
}
