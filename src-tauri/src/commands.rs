//! Tauri commands: `call`, the one generic command over custody-api's operation list, and the
//! session, stock and backup commands not yet in that list (take the state, call core, map the
//! result).

use custody_api::ops::Runs;
use custody_api::ApiError;
use custody_core::stock::{StockFilter, StockRow};
use custody_core::{Location, User};
use serde_json::Value;
use tauri::State;

use std::path::PathBuf;

use custody_core::backup::{BackupInfo, Retention};

use crate::ipc::{internal, io, AppInfo, LedgerCheck, SignInUser, StockQuery};
use crate::session::Moment;
use crate::AppState;

type Result<T> = std::result::Result<T, ApiError>;

/// Runs the operation `op` of custody-api's list with its JSON `request`, behind the session gate
/// (a public operation before sign-in, any other in a live session): on the window's connection,
/// or, for long work, on a connection of its own off the async runtime.
#[tauri::command]
pub async fn call(state: State<'_, AppState>, op: String, request: Value) -> Result<Value> {
    let (operation, session) = state.admit_call(&op, Moment::now())?;
    if operation.runs == Runs::Shared {
        return crate::run_operation(&mut *state.host()?, operation, session, request);
    }
    let mut host = state.apart()?;
    tauri::async_runtime::spawn_blocking(move || {
        crate::run_operation(&mut host, operation, session, request)
    })
    .await
    .map_err(|e| internal(format!("{} stopped: {e}", operation.name)))?
}

/// The signed-in person; every command that reads or changes data needs one. Asking counts as
/// activity; a session idle for its minutes answers `session.signed_out` instead.
pub(crate) fn actor(state: &AppState) -> Result<User> {
    state
        .session()?
        .command(Moment::now())
        .map(|s| s.actor().user().clone())
        .map_err(|why| why.refusal())
}

/// The window's database file.
pub(crate) fn db_path(state: &AppState) -> Result<PathBuf> {
    Ok(state.host()?.path().to_path_buf())
}

/// What the window shows first; answered before sign-in, with only what the sign-in screen
/// needs until someone has signed in (see [`AppInfo`]). Asking does not count as activity.
#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo> {
    app_info_at(&state, Moment::now())
}

pub(crate) fn app_info_at(state: &AppState, now: Moment) -> Result<AppInfo> {
    let actor = state
        .session()?
        .signed_in(now)
        .map(|s| s.actor().user().clone());
    let idle_minutes = state.session()?.idle_minutes();
    let dir = backup_dir(state)?;
    state.with_store(|store| app_info_of(state, store, actor, idle_minutes, dir))
}

fn app_info_of(
    state: &AppState,
    store: &mut custody_core::Store,
    actor: Option<User>,
    idle_minutes: u32,
    dir: PathBuf,
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
    info.last_backup = custody_core::backup::list(&dir)?.into_iter().next();
    info.backup_dir = Some(dir.display().to_string());
    Ok(info)
}

#[tauri::command]
pub async fn stock_page(state: State<'_, AppState>, query: StockQuery) -> Result<Vec<StockRow>> {
    let me = actor(&state)?;
    let filter = StockFilter {
        gtin: None,
        location: query.location.filter(|l| !l.is_empty()),
        search: query.search,
        limit: Some(query.limit.clamp(1, 1000) as usize),
        offset: query.offset as usize,
    };
    state.with_store(|s| Ok(s.stock(&me, &filter)?))
}

#[tauri::command]
pub async fn locations(state: State<'_, AppState>) -> Result<Vec<Location>> {
    let me = actor(&state)?;
    state.with_store(|s| Ok(s.locations(&me)?))
}

/// Checks the whole ledger (`custody verify`) on a connection of its own, so the rest of the
/// app keeps working while it runs.
#[tauri::command]
pub async fn verify_ledger(state: State<'_, AppState>) -> Result<LedgerCheck> {
    let me = actor(&state)?;
    let mut host = state.apart()?;
    let report = tauri::async_runtime::spawn_blocking(move || {
        crate::with_store(&mut host, |s| Ok(s.verify(&me)?))
    })
    .await
    .map_err(|e| internal(format!("the check stopped: {e}")))??;
    Ok(LedgerCheck {
        intact: report.is_intact(),
        events: report.events,
        units: report.units,
        problems: report
            .findings
            .iter()
            .take(20)
            .map(|f| f.message.clone())
            .collect(),
        total_problems: report.total_findings,
    })
}

fn backup_dir(state: &AppState) -> Result<PathBuf> {
    state
        .backup_dir
        .lock()
        .map(|d| d.clone())
        .map_err(|_| internal("the backup settings are unavailable; restart Custody"))
}

pub(crate) fn now() -> custody_core::Timestamp {
    custody_core::Timestamp(chrono::Local::now().fixed_offset())
}

/// Takes a verified backup now, into the backup folder, on a connection of its own.
#[tauri::command]
pub async fn backup_now(state: State<'_, AppState>) -> Result<BackupInfo> {
    let me = actor(&state)?;
    let dir = backup_dir(&state)?;
    crate::files::check_backup_folder(&dir, &db_path(&state)?)
        .map_err(|m| crate::ipc::invalid("folder", m))?;
    let mut host = state.apart()?;
    let (info, _) = tauri::async_runtime::spawn_blocking(move || {
        crate::with_store(&mut host, |s| {
            Ok(s.backup(&me, &dir, Retention::default(), now())?)
        })
    })
    .await
    .map_err(|e| internal(format!("the backup stopped: {e}")))??;
    Ok(info)
}

/// Chooses the backup folder (administrators); the daily backups go there from now on.
#[tauri::command]
pub async fn set_backup_folder(state: State<'_, AppState>, folder: String) -> Result<String> {
    let me = actor(&state)?;
    let folder = std::path::Path::new(folder.trim());
    crate::files::check_backup_folder(folder, &db_path(&state)?)
        .map_err(|m| crate::ipc::invalid("folder", m))?;
    let dir = state.with_store(|s| Ok(s.set_backup_folder(&me, folder, now())?))?;
    *state
        .backup_dir
        .lock()
        .map_err(|_| internal("the backup settings are unavailable; restart Custody"))? =
        dir.clone();
    Ok(dir.display().to_string())
}

/// Signs a person in at this workstation through custody-api (five wrong passwords lock the
/// account for a while); the api's session is the workstation's until sign-out or idleness.
#[tauri::command]
pub async fn sign_in(
    state: State<'_, AppState>,
    username: String,
    password: String,
) -> Result<User> {
    state.sign_in(&username, &password, Moment::now())
}

/// Signs the current user out (the switch-user button, and the idle timeout).
#[tauri::command]
pub async fn sign_out(state: State<'_, AppState>) -> Result<()> {
    state.session()?.sign_out();
    Ok(())
}

/// Who may sign in here: active users' usernames and names, for the quick switch.
#[tauri::command]
pub async fn sign_in_users(state: State<'_, AppState>) -> Result<Vec<SignInUser>> {
    state.with_store(|s| {
        Ok(s.sign_in_users()?
            .into_iter()
            .map(|(username, name)| SignInUser { username, name })
            .collect())
    })
}

/// First run: keeps the database in another folder (or opens an existing Custody database
/// there) from the next start on. Returns the file; the UI then restarts the app onto it.
#[tauri::command]
pub async fn choose_database(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    path: String,
) -> Result<String> {
    let invalid = |m: String| crate::ipc::invalid("path", m);
    if state.db_from_args {
        return Err(invalid(
            "this window was opened with --db: start Custody without it to choose".into(),
        ));
    }
    if state.with_store(|s| Ok(s.is_initialised()?))? {
        return Err(invalid(
            "this database is already set up; move it with a backup and restore instead".into(),
        ));
    }
    let target = crate::database_target(&path).map_err(invalid)?;
    if target.exists() {
        if !custody_core::db::is_custody_file(&target).map_err(custody_core::CoreError::from)? {
            return Err(invalid(format!(
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
                invalid(format!(
                    "cannot write in {}: {e}",
                    target.parent().unwrap_or(&target).display()
                ))
            })?;
    }
    let file = crate::database_choice_file(&app)
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

/// Starts the app again (after the database was moved at first run).
#[tauri::command]
pub fn restart(app: tauri::AppHandle) {
    app.restart();
}
