//! A blocking HTTP client per market (ureq on rustls and ring, as the sync client): [`NmvsClient`]
//! and [`VrsClient`]. Base URL, user, premises, GLN, timeouts and certificate **file paths** are
//! configuration ([`Endpoint`]); certificates are read from their files when a client is made
//! and kept in memory only, never in any database. A request answers its typed answer, or a
//! [`TransportError`] that says whether the request's outcome is [`Outcome::Known`] (refused
//! before it was sent, or not processed) or [`Outcome::Unknown`] (it may have been applied: a
//! timeout after sending, a connection dropped mid-reply).

mod nmvs;
mod vrs;

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use ureq::tls::{ClientCert, PemItem, RootCerts, TlsConfig};
use ureq::Agent;

pub use nmvs::{NmvsClient, NmvsConfig};
pub use vrs::{VrsClient, VrsConfig};

/// Where a national system is and how long to wait for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Endpoint {
    /// `https://host[:port][/path]`; plain `http://` only on loopback (the simulators).
    pub base_url: String,
    /// The longest a request may take, connecting to last byte, in milliseconds.
    #[serde(default = "default_timeout_ms")]
    pub timeout_ms: u64,
    /// The longest connecting may take, in milliseconds.
    #[serde(default = "default_connect_ms")]
    pub connect_timeout_ms: u64,
    /// Certificate files.
    #[serde(default)]
    pub tls: TlsFiles,
}

fn default_timeout_ms() -> u64 {
    20_000
}

fn default_connect_ms() -> u64 {
    5_000
}

impl Endpoint {
    /// `base_url` with the default timeouts and no certificate files.
    pub fn new(base_url: &str) -> Endpoint {
        Endpoint {
            base_url: base_url.to_string(),
            timeout_ms: default_timeout_ms(),
            connect_timeout_ms: default_connect_ms(),
            tls: TlsFiles::default(),
        }
    }
}

/// Certificate files, as paths (PEM). None set: the server's certificate must chain to a
/// public root and the client shows none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TlsFiles {
    /// The CA the server's certificate must chain to, instead of the public roots.
    #[serde(default)]
    pub ca: Option<PathBuf>,
    /// The client certificate chain the national system knows the site by.
    #[serde(default)]
    pub client_cert: Option<PathBuf>,
    /// The client certificate's private key.
    #[serde(default)]
    pub client_key: Option<PathBuf>,
}

/// A configuration that cannot make a client, saying what and where.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The base URL is not `https://…` (or `http://` on loopback).
    #[error("{0:?} is not a national system's address (give https://host[:port][/path]; plain http only on 127.0.0.1 or localhost)")]
    BadAddress(String),
    /// A certificate file cannot be used.
    #[error("certificate file {path}: {why}")]
    BadCertificate {
        /// The file.
        path: String,
        /// What is wrong with it.
        why: String,
    },
    /// A client certificate without its key, or a key without its certificate.
    #[error("tls.client_cert and tls.client_key go together: give both or neither")]
    HalfClientCert,
}

/// Whether a request's outcome is known after a failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// Nothing was applied: the request was refused before it was sent, the connection
    /// refused, or the system answered that it did not process it.
    Known,
    /// It may have been applied: the reply was lost or late.
    Unknown,
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Outcome::Known => "outcome known: not applied",
            Outcome::Unknown => "outcome unknown: it may have been applied",
        })
    }
}

/// A request that got no answer we can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{url}: {detail} ({outcome})")]
pub struct TransportError {
    /// The request's address.
    pub url: String,
    /// Whether it may have been applied.
    pub outcome: Outcome,
    /// The HTTP status, when one came.
    pub status: Option<u16>,
    /// What happened.
    pub detail: String,
}

impl TransportError {
    /// Whether the system refused the request itself, so that sending it again will not help:
    /// a 4xx other than a timeout (408), too many requests (429) and the credentials refused
    /// (401, 403, 407), which a renewed certificate or password mends and the queue waits for.
    pub fn rejected(&self) -> bool {
        self.status
            .is_some_and(|s| (400..500).contains(&s) && ![401, 403, 407, 408, 429].contains(&s))
    }
}

/// The largest answer read: a bulk answer of a few thousand packs.
const ANSWER_LIMIT: u64 = 16 << 20;

/// The checked base URL, without a trailing slash.
fn base_address(base: &str) -> Result<String, ConfigError> {
    let trimmed = base.trim().trim_end_matches('/');
    let bad = || ConfigError::BadAddress(base.to_string());
    let (secure, rest) = match trimmed.strip_prefix("https://") {
        Some(rest) => (true, rest),
        None => (false, trimmed.strip_prefix("http://").ok_or_else(bad)?),
    };
    let host = rest.split(['/', ':']).next().unwrap_or_default();
    let loopback = matches!(host, "127.0.0.1" | "localhost");
    if host.is_empty() || rest.contains(char::is_whitespace) || !(secure || loopback) {
        return Err(bad());
    }
    Ok(trimmed.to_string())
}

/// An agent for `e`: its timeouts, its certificates, statuses read as answers, no redirects.
fn agent(e: &Endpoint) -> Result<Agent, ConfigError> {
    let mut tls = TlsConfig::builder();
    if let Some(ca) = &e.tls.ca {
        tls = tls.root_certs(RootCerts::from(certificates(ca)?));
    }
    match (&e.tls.client_cert, &e.tls.client_key) {
        (Some(cert), Some(key)) => {
            let pem = read(key)?;
            let key = ureq::tls::PrivateKey::from_pem(&pem).map_err(|err| {
                bad_certificate(key, format!("holds no usable private key ({err})"))
            })?;
            tls = tls.client_cert(Some(ClientCert::new_with_certs(&certificates(cert)?, key)));
        }
        (None, None) => {}
        _ => return Err(ConfigError::HalfClientCert),
    }
    let timeout = Duration::from_millis(e.timeout_ms);
    let connect = Duration::from_millis(e.connect_timeout_ms).min(timeout);
    Ok(Agent::config_builder()
        .tls_config(tls.build())
        .timeout_global(Some(timeout))
        .timeout_connect(Some(connect))
        .http_status_as_error(false)
        // A decommission is never replayed elsewhere behind our back.
        .max_redirects(0)
        .build()
        .new_agent())
}

fn bad_certificate(path: &Path, why: String) -> ConfigError {
    ConfigError::BadCertificate {
        path: path.display().to_string(),
        why,
    }
}

fn read(path: &Path) -> Result<Vec<u8>, ConfigError> {
    std::fs::read(path).map_err(|e| bad_certificate(path, format!("cannot be read ({e})")))
}

/// The certificates of a PEM file.
fn certificates(path: &Path) -> Result<Vec<ureq::tls::Certificate<'static>>, ConfigError> {
    let mut certs = Vec::new();
    for item in ureq::tls::parse_pem(&read(path)?) {
        match item.map_err(|e| bad_certificate(path, format!("does not read as PEM ({e})")))? {
            PemItem::Certificate(c) => certs.push(c),
            _ => continue,
        }
    }
    if certs.is_empty() {
        return Err(bad_certificate(path, "holds no CERTIFICATE block".into()));
    }
    Ok(certs)
}

/// Whether a failure before any answer leaves the outcome known.
fn outcome_of(e: &ureq::Error) -> Outcome {
    use ureq::Error as E;
    match e {
        E::Timeout(ureq::Timeout::Resolve | ureq::Timeout::Connect) => Outcome::Known,
        E::HostNotFound
        | E::ConnectionFailed
        | E::BadUri(_)
        | E::Http(_)
        | E::RequireHttpsOnly(_)
        | E::TlsRequired
        | E::Pem(_)
        | E::InvalidProxyUrl
        | E::ConnectProxyFailed(_) => Outcome::Known,
        // A TLS error (`Tls`, `Rustls`) may come while the reply is read, after the request
        // left: it falls to the unknown outcomes below, so the change is verified before it is
        // sent again. A certificate refused at the handshake costs only that verification.
        E::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => Outcome::Known,
        // Anything else may have happened after the request left: assume it was applied.
        _ => Outcome::Unknown,
    }
}

/// The answer to a request as `R`: a 2xx body, or a 503 body (a system saying it did not
/// process the request, `SP-901`); anything else a [`TransportError`].
fn exchange<R: DeserializeOwned>(
    answer: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    url: &str,
) -> Result<R, TransportError> {
    let fail = |outcome, status, detail: String| TransportError {
        url: url.to_string(),
        outcome,
        status,
        detail,
    };
    let mut response = answer.map_err(|e| fail(outcome_of(&e), None, e.to_string()))?;
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .with_config()
        .limit(ANSWER_LIMIT)
        .read_to_string()
        .map_err(|e| {
            fail(
                Outcome::Unknown,
                Some(status),
                format!("the reply broke off ({e})"),
            )
        })?;
    let unavailable = status == 503;
    if (200..300).contains(&status) || unavailable {
        return serde_json::from_str(&body).map_err(|e| {
            // A 503 that is not the system's own answer (a proxy's page) says nothing of what
            // the system behind it did: it may have had the request already.
            fail(
                Outcome::Unknown,
                Some(status),
                format!("the answer does not read ({e})"),
            )
        });
    }
    let outcome = if (400..500).contains(&status) {
        Outcome::Known
    } else {
        Outcome::Unknown
    };
    let detail = format!("answered {status}: {}", excerpt(&body));
    Err(fail(outcome, Some(status), detail))
}

/// The start of a body, on one line, for a message.
fn excerpt(body: &str) -> String {
    let line = body.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(120) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None if line.is_empty() => "an empty answer".to_string(),
        None => line,
    }
}

/// A new id for a request.
fn request_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_is_for_loopback_only() {
        assert!(base_address("https://nmvs.example/api/").is_ok());
        assert!(base_address("http://127.0.0.1:8080").is_ok());
        assert!(
            base_address("http://nmvs.example").is_err(),
            "a national system is never spoken to in clear over a network"
        );
        assert!(base_address("nmvs.example").is_err());
    }

    #[test]
    fn a_client_side_refusal_is_a_known_outcome_and_a_late_reply_an_unknown_one() {
        let refused = ureq::Error::Io(std::io::ErrorKind::ConnectionRefused.into());
        assert_eq!(outcome_of(&refused), Outcome::Known);
        let late = ureq::Error::Timeout(ureq::Timeout::RecvResponse);
        assert_eq!(
            outcome_of(&late),
            Outcome::Unknown,
            "it may have been applied"
        );
        let reset = ureq::Error::Io(std::io::ErrorKind::ConnectionReset.into());
        assert_eq!(outcome_of(&reset), Outcome::Unknown);
        assert_eq!(
            outcome_of(&ureq::Error::Tls("decrypt error")),
            Outcome::Unknown,
            "a TLS error may come while the reply is read"
        );
    }

    #[test]
    fn refused_credentials_wait_while_a_refused_request_ends() {
        let answered = |status| TransportError {
            url: "https://nmvs.example".into(),
            outcome: Outcome::Known,
            status: Some(status),
            detail: String::new(),
        };
        assert!(answered(400).rejected());
        assert!(answered(404).rejected());
        for waits in [401, 403, 407, 408, 429, 500, 503] {
            assert!(
                !answered(waits).rejected(),
                "{waits}: a renewed certificate, a quieter moment or the system back mends it"
            );
        }
    }
}
