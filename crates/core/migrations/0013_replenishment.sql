-- 0013: replenishment. A ward or clinic names the pharmacy or store that tops it up, and a
-- product its usual supplier (master data, never hashed: the ledger names places and partners by
-- code). A pick list is stored as it was printed, because a pick list is a document people carry
-- and tick: recomputed from today's shortages it would change under their hands after the first
-- pack moved. What was picked is not stored here: it is the ledger's transfers that carry the
-- list's number as their reference, so progress can never disagree with the stock
-- (found through 0001's index on the reference).

ALTER TABLE location ADD COLUMN supplied_by INTEGER REFERENCES location(id);
ALTER TABLE product ADD COLUMN usual_supplier_id INTEGER REFERENCES partner(id);

CREATE TABLE pick_list (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES user(id),
    -- Set when a newer list replaces it: only the newest list is picked against.
    replaced_at TEXT,
    -- The ward shortages left off because the ward names no supplying location, as JSON
    -- ([{"location", "gtin", "product", "wanted"}]): printed with the list, as of its making.
    unsupplied  TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE pick_line (
    pick_list_id  INTEGER NOT NULL REFERENCES pick_list(id),
    line_no       INTEGER NOT NULL,
    from_location INTEGER NOT NULL REFERENCES location(id),
    to_location   INTEGER NOT NULL REFERENCES location(id),
    product_id    INTEGER NOT NULL REFERENCES product(id),
    -- What the ward needs to reach its rule's par level.
    wanted        INTEGER NOT NULL CHECK (wanted > 0),
    -- The packs or lot quantities proposed, earliest expiry first, as JSON
    -- ([{"lot", "serial", "expiry", "quantity"}]); their sum may be less than wanted (short).
    proposed      TEXT NOT NULL,
    PRIMARY KEY (pick_list_id, line_no)
) WITHOUT ROWID;
