//! Tauri commands: take the state, call core, map the result.

use custody_core::stock::{StockFilter, StockRow};
use custody_core::{Location, User};
use tauri::State;

use crate::ipc::{AppInfo, IpcError, StockQuery};
use crate::AppState;

type Result<T> = std::result::Result<T, IpcError>;

fn actor(state: &AppState) -> Result<&User> {
    state.actor.as_ref().ok_or_else(|| IpcError::new("no_user", "This database has no user to act as yet. Set it up with `custody init`, or open the demo data."))
}

fn store(state: &AppState) -> Result<std::sync::MutexGuard<'_, custody_core::Store>> {
    state.store.lock().map_err(|_| {
        IpcError::new(
            "internal",
            "the database is unavailable after an earlier failure; restart Custody",
        )
    })
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo> {
    let store = store(&state)?;
    Ok(AppInfo {
        site: store.site()?,
        database: store.path().display().to_string(),
        actor: state.actor.clone(),
        summary: store.summary()?,
        integrity: state.integrity.clone(),
        last_backup: custody_core::backup::list(&state.backup_dir)?.into_iter().next(),
        backup_dir: state.backup_dir.display().to_string(),
    })
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
    Ok(store(&state)?.stock(me, &filter)?)
}

#[tauri::command]
pub async fn locations(state: State<'_, AppState>) -> Result<Vec<Location>> {
    let me = actor(&state)?;
    Ok(store(&state)?.locations(me)?)
}
