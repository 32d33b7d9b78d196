//! Custody's application layer: the one contract the desktop app, the command line and (later)
//! the hub speak. Each operation is one function here that owns its policy (which fields a
//! movement needs, the default reference of a receipt, which actions are signed and with what
//! meaning) and takes a typed request; [`ops`] lists them all once, and from that list come the
//! app's command handler, its TypeScript client and the backend interface the UI codes against.
//!
//! A front end opens a [`Host`] (a database and a clock), signs a person in to get a
//! [`Session`], and calls operations with it; refusals are [`ApiError`]s with a stable code and
//! arguments. Nothing here knows Tauri or clap.

#![forbid(unsafe_code)]

pub mod backups;
pub mod bindings;
pub mod clock;
pub mod count;
pub mod error;
pub mod files;
mod host;
pub mod insights;
pub mod jobs;
pub mod ledger;
pub mod levels;
mod lists;
pub mod master;
pub mod movement;
pub mod national;
pub mod ops;
pub mod photo;
pub mod prices;
pub mod recall;
pub mod replenish;
pub mod report;
pub mod session;
pub mod settings;
pub mod shipment;
pub mod site;
pub mod stock;
pub mod sync;
pub mod users;
pub mod write_off;

pub use clock::{Clock, FixedClock, SystemClock};
pub use custody_messages::Lang;
pub use error::{ApiError, Result};
pub use host::{Host, Languages};
pub use session::{sign_in, Actor, Session};
pub use settings::SiteSettings;

use custody_core::{Store, Timestamp, User};

/// What an operation runs with: the host, and the session when someone is signed in.
pub struct Cx<'a> {
    host: &'a mut Host,
    session: Option<&'a Session>,
}

impl std::fmt::Debug for Cx<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cx")
            .field("database", &self.host.path())
            .field("actor", &self.session.map(|s| s.actor().username()))
            .finish()
    }
}

impl<'a> Cx<'a> {
    /// An operation's context. A session is refreshed first: each operation starts with the
    /// site's settings as they stand.
    pub fn new(host: &'a mut Host, session: Option<&'a mut Session>) -> Result<Cx<'a>> {
        let session = match session {
            Some(s) => {
                s.refresh(host.store())?;
                Some(&*s)
            }
            None => None,
        };
        Ok(Cx { host, session })
    }

    /// The session, or `session.not_signed_in`.
    pub fn session(&self) -> Result<&'a Session> {
        self.session
            .ok_or_else(|| ApiError::new("session.not_signed_in", Default::default()))
    }

    /// The user the ledger names for this operation.
    pub fn me(&self) -> Result<&'a User> {
        Ok(self.session()?.actor().user())
    }

    /// The site's settings.
    pub fn settings(&self) -> Result<&'a SiteSettings> {
        Ok(self.session()?.settings())
    }

    /// Now: on the session's clock, else the host's.
    pub fn now(&self) -> Result<Timestamp> {
        Ok(match self.session {
            Some(s) => s.now(),
            None => self.host.clock().now(),
        })
    }

    /// The database.
    pub fn store(&mut self) -> &mut Store {
        self.host.store_mut()
    }

    /// The host (for work that opens a connection of its own).
    pub fn host(&mut self) -> &mut Host {
        self.host
    }
}

/// What a person typed in an optional field, trimmed; nothing when it is blank.
pub(crate) fn text(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
}
