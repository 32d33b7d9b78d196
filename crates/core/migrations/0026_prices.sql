-- 0026: prices where they arrive (issue #23). A despatch advice may say the invoiced price of
-- each line (`shipment_item.unit_price_cents`, hundredths of the site's currency, as every
-- amount), and a receipt by inference keeps it as the line's unit cost. Contract prices are per
-- supplier: a product bought from two suppliers has two, each from a day on (`valid_from`, a
-- local day), so a past receipt is judged against the contract in force on its day. Master
-- data, never hashed: the ledger keeps only what was paid (`event_line.unit_cost_cents`).
ALTER TABLE shipment_item ADD COLUMN unit_price_cents INTEGER
    CHECK (unit_price_cents IS NULL OR unit_price_cents >= 0);

CREATE TABLE supplier_price (
    partner_id   INTEGER NOT NULL REFERENCES partner(id),
    product_id   INTEGER NOT NULL REFERENCES product(id),
    valid_from   TEXT NOT NULL,
    price_cents  INTEGER NOT NULL CHECK (price_cents >= 0),
    updated_at   TEXT NOT NULL,
    updated_by   INTEGER NOT NULL REFERENCES user(id),
    PRIMARY KEY (partner_id, product_id, valid_from)
) WITHOUT ROWID;

-- The contracts known so far: each product's contract price with its usual supplier, in force
-- from the start ('0000-01-01', before any receipt), written by the system principal.
INSERT INTO supplier_price (partner_id, product_id, valid_from, price_cents, updated_at, updated_by)
SELECT usual_supplier_id, id, '0000-01-01', contract_price_cents, created_at,
       (SELECT id FROM user WHERE username = 'custody:system')
  FROM product
 WHERE usual_supplier_id IS NOT NULL AND contract_price_cents IS NOT NULL;
