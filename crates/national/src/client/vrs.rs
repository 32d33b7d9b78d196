//! The US client: verification through the router with a GS1 Digital Link request.

use serde::{Deserialize, Serialize};
use ureq::Agent;

use super::{agent, base_address, exchange, request_id, ConfigError, Endpoint, TransportError};
use crate::protocol::us::{Context, VrsAnswer, VrsRequest};
use crate::protocol::PackKey;

/// How to reach the router, and who the site is to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VrsConfig {
    /// Where it is.
    #[serde(flatten)]
    pub endpoint: Endpoint,
    /// The site's GLN.
    pub requestor_gln: String,
}

/// A client of the verification router.
pub struct VrsClient {
    base: String,
    gln: String,
    agent: Agent,
}

impl std::fmt::Debug for VrsClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VrsClient")
            .field("base", &self.base)
            .field("gln", &self.gln)
            .finish_non_exhaustive()
    }
}

impl VrsClient {
    /// A client as `config` says, its certificate files read now.
    pub fn new(config: &VrsConfig) -> Result<VrsClient, ConfigError> {
        Ok(VrsClient {
            base: base_address(&config.endpoint.base_url)?,
            gln: config.requestor_gln.clone(),
            agent: agent(&config.endpoint)?,
        })
    }

    /// Verifies `pack`, for `context`.
    pub fn verify(&self, pack: &PackKey, context: Context) -> Result<VrsAnswer, TransportError> {
        let request = VrsRequest {
            pack: pack.clone(),
            requestor_gln: self.gln.clone(),
            context,
            correlation: request_id(),
        };
        let url = format!("{}{}", self.base, request.path());
        let q = request.query();
        let answer = self
            .agent
            .get(&url)
            .query("17", &q.expiry)
            .query("linkType", &q.link_type)
            .query("context", q.context.code())
            .query("reqGLN", &q.requestor_gln)
            .query("corrUUID", &q.correlation)
            .call();
        let answer: VrsAnswer = exchange(answer, &url)?;
        if answer.correlation != request.correlation {
            return Err(TransportError {
                url,
                outcome: super::Outcome::Unknown,
                status: Some(200),
                detail: format!(
                    "the answer is for request {:?}, not ours ({:?})",
                    answer.correlation, request.correlation
                ),
            });
        }
        Ok(answer)
    }
}
