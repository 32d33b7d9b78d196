//! The simulators, `nmvs-sim` ([`NmvsSim`]) and `vrs-sim` ([`VrsSim`]): axum servers on
//! loopback, each in a runtime of its own so blocking tests and the manual binary can use them
//! alike. Each starts on a port (0 for any free one), says its address, and gives a handle that
//! scripts it: faults (unavailable, a reply held longer than the client waits, a lost reply),
//! alerts for chosen packs, its clock, and counters a test asserts on.
//!
//! A **lost reply** applies the request, then ends the connection with no answer (the reply's
//! body fails at once, so the server drops the connection): the requester cannot tell whether
//! its change was made. A **delay** applies the request at once and holds the answer back.

mod nmvs;
mod nmvs_state;
mod vrs;

use std::net::SocketAddr;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use axum::Router;
use tokio::net::TcpListener;
use tokio::runtime::Runtime;

pub use nmvs::NmvsSim;
pub use nmvs_state::SimPack;
pub use vrs::{VrsPack, VrsSim};

/// A server running in its own runtime; dropping it stops the server.
struct Server {
    rt: Option<Runtime>,
    addr: SocketAddr,
}

impl Server {
    /// Serves `router` on `127.0.0.1:port`.
    fn start(router: Router, port: u16) -> std::io::Result<Server> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let listener = rt.block_on(TcpListener::bind(("127.0.0.1", port)))?;
        let addr = listener.local_addr()?;
        rt.spawn(async move {
            // The server ends with its runtime; an error before that has nobody to tell.
            let _ = axum::serve(listener, router).await;
        });
        Ok(Server { rt: Some(rt), addr })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Without waiting, so a sim can be dropped inside another runtime (an async test).
        if let Some(rt) = self.rt.take() {
            rt.shutdown_background();
        }
    }
}

/// The faults scripted on a simulator.
#[derive(Debug, Default)]
struct Faults {
    /// Every request is answered "not available" (nothing applied).
    unavailable: bool,
    /// Every answer is held back this long (the request applied at once).
    delay: Option<Duration>,
    /// The next reply for each of these packs (product code, serial) is lost, this many times.
    lose: std::collections::HashMap<(String, String), u32>,
    /// The next this many replies, whatever they are for, are lost.
    lose_next: u32,
}

impl Faults {
    /// Whether the reply to a request on `packs` is to be lost (counting it as lost if so).
    fn take_lost<'a>(&mut self, packs: impl IntoIterator<Item = (&'a str, &'a str)>) -> bool {
        let mut lost = false;
        for (product, serial) in packs {
            let key = (product.to_string(), serial.to_string());
            if let Some(n) = self.lose.get_mut(&key) {
                *n -= 1;
                if *n == 0 {
                    self.lose.remove(&key);
                }
                lost = true;
            }
        }
        if !lost && self.lose_next > 0 {
            self.lose_next -= 1;
            lost = true;
        }
        lost
    }
}

/// The lock of a simulator's state; a panic in a handler must not stop the others answering.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A reply whose body fails before its first byte: the server drops the connection.
fn lost_reply() -> Response {
    let failing = futures_util::stream::once(std::future::ready(Err::<Vec<u8>, _>(
        std::io::Error::new(std::io::ErrorKind::ConnectionAborted, "a lost reply"),
    )));
    Body::from_stream(failing).into_response()
}

/// Holds the answer back for `delay`, or drops it if `lost`, else sends it.
async fn deliver(answer: Response, delay: Option<Duration>, lost: bool) -> Response {
    if let Some(d) = delay {
        tokio::time::sleep(d).await;
    }
    if lost {
        lost_reply()
    } else {
        answer
    }
}
