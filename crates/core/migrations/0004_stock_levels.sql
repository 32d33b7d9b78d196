-- 0004: stock levels. Reorder rules per product and location; daily consumption per product and
-- location (a projection of dispense lines, kept in the same transaction as the events and
-- rebuilt by `custody verify`); indexes for the in-stock and expiry queries.

CREATE TABLE reorder_rule (
    product_id      INTEGER NOT NULL REFERENCES product(id),
    location_id     INTEGER NOT NULL REFERENCES location(id),
    reorder_point   INTEGER NOT NULL CHECK (reorder_point >= 0),
    par_level       INTEGER NOT NULL CHECK (par_level >= reorder_point AND par_level > 0),
    lead_time_days  INTEGER NOT NULL DEFAULT 7 CHECK (lead_time_days >= 0),
    updated_at      TEXT NOT NULL,
    updated_by      INTEGER NOT NULL REFERENCES user(id),
    PRIMARY KEY (product_id, location_id)
) WITHOUT ROWID;

-- Quantity dispensed (or issued) per product, location it left from, and local day.
CREATE TABLE consumption (
    product_id   INTEGER NOT NULL REFERENCES product(id),
    location_id  INTEGER NOT NULL REFERENCES location(id),
    day          TEXT NOT NULL,
    quantity     INTEGER NOT NULL,
    PRIMARY KEY (product_id, location_id, day)
) WITHOUT ROWID;
CREATE INDEX consumption_day ON consumption(day, location_id, product_id, quantity);

INSERT INTO consumption (product_id, location_id, day, quantity)
SELECT l.product_id, l.location_before, date(e.occurred_at, printf('%+d minutes', e.occurred_offset)), sum(l.quantity)
FROM event_line l JOIN event e ON e.seq = l.event_seq
WHERE l.status_after = 'dispensed' AND l.location_before IS NOT NULL
GROUP BY 1, 2, 3;

-- Usable stock by expiry, per location and product, read from the index alone.
CREATE INDEX unit_in_stock ON unit(location_id, product_id, expiry) WHERE status = 'in_stock';
-- Expiry alerts: in-stock packs by expiry date.
CREATE INDEX unit_in_stock_expiry ON unit(expiry, product_id, lot, location_id) WHERE status = 'in_stock';
