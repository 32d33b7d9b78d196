-- 0039: a count's packs counted so far, kept beside the count (issue #21). Every count scan
-- answers with how many packs the count has so far, and that was counted again for each scan
-- over the count's scan rows (raw scan, time and all): a scan near the end of an 18,000-pack
-- count read about 18,000 rows, so a count scan's cost grew with the count (p50 about 1 ms,
-- p99 3–4 ms on the hospital file). Kept here by the scan rows' own triggers, it is one row
-- read whatever the count's size. A pack is a scan row with a serial; a lot's quantity (serial
-- '') is not a pack. A count has no row until its first pack. Decision:
-- docs/decisions/2026-12-02-history-independent-levels.md.
--
-- Made again from the scan rows if run again (a file rewound to an older version by hand).
DROP TRIGGER IF EXISTS stock_count_scan_pack_added;
DROP TRIGGER IF EXISTS stock_count_scan_pack_removed;
DROP TRIGGER IF EXISTS stock_count_scan_pack_moved;
DROP TABLE IF EXISTS stock_count_packs;

CREATE TABLE stock_count_packs (
    count_id  INTEGER PRIMARY KEY REFERENCES stock_count(id) ON DELETE CASCADE,
    packs     INTEGER NOT NULL
);

INSERT INTO stock_count_packs (count_id, packs)
SELECT count_id, count(*) FROM stock_count_scan WHERE serial <> '' GROUP BY count_id;

CREATE TRIGGER stock_count_scan_pack_added AFTER INSERT ON stock_count_scan
WHEN NEW.serial <> ''
BEGIN
    INSERT INTO stock_count_packs (count_id, packs) VALUES (NEW.count_id, 1)
    ON CONFLICT (count_id) DO UPDATE SET packs = packs + 1;
END;

CREATE TRIGGER stock_count_scan_pack_removed AFTER DELETE ON stock_count_scan
WHEN OLD.serial <> ''
BEGIN
    UPDATE stock_count_packs SET packs = packs - 1 WHERE count_id = OLD.count_id;
END;

CREATE TRIGGER stock_count_scan_pack_moved AFTER UPDATE OF count_id, serial ON stock_count_scan
BEGIN
    UPDATE stock_count_packs SET packs = packs - 1
     WHERE count_id = OLD.count_id AND OLD.serial <> '';
    INSERT INTO stock_count_packs (count_id, packs)
    SELECT NEW.count_id, 1 WHERE NEW.serial <> ''
    ON CONFLICT (count_id) DO UPDATE SET packs = packs + 1;
END;
