-- The version of the bar's ticket news an order followed last: news of an older version (one
-- redelivered after a newer one overtook it) is ignored, so a TicketStarted that comes after the
-- TicketReady cannot send a ready order back into preparation, where its pickup would be refused.
ALTER TABLE customer_order ADD COLUMN ticket_version INTEGER NOT NULL DEFAULT 0;
