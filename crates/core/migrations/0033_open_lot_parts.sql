-- 0033: a lot's open parts at a place, in order (issue #23). Dwell's waiting list counts each lot
-- held at a place since its oldest part arrived, so it adds up every open part of every lot
-- (300,000 on a hospital) by place, product, lot and status; read in this index's order, the
-- parts of one lot come together and SQLite adds them up as they stream, with no hashing of lot
-- codes and no sort. `serial` and `until_seq` are in the index so that SQLite checks its
-- condition without reading the table (as for `stay_waiting`).
CREATE INDEX stay_open_lot
    ON stay(location_id, product_id, lot, status, held_day, quantity, serial, until_seq)
    WHERE until_seq IS NULL AND serial IS NULL;

-- The stays that ended in a period with the pack's serial or the lot each was of, for dwell
-- `--supplier`, which keeps those whose stock its supplier sent first: read from `stay_departed`
-- each stay's serial and lot cost a seek into the table (1.3 million for a hospital's year, in
-- the index's time order and not the table's: 4.7 s). A separate index, so that dwell without a
-- supplier keeps reading the narrow one.
CREATE INDEX stay_departed_whose
    ON stay(until_day, until_at, location_id, product_id, quantity, seconds, serial, lot, departs)
    WHERE departs = 1;
