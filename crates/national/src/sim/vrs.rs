//! vrs-sim: a US verification router on loopback. `GET /01/{gtin}/10/{lot}/21/{serial}` with the
//! query of [`crate::protocol::us::VrsQuery`] answers a [`VrsAnswer`]: not verified with the
//! reason that fits (unknown serial, lot or expiry mismatch, or the pack's scripted reason),
//! else verified with the pack's additional information. Faults as nmvs-sim's; a router that is
//! down answers 503.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::{deliver, lock, Faults, Server};
use crate::protocol::us::{AdditionalInfo, FailureReason, VrsAnswer, VrsQuery};
use crate::protocol::PackKey;

/// A pack the router's manufacturers know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VrsPack {
    /// The pack as commissioned.
    pub pack: PackKey,
    /// What the manufacturer adds when it verifies it (recalled, expired …).
    #[serde(default)]
    pub additional_info: Option<AdditionalInfo>,
    /// A reason the manufacturer answers "not verified" with whatever the request (its policy,
    /// not for re-distribution, no reason).
    #[serde(default)]
    pub failure: Option<FailureReason>,
}

#[derive(Debug, Default)]
struct Manufacturers {
    packs: HashMap<(String, String), VrsPack>,
    faults: Faults,
    requests: u32,
}

type Shared = Arc<Mutex<Manufacturers>>;

/// The responder GLN the simulator signs its answers with.
const RESPONDER_GLN: &str = "0000000000000";

/// A running vrs-sim and the handle to script it; dropping it stops the server.
pub struct VrsSim {
    server: Server,
    state: Shared,
}

impl std::fmt::Debug for VrsSim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VrsSim")
            .field("addr", &self.server.addr)
            .finish_non_exhaustive()
    }
}

impl VrsSim {
    /// Starts on a free loopback port, knowing `packs`.
    pub fn start(packs: Vec<VrsPack>) -> std::io::Result<VrsSim> {
        VrsSim::start_on(0, packs)
    }

    /// Starts on loopback port `port` (0 for any free one).
    pub fn start_on(port: u16, packs: Vec<VrsPack>) -> std::io::Result<VrsSim> {
        let mut router = Manufacturers::default();
        for p in packs {
            router
                .packs
                .insert((p.pack.product_code.clone(), p.pack.serial.clone()), p);
        }
        let state = Arc::new(Mutex::new(router));
        let app = Router::new()
            .route("/01/{gtin}/10/{lot}/21/{serial}", get(verify))
            .with_state(state.clone());
        let server = Server::start(app, port)?;
        Ok(VrsSim { server, state })
    }

    /// Its address.
    pub fn addr(&self) -> SocketAddr {
        self.server.addr
    }

    /// Its base URL, `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.server.addr)
    }

    /// Answers 503 to every request while `down`.
    pub fn set_unavailable(&self, down: bool) {
        lock(&self.state).faults.unavailable = down;
    }

    /// Holds every answer back this long, or not.
    pub fn set_delay(&self, delay: Option<Duration>) {
        lock(&self.state).faults.delay = delay;
    }

    /// Loses the next `n` replies.
    pub fn lose_next_replies(&self, n: u32) {
        lock(&self.state).faults.lose_next = n;
    }

    /// How many verifications it answered (or lost).
    pub fn requests(&self) -> u32 {
        lock(&self.state).requests
    }
}

async fn verify(
    State(state): State<Shared>,
    Path((gtin, lot, serial)): Path<(String, String, String)>,
    Query(query): Query<VrsQuery>,
) -> Response {
    let (answer, delay, lost) = {
        let mut s = lock(&state);
        if s.faults.unavailable {
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
        s.requests += 1;
        let mut answer = answer_for(s.packs.get(&(gtin.clone(), serial.clone())), &lot, &query);
        answer.correlation = query.correlation.clone();
        let lost = s.faults.take_lost([(gtin.as_str(), serial.as_str())]);
        (Json(answer).into_response(), s.faults.delay, lost)
    };
    deliver(answer, delay, lost).await
}

/// The manufacturer's answer for the pack found (if any) and the lot and expiry asked.
fn answer_for(found: Option<&VrsPack>, lot: &str, query: &VrsQuery) -> VrsAnswer {
    let not = |reason| VrsAnswer {
        verified: false,
        verification_failure_reason: Some(reason),
        additional_info: None,
        correlation: String::new(),
        responder_gln: Some(RESPONDER_GLN.to_string()),
    };
    let Some(p) = found else {
        return not(FailureReason::NoMatchGtinSerial);
    };
    if let Some(reason) = p.failure {
        return not(reason);
    }
    let lot_ok = p.pack.batch == lot;
    let expiry_ok = p.pack.expiry == query.expiry;
    match (lot_ok, expiry_ok) {
        (false, false) => not(FailureReason::NoMatchGtinSerialLotExpiry),
        (false, true) => not(FailureReason::NoMatchGtinSerialLot),
        (true, false) => not(FailureReason::NoMatchGtinSerialExpiry),
        (true, true) => VrsAnswer {
            verified: true,
            verification_failure_reason: None,
            additional_info: p.additional_info,
            correlation: String::new(),
            responder_gln: Some(RESPONDER_GLN.to_string()),
        },
    }
}
