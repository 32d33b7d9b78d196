-- What is in stock, by location, product and expiry: packs and lot quantities added together.
-- The shortage list and a product's position read this (a few hundred thousand rows at a large
-- hospital) instead of grouping every pack in stock each time. It is kept by the triggers below
-- on every write to `unit` and `lot_stock`, whoever writes (an append, a restore, a rebuild), so
-- it cannot fall behind them; `verify` compares it with their sums. An unknown expiry is kept as
-- '' and a pack in stock without a location (never written by Custody) as location 0.
CREATE TABLE stock_level (
    location_id  INTEGER NOT NULL,
    product_id   INTEGER NOT NULL,
    expiry       TEXT NOT NULL,
    quantity     INTEGER NOT NULL,
    PRIMARY KEY (location_id, product_id, expiry)
) WITHOUT ROWID;

INSERT INTO stock_level (location_id, product_id, expiry, quantity)
SELECT location_id, product_id, expiry, sum(quantity) FROM (
    SELECT coalesce(location_id, 0) AS location_id, product_id, coalesce(expiry, '') AS expiry,
           count(*) AS quantity
      FROM unit WHERE status = 'in_stock' GROUP BY 1, 2, 3
    UNION ALL
    SELECT location_id, product_id, coalesce(expiry, ''), quantity
      FROM lot_stock WHERE status = 'in_stock'
) GROUP BY location_id, product_id, expiry HAVING sum(quantity) <> 0;

CREATE TRIGGER unit_stock_added AFTER INSERT ON unit WHEN NEW.status = 'in_stock'
BEGIN
    INSERT INTO stock_level (location_id, product_id, expiry, quantity)
    VALUES (coalesce(NEW.location_id, 0), NEW.product_id, coalesce(NEW.expiry, ''), 1)
    ON CONFLICT DO UPDATE SET quantity = quantity + 1;
END;

CREATE TRIGGER unit_stock_removed AFTER DELETE ON unit WHEN OLD.status = 'in_stock'
BEGIN
    UPDATE stock_level SET quantity = quantity - 1
     WHERE location_id = coalesce(OLD.location_id, 0) AND product_id = OLD.product_id
       AND expiry = coalesce(OLD.expiry, '');
    DELETE FROM stock_level
     WHERE location_id = coalesce(OLD.location_id, 0) AND product_id = OLD.product_id
       AND expiry = coalesce(OLD.expiry, '') AND quantity = 0;
END;

CREATE TRIGGER unit_stock_moved AFTER UPDATE OF status, location_id, product_id, expiry ON unit
WHEN (OLD.status = 'in_stock' OR NEW.status = 'in_stock')
 AND (OLD.status IS NOT NEW.status OR OLD.location_id IS NOT NEW.location_id
      OR OLD.product_id IS NOT NEW.product_id OR OLD.expiry IS NOT NEW.expiry)
BEGIN
    UPDATE stock_level SET quantity = quantity - 1
     WHERE OLD.status = 'in_stock' AND location_id = coalesce(OLD.location_id, 0)
       AND product_id = OLD.product_id AND expiry = coalesce(OLD.expiry, '');
    DELETE FROM stock_level
     WHERE OLD.status = 'in_stock' AND location_id = coalesce(OLD.location_id, 0)
       AND product_id = OLD.product_id AND expiry = coalesce(OLD.expiry, '') AND quantity = 0;
    INSERT INTO stock_level (location_id, product_id, expiry, quantity)
    SELECT coalesce(NEW.location_id, 0), NEW.product_id, coalesce(NEW.expiry, ''), 1
     WHERE NEW.status = 'in_stock'
    ON CONFLICT DO UPDATE SET quantity = quantity + 1;
END;

CREATE TRIGGER lot_stock_added AFTER INSERT ON lot_stock WHEN NEW.status = 'in_stock'
BEGIN
    INSERT INTO stock_level (location_id, product_id, expiry, quantity)
    VALUES (NEW.location_id, NEW.product_id, coalesce(NEW.expiry, ''), NEW.quantity)
    ON CONFLICT DO UPDATE SET quantity = quantity + excluded.quantity;
    DELETE FROM stock_level
     WHERE location_id = NEW.location_id AND product_id = NEW.product_id
       AND expiry = coalesce(NEW.expiry, '') AND quantity = 0;
END;

CREATE TRIGGER lot_stock_removed AFTER DELETE ON lot_stock WHEN OLD.status = 'in_stock'
BEGIN
    UPDATE stock_level SET quantity = quantity - OLD.quantity
     WHERE location_id = OLD.location_id AND product_id = OLD.product_id
       AND expiry = coalesce(OLD.expiry, '');
    DELETE FROM stock_level
     WHERE location_id = OLD.location_id AND product_id = OLD.product_id
       AND expiry = coalesce(OLD.expiry, '') AND quantity = 0;
END;

CREATE TRIGGER lot_stock_changed
AFTER UPDATE OF status, location_id, product_id, expiry, quantity ON lot_stock
WHEN OLD.status = 'in_stock' OR NEW.status = 'in_stock'
BEGIN
    UPDATE stock_level SET quantity = quantity - OLD.quantity
     WHERE OLD.status = 'in_stock' AND location_id = OLD.location_id
       AND product_id = OLD.product_id AND expiry = coalesce(OLD.expiry, '');
    INSERT INTO stock_level (location_id, product_id, expiry, quantity)
    SELECT NEW.location_id, NEW.product_id, coalesce(NEW.expiry, ''), NEW.quantity
     WHERE NEW.status = 'in_stock'
    ON CONFLICT DO UPDATE SET quantity = quantity + excluded.quantity;
    DELETE FROM stock_level
     WHERE quantity = 0
       AND ((location_id = OLD.location_id AND product_id = OLD.product_id
             AND expiry = coalesce(OLD.expiry, ''))
         OR (location_id = NEW.location_id AND product_id = NEW.product_id
             AND expiry = coalesce(NEW.expiry, '')));
END;

-- The packs quarantined by product, so a product's position counts its held packs from this
-- small index instead of seeking every pack it ever had at each location.
CREATE INDEX unit_quarantined_product ON unit(product_id, location_id) WHERE status = 'quarantined';
