//! The desktop shell: opens the database, registers the commands, runs the window. Only this
//! crate knows Tauri. The window reaches every one of custody-api's operations through one
//! generic command, `call`, gated by the workstation's session; the few other commands are about
//! the window itself (its session, its backup folder, its files, where its database lives).
//!
//! This file is the wiring: the command list (the handler and [`COMMANDS`] from one macro) and
//! the window's life. `options.rs` reads the command line; `start.rs` picks and opens the
//! database and starts the background work (`background.rs`: daily backup, daily alert, the
//! kept levels lists; `sync_agent.rs`: the sync with the hub; `national_agent.rs`: the national
//! verification drainer); `state.rs` is what the commands share; `commands.rs` the commands;
//! `session.rs` the workstation's session and its gate; `database.rs` where the database lives
//! (chosen at first run); `window.rs` what the window shows first and opening saved reports;
//! `ipc.rs` the types and refusals that cross to the UI; `camera.rs` lets the webview film (and,
//! in test builds, offers a camera of its own).

#![forbid(unsafe_code)]

mod background;
mod camera;
mod commands;
mod database;
pub mod ipc;
mod national_agent;
mod options;
mod rendering;
pub mod session;
mod start;
mod state;
pub mod sync_agent;
mod window;

use tauri::Manager;

pub use background::alert_text;
pub use database::database_target;
pub use options::{Options, Start, USAGE};
pub use state::AppState;

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
    commands::camera_test_source,
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
            if let Err(e) = start::start(app, &options) {
                eprintln!("custody-app: {e}");
                std::process::exit(1);
            }
            if let Some(window) = app.get_webview_window("main") {
                rendering::draw_for_this_computer(&window);
                camera::allow_camera(&window);
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
            if matches!(event, tauri::WindowEvent::Destroyed) {
                if let Some(agent) = window.app_handle().try_state::<start::SyncAgentStop>() {
                    agent.0.store(true, std::sync::atomic::Ordering::Relaxed);
                }
                if let Some(d) = window
                    .app_handle()
                    .try_state::<national_agent::NationalDrainer>()
                {
                    d.stop();
                }
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
