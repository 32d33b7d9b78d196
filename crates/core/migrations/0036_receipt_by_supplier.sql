-- 0036: one supplier's arrival lines, and who else delivered the same packs and lots, read from
-- indexes (issue #23). Dwell `--supplier` keeps the stock its supplier sent first, the packs and
-- lots whose earliest arrival line (duplicates' holds excepted) names it; without an index that
-- names a supplier it read the whole `receipt` projection (0032), 76 MB whose pages the appender
-- scattered through the file: 0.59 s of a hospital's year. Both indexes are built here in one go,
-- so their pages lie together, and each carries what the question reads (`duplicate` too, so that
-- SQLite never reads the table to check it).
--
-- `receipt_supplier`: a supplier's lines, by product, serial and lot (`SEARCH ... (supplier_id=?
-- AND duplicate=?)`). `receipt_key`: a pack's lines by its serial, a lot's by its code, in ledger
-- order, so that whether anyone delivered one of those earlier is one seek (`SEARCH ...
-- (product_id=? AND serial=?)`, and `lot=? AND event_seq<?` for a lot).
CREATE INDEX receipt_supplier
    ON receipt(supplier_id, duplicate, product_id, serial, lot, event_seq);
CREATE INDEX receipt_key
    ON receipt(product_id, serial, lot, event_seq, supplier_id, duplicate);
