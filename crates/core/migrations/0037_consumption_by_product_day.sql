-- 0037: consumption keyed by product, day and location (issue #21), so that a product's window
-- is one range of the table whatever years lie before it. A product's position (its page, the
-- product list's cover) summed its window's use by seeking the old key (product, location, day)
-- once per location: the window's rows of each location sit after that location's years of
-- earlier days, so on six years of history one product's seeks touched about seven leaf pages
-- where a year's touched one or two (p50 0.65 ms against 0.20 ms from a dropped cache, the query
-- alone). Keyed (product, day, location) it is `SEARCH consumption USING PRIMARY KEY
-- (product_id=? AND day>? AND day<?)`: 0.15 against 0.08-0.10 ms. The same rows and the same unique
-- key (the appender's `ON CONFLICT (product_id, location_id, day)` names the same columns), and
-- no index more to write: a covering index in this order was tried first and cost every
-- dispense one more page. A file analysed before (the demo's) has the table's statistics taken
-- again after this (`levels::refresh_consumption_statistics`): the old ones describe the old key.
-- Decision: docs/decisions/2026-12-02-history-independent-levels.md.
ALTER TABLE consumption RENAME TO consumption_before_0037;
CREATE TABLE consumption (
    product_id   INTEGER NOT NULL REFERENCES product(id),
    location_id  INTEGER NOT NULL REFERENCES location(id),
    day          TEXT NOT NULL,
    quantity     INTEGER NOT NULL,
    PRIMARY KEY (product_id, day, location_id)
) WITHOUT ROWID;
INSERT INTO consumption (product_id, location_id, day, quantity)
SELECT product_id, location_id, day, quantity FROM consumption_before_0037
ORDER BY product_id, day, location_id;
DROP TABLE consumption_before_0037;
CREATE INDEX consumption_day ON consumption(day, location_id, product_id, quantity);
