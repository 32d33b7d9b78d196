-- 0001: the first schema. Master data (sites, locations, partners, users, products), the ledger
-- (events and their lines, hash-chained per site) and the current-state tables that are a
-- projection of the ledger, updated in the same transaction as each event.

CREATE TABLE site (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    gln         TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE location (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES site(id),
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('pharmacy', 'store', 'ward', 'clinic', 'quarantine')),
    active      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE partner (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('supplier', 'distributor', 'manufacturer')),
    gln         TEXT
);

CREATE TABLE user (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('staff', 'manager', 'qa', 'admin')),
    password_hash TEXT,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL
);

CREATE TABLE product (
    id                   INTEGER PRIMARY KEY,
    gtin                 TEXT NOT NULL UNIQUE CHECK (length(gtin) = 14),
    name                 TEXT NOT NULL,
    generic_name         TEXT,
    form                 TEXT,
    strength             TEXT,
    pack_size            INTEGER,
    manufacturer         TEXT,
    tracking             TEXT NOT NULL CHECK (tracking IN ('serial', 'lot')),
    contract_price_cents INTEGER,
    storage              TEXT,
    controlled           INTEGER NOT NULL DEFAULT 0,
    ndc                  TEXT,
    pzn                  TEXT,
    cip                  TEXT,
    created_at           TEXT NOT NULL
);
CREATE INDEX product_name ON product(name COLLATE NOCASE);

-- The ledger. `seq` is the order of recording; `id` the event's UUID v7. Times are UTC text
-- (RFC 3339, microseconds) with the local offset in minutes beside them.
CREATE TABLE event (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    site_id          INTEGER NOT NULL REFERENCES site(id),
    kind             TEXT NOT NULL,
    occurred_at      TEXT NOT NULL,
    occurred_offset  INTEGER NOT NULL,
    recorded_at      TEXT NOT NULL,
    actor_id         INTEGER NOT NULL REFERENCES user(id),
    location_id      INTEGER REFERENCES location(id),
    counterparty_id  INTEGER REFERENCES partner(id),
    reference        TEXT,
    reason           TEXT,
    raw_scan         TEXT,
    prev_hash        BLOB NOT NULL,
    hash             BLOB NOT NULL
);
CREATE INDEX event_occurred ON event(occurred_at);
CREATE INDEX event_reference ON event(reference) WHERE reference IS NOT NULL;

CREATE TABLE event_line (
    event_seq        INTEGER NOT NULL REFERENCES event(seq),
    line_no          INTEGER NOT NULL,
    product_id       INTEGER NOT NULL REFERENCES product(id),
    lot              TEXT,
    serial           TEXT,
    expiry           TEXT,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    status_before    TEXT,
    status_after     TEXT,
    location_before  INTEGER REFERENCES location(id),
    location_after   INTEGER REFERENCES location(id),
    unit_cost_cents  INTEGER,
    PRIMARY KEY (event_seq, line_no)
) WITHOUT ROWID;
CREATE INDEX event_line_serial ON event_line(product_id, serial) WHERE serial IS NOT NULL;
-- Lot history of lot-tracked stock; a serialized pack's lot is found through unit(product_id, lot).
CREATE INDEX event_line_lot ON event_line(product_id, lot) WHERE serial IS NULL;

-- Append-only: corrections are new events. `custody verify` also reports these triggers missing.
CREATE TRIGGER event_no_update BEFORE UPDATE ON event
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: record a compensating event instead'); END;
CREATE TRIGGER event_no_delete BEFORE DELETE ON event
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: record a compensating event instead'); END;
CREATE TRIGGER event_line_no_update BEFORE UPDATE ON event_line
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: record a compensating event instead'); END;
CREATE TRIGGER event_line_no_delete BEFORE DELETE ON event_line
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: record a compensating event instead'); END;

-- The head of each site's hash chain, so that removing the newest events is detected too.
CREATE TABLE chain_head (
    site_id     INTEGER PRIMARY KEY REFERENCES site(id),
    last_seq    INTEGER NOT NULL,
    last_hash   BLOB NOT NULL,
    events      INTEGER NOT NULL
);

-- Current state, derived from the ledger.
CREATE TABLE unit (
    id               INTEGER PRIMARY KEY,
    product_id       INTEGER NOT NULL REFERENCES product(id),
    serial           TEXT NOT NULL,
    lot              TEXT,
    expiry           TEXT,
    status           TEXT NOT NULL,
    location_id      INTEGER REFERENCES location(id),
    last_event_seq   INTEGER NOT NULL,
    UNIQUE (product_id, serial)
);
CREATE INDEX unit_location ON unit(location_id, product_id, status);
CREATE INDEX unit_lot ON unit(product_id, lot);

CREATE TABLE lot_stock (
    product_id   INTEGER NOT NULL REFERENCES product(id),
    lot          TEXT NOT NULL,
    location_id  INTEGER NOT NULL REFERENCES location(id),
    status       TEXT NOT NULL,
    expiry       TEXT,
    quantity     INTEGER NOT NULL,
    PRIMARY KEY (product_id, lot, location_id, status)
) WITHOUT ROWID;

-- Every lot seen, with the expiry it was first seen with (a different expiry later is suspect).
CREATE TABLE lot_info (
    product_id      INTEGER NOT NULL REFERENCES product(id),
    lot             TEXT NOT NULL,
    expiry          TEXT,
    first_event_seq INTEGER NOT NULL,
    PRIMARY KEY (product_id, lot)
) WITHOUT ROWID;
