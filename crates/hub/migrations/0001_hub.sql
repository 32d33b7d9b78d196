-- The hub's first schema: the sites it knows and how they enrol, the events each site pushed
-- (canonical bytes kept as they came, the only form that can be hashed again), their lines for
-- the network views to come, the signed heads of every batch, and the alarms. The event tables
-- are append-only, as a site's are: a correction is a new event at the site, never an edit here.

CREATE TABLE site (
    id               bigserial PRIMARY KEY,
    code             text NOT NULL UNIQUE,
    name             text NOT NULL,
    -- Ed25519, base64; null until the site enrols.
    public_key       text,
    -- The bearer token's SHA-256: the token itself is only ever shown to the site.
    token_sha256     bytea UNIQUE,
    created_at       timestamptz NOT NULL DEFAULT now(),
    enrolled_at      timestamptz,
    -- Set when a fork suspends the site; cleared by an administrator's `site resume`.
    suspended_reason text
);

-- One-time codes, kept as hashes: whoever reads the table cannot enrol with them.
CREATE TABLE enrolment_code (
    code_sha256 bytea PRIMARY KEY,
    site_code   text NOT NULL REFERENCES site (code),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);

-- Where each site's chain stands at the hub: the row every push locks, so one site's pushes
-- run one at a time while other sites' go on.
CREATE TABLE site_cursor (
    site_id    bigint PRIMARY KEY REFERENCES site (id),
    last_seq   bigint NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
    last_hash  bytea NOT NULL CHECK (length(last_hash) = 32),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE event (
    site_id     bigint NOT NULL REFERENCES site (id),
    seq         bigint NOT NULL CHECK (seq >= 1),
    event_id    text NOT NULL UNIQUE,
    format      integer NOT NULL,
    prev_hash   bytea NOT NULL CHECK (length(prev_hash) = 32),
    hash        bytea NOT NULL CHECK (length(hash) = 32),
    -- What the site hashed, byte for byte.
    canonical   bytea NOT NULL,
    -- Derived from the parsed bytes for queries only: jsonb reorders keys and cannot be hashed.
    body        jsonb NOT NULL,
    kind        text NOT NULL,
    -- As the site's clock wrote it; the hub's own time is received_at.
    occurred_at text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site_id, seq)
);

CREATE TABLE event_line (
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
    PRIMARY KEY (site_id, seq, line_no),
    FOREIGN KEY (site_id, seq) REFERENCES event (site_id, seq)
);
-- A pack across the network, and a lot across the network (recall reach).
CREATE INDEX event_line_gtin_serial ON event_line (gtin, serial);
CREATE INDEX event_line_gtin_lot ON event_line (gtin, lot);

-- Each stored batch's signed positions: the site's key over from_seq, the hash before it,
-- last_seq and last_hash (custody_sync_protocol::batch_message).
CREATE TABLE batch_signature (
    id          bigserial PRIMARY KEY,
    site_id     bigint NOT NULL REFERENCES site (id),
    from_seq    bigint NOT NULL,
    prev_hash   bytea NOT NULL,
    last_seq    bigint NOT NULL,
    last_hash   bytea NOT NULL,
    signature   text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX batch_signature_site ON batch_signature (site_id, last_seq);

CREATE TABLE alarm (
    id          bigserial PRIMARY KEY,
    kind        text NOT NULL,
    site_id     bigint NOT NULL REFERENCES site (id),
    seq         bigint,
    detail      jsonb NOT NULL,
    raised_at   timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    resolved_by text,
    resolution  text,
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL) AND (resolved_at IS NULL) = (resolution IS NULL))
);
CREATE INDEX alarm_open ON alarm (raised_at) WHERE resolved_at IS NULL;

-- Append-only: what a site pushed and signed is never changed or taken back at the hub.
CREATE FUNCTION custody_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'custody hub: % is append-only (% refused)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'raise_exception';
END
$$;

CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON event
    FOR EACH ROW EXECUTE FUNCTION custody_append_only();
CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON event
    FOR EACH STATEMENT EXECUTE FUNCTION custody_append_only();
CREATE TRIGGER event_line_append_only BEFORE UPDATE OR DELETE ON event_line
    FOR EACH ROW EXECUTE FUNCTION custody_append_only();
CREATE TRIGGER event_line_no_truncate BEFORE TRUNCATE ON event_line
    FOR EACH STATEMENT EXECUTE FUNCTION custody_append_only();
CREATE TRIGGER batch_signature_append_only BEFORE UPDATE OR DELETE ON batch_signature
    FOR EACH ROW EXECUTE FUNCTION custody_append_only();
CREATE TRIGGER batch_signature_no_truncate BEFORE TRUNCATE ON batch_signature
    FOR EACH STATEMENT EXECUTE FUNCTION custody_append_only();
