-- 0022: a site's recall outcomes that are not on its ledger (a patient or ward notified, a pack
-- that left not traceable), sent to the hub for the network's recalls (issue #20 item 5;
-- docs/decisions/2026-12-01-hub-recall.md, addendum of 2026-12-02). `sent_at` is when the hub
-- acknowledged the row (or refused it for good: `hub_refusal` then says why, and it is not sent
-- again). A row of a recall the network does not share is never sent; it waits, unsent, in case
-- the recall is shared and linked later. The note stays here: it can name a patient.
ALTER TABLE recall_outcome ADD COLUMN sent_at TEXT;
ALTER TABLE recall_outcome ADD COLUMN hub_refusal TEXT;
CREATE INDEX recall_outcome_unsent ON recall_outcome(recall_id) WHERE sent_at IS NULL;
