-- 0018: the lot quantities held in quarantine, by product. Home's quarantine figure and a
-- product's position read them from this small index instead of every lot row (held or not)
-- the site or the product ever had.
CREATE INDEX lot_stock_quarantined ON lot_stock(product_id, location_id, quantity)
    WHERE status = 'quarantined';
