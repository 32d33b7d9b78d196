-- 0037: a product's consumption in the window, read in one range (issue #21). A product's
-- position (its page, a scan's cover) summed its window's use by seeking the primary key
-- (product, location, day) once per location: the window's rows of each location sit after that
-- location's years of earlier days, so on six years of history one product's seeks touched
-- about seven leaf pages where a year's touched one or two (p50 0.65 ms against 0.20 ms, from a
-- dropped cache, the query alone). Keyed by product and day, the window is one contiguous range
-- whatever lies before it (0.14 against 0.09 ms): `SEARCH consumption USING COVERING INDEX
-- consumption_product_day (product_id=? AND day>? AND day<?)`. Decision:
-- docs/decisions/2026-12-02-history-independent-levels.md.
CREATE INDEX consumption_product_day ON consumption(product_id, day, location_id, quantity);
