-- 0040: a count's progress kept in one row (issue #21): the packs expected, the packs counted
-- and the lots' quantity counted so far. 0039 kept the packs for the scan's own answer; the
-- count screen asks for the whole header after every scan it records, and the header still
-- counted the count's expected rows and added up its scan rows: about 18,000 rows each at the
-- end of an 18,000-pack count, so what the screen showed after a scan still cost what the count's
-- size costs. The list of counts added them up per count too. Now every count has its row from
-- the moment it starts, kept by triggers on the count, its expected rows and its scan rows,
-- and the header, the list and the scan's answer read that one row. Replaces 0039's table.
-- Decision: docs/decisions/2026-12-02-history-independent-levels.md.
--
-- Made again from the rows if run again (a file rewound to an older version by hand).
DROP TRIGGER IF EXISTS stock_count_scan_pack_added;
DROP TRIGGER IF EXISTS stock_count_scan_pack_removed;
DROP TRIGGER IF EXISTS stock_count_scan_pack_moved;
DROP TABLE IF EXISTS stock_count_packs;

DROP TRIGGER IF EXISTS stock_count_tally_started;
DROP TRIGGER IF EXISTS stock_count_tally_expected_added;
DROP TRIGGER IF EXISTS stock_count_tally_expected_removed;
DROP TRIGGER IF EXISTS stock_count_tally_expected_moved;
DROP TRIGGER IF EXISTS stock_count_tally_scan_added;
DROP TRIGGER IF EXISTS stock_count_tally_scan_removed;
DROP TRIGGER IF EXISTS stock_count_tally_scan_changed;
DROP TABLE IF EXISTS stock_count_tally;

-- A pack is a scan row with a serial; a lot's row (serial '') adds its quantity, not a pack.
CREATE TABLE stock_count_tally (
    count_id      INTEGER PRIMARY KEY REFERENCES stock_count(id) ON DELETE CASCADE,
    expected      INTEGER NOT NULL DEFAULT 0,
    packs         INTEGER NOT NULL DEFAULT 0,
    lot_quantity  INTEGER NOT NULL DEFAULT 0
);

INSERT INTO stock_count_tally (count_id, expected, packs, lot_quantity)
SELECT c.id,
       (SELECT count(*) FROM stock_count_expected e WHERE e.count_id = c.id),
       (SELECT count(*) FROM stock_count_scan s WHERE s.count_id = c.id AND s.serial <> ''),
       (SELECT coalesce(sum(s.quantity), 0) FROM stock_count_scan s
         WHERE s.count_id = c.id AND s.serial = '')
  FROM stock_count c;

CREATE TRIGGER stock_count_tally_started AFTER INSERT ON stock_count
BEGIN
    INSERT INTO stock_count_tally (count_id) VALUES (NEW.id);
END;

CREATE TRIGGER stock_count_tally_expected_added AFTER INSERT ON stock_count_expected
BEGIN
    UPDATE stock_count_tally SET expected = expected + 1 WHERE count_id = NEW.count_id;
END;

CREATE TRIGGER stock_count_tally_expected_removed AFTER DELETE ON stock_count_expected
BEGIN
    UPDATE stock_count_tally SET expected = expected - 1 WHERE count_id = OLD.count_id;
END;

CREATE TRIGGER stock_count_tally_expected_moved AFTER UPDATE OF count_id ON stock_count_expected
BEGIN
    UPDATE stock_count_tally SET expected = expected - 1 WHERE count_id = OLD.count_id;
    UPDATE stock_count_tally SET expected = expected + 1 WHERE count_id = NEW.count_id;
END;

CREATE TRIGGER stock_count_tally_scan_added AFTER INSERT ON stock_count_scan
BEGIN
    UPDATE stock_count_tally
       SET packs = packs + (NEW.serial <> ''),
           lot_quantity = lot_quantity + CASE WHEN NEW.serial = '' THEN NEW.quantity ELSE 0 END
     WHERE count_id = NEW.count_id;
END;

CREATE TRIGGER stock_count_tally_scan_removed AFTER DELETE ON stock_count_scan
BEGIN
    UPDATE stock_count_tally
       SET packs = packs - (OLD.serial <> ''),
           lot_quantity = lot_quantity - CASE WHEN OLD.serial = '' THEN OLD.quantity ELSE 0 END
     WHERE count_id = OLD.count_id;
END;

CREATE TRIGGER stock_count_tally_scan_changed
AFTER UPDATE OF count_id, serial, quantity ON stock_count_scan
BEGIN
    UPDATE stock_count_tally
       SET packs = packs - (OLD.serial <> ''),
           lot_quantity = lot_quantity - CASE WHEN OLD.serial = '' THEN OLD.quantity ELSE 0 END
     WHERE count_id = OLD.count_id;
    UPDATE stock_count_tally
       SET packs = packs + (NEW.serial <> ''),
           lot_quantity = lot_quantity + CASE WHEN NEW.serial = '' THEN NEW.quantity ELSE 0 END
     WHERE count_id = NEW.count_id;
END;
