-- A page given back by its worker (its transaction rolled back, or a retryable error) is pending with a
-- deadline in lease_expires_at: if no message claims it by then, the reaper rings again. The reaper looks
-- for passed deadlines of processing and pending pages alike.
DROP INDEX page_lease;
CREATE INDEX page_lease ON page (lease_expires_at) WHERE lease_expires_at IS NOT NULL;

-- The split stage works in slices, one message each; this is how far it has come.
ALTER TABLE job ADD COLUMN pages_split INTEGER NOT NULL DEFAULT 0;
