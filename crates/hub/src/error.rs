//! The hub's errors: `HubError` for what went wrong on the hub's side (its database, its
//! configuration, an administrator's request), and `Failure`, what a route answers — a
//! protocol `Refusal` the site can act on, or an internal error it can only retry.

use custody_sync_protocol::Refusal;

/// Something the hub could not do.
#[derive(Debug, thiserror::Error)]
pub enum HubError {
    /// The database URL does not parse.
    #[error("the hub database URL does not parse: {0}")]
    BadUrl(String),
    /// No connection could be had from the pool.
    #[error("cannot connect to the hub database at {target}: {reason}")]
    Connect {
        /// Where (the URL without its password).
        target: String,
        /// What the driver or the pool said.
        reason: String,
    },
    /// A statement failed.
    #[error("the hub database failed while {doing}: {}", with_causes(source))]
    Database {
        /// What the hub was doing.
        doing: &'static str,
        /// The driver's error.
        #[source]
        source: tokio_postgres::Error,
    },
    /// The database was migrated by a newer hub.
    #[error("the hub database is at schema {found}, newer than this hub's {known}: run a newer custody-hub")]
    NewerSchema {
        /// The database's version.
        found: i32,
        /// This binary's newest.
        known: i32,
    },
    /// A row that the schema's rules should have kept whole is not.
    #[error("the hub database is damaged: {0}")]
    Damaged(String),
    /// `site add` for a code the hub already has.
    #[error("site {0} already exists at the hub")]
    SiteExists(String),
    /// A product, partner or site the hub has already.
    #[error("{0} already exists at the hub (--replace changes it)")]
    Exists(String),
    /// A value of a record that cannot be taken, and why.
    #[error("{what}: {why}")]
    BadRecord {
        /// The value.
        what: String,
        /// Why not.
        why: String,
    },
    /// A site code the hub does not know.
    #[error("no site {0} at the hub")]
    UnknownSite(String),
    /// `site resume` for a site that is not suspended.
    #[error("site {0} is not suspended")]
    NotSuspended(String),
    /// `site resume --set-aside-from` that cannot be done as asked: nothing was set aside.
    #[error("site {site}: nothing set aside from event {from}: {why}")]
    SetAside {
        /// The site.
        site: String,
        /// The position asked for.
        from: i64,
        /// Why not, and what would do.
        why: String,
    },
    /// An alarm number the hub does not have.
    #[error("no alarm {0} at the hub")]
    UnknownAlarm(i64),
    /// `alarm resolve` on a fork alarm.
    #[error("alarm {0} is a fork: resolve it by resuming its site (custody-hub site resume)")]
    ForkAlarm(i64),
    /// `alarm resolve` on an alarm no longer open.
    #[error("alarm {id} is not open: it was {how} already")]
    AlarmClosed {
        /// The alarm.
        id: i64,
        /// `resolved` or `cleared`.
        how: &'static str,
    },
    /// `recall add` with a number the hub has already.
    #[error("recall {0} already exists at the hub")]
    RecallExists(String),
    /// A recall id the hub does not have.
    #[error("no recall {0} at the hub (see custody-hub recall list)")]
    UnknownRecall(i64),
    /// `recall close` while something it covers is still open at a site: in stock, held, in
    /// transit between sites, or dispensed or missing with no outcome from its site.
    #[error("recall {id} cannot be closed: {open} pack(s) or unit(s) are still in stock, held, in transit between the sites, or dispensed, transferred outside the network or missing with no outcome from their site (custody-hub recall show {id}; when only outcomes from sites that cannot send them are missing, close with --unanswered \"why\")")]
    RecallOpen {
        /// The recall.
        id: i64,
        /// Packs and lot-tracked units still open.
        open: i64,
    },
    /// `recall close --unanswered` while stock is still in stock, held or in transit at a site:
    /// only the outcomes of packs that left can be waived, never stock still there.
    #[error("recall {id} cannot be closed even with --unanswered: {stock} pack(s) or unit(s) are still in stock, held or in transit between the sites (custody-hub recall show {id})")]
    RecallStockOpen {
        /// The recall.
        id: i64,
        /// Packs and lot-tracked units still in stock, held or in transit.
        stock: i64,
    },
    /// `recall close` on a recall closed already.
    #[error("recall {0} is closed already")]
    RecallClosed(i64),
    /// `recall extend` on a recall closed at the hub.
    #[error("recall {0} is closed: enter the further lots or serials as a new recall (custody-hub recall add)")]
    RecallClosedExtend(i64),
    /// `recall extend` naming only lots and serials the recall covers already.
    #[error("recall {id} ({number}) covers every lot and serial given already: nothing to extend")]
    RecallNothingNew {
        /// The recall.
        id: i64,
        /// Its number.
        number: String,
    },
    /// `recall extend` on a recall some sites have closed (their closures reached the hub): a
    /// site cannot hold more under a recall it closed.
    #[error("recall {id} is closed at site {sites} already (its closure came with its push), and a site cannot hold more under a recall it closed: enter the further lots or serials as a new recall (custody-hub recall add)")]
    RecallClosedAtSites {
        /// The recall.
        id: i64,
        /// The sites' codes, comma-separated.
        sites: String,
    },
    /// A setting name the hub does not have.
    #[error("no setting {0} at the hub (see custody-hub settings)")]
    UnknownSetting(String),
    /// A time that does not read.
    #[error("{0:?} is not a time (write it as 2026-12-01T08:00:00Z)")]
    BadTime(String),
    /// An administrator's argument that cannot be taken.
    #[error("{what}: {why}")]
    Invalid {
        /// Which argument.
        what: &'static str,
        /// Why not.
        why: &'static str,
    },
    /// A wrong username or password (one refusal for both, so names cannot be probed).
    #[error("sign-in refused: wrong username or password")]
    SignInFailed,
    /// A disabled account.
    #[error("hub user {0} is disabled")]
    Disabled(String),
    /// A role that may not do what was asked.
    #[error("hub user {user} ({role}) may not {duty}: it takes an administrator")]
    NotAllowed {
        /// The account.
        user: String,
        /// Its role.
        role: &'static str,
        /// What was asked.
        duty: &'static str,
    },
    /// A username the hub does not have.
    #[error("no hub user {0}")]
    UnknownUser(String),
    /// `user add` for a username the hub already has.
    #[error("hub user {0} already exists")]
    UserExists(String),
    /// A password could not be read from the terminal.
    #[error("cannot read the password from the terminal ({0}); set CUSTODY_HUB_PASSWORD instead")]
    NoPassword(String),
    /// The TLS certificate or key cannot be used.
    #[error("TLS: {file}: {why}")]
    Tls {
        /// The file concerned.
        file: String,
        /// What is wrong with it.
        why: String,
    },
    /// The operating system's random source failed.
    #[error("the operating system's random source failed: {0}")]
    Random(getrandom::Error),
    /// The listen address cannot be bound.
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        /// The address asked for.
        addr: String,
        /// The system's error.
        #[source]
        source: std::io::Error,
    },
    /// The server stopped with an error.
    #[error("the hub's HTTP server failed: {0}")]
    Serve(#[source] std::io::Error),
}

impl HubError {
    /// A closure turning a driver error into `Database` with what was being done.
    pub(crate) fn db(doing: &'static str) -> impl FnOnce(tokio_postgres::Error) -> HubError {
        move |source| HubError::Database { doing, source }
    }
}

/// What a route answers when it does not answer with its reply.
#[derive(Debug)]
pub enum Failure {
    /// Refused under the protocol: the site gets the code and figures.
    Refused(Refusal),
    /// The body is larger than the hub takes.
    TooLarge(usize),
    /// The hub itself failed; the site should try again later.
    Internal(HubError),
}

impl From<Refusal> for Failure {
    fn from(r: Refusal) -> Failure {
        Failure::Refused(r)
    }
}

impl From<HubError> for Failure {
    fn from(e: HubError) -> Failure {
        Failure::Internal(e)
    }
}

/// A `BadRequest` refusal with its reason.
pub(crate) fn bad_request(reason: impl Into<String>) -> Failure {
    Failure::Refused(Refusal::BadRequest {
        reason: reason.into(),
    })
}

/// An error and its causes on one line: the driver's "error connecting to server" says
/// nothing until its cause ("Connection refused") follows.
pub(crate) fn with_causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(c) = cause {
        let more = c.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        cause = c.source();
    }
    text
}
