-- What is in stock by product and expiry, at every location together: the sums of
-- `stock_level` added up across locations (some 50,000 rows at a large hospital, against
-- 290,000 there). Home's figures read it: stock expired and expiring soon, packs and products
-- in stock, whatever the number of places and however long the history. Kept by the triggers
-- below on every change to `stock_level` (itself kept from `unit` and `lot_stock`), so it cannot
-- fall behind; `verify` compares it with those sums.
CREATE TABLE stock_expiry (
    product_id  INTEGER NOT NULL,
    expiry      TEXT NOT NULL,
    quantity    INTEGER NOT NULL,
    PRIMARY KEY (product_id, expiry)
) WITHOUT ROWID;

INSERT INTO stock_expiry (product_id, expiry, quantity)
SELECT product_id, expiry, sum(quantity) FROM stock_level
 GROUP BY product_id, expiry HAVING sum(quantity) <> 0;

CREATE TRIGGER stock_level_added AFTER INSERT ON stock_level
BEGIN
    INSERT INTO stock_expiry (product_id, expiry, quantity)
    VALUES (NEW.product_id, NEW.expiry, NEW.quantity)
    ON CONFLICT DO UPDATE SET quantity = quantity + excluded.quantity;
    DELETE FROM stock_expiry
     WHERE product_id = NEW.product_id AND expiry = NEW.expiry AND quantity = 0;
END;

CREATE TRIGGER stock_level_removed AFTER DELETE ON stock_level
BEGIN
    UPDATE stock_expiry SET quantity = quantity - OLD.quantity
     WHERE product_id = OLD.product_id AND expiry = OLD.expiry;
    DELETE FROM stock_expiry
     WHERE product_id = OLD.product_id AND expiry = OLD.expiry AND quantity = 0;
END;

CREATE TRIGGER stock_level_changed AFTER UPDATE ON stock_level
BEGIN
    UPDATE stock_expiry SET quantity = quantity - OLD.quantity
     WHERE product_id = OLD.product_id AND expiry = OLD.expiry;
    INSERT INTO stock_expiry (product_id, expiry, quantity)
    VALUES (NEW.product_id, NEW.expiry, NEW.quantity)
    ON CONFLICT DO UPDATE SET quantity = quantity + excluded.quantity;
    DELETE FROM stock_expiry
     WHERE quantity = 0
       AND ((product_id = OLD.product_id AND expiry = OLD.expiry)
         OR (product_id = NEW.product_id AND expiry = NEW.expiry));
END;
