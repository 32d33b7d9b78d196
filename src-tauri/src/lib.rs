//! The desktop shell: opens the database, registers the commands, runs the window. Only this
//! crate knows Tauri. The window reaches every one of custody-api's operations through one
//! generic command, `call`, gated by the workstation's session; the few other commands are about
//! the window itself (its session, its backup folder, its files, where its database lives).

#![forbid(unsafe_code)]

mod background;
mod commands;
mod database;
pub mod ipc;
mod options;
pub mod session;
mod state;
mod window;

use std::sync::Arc;
use std::time::Duration;

use custody_api::{Host, SystemClock};
use custody_core::db::Checkpointer;
use custody_core::Store;
use tauri::{Emitter, Manager};

pub use background::alert_text;
pub use database::database_target;
pub use options::{Options, Start, USAGE};
pub use state::AppState;

use background::{keep_lists, schedule_alerts, schedule_backups};
use database::remembered_database;
use state::with_store;

/// Registers the commands the window may call, and makes [`COMMANDS`] from the same list, so the
/// names the session gate and its test see are exactly those registered.
macro_rules! commands {
    ($($module:ident :: $name:ident),* $(,)?) => {
        /// Every command the window may call, by name.
        pub const COMMANDS: &[&str] = &[$(stringify!($name)),*];

        /// The commands behind the session gate: one not on [`session::BEFORE_SIGN_IN`] is
        /// refused with `session.signed_out` unless someone is signed in and has not gone idle
        /// (`call` is gated per operation instead). The commands check the session again
        /// themselves; the gate makes sure a new command that forgets to is refused all the same.
        fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            // The generated closure's argument type comes from where it is used; say it here.
            fn typed<F: Fn(tauri::ipc::Invoke) -> bool>(f: F) -> F {
                f
            }
            let commands = typed(tauri::generate_handler![$($module::$name),*]);
            move |invoke| {
                let admitted = match invoke.message.webview().try_state::<AppState>() {
                    Some(state) => match state.session.lock() {
                        Ok(mut session) => session::admit(
                            invoke.message.command(),
                            &mut session,
                            session::Moment::now(),
                        )
                        .map_err(|why| why.refusal()),
                        Err(_) => Err(ipc::internal("the session is unavailable; restart Custody")),
                    },
                    None => Err(ipc::internal("Custody is still starting")),
                };
                match admitted {
                    Ok(()) => commands(invoke),
                    Err(e) => {
                        invoke.resolver.reject(e);
                        true
                    }
                }
            }
        }
    };
}

commands![
    commands::call,
    commands::app_info,
    commands::sign_in,
    commands::sign_out,
    commands::backup_now,
    commands::open_file,
    commands::choose_database,
    commands::restart,
];

/// Opens the store and runs the window until it is closed. An error before the window opens
/// (a database that cannot be opened) is returned as a sentence for the terminal.
pub fn run(options: Options) -> Result<(), String> {
    options.check()?;
    tauri::Builder::default()
        .plugin(tauri_plugin_notification::init())
        .setup(move |app| {
            // `panic!` is what Tauri does with a failed setup: a person starting the app from a
            // terminal should read what is wrong instead, and the status says it failed.
            if let Err(e) = start(app, &options) {
                eprintln!("custody-app: {e}");
                std::process::exit(1);
            }
            Ok(())
        })
        // A page (re)loaded, or the window closed, starts with nobody signed in: reopening the
        // window never keeps the last person's session.
        .on_page_load(|webview, load| {
            if load.event() == tauri::webview::PageLoadEvent::Started {
                sign_out_everyone(webview.app_handle());
            }
        })
        .on_window_event(|window, event| {
            if matches!(
                event,
                tauri::WindowEvent::CloseRequested { .. } | tauri::WindowEvent::Destroyed
            ) {
                sign_out_everyone(window.app_handle());
            }
        })
        .invoke_handler(handler())
        .run(tauri::generate_context!("../tauri.conf.json"))
        .map_err(|e| format!("the Custody window failed to run: {e}"))
}

fn sign_out_everyone(app: &tauri::AppHandle) {
    if let Some(state) = app.try_state::<AppState>() {
        if let Ok(mut s) = state.session.lock() {
            s.sign_out();
        }
    }
}

/// Opens the store and starts the background work: the start-up check, then backups and alerts,
/// the checkpointer and the kept lists.
fn start(app: &mut tauri::App, options: &Options) -> Result<(), String> {
    // `--db`, else the place chosen at first run, else the OS data directory.
    let path = match (options.db.clone(), remembered_database(app.handle())) {
        (Some(p), _) | (None, Some(p)) => p,
        (None, None) => {
            let dir = app
                .path()
                .app_data_dir()
                .map_err(|e| format!("no data folder on this system: {e}"))?;
            std::fs::create_dir_all(&dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            dir.join("custody.db")
        }
    };
    let opening = |e: &dyn std::fmt::Display| format!("cannot open {}: {e}", path.display());
    if path.exists() && !custody_core::db::is_custody_file(&path).unwrap_or(false) {
        let empty = std::fs::metadata(&path).is_ok_and(|m| m.len() == 0);
        if !empty {
            return Err(opening(
                &"the file is not a Custody database; nothing was changed in it",
            ));
        }
    }
    let mut host = Host::open(&path, Arc::new(SystemClock)).map_err(|e| opening(&e))?;
    // Backups and alerts start only on a database that is set up (the first run restarts the
    // app), each as its own system principal.
    let (initialised, chosen_backups) =
        with_store(&mut host, |s| Ok((s.is_initialised()?, s.backup_folder()?)))
            .map_err(|e| opening(&e))?;
    // The command line's folder, else the one an administrator chose, else beside the database.
    let backup_dir = match (options.backup_dir.clone(), chosen_backups) {
        (Some(d), _) | (None, Some(d)) => d,
        (None, None) => path
            .parent()
            .unwrap_or_else(|| std::path::Path::new("."))
            .join("backups"),
    };
    let state = AppState::new(host, options, backup_dir);
    // A quick structural check on every start, the schema compared with the migrations'
    // (`custody verify` is the full one), on a connection of its own; backups, alerts and the
    // keeper of the levels lists start once it has passed.
    {
        let (app, path, integrity, backup_dir) = (
            app.handle().clone(),
            path.clone(),
            state.integrity.clone(),
            state.backup_dir.clone(),
        );
        // The keeper's host shares the window's kept lists, so a visit finds the list it made.
        let keeper = state.apart().map_err(|e| opening(&e))?;
        std::thread::spawn(move || {
            let found = Store::open(&path)
                .map_err(custody_core::CoreError::from)
                .and_then(|s| s.start_up_check())
                .unwrap_or_else(|e| vec![e.to_string()]);
            let sound = found.is_empty();
            if let Ok(mut slot) = integrity.lock() {
                *slot = Some(found);
            }
            let _ = app.emit("integrity-checked", sound);
            if initialised && sound {
                schedule_backups(path.clone(), backup_dir);
                schedule_alerts(app, path);
                keep_lists(keeper);
            }
        });
    }
    // Copy the write-ahead log back off the scan path, every few seconds.
    let checkpointer = Checkpointer::open(&path).map_err(|e| opening(&e))?;
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(5));
        let _ = checkpointer.checkpoint();
    });
    app.manage(state);
    Ok(())
}
