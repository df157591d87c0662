-- Settled payments: one row per attempt at paying an order. Only the card's brand and last four
-- digits are kept: never a card number, never the one-time token.
CREATE TABLE payment (
    payment_id         TEXT    PRIMARY KEY,
    order_id           TEXT    NOT NULL,
    attempt            INTEGER NOT NULL CHECK (attempt >= 1),
    amount_won         INTEGER NOT NULL CHECK (amount_won >= 0),
    card_brand         TEXT,
    card_last4         TEXT,
    status             TEXT    NOT NULL CHECK (status IN ('APPROVED', 'DECLINED', 'REFUNDED')),
    authorization_code TEXT,
    decline_code       TEXT,
    decline_message    TEXT,
    settled_at         INTEGER NOT NULL,
    refund_id          TEXT,
    refunded_at        INTEGER,
    UNIQUE (order_id, attempt)
);
-- the database itself refuses a second charge for one order
CREATE UNIQUE INDEX payment_one_charge_per_order ON payment (order_id) WHERE status <> 'DECLINED';
