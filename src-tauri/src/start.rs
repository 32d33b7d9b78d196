//! Start-up: which database the window opens (and the refusal of a file that is not Custody's),
//! where its backups go, and the background work started as the checks of the file pass: the
//! one at start, then the whole file's.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

use custody_api::{Host, SystemClock};
use custody_core::db::BackgroundCheckpoints;
use custody_core::Store;
use tauri::{Emitter, Manager};

use crate::background::{behind_the_window, keep_lists, schedule_alerts, schedule_backups};
use crate::database::remembered_database;
use crate::options::Options;
use crate::state::{with_store, AppState};

/// Set when the window is gone: the sync agent stops at its next look.
pub(crate) struct SyncAgentStop(pub(crate) Arc<AtomicBool>);

/// How often the write-ahead log is copied back into the database.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(5);

/// Opens the store and starts the background work: the start-up check, then backups and alerts,
/// the checkpointer and the kept lists. The error is a sentence for the terminal.
pub(crate) fn start(app: &mut tauri::App, options: &Options) -> Result<(), String> {
    let path = database_path(app, options)?;
    let opening = |e: &dyn std::fmt::Display| format!("cannot open {}: {e}", path.display());
    refuse_foreign_file(&path).map_err(|e| opening(&e))?;
    let mut host = Host::open(&path, Arc::new(SystemClock)).map_err(|e| opening(&e))?;
    // The window speaks the machine's language until someone who chose another signs in.
    host.set_languages(custody_api::Languages {
        forced: None,
        default: custody_api::Lang::of_machine(|name| std::env::var(name).ok()).unwrap_or_default(),
    });
    // Backups and alerts start only on a database that is set up (the first run restarts the
    // app), each as its own system principal.
    let (initialised, chosen_backups) = with_store(&mut host, |s| {
        // The window's own connection, which runs the `shared` operations (a scan, a count's
        // scan, a pack's page, a recall's reach), reads unmapped: mapped, the first of them on
        // a file not yet in memory waited for 8 MB of the file's pages around each page they
        // needed (`Store::map_whole_file`). The `apart` ones open connections of their own.
        s.map_whole_file(false);
        Ok((s.is_initialised()?, s.backup_folder()?))
    })
    .map_err(|e| opening(&e))?;
    let backup_dir = backup_folder(options.backup_dir.clone(), chosen_backups, &path);
    let state = AppState::new(host, options, backup_dir);
    // The keeper's host shares the window's kept lists, so a visit finds the list it made.
    let keeper = state.apart().map_err(|e| opening(&e))?;
    let agent = state.apart().map_err(|e| opening(&e))?;
    let stop = Arc::new(AtomicBool::new(false));
    app.manage(SyncAgentStop(stop.clone()));
    let work = Work {
        keeper,
        agent,
        stop,
    };
    check_then_start_work(app.handle().clone(), &state, &path, initialised, work);
    // Copies the log back every few seconds, and at once after a recall's hold (kept for as
    // long as the app runs; the window's handle in `restart` keeps it until the process ends).
    // After a copy of the whole log, the window's connection starts the log again if no
    // operation holds it, so that the next scan in a run of scans does not wait for that
    // start's sync (`Store::restart_log_if_copied`); if one does, the next write starts it. An
    // operation that comes during that write waits for it (the sync of one page).
    let handle = app.handle().clone();
    let restart = move || {
        let Some(state) = handle.try_state::<AppState>() else {
            return;
        };
        if let Ok(mut host) = state.host.try_lock() {
            // Not starting it leaves the start to the next write, as without this.
            let _ = with_store(&mut host, |s| {
                if let Err(e) = s.restart_log_if_copied() {
                    eprintln!("custody: the write-ahead log could not be started again: {e}");
                }
                Ok(())
            });
        };
    };
    let checkpoints = BackgroundCheckpoints::start_with(&path, CHECKPOINT_EVERY, restart)
        .map_err(|e| opening(&e))?;
    app.manage(checkpoints);
    app.manage(state);
    Ok(())
}

/// `--db`, else the place chosen at first run, else `custody.db` in the OS data folder (made
/// if it is missing).
fn database_path(app: &tauri::App, options: &Options) -> Result<PathBuf, String> {
    if let Some(p) = options
        .db
        .clone()
        .or_else(|| remembered_database(app.handle()))
    {
        return Ok(p);
    }
    let dir = app
        .path()
        .app_data_dir()
        .map_err(|e| format!("no data folder on this system: {e}"))?;
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir.join("custody.db"))
}

/// Refuses a file that exists and is not a Custody database, so a SQLite file of another
/// program is never written to; an empty file (a first run that stopped before setting up)
/// and a missing one are left to the first run.
fn refuse_foreign_file(path: &Path) -> Result<(), &'static str> {
    if path.exists() && !custody_core::db::is_custody_file(path).unwrap_or(false) {
        let empty = std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
        if !empty {
            return Err("the file is not a Custody database; nothing was changed in it");
        }
    }
    Ok(())
}

/// The command line's folder, else the one an administrator chose, else `backups` beside the
/// database.
fn backup_folder(given: Option<PathBuf>, chosen: Option<PathBuf>, db: &Path) -> PathBuf {
    given.or(chosen).unwrap_or_else(|| {
        db.parent()
            .unwrap_or_else(|| Path::new("."))
            .join("backups")
    })
}

/// The background work's own connections, and the sync agent's stop.
struct Work {
    keeper: Host,
    agent: Host,
    stop: Arc<AtomicBool>,
}

/// The checks on every start, on a connection of their own: first the quick structural check of
/// every table but the history's and the schema compared with the migrations' (well under a
/// second, however long the history). Once that has passed, the indexes a scan reads or changes
/// are read ahead on a thread of their own (`db::read_ahead_for_scans`) and, on a database that
/// is set up, the alerts and the keeper of the levels lists start. Then SQLite's quick check of
/// the whole file runs, the history's tables with it (minutes on six years of a hospital's
/// history; `custody verify` is the ledger's full check) behind the window
/// (`background::behind_the_window`), and only then is the window told the outcome
/// (`integrity-checked`) and do backups and the sync agent start, so that neither copies nor
/// sends a damaged file.
fn check_then_start_work(
    app: tauri::AppHandle,
    state: &AppState,
    path: &Path,
    initialised: bool,
    work: Work,
) {
    let (path, integrity, backup_dir) = (
        path.to_path_buf(),
        state.integrity.clone(),
        state.backup_dir.clone(),
    );
    std::thread::spawn(move || {
        let tell = |found: Vec<String>| {
            let sound = found.is_empty();
            if let Ok(mut slot) = integrity.lock() {
                *slot = Some(found);
            }
            let _ = app.emit("integrity-checked", sound);
            sound
        };
        let store = match Store::open(&path) {
            Ok(store) => store,
            Err(e) => {
                tell(vec![custody_core::CoreError::from(e).to_string()]);
                return;
            }
        };
        let found = store
            .start_up_check()
            .unwrap_or_else(|e| vec![e.to_string()]);
        if !found.is_empty() {
            tell(found);
            return;
        }
        // The indexes a scan reads or changes at its pack's own place, read whole so that a
        // person's first scans find them in memory, on a thread of their own so that neither
        // the check below nor what waits for it waits for them. Not reading them ahead only
        // leaves the first scans slower.
        let ahead = path.clone();
        std::thread::spawn(move || {
            behind_the_window();
            if let Err(e) = custody_core::db::read_ahead_for_scans(&ahead) {
                eprintln!("custody: the scans' indexes were not read ahead: {e}");
            }
        });
        if initialised {
            schedule_alerts(app.clone(), path.clone());
            // The keeper looks for ever: on a thread of its own, so the check below runs.
            let keeper = work.keeper;
            std::thread::spawn(move || keep_lists(keeper));
        }
        // Behind the window, on a thread of its own, so that the backups and the sync agent
        // started after it keep their ordinary priority.
        let found = std::thread::spawn(move || {
            behind_the_window();
            store
                .history_check()
                .unwrap_or_else(|e| vec![e.to_string()])
        })
        .join()
        .unwrap_or_else(|_| vec!["the check of the whole file stopped before it ended".into()]);
        if tell(found) && initialised {
            schedule_backups(path.clone(), backup_dir);
            // The agent's host shares the window's: the drainer's state is the screen's.
            let national = work.agent.national_drainer();
            crate::sync_agent::run(app.clone(), work.agent, work.stop);
            crate::national_agent::start(&app, &path, national);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_backup_folder_wins_then_the_chosen_one_then_beside_the_database() {
        let db = Path::new("/srv/custody/custody.db");
        let (given, chosen) = (PathBuf::from("/mnt/usb"), PathBuf::from("/srv/backups"));
        assert_eq!(
            backup_folder(Some(given.clone()), Some(chosen.clone()), db),
            given,
            "--backup-dir is what the person starting the app asked for this run"
        );
        assert_eq!(
            backup_folder(None, Some(chosen.clone()), db),
            chosen,
            "an administrator's choice is kept from run to run"
        );
        assert_eq!(
            backup_folder(None, None, db),
            PathBuf::from("/srv/custody/backups"),
            "without a choice, backups go beside the database"
        );
    }

    #[test]
    fn a_file_of_another_program_is_refused_an_empty_or_missing_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let other = dir.path().join("notes.db");
        std::fs::write(&other, b"not a database").unwrap();
        assert!(
            refuse_foreign_file(&other).is_err(),
            "a file that is not Custody's must never be opened and written to"
        );
        let empty = dir.path().join("empty.db");
        std::fs::write(&empty, b"").unwrap();
        assert_eq!(
            refuse_foreign_file(&empty),
            Ok(()),
            "an empty file is what a first run that stopped early leaves: it is set up again"
        );
        assert_eq!(
            refuse_foreign_file(&dir.path().join("new.db")),
            Ok(()),
            "a new file is set up by the first run"
        );
    }
}
