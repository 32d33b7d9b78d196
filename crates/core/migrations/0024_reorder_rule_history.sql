-- 0024: every change of a reorder rule, from now on (issue #23): who, when, the levels before
-- and after, so the rule in force on a past day is known (the consumption trends compare use
-- with it). Written by the store in the transaction that writes `reorder_rule`; a save that
-- changes nothing writes no row. `old_*` NULL: the rule was new; `new_*` NULL: it was removed.
-- `changed_at` is UTC as stored everywhere, `changed_offset` the local offset in minutes east of
-- UTC where it happened, so a change's local day is known without guessing the site's zone.
CREATE TABLE reorder_rule_change (
    id                  INTEGER PRIMARY KEY,
    product_id          INTEGER NOT NULL REFERENCES product(id),
    location_id         INTEGER NOT NULL REFERENCES location(id),
    changed_at          TEXT NOT NULL,
    changed_offset      INTEGER NOT NULL,
    changed_by          INTEGER NOT NULL REFERENCES user(id),
    old_reorder_point   INTEGER,
    old_par_level       INTEGER,
    old_lead_time_days  INTEGER,
    new_reorder_point   INTEGER,
    new_par_level       INTEGER,
    new_lead_time_days  INTEGER,
    CHECK ((old_reorder_point IS NULL) = (old_par_level IS NULL)
       AND (old_par_level IS NULL) = (old_lead_time_days IS NULL)),
    CHECK ((new_reorder_point IS NULL) = (new_par_level IS NULL)
       AND (new_par_level IS NULL) = (new_lead_time_days IS NULL)),
    CHECK (old_reorder_point IS NOT NULL OR new_reorder_point IS NOT NULL)
);
CREATE INDEX reorder_rule_change_rule ON reorder_rule_change(product_id, location_id, changed_at);

-- The rules in force when history starts, each as new at its last update, so the rule in force
-- today is known. Their local offset was never kept: the site's latest custody event's is taken
-- (a user's enrolment is the system's, in UTC; UTC on a database without custody events).
INSERT INTO reorder_rule_change (product_id, location_id, changed_at, changed_offset, changed_by,
                                 new_reorder_point, new_par_level, new_lead_time_days)
SELECT product_id, location_id, updated_at,
       coalesce((SELECT occurred_offset FROM event WHERE subject_user_id IS NULL
                  ORDER BY seq DESC LIMIT 1), 0),
       updated_by, reorder_point, par_level, lead_time_days
  FROM reorder_rule
 ORDER BY updated_at, product_id, location_id;
