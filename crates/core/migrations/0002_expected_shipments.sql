-- 0002: expected shipments. A supplier's despatch advice (EPCIS or CSV) lists the packs that
-- should arrive; receiving against it marks each one matched, and closing it records what never
-- came. These tables are working documents, not the ledger: receipts themselves are events.

CREATE TABLE shipment (
    id           INTEGER PRIMARY KEY,
    reference    TEXT NOT NULL,
    supplier_id  INTEGER REFERENCES partner(id),
    source       TEXT NOT NULL CHECK (source IN ('csv', 'epcis_json', 'epcis_xml')),
    file_name    TEXT,
    imported_at  TEXT NOT NULL,
    imported_by  INTEGER NOT NULL REFERENCES user(id),
    closed_at    TEXT,
    closed_by    INTEGER REFERENCES user(id),
    discrepancy  TEXT
);
CREATE INDEX shipment_reference ON shipment(reference);

CREATE TABLE shipment_item (
    shipment_id        INTEGER NOT NULL REFERENCES shipment(id),
    line               INTEGER NOT NULL,
    gtin               TEXT NOT NULL,
    serial             TEXT,
    lot                TEXT,
    expiry             TEXT,
    quantity           INTEGER NOT NULL CHECK (quantity > 0),
    po                 TEXT,
    received_quantity  INTEGER NOT NULL DEFAULT 0,
    received_event_seq INTEGER REFERENCES event(seq),
    PRIMARY KEY (shipment_id, line)
) WITHOUT ROWID;
CREATE INDEX shipment_item_pack ON shipment_item(shipment_id, gtin, serial);
CREATE INDEX shipment_item_lot ON shipment_item(shipment_id, gtin, lot) WHERE serial IS NULL;
