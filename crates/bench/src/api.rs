//! Receipts through the desktop app's own path: `custody_api::ops::call("scan", json)`, the
//! request read from JSON, the site's settings read afresh, the verdict written back as JSON.
//! The difference from `verdict_receive` is what the application layer costs per scan.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use custody_api::ops;
use serde_json::{json, Value};

use crate::error::{BenchError, BenchResult};
use crate::latency::{micros_since, Latency, Turns};
use crate::scans::run_number_micros;

/// Receives `n` new packs of the first serialized product at the first location through
/// `ops::call`, signed in as `admin`, on the computer's clock (as the desktop app records).
pub(crate) struct ApiScans {
    host: custody_api::Host,
    session: custody_api::Session,
    gtin: String,
    location: String,
    supplier: String,
    run: u64,
    n: usize,
    micros: Vec<f64>,
}

impl ApiScans {
    /// `n` receipts into the database at `db`, signed in as `admin` with `password`. None when
    /// that user cannot sign in: the figure is left out, not failed.
    pub fn new(db: &Path, password: &str, n: usize) -> BenchResult<Option<ApiScans>> {
        let mut host = custody_api::Host::open(db, Arc::new(custody_api::SystemClock))?;
        // Unmapped, as the desktop app's window connection reads (`Store::map_whole_file`).
        custody_api::Cx::new(&mut host, None)?
            .store()
            .map_whole_file(false);
        let Ok(mut session) = custody_api::sign_in(&mut host, "admin", password) else {
            return Ok(None);
        };
        let products = ops::call(
            &mut host,
            Some(&mut session),
            "products",
            json!({"limit": 10000}),
        )?;
        let gtin = products
            .as_array()
            .and_then(|ps| ps.iter().find(|p| p["tracking"] == "serial"))
            .and_then(|p| p["gtin"].as_str().map(String::from))
            .ok_or_else(|| BenchError::Unfit("it has no serialized product to receive".into()))?;
        let locations = ops::call(&mut host, Some(&mut session), "locations", Value::Null)?;
        let location = locations[0]["code"]
            .as_str()
            .ok_or_else(|| BenchError::Unfit("it has no location to receive at".into()))?
            .to_string();
        // A receipt names its supplier: the database's first partner.
        let partners = ops::call(&mut host, Some(&mut session), "partners", Value::Null)?;
        let supplier = partners[0]["code"]
            .as_str()
            .ok_or_else(|| BenchError::Unfit("it has no supplier to receive from".into()))?
            .to_string();
        Ok(Some(ApiScans {
            host,
            session,
            gtin,
            location,
            supplier,
            run: run_number_micros(),
            n,
            micros: Vec::with_capacity(n),
        }))
    }
}

impl Turns for ApiScans {
    type Figure = Latency;

    fn turn(&mut self) -> BenchResult<bool> {
        let i = self.micros.len();
        if i == self.n {
            return Ok(false);
        }
        let (gtin, run) = (&self.gtin, self.run);
        let request = json!({"movement": "receive", "location": self.location,
            "counterparty": self.supplier,
            "raw": format!("]d201{gtin}1730123110A{run:x}\u{1d}21A{run:x}{i:06}")});
        let started = Instant::now();
        let verdict = ops::call(&mut self.host, Some(&mut self.session), "scan", request)?;
        self.micros.push(micros_since(started));
        if !verdict["recorded"].is_object() {
            return Err(BenchError::ReceiptNotRecorded(verdict));
        }
        Ok(true)
    }

    fn figure(self) -> BenchResult<Latency> {
        Ok(Latency::from_micros(self.micros))
    }
}
