-- The network views, kept up to date inside each push's transaction (crates/hub/src/views/):
-- each serialized pack's last state at each site, transfers between network sites matched with
-- their receipts, and counterfeit alarms about one pack each. All of them are derived from the
-- `event` and `event_line` tables and can be rebuilt from them (`views::recompute`);
-- docs/decisions/2026-12-01-hub-views-and-alarms.md gives the rules.

-- The hub's settings, one integer each.
CREATE TABLE hub_setting (
    name  text PRIMARY KEY,
    value integer NOT NULL CHECK (value >= 0)
);
-- A transfer still in transit this many days after it was sent is listed as lost.
INSERT INTO hub_setting (name, value) VALUES ('lost_after_days', 14);

-- The event's partner, which the views join on (a partner whose code is a site's is that network
-- site). Derived from the jsonb copy, so it is never written apart from the event.
ALTER TABLE event ADD COLUMN counterparty text GENERATED ALWAYS AS (body->>'counterparty') STORED;

-- Each serialized pack's last state at each site, by that site's sequence (not by clock).
CREATE TABLE unit_state (
    gtin             text NOT NULL,
    serial           text NOT NULL,
    site_id          bigint NOT NULL REFERENCES site (id),
    lot              text,
    status           text,
    location         text,
    -- The last event's partner: the ward, customer, supplier or site a gone pack went to.
    partner          text,
    last_seq         bigint NOT NULL,
    last_kind        text NOT NULL,
    last_occurred_at text NOT NULL,
    PRIMARY KEY (gtin, serial, site_id)
);
-- Recall reach: a lot across the network.
CREATE INDEX unit_state_gtin_lot ON unit_state (gtin, lot);

-- Transfers out of one network site to another, each paired with the receiving site's receipt
-- from that sender: the k-th send of an item from A to B with B's k-th receipt of it from A.
-- An item is a pack (`s:` and its serial) or a lot of lot-tracked stock (`l:` and the lot).
-- Either side may be missing: a send not (yet) received, a receipt whose send is not (yet) here.
CREATE TABLE transfer_match (
    from_site_id      bigint NOT NULL REFERENCES site (id),
    to_site_id        bigint NOT NULL REFERENCES site (id),
    gtin              text NOT NULL,
    item              text NOT NULL,
    ordinal           bigint NOT NULL,
    serial            text,
    lot               text,
    send_seq          bigint,
    send_line         bigint,
    quantity_sent     bigint,
    sent_at           text,
    receipt_seq       bigint,
    receipt_line      bigint,
    quantity_received bigint,
    received_at       text,
    PRIMARY KEY (gtin, item, from_site_id, to_site_id, ordinal),
    CHECK (send_seq IS NOT NULL OR receipt_seq IS NOT NULL)
);
CREATE INDEX transfer_match_open ON transfer_match (sent_at) WHERE receipt_seq IS NULL;

-- Counterfeit alarms are about one pack across the network, not one site: no site of their own,
-- the pack, and the patterns the events held show, each with the (site, seq) events showing it.
-- One is open per pack at a time. An alarm whose patterns all disappear (a late transfer out
-- explains a receipt) is cleared, with when and why, and kept.
ALTER TABLE alarm ALTER COLUMN site_id DROP NOT NULL;
ALTER TABLE alarm
    ADD COLUMN gtin text,
    ADD COLUMN serial text,
    ADD COLUMN patterns jsonb,
    ADD COLUMN updated_at timestamptz,
    ADD COLUMN cleared_at timestamptz,
    ADD COLUMN cleared_reason text,
    ADD CONSTRAINT alarm_about CHECK (
        CASE WHEN kind = 'counterfeit'
             THEN gtin IS NOT NULL AND serial IS NOT NULL AND patterns IS NOT NULL
             ELSE site_id IS NOT NULL END),
    ADD CONSTRAINT alarm_cleared CHECK ((cleared_at IS NULL) = (cleared_reason IS NULL));
CREATE UNIQUE INDEX alarm_open_pack ON alarm (gtin, serial)
    WHERE kind = 'counterfeit' AND resolved_at IS NULL AND cleared_at IS NULL;
CREATE INDEX alarm_pack ON alarm (gtin, serial) WHERE kind = 'counterfeit';
