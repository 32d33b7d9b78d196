//! The real national systems behind the drainer: one NMVS client per EU market and the US
//! router's client, as configured.

use std::collections::BTreeMap;

use super::NationalSystem;
use crate::client::{NmvsClient, Outcome, TransportError, VrsClient};
use crate::protocol::eu::{BulkAnswer, BulkTransaction, PackResult, Transaction};
use crate::protocol::us::{Context, VrsAnswer};
use crate::protocol::{Market, PackKey};

/// The clients, by market.
#[derive(Debug, Default)]
pub struct Systems {
    nmvs: BTreeMap<Market, NmvsClient>,
    vrs: Option<(VrsClient, Context)>,
}

impl Systems {
    /// No system configured yet.
    pub fn new() -> Systems {
        Systems::default()
    }

    /// With `client` for the EU market `market`.
    pub fn with_nmvs(mut self, market: Market, client: NmvsClient) -> Systems {
        self.nmvs.insert(market, client);
        self
    }

    /// With the US router's `client`, asking in `context`.
    pub fn with_vrs(mut self, client: VrsClient, context: Context) -> Systems {
        self.vrs = Some((client, context));
        self
    }

    fn nmvs(&self, market: &Market) -> Result<&NmvsClient, TransportError> {
        self.nmvs.get(market).ok_or_else(|| unconfigured(market))
    }
}

/// No client for the market: nothing was sent (it waits until one is configured).
fn unconfigured(market: &Market) -> TransportError {
    TransportError {
        url: market.to_string(),
        outcome: Outcome::Known,
        status: None,
        detail: format!("no national system is configured for {market}"),
    }
}

impl NationalSystem for Systems {
    fn single(
        &self,
        market: &Market,
        tx: Transaction,
        pack: &PackKey,
    ) -> Result<PackResult, TransportError> {
        self.nmvs(market)?.single(tx, pack)
    }

    fn bulk(
        &self,
        market: &Market,
        tx: BulkTransaction,
        packs: &[PackKey],
    ) -> Result<BulkAnswer, TransportError> {
        self.nmvs(market)?.bulk(tx, packs)
    }

    fn verify_us(&self, pack: &PackKey) -> Result<VrsAnswer, TransportError> {
        match &self.vrs {
            Some((client, context)) => client.verify(pack, *context),
            None => Err(unconfigured(&Market::Us)),
        }
    }
}
