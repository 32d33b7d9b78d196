-- 0035: the national queue as people see it (issue #25): how many requests wait, ended in an
-- alert or failed, and each state's requests newest first, read through an index by state and
-- time instead of a scan of every request a site ever sent (a dispensing site queues one per
-- pack supplied, millions over the years). Nothing is rebuilt: an index only.
CREATE INDEX nvs_request_state ON nvs_request(state, created_at);
