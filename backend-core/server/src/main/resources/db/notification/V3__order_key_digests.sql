-- A kiosk's LeaveContact must prove the order is its own with the key it placed the order with:
-- any kiosk can read order ids from the order events, and a contact left for another's order
-- would take its "ready" message and its e-mailed receipt. The receipt keeps the digest of the
-- order's key from the OrderPaid; a contact left before the OrderPaid came keeps the digest it was
-- left with, and goes if the OrderPaid names another.
ALTER TABLE receipt ADD COLUMN order_key_digest TEXT;
ALTER TABLE contact ADD COLUMN order_key_digest TEXT;
