-- 0008: the Home screen counts packs in quarantine (and the suspect ones among them) on every
-- start; a partial index keeps that to the few held packs instead of a scan of every pack.
CREATE INDEX unit_quarantined ON unit(location_id, last_event_seq) WHERE status = 'quarantined';
