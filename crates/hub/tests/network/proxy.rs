//! The test fault proxy: a TCP relay between a site and the hub (Debian has no toxiproxy) whose
//! mode can change between requests. It reads the mode for every chunk it relays, so a
//! connection the site's HTTP agent keeps open follows a change at once.
//!
//! - `Pass` relays both ways.
//! - `Refuse` closes every connection at once: the network is down.
//! - `CutReply` relays the request and closes both sides as soon as the hub starts answering:
//!   the hub has committed, the site never hears so (a lost acknowledgement).
//! - `Stall` keeps the connection open and relays nothing either way: a hub that accepted the
//!   connection and went silent (the site's timeout ends the wait).
//! - `Throttle` relays both ways a kilobyte at a time, 10 ms apart (about 100 KB/s): a slow
//!   clinic line.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::runtime::Runtime;

/// What the proxy does to traffic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Pass,
    Refuse,
    CutReply,
    Stall,
    Throttle,
}

/// A running proxy, stopped with its runtime.
pub struct Proxy {
    _rt: Runtime,
    mode: Arc<Mutex<Mode>>,
    /// `http://127.0.0.1:PORT`, the address sites enrol with.
    pub base: String,
}

impl Proxy {
    /// A proxy in front of the hub at `upstream` (`http://host:port`), passing traffic.
    pub fn start(upstream: &str) -> Proxy {
        let upstream: SocketAddr = upstream
            .trim_start_matches("http://")
            .parse()
            .expect("the test hub's address is host:port");
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime starts");
        let listener = rt
            .block_on(TcpListener::bind("127.0.0.1:0"))
            .expect("a free port on loopback");
        let base = format!("http://{}", listener.local_addr().expect("bound"));
        let mode = Arc::new(Mutex::new(Mode::Pass));
        let shared = mode.clone();
        rt.spawn(async move {
            while let Ok((site, _)) = listener.accept().await {
                let mode = shared.clone();
                tokio::spawn(relay(site, upstream, mode));
            }
        });
        Proxy {
            _rt: rt,
            mode,
            base,
        }
    }

    /// Sets what happens to traffic from now on.
    pub fn set(&self, mode: Mode) {
        *self.mode.lock().expect("the mode's lock is never poisoned") = mode;
    }
}

fn mode_of(mode: &Mutex<Mode>) -> Mode {
    *mode.lock().expect("the mode's lock is never poisoned")
}

async fn relay(site: TcpStream, upstream: SocketAddr, mode: Arc<Mutex<Mode>>) {
    if mode_of(&mode) == Mode::Refuse {
        return;
    }
    let Ok(hub) = TcpStream::connect(upstream).await else {
        return;
    };
    let (site_in, site_out) = site.into_split();
    let (hub_in, hub_out) = hub.into_split();
    let up = tokio::spawn(pump(site_in, hub_out, mode.clone(), Mode::Refuse));
    let down = tokio::spawn(pump(hub_in, site_out, mode, Mode::CutReply));
    // Whichever side ends first ends the connection: dropping both halves closes both sockets.
    tokio::select! {
        _ = up => {}
        _ = down => {}
    }
}

/// Copies `from` to `to` chunk by chunk until either closes, or until a chunk arrives while the
/// mode is `Refuse` or `cut` (then it drops it, closing the connection).
async fn pump(mut from: OwnedReadHalf, mut to: OwnedWriteHalf, mode: Arc<Mutex<Mode>>, cut: Mode) {
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match from.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        let now = mode_of(&mode);
        if now == Mode::Refuse || now == cut {
            return;
        }
        let sent = match now {
            // Read and dropped: the other side hears nothing, the connection stays open.
            Mode::Stall => Ok(()),
            Mode::Throttle => throttled(&mut to, &buf[..n]).await,
            _ => to.write_all(&buf[..n]).await,
        };
        if sent.is_err() {
            return;
        }
    }
}

/// Writes `bytes` a kilobyte at a time, 10 ms apart.
async fn throttled(to: &mut OwnedWriteHalf, bytes: &[u8]) -> std::io::Result<()> {
    for chunk in bytes.chunks(1024) {
        to.write_all(chunk).await?;
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    Ok(())
}
