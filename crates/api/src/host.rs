//! The database and the clock an application runs on. A front end opens one host per window or
//! per command; long work runs on a host of its own (another connection to the same file), so a
//! check of the whole ledger never holds up the scan box.

use std::path::Path;
use std::sync::Arc;

use custody_core::Store;

use crate::clock::Clock;
use crate::error::Result;

/// A Custody database and the clock events are recorded at.
#[derive(Debug)]
pub struct Host {
    store: Store,
    clock: Arc<dyn Clock>,
}

impl Host {
    /// Opens the Custody database at `path` (migrating it to this version), with `clock`.
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Host> {
        let store = Store::open(path).map_err(custody_core::CoreError::from)?;
        Ok(Host { store, clock })
    }

    /// Another connection to the same database, with the same clock, for long work.
    pub fn apart(&self) -> Result<Host> {
        Host::open(self.store.path(), self.clock.clone())
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        self.store.path()
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
