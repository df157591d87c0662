-- A digest of the PlaceOrder an order was placed with (cart, type, contact, kiosk; never the card):
-- the same idempotency key with a different order is refused. Orders placed before have none.
ALTER TABLE customer_order ADD COLUMN request_digest TEXT;
