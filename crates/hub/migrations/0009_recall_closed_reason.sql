-- Why a network recall was closed with outcomes still unanswered (issue #20 item 5;
-- docs/decisions/2026-12-01-hub-recall.md, addendum of 2026-12-02): a QA officer may close one
-- whose only open items are packs that left a site which will not send their outcomes (not
-- upgraded, closed down, suspended), never one with stock still in stock, held or in transit.
-- Null for a recall closed with nothing open. Applying it again changes nothing.
ALTER TABLE network_recall ADD COLUMN IF NOT EXISTS closed_reason text
    CHECK (closed_reason IS NULL OR (closed_reason <> '' AND closed_at IS NOT NULL));
