-- 0014: the site's side of the hospital network (issue #20). One row holds where this site
-- stands with the hub: the hub's address, the site's Ed25519 key (its 32-byte seed: a backup of
-- the file carries the key, as it carries the ledger the key signs for), the bearer token the
-- hub gave at enrolment, and how far the hub has acknowledged the chain. None of it is on the
-- ledger: enrolling changes nothing any event hashes, and the chain itself says what was pushed.
-- The state is what the status bar shows; `not_enrolled` until an administrator enrols.

CREATE TABLE sync_state (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    hub                 TEXT,
    key_seed            BLOB CHECK (key_seed IS NULL OR length(key_seed) = 32),
    token               TEXT,
    enrolled_at         TEXT,
    enrolled_by         INTEGER REFERENCES user(id),
    -- The last event the hub acknowledged holding, and its hash (the site's own, checked equal
    -- to the hub's): 0 and no hash before anything was acknowledged.
    acked_seq           INTEGER NOT NULL DEFAULT 0 CHECK (acked_seq >= 0),
    acked_hash          BLOB CHECK (acked_hash IS NULL OR length(acked_hash) = 32),
    last_success_at     TEXT,
    -- Set by the first failed attempt to reach the hub, cleared by the next answer from it.
    offline_since       TEXT,
    last_refusal_code   TEXT,
    last_refusal_message TEXT,
    state               TEXT NOT NULL DEFAULT 'not_enrolled'
        CHECK (state IN ('not_enrolled', 'ok', 'offline', 'fork', 'suspended', 'refused')),
    CHECK ((state = 'not_enrolled') = (hub IS NULL)),
    CHECK (hub IS NULL OR (key_seed IS NOT NULL AND token IS NOT NULL AND enrolled_at IS NOT NULL))
);

INSERT INTO sync_state (id) VALUES (1);
