-- 0030: waste read from indexes rather than rows (issue #23). A hospital year's waste asks
-- about 14,000 lost packs and 5,300 (product, place, day) stock questions; each row it fetched
-- from a table was a random page, and those pages were most of its time.
--
-- Waste's prediction needs the stock in stock at a place on a day and each pack's expiry.
-- `stay_stock` carries what it reads (status before the days, so that `in_stock` narrows the
-- range) and replaces `stay_place`, which only this question used; `unit_expiry` gives a
-- pack's expiry from its product and serial without reading the pack's row.
DROP INDEX stay_place;
CREATE INDEX stay_stock
    ON stay(product_id, location_id, status, until_day, since_day, quantity, serial, lot);
CREATE INDEX unit_expiry ON unit(product_id, serial, expiry);
-- A pack's receipt line (the line that brought it in: no status before) with its unit cost,
-- where `event_line_serial` left every line of the pack to be read from the table.
-- `status_before` is in it as well as in its condition: SQLite reads the table to check a
-- partial index's condition otherwise.
CREATE INDEX event_line_arrival ON event_line(product_id, serial, status_before, unit_cost_cents)
    WHERE status_before IS NULL AND serial IS NOT NULL;
-- The period's exceptions (0029) with what waste and shrinkage read of their events, so that
-- neither reads the events' rows: its condition is unchanged.
DROP INDEX event_exception;
CREATE INDEX event_exception ON event(occurred_at, kind, occurred_offset, location_id, reference, id)
    WHERE kind IN ('destroy', 'return_to_supplier', 'quarantine', 'mark_suspect', 'count_adjust');
