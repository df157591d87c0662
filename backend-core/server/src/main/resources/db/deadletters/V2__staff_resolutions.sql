-- Staff resolve a letter that waits for them: RETRIED (sent back once to the queue it failed on) or
-- DISCARDED (with their reason); resolved_at says when, resolved_by and resolved_by_name who.
-- original_address is the address the letter was published to (its queue's address), deliveries
-- how often the broker tried it before giving up (unknown for an expired one).
ALTER TABLE dead_letter ADD COLUMN original_address TEXT;
ALTER TABLE dead_letter ADD COLUMN deliveries INTEGER;
ALTER TABLE dead_letter ADD COLUMN resolution TEXT CHECK (resolution IN ('RETRIED', 'DISCARDED'));
ALTER TABLE dead_letter ADD COLUMN resolved_by TEXT;
ALTER TABLE dead_letter ADD COLUMN resolved_by_name TEXT;
ALTER TABLE dead_letter ADD COLUMN resolution_note TEXT;
CREATE INDEX dead_letter_by_event ON dead_letter (event_id, original_queue);
