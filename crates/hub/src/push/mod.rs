//! A pushed batch, taken or refused in one PostgreSQL transaction.
//!
//! Everything that needs no database is checked before the site's cursor is locked, so the
//! lock is held only for the reads and writes: the protocol, the chain (`check_chain`: sequence
//! numbers, every hash recomputed from the canonical bytes, the bytes parsed back to an event of
//! this site) and the signature over the batch's two positions with the site's enrolled key.
//! Then, under `SELECT … FOR UPDATE` on `site_cursor` (so one site's pushes run one at a time
//! and an identical replay racing a push waits and then finds its events held):
//!
//! 1. a caller whose token is no longer the site's (a resume withdrew it while the push waited)
//!    is refused as unauthorized, and a suspended site as suspended;
//! 2. a batch starting past the next position is a `gap` naming it;
//! 3. the batch's previous hash and the events at positions already held are compared with
//!    what the hub holds: identical is a replay, different a **fork** (`fork.rs`);
//! 4. the new events, their lines and the batch's signature are inserted (`rows.rs`), the
//!    products and partners the site now uses are noted for its pull feed (`crate::feed`), the
//!    network views take the new lines (`crate::views`), and the cursor moves on.
//!
//! Checking the signature before comparing means a fork is only ever raised on a batch the
//! site's own key signed: a holder of a stolen token cannot get a site suspended.

mod fork;
mod rows;

use custody_ledger_format::GENESIS;
use custody_sync_protocol::{
    batch_message, check_chain, hash_hex, parse_hash, verify_signature, Ack, ChainError,
    CheckedEvent, PushRequest, Refusal,
};
use deadpool_postgres::{Object, Transaction};

use crate::auth::Caller;
use crate::error::bad_request;
use crate::{Failure, HubError};

/// Takes `request` from `caller`, or refuses it with nothing of it stored.
pub(crate) async fn push(
    client: &mut Object,
    caller: &Caller,
    request: PushRequest,
) -> Result<Ack, Failure> {
    let batch = check_batch(caller, &request)?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting a push"))?;
    let cursor = lock_cursor(&tx, caller).await?;
    if batch.from_seq > cursor.last_seq + 1 {
        return Err(Refusal::Gap {
            expected_seq: cursor.last_seq + 1,
        }
        .into());
    }
    if let Some(fork) = fork::find(&tx, caller, &cursor, &batch).await? {
        return Err(fork::raise(tx, caller, &batch, fork).await?.into());
    }
    let new: Vec<&CheckedEvent> = batch
        .events
        .iter()
        .filter(|e| e.seq > cursor.last_seq)
        .collect();
    let Some(last) = new.last() else {
        // Every event is held already, identical: a replay, acknowledged with the hub's head.
        tx.commit()
            .await
            .map_err(HubError::db("ending a replayed push"))?;
        return Ok(Ack {
            acked_seq: cursor.last_seq,
            acked_hash: hash_hex(&cursor.last_hash),
            stored: 0,
        });
    };
    let (acked_seq, acked_hash) = (last.seq, last.hash);
    rows::insert(&tx, caller, &batch, &new).await?;
    crate::feed::note_uses(&tx, caller.site_id, &new).await?;
    let first = new[0].seq;
    crate::views::apply(
        &tx,
        (caller.site_id, &caller.code),
        (first, acked_seq),
        &new,
    )
    .await?;
    tx.execute(
        "UPDATE site_cursor SET last_seq = $2, last_hash = $3, updated_at = now() \
         WHERE site_id = $1",
        &[&caller.site_id, &acked_seq, &acked_hash.as_slice()],
    )
    .await
    .map_err(HubError::db("moving a site's cursor"))?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a push"))?;
    Ok(Ack {
        acked_seq,
        acked_hash: hash_hex(&acked_hash),
        stored: new.len() as i64,
    })
}

/// A batch that checked on its own: chain and signature.
pub(crate) struct Batch {
    /// The first event's sequence number.
    pub from_seq: i64,
    /// The hash before it, as the site claims it.
    pub prev_hash: [u8; 32],
    /// The events, checked.
    pub events: Vec<CheckedEvent>,
    /// The site's signature, base64.
    pub signature: String,
}

impl Batch {
    /// The last event (a batch is never empty: `check_chain` refuses that).
    fn last(&self) -> &CheckedEvent {
        &self.events[self.events.len() - 1]
    }
}

/// The checks that need no database.
fn check_batch(caller: &Caller, request: &PushRequest) -> Result<Batch, Failure> {
    if request.protocol != custody_sync_protocol::PROTOCOL {
        return Err(bad_request(format!(
            "protocol {:?}, this hub speaks {}",
            request.protocol,
            custody_sync_protocol::PROTOCOL
        )));
    }
    if request.site != caller.code {
        return Err(bad_request(format!(
            "the batch names site {}, the path and token site {}",
            request.site, caller.code
        )));
    }
    if request.from_seq < 1 {
        return Err(bad_request("from_seq must be 1 or more"));
    }
    let prev_hash = parse_hash(&request.prev_hash)
        .ok_or_else(|| bad_request("prev_hash is not 64 hex digits"))?;
    if request.from_seq == 1 && prev_hash != GENESIS {
        return Err(Refusal::BadChain {
            reason: "a batch from event 1 must follow the genesis hash (all zeros)".into(),
        }
        .into());
    }
    match request.events.first() {
        Some(first) if first.seq != request.from_seq => {
            return Err(Refusal::BadChain {
                reason: format!(
                    "from_seq is {}, the first event is {}",
                    request.from_seq, first.seq
                ),
            }
            .into())
        }
        _ => {}
    }
    let events = check_chain(&caller.code, &prev_hash, &request.events).map_err(|e| match e {
        ChainError::TooLarge | ChainError::Empty => bad_request(e.to_string()),
        other => Refusal::BadChain {
            reason: other.to_string(),
        }
        .into(),
    })?;
    let batch = Batch {
        from_seq: request.from_seq,
        prev_hash,
        events,
        signature: request.signature.clone(),
    };
    let last = batch.last();
    let message = batch_message(
        &caller.code,
        batch.from_seq,
        &prev_hash,
        last.seq,
        &last.hash,
    );
    if !verify_signature(&caller.public_key, &message, &batch.signature) {
        return Err(Refusal::BadSignature.into());
    }
    Ok(batch)
}

/// Where the hub holds a site's chain, locked for this transaction.
pub(crate) struct Cursor {
    /// The last sequence number held (0: none).
    pub last_seq: i64,
    /// Its hash (the genesis hash when none).
    pub last_hash: [u8; 32],
}

/// Locks the site's cursor and refuses a caller whose token is no longer the site's, then a
/// suspended site. The token and the suspension are read by a statement of their own after the
/// lock: under READ COMMITTED each statement sees what was committed before it started, so a
/// push that waited behind one raising a fork sees the suspension, and one that waited behind a
/// resume sees the token it withdrew (a clone's push queued behind the resume that retired it
/// would otherwise find the site no longer suspended and be taken). Read in the locking
/// statement itself, the joined site row would come from that statement's snapshot, taken
/// before the wait.
async fn lock_cursor(tx: &Transaction<'_>, caller: &Caller) -> Result<Cursor, Failure> {
    let row = tx
        .query_one(
            "SELECT last_seq, last_hash FROM site_cursor WHERE site_id = $1 FOR UPDATE",
            &[&caller.site_id],
        )
        .await
        .map_err(HubError::db("locking a site's cursor"))?;
    let site = tx
        .query_one(
            "SELECT suspended_reason, token_sha256 IS NOT DISTINCT FROM $2 FROM site \
             WHERE id = $1",
            &[&caller.site_id, &caller.token_sha256],
        )
        .await
        .map_err(HubError::db("reading whether a site is suspended"))?;
    if !site.get::<_, bool>(1) {
        return Err(Refusal::Unauthorized.into());
    }
    if let Some(reason) = site.get::<_, Option<String>>(0) {
        return Err(Refusal::Suspended { reason }.into());
    }
    let last_hash: Vec<u8> = row.get(1);
    Ok(Cursor {
        last_seq: row.get(0),
        last_hash: last_hash.as_slice().try_into().map_err(|_| {
            HubError::Damaged(format!(
                "the cursor of site {} is not 32 bytes",
                caller.code
            ))
        })?,
    })
}
