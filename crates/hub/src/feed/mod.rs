//! The pull feed: what the hub owns (the network's products, partners, sites and recalls) and
//! the counterfeit alarms, sent down to each site by a cursor over one changelog, scoped to what the
//! site uses. `docs/decisions/2026-12-01-hub-feed.md` gives the rules.
//!
//! - this file: the changelog's lock and its rows written, and a page read for a site;
//! - `master.rs`: products and partners added, changed and listed by the hub's administrator;
//! - `uses.rs`: what a site uses, kept by its pushes (and declared by an administrator), with
//!   the rows owed to a site that begins to use a record whose rows lie behind its cursor, and
//!   the alarms' changes logged for the sites they concern.
//!
//! **The late-commit rule.** Every transaction that writes the changelog takes [`lock`] before
//! its first row and holds it to its commit, so cursors (a `bigserial`) are handed out in commit
//! order: a row no reader sees yet will commit with a cursor above every row a reader sees. A
//! page therefore ends at the newest cursor its snapshot sees, and the next page starts there
//! without passing anything. Without the lock two writers could take cursors 7 and 8, 8 commit
//! first, a site page to 8 and never see 7.

mod master;
mod uses;

pub use master::{
    add_partner, add_product, declare_use, partners, products, Listed, PartnerInput, ProductInput,
    Write,
};
pub(crate) use uses::{log_alarms, log_resolved, note_uses};

use custody_sync_protocol::{FeedChange, FeedItem, FeedPage, MAX_FEED_PAGE};
use deadpool_postgres::{Object, Transaction};
use tokio_postgres::IsolationLevel;

use crate::auth::Caller;
use crate::error::bad_request;
use crate::{Failure, HubError};

/// The advisory lock every changelog writer holds to its commit. Any number no other hub code
/// takes; taken before the views' lock wherever both are held, so they never deadlock.
pub const CHANGELOG_LOCK: i64 = 0x0c05_70d1_0000_0003;

/// Takes the changelog's lock for the rest of `tx` (re-entrant within one transaction).
pub(crate) async fn lock(tx: &Transaction<'_>) -> Result<(), HubError> {
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&CHANGELOG_LOCK])
        .await
        .map_err(HubError::db("waiting for the changelog's lock"))?;
    Ok(())
}

/// Refuses a record the sites would refuse, by their own rules (core's): one the hub sent
/// anyway would stop every site's feed at it.
pub(crate) fn check(item: &FeedItem) -> Result<(), HubError> {
    custody_core::sync::check_feed_item(item).map_err(|e| {
        let what = match item {
            FeedItem::Product(p) => format!("product {}", p.gtin),
            FeedItem::Partner(p) => format!("partner {:?}", p.code),
            FeedItem::Site(s) => format!("site {:?}", s.code),
            FeedItem::Recall(r) => format!("recall {:?}", r.number),
            FeedItem::Alarm(a) => format!("alarm {}", a.id),
        };
        HubError::BadRecord {
            what,
            why: format!("the sites would refuse it: {e}"),
        }
    })
}

/// Writes `item` to the changelog (for every site it concerns, or owed to `for_site` alone),
/// under the changelog's lock.
pub(crate) async fn log(
    tx: &Transaction<'_>,
    item: &FeedItem,
    for_site: Option<i64>,
) -> Result<(), HubError> {
    check(item)?;
    lock(tx).await?;
    let (kind, key) = match item {
        FeedItem::Product(p) => ("product", p.gtin.as_str()),
        FeedItem::Partner(p) => ("partner", p.code.as_str()),
        FeedItem::Site(s) => ("site", s.code.as_str()),
        FeedItem::Recall(r) => ("recall", r.number.as_str()),
        FeedItem::Alarm(_) => {
            return Err(HubError::Damaged(
                "an alarm is logged by uses::log_alarms, with the sites it concerns".into(),
            ))
        }
    };
    let payload = serde_json::to_value(item)
        .map_err(|e| HubError::Damaged(format!("a feed item does not serialise: {e}")))?;
    tx.execute(
        "INSERT INTO changelog (kind, key, for_site_id, payload) VALUES ($1, $2, $3, $4)",
        &[&kind, &key, &for_site, &payload],
    )
    .await
    .map_err(HubError::db("writing the changelog"))?;
    Ok(())
}

/// The rows a site receives: its own owed rows, every site, the products and partners it uses,
/// the alarms naming it and the recalls of the products it uses (`$1` site id, `$2` after, `$3`
/// limit, `$4` site code).
const PAGE_SQL: &str = "\
SELECT c.cursor, c.payload FROM changelog c
WHERE c.cursor > $2 AND (
    c.for_site_id = $1
    OR (c.for_site_id IS NULL AND (
        c.kind = 'site'
        OR (c.kind = 'alarm' AND c.sites @> ARRAY[$4::text])
        OR (c.kind IN ('product', 'partner') AND EXISTS (
            SELECT 1 FROM site_use u WHERE u.site_id = $1 AND u.kind = c.kind AND u.key = c.key))
        OR (c.kind = 'recall' AND EXISTS (
            SELECT 1 FROM site_use u WHERE u.site_id = $1 AND u.kind = 'product'
                                       AND u.key = c.payload->>'gtin')))))
ORDER BY c.cursor LIMIT $3";

/// Up to `limit` changes for the caller after `after`. Read in one repeatable-read snapshot, so
/// the page and the newest cursor it ends at are of the same moment.
pub(crate) async fn page(
    client: &mut Object,
    caller: &Caller,
    after: i64,
    limit: i64,
) -> Result<FeedPage, Failure> {
    if after < 0 {
        return Err(bad_request("after must be 0 or more"));
    }
    if !(1..=MAX_FEED_PAGE).contains(&limit) {
        return Err(bad_request(format!(
            "limit must be between 1 and {MAX_FEED_PAGE}"
        )));
    }
    let tx = client
        .build_transaction()
        .isolation_level(IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .await
        .map_err(HubError::db("starting to read the feed"))?;
    let rows = tx
        .query(PAGE_SQL, &[&caller.site_id, &after, &limit, &caller.code])
        .await
        .map_err(HubError::db("reading the feed"))?;
    let newest: i64 = tx
        .query_one("SELECT coalesce(max(cursor), 0) FROM changelog", &[])
        .await
        .map_err(HubError::db("reading the changelog's newest cursor"))?
        .get(0);
    tx.commit()
        .await
        .map_err(HubError::db("ending a read of the feed"))?;
    let mut changes = Vec::with_capacity(rows.len());
    for row in &rows {
        let cursor: i64 = row.get(0);
        let item: FeedItem = serde_json::from_value(row.get(1))
            .map_err(|e| HubError::Damaged(format!("changelog row {cursor} does not read: {e}")))?;
        changes.push(FeedChange { cursor, item });
    }
    let full = changes.len() as i64 == limit;
    let next_cursor = match changes.last() {
        Some(last) if full => last.cursor,
        // Nothing more for this site up to the newest cursor this snapshot sees; never behind
        // where the site already is.
        _ => newest.max(after),
    };
    Ok(FeedPage {
        changes,
        next_cursor,
        more: full,
    })
}
