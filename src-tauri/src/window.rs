//! What the shell knows of its window and nothing else does: what the window shows first, where
//! its database lives (chosen at first run), and opening a saved report with the system's viewer.
//! The commands in [`crate::commands`] hand over to these.

use std::path::{Path, PathBuf};

use custody_api::ApiError;
use custody_core::{Store, User};

use crate::ipc::{internal, invalid, io, AppInfo};
use crate::AppState;

type Result<T> = std::result::Result<T, ApiError>;

/// What the window shows first, for `actor` (nobody before sign-in): before anyone signs in only
/// what the sign-in screen needs; the database's path, sizes and backups are for whoever is
/// signed in. A database not yet set up is told where it is, for its first run.
pub(crate) fn app_info(
    state: &AppState,
    store: &mut Store,
    actor: Option<User>,
    idle_minutes: u32,
    backup_dir: PathBuf,
) -> Result<AppInfo> {
    let site = store.site()?;
    let initialised = store.is_initialised()?;
    let checked = state.integrity.lock().ok().and_then(|i| i.clone());
    let integrity_checked = checked.is_some();
    let found = checked.unwrap_or_default();
    let mut info = AppInfo {
        site_name: site.as_ref().map(|s| s.name.clone()),
        site: None,
        database: None,
        database_choosable: !state.db_from_args && !initialised,
        actor: actor.clone(),
        idle_minutes,
        summary: None,
        integrity: Vec::new(),
        integrity_checked,
        last_backup: None,
        backup_dir: None,
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
    info.summary = Some(store.summary()?);
    info.integrity = found;
    info.last_backup = custody_api::backups::list(&backup_dir)?.into_iter().next();
    info.backup_dir = Some(backup_dir.display().to_string());
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

/// First run: remembers `input` (a folder, or a `.db` file in one) as where the database lives
/// from the next start, after checking that it is a Custody database or that the folder takes a
/// new file. Refused on a window opened with `--db` and on a database already set up (moving
/// that is a backup and restore). Returns the file.
pub(crate) fn choose_database(
    app: &tauri::AppHandle,
    state: &AppState,
    input: &str,
) -> Result<String> {
    let refuse = |m: String| invalid("path", m);
    if state.db_from_args {
        return Err(refuse(
            "this window was opened with --db: start Custody without it to choose".into(),
        ));
    }
    if state.with_store(|s| Ok(s.is_initialised()?))? {
        return Err(refuse(
            "this database is already set up; move it with a backup and restore instead".into(),
        ));
    }
    let target = crate::database::database_target(input).map_err(refuse)?;
    if target.exists() {
        if !custody_core::db::is_custody_file(&target).map_err(custody_core::CoreError::from)? {
            return Err(refuse(format!(
                "{} exists and is not a Custody database",
                target.display()
            )));
        }
    } else {
        // Make sure the folder takes a file before promising to keep the database there, with
        // a probe that is created new (never someone's file of that name, emptied and removed).
        let probe = target.with_extension(format!("db-probe-{}", std::process::id()));
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&probe)
            .and_then(|_| std::fs::remove_file(&probe))
            .map_err(|e| {
                refuse(format!(
                    "cannot write in {}: {e}",
                    target.parent().unwrap_or(&target).display()
                ))
            })?;
    }
    let file = crate::database::database_choice_file(app)
        .ok_or_else(|| internal("no configuration folder on this system"))?;
    let written = file
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|_| std::fs::write(&file, target.display().to_string()));
    written.map_err(|e| {
        io(
            &file,
            format!("cannot remember the choice in {}: {e}", file.display()),
        )
    })?;
    Ok(target.display().to_string())
}
