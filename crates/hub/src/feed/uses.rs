//! What each site uses, and the changelog rows that follow from it: a push notes the GTINs and
//! partners its events name (the first time a site names one the hub has, a row of the record as
//! it stands is owed to that site alone, since the record's own rows may lie behind the site's
//! cursor), and every change of a counterfeit alarm is logged for the sites its patterns name.

use std::collections::BTreeSet;

use custody_sync_protocol::CheckedEvent;
use deadpool_postgres::Transaction;

use crate::db::utc_text;
use crate::HubError;

/// Records that `site_id` uses each (`kinds[i]`, `keys[i]`) for `reason`; for each use that is
/// new and names a record the hub has, writes that record's latest row again, owed to this site
/// alone (and, for a product, the latest row of each network recall of it: a site that begins
/// to hold a recalled product must hear of the recall). Takes the changelog's lock first: a product added while this runs then either commits
/// before (and is owed here) or waits and logs after the use is visible. Returns the new uses.
pub(super) async fn add_uses(
    tx: &Transaction<'_>,
    site_id: i64,
    kinds: &[&str],
    keys: &[String],
    reason: &str,
) -> Result<u64, HubError> {
    if keys.is_empty() {
        return Ok(0);
    }
    super::lock(tx).await?;
    let row = tx
        .query_one(
            "WITH new AS (
                 INSERT INTO site_use (site_id, kind, key, reason)
                 SELECT $1, k, v, $4 FROM unnest($2::text[], $3::text[]) AS x (k, v)
                 ON CONFLICT DO NOTHING RETURNING kind, key
             ),
             latest AS (
                 SELECT DISTINCT ON (c.kind, c.key) c.kind, c.key, c.payload
                 FROM new JOIN changelog c
                      ON (c.kind = new.kind AND c.key = new.key)
                      OR (new.kind = 'product' AND c.kind = 'recall'
                          AND c.payload->>'gtin' = new.key)
                 WHERE c.for_site_id IS NULL
                 ORDER BY c.kind, c.key, c.cursor DESC
             ),
             owed AS (
                 INSERT INTO changelog (kind, key, for_site_id, payload)
                 SELECT kind, key, $1, payload FROM latest ORDER BY kind, key
                 RETURNING 1
             )
             SELECT (SELECT count(*) FROM new), (SELECT count(*) FROM owed)",
            &[&site_id, &kinds, &keys, &reason],
        )
        .await
        .map_err(HubError::db("recording what a site uses"))?;
    Ok(row.get::<_, i64>(0) as u64)
}

/// Notes the products and partners `events` (a site's new events, being stored in `tx`) name.
/// Only those the site did not use already take the changelog's lock.
pub(crate) async fn note_uses(
    tx: &Transaction<'_>,
    site_id: i64,
    events: &[&CheckedEvent],
) -> Result<(), HubError> {
    let mut named: BTreeSet<(&str, &str)> = BTreeSet::new();
    for e in events {
        if let Some(partner) = &e.parsed.counterparty {
            named.insert(("partner", partner));
        }
        for line in &e.parsed.lines {
            named.insert(("product", &line.gtin));
        }
    }
    if named.is_empty() {
        return Ok(());
    }
    let (kinds, keys): (Vec<&str>, Vec<&str>) = named.into_iter().unzip();
    let unseen = tx
        .query(
            "SELECT k, v FROM unnest($2::text[], $3::text[]) AS x (k, v)
             WHERE NOT EXISTS (SELECT 1 FROM site_use u
                               WHERE u.site_id = $1 AND u.kind = x.k AND u.key = x.v)",
            &[&site_id, &kinds, &keys],
        )
        .await
        .map_err(HubError::db("looking up what a site uses"))?;
    let kinds: Vec<&str> = unseen
        .iter()
        .map(|r| match r.get::<_, &str>(0) {
            "product" => "product",
            _ => "partner",
        })
        .collect();
    let keys: Vec<String> = unseen.iter().map(|r| r.get(1)).collect();
    add_uses(tx, site_id, &kinds, &keys, "pushed").await?;
    Ok(())
}

/// The changelog row of each alarm `filter` selects (with `$1`, `$2`), its change named by
/// `change`. The sites it goes to: those its patterns name now and those it went to before, so a
/// site an update no longer names still hears how it ended.
fn alarm_rows_sql(filter: &str, change: &str) -> String {
    format!(
        "INSERT INTO changelog (kind, key, sites, payload)
         SELECT 'alarm', a.id::text, s.sites, jsonb_build_object(
                    'kind', 'alarm', 'id', a.id, 'gtin', a.gtin, 'serial', a.serial,
                    'change', {change},
                    'state', CASE WHEN a.resolved_at IS NOT NULL THEN 'resolved'
                                  WHEN a.cleared_at IS NOT NULL THEN 'cleared' ELSE 'open' END,
                    'patterns', to_jsonb(s.names), 'sites', to_jsonb(s.named),
                    'raised_at', {raised},
                    'closed', CASE WHEN a.resolved_at IS NOT NULL
                                   THEN {resolved} || ' by ' || a.resolved_by || ': ' || a.resolution
                                   WHEN a.cleared_at IS NOT NULL
                                   THEN {cleared} || ': ' || a.cleared_reason END)
         FROM alarm a
         CROSS JOIN LATERAL (
             SELECT ARRAY(SELECT p->>'pattern' FROM jsonb_array_elements(a.patterns) p
                          ORDER BY 1) AS names,
                    ARRAY(SELECT DISTINCT e->>'site' FROM jsonb_array_elements(a.patterns) p,
                                 jsonb_array_elements(p->'events') e ORDER BY 1) AS named,
                    ARRAY(SELECT DISTINCT site FROM (
                              SELECT e->>'site' AS site FROM jsonb_array_elements(a.patterns) p,
                                     jsonb_array_elements(p->'events') e
                              UNION SELECT unnest(c.sites) FROM changelog c
                              WHERE c.kind = 'alarm' AND c.key = a.id::text) x
                          ORDER BY 1) AS sites
         ) s
         WHERE a.kind = 'counterfeit' AND {filter}
         ORDER BY a.id",
        raised = utc_text("a.raised_at"),
        resolved = utc_text("a.resolved_at"),
        cleared = utc_text("a.cleared_at"),
    )
}

/// Logs the counterfeit alarms of the `touched` packs that this transaction raised, updated or
/// cleared (each sets `updated_at` to the transaction's `now()`), after `views::patterns::sync`.
pub(crate) async fn log_alarms(
    tx: &Transaction<'_>,
    packs: (Vec<&str>, Vec<&str>),
) -> Result<(), HubError> {
    let (gtins, serials) = packs;
    if gtins.is_empty() {
        return Ok(());
    }
    let sql = alarm_rows_sql(
        "(a.gtin, a.serial) IN (SELECT * FROM unnest($1::text[], $2::text[])) \
         AND a.updated_at = now()",
        "CASE WHEN a.cleared_at = now() THEN 'cleared' \
              WHEN a.raised_at = now() THEN 'raised' ELSE 'updated' END",
    );
    tx.execute(&sql, &[&gtins, &serials])
        .await
        .map_err(HubError::db("logging the alarms' changes"))?;
    Ok(())
}

/// Logs alarm `id`, just resolved by an administrator in `tx` (which holds the changelog's lock).
pub(crate) async fn log_resolved(tx: &Transaction<'_>, id: i64) -> Result<(), HubError> {
    let sql = alarm_rows_sql("a.id = $1", "'resolved'");
    tx.execute(&sql, &[&id])
        .await
        .map_err(HubError::db("logging a resolved alarm"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Migration 0006's alarms: every counterfeit alarm the changelog has no row of (raised before
    /// migration 0003 gave the hub its feed), as it stands.
    const BACKFILL_FILTER: &str =
        "NOT EXISTS (SELECT 1 FROM changelog c WHERE c.kind = 'alarm' AND c.key = a.id::text)";
    /// Migration 0006's alarms' change: the last one each has had.
    const BACKFILL_CHANGE: &str = "CASE WHEN a.resolved_at IS NOT NULL THEN 'resolved' \
     WHEN a.cleared_at IS NOT NULL THEN 'cleared' ELSE 'raised' END";

    /// Migration 0006 is the SQL [`alarm_rows_sql`] writes for its filter, never a copy that
    /// drifted: the alarms it sends are the rows a push would have logged.
    #[test]
    fn migration_0006_sends_the_alarms_as_a_push_logs_them() {
        let migration = include_str!("../../migrations/0006_alarms_sent.sql");
        let sql = alarm_rows_sql(BACKFILL_FILTER, BACKFILL_CHANGE);
        assert!(
            migration.contains(&format!("{sql};")),
            "migration 0006 must hold, exactly:\n{sql};"
        );
    }
}
