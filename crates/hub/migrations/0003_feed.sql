-- The pull feed (docs/decisions/2026-12-01-hub-feed.md): the master data the hub owns (the
-- network's products and trading partners; its sites are in `site`), what each site uses, and
-- one changelog of every change a site may pull, by a cursor. Every transaction that writes the
-- changelog first takes one transaction-level advisory lock, so cursors are handed out in commit
-- order and a site paging by cursor can never pass a change that commits late.

CREATE TABLE product (
    gtin         text PRIMARY KEY CHECK (gtin ~ '^[0-9]{14}$'),
    name         text NOT NULL CHECK (name <> ''),
    generic_name text,
    form         text,
    strength     text,
    pack_size    bigint CHECK (pack_size > 0),
    manufacturer text,
    tracking     text NOT NULL CHECK (tracking IN ('serial', 'lot')),
    storage      text,
    controlled   boolean NOT NULL DEFAULT false,
    ndc          text,
    pzn          text,
    cip          text,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE partner (
    code       text PRIMARY KEY CHECK (code <> ''),
    name       text NOT NULL CHECK (name <> ''),
    kind       text NOT NULL CHECK (kind IN ('supplier', 'distributor', 'manufacturer')),
    gln        text CHECK (gln IS NULL OR gln ~ '^[0-9]{13}$'),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- What a site uses, and so is sent: a product whose GTIN its pushed events name, a partner its
-- pushed events name (`pushed`, kept by the push itself), or one an administrator declared for
-- it before its first event (`declared`). A use is never taken back: a site that once held a
-- product keeps hearing of it.
CREATE TABLE site_use (
    site_id bigint NOT NULL REFERENCES site (id),
    kind    text NOT NULL CHECK (kind IN ('product', 'partner')),
    key     text NOT NULL,
    reason  text NOT NULL CHECK (reason IN ('pushed', 'declared')),
    since   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site_id, kind, key)
);

-- Every change a site may pull, with the record as it stood after the change. A row for one site
-- only (`for_site_id`) is owed to a site that began to use a record after the record's own rows,
-- which lie behind that site's cursor. An alarm's row names the sites it concerns.
CREATE TABLE changelog (
    cursor      bigserial PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('product', 'partner', 'site', 'alarm')),
    key         text NOT NULL,
    for_site_id bigint REFERENCES site (id),
    sites       text[],
    payload     jsonb NOT NULL,
    written_at  timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'alarm') = (sites IS NOT NULL))
);
CREATE INDEX changelog_owed ON changelog (for_site_id, cursor) WHERE for_site_id IS NOT NULL;
-- A record's rows, the latest of which a site that begins to use it is owed.
CREATE INDEX changelog_record ON changelog (kind, key, cursor);
CREATE INDEX changelog_alarm_sites ON changelog USING gin (sites) WHERE kind = 'alarm';

CREATE TRIGGER changelog_append_only BEFORE UPDATE OR DELETE ON changelog
    FOR EACH ROW EXECUTE FUNCTION custody_append_only();
CREATE TRIGGER changelog_no_truncate BEFORE TRUNCATE ON changelog
    FOR EACH STATEMENT EXECUTE FUNCTION custody_append_only();

-- A hub that ran before this migration: what its sites already pushed is what they use, its
-- sites are announced, and its counterfeit alarms are sent as they stand.
INSERT INTO site_use (site_id, kind, key, reason)
    SELECT DISTINCT site_id, 'product', gtin, 'pushed' FROM event_line;
INSERT INTO site_use (site_id, kind, key, reason)
    SELECT DISTINCT site_id, 'partner', counterparty, 'pushed' FROM event
    WHERE counterparty IS NOT NULL;
INSERT INTO changelog (kind, key, payload)
    SELECT 'site', code, jsonb_build_object('kind', 'site', 'code', code, 'name', name)
    FROM site ORDER BY id;
