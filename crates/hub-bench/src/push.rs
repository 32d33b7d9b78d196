//! Sites as the hub sees them over HTTP: enrolled with a one-time code and a key of their own,
//! pushing their chains in signed batches of up to 500 events, one batch after the other, as the
//! site's client does.

use custody_hub::admin;
use custody_sync_protocol::{
    routes, signed_batch, Ack, EnrolReply, EnrolRequest, SiteKey, PROTOCOL,
};

use crate::chain::{Chain, Made, SitePlan};
use crate::cluster::Scratch;
use crate::BenchError;

/// A site enrolled at the hub.
pub struct Pusher {
    /// Its chain.
    pub chain: Chain,
    key: SiteKey,
    token: String,
    agent: ureq::Agent,
    base: String,
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

/// The hub's answer: the JSON if it said 200, else what it said.
fn answer<T: serde::de::DeserializeOwned>(
    doing: &'static str,
    result: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
) -> Result<T, BenchError> {
    let mut response = result.map_err(|e| BenchError::Http {
        doing,
        why: e.to_string(),
    })?;
    let status = response.status().as_u16();
    let text = response
        .body_mut()
        .read_to_string()
        .map_err(|e| BenchError::Http {
            doing,
            why: e.to_string(),
        })?;
    if status != 200 {
        return Err(BenchError::Http {
            doing,
            why: format!("{status}: {text}"),
        });
    }
    serde_json::from_str(&text).map_err(|e| BenchError::Http {
        doing,
        why: format!("an answer that is not what the protocol says: {e}"),
    })
}

impl Pusher {
    /// `plan`'s site added at the hub and enrolled through the route.
    pub fn enrol(scratch: &Scratch, base: &str, plan: SitePlan) -> Result<Pusher, BenchError> {
        let code = scratch.rt.block_on(admin::add_site(
            &scratch.db,
            &plan.code,
            &format!("Site {}", plan.code),
        ))?;
        let key = SiteKey::generate()
            .map_err(|e| BenchError::Options(format!("no random source for a key: {e}")))?;
        let agent = agent();
        let request = EnrolRequest {
            protocol: PROTOCOL.into(),
            code,
            site: plan.code.clone(),
            public_key: key.public_key(),
        };
        let reply: EnrolReply = answer(
            "enrolling a site",
            agent
                .post(format!("{base}{}", routes::ENROL))
                .send_json(&request),
        )?;
        Ok(Pusher {
            chain: Chain::new(plan),
            key,
            token: reply.token,
            agent,
            base: base.to_string(),
        })
    }

    /// Pushes `events` (the next ones of the chain) as one signed batch; the hub's ack.
    pub fn send(&self, events: &[Made]) -> Result<Ack, BenchError> {
        let first = events
            .first()
            .ok_or_else(|| BenchError::Options("an empty batch".into()))?;
        let wire = events.iter().map(Made::wire).collect();
        let batch = signed_batch(&self.key, &self.chain.plan.code, &first.prev, wire)
            .map_err(|e| BenchError::Check(format!("a generated chain does not check: {e}")))?;
        let url = format!("{}{}", self.base, routes::events(&self.chain.plan.code));
        let ack: Ack = answer(
            "pushing a batch",
            self.agent
                .post(url)
                .header("Authorization", format!("Bearer {}", self.token))
                .send_json(&batch),
        )?;
        let last = events.last().map_or(0, |e| e.seq);
        if ack.acked_seq != last {
            return Err(BenchError::Check(format!(
                "the hub acknowledged {} after a batch ending at {last}",
                ack.acked_seq
            )));
        }
        Ok(ack)
    }

    /// Makes and pushes the next `n` events of the plan in batches of `batch`.
    pub fn push(&mut self, n: u64, batch: u64) -> Result<(), BenchError> {
        let mut left = n;
        while left > 0 {
            let take = left.min(batch);
            let events = self.chain.next(take);
            self.send(&events)?;
            left -= take;
        }
        Ok(())
    }
}
