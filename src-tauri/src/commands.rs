//! Tauri commands: `call`, the one generic command over custody-api's operation list, and the
//! few that are about this window rather than the pharmacy's data (what it shows first, who is
//! signed in here, its backup folder, opening a saved file, where its database lives, starting
//! again). Each body takes the state and hands over to custody-api or a helper of the shell.

use custody_api::ops::Runs;
use custody_api::ApiError;
use custody_core::backup::{BackupInfo, Retention};
use custody_core::User;
use serde_json::Value;
use tauri::{Emitter, State};

use crate::ipc::{internal, AppInfo};
use crate::session::Moment;
use crate::state::AppState;

type Result<T> = std::result::Result<T, ApiError>;

/// Runs the operation `op` of custody-api's list with its JSON `request`, behind the session gate
/// (a public operation before sign-in, any other in a live session): on the window's connection,
/// or, for long work, on a connection of its own off the async runtime while the window is told
/// what is running (and "" once it is done).
#[tauri::command]
pub async fn call(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    op: String,
    request: Value,
) -> Result<Value> {
    let (operation, session) = state.admit_call(&op, Moment::now())?;
    if operation.runs == Runs::Shared {
        let answer = crate::state::run_operation(&mut *state.host()?, operation, session, request);
        return state.kept(operation, answer?);
    }
    let mut host = state.apart()?;
    let _ = app.emit("progress", operation.summary.trim());
    let answer = tauri::async_runtime::spawn_blocking(move || {
        crate::state::run_operation(&mut host, operation, session, request)
    })
    .await
    .map_err(|e| internal(format!("{} stopped: {e}", operation.name)));
    let _ = app.emit("progress", "");
    state.kept(operation, answer??)
}

/// What the window shows first; answered before sign-in, with only what the sign-in screen
/// needs until someone has signed in (see [`AppInfo`]). Asking does not count as activity.
#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo> {
    state.info(Moment::now())
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

/// Takes a verified backup now into the window's backup folder (the command line's, else the
/// one an administrator chose, else beside the database), on a connection of its own.
#[tauri::command]
pub async fn backup_now(state: State<'_, AppState>) -> Result<BackupInfo> {
    let (mut session, dir, mut host) = (state.signed_in()?, state.backup_dir()?, state.apart()?);
    tauri::async_runtime::spawn_blocking(move || {
        let mut cx = custody_api::Cx::new(&mut host, Some(&mut session))?;
        custody_api::backups::take(&mut cx, &dir, Retention::default()).map(|(info, _)| info)
    })
    .await
    .map_err(|e| internal(format!("the backup stopped: {e}")))?
}

/// Opens a saved report in the system's viewer: only a file in the reports folder beside the
/// database, never any path the window names.
#[tauri::command]
pub async fn open_file(state: State<'_, AppState>, path: String) -> Result<()> {
    state.signed_in()?;
    let db = state.host()?.path().to_path_buf();
    crate::window::open_saved_report(&db, std::path::Path::new(&path))
}

/// First run: keeps the database in another folder (or opens an existing Custody database
/// there) from the next start on. Returns the file; the UI then restarts the app onto it.
#[tauri::command]
pub async fn choose_database(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    path: String,
) -> Result<String> {
    state.may_choose_database()?;
    crate::database::choose(crate::database::database_choice_file(&app), &path)
}

/// Starts the app again (after the database was moved at first run).
#[tauri::command]
pub fn restart(app: tauri::AppHandle) {
    app.restart();
}

/// The test camera's symbols for the camera view to film: only a `fake-camera` build run with
/// `CUSTODY_FAKE_CAMERA` has one; every other build answers none and the view opens the real
/// camera.
#[tauri::command]
pub fn camera_test_source() -> Result<Option<Vec<crate::camera::TestSymbol>>> {
    crate::camera::test_source().map_err(internal)
}
