-- 0029: what waste and shrinkage read fast on years of history (issue #23). A period's
-- destructions, returns, quarantines, suspect markings and count adjustments, in time order,
-- from a partial index of those kinds only (its condition is the queries' own `kind IN`, word
-- for word, so SQLite reads through it): some 20,000 of a hospital year's 2,000,000 events.
CREATE INDEX event_exception ON event(occurred_at, kind)
    WHERE kind IN ('destroy', 'return_to_supplier', 'quarantine', 'mark_suspect', 'count_adjust');
