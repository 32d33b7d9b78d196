//! What can go wrong talking to the hub, each saying what and where (the request's address).

use custody_sync_protocol::{ChainError, Refusal};

/// A failure of the site's side of the network.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The hub's address is not an `http://` or `https://` address.
    #[error("{hub} is not a hub address (give it as https://host:port)")]
    BadAddress {
        /// What was given.
        hub: String,
    },
    /// The hub could not be reached, or stopped answering: the site is offline.
    #[error("{method} {url}: the hub could not be reached ({detail})")]
    Network {
        /// The request's method.
        method: &'static str,
        /// The request's address.
        url: String,
        /// What the network said.
        detail: String,
    },
    /// The hub's TLS certificate does not chain to a root this site trusts.
    #[error("{method} {url}: the hub's certificate is not trusted ({detail}); if the hub uses the hospital's own CA, set CUSTODY_HUB_CA to that CA's certificate (a PEM file)")]
    Untrusted {
        /// The request's method.
        method: &'static str,
        /// The request's address.
        url: String,
        /// What the TLS library said of the certificate.
        detail: String,
    },
    /// The CA file `CUSTODY_HUB_CA` names cannot be used.
    #[error("the hub's CA file {path} (CUSTODY_HUB_CA) {why}")]
    BadCa {
        /// The file.
        path: String,
        /// What is wrong with it.
        why: String,
    },
    /// The hub answered with one of the protocol's refusals.
    #[error("{method} {url}: {refusal}")]
    Refused {
        /// The request's method.
        method: &'static str,
        /// The request's address.
        url: String,
        /// The refusal.
        refusal: Refusal,
    },
    /// The hub answered something that is not the protocol (another server at that address,
    /// a proxy's error page).
    #[error(
        "{method} {url}: answered {status} with something that is not the protocol ({detail})"
    )]
    Unexpected {
        /// The request's method.
        method: &'static str,
        /// The request's address.
        url: String,
        /// The HTTP status.
        status: u16,
        /// What did not fit.
        detail: String,
    },
    /// A batch built from the outbox did not check (core checks every hash first, so this is a
    /// fault of this build, not of the ledger).
    #[error("the batch from event {from_seq} does not check: {source}")]
    Chain {
        /// Where the batch starts.
        from_seq: i64,
        /// The check's finding.
        source: ChainError,
    },
    /// The site's key could not be made.
    #[error("the site's signing key could not be made: {0}")]
    Key(String),
    /// The site's database refused or failed.
    #[error(transparent)]
    Core(#[from] custody_core::CoreError),
}

impl ClientError {
    /// Whether the hub was out of reach (the caller tries again later, with backoff).
    pub fn is_offline(&self) -> bool {
        matches!(self, ClientError::Network { .. })
    }
}
