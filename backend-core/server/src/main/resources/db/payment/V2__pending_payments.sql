-- A payment row is written PENDING before the card network is called, so a redelivered or abandoned
-- request knows the network may hold a charge under its key and asks it instead of guessing; a
-- payment declined while that answer was unknown owes the network a void (void_due).
CREATE TABLE payment_v2 (
    payment_id         TEXT    PRIMARY KEY,
    order_id           TEXT    NOT NULL,
    attempt            INTEGER NOT NULL CHECK (attempt >= 1),
    amount_won         INTEGER NOT NULL CHECK (amount_won >= 0),
    card_brand         TEXT,
    card_last4         TEXT,
    status             TEXT    NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED', 'REFUNDED')),
    authorization_code TEXT,
    decline_code       TEXT,
    decline_message    TEXT,
    settled_at         INTEGER CHECK (status = 'PENDING' OR settled_at IS NOT NULL),
    refund_id          TEXT,
    refunded_at        INTEGER,
    void_due           INTEGER NOT NULL DEFAULT 0,
    UNIQUE (order_id, attempt)
);
INSERT INTO payment_v2 (payment_id, order_id, attempt, amount_won, card_brand, card_last4, status,
                        authorization_code, decline_code, decline_message, settled_at, refund_id, refunded_at)
SELECT payment_id, order_id, attempt, amount_won, card_brand, card_last4, status,
       authorization_code, decline_code, decline_message, settled_at, refund_id, refunded_at
FROM payment;
DROP TABLE payment;
ALTER TABLE payment_v2 RENAME TO payment;
-- the database itself refuses a second charge (or a charge beside one in flight) for one order
CREATE UNIQUE INDEX payment_one_charge_per_order ON payment (order_id) WHERE status <> 'DECLINED';
CREATE INDEX payment_void_due ON payment (void_due) WHERE void_due = 1;
