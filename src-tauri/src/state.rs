//! What the commands share: the window's database, the workstation's session, the start-up
//! check's findings and the backup folder, with the session gate in front of every operation.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use custody_api::ops::{Operation, Runs};
use custody_api::{ApiError, Cx, Host};
use custody_core::{Store, User};
use serde_json::Value;

use crate::options::Options;
use crate::{ipc, session, window};

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
        let languages = self.host()?.languages();
        let shown = window::Shown {
            actor,
            languages,
            idle_minutes: self.session()?.idle_minutes(),
            backup_dir: self.backup_dir()?,
            integrity: self.integrity.lock().ok().and_then(|i| i.clone()),
            db_from_args: self.db_from_args,
        };
        self.with_store(|store| window::app_info(store, shown))
    }

    /// Refuses to choose where the database lives on a window opened with `--db` and on a
    /// database already set up (moving that is a backup and restore).
    pub(crate) fn may_choose_database(&self) -> Result<(), ApiError> {
        if self.db_from_args {
            return Err(ipc::invalid(
                "path",
                "this window was opened with --db: start Custody without it to choose",
            ));
        }
        if self.with_store(|s| Ok(s.is_initialised()?))? {
            return Err(ipc::invalid(
                "path",
                "this database is already set up; move it with a backup and restore instead",
            ));
        }
        Ok(())
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
        let mut host = self.host()?;
        let before = host.languages().before_sign_in();
        let session =
            custody_api::sign_in(&mut host, username, password).map_err(|e| e.in_lang(before))?;
        drop(host);
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
        let lang = self.host()?.languages().before_sign_in();
        session::admit_operation(op, &mut *self.session()?, now).map_err(|e| e.in_lang(lang))
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

#[cfg(test)]
mod tests {
    use super::*;
    use custody_api::SystemClock;
    use custody_core::Timestamp;

    /// A window on a database at `path`, opened with `--db` when `from_args`.
    fn window(path: &std::path::Path, from_args: bool) -> AppState {
        let host = Host::open(path, Arc::new(SystemClock)).unwrap();
        let options = Options {
            db: from_args.then(|| path.to_path_buf()),
            ..Options::default()
        };
        AppState::new(host, &options, PathBuf::from("backups"))
    }

    #[test]
    fn only_a_new_database_opened_without_db_may_be_moved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("custody.db");
        assert_eq!(
            window(&path, false)
                .may_choose_database()
                .map_err(|e| e.code),
            Ok(()),
            "the first run of a new database offers to keep it elsewhere"
        );
        let refused = window(&path, true).may_choose_database().unwrap_err();
        assert!(
            refused.message.contains("--db"),
            "a database named on the command line is where the person wants it: {refused:?}"
        );
        let now = Timestamp(chrono::Local::now().fixed_offset());
        Store::open(&path)
            .unwrap()
            .init(
                "WP",
                "Ward Pharmacy",
                "admin",
                "Ada Admin",
                "a long enough password",
                now,
            )
            .unwrap();
        let refused = window(&path, false).may_choose_database().unwrap_err();
        assert!(
            refused.message.contains("already set up"),
            "moving a database in use is a backup and restore, never a new path: {refused:?}"
        );
    }
}
