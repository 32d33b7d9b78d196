-- 0016: network recalls at the site (issue #20 item 5; docs/decisions/2026-12-01-hub-recall.md).
-- A recall the hub sends is entered through the site's own recall path, which holds the stock,
-- by the sync agent's principal (custody:sync). This table says which of the hub's recalls is
-- which local recall, so a page pulled again, or a later change of the same recall, never enters
-- it twice.
CREATE TABLE hub_recall (
    hub_id        INTEGER PRIMARY KEY,
    recall_id     INTEGER NOT NULL UNIQUE REFERENCES recall(id),
    -- 1 when the site had entered the recall itself (same number) before the hub's arrived: the
    -- two are the same recall, and the site's own hold stands.
    existed       INTEGER NOT NULL CHECK (existed IN (0, 1)),
    -- When and by whom the hub closed it, once it has (the site closes its own with a signature).
    closed_at_hub TEXT,
    -- The changelog cursor of the change last applied, and when this site first received it.
    cursor        INTEGER NOT NULL,
    received_at   TEXT NOT NULL
);
