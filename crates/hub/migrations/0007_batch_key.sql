-- 0007: each stored batch keeps the public key its signature was checked against. A site that
-- enrols again (rebuilt after a loss, or resumed after a fork) gets a new key, and the batches
-- it signed before must stay checkable (`custody-hub verify`) with the key that signed them.
ALTER TABLE batch_signature ADD COLUMN IF NOT EXISTS public_key text;
-- A batch stored since the site's latest enrolment was signed with the key the site has now.
-- One stored before it was signed with a key the hub no longer holds: it stays NULL, and
-- `verify` counts it as not checkable rather than guess. The table is append-only; its guard is
-- lifted for this one fill, inside the migration's transaction, and put back.
ALTER TABLE batch_signature DISABLE TRIGGER batch_signature_append_only;
UPDATE batch_signature b SET public_key = s.public_key
  FROM site s
 WHERE s.id = b.site_id AND b.public_key IS NULL
   AND s.enrolled_at IS NOT NULL AND b.received_at >= s.enrolled_at;
ALTER TABLE batch_signature ENABLE TRIGGER batch_signature_append_only;
