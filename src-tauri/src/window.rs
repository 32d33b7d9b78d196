//! What the shell knows of its window and nothing else does: what the window shows first, and
//! opening a saved report with the system's viewer. The commands in [`crate::commands`] hand
//! over to these.

use std::path::{Path, PathBuf};

use custody_api::ApiError;
use custody_core::{Store, User};

use crate::ipc::{invalid, io, AppInfo};

type Result<T> = std::result::Result<T, ApiError>;

/// What the window's state holds that the first screen shows.
pub(crate) struct Shown {
    /// Who is signed in, if anyone.
    pub(crate) actor: Option<User>,
    /// Minutes without a command before the workstation signs out.
    pub(crate) idle_minutes: u32,
    /// Where backups go now.
    pub(crate) backup_dir: PathBuf,
    /// What the start-up check found, `None` while it runs.
    pub(crate) integrity: Option<Vec<String>>,
    /// The database was named with `--db`, so it cannot be chosen at first run.
    pub(crate) db_from_args: bool,
    /// The languages this window's sessions speak.
    pub(crate) languages: custody_api::Languages,
}

/// What the window shows first (nobody signed in before sign-in): before anyone signs in only
/// what the sign-in screen needs; the database's path, sizes and backups are for whoever is
/// signed in. A database not yet set up is told where it is, for its first run.
pub(crate) fn app_info(store: &mut Store, shown: Shown) -> Result<AppInfo> {
    let Shown {
        actor,
        languages,
        idle_minutes,
        backup_dir,
        integrity: checked,
        db_from_args,
    } = shown;
    let site = store.site()?;
    let initialised = store.is_initialised()?;
    // The person's own choice, read afresh: they may just have changed it.
    let language = match &actor {
        Some(user) => languages.for_person(
            store
                .user_language(user.id)?
                .and_then(|tag| custody_api::Lang::parse(&tag)),
        ),
        None => languages.before_sign_in(),
    };
    let integrity_checked = checked.is_some();
    let found = checked.unwrap_or_default();
    let mut info = AppInfo {
        site_name: site.as_ref().map(|s| s.name.clone()),
        site: None,
        database: None,
        database_choosable: !db_from_args && !initialised,
        actor: actor.clone(),
        language: language.tag().to_string(),
        idle_minutes,
        integrity: Vec::new(),
        integrity_checked,
        last_backup: None,
        backup_dir: None,
        sync: None,
        alarms: Vec::new(),
    };
    if !initialised {
        info.database = Some(store.path().display().to_string());
    }
    if actor.is_none() {
        if !found.is_empty() {
            info.integrity = vec![
                "The database file failed its start-up check. Record nothing; an administrator who signs in sees what was found.".into(),
            ];
        }
        return Ok(info);
    }
    info.site = site;
    info.database = Some(store.path().display().to_string());
    info.integrity = found;
    // The folder may hold other databases' backups too (a new database beside an old one):
    // only this database's own count as its last backup.
    info.last_backup = custody_api::backups::latest(store, &backup_dir)?;
    info.backup_dir = Some(backup_dir.display().to_string());
    // Read as the sync principal: whoever is signed in sees the status bar's state.
    let agent = store.system_principal(custody_core::SystemPrincipal::Sync)?;
    info.sync = Some(store.sync_status(&agent)?);
    info.alarms = store.hub_alarms(&agent, false)?;
    Ok(info)
}

/// Opens `path` with the system's viewer, if it is a saved report: a file in the reports folder
/// beside the database `db` (see [`custody_api::report::reports_folder_path`]). Anything else
/// the window names is refused, so a script in the window cannot open an arbitrary file.
pub(crate) fn open_saved_report(db: &Path, path: &Path) -> Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let inside = custody_api::report::reports_folder_path(db, &name)?;
    if inside != path || !inside.is_file() {
        return Err(invalid(
            "path",
            format!("{} is not a saved report", path.display()),
        ));
    }
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(opener)
        .arg(path)
        .spawn()
        .map(drop)
        .map_err(|e| io(path, format!("cannot open {}: {e}", path.display())))
}
