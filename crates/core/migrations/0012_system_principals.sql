-- 0012: work nobody typed acts as a named system principal, never as "the first administrator".
-- Each is a user row no person can be given (a ':' in the username), disabled and without a
-- password, so it can never sign in; `permissions::SYSTEM_PERMISSIONS` lists the little each may
-- do. The application layer (crates/api) is the only code that acts as one.

INSERT INTO user (username, name, role, active, created_at) VALUES
    ('custody:backup', 'Custody (daily backup)', 'staff', 0, '2026-12-01T00:00:00.000000Z'),
    ('custody:alerts', 'Custody (daily alerts)', 'staff', 0, '2026-12-01T00:00:00.000000Z'),
    ('custody:sync', 'Custody (network sync)', 'staff', 0, '2026-12-01T00:00:00.000000Z'),
    ('custody:verification', 'Custody (national verification)', 'staff', 0, '2026-12-01T00:00:00.000000Z');
