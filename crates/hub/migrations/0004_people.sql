-- The people who work at the hub (QA officers and administrators), who sign in to its command
-- line and web page, and the web page's sessions. A site's users stay at the site: the hub owns
-- only its own people (issue #20, item 9). Passwords are kept as argon2id PHC strings and a
-- session's token only as its SHA-256, so a copy of this database signs no one in.

CREATE TABLE hub_user (
    id              bigserial PRIMARY KEY,
    username        text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{1,64}$'),
    name            text NOT NULL CHECK (length(trim(name)) > 0),
    role            text NOT NULL CHECK (role IN ('qa', 'admin')),
    password_hash   text NOT NULL,
    active          boolean NOT NULL DEFAULT true,
    -- Wrong passwords in a row; at five the account locks for five minutes (as at a site).
    failed_attempts integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    password_set_at timestamptz NOT NULL DEFAULT now(),
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE hub_session (
    token_sha256 bytea PRIMARY KEY CHECK (length(token_sha256) = 32),
    user_id      bigint NOT NULL REFERENCES hub_user (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL
);
CREATE INDEX hub_session_user ON hub_session (user_id);

-- Who resolved an alarm, as a signed-in hub user; resolved_by keeps the name as written then
-- (alarms resolved before this migration have only that).
ALTER TABLE alarm ADD COLUMN resolved_by_user bigint REFERENCES hub_user (id);
