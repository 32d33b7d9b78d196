-- 0007: site settings that are not master data (e.g. where the desktop app writes its daily
-- backups), with who set them last.

CREATE TABLE setting (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  INTEGER NOT NULL REFERENCES user(id)
) WITHOUT ROWID;
