-- 0011: a counterfeit alarm names each event of its evidence by its id as well as by its site
-- and position (`{"site", "seq", "event"}`). A position alone names a different event once a
-- site's events from it were set aside (migration 0010) and the real site pushed its own there,
-- and an alarm an administrator resolved would then cover evidence it never showed, hiding a
-- new alarm. The alarms held name their events by position only: each gets the id of the event
-- held at that position now (none, JSON null, where the hub holds no event there, which no new
-- evidence matches). An event already named by id keeps its id, so running this again changes
-- nothing.
UPDATE alarm a SET patterns = (
    SELECT coalesce(jsonb_agg(jsonb_set(p, '{events}', (
               SELECT coalesce(jsonb_agg(
                          CASE WHEN ev ? 'event' THEN ev
                               ELSE ev || jsonb_build_object('event', e.event_id) END
                          ORDER BY ev_no), '[]'::jsonb)
               FROM jsonb_array_elements(coalesce(p->'events', '[]'::jsonb))
                    WITH ORDINALITY AS x (ev, ev_no)
               LEFT JOIN site s ON s.code = ev->>'site'
               LEFT JOIN event e ON e.site_id = s.id AND e.seq = (ev->>'seq')::bigint))
           ORDER BY p_no), '[]'::jsonb)
    FROM jsonb_array_elements(a.patterns) WITH ORDINALITY AS y (p, p_no))
WHERE a.kind = 'counterfeit' AND jsonb_typeof(a.patterns) = 'array';
