-- 0034: the outbox of requests to the national verification systems (issue #25; the queue's
-- rules are docs/decisions/2026-12-03-national-verification.md). A dispense at a site that
-- verifies at dispense queues a decommission here in the same transaction as its ledger event,
-- so a request is never lost and never made without the event that caused it; the drainer
-- (custody-national's `drain`, acting as `custody:verification`) sends it when a network is
-- there and records the answer.
--
-- Every request is a ledger event (`nvs_request`, `request_seq`) and every final answer too
-- (`nvs_result`, `result_seq`): docs/decisions/2026-12-01-ledger-format.md says what they hold.
-- Can `verify` rebuild this table? What it is: yes. Each `nvs_request` event names the request
-- id, kind, reason, market and pack key, and each `nvs_result` event the final state, code,
-- words and alert id, so everything but the send bookkeeping can be rebuilt and compared. The
-- bookkeeping cannot: `attempts`, `next_attempt_at` and a `sent` state whose outcome is still
-- unknown change at every try and are deliberately not on the ledger (a network that comes
-- and goes would write an event a minute); they are the drainer's working state, like a
-- lockout counter, and a row whose result is not yet on the ledger reads as waiting.
CREATE TABLE nvs_request (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('verify', 'decommission', 'undo')),
    -- Why a decommission (or its undo): supplied, destroyed, exported, sample, free_sample,
    -- locked, stolen. None for a verification.
    reason           TEXT CHECK ((kind = 'verify') = (reason IS NULL)),
    -- `EU-xx` (the country's NMVS) or `US` (the verification router).
    market           TEXT NOT NULL,
    -- The pack key as the national system knows it.
    product_id       INTEGER NOT NULL REFERENCES product(id),
    serial           TEXT NOT NULL,
    lot              TEXT,
    expiry           TEXT,
    state            TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'sent', 'done', 'alert', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    return_code      TEXT,
    words            TEXT,
    alert_id         TEXT,
    -- The `nvs_request` event that queued it, and the `nvs_result` event of its answer.
    request_seq      INTEGER NOT NULL UNIQUE REFERENCES event(seq),
    result_seq       INTEGER UNIQUE REFERENCES event(seq),
    CHECK ((result_seq IS NULL) = (state IN ('pending', 'sent')))
);

-- The drainer's question, "what is due now?", oldest first.
CREATE INDEX nvs_request_due ON nvs_request(next_attempt_at, id)
    WHERE state IN ('pending', 'sent');

-- A pack's requests, for its history and for "is a decommission already queued?".
CREATE INDEX nvs_request_pack ON nvs_request(product_id, serial);
