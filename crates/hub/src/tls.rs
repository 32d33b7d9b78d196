//! Serving over TLS: rustls on the ring provider (no aws-lc, so no cmake at build time), from a
//! PEM certificate chain and a PEM private key — typically issued by the hospital's own CA, which
//! the sites then trust (`CUSTODY_HUB_CA` at the site). HTTP/1.1 only, as the protocol's routes
//! and the web page need nothing more.
//!
//! Handshakes run in tasks of their own, each with a time limit, and only finished connections
//! reach the server: a client that connects and never speaks cannot hold up everyone else's.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::rustls::{self, ServerConfig};
use tokio_rustls::server::TlsStream;
use tokio_rustls::TlsAcceptor;

use crate::HubError;

/// The longest a client may take over its handshake.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// Handshakes finished and not yet taken by the server.
const QUEUE: usize = 64;

/// A TLS configuration from `cert` (PEM: the hub's certificate, then any intermediates) and
/// `key` (PEM: PKCS#8, PKCS#1 or SEC1), refusing files that do not read or do not match.
pub fn server_config(cert: &Path, key: &Path) -> Result<Arc<ServerConfig>, HubError> {
    let tls_error = |file: &Path, why: String| HubError::Tls {
        file: file.display().to_string(),
        why,
    };
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .map_err(|e| tls_error(cert, format!("cannot be read as PEM ({e})")))?
        .collect::<Result<_, _>>()
        .map_err(|e| tls_error(cert, format!("a certificate in it does not read ({e})")))?;
    if chain.is_empty() {
        return Err(tls_error(cert, "holds no CERTIFICATE block".into()));
    }
    let key_der = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| tls_error(key, format!("holds no private key that reads ({e})")))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| tls_error(cert, format!("no TLS version available ({e})")))?
        .with_no_client_auth()
        .with_single_cert(chain, key_der)
        .map_err(|e| tls_error(key, format!("does not go with the certificate ({e})")))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// A listener handing the server connections whose TLS handshake has finished.
pub struct TlsListener {
    ready: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    local: SocketAddr,
}

impl std::fmt::Debug for TlsListener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TlsListener({})", self.local)
    }
}

impl TlsListener {
    /// Starts accepting on `tcp` with `config` (must be called within the runtime). The
    /// accepting stops when the listener is dropped.
    pub fn new(tcp: TcpListener, config: Arc<ServerConfig>) -> Result<TlsListener, HubError> {
        let local = tcp.local_addr().map_err(|source| HubError::Listen {
            addr: "the TLS listener".into(),
            source,
        })?;
        let (tx, ready) = mpsc::channel(QUEUE);
        tokio::spawn(accept_loop(tcp, TlsAcceptor::from(config), tx));
        Ok(TlsListener { ready, local })
    }
}

/// Accepts connections and hands each to a handshake task, until nobody listens any more.
async fn accept_loop(
    tcp: TcpListener,
    acceptor: TlsAcceptor,
    tx: mpsc::Sender<(TlsStream<TcpStream>, SocketAddr)>,
) {
    loop {
        let accepted = tokio::select! {
            accepted = tcp.accept() => accepted,
            () = tx.closed() => return,
        };
        let (stream, peer) = match accepted {
            Ok(pair) => pair,
            Err(e) => {
                // Out of file descriptors and the like: wait a little, as axum's own loop does.
                eprintln!("custody-hub: accepting a connection failed: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let acceptor = acceptor.clone();
        let tx = tx.clone();
        tokio::spawn(async move {
            match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await {
                Ok(Ok(tls)) => {
                    let _ = tx.send((tls, peer)).await;
                }
                Ok(Err(e)) => eprintln!("custody-hub: TLS handshake with {peer} failed: {e}"),
                Err(_) => eprintln!("custody-hub: TLS handshake with {peer} timed out"),
            }
        });
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.ready.recv().await {
            Some(pair) => pair,
            // The accepting task only ends once this listener is gone, so this does not happen;
            // should it, waiting for ever is what a listener with no more connections does.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.local)
    }
}
