//! A site's own chain read back from the hub, byte for byte as it was pushed: its head, and its
//! events in pages after a sequence number. A site restored from an old backup pulls its missing
//! tail this way before it records anything new; a lost site is rebuilt from it.

use base64::Engine;
use custody_sync_protocol::{EventsPage, HeadReply, WireEvent, MAX_BATCH_EVENTS};
use tokio_postgres::GenericClient;

use crate::auth::Caller;
use crate::enrol::head_of;
use crate::error::bad_request;
use crate::{Failure, HubError};

/// The last event the hub holds for the caller's site, and why it is suspended, while it is.
pub(crate) async fn head(
    client: &impl GenericClient,
    caller: &Caller,
) -> Result<HeadReply, Failure> {
    let row = client
        .query_one(
            "SELECT c.last_seq, c.last_hash, s.suspended_reason \
             FROM site_cursor c JOIN site s ON s.id = c.site_id WHERE c.site_id = $1",
            &[&caller.site_id],
        )
        .await
        .map_err(HubError::db("reading a site's head"))?;
    // A suspended site hears so when it asks, not only when it next has events to push: a copy
    // with nothing waiting would otherwise go on saying it is in step with the hub. Its head is
    // still answered, so a file restored from an old backup can pull its own events back.
    Ok(HeadReply {
        head: head_of(row.get(0), &row.get::<_, Vec<u8>>(1)),
        suspended: row.get(2),
    })
}

/// Up to `limit` (at most a batch's worth) of the caller's events after `after`, in order.
pub(crate) async fn events(
    client: &impl GenericClient,
    caller: &Caller,
    after: i64,
    limit: i64,
) -> Result<EventsPage, Failure> {
    if after < 0 {
        return Err(bad_request("after must be 0 or more"));
    }
    if !(1..=MAX_BATCH_EVENTS as i64).contains(&limit) {
        return Err(bad_request(format!(
            "limit must be between 1 and {MAX_BATCH_EVENTS}"
        )));
    }
    let rows = client
        .query(
            "SELECT seq, format, canonical, hash FROM event \
             WHERE site_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
            &[&caller.site_id, &after, &limit],
        )
        .await
        .map_err(HubError::db("reading a site's events"))?;
    let b64 = base64::engine::general_purpose::STANDARD;
    let events = rows
        .iter()
        .map(|r| WireEvent {
            seq: r.get(0),
            format: i64::from(r.get::<_, i32>(1)),
            canonical: b64.encode(r.get::<_, &[u8]>(2)),
            hash: hex::encode(r.get::<_, &[u8]>(3)),
        })
        .collect();
    let HeadReply { head, .. } = head(client, caller).await?;
    Ok(EventsPage { events, head })
}
