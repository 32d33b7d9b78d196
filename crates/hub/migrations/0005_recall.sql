-- Network recalls (issue #20 item 5; docs/decisions/2026-12-01-hub-recall.md): a QA officer at
-- the hub enters a recall once; it goes down the feed to every site that uses its product, where
-- the site's own recall path holds the stock; the sites' hold and outcome events come back with
-- their pushes, and the hub reconciles them until the recall can be closed.

CREATE TABLE network_recall (
    id          bigserial PRIMARY KEY,
    -- The firm's or regulator's recall number; the sites' recalls carry it, and so do the
    -- ledger events of their holds and outcomes (as their reference).
    number      text NOT NULL UNIQUE CHECK (number <> ''),
    gtin        text NOT NULL CHECK (gtin ~ '^[0-9]{14}$'),
    lots        text[] NOT NULL,
    serials     text[] NOT NULL,
    class       text NOT NULL CHECK (class IN ('I', 'II', 'III', 'withdrawal')),
    title       text NOT NULL CHECK (title <> ''),
    reason      text NOT NULL CHECK (reason <> ''),
    issued_on   date NOT NULL,
    entered_by  text NOT NULL CHECK (entered_by <> ''),
    entered_at  timestamptz NOT NULL DEFAULT now(),
    closed_at   timestamptz,
    closed_by   text,
    CHECK (cardinality(lots) + cardinality(serials) > 0),
    CHECK ((closed_at IS NULL) = (closed_by IS NULL))
);
CREATE INDEX network_recall_gtin ON network_recall (gtin);

-- A recall travels in the changelog as the record it now is, to the sites using its GTIN.
ALTER TABLE changelog DROP CONSTRAINT changelog_kind_check;
ALTER TABLE changelog ADD CONSTRAINT changelog_kind_check
    CHECK (kind IN ('product', 'partner', 'site', 'alarm', 'recall'));
CREATE INDEX changelog_recall_gtin ON changelog ((payload->>'gtin')) WHERE kind = 'recall';

-- The sites' events that name a recall (their holds and outcomes), found by its number.
CREATE INDEX event_reference ON event ((body->>'reference')) WHERE body->>'reference' IS NOT NULL;
