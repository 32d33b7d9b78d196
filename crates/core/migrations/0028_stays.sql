-- 0028: stays (issue #23). Where stock is held, since when, and until when: one row per
-- stretch of a pack (or of a lot quantity) held at one location in one status (`in_stock` or
-- `quarantined`). A row is open (`until_seq` NULL) while the stock is there in that status; the
-- line that moves it on or changes its status closes it. `held_*` is when the stock arrived at
-- the location, which a status change in place carries over to the next row; `departs` says the
-- closing line took the stock away from the location (a stay ended), so dwell time is
-- `seconds` of the rows that depart. Lot quantities leave first in, first out: a partial
-- departure closes the part taken as its own row and leaves the rest open.
--
-- Kept by the appender in the transaction of each line (src/ledger/stays), filled for the
-- ledger a database already holds by this migration's step, and rebuilt from the ledger and
-- compared by `verify` (per product in full, per touched pack and lot incrementally).
CREATE TABLE stay (
    id              INTEGER PRIMARY KEY,
    product_id      INTEGER NOT NULL,
    serial          TEXT,
    lot             TEXT,
    location_id     INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('in_stock', 'quarantined')),
    quantity        INTEGER NOT NULL CHECK (quantity > 0),
    held_seq        INTEGER NOT NULL,
    held_at         TEXT NOT NULL,
    held_day        TEXT NOT NULL,
    since_seq       INTEGER NOT NULL,
    since_day       TEXT NOT NULL,
    until_seq       INTEGER,
    until_at        TEXT,
    until_day       TEXT,
    seconds         INTEGER,
    departs         INTEGER NOT NULL DEFAULT 0 CHECK (departs IN (0, 1))
);

-- A pack's or a lot's rows: the open ones at a place are what the appender closes, and all of
-- them are what an incremental `verify` compares for each pack and lot touched.
CREATE INDEX stay_open ON stay(product_id, serial, lot, location_id, status);
-- Stock held since before a day: dwell's waiting list, from the index alone.
CREATE INDEX stay_waiting
    ON stay(held_day, location_id, product_id, serial, lot, status, quantity, until_seq)
    WHERE until_seq IS NULL;
-- Stays that ended in a period: dwell's lengths, read from the index alone (`departs` is in it
-- too: SQLite reads a partial index's own condition column from the table otherwise).
CREATE INDEX stay_departed
    ON stay(until_at, until_day, location_id, product_id, quantity, seconds, departs)
    WHERE departs = 1;
-- A product's stock at a location on a past day (waste's prediction): the rows that ended
-- after it or are open, narrowed on the index's columns before a row is read.
CREATE INDEX stay_place ON stay(product_id, location_id, until_day, since_day, status);
