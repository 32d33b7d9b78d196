-- 0003: recalls. A recall names what is affected (scope lines of GTIN, GTIN + lot, or GTIN +
-- serial); its reach is computed from the current state and the ledger, never stored. Holds and
-- stock-moving outcomes are ledger events that carry the recall number as their reference; the
-- outcomes that move no stock (a patient notified, a pack not found after it left) are recorded
-- here, and the closure is signed on the ledger.

CREATE TABLE recall (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    class         TEXT NOT NULL CHECK (class IN ('I', 'II', 'III', 'withdrawal')),
    reason        TEXT NOT NULL,
    instructions  TEXT,
    issuer        TEXT,
    issued_on     TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    INTEGER NOT NULL REFERENCES user(id),
    closed_at     TEXT,
    closed_by     INTEGER REFERENCES user(id),
    close_meaning TEXT,
    close_event   INTEGER REFERENCES event(seq)
);

CREATE TABLE recall_scope (
    recall_id  INTEGER NOT NULL REFERENCES recall(id),
    line       INTEGER NOT NULL,
    gtin       TEXT NOT NULL CHECK (length(gtin) = 14),
    lot        TEXT,
    serial     TEXT,
    added_at   TEXT NOT NULL,
    PRIMARY KEY (recall_id, line)
) WITHOUT ROWID;
-- A scan looks up (gtin, no serial, no lot), (gtin, no serial, lot) and (gtin, serial): all
-- three are point lookups in this index.
CREATE INDEX recall_scope_key ON recall_scope(gtin, serial, lot);

-- Outcomes that move no stock: `notified` (patient, ward or receiving site told) and
-- `not_found` for packs that already left. `status` is the unit's status the outcome answers
-- (for a lot-tracked quantity, the status of the quantity: dispensed, transferred_out).
CREATE TABLE recall_outcome (
    recall_id    INTEGER NOT NULL REFERENCES recall(id),
    product_id   INTEGER NOT NULL REFERENCES product(id),
    serial       TEXT,
    lot          TEXT,
    status       TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('notified', 'not_found')),
    note         TEXT,
    recorded_at  TEXT NOT NULL,
    recorded_by  INTEGER NOT NULL REFERENCES user(id)
);
CREATE INDEX recall_outcome_recall ON recall_outcome(recall_id);

-- A recall's reach lists packs still expected on open shipments, by GTIN.
CREATE INDEX shipment_item_gtin ON shipment_item(gtin, lot, serial);
