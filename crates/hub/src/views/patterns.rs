//! The counterfeit patterns of a pack (GTIN + serial), computed from every event held for it at
//! every site, and the pack's one alarm kept in step with them.
//!
//! A network site is a partner whose code is a site's code at the hub; any other partner is a
//! supplier or a customer. The patterns, each with the events that show it:
//!
//! - `held_at_two_sites` (a): the pack's last state is in stock or quarantined at two sites;
//! - `receipt_without_send` (b): a site received the pack from a network site, and that site
//!   holds no transfer out of it to the receiver to pair with it (the k-th receipt at B from A
//!   pairs with A's k-th transfer out to B). A late send clears it;
//! - `seen_after_gone` (c): after a line leaving the pack dispensed or destroyed at a site, the
//!   same site's next line for it (unless it is a `return` of a dispensed pack), or, when the
//!   site has no next line, any line at another site that happened later by the sites' clocks;
//! - `received_twice_from_outside` (d): two or more receipts of the pack from partners that are
//!   not network sites, at one site or several.
//!
//! Each event is named by its site, its position there and its id (`{"site", "seq", "event"}`):
//! a position alone names a different event once a site's events from it were set aside
//! (`crate::set_aside`) and the real site pushed its own there, and an alarm an administrator
//! resolved must not cover evidence it never showed.
//!
//! Every rule reads the set of events held, never the order they arrived in; only (c)'s
//! comparison across sites trusts the sites' clocks.

use deadpool_postgres::Transaction;

use super::{AlarmChanges, Touched};
use crate::HubError;

/// The lines the rules read, for the packs of the `scope` CTE (`$1` GTINs, `$2` serials).
const SCOPED_LINES: &str = "\
scope AS (SELECT DISTINCT gtin, serial FROM unnest($1::text[], $2::text[]) AS s (gtin, serial)),
lines AS (
    SELECT l.gtin, l.serial, l.site_id, s.code AS site, l.seq, l.line_no, l.status_after,
           e.kind, e.counterparty, e.occurred_at, p.id AS partner_site
    FROM scope
    JOIN event_line l ON l.gtin = scope.gtin AND l.serial = scope.serial
    JOIN event e ON e.site_id = l.site_id AND e.seq = l.seq
    JOIN site s ON s.id = l.site_id
    LEFT JOIN site p ON p.code = e.counterparty AND p.id <> l.site_id
)";

/// The lines the rules read, for every serialized pack.
const ALL_LINES: &str = "\
lines AS (
    SELECT l.gtin, l.serial, l.site_id, s.code AS site, l.seq, l.line_no, l.status_after,
           e.kind, e.counterparty, e.occurred_at, p.id AS partner_site
    FROM event_line l
    JOIN event e ON e.site_id = l.site_id AND e.seq = l.seq
    JOIN site s ON s.id = l.site_id
    LEFT JOIN site p ON p.code = e.counterparty AND p.id <> l.site_id
    WHERE l.serial IS NOT NULL
)";

/// The rules over `lines`, ending in `computed (gtin, serial, patterns)`: the packs showing a
/// pattern, their patterns as a JSON array sorted by name, each with its events sorted (by site
/// and position, each with its id).
const RULES: &str = "\
ordered AS (
    SELECT *, lead(seq) OVER w AS next_seq, lead(kind) OVER w AS next_kind
    FROM lines WINDOW w AS (PARTITION BY gtin, serial, site_id ORDER BY seq, line_no)
),
last_state AS (
    SELECT gtin, serial, site, seq, status_after,
           count(*) FILTER (WHERE status_after IN ('in_stock', 'quarantined'))
               OVER (PARTITION BY gtin, serial) AS held_at
    FROM ordered WHERE next_seq IS NULL
),
legs AS (
    SELECT gtin, serial, site_id AS from_site, partner_site AS to_site, true AS is_send, site,
           seq, row_number() OVER (PARTITION BY gtin, serial, site_id, partner_site
                                   ORDER BY seq, line_no) AS k
    FROM lines
    WHERE kind = 'transfer' AND status_after = 'transferred_out' AND partner_site IS NOT NULL
  UNION ALL
    SELECT gtin, serial, partner_site, site_id, false, site,
           seq, row_number() OVER (PARTITION BY gtin, serial, partner_site, site_id
                                   ORDER BY seq, line_no)
    FROM lines WHERE kind = 'receive' AND partner_site IS NOT NULL
),
paired AS (
    SELECT *, bool_or(is_send) OVER (PARTITION BY gtin, serial, from_site, to_site, k) AS sent
    FROM legs
),
found (gtin, serial, pattern, site, seq) AS (
    SELECT gtin, serial, 'held_at_two_sites', site, seq FROM last_state
    WHERE status_after IN ('in_stock', 'quarantined') AND held_at >= 2
  UNION ALL
    SELECT gtin, serial, 'receipt_without_send', site, seq FROM paired
    WHERE NOT is_send AND NOT sent
  UNION ALL
    SELECT g.gtin, g.serial, 'seen_after_gone', g.site, v.seq
    FROM ordered g CROSS JOIN LATERAL (VALUES (g.seq), (g.next_seq)) AS v (seq)
    WHERE g.status_after IN ('dispensed', 'destroyed') AND g.next_seq IS NOT NULL
      AND NOT (g.status_after = 'dispensed' AND g.next_kind = 'return')
  UNION ALL
    SELECT g.gtin, g.serial, 'seen_after_gone', v.site, v.seq
    FROM ordered g
    CROSS JOIN LATERAL (
        SELECT os.code AS site, o.seq
        FROM event_line o
        JOIN event oe ON oe.site_id = o.site_id AND oe.seq = o.seq
        JOIN site os ON os.id = o.site_id
        WHERE o.gtin = g.gtin AND o.serial = g.serial AND o.site_id <> g.site_id
          AND oe.occurred_at > g.occurred_at) o
    CROSS JOIN LATERAL (VALUES (g.site, g.seq), (o.site, o.seq)) AS v (site, seq)
    WHERE g.status_after IN ('dispensed', 'destroyed') AND g.next_seq IS NULL
  UNION ALL
    SELECT gtin, serial, 'received_twice_from_outside', site, seq
    FROM (SELECT gtin, serial, site, seq, count(*) OVER (PARTITION BY gtin, serial) AS n
          FROM lines
          WHERE kind = 'receive' AND partner_site IS NULL
            AND counterparty IS DISTINCT FROM site) outside
    WHERE n >= 2
),
per_pattern AS (
    SELECT f.gtin, f.serial, f.pattern,
           jsonb_agg(jsonb_build_object('site', f.site, 'seq', f.seq, 'event', e.event_id)
                     ORDER BY f.site, f.seq) AS events
    FROM (SELECT DISTINCT gtin, serial, pattern, site, seq FROM found) f
    JOIN site s ON s.code = f.site
    JOIN event e ON e.site_id = s.id AND e.seq = f.seq
    GROUP BY f.gtin, f.serial, f.pattern
),
computed AS (
    SELECT gtin, serial,
           jsonb_agg(jsonb_build_object('pattern', pattern, 'events', events)
                     ORDER BY pattern) AS patterns
    FROM per_pattern GROUP BY gtin, serial
)";

/// Every pack showing a pattern, with its patterns, by GTIN and serial.
pub(super) fn all_packs_sql() -> String {
    format!(
        "WITH {ALL_LINES}, {RULES} \
         SELECT gtin, serial, patterns FROM computed ORDER BY gtin, serial"
    )
}

/// Whether the resolved alarm `r` already showed everything the pack's patterns `c` show, so
/// that an administrator's resolution stands: every event of `c`'s patterns is one of `r`'s for
/// the same pattern, by id — except `held_at_two_sites`, whose events are the pack's last one at
/// each site and change with any movement there (a recall's hold in place), so for it the same
/// sites suffice — and every event `r` showed is still held (one set aside after a fork is not
/// the site's: a resolution of it covers nothing).
const RESOLVED_COVERS: &str = "\
NOT EXISTS (
    SELECT 1 FROM jsonb_array_elements(c.patterns) cp, jsonb_array_elements(cp->'events') ce
    WHERE NOT EXISTS (
        SELECT 1 FROM jsonb_array_elements(r.patterns) rp, jsonb_array_elements(rp->'events') re
        WHERE rp->>'pattern' = cp->>'pattern'
          AND CASE WHEN cp->>'pattern' = 'held_at_two_sites' THEN re->>'site' = ce->>'site'
                   ELSE re->>'event' = ce->>'event' END))
AND NOT EXISTS (
    SELECT 1 FROM jsonb_array_elements(r.patterns) rp, jsonb_array_elements(rp->'events') re
    WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.event_id = re->>'event'))";

/// Brings the counterfeit alarms of the `touched` packs in step with their patterns: a pack
/// with patterns and no open alarm gets one, unless an administrator resolved an alarm that
/// already showed all of them ([`RESOLVED_COVERS`]); an open alarm takes the pack's patterns as
/// they now are; an open alarm whose pack shows none any more is cleared, saying `why`.
pub(super) async fn sync(
    tx: &Transaction<'_>,
    touched: &Touched,
    why: &str,
) -> Result<AlarmChanges, HubError> {
    if touched.packs.is_empty() {
        return Ok(AlarmChanges::default());
    }
    let (gtins, serials) = touched.pack_arrays();
    let sql = format!(
        "WITH {SCOPED_LINES}, {RULES},
         open AS (
             SELECT a.id, a.gtin, a.serial FROM alarm a JOIN scope s
                 ON a.gtin = s.gtin AND a.serial = s.serial
             WHERE a.kind = 'counterfeit' AND a.resolved_at IS NULL AND a.cleared_at IS NULL
         ),
         updated AS (
             UPDATE alarm a SET patterns = c.patterns, updated_at = now()
             FROM open o JOIN computed c ON c.gtin = o.gtin AND c.serial = o.serial
             WHERE a.id = o.id AND a.patterns <> c.patterns
               AND a.resolved_at IS NULL AND a.cleared_at IS NULL
             RETURNING a.id
         ),
         cleared AS (
             UPDATE alarm a SET cleared_at = now(), cleared_reason = $3, updated_at = now()
             FROM open o
             WHERE a.id = o.id AND a.resolved_at IS NULL AND a.cleared_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM computed c
                               WHERE c.gtin = o.gtin AND c.serial = o.serial)
             RETURNING a.id
         ),
         raised AS (
             INSERT INTO alarm (kind, gtin, serial, patterns, detail, updated_at)
             SELECT 'counterfeit', c.gtin, c.serial, c.patterns,
                    jsonb_build_object('gtin', c.gtin, 'serial', c.serial), now()
             FROM computed c
             WHERE NOT EXISTS (SELECT 1 FROM open o WHERE o.gtin = c.gtin AND o.serial = c.serial)
               AND NOT EXISTS (SELECT 1 FROM alarm r
                               WHERE r.kind = 'counterfeit' AND r.gtin = c.gtin
                                 AND r.serial = c.serial AND r.resolved_at IS NOT NULL
                                 AND {RESOLVED_COVERS})
             RETURNING id
         )
         SELECT (SELECT count(*) FROM raised), (SELECT count(*) FROM updated),
                (SELECT count(*) FROM cleared)"
    );
    let row = tx
        .query_one(&sql, &[&gtins, &serials, &why])
        .await
        .map_err(HubError::db("updating the counterfeit alarms"))?;
    Ok(AlarmChanges {
        raised: row.get(0),
        updated: row.get(1),
        cleared: row.get(2),
    })
}
