-- 0005: stock counts. A count snapshots what the ledger says is at a location (limited to some
-- products, or all), records every scan once, and at the end compares; applying it writes
-- `count_adjust` events. These tables are the count's working record, not the ledger.

CREATE TABLE stock_count (
    id            INTEGER PRIMARY KEY,
    location_id   INTEGER NOT NULL REFERENCES location(id),
    blind         INTEGER NOT NULL DEFAULT 0,
    limited       INTEGER NOT NULL DEFAULT 0,
    status        TEXT NOT NULL CHECK (status IN ('open', 'finished', 'applied', 'abandoned')),
    snapshot_seq  INTEGER NOT NULL,
    started_at    TEXT NOT NULL,
    started_by    INTEGER NOT NULL REFERENCES user(id),
    finished_at   TEXT,
    finished_by   INTEGER REFERENCES user(id),
    closed_at     TEXT,
    closed_by     INTEGER REFERENCES user(id),
    note          TEXT
);

-- The products of a limited count.
CREATE TABLE stock_count_product (
    count_id    INTEGER NOT NULL REFERENCES stock_count(id),
    product_id  INTEGER NOT NULL REFERENCES product(id),
    PRIMARY KEY (count_id, product_id)
) WITHOUT ROWID;

-- What the ledger said was at the location when the count started.
CREATE TABLE stock_count_expected (
    count_id    INTEGER NOT NULL REFERENCES stock_count(id),
    product_id  INTEGER NOT NULL REFERENCES product(id),
    serial      TEXT NOT NULL,
    lot         TEXT,
    expiry      TEXT,
    status      TEXT NOT NULL,
    PRIMARY KEY (count_id, product_id, serial)
) WITHOUT ROWID;

-- Every pack counted once (serial), every lot with its running quantity (serial = '').
CREATE TABLE stock_count_scan (
    count_id    INTEGER NOT NULL REFERENCES stock_count(id),
    product_id  INTEGER NOT NULL REFERENCES product(id),
    serial      TEXT NOT NULL,
    lot         TEXT NOT NULL DEFAULT '',
    expiry      TEXT,
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    raw_scan    TEXT NOT NULL,
    scanned_at  TEXT NOT NULL,
    scanned_by  INTEGER NOT NULL REFERENCES user(id),
    ledger_seq  INTEGER NOT NULL,
    PRIMARY KEY (count_id, product_id, serial, lot)
) WITHOUT ROWID;
