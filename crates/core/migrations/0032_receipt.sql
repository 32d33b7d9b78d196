-- 0032: what arrived from whom, by local day (issue #23). The supplier quality insight reads a
-- year of arrivals (700,000 lines on a hospital): through the ledger, each receipt event found by
-- its time (`event_arrival`) cost a search of `event_line` for its line, over a second. This
-- projection holds each arrival line with what the insight reads of it and of its event, in the
-- order of the local day it occurred on: a receipt line, or a pack a receipt session held as
-- suspect because its serial was already known (a `mark_suspect` event naming the supplier, of a
-- pack in stock, quarantined or gone for good before it: `duplicate`).
--
-- Kept by the appender in the transaction of each line (src/ledger/receipt.rs says the rule),
-- filled here for the ledger a file already holds (with the day as `consumption` reads it), and
-- rebuilt from the ledger and compared by `verify` (every day in full, the days touched
-- incrementally).
CREATE TABLE receipt (
    day              TEXT NOT NULL,
    event_seq        INTEGER NOT NULL,
    line_no          INTEGER NOT NULL,
    supplier_id      INTEGER,
    location_id      INTEGER,
    product_id       INTEGER NOT NULL,
    serial           TEXT,
    lot              TEXT,
    expiry           TEXT,
    quantity         INTEGER NOT NULL,
    unit_cost_cents  INTEGER,
    duplicate        INTEGER NOT NULL CHECK (duplicate IN (0, 1)),
    PRIMARY KEY (day, event_seq, line_no)
) WITHOUT ROWID;

INSERT INTO receipt (day, event_seq, line_no, supplier_id, location_id, product_id, serial, lot,
    expiry, quantity, unit_cost_cents, duplicate)
SELECT date(e.occurred_at, printf('%+d minutes', e.occurred_offset)), l.event_seq, l.line_no,
    e.counterparty_id, e.location_id, l.product_id, l.serial, l.lot, l.expiry, l.quantity,
    l.unit_cost_cents, e.kind = 'mark_suspect'
FROM event e JOIN event_line l ON l.event_seq = e.seq
WHERE e.kind = 'receive'
   OR (e.kind = 'mark_suspect' AND e.counterparty_id IS NOT NULL AND l.serial IS NOT NULL
       AND l.status_before IN ('in_stock', 'quarantined', 'dispensed', 'destroyed',
                               'returned_to_supplier'));
