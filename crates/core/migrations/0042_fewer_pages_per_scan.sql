-- 0042: fewer pages written by each scan (issue #21). Every index on a table a scan changes is
-- a page more in the write-ahead log at its commit, and at a person's pace each page costs
-- several times what it costs back to back. Read from the log of 80 dispenses and 50 receipts
-- on a copy of the hospital file (the pages each frame names, by `dbstat`), three indexes wrote
-- pages that nothing reads, or that a smaller one gives:
--
-- * `event_arrival` (0027), a page and a half of every receipt and suspect marking: the supplier
--   quality insight read arrivals through it until the `receipt` projection (0032) took its
--   place, and no statement names its condition any more, so SQLite never reads it.
-- * `stay_departed` (0028), a page of every stay that ends (each dispense, transfer, destruction):
--   `stay_departed_whose` (0033) holds the same stays with the same columns and the serial and lot
--   besides, ordered by local day and then time, and dwell's period query bounds both; it reads
--   that one now.
-- * `unit_location` (0001) kept the packs that have left, at no location (three in four of a
--   hospital's packs, more each year), and a dispense moved the pack's entry from its shelf into
--   that crowd: two pages. Every statement that reads it names a location, so it keeps only the
--   packs that have one; a dispense now only takes the entry out.
--
-- Decision: docs/decisions/2026-12-02-history-independent-levels.md. A file analysed before has
-- the new index's statistics taken after this SQL (`ledger::enrol::after_migration`).
DROP INDEX IF EXISTS event_arrival;
DROP INDEX IF EXISTS stay_departed;
DROP INDEX IF EXISTS unit_location;
CREATE INDEX unit_location ON unit(location_id, product_id, status) WHERE location_id IS NOT NULL;
