-- 0031: each day's net change of the stock in stock at each place (issue #23). The consumption
-- trends count stock-out and overstock days from the stock at the end of every day of a year at
-- every place with a reorder rule, rebuilt backwards from the stock now; they read every ledger
-- line of the year to do it (two million on a hospital's year, three seconds). This projection
-- holds what they sum: for each product, location and local day with a line that put stock in
-- stock there or took it out, the units put in less the units taken out (a row can be 0: stock
-- that came and went the same day).
--
-- Kept by the appender in the transaction of each line, filled here for the ledger a file
-- already holds (with the day as `consumption` reads it), and rebuilt from the ledger and
-- compared by `verify` (every row in full, the days touched incrementally: hence the index by
-- day).
CREATE TABLE stock_change (
    product_id   INTEGER NOT NULL REFERENCES product(id),
    location_id  INTEGER NOT NULL REFERENCES location(id),
    day          TEXT NOT NULL,
    quantity     INTEGER NOT NULL,
    PRIMARY KEY (product_id, location_id, day)
) WITHOUT ROWID;
CREATE INDEX stock_change_day ON stock_change(day);

INSERT INTO stock_change (product_id, location_id, day, quantity)
SELECT product_id, location_id, day, sum(quantity) FROM (
    SELECT l.product_id, l.location_before AS location_id,
        date(e.occurred_at, printf('%+d minutes', e.occurred_offset)) AS day, -l.quantity AS quantity
    FROM event_line l JOIN event e ON e.seq = l.event_seq
    WHERE l.status_before = 'in_stock' AND l.location_before IS NOT NULL
    UNION ALL
    SELECT l.product_id, l.location_after,
        date(e.occurred_at, printf('%+d minutes', e.occurred_offset)), l.quantity
    FROM event_line l JOIN event e ON e.seq = l.event_seq
    WHERE l.status_after = 'in_stock' AND l.location_after IS NOT NULL
)
GROUP BY product_id, location_id, day;
