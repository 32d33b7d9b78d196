-- The sites' recall outcomes that are not on their ledgers (issue #20 item 5;
-- docs/decisions/2026-12-01-hub-recall.md, addendum of 2026-12-02): a patient or ward notified,
-- a pack that left not traceable, for a network recall, sent by the site after its push
-- (`POST /v1/sites/{site}/recall-outcomes`). The reconciliation reads them beside the packs'
-- states: a dispensed pack is open until its site says the patient was notified or the pack is
-- not traceable, as it is at the site. No note is kept: the site keeps it (it can name a
-- patient). An outcome is stored once, whatever a site sends again. Applying it again (a hub
-- whose recorded version was set back) changes nothing.
CREATE TABLE IF NOT EXISTS site_outcome (
    id           bigserial PRIMARY KEY,
    site_id      bigint NOT NULL REFERENCES site (id),
    recall_id    bigint NOT NULL REFERENCES network_recall (id),
    gtin         text NOT NULL CHECK (gtin ~ '^[0-9]{14}$'),
    -- A pack's serial (its lot too, when known); a lot-tracked quantity has a lot and no serial.
    serial       text,
    lot          text,
    -- The status the item had at the site when the outcome was recorded.
    status       text NOT NULL CHECK (status IN ('dispensed', 'transferred_out', 'missing')),
    outcome      text NOT NULL CHECK (outcome IN ('notified', 'not_found')),
    quantity     bigint NOT NULL CHECK (quantity >= 0),
    -- The site's clock, UTC as its ledger writes times, and the username there.
    recorded_at  text NOT NULL,
    recorded_by  text NOT NULL CHECK (recorded_by <> ''),
    received_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (serial IS NOT NULL OR lot IS NOT NULL),
    UNIQUE NULLS NOT DISTINCT (site_id, recall_id, gtin, serial, lot, status, outcome)
);
-- The reconciliation finds a pack's outcome by its serial, a lot quantity's by its lot.
CREATE INDEX IF NOT EXISTS site_outcome_pack ON site_outcome (recall_id, site_id, gtin, serial)
    WHERE serial IS NOT NULL;
CREATE INDEX IF NOT EXISTS site_outcome_lot ON site_outcome (recall_id, site_id, gtin, lot, status)
    WHERE serial IS NULL;
