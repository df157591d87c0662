-- The request each PIN came in (its message id and reply queue; never the PIN, never the pass): a
-- refused sign-in the broker delivers again, because its server died between counting the wrong
-- PIN and acknowledging the request, is refused as before and not counted twice.
ALTER TABLE sign_in ADD COLUMN message_id TEXT;
ALTER TABLE sign_in ADD COLUMN reply_to TEXT;
CREATE INDEX sign_in_by_request ON sign_in (message_id);
