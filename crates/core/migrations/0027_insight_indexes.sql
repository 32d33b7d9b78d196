-- 0027: what the insights read fast on years of history (issue #23). The supplier quality reads
-- a period's receipts and suspect markings: in time order, with the supplier and place beside
-- them, from a partial index of those two kinds only (its condition is the queries' own
-- `kind IN`, word for word, so SQLite reads through it).
CREATE INDEX event_arrival ON event(occurred_at, occurred_offset, counterparty_id, location_id, kind)
    WHERE kind IN ('receive', 'mark_suspect');
