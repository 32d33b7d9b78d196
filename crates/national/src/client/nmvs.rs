//! The EU client: single and bulk transactions with one country's NMVS, in our wire form.

use serde::{Deserialize, Serialize};
use ureq::Agent;

use super::{agent, base_address, exchange, request_id, ConfigError, Endpoint, TransportError};
use crate::protocol::eu::{
    BulkAnswer, BulkRequest, BulkTransaction, PackResult, SingleRequest, Transaction,
};
use crate::protocol::PackKey;

/// How to reach one NMVS, and who the site is to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NmvsConfig {
    /// Where it is.
    #[serde(flatten)]
    pub endpoint: Endpoint,
    /// The site's user with the NMVS (not a person: the drainer's system principal).
    pub user: String,
    /// The premises' location id.
    pub location: String,
}

/// A client of one NMVS.
pub struct NmvsClient {
    base: String,
    user: String,
    location: String,
    agent: Agent,
}

impl std::fmt::Debug for NmvsClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NmvsClient")
            .field("base", &self.base)
            .field("user", &self.user)
            .finish_non_exhaustive()
    }
}

impl NmvsClient {
    /// A client as `config` says, its certificate files read now.
    pub fn new(config: &NmvsConfig) -> Result<NmvsClient, ConfigError> {
        Ok(NmvsClient {
            base: base_address(&config.endpoint.base_url)?,
            user: config.user.clone(),
            location: config.location.clone(),
            agent: agent(&config.endpoint)?,
        })
    }

    /// One transaction on one pack.
    pub fn single(&self, tx: Transaction, pack: &PackKey) -> Result<PackResult, TransportError> {
        let request = SingleRequest {
            transaction: tx,
            pack: pack.clone(),
            user: self.user.clone(),
            location: self.location.clone(),
            client_trx_id: request_id(),
        };
        self.post("/single", &request)
    }

    /// One transaction on many packs (no intermarket look-up: packs of other markets come
    /// back `NMVS_NC_PC_01`).
    pub fn bulk(
        &self,
        tx: BulkTransaction,
        packs: &[PackKey],
    ) -> Result<BulkAnswer, TransportError> {
        let request = BulkRequest {
            transaction: tx,
            packs: packs.to_vec(),
            user: self.user.clone(),
            location: self.location.clone(),
            client_trx_id: request_id(),
        };
        self.post("/bulk", &request)
    }

    fn post<T: Serialize, R: serde::de::DeserializeOwned>(
        &self,
        route: &str,
        body: &T,
    ) -> Result<R, TransportError> {
        let url = format!("{}{route}", self.base);
        let json = serde_json::to_vec(body).map_err(|e| TransportError {
            url: url.clone(),
            outcome: super::Outcome::Known,
            status: None,
            detail: format!("the request could not be written ({e})"),
        })?;
        let answer = self
            .agent
            .post(&url)
            .header("Content-Type", "application/json")
            .send(&json[..]);
        exchange(answer, &url)
    }
}
