//! The database and the clock an application runs on. A front end opens one host per window or
//! per command; long work runs on a host of its own (another connection to the same file), so a
//! check of the whole ledger never holds up the scan box.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use custody_core::Store;
use custody_messages::Lang;

use crate::clock::Clock;
use crate::error::{args, ApiError, Result};
use crate::lists::Lists;
use crate::national::drainer::DrainerWatch;

/// A Custody database and the clock events are recorded at.
#[derive(Debug)]
pub struct Host {
    store: Store,
    clock: Arc<dyn Clock>,
    /// The kept levels lists, shared by every host on this file.
    lists: Arc<Mutex<Lists>>,
    /// The languages the front end speaks in, see [`Languages`].
    languages: Languages,
    /// The app's national verification drainer's state, shared by every host on this file.
    national: DrainerWatch,
}

/// Which language a session speaks: the front end's forced choice (the CLI's `--lang` or
/// `CUSTODY_LANG`), else the person's own setting, else the front end's default (the machine's
/// language in the app, English on the command line).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Languages {
    /// Spoken whatever the person chose.
    pub forced: Option<Lang>,
    /// Spoken before sign-in, and to a person who chose none.
    pub default: Lang,
}

impl Languages {
    /// The language for a person whose own setting is `chosen`.
    pub fn for_person(self, chosen: Option<Lang>) -> Lang {
        self.forced.or(chosen).unwrap_or(self.default)
    }

    /// The language before anyone signs in.
    pub fn before_sign_in(self) -> Lang {
        self.forced.unwrap_or(self.default)
    }
}

impl Host {
    /// Opens the Custody database at `path` (migrating it to this version), with `clock`.
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Host> {
        let store = Store::open(path).map_err(custody_core::CoreError::from)?;
        let lists = Arc::new(Mutex::new(Lists::new(path.to_path_buf())));
        Ok(Host {
            store,
            clock,
            lists,
            languages: Languages::default(),
            national: DrainerWatch::default(),
        })
    }

    /// Another connection to the same database, with the same clock and kept lists, for long
    /// work.
    pub fn apart(&self) -> Result<Host> {
        let store = Store::open(self.store.path()).map_err(custody_core::CoreError::from)?;
        Ok(Host {
            store,
            clock: self.clock.clone(),
            lists: self.lists.clone(),
            languages: self.languages,
            national: self.national.clone(),
        })
    }

    /// The kept levels lists when nobody else holds them now (the keeper preparing them as the
    /// window opens, or another window's visit); `None` then, and when they are unavailable.
    pub(crate) fn try_lists(&self) -> Option<MutexGuard<'_, Lists>> {
        self.lists.try_lock().ok()
    }

    /// The kept levels lists.
    pub(crate) fn lists(&self) -> Result<MutexGuard<'_, Lists>> {
        self.lists.lock().map_err(|_| {
            ApiError::new(
                "api.internal",
                args([(
                    "reason",
                    "the kept lists failed earlier; restart Custody".into(),
                )]),
            )
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        self.store.path()
    }

    /// Sets the languages sessions on this host speak.
    pub fn set_languages(&mut self, languages: Languages) {
        self.languages = languages;
    }

    /// The languages sessions on this host speak.
    pub fn languages(&self) -> Languages {
        self.languages
    }

    /// The app's national verification drainer's state, for the drainer to keep and the
    /// operations to read (empty where no drainer runs in this process).
    pub fn national_drainer(&self) -> DrainerWatch {
        self.national.clone()
    }

    /// The clock.
    pub fn clock(&self) -> Arc<dyn Clock> {
        self.clock.clone()
    }

    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    pub(crate) fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }
}

#[cfg(test)]
mod testing {
    use std::sync::Arc;

    use custody_core::Store;

    use super::Host;

    impl Host {
        /// The small demonstration site in a temporary folder, on a clock fixed at the
        /// computer's time (for the crate's own tests).
        pub(crate) fn small_demo() -> (tempfile::TempDir, Host) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("demo.db");
            let now = crate::clock::system_now();
            Store::open(&path)
                .unwrap()
                .create_demo(custody_core::demo::Scale::Small, now)
                .unwrap();
            let host = Host::open(&path, Arc::new(crate::FixedClock::at(now))).unwrap();
            (dir, host)
        }
    }
}
