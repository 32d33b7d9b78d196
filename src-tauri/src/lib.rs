//! The desktop shell: opens the store, registers the commands, runs the window. Only this crate
//! knows Tauri; every command is a thin adapter over custody-core.

#![forbid(unsafe_code)]

mod commands;
pub mod ipc;

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

use custody_core::db::Checkpointer;
use custody_core::{Store, User};
use tauri::Manager;

/// Command-line options of the desktop app.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Options {
    /// The database to open (default: `custody.db` in the OS data directory).
    pub db: Option<PathBuf>,
    /// Act as this user (until sign-in exists; default `CUSTODY_USER`, else the first admin).
    pub actor: Option<String>,
}

impl Options {
    /// Parses `--db PATH` and `--as USER`.
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
        let mut o = Options {
            actor: std::env::var("CUSTODY_USER").ok(),
            ..Default::default()
        };
        let mut args = args.into_iter();
        while let Some(a) = args.next() {
            match a.as_str() {
                "--db" => o.db = Some(args.next().ok_or("--db needs a path")?.into()),
                "--as" => o.actor = Some(args.next().ok_or("--as needs a username")?),
                other => return Err(format!("unknown argument '{other}'")),
            }
        }
        Ok(o)
    }
}

/// What the commands share.
pub struct AppState {
    pub(crate) store: Mutex<Store>,
    pub(crate) actor: Option<User>,
}

/// Opens the store and runs the window until it is closed.
pub fn run(options: Options) {
    tauri::Builder::default()
        .setup(move |app| {
            let path = match &options.db {
                Some(p) => p.clone(),
                None => {
                    let dir = app.path().app_data_dir()?;
                    std::fs::create_dir_all(&dir)?;
                    dir.join("custody.db")
                }
            };
            let store = Store::open(&path)?;
            let actor = match &options.actor {
                Some(name) => Some(store.actor(name)?),
                None => store.first_admin()?,
            };
            // Copy the write-ahead log back off the scan path, every few seconds.
            let checkpointer = Checkpointer::open(&path)?;
            std::thread::spawn(move || loop {
                std::thread::sleep(Duration::from_secs(5));
                let _ = checkpointer.checkpoint();
            });
            app.manage(AppState {
                store: Mutex::new(store),
                actor,
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::stock_page,
            commands::locations,
        ])
        .run(tauri::generate_context!("../tauri.conf.json"))
        .expect("the Custody window failed to run");
}
