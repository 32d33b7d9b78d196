-- 0015: the pull feed at the site (issue #20; docs/decisions/2026-12-01-hub-feed.md). The hub
-- owns the network's products, partners and sites and sends the site what it uses, with the
-- counterfeit alarms that concern it. A page of the feed is applied in one transaction together
-- with the cursor it ends at, so a pull cut off halfway leaves the site where it was.
-- Nothing here is on the ledger: pulled master data is named by the same GTINs and codes the
-- ledger already hashes, and a code that clashes is mapped, never rewritten.

-- How far the site has pulled the hub's changelog, and when it last did.
ALTER TABLE sync_state ADD COLUMN pull_cursor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_state ADD COLUMN last_pull_at TEXT;

-- Which local partner each of the hub's partners and sites is. Usually the partner with the
-- same code; when the site already had a different partner under that code (its ledger names
-- it, so it cannot be renamed), the hub's is kept under a local code of its own and
-- `clash_with` names the site's partner that holds the hub's code.
CREATE TABLE hub_partner (
    hub_code   TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('partner', 'site')),
    partner_id INTEGER NOT NULL UNIQUE REFERENCES partner(id),
    clash_with INTEGER REFERENCES partner(id),
    mapped_at  TEXT NOT NULL
);

-- The hub's counterfeit alarms about packs this site has an event of, as they last stood.
CREATE TABLE hub_alarm (
    id          INTEGER PRIMARY KEY,
    gtin        TEXT NOT NULL,
    serial      TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('open', 'cleared', 'resolved')),
    last_change TEXT NOT NULL CHECK (last_change IN ('raised', 'updated', 'cleared', 'resolved')),
    -- JSON arrays of text: the patterns' names and the sites whose events show them.
    patterns    TEXT NOT NULL,
    sites       TEXT NOT NULL,
    raised_at   TEXT NOT NULL,
    closed      TEXT,
    -- The changelog cursor of the change last applied, and when this site received it.
    cursor      INTEGER NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX hub_alarm_open ON hub_alarm(gtin, serial) WHERE state = 'open';
