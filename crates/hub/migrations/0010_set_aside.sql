-- 0010: a chain set aside (docs/decisions/2026-12-01-hub-protocol.md, addendum of
-- 2026-12-02). When the copy of a site the hub took first was the wrong one (a clone, or an old
-- backup that recorded new work, pushed before the real site), the administrator resolving the
-- fork sets aside the hub's events of the site from a position on (`custody-hub site resume
-- --set-aside-from SEQ`). Nothing is deleted: the events, their lines and the signatures of the
-- batches that brought them move here, in the resume's one transaction, with who, when and why,
-- and stay for audit; the site's cursor goes back to the event before. Written to run again
-- unchanged (the tests migrate a hub from an earlier version twice).

CREATE TABLE IF NOT EXISTS set_aside (
    id                bigserial PRIMARY KEY,
    site_id           bigint NOT NULL REFERENCES site (id),
    -- The events set aside: from_seq to last_seq, the hub's head until then (and its hash).
    -- asked_from is the position the administrator asked for, the fork alarm's; from_seq is
    -- earlier when a batch signature reached from before it, whose events went with it whole.
    from_seq          bigint NOT NULL CHECK (from_seq >= 1),
    asked_from        bigint NOT NULL CHECK (asked_from >= from_seq),
    last_seq          bigint NOT NULL CHECK (last_seq >= from_seq),
    last_hash         bytea NOT NULL CHECK (length(last_hash) = 32),
    -- The fork alarm it resolved (the earliest open one of the site).
    alarm_id          bigint NOT NULL REFERENCES alarm (id),
    reason            text NOT NULL CHECK (length(trim(reason)) > 0),
    set_aside_by      text NOT NULL,
    set_aside_by_user bigint NOT NULL REFERENCES hub_user (id),
    set_aside_at      timestamptz NOT NULL DEFAULT now(),
    -- The transaction that set it aside: the only one whose deletes the guard below lets through.
    set_aside_xact    bigint NOT NULL DEFAULT txid_current()
);
CREATE INDEX IF NOT EXISTS set_aside_site ON set_aside (site_id, id);

-- The events as `event` held them, byte for byte.
CREATE TABLE IF NOT EXISTS set_aside_event (
    set_aside_id bigint NOT NULL REFERENCES set_aside (id),
    site_id      bigint NOT NULL REFERENCES site (id),
    seq          bigint NOT NULL,
    event_id     text NOT NULL,
    format       integer NOT NULL,
    prev_hash    bytea NOT NULL,
    hash         bytea NOT NULL,
    canonical    bytea NOT NULL,
    body         jsonb NOT NULL,
    kind         text NOT NULL,
    occurred_at  text NOT NULL,
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (set_aside_id, seq)
);
CREATE INDEX IF NOT EXISTS set_aside_event_position ON set_aside_event (site_id, seq);

CREATE TABLE IF NOT EXISTS set_aside_line (
    set_aside_id    bigint NOT NULL,
    site_id         bigint NOT NULL,
    seq             bigint NOT NULL,
    line_no         bigint NOT NULL,
    gtin            text NOT NULL,
    lot             text,
    serial          text,
    expiry          text,
    quantity        bigint NOT NULL,
    status_before   text,
    status_after    text,
    location_before text,
    location_after  text,
    PRIMARY KEY (set_aside_id, seq, line_no),
    FOREIGN KEY (set_aside_id, seq) REFERENCES set_aside_event (set_aside_id, seq)
);

-- The signatures of the batches whose last event was set aside, under their own numbers. A batch
-- reaching back before the set-aside position goes with them: it names a last hash the chain
-- held no longer has.
CREATE TABLE IF NOT EXISTS set_aside_batch (
    batch_id     bigint PRIMARY KEY,
    set_aside_id bigint NOT NULL REFERENCES set_aside (id),
    site_id      bigint NOT NULL REFERENCES site (id),
    from_seq     bigint NOT NULL,
    prev_hash    bytea NOT NULL,
    last_seq     bigint NOT NULL,
    last_hash    bytea NOT NULL,
    signature    text NOT NULL,
    public_key   text,
    received_at  timestamptz NOT NULL
);

-- The set-aside tables are append-only too.
DROP TRIGGER IF EXISTS set_aside_append_only ON set_aside;
CREATE TRIGGER set_aside_append_only BEFORE UPDATE OR DELETE ON set_aside
    FOR EACH ROW EXECUTE FUNCTION custody_append_only();
DROP TRIGGER IF EXISTS set_aside_no_truncate ON set_aside;
CREATE TRIGGER set_aside_no_truncate BEFORE TRUNCATE ON set_aside
    FOR EACH STATEMENT EXECUTE FUNCTION custody_append_only();
DROP TRIGGER IF EXISTS set_aside_event_append_only ON set_aside_event;
CREATE TRIGGER set_aside_event_append_only BEFORE UPDATE OR DELETE ON set_aside_event
    FOR EACH ROW EXECUTE FUNCTION custody_append_only();
DROP TRIGGER IF EXISTS set_aside_event_no_truncate ON set_aside_event;
CREATE TRIGGER set_aside_event_no_truncate BEFORE TRUNCATE ON set_aside_event
    FOR EACH STATEMENT EXECUTE FUNCTION custody_append_only();
DROP TRIGGER IF EXISTS set_aside_line_append_only ON set_aside_line;
CREATE TRIGGER set_aside_line_append_only BEFORE UPDATE OR DELETE ON set_aside_line
    FOR EACH ROW EXECUTE FUNCTION custody_append_only();
DROP TRIGGER IF EXISTS set_aside_line_no_truncate ON set_aside_line;
CREATE TRIGGER set_aside_line_no_truncate BEFORE TRUNCATE ON set_aside_line
    FOR EACH STATEMENT EXECUTE FUNCTION custody_append_only();
DROP TRIGGER IF EXISTS set_aside_batch_append_only ON set_aside_batch;
CREATE TRIGGER set_aside_batch_append_only BEFORE UPDATE OR DELETE ON set_aside_batch
    FOR EACH ROW EXECUTE FUNCTION custody_append_only();
DROP TRIGGER IF EXISTS set_aside_batch_no_truncate ON set_aside_batch;
CREATE TRIGGER set_aside_batch_no_truncate BEFORE TRUNCATE ON set_aside_batch
    FOR EACH STATEMENT EXECUTE FUNCTION custody_append_only();

-- A row leaves `event`, `event_line` or `batch_signature` only in the transaction that kept its
-- copy in the set-aside tables (the set-aside's `set_aside_xact`). A copy kept earlier lets
-- nothing through: once the real site has pushed events identical to ones set aside, a stray
-- delete of them is refused like any other. Every update and truncate is refused as before.
CREATE OR REPLACE FUNCTION custody_set_aside_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'event' THEN
        IF EXISTS (SELECT 1 FROM set_aside_event s
                   JOIN set_aside a ON a.id = s.set_aside_id
                   WHERE a.set_aside_xact = txid_current()
                     AND s.site_id = OLD.site_id AND s.seq = OLD.seq
                     AND s.event_id = OLD.event_id AND s.hash = OLD.hash
                     AND s.canonical = OLD.canonical) THEN
            RETURN OLD;
        END IF;
    ELSIF TG_TABLE_NAME = 'event_line' THEN
        IF EXISTS (SELECT 1 FROM set_aside_line s
                   JOIN set_aside a ON a.id = s.set_aside_id
                   JOIN set_aside_event e ON e.set_aside_id = s.set_aside_id AND e.seq = s.seq
                   JOIN event h ON h.site_id = OLD.site_id AND h.seq = OLD.seq
                   WHERE a.set_aside_xact = txid_current()
                     AND s.site_id = OLD.site_id AND s.seq = OLD.seq
                     AND s.line_no = OLD.line_no AND e.event_id = h.event_id
                     AND s.gtin = OLD.gtin AND s.quantity = OLD.quantity
                     AND s.serial IS NOT DISTINCT FROM OLD.serial
                     AND s.lot IS NOT DISTINCT FROM OLD.lot) THEN
            RETURN OLD;
        END IF;
    ELSIF TG_TABLE_NAME = 'batch_signature' THEN
        IF EXISTS (SELECT 1 FROM set_aside_batch s
                   JOIN set_aside a ON a.id = s.set_aside_id
                   WHERE a.set_aside_xact = txid_current()
                     AND s.batch_id = OLD.id AND s.signature = OLD.signature) THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'custody hub: % is append-only (% refused; a row leaves it only set aside, its copy kept)',
        TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'raise_exception';
END
$$;

DROP TRIGGER IF EXISTS event_append_only ON event;
CREATE TRIGGER event_append_only BEFORE UPDATE ON event
    FOR EACH ROW EXECUTE FUNCTION custody_append_only();
DROP TRIGGER IF EXISTS event_set_aside_only ON event;
CREATE TRIGGER event_set_aside_only BEFORE DELETE ON event
    FOR EACH ROW EXECUTE FUNCTION custody_set_aside_only();
DROP TRIGGER IF EXISTS event_line_append_only ON event_line;
CREATE TRIGGER event_line_append_only BEFORE UPDATE ON event_line
    FOR EACH ROW EXECUTE FUNCTION custody_append_only();
DROP TRIGGER IF EXISTS event_line_set_aside_only ON event_line;
CREATE TRIGGER event_line_set_aside_only BEFORE DELETE ON event_line
    FOR EACH ROW EXECUTE FUNCTION custody_set_aside_only();
DROP TRIGGER IF EXISTS batch_signature_append_only ON batch_signature;
CREATE TRIGGER batch_signature_append_only BEFORE UPDATE ON batch_signature
    FOR EACH ROW EXECUTE FUNCTION custody_append_only();
DROP TRIGGER IF EXISTS batch_signature_set_aside_only ON batch_signature;
CREATE TRIGGER batch_signature_set_aside_only BEFORE DELETE ON batch_signature
    FOR EACH ROW EXECUTE FUNCTION custody_set_aside_only();
