-- 0010: who may do what is evidence. Adding a user, changing a role, disabling and enabling are
-- ledger events (format v2, see docs/decisions/2026-12-01-ledger-format.md), and the user table's
-- role and active flag are their projection. Each event records the format its hash was computed
-- with, so events written before keep verifying. The system principal signs the events core
-- writes on its own (the enrolment of existing users that runs in Rust after this script); it
-- can never sign in (no password, disabled, and a username no person can be given).

ALTER TABLE event ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE event ADD COLUMN subject_user_id INTEGER REFERENCES user(id);
ALTER TABLE event ADD COLUMN subject_role TEXT CHECK (subject_role IN ('staff', 'manager', 'qa', 'admin'));
ALTER TABLE event ADD COLUMN subject_active INTEGER CHECK (subject_active IN (0, 1));

-- A user's events, for the enrolment step and a user's history.
CREATE INDEX event_subject_user ON event(subject_user_id, seq) WHERE subject_user_id IS NOT NULL;

INSERT INTO user (username, name, role, active, created_at)
VALUES ('custody:system', 'Custody (system)', 'staff', 0, '2026-12-01T00:00:00.000000Z');
