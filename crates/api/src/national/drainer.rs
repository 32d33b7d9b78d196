//! The drainer's own state, as the Verification screen, the status bar and `custody national
//! status` show it: whether requests can leave at all (no `national.toml`, a file that cannot be
//! used and why, another drainer holding the database's lock, running and when it last sent, or
//! the systems unreachable since when). The app's background drainer keeps it in a
//! [`DrainerWatch`] every host on the file shares; a process with no drainer of its own (a
//! command line) looks from outside instead ([`probe`]): the file read, the lock tried and let
//! go at once.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, SecondsFormat, Utc};
use custody_national::drain::Report;
use serde::Serialize;
use ts_rs::TS;

use super::config;
use super::run::{configured_systems, lock};
use crate::error::ApiError;

/// Whether requests can leave, in one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DrainerState {
    /// A drainer works the queue (this app's, or, seen from outside, another process's).
    Running,
    /// There is no national systems' file: nothing is sent.
    NotConfigured,
    /// The file cannot be used (`code` and `reason` say why): nothing is sent.
    ConfigRefused,
    /// Another process (a command line's `custody national drain`, another app) holds the
    /// database's drainer lock; this app's drainer tries again at each pass.
    LockedByAnother,
    /// No drainer works the queue: the app's was stopped, or none runs.
    Stopped,
}

/// The drainer's state and its times (UTC, RFC 3339).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DrainerStatus {
    /// Whether requests can leave.
    pub state: DrainerState,
    /// Whether this is the app's own drainer (true), or what a look from outside found.
    pub own: bool,
    /// The refusal's code (`national.config_invalid`, `national.drainer_unavailable`), when
    /// there is one.
    pub code: Option<String>,
    /// Why, in the technical English of the file's reader or the system's client.
    pub reason: Option<String>,
    /// The national systems' file read.
    pub config_path: String,
    /// When the file and the lock were last tried.
    pub checked_at: Option<String>,
    /// When the drainer last ran a pass.
    pub last_pass_at: Option<String>,
    /// When a national system last answered a request.
    pub last_answer_at: Option<String>,
    /// Since when every request sent found no system (no network, the system down), if so.
    pub unreachable_since: Option<String>,
}

/// `t` as the status says times.
pub(super) fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl DrainerStatus {
    /// `state`, for the file at `config_path`, nothing tried yet.
    pub fn new(state: DrainerState, config_path: &Path) -> DrainerStatus {
        DrainerStatus {
            state,
            own: false,
            code: None,
            reason: None,
            config_path: config_path.display().to_string(),
            checked_at: None,
            last_pass_at: None,
            last_answer_at: None,
            unreachable_since: None,
        }
    }

    /// The state a refusal of the file or the lock means, its code and reason kept.
    pub(super) fn refused(&mut self, e: &ApiError) {
        self.state = match e.code.as_str() {
            "national.not_configured" => DrainerState::NotConfigured,
            "national.drainer_running" => DrainerState::LockedByAnother,
            "national.drainer_unavailable" => DrainerState::Stopped,
            _ => DrainerState::ConfigRefused,
        };
        self.code = Some(e.code.clone());
        self.reason = e
            .args
            .get("reason")
            .and_then(|r| r.as_str())
            .map(String::from);
    }

    /// Running, nothing refused.
    pub(super) fn running(&mut self) {
        self.state = DrainerState::Running;
        self.code = None;
        self.reason = None;
    }

    /// What a pass at `at` did: a system answered, or every request sent went unanswered.
    pub(super) fn passed(&mut self, report: &Report, at: DateTime<Utc>) {
        self.last_pass_at = Some(stamp(at));
        let answered = report.done + report.alerts + report.failed;
        let sent = report.singles + report.bulks + report.fallbacks + report.reverified;
        if answered > 0 {
            self.last_answer_at = Some(stamp(at));
            self.unreachable_since = None;
        } else if sent > 0 && report.retried > 0 && self.unreachable_since.is_none() {
            self.unreachable_since = Some(stamp(at));
        }
    }
}

/// The app's drainer's state, shared by the drainer and the operations (through the host);
/// empty in a process with no drainer of its own.
#[derive(Debug, Clone, Default)]
pub struct DrainerWatch(Arc<Mutex<Option<DrainerStatus>>>);

impl DrainerWatch {
    /// The state the app's drainer last said, if one runs in this process.
    pub fn get(&self) -> Option<DrainerStatus> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Changes the state (making it the app's own first, if it was empty).
    pub(super) fn update(&self, config_path: &Path, change: impl FnOnce(&mut DrainerStatus)) {
        let mut held = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let status = held.get_or_insert_with(|| {
            let mut s = DrainerStatus::new(DrainerState::Stopped, config_path);
            s.own = true;
            s
        });
        change(status);
    }
}

/// The drainer's state for the database at `db`: the app's own if it runs here, else a look
/// from outside: the lock tried (and let go at once), then the file read.
pub fn status(watch: &DrainerWatch, db: &Path) -> DrainerStatus {
    watch.get().unwrap_or_else(|| probe(db))
}

/// A look from outside: another process holds the lock (running there), else the file as it
/// reads (not configured, refused), else stopped (nothing drains until the app or `custody
/// national drain` runs).
pub fn probe(db: &Path) -> DrainerStatus {
    let path = config::config_path(db);
    let mut status = DrainerStatus::new(DrainerState::Stopped, &path);
    status.checked_at = Some(stamp(Utc::now()));
    match lock(db) {
        Ok(held) => drop(held),
        Err(e) if e.code == "national.drainer_running" => {
            status.state = DrainerState::Running;
            status.code = Some(e.code);
            return status;
        }
        Err(e) => {
            status.refused(&e);
            return status;
        }
    }
    if let Err(e) = configured_systems(db) {
        status.refused(&e);
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_look_from_outside_says_the_file_then_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("site.db");
        assert_eq!(probe(&db).state, DrainerState::NotConfigured);
        std::fs::write(dir.path().join("national.toml"), "[nmvs.DE]\n").unwrap();
        let refused = probe(&db);
        assert_eq!(refused.state, DrainerState::ConfigRefused);
        assert_eq!(refused.code.as_deref(), Some("national.config_invalid"));
        assert!(refused.reason.is_some_and(|r| r.contains("base_url")));
        let held = lock(&db).unwrap();
        let seen = probe(&db);
        assert_eq!(
            (seen.state, seen.own),
            (DrainerState::Running, false),
            "someone else drains: the lock is held"
        );
        drop(held);
        assert!(lock(&db).is_ok(), "the look let the lock go");
    }

    #[test]
    fn a_pass_with_an_answer_clears_unreachable_one_with_none_starts_it() {
        let mut s = DrainerStatus::new(DrainerState::Running, Path::new("n.toml"));
        let t = |h| chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 12, 3, h, 0, 0).unwrap();
        let lost = Report {
            singles: 1,
            retried: 1,
            ..Report::default()
        };
        s.passed(&lost, t(8));
        s.passed(&lost, t(9));
        assert_eq!(s.unreachable_since.as_deref(), Some("2026-12-03T08:00:00Z"));
        s.passed(&Report::default(), t(10));
        assert!(s.unreachable_since.is_some(), "an idle pass says nothing");
        let answered = Report {
            singles: 1,
            done: 1,
            ..Report::default()
        };
        s.passed(&answered, t(11));
        assert_eq!(s.unreachable_since, None);
        assert_eq!(s.last_answer_at.as_deref(), Some("2026-12-03T11:00:00Z"));
    }
}
