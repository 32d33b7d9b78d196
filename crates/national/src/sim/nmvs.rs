//! nmvs-sim over HTTP: `POST /single` and `POST /bulk` in our wire form (see
//! [`crate::protocol::eu`]), and [`NmvsSim`], the handle a test scripts it with.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use chrono::{DateTime, Utc};

use super::nmvs_state::{Nmvs, SimPack, Who};
use super::{deliver, lock, Server};
use crate::protocol::eu::{
    BulkAnswer, BulkRequest, PackResult, PackState, ReturnCode, SingleRequest,
};
use crate::protocol::PackKey;

type Shared = Arc<Mutex<Nmvs>>;

/// A running nmvs-sim and the handle to script it; dropping it stops the server.
pub struct NmvsSim {
    server: Server,
    state: Shared,
}

impl std::fmt::Debug for NmvsSim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NmvsSim")
            .field("addr", &self.server.addr)
            .finish_non_exhaustive()
    }
}

impl NmvsSim {
    /// Starts on a free loopback port, knowing `packs`, its clock at the real time.
    pub fn start(packs: Vec<SimPack>) -> std::io::Result<NmvsSim> {
        NmvsSim::start_on(0, packs)
    }

    /// Starts on loopback port `port` (0 for any free one).
    pub fn start_on(port: u16, packs: Vec<SimPack>) -> std::io::Result<NmvsSim> {
        let state: Shared = Arc::new(Mutex::new(Nmvs::new(packs, Utc::now())));
        let router = Router::new()
            .route("/single", post(single))
            .route("/bulk", post(bulk))
            .with_state(state.clone());
        let server = Server::start(router, port)?;
        Ok(NmvsSim { server, state })
    }

    /// Its address.
    pub fn addr(&self) -> SocketAddr {
        self.server.addr
    }

    /// Its base URL, `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.server.addr)
    }

    /// Knows one more pack.
    pub fn add_pack(&self, pack: SimPack) {
        lock(&self.state).add(pack);
    }

    /// Answers every request `SP-901` (applying nothing) while `down`.
    pub fn set_unavailable(&self, down: bool) {
        lock(&self.state).faults.unavailable = down;
    }

    /// Holds every answer back this long (the request applied at once), or not.
    pub fn set_delay(&self, delay: Option<Duration>) {
        lock(&self.state).faults.delay = delay;
    }

    /// Loses the next reply to a request on `pack`: the request is applied, the reply dropped.
    pub fn lose_reply(&self, pack: &PackKey) {
        let key = (pack.product_code.clone(), pack.serial.clone());
        *lock(&self.state).faults.lose.entry(key).or_default() += 1;
    }

    /// Loses the next `n` replies, whatever they are for.
    pub fn lose_next_replies(&self, n: u32) {
        lock(&self.state).faults.lose_next = n;
    }

    /// Answers every request on `pack` with `code` (a UAID with it if it alerts), or stops.
    pub fn script_code(&self, pack: &PackKey, code: Option<ReturnCode>) {
        lock(&self.state).script(pack, code);
    }

    /// Its clock.
    pub fn now(&self) -> DateTime<Utc> {
        lock(&self.state).now
    }

    /// Sets its clock (for the undo window).
    pub fn set_now(&self, now: DateTime<Utc>) {
        lock(&self.state).now = now;
    }

    /// Moves its clock on.
    pub fn advance(&self, by: chrono::Duration) {
        let mut s = lock(&self.state);
        s.now += by;
    }

    /// The pack's state, if known.
    pub fn state_of(&self, pack: &PackKey) -> Option<PackState> {
        lock(&self.state).state_of(pack)
    }

    /// How many decommissions of `pack` reached it, whatever their answer.
    pub fn decommissions(&self, pack: &PackKey) -> u32 {
        lock(&self.state).counters(pack).decommissions
    }

    /// How many alerts it raised on `pack`.
    pub fn alerts(&self, pack: &PackKey) -> u32 {
        lock(&self.state).counters(pack).alerts
    }

    /// How many alerts it raised in all.
    pub fn total_alerts(&self) -> u32 {
        lock(&self.state).all_counters().map(|c| c.alerts).sum()
    }

    /// How many single and bulk requests it answered (or lost), not counting `SP-901`s.
    pub fn requests(&self) -> (u32, u32) {
        let s = lock(&self.state);
        (s.singles, s.bulks)
    }
}

fn unavailable<T: serde::Serialize>(body: T) -> Response {
    (StatusCode::SERVICE_UNAVAILABLE, Json(body)).into_response()
}

async fn single(State(state): State<Shared>, Json(req): Json<SingleRequest>) -> Response {
    let who = Who {
        user: req.user,
        location: req.location,
    };
    let (answer, delay, lost) = {
        let mut s = lock(&state);
        if s.faults.unavailable {
            return unavailable(PackResult {
                pack: req.pack,
                return_code: Some(ReturnCode::SystemNotAvailable),
                state: None,
                by_requester: false,
                changed_at: None,
                alert_id: None,
                client_trx_id: req.client_trx_id,
            });
        }
        s.singles += 1;
        let mut result = s.apply(req.transaction, &req.pack, &who, false);
        result.client_trx_id = req.client_trx_id;
        let lost = s
            .faults
            .take_lost([(&*req.pack.product_code, &*req.pack.serial)]);
        (Json(result).into_response(), s.faults.delay, lost)
    };
    deliver(answer, delay, lost).await
}

async fn bulk(State(state): State<Shared>, Json(req): Json<BulkRequest>) -> Response {
    let who = Who {
        user: req.user,
        location: req.location,
    };
    let (answer, delay, lost) = {
        let mut s = lock(&state);
        if s.faults.unavailable {
            return unavailable(BulkAnswer {
                client_trx_id: req.client_trx_id,
                return_code: Some(ReturnCode::SystemNotAvailable),
                results: Vec::new(),
            });
        }
        s.bulks += 1;
        let tx = req.transaction.transaction();
        let results = req
            .packs
            .iter()
            .map(|p| s.apply(tx, p, &who, true))
            .collect();
        let lost = s.faults.take_lost(
            req.packs
                .iter()
                .map(|p| (p.product_code.as_str(), p.serial.as_str())),
        );
        let answer = BulkAnswer {
            client_trx_id: req.client_trx_id,
            return_code: None,
            results,
        };
        (Json(answer).into_response(), s.faults.delay, lost)
    };
    deliver(answer, delay, lost).await
}
