//! A hub in memory for one site, answering as the protocol says: the signature verified with
//! the site's key, a gap answered with the sequence expected, an overlap compared hash by hash
//! (identical: a replay; different: a fork), the batch checked with `check_chain` from the hash
//! it holds, then stored and acknowledged. Faults on demand: down, an acknowledgement lost after
//! the batch was stored, events lost (a restore), gaps for every overlap (a hub without replay).

use std::cell::{Cell, RefCell};

use custody_sync_client::{ClientError, HubApi};
use custody_sync_protocol::{
    batch_message, check_chain, parse_hash, routes, verify_signature, Ack, EventsPage, Head,
    HeadReply, PushRequest, Refusal, WireEvent, PROTOCOL,
};

pub struct MemoryHub {
    site: String,
    public_key: String,
    /// The events held, event `seq` at `seq - 1`.
    pub events: RefCell<Vec<WireEvent>>,
    /// Batches received (answered or not).
    pub pushes: Cell<usize>,
    /// Refuses every connection.
    pub down: Cell<bool>,
    /// Goes down after this many more batches.
    pub down_after: Cell<Option<usize>>,
    /// Stores the next batch, then the answer is lost on the way back.
    pub lose_next_ack: Cell<bool>,
    /// Answers an overlap with a gap instead of comparing it (a hub that does not replay).
    pub gaps_for_overlaps: Cell<bool>,
}

impl MemoryHub {
    pub fn new(site: &str, public_key: String) -> MemoryHub {
        MemoryHub {
            site: site.to_string(),
            public_key,
            events: RefCell::new(Vec::new()),
            pushes: Cell::new(0),
            down: Cell::new(false),
            down_after: Cell::new(None),
            lose_next_ack: Cell::new(false),
            gaps_for_overlaps: Cell::new(false),
        }
    }

    /// Keeps only the first `n` events: the hub restored from an older backup.
    pub fn restore_to(&self, n: usize) {
        self.events.borrow_mut().truncate(n);
    }

    fn held_hash(&self, seq: i64) -> [u8; 32] {
        if seq == 0 {
            return custody_core::sync::GENESIS;
        }
        let events = self.events.borrow();
        parse_hash(&events[(seq - 1) as usize].hash).expect("the hub stores checked hashes")
    }

    fn refused(&self, refusal: Refusal) -> Result<Ack, ClientError> {
        Err(ClientError::Refused {
            method: "POST",
            url: self.url(&routes::events(&self.site)),
            refusal,
        })
    }

    fn offline(&self, route: &str, detail: &str) -> ClientError {
        ClientError::Network {
            method: "POST",
            url: self.url(route),
            detail: detail.to_string(),
        }
    }

    /// The batch's checks and its storage, as the real hub's transaction runs them.
    fn take(&self, batch: &PushRequest) -> Result<Ack, ClientError> {
        if batch.protocol != PROTOCOL || batch.site != self.site {
            return self.refused(Refusal::Unauthorized);
        }
        let (Some(first), Some(last)) = (batch.events.first(), batch.events.last()) else {
            return self.refused(Refusal::BadRequest {
                reason: "no events".into(),
            });
        };
        let (Some(prev), Some(last_hash)) = (parse_hash(&batch.prev_hash), parse_hash(&last.hash))
        else {
            return self.refused(Refusal::BadRequest {
                reason: "hash".into(),
            });
        };
        let message = batch_message(&batch.site, first.seq, &prev, last.seq, &last_hash);
        if !verify_signature(&self.public_key, &message, &batch.signature) {
            return self.refused(Refusal::BadSignature);
        }
        let held = self.events.borrow().len() as i64;
        if batch.from_seq > held + 1 || (batch.from_seq <= held && self.gaps_for_overlaps.get()) {
            return self.refused(Refusal::Gap {
                expected_seq: held + 1,
            });
        }
        for e in batch.events.iter().filter(|e| e.seq <= held) {
            let held_hash = self.events.borrow()[(e.seq - 1) as usize].hash.clone();
            if held_hash != e.hash {
                return self.refused(Refusal::Fork {
                    seq: e.seq,
                    held_hash,
                    offered_hash: e.hash.clone(),
                });
            }
        }
        if prev != self.held_hash(batch.from_seq - 1) {
            return self.refused(Refusal::BadChain {
                reason: "prev_hash".into(),
            });
        }
        if let Err(e) = check_chain(&self.site, &prev, &batch.events) {
            return self.refused(Refusal::BadChain {
                reason: e.to_string(),
            });
        }
        let new: Vec<WireEvent> = batch
            .events
            .iter()
            .filter(|e| e.seq > held)
            .cloned()
            .collect();
        let stored = new.len() as i64;
        self.events.borrow_mut().extend(new);
        let acked_seq = held.max(last.seq);
        Ok(Ack {
            acked_seq,
            acked_hash: self.events.borrow()[(acked_seq - 1) as usize].hash.clone(),
            stored,
        })
    }
}

impl HubApi for MemoryHub {
    fn push(&self, batch: &PushRequest) -> Result<Ack, ClientError> {
        let route = routes::events(&self.site);
        if let Some(n) = self.down_after.get() {
            self.down.set(self.down.get() || n == 0);
            self.down_after.set(n.checked_sub(1));
        }
        if self.down.get() {
            return Err(self.offline(&route, "connection refused"));
        }
        self.pushes.set(self.pushes.get() + 1);
        let ack = self.take(batch)?;
        if self.lose_next_ack.replace(false) {
            return Err(self.offline(&route, "the connection was cut before the answer"));
        }
        Ok(ack)
    }

    fn head(&self, _site: &str) -> Result<HeadReply, ClientError> {
        if self.down.get() {
            return Err(self.offline(&routes::head(&self.site), "connection refused"));
        }
        let events = self.events.borrow();
        Ok(HeadReply {
            head: events.last().map(|e| Head {
                seq: e.seq,
                hash: e.hash.clone(),
            }),
            suspended: None,
        })
    }

    fn events_after(
        &self,
        _site: &str,
        after: i64,
        limit: usize,
    ) -> Result<EventsPage, ClientError> {
        if self.down.get() {
            return Err(self.offline(&routes::events(&self.site), "connection refused"));
        }
        let events = self.events.borrow();
        let from = (after.max(0) as usize).min(events.len());
        Ok(EventsPage {
            events: events[from..].iter().take(limit).cloned().collect(),
            head: events.last().map(|e| Head {
                seq: e.seq,
                hash: e.hash.clone(),
            }),
        })
    }

    fn url(&self, route: &str) -> String {
        format!("memory://hub{route}")
    }
}
