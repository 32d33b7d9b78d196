//! The hub's routes, each one blocking request with a timeout: enrol, push a batch, read the
//! hub's head for this site, read this site's events back, read a page of its pull feed, share a
//! recall, send recall outcomes. Any answer that is not 2xx is
//! read as the protocol's `Refusal` (the hub sends one as JSON); anything else is reported as
//! not the protocol, naming the address and the status. Over https the hub's certificate must
//! chain to the hospital's CA when `CUSTODY_HUB_CA` names one, and a certificate refused is said
//! as such, not as a network down.

use std::path::Path;
use std::time::Duration;

use custody_sync_protocol::{
    routes, Ack, EnrolReply, EnrolRequest, EventsPage, FeedPage, HeadReply, OutcomesAck,
    OutcomesRequest, PushRequest, Refusal, SharedRecall, SharedReply, PROTOCOL,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use ureq::tls::{PemItem, RootCerts, TlsConfig};
use ureq::Agent;

use crate::ClientError;

/// The longest any request may take, from connecting to the last byte of the answer: a full
/// batch (1 MB of events, in base64) on a slow clinic line, with room to spare.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Connecting alone: a hub that does not answer a connection in this time is offline.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The largest answer read: a page of events back from the hub is at most one batch.
const ANSWER_LIMIT: u64 = 8 << 20;

/// A hub at one address, with this site's token once enrolled.
pub struct Hub {
    base: String,
    token: Option<String>,
    agent: Agent,
}

impl std::fmt::Debug for Hub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hub")
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

/// What a push needs of a hub: the real one over HTTP ([`Hub`]), or any other that answers as
/// the protocol says (the tests' hub in memory, which checks batches with the protocol crate).
pub trait HubApi {
    /// Pushes one signed batch.
    fn push(&self, batch: &PushRequest) -> Result<Ack, ClientError>;
    /// The last event the hub holds for `site`.
    fn head(&self, site: &str) -> Result<HeadReply, ClientError>;
    /// Up to `limit` of `site`'s own events the hub holds after `after` (a restored site
    /// pulling them back).
    fn events_after(&self, site: &str, after: i64, limit: usize)
        -> Result<EventsPage, ClientError>;
    /// The full address of `route`, for messages.
    fn url(&self, route: &str) -> String;
    /// Sends the site's recall outcomes of network recalls. A hub that does not say otherwise
    /// does not take them, as a hub older than the route answers (404).
    fn recall_outcomes(&self, request: &OutcomesRequest) -> Result<OutcomesAck, ClientError> {
        Err(ClientError::Unexpected {
            method: "POST",
            url: self.url(&routes::recall_outcomes(&request.site)),
            status: 404,
            detail: "this hub does not take recall outcomes".to_string(),
        })
    }
}

/// What a pull needs of a hub: a page of the site's feed.
pub trait FeedApi {
    /// Up to `limit` changes for `site` after `after`.
    fn feed(&self, site: &str, after: i64, limit: i64) -> Result<FeedPage, ClientError>;
}

impl FeedApi for Hub {
    fn feed(&self, site: &str, after: i64, limit: i64) -> Result<FeedPage, ClientError> {
        Hub::feed(self, site, after, limit)
    }
}

impl HubApi for Hub {
    fn push(&self, batch: &PushRequest) -> Result<Ack, ClientError> {
        Hub::push(self, batch)
    }

    fn head(&self, site: &str) -> Result<HeadReply, ClientError> {
        Hub::head(self, site)
    }

    fn events_after(
        &self,
        site: &str,
        after: i64,
        limit: usize,
    ) -> Result<EventsPage, ClientError> {
        Hub::events_after(self, site, after, limit)
    }

    fn url(&self, route: &str) -> String {
        Hub::url(self, route)
    }

    fn recall_outcomes(&self, request: &OutcomesRequest) -> Result<OutcomesAck, ClientError> {
        self.post(&routes::recall_outcomes(&request.site), request)
    }
}

/// The hub's address as given, checked and without a trailing slash.
pub(crate) fn base_address(hub: &str) -> Result<String, ClientError> {
    let trimmed = hub.trim().trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => {
            Ok(trimmed.to_string())
        }
        _ => Err(ClientError::BadAddress {
            hub: hub.to_string(),
        }),
    }
}

/// The variable naming the hospital's CA certificate (PEM) that the hub's certificate must
/// chain to. Unset, the hub's certificate must chain to a public root (Mozilla's list, built in).
pub const CA_VAR: &str = "CUSTODY_HUB_CA";

/// The certificates of a PEM file, to trust as roots.
fn ca_roots(path: &Path) -> Result<RootCerts, ClientError> {
    let bad = |why: String| ClientError::BadCa {
        path: path.display().to_string(),
        why,
    };
    let pem = std::fs::read(path).map_err(|e| bad(format!("cannot be read ({e})")))?;
    let mut roots = Vec::new();
    for item in ureq::tls::parse_pem(&pem) {
        match item.map_err(|e| bad(format!("does not read as PEM ({e})")))? {
            PemItem::Certificate(c) => roots.push(c),
            // A key in the file is a mistake worth saying, not a root to trust.
            _ => return Err(bad("holds something other than certificates".into())),
        }
    }
    if roots.is_empty() {
        return Err(bad("holds no CERTIFICATE block".into()));
    }
    Ok(RootCerts::from(roots))
}

impl Hub {
    /// The hub at `base` (`https://host:port`), with `token` for every request but enrolment,
    /// and `timeout` on each request. Over https, the hub's certificate must chain to the CA
    /// that [`CA_VAR`] names when it is set (a hospital's own), else to a public root.
    pub fn new(base: &str, token: Option<String>, timeout: Duration) -> Result<Hub, ClientError> {
        match std::env::var_os(CA_VAR).filter(|v| !v.is_empty()) {
            Some(ca) => Hub::trusting(base, token, timeout, Path::new(&ca)),
            None => Hub::with_roots(base, token, timeout, RootCerts::WebPki),
        }
    }

    /// As [`Hub::new`], trusting only the CA certificate(s) in the PEM file `ca`.
    pub fn trusting(
        base: &str,
        token: Option<String>,
        timeout: Duration,
        ca: &Path,
    ) -> Result<Hub, ClientError> {
        Hub::with_roots(base, token, timeout, ca_roots(ca)?)
    }

    fn with_roots(
        base: &str,
        token: Option<String>,
        timeout: Duration,
        roots: RootCerts,
    ) -> Result<Hub, ClientError> {
        let base = base_address(base)?;
        let agent = Agent::config_builder()
            .tls_config(TlsConfig::builder().root_certs(roots).build())
            .timeout_global(Some(timeout))
            .timeout_connect(Some(CONNECT_TIMEOUT.min(timeout)))
            // Refusals come as 4xx with a body to read, not as transport errors.
            .http_status_as_error(false)
            // A push is never replayed elsewhere behind the site's back.
            .max_redirects(0)
            .build()
            .new_agent();
        Ok(Hub { base, token, agent })
    }

    /// The full address of `route` at this hub.
    pub fn url(&self, route: &str) -> String {
        format!("{}{route}", self.base)
    }

    /// Enrols `site` with the one-time `code` and its public key.
    pub fn enrol(
        &self,
        code: &str,
        site: &str,
        public_key: &str,
    ) -> Result<EnrolReply, ClientError> {
        let request = EnrolRequest {
            protocol: PROTOCOL.to_string(),
            code: code.to_string(),
            site: site.to_string(),
            public_key: public_key.to_string(),
        };
        self.post(routes::ENROL, &request)
    }

    /// Pushes one signed batch.
    pub fn push(&self, batch: &PushRequest) -> Result<Ack, ClientError> {
        self.post(&routes::events(&batch.site), batch)
    }

    /// The last event the hub holds for `site`.
    pub fn head(&self, site: &str) -> Result<HeadReply, ClientError> {
        self.get(&routes::head(site), &[])
    }

    /// Up to `limit` of `site`'s events the hub holds after `after`.
    pub fn events_after(
        &self,
        site: &str,
        after: i64,
        limit: usize,
    ) -> Result<EventsPage, ClientError> {
        self.get(
            &routes::events(site),
            &[("after", after.to_string()), ("limit", limit.to_string())],
        )
    }

    /// Up to `limit` changes of `site`'s pull feed after `after`.
    pub fn feed(&self, site: &str, after: i64, limit: i64) -> Result<FeedPage, ClientError> {
        self.get(
            &routes::feed(site),
            &[("after", after.to_string()), ("limit", limit.to_string())],
        )
    }

    /// Shares a recall `site` entered itself with the network.
    pub fn share_recall(
        &self,
        site: &str,
        recall: &SharedRecall,
    ) -> Result<SharedReply, ClientError> {
        self.post(&routes::recalls(site), recall)
    }

    fn post<T: Serialize, R: DeserializeOwned>(
        &self,
        route: &str,
        body: &T,
    ) -> Result<R, ClientError> {
        let url = self.url(route);
        let json = serde_json::to_vec(body).map_err(|e| ClientError::Unexpected {
            method: "POST",
            url: url.clone(),
            status: 0,
            detail: format!("the request could not be written: {e}"),
        })?;
        let mut request = self
            .agent
            .post(&url)
            .header("Content-Type", "application/json");
        if let Some(token) = &self.token {
            request = request.header("Authorization", format!("Bearer {token}"));
        }
        let answer = request.send(&json[..]);
        read(answer, "POST", url)
    }

    fn get<R: DeserializeOwned>(
        &self,
        route: &str,
        query: &[(&str, String)],
    ) -> Result<R, ClientError> {
        let url = self.url(route);
        let mut request = self.agent.get(&url);
        for (k, v) in query {
            request = request.query(*k, v);
        }
        if let Some(token) = &self.token {
            request = request.header("Authorization", format!("Bearer {token}"));
        }
        read(request.call(), "GET", url)
    }
}

/// The answer to a request: its body read within the limit, then [`interpret`]ed.
fn read<R: DeserializeOwned>(
    answer: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    method: &'static str,
    url: String,
) -> Result<R, ClientError> {
    let network = |e: ureq::Error, url: String| match untrusted(&e) {
        Some(detail) => ClientError::Untrusted {
            method,
            url,
            detail,
        },
        None => ClientError::Network {
            method,
            url,
            detail: e.to_string(),
        },
    };
    let mut response = answer.map_err(|e| network(e, url.clone()))?;
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .with_config()
        .limit(ANSWER_LIMIT)
        .read_to_string()
        .map_err(|e| network(e, url.clone()))?;
    interpret(status, &body, method, url)
}

/// Why the hub's certificate was refused, when that is what failed: not a network that is down
/// but a hub this site does not trust (or an impostor), which trying again will not mend.
fn untrusted(e: &ureq::Error) -> Option<String> {
    let tls = match e {
        ureq::Error::Rustls(r) => Some(r),
        ureq::Error::Io(io) => io.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()),
        _ => None,
    }?;
    matches!(tls, rustls::Error::InvalidCertificate(_)).then(|| tls.to_string())
}

/// What an answer means: a 2xx body as `R`, any other as the protocol's refusal, and anything
/// that does not read as either as not the protocol.
pub(crate) fn interpret<R: DeserializeOwned>(
    status: u16,
    body: &str,
    method: &'static str,
    url: String,
) -> Result<R, ClientError> {
    let unexpected = |detail: String, url: String| ClientError::Unexpected {
        method,
        url,
        status,
        detail,
    };
    if (200..300).contains(&status) {
        return serde_json::from_str(body).map_err(|e| unexpected(e.to_string(), url));
    }
    // A server error (the hub failing inside, its database away, a proxy in front of it with no
    // hub behind) is the hub being unavailable, not a refusal: the site is offline for now and
    // tries again later, as for a network failure.
    if (500..600).contains(&status) {
        return Err(ClientError::Network {
            method,
            url,
            detail: format!("the hub answered {status}: {}", excerpt(body)),
        });
    }
    match serde_json::from_str::<Refusal>(body) {
        Ok(refusal) => Err(ClientError::Refused {
            method,
            url,
            refusal,
        }),
        Err(_) => Err(unexpected(excerpt(body), url)),
    }
}

/// The start of a body that is not the protocol, on one line, for the message.
fn excerpt(body: &str) -> String {
    let line: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(120) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None if line.is_empty() => "an empty answer".to_string(),
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_error_reads_as_the_hub_unavailable_so_the_site_waits_and_retries() {
        for (status, body) in [
            (500, r#"{"code":"internal"}"#),
            (502, "<html>Bad Gateway</html>"),
            (503, ""),
        ] {
            let answer = interpret::<serde_json::Value>(status, body, "POST", url());
            assert!(
                matches!(&answer, Err(e) if e.is_offline()),
                "{status} is the hub unavailable, not a refusal: {answer:?}"
            );
        }
    }

    fn url() -> String {
        "https://hub.example/v1/sites/NORTH/events".to_string()
    }

    #[test]
    fn a_2xx_answer_reads_as_the_reply() {
        let ack: Ack = interpret(
            200,
            r#"{"acked_seq":5,"acked_hash":"ab","stored":2}"#,
            "POST",
            url(),
        )
        .unwrap();
        assert_eq!(
            ack.acked_seq, 5,
            "the hub's acknowledgement is read as sent"
        );
    }

    #[test]
    fn a_refusal_reads_as_the_protocols_refusal_with_its_figures() {
        let e = interpret::<Ack>(409, r#"{"code":"gap","expected_seq":12}"#, "POST", url())
            .unwrap_err();
        assert!(
            matches!(
                e,
                ClientError::Refused {
                    refusal: Refusal::Gap { expected_seq: 12 },
                    ..
                }
            ),
            "the site acts on the figures, so they must survive: {e:?}"
        );
        assert!(
            e.to_string()
                .starts_with("POST https://hub.example/v1/sites/NORTH/events:"),
            "the message says where: {e}"
        );
    }

    #[test]
    fn an_answer_that_is_not_the_protocol_says_so_with_its_status() {
        let e = interpret::<Ack>(404, "<html><body>Not found</body></html>", "POST", url())
            .unwrap_err();
        match e {
            ClientError::Unexpected { status, detail, .. } => {
                assert_eq!(
                    status, 404,
                    "the status tells a proxy's page from the hub's"
                );
                assert!(
                    detail.contains("Not found"),
                    "the body's start is shown: {detail}"
                );
            }
            other => panic!("a proxy's page is not a refusal: {other:?}"),
        }
        let e = interpret::<Ack>(200, "{}", "POST", url()).unwrap_err();
        assert!(
            matches!(e, ClientError::Unexpected { status: 200, .. }),
            "a 2xx without the reply's fields is not an acknowledgement"
        );
    }

    #[test]
    fn a_hub_address_must_be_http_or_https() {
        assert_eq!(
            base_address(" https://hub.example:8443/ ").unwrap(),
            "https://hub.example:8443",
            "a trailing slash would double the routes' own"
        );
        for bad in ["hub.example", "ftp://hub", "https://", "https://a b"] {
            assert!(
                matches!(base_address(bad), Err(ClientError::BadAddress { .. })),
                "{bad} is refused before anything is sent"
            );
        }
    }

    #[test]
    fn an_unreachable_hub_is_offline_within_the_timeout() {
        // A port nothing listens on, on this machine: refused at once, no network needed.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        let hub = Hub::new(
            &format!("http://127.0.0.1:{port}"),
            None,
            Duration::from_secs(5),
        )
        .unwrap();
        let e = hub.head("NORTH").unwrap_err();
        assert!(
            e.is_offline(),
            "a refused connection is being offline: {e:?}"
        );
        assert!(
            e.to_string()
                .contains(&format!("127.0.0.1:{port}/v1/sites/NORTH/head")),
            "the message names the address tried: {e}"
        );
    }

    #[test]
    fn a_hub_that_accepts_and_never_answers_times_out() {
        // Accepts the connection and says nothing: the timeout, not the caller, ends the wait.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let hub = Hub::new(
            &format!("http://127.0.0.1:{port}"),
            None,
            Duration::from_millis(300),
        )
        .unwrap();
        let started = std::time::Instant::now();
        let e = hub.head("NORTH").unwrap_err();
        assert!(
            e.is_offline(),
            "a hub that stalls is offline for the site: {e:?}"
        );
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the request gave up at its timeout"
        );
        drop(listener);
    }
}
