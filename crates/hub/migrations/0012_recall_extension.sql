-- Network recalls widened after they were entered (issue #20 item 5;
-- docs/decisions/2026-12-01-hub-recall.md, addendum of 2026-12-02): a manufacturer adds lots or
-- serials of the same GTIN, and a QA officer adds them (`custody-hub recall extend`). The recall's
-- own row holds its whole scope, as the sites and the reconciliation read it; this table keeps
-- who added what, when and why. Applying it again (a hub whose recorded version was set back)
-- changes nothing.
CREATE TABLE IF NOT EXISTS network_recall_extension (
    id          bigserial PRIMARY KEY,
    recall_id   bigint NOT NULL REFERENCES network_recall (id),
    -- Only what was new: a lot or serial the recall covered already is not repeated.
    lots        text[] NOT NULL,
    serials     text[] NOT NULL,
    reason      text NOT NULL CHECK (reason <> ''),
    extended_by text NOT NULL CHECK (extended_by <> ''),
    extended_at timestamptz NOT NULL DEFAULT now(),
    CHECK (cardinality(lots) + cardinality(serials) > 0)
);
CREATE INDEX IF NOT EXISTS network_recall_extension_recall
    ON network_recall_extension (recall_id);
