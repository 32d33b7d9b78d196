-- 0006: sign-in and signatures. Failed sign-in attempts lock an account for a while; an event
-- may carry the meaning of its actor's signature (the password re-entered for it), which is part
-- of the event's hash when present.

ALTER TABLE user ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE user ADD COLUMN locked_until TEXT;
ALTER TABLE user ADD COLUMN password_set_at TEXT;

ALTER TABLE event ADD COLUMN signature TEXT CHECK (signature IN ('approved', 'performed', 'reviewed'));
