-- 0009: the expiry list is read a page at a time, earliest expiry first, straight from SQLite:
-- lot quantities in expiry order beside the packs' (covering: the Home figures sum them from it
-- alone), and one location's packs in expiry order.
CREATE INDEX lot_stock_in_stock_expiry ON lot_stock(expiry, product_id, lot, location_id, quantity) WHERE status = 'in_stock';
CREATE INDEX unit_in_stock_location_expiry ON unit(location_id, expiry, product_id, lot) WHERE status = 'in_stock';
