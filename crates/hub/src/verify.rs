//! `custody-hub verify`: the hub checks what it holds of each site's chain, as a site's
//! `custody verify` checks its own. Every event's hash is recomputed from the canonical bytes
//! the site sent and chained to the one before, from the genesis hash; the site's cursor must
//! stand at the last event; and every stored batch's signature is checked against the key that
//! signed it, over the positions it names, which must be the chain's. The key is kept with each
//! batch from migration 7 on: a batch stored before by a site that has enrolled again since (a
//! rebuild, a resume after a fork) has no key the hub can be sure of, and is counted apart,
//! never passed as checked. Every event checked must lie in some stored batch (for a site whose
//! batches all have their key): one outside every batch is one the hub cannot show the site
//! signed.
//!
//! The events are read a page at a time, so a site's six years cost memory for one page.

use custody_ledger_format::GENESIS;
use custody_sync_protocol::{batch_message, chained_hash, hash_hex, verify_signature};
use serde::Serialize;

use crate::db::Database;
use crate::HubError;

/// Events read per round trip.
const PAGE: i64 = 5_000;
/// Problems listed per site; the rest are counted.
const MAX_LISTED: usize = 20;

/// What the check of one site's chain found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SiteCheck {
    /// The site's code.
    pub site: String,
    /// Events checked.
    pub events: i64,
    /// The last event checked and its hash (hex), to compare with the site's `custody verify`.
    pub head: Option<(i64, String)>,
    /// Batches whose signature was checked against the key recorded with them.
    pub batches: i64,
    /// Batches stored before keys were recorded, by a site enrolled again since: not checkable.
    pub unkeyed: i64,
    /// What is wrong, in words (the first [`MAX_LISTED`]).
    pub findings: Vec<String>,
    /// How many problems in all.
    pub total_findings: i64,
}

impl SiteCheck {
    /// Nothing wrong was found.
    pub fn is_intact(&self) -> bool {
        self.total_findings == 0
    }

    fn found(&mut self, what: String) {
        self.total_findings += 1;
        if self.findings.len() < MAX_LISTED {
            self.findings.push(what);
        }
    }
}

/// Checks every site's chain, or only `site`'s.
pub async fn verify(db: &Database, site: Option<&str>) -> Result<Vec<SiteCheck>, HubError> {
    let client = db.client().await?;
    let sites = client
        .query(
            "SELECT id, code FROM site WHERE $1::text IS NULL OR code = $1 ORDER BY code",
            &[&site],
        )
        .await
        .map_err(HubError::db("listing sites"))?;
    if let (Some(code), true) = (site, sites.is_empty()) {
        return Err(HubError::UnknownSite(code.to_string()));
    }
    let mut out = Vec::with_capacity(sites.len());
    for row in sites {
        let mut check = SiteCheck {
            site: row.get(1),
            events: 0,
            head: None,
            batches: 0,
            unkeyed: 0,
            findings: Vec::new(),
            total_findings: 0,
        };
        chain(db, row.get(0), &mut check).await?;
        let covered = batches(db, row.get(0), &mut check).await?;
        if check.unkeyed == 0 {
            unsigned(&mut check, covered);
        }
        out.push(check);
    }
    Ok(out)
}

/// Walks the site's events from the first: each in sequence, chained to the one before, its
/// hash recomputed from its bytes; then the cursor against the last. Stops at the first break,
/// as everything after it hangs on it.
async fn chain(db: &Database, site_id: i64, check: &mut SiteCheck) -> Result<(), HubError> {
    let client = db.client().await?;
    let mut prev: [u8; 32] = GENESIS;
    let mut last = 0i64;
    'pages: loop {
        let rows = client
            .query(
                "SELECT seq, prev_hash, hash, canonical FROM event \
                 WHERE site_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
                &[&site_id, &last, &PAGE],
            )
            .await
            .map_err(HubError::db("reading a site's events"))?;
        if rows.is_empty() {
            break;
        }
        for r in &rows {
            let seq: i64 = r.get(0);
            let (stored_prev, stored): (&[u8], &[u8]) = (r.get(1), r.get(2));
            let problem = if seq != last + 1 {
                Some(format!(
                    "event {} is missing (the next held is {seq})",
                    last + 1
                ))
            } else if stored_prev != prev {
                Some(format!("event {seq} does not follow event {last}'s hash"))
            } else if stored != chained_hash(&prev, r.get::<_, &[u8]>(3)) {
                Some(format!(
                    "event {seq}'s bytes do not hash to the hash held for it"
                ))
            } else {
                None
            };
            if let Some(problem) = problem {
                check.found(problem);
                break 'pages;
            }
            prev = stored.try_into().map_err(|_| {
                HubError::Damaged(format!("the hash held for event {seq} is not 32 bytes"))
            })?;
            last = seq;
            check.events += 1;
        }
    }
    if last > 0 {
        check.head = Some((last, hash_hex(&prev)));
    }
    let cursor = client
        .query_opt(
            "SELECT last_seq, last_hash FROM site_cursor WHERE site_id = $1",
            &[&site_id],
        )
        .await
        .map_err(HubError::db("reading a site's cursor"))?;
    let at_cursor = cursor.map(|r| (r.get::<_, i64>(0), r.get::<_, Vec<u8>>(1)));
    let expected = (last, prev.to_vec());
    if check.is_intact() && at_cursor.as_ref() != Some(&expected) {
        let said = at_cursor.map_or("none".to_string(), |(seq, _)| format!("event {seq}"));
        check.found(format!(
            "the site's cursor ({said}) is not at its last event held ({last})"
        ));
    }
    Ok(())
}

/// Checks each stored batch: the positions it names are the chain's, and its signature is the
/// key's recorded with it. The ranges of events (first, last) the batches naming the chain's
/// positions cover.
async fn batches(
    db: &Database,
    site_id: i64,
    check: &mut SiteCheck,
) -> Result<Vec<(i64, i64)>, HubError> {
    let client = db.client().await?;
    let rows = client
        .query(
            "SELECT b.id, b.from_seq, b.prev_hash, b.last_seq, b.last_hash, b.signature, \
                    b.public_key, \
                    CASE WHEN b.from_seq = 1 THEN NULL ELSE \
                      (SELECT e.hash FROM event e WHERE e.site_id = b.site_id AND e.seq = b.from_seq - 1) END, \
                    (SELECT e.hash FROM event e WHERE e.site_id = b.site_id AND e.seq = b.last_seq) \
             FROM batch_signature b WHERE b.site_id = $1 ORDER BY b.id",
            &[&site_id],
        )
        .await
        .map_err(HubError::db("reading a site's batch signatures"))?;
    let mut covered = Vec::with_capacity(rows.len());
    for r in &rows {
        let (id, from, last): (i64, i64, i64) = (r.get(0), r.get(1), r.get(3));
        let (prev, last_hash): (Vec<u8>, Vec<u8>) = (r.get(2), r.get(4));
        let held_prev: Option<Vec<u8>> = if from == 1 {
            Some(GENESIS.to_vec())
        } else {
            r.get(7)
        };
        let held_last: Option<Vec<u8>> = r.get(8);
        if held_prev.as_ref() != Some(&prev) || held_last.as_ref() != Some(&last_hash) {
            check.found(format!(
                "batch {id} (events {from}–{last}) names positions the chain held does not have"
            ));
            continue;
        }
        covered.push((from, last));
        let Some(key) = r.get::<_, Option<String>>(6) else {
            check.unkeyed += 1;
            continue;
        };
        let (Ok(prev), Ok(last_hash)) =
            (<[u8; 32]>::try_from(prev), <[u8; 32]>::try_from(last_hash))
        else {
            check.found(format!("batch {id}'s positions are not 32-byte hashes"));
            continue;
        };
        let message = batch_message(&check.site, from, &prev, last, &last_hash);
        if verify_signature(&key, &message, r.get(5)) {
            check.batches += 1;
        } else {
            check.found(format!(
                "batch {id} (events {from}–{last}) is not signed by the key recorded with it"
            ));
        }
    }
    Ok(covered)
}

/// Finds the events checked that no batch signature covers: each event the hub takes comes in a
/// signed batch, whose signature is kept with it, so an event outside every batch is one the
/// hub cannot show the site sent. Checked only for a site whose batches all have their key: a
/// site pushing before the hub kept keys has batches `verify` cannot check anyway.
fn unsigned(check: &mut SiteCheck, mut covered: Vec<(i64, i64)>) {
    let Some((head, _)) = check.head else {
        return;
    };
    covered.sort_unstable();
    let mut next = 1i64;
    let mut gaps = Vec::new();
    for (from, last) in covered {
        if from > next {
            gaps.push((next, (from - 1).min(head)));
        }
        next = next.max(last + 1);
        if next > head {
            break;
        }
    }
    if next <= head {
        gaps.push((next, head));
    }
    for (from, last) in gaps {
        check.found(if from == last {
            format!("event {from} is covered by no batch signature")
        } else {
            format!("events {from}–{last} are covered by no batch signature")
        });
    }
}
