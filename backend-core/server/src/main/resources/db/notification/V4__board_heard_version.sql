-- The board moves on the live copies of the bar's news, before their durable copies come. Each
-- entry keeps the newest version the durable news has brought, apart from the version it shows:
-- the durable READY calls the customer unless the bar has said something newer since, however far
-- the live copies have moved the number. Every entry so far was moved by durable news alone.
ALTER TABLE board_entry ADD COLUMN heard_version INTEGER NOT NULL DEFAULT 0;
UPDATE board_entry SET heard_version = ticket_version;
