-- 0021: the events that hold a pack as suspect (marked suspect, or quarantined for a suspect
-- reason: `SUSPECT_EVENT` in stock.rs, whose condition this repeats word for word so the
-- planner can use it). Home's suspect figure and the stock list's suspect column ask which
-- quarantined packs' last event is one of these: read from this small index once, instead of
-- one seek per quarantined pack into an event table that grows with the years.
CREATE INDEX event_suspect ON event(seq) WHERE kind = 'mark_suspect' OR reason LIKE 'suspect%';
