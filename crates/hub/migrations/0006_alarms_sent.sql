-- Migration 0003 said a hub that ran before it sends its counterfeit alarms as they stand, and
-- did not: the sites concerned by an alarm raised before the feed existed never heard of it.
-- Every counterfeit alarm the changelog has no row of is logged now, as a push logs one
-- (`feed::uses::alarm_rows_sql`; a unit test keeps this file equal to it), with its last change.
-- A hub migrated from scratch has no such alarm, so this inserts nothing there.
-- Under the changelog's lock (`feed::CHANGELOG_LOCK`), as every changelog writer.
SELECT pg_advisory_xact_lock(866222546289164291);
INSERT INTO changelog (kind, key, sites, payload)
         SELECT 'alarm', a.id::text, s.sites, jsonb_build_object(
                    'kind', 'alarm', 'id', a.id, 'gtin', a.gtin, 'serial', a.serial,
                    'change', CASE WHEN a.resolved_at IS NOT NULL THEN 'resolved' WHEN a.cleared_at IS NOT NULL THEN 'cleared' ELSE 'raised' END,
                    'state', CASE WHEN a.resolved_at IS NOT NULL THEN 'resolved'
                                  WHEN a.cleared_at IS NOT NULL THEN 'cleared' ELSE 'open' END,
                    'patterns', to_jsonb(s.names), 'sites', to_jsonb(s.named),
                    'raised_at', to_char(a.raised_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                    'closed', CASE WHEN a.resolved_at IS NOT NULL
                                   THEN to_char(a.resolved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || ' by ' || a.resolved_by || ': ' || a.resolution
                                   WHEN a.cleared_at IS NOT NULL
                                   THEN to_char(a.cleared_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || ': ' || a.cleared_reason END)
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
         WHERE a.kind = 'counterfeit' AND NOT EXISTS (SELECT 1 FROM changelog c WHERE c.kind = 'alarm' AND c.key = a.id::text)
         ORDER BY a.id;
