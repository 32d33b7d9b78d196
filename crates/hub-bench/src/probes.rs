//! The measurements after the push: a plain COPY of the same rows, a month's catch-up, recall
//! reach, alarm detection latency, and the tables' sizes.

use std::time::{Duration, Instant};

use custody_hub::views::reach;

use crate::chain::{clone_bytes, gtin, lot, Chain, SitePlan, PRODUCTS};
use crate::cluster::Scratch;
use crate::push::Pusher;
use crate::rows::{Stamp, Target};
use crate::{rows, BenchError};

/// Copies the same events the sites pushed (made again: the generator is deterministic) into
/// scratch tables with the hub's columns and no index; the time it took and the lines copied.
pub fn plain_copy(
    scratch: &Scratch,
    plans: &[SitePlan],
    events: u64,
    batch: u64,
) -> Result<(Duration, u64), BenchError> {
    scratch.rt.block_on(async {
        let client = scratch.connect().await?;
        client
            .batch_execute(
                "CREATE TABLE scratch_event (LIKE event INCLUDING DEFAULTS); \
                 ALTER TABLE scratch_event DROP COLUMN counterparty; \
                 CREATE TABLE scratch_line (LIKE event_line INCLUDING DEFAULTS)",
            )
            .await
            .map_err(BenchError::db("creating the scratch tables"))?;
        let started = Instant::now();
        let mut lines = 0;
        for (i, plan) in plans.iter().enumerate() {
            let mut chain = Chain::new(plan.clone());
            let mut left = events;
            while left > 0 {
                let take = left.min(batch);
                let made = chain.next(take);
                let target = Target {
                    events: "scratch_event",
                    lines: "scratch_line",
                    stamp: Stamp::HubClock,
                };
                lines += rows::copy(&client, target, i as i64 + 1, &made).await?;
                left -= take;
            }
        }
        Ok((started.elapsed(), lines))
    })
}

/// Percentiles of `samples` (sorted here): p50 and p99.
pub fn percentiles(mut samples: Vec<Duration>) -> (Duration, Duration) {
    samples.sort();
    let at = |q: f64| {
        let i = ((samples.len() as f64 - 1.0) * q).round() as usize;
        samples.get(i).copied().unwrap_or_default()
    };
    (at(0.50), at(0.99))
}

/// `queries` recalls' reach (a GTIN and a lot each, spread over products and cycles) across
/// the network; p50 and p99, and the packs the last one found.
pub fn recall_reach(
    scratch: &Scratch,
    cycles: u64,
    queries: usize,
) -> Result<(Duration, Duration, usize), BenchError> {
    let mut samples = Vec::with_capacity(queries);
    let mut found = 0;
    for q in 0..queries {
        let p = (q * 7) % PRODUCTS;
        let cycle = (q as u64 * 131) % cycles.max(1);
        let started = Instant::now();
        let answer = scratch
            .rt
            .block_on(reach(&scratch.db, &gtin(p), &lot(p, cycle), None))?;
        samples.push(started.elapsed());
        found = answer.packs.len();
    }
    let (p50, p99) = percentiles(samples);
    Ok((p50, p99, found))
}

/// `trials` counterfeits planted by `site` (a receipt from an unknown supplier of a pack the
/// next site holds in quarantine, a different pack each: `trials` is at most `cycles`), each timed from the push's start until its alarm is listed;
/// p50 and p99.
pub fn alarm_latency(
    scratch: &Scratch,
    site: &mut Pusher,
    trials: usize,
    cycles: u64,
) -> Result<(Duration, Duration), BenchError> {
    let mut samples = Vec::with_capacity(trials);
    for t in 0..trials {
        let cycle = t as u64 % cycles.max(1);
        let p = ((cycle * 8 + 7) as usize) % PRODUCTS;
        let serial = format!("{}-{cycle}-7", site.chain.plan.next);
        let seq = site.chain.seq + 1;
        let bytes = clone_bytes(&site.chain.plan, seq, &gtin(p), &lot(p, cycle), &serial);
        let made = site.chain.append(bytes);
        let started = Instant::now();
        site.send(&[made])?;
        loop {
            let n = scratch.number(&format!(
                "SELECT count(*) FROM alarm WHERE kind = 'counterfeit' AND serial = '{serial}' \
                 AND resolved_at IS NULL AND cleared_at IS NULL"
            ))?;
            if n == 1 {
                break;
            }
            if started.elapsed() > Duration::from_secs(60) {
                return Err(BenchError::Check(format!(
                    "no alarm for the planted counterfeit {serial} after a minute"
                )));
            }
        }
        samples.push(started.elapsed());
    }
    Ok(percentiles(samples))
}

/// Each table's total size (with its indexes and TOAST), largest first.
pub fn sizes(scratch: &Scratch) -> Result<Vec<(String, i64)>, BenchError> {
    scratch.rt.block_on(async {
        let client = scratch.db.client().await?;
        let rows = client
            // A partition counts towards its partitioned table.
            .query(
                "SELECT coalesce(p.relname, c.relname)::text, \
                        sum(pg_total_relation_size(c.oid))::bigint \
                 FROM pg_class c \
                 LEFT JOIN pg_inherits i ON i.inhrelid = c.oid \
                 LEFT JOIN pg_class p ON p.oid = i.inhparent \
                 WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace \
                 GROUP BY 1 ORDER BY 2 DESC, 1",
                &[],
            )
            .await
            .map_err(BenchError::db("reading the tables' sizes"))?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    })
}
