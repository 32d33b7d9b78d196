-- 0041: a recall's reach shows, for every pack it covers, when its last event happened, that
-- event's document and its partner (where a dispensed pack went, which site a transfer reached).
-- The reach read them from `event` by the pack's last sequence number: on the six-year file
-- about 9,400 of a 10,700-pack reach had left long ago, each last event on a page of its own in
-- 16 GB of history, so the first reach after a recall read thousands of pages from disk
-- (issue #21: p99 174 ms, budget 80). The pack's row now keeps a copy of those four columns of
-- its last event, written by the appender with `last_event_seq`, and `unit_product_lot` (the
-- index a reach and a hold read a product's packs from) carries them, so a reach reads one range
-- of one index and nothing of the history. `verify` compares the copy with the event it names.
-- Decision: docs/decisions/2026-12-02-history-independent-levels.md.
--
-- The time is kept as whole seconds since 1970 (UTC), which is what the reach shows, rather than
-- as the event's 27 characters: the copy is in each pack's row and in its entry of that index,
-- and a number is 4 to 6 bytes of it where the text would be 27. The fill reads the stored
-- time's whole seconds (its first 19 characters, `YYYY-MM-DDTHH:MM:SS`, always UTC): the fraction
-- is dropped as the appender drops it, whatever SQLite's own rounding of a fraction.
--
-- Filling them reads each pack's last event once: 6–9 s for the hospital's million packs and 48 s
-- for the six-year file's five million, from a cold disk. The index is dropped first, so the fill
-- writes only the rows, and built again once, by sorting; a file analysed before has the
-- index's statistics taken again after this SQL (`ledger::enrol::after_migration`), or its
-- plans would no longer know it.
DROP INDEX unit_product_lot;

ALTER TABLE unit ADD COLUMN last_at_unix INTEGER;
ALTER TABLE unit ADD COLUMN last_offset INTEGER;
ALTER TABLE unit ADD COLUMN last_reference TEXT;
ALTER TABLE unit ADD COLUMN last_counterparty_id INTEGER;

UPDATE unit SET (last_at_unix, last_offset, last_reference, last_counterparty_id) =
    (SELECT unixepoch(substr(e.occurred_at, 1, 19) || 'Z'), e.occurred_offset, e.reference, e.counterparty_id
       FROM event e WHERE e.seq = unit.last_event_seq);

CREATE INDEX unit_product_lot
    ON unit(product_id, lot, serial, expiry, status, location_id, last_event_seq,
            last_at_unix, last_offset, last_reference, last_counterparty_id);
