-- 0011: what arrived against an expected shipment that the despatch advice did not say. A pack
-- or lot quantity the advice does not list is `unexpected`; a listed pack whose lot or expiry is
-- not what the advice says is `differs_from_advice`, and its line is not counted as matched.
-- Both are kept (with the receipt event that brought them) so that showing and closing the
-- shipment report them; before this, the first was only a warning on the scan and the second
-- was silently counted as matched.

CREATE TABLE shipment_discrepancy (
    id           INTEGER PRIMARY KEY,
    shipment_id  INTEGER NOT NULL REFERENCES shipment(id),
    code         TEXT NOT NULL CHECK (code IN ('unexpected', 'differs_from_advice')),
    -- The advice's line a differing pack was listed on; NULL for an unexpected one.
    line         INTEGER,
    gtin         TEXT NOT NULL,
    serial       TEXT,
    lot          TEXT,
    expiry       TEXT,
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    event_seq    INTEGER NOT NULL REFERENCES event(seq)
);
CREATE INDEX shipment_discrepancy_shipment ON shipment_discrepancy(shipment_id);
