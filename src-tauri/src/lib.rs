//! The desktop shell: opens the database, registers the commands, runs the window. Only this
//! crate knows Tauri. The window reaches every one of custody-api's operations through one
//! generic command, `call`, gated by the workstation's session; the few other commands are about
//! the window itself (its session, its backup folder, its files, where its database lives).

#![forbid(unsafe_code)]

mod commands;
pub mod ipc;
pub mod session;
mod window;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use custody_api::ops::{Operation, Runs};
use custody_api::{ApiError, Cx, Host, SystemClock};
use custody_core::db::Checkpointer;
use custody_core::{Store, User};
use serde_json::Value;
use tauri::{Emitter, Manager};

/// What `custody-app --help` prints.
pub const USAGE: &str = "\
Custody: the chain of custody of every serialized pack in the pharmacy.

Usage: custody-app [OPTIONS]

Options:
  --db PATH            the database to open; its folder must exist. A new file is set up at
                       first run (default: the one chosen at first run, else custody.db in the
                       system's data folder)
  --backup-dir PATH    where daily backups go (default: CUSTODY_BACKUP_DIR, else the folder an
                       administrator chose, else backups beside the database)
  --idle-minutes N     minutes without a command before the app signs the user out, 1 to 480
                       (default: CUSTODY_IDLE_MINUTES, else 10)
  -h, --help           print this help
  -V, --version        print the version
";

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// Open the window with these options.
    Run(Options),
    /// Print the options and stop.
    Help,
    /// Print the version and stop.
    Version,
}

/// Command-line options of the desktop app.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Options {
    /// The database to open (default: `custody.db` in the OS data directory).
    pub db: Option<PathBuf>,
    /// Minutes without a key or a click before the app asks who is there again (default 10,
    /// or `CUSTODY_IDLE_MINUTES`).
    pub idle_minutes: Option<u32>,
    /// Where daily backups go (default `CUSTODY_BACKUP_DIR`, else `backups` beside the
    /// database).
    pub backup_dir: Option<PathBuf>,
}

impl Options {
    /// Parses `--db PATH`, `--backup-dir PATH`, `--idle-minutes N`, `--help` and `--version`.
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Start, String> {
        let mut o = Options {
            idle_minutes: std::env::var("CUSTODY_IDLE_MINUTES")
                .ok()
                .and_then(|m| m.parse().ok()),
            backup_dir: std::env::var_os("CUSTODY_BACKUP_DIR").map(PathBuf::from),
            ..Default::default()
        };
        let mut args = args.into_iter();
        while let Some(a) = args.next() {
            match a.as_str() {
                "--db" => o.db = Some(args.next().ok_or("--db needs a path")?.into()),
                "--idle-minutes" => {
                    o.idle_minutes = Some(
                        args.next()
                            .and_then(|m| m.parse().ok())
                            .filter(|m| (1..=480).contains(m))
                            .ok_or("--idle-minutes needs a number of minutes from 1 to 480")?,
                    )
                }
                "--backup-dir" => {
                    o.backup_dir = Some(args.next().ok_or("--backup-dir needs a folder")?.into())
                }
                "-h" | "--help" => return Ok(Start::Help),
                "-V" | "--version" => return Ok(Start::Version),
                other => return Err(format!("unknown argument '{other}'")),
            }
        }
        Ok(Start::Run(o))
    }

    /// What can be checked before a window opens: the database named with `--db` must be in a
    /// folder that exists, must not be a folder, and if it exists must be a Custody database
    /// (a SQLite file of another program is never written to). A new file in an existing
    /// folder is fine: the first run sets it up and says where it is.
    pub fn check(&self) -> Result<(), String> {
        let Some(db) = &self.db else {
            return Ok(());
        };
        let dir = match db.parent() {
            Some(d) if d.as_os_str().is_empty() => std::path::Path::new("."),
            Some(d) => d,
            None => return Err(format!("--db {}: give a file, not a folder", db.display())),
        };
        if !dir.is_dir() {
            return Err(format!(
                "--db {}: the folder {} does not exist. Create it first, or give a database in a folder that exists.",
                db.display(),
                dir.display()
            ));
        }
        if db.is_dir() {
            return Err(format!(
                "--db {}: that is a folder; give the database file, such as {}",
                db.display(),
                db.join("custody.db").display()
            ));
        }
        if db.exists() {
            let custody = custody_core::db::is_custody_file(db)
                .map_err(|e| format!("--db {}: cannot read it: {e}", db.display()))?;
            // An empty file is what a first run leaves when it stopped before setting up.
            let empty = std::fs::metadata(db).is_ok_and(|m| m.len() == 0);
            if !custody && !empty {
                return Err(format!(
                    "--db {}: the file is not a Custody database; nothing was changed in it",
                    db.display()
                ));
            }
        }
        Ok(())
    }
}

/// What the commands share.
pub struct AppState {
    /// The window's database and clock (the system's).
    pub(crate) host: Mutex<Host>,
    /// Who is signed in at this workstation, if anyone, and since when without a command.
    pub(crate) session: Mutex<session::Session>,
    /// What the start-up check found wrong with the file (empty when sound); `None` while it
    /// runs (it reads the whole file, seconds on a large database, so the window does not wait).
    pub(crate) integrity: Arc<Mutex<Option<Vec<String>>>>,
    /// Where backups go (shared with the daily backup thread).
    pub(crate) backup_dir: Arc<Mutex<PathBuf>>,
    /// The database was named on the command line (`--db`), so the first run does not offer
    /// to keep it elsewhere.
    pub(crate) db_from_args: bool,
}

/// How often the backup thread looks, and how old the newest backup may get.
const BACKUP_CHECK: Duration = Duration::from_secs(600);
const BACKUP_EVERY: chrono::Duration = chrono::Duration::hours(24);

/// Takes a verified backup whenever the newest one in `dir` is a day old (or there is none),
/// while the app runs, as the backup principal (`custody:backup`), whoever is signed in.
/// Failures are reported and retried at the next check.
fn schedule_backups(path: PathBuf, folder: Arc<Mutex<PathBuf>>) {
    std::thread::spawn(move || loop {
        let Some(dir) = folder.lock().ok().map(|d| d.clone()) else {
            return;
        };
        // A folder that holds the database itself is refused when chosen; one given on the
        // command line is refused here, each time, rather than backed up into.
        if let Err(why) = custody_api::files::check_backup_folder(&dir, &path) {
            eprintln!("custody: no daily backup: {why}");
            std::thread::sleep(BACKUP_CHECK);
            continue;
        }
        let due = match custody_core::backup::list(&dir) {
            Ok(list) => list.first().is_none_or(|newest| {
                chrono::NaiveDateTime::parse_from_str(&newest.taken, "%Y%m%d-%H%M%S")
                    .map(|t| chrono::Utc::now().naive_utc() - t >= BACKUP_EVERY)
                    .unwrap_or(true)
            }),
            Err(e) => {
                eprintln!("custody: cannot read the backup folder: {e}");
                false
            }
        };
        if due {
            let result = Host::open(&path, Arc::new(SystemClock))
                .and_then(|mut host| custody_api::jobs::backup(&mut host, &dir));
            match result {
                Ok((info, _)) => eprintln!("custody: backup {} verified", info.path),
                Err(e) => eprintln!("custody: the daily backup failed: {e}"),
            }
        }
        std::thread::sleep(BACKUP_CHECK);
    });
}

/// At start and then once a day while the app runs, a desktop notification of what needs
/// attention (expired and expiring stock, shortages, open recalls), when anything does; read
/// (and noted as sent) by the alerts principal, `custody:alerts`.
fn schedule_alerts(app: tauri::AppHandle, path: PathBuf) {
    use tauri_plugin_notification::NotificationExt;
    std::thread::spawn(move || loop {
        let due = Host::open(&path, Arc::new(SystemClock))
            .and_then(|mut host| custody_api::jobs::daily_alert(&mut host));
        match due {
            Ok(Some(a)) => {
                if let Some(body) = alert_text(&a) {
                    let shown = app
                        .notification()
                        .builder()
                        .title("Custody: needs attention")
                        .body(&body)
                        .show();
                    if let Err(e) = shown {
                        eprintln!("custody: {body} (no desktop notification: {e})");
                    }
                }
            }
            Ok(None) => {}
            Err(e) => eprintln!("custody: the daily alert failed: {e}"),
        }
        std::thread::sleep(BACKUP_CHECK);
    });
}

/// How often the keeper of the levels lists looks whether the database changed.
const LOOK_EVERY: Duration = Duration::from_secs(2);

/// Looks every couple of seconds, on `host` (a connection of the keeper's own), whether the
/// shortage list needs computing again, as custody-api's keeper decides
/// ([`custody_api::jobs::keep_lists`]). A failure is said once, and tried again at the next look.
fn keep_lists(mut host: Host) {
    let mut said = None;
    loop {
        std::thread::sleep(LOOK_EVERY);
        match custody_api::jobs::keep_lists(&mut host) {
            Ok(()) => said = None,
            Err(e) if said.as_ref() != Some(&e.code) => {
                eprintln!("custody: the shortage list could not be kept: {e}");
                said = Some(e.code);
            }
            Err(_) => {}
        }
    }
}

/// The notification's text, or nothing when nothing needs attention.
pub fn alert_text(a: &custody_core::levels::Attention) -> Option<String> {
    let parts: Vec<String> = [
        (a.expired_in_stock, "pack(s) expired in stock".to_string()),
        (
            a.expiring_soon,
            format!("expiring within {} days", a.soon_days),
        ),
        (a.shortages, "shortage(s)".to_string()),
        (a.open_recalls, "open recall(s)".to_string()),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    (!parts.is_empty()).then(|| parts.join(", ") + ".")
}

/// The file, in the OS configuration directory, that remembers the database chosen at first run.
pub(crate) fn database_choice_file(app: &tauri::AppHandle) -> Option<PathBuf> {
    app.path()
        .app_config_dir()
        .ok()
        .map(|d| d.join("database-path"))
}

/// The database chosen at first run, if one was.
fn remembered_database(app: &tauri::AppHandle) -> Option<PathBuf> {
    let text = std::fs::read_to_string(database_choice_file(app)?).ok()?;
    Some(PathBuf::from(text.trim())).filter(|p| p.is_absolute())
}

/// The database file meant by what someone typed at first run: a folder (the database is
/// `custody.db` in it) or a file ending in `.db`. The path must be absolute and its folder must
/// exist.
pub fn database_target(input: &str) -> Result<PathBuf, String> {
    let input = input.trim();
    let path = PathBuf::from(input);
    if input.is_empty() || !path.is_absolute() {
        return Err(format!(
            "'{input}' is not a full path: give a folder such as /srv/custody or D:\\Custody"
        ));
    }
    let file = if input.to_ascii_lowercase().ends_with(".db") {
        path
    } else {
        path.join("custody.db")
    };
    match file.parent() {
        Some(dir) if dir.is_dir() => Ok(file),
        Some(dir) => Err(format!("the folder {} does not exist", dir.display())),
        None => Err(format!("'{input}' has no folder")),
    }
}

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

impl AppState {
    /// The state of a window on `host`, with nobody signed in.
    pub fn new(host: Host, options: &Options, backup_dir: PathBuf) -> AppState {
        AppState {
            host: Mutex::new(host),
            session: Mutex::new(session::Session::new(options.idle_minutes.unwrap_or(10))),
            integrity: Arc::new(Mutex::new(None)),
            backup_dir: Arc::new(Mutex::new(backup_dir)),
            db_from_args: options.db.is_some(),
        }
    }

    /// What the window shows first, as of `now`; see [`window::app_info`].
    pub fn info(&self, now: session::Moment) -> Result<ipc::AppInfo, ApiError> {
        let actor = self
            .session()?
            .signed_in(now)
            .map(|s| s.actor().user().clone());
        let idle_minutes = self.session()?.idle_minutes();
        let dir = self.backup_dir()?;
        self.with_store(|store| window::app_info(self, store, actor, idle_minutes, dir))
    }

    /// The live session, for a shell command that acts for the person signed in (counted as
    /// activity); `session.signed_out` when there is none.
    pub(crate) fn signed_in(&self) -> Result<custody_api::Session, ApiError> {
        self.session()?
            .command(session::Moment::now())
            .map_err(|why| why.refusal())
    }

    /// Where backups go now.
    pub(crate) fn backup_dir(&self) -> Result<PathBuf, ApiError> {
        self.backup_dir
            .lock()
            .map(|d| d.clone())
            .map_err(|_| ipc::internal("the backup settings are unavailable; restart Custody"))
    }

    /// `answer` to `operation`, after the window kept what it must of it: the backup folder an
    /// administrator chose is where the daily backups and "Back up now" go from now on.
    pub(crate) fn kept(&self, operation: &Operation, answer: Value) -> Result<Value, ApiError> {
        if operation.name == "set_backup_folder" {
            if let Some(folder) = answer.as_str() {
                *self.backup_dir.lock().map_err(|_| {
                    ipc::internal("the backup settings are unavailable; restart Custody")
                })? = PathBuf::from(folder);
            }
        }
        Ok(answer)
    }

    /// Signs a person in at `now` with their password through custody-api, and keeps the
    /// session it makes as the workstation's (replacing whoever was signed in).
    pub fn sign_in(
        &self,
        username: &str,
        password: &str,
        now: session::Moment,
    ) -> Result<User, ApiError> {
        let session = custody_api::sign_in(&mut *self.host()?, username, password)?;
        let user = session.actor().user().clone();
        self.session()?.sign_in(session, now);
        Ok(user)
    }

    /// The operation `op` as the window calls it at `now`, after the session gate: the operation
    /// and the session it runs with (see [`session::admit_operation`]).
    pub fn admit_call(
        &self,
        op: &str,
        now: session::Moment,
    ) -> Result<(&'static Operation, Option<custody_api::Session>), ApiError> {
        session::admit_operation(op, &mut *self.session()?, now)
    }

    /// Runs the operation `op` with `request` at `now`, as the window's `call` does, but in this
    /// thread (an operation that runs apart still gets a connection of its own).
    pub fn call(&self, op: &str, request: Value, now: session::Moment) -> Result<Value, ApiError> {
        let (operation, session) = self.admit_call(op, now)?;
        let answer = match operation.runs {
            Runs::Shared => run_operation(&mut *self.host()?, operation, session, request),
            Runs::Apart => run_operation(&mut self.apart()?, operation, session, request),
        }?;
        self.kept(operation, answer)
    }

    /// A connection of its own to the window's database, for long work.
    pub(crate) fn apart(&self) -> Result<Host, ApiError> {
        self.host()?.apart()
    }

    pub(crate) fn host(&self) -> Result<std::sync::MutexGuard<'_, Host>, ApiError> {
        self.host.lock().map_err(|_| {
            ipc::internal("the database is unavailable after an earlier failure; restart Custody")
        })
    }

    pub(crate) fn session(&self) -> Result<std::sync::MutexGuard<'_, session::Session>, ApiError> {
        self.session
            .lock()
            .map_err(|_| ipc::internal("the session is unavailable; restart Custody"))
    }

    /// Runs `f` on the window's database, for what the shell reads of it (its start, its
    /// first run).
    pub(crate) fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        with_store(&mut *self.host()?, f)
    }

    /// Marks the start-up check as done with these findings (for tests).
    pub fn set_integrity(&self, found: Vec<String>) {
        if let Ok(mut slot) = self.integrity.lock() {
            *slot = Some(found);
        }
    }
}

/// Runs `operation` on `host` for `session` (none for a public operation).
pub(crate) fn run_operation(
    host: &mut Host,
    operation: &Operation,
    mut session: Option<custody_api::Session>,
    request: Value,
) -> Result<Value, ApiError> {
    custody_api::ops::call(host, session.as_mut(), operation.name, request)
}

/// Runs `f` on `host`'s database: how the shell reads what custody-api's list does not answer,
/// because it is the window's (whether the file is set up, its chosen backup folder, its sizes).
pub(crate) fn with_store<T>(
    host: &mut Host,
    f: impl FnOnce(&mut Store) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let mut cx = Cx::new(host, None)?;
    f(cx.store())
}

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
