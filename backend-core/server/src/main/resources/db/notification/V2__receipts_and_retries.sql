-- When a customer left their contact: any left before the store day began is deleted.
ALTER TABLE contact ADD COLUMN left_at INTEGER NOT NULL DEFAULT 0;

-- Messages to customers: "ready" or a receipt (sent again by staff, too, so several per order and
-- channel), with their text and when the next try is due after a failed one. The recipient is
-- cleared once a message is sent or given up.
CREATE TABLE notification_v2 (
    notification_id TEXT    PRIMARY KEY,
    order_id        TEXT    NOT NULL,
    order_number    INTEGER NOT NULL,
    channel         TEXT    NOT NULL,
    purpose         TEXT    NOT NULL CHECK (purpose IN ('READY', 'RECEIPT')),
    recipient_kind  TEXT,
    recipient       TEXT,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    sent_at         INTEGER
);
INSERT INTO notification_v2 (notification_id, order_id, order_number, channel, purpose, recipient_kind, recipient,
                             subject, body, status, attempts, created_at, next_attempt_at, sent_at)
SELECT notification_id, order_id, order_number, channel, 'READY',
       CASE WHEN status = 'PENDING' THEN recipient_kind END, CASE WHEN status = 'PENDING' THEN recipient END,
       'Order ' || order_number || ' is ready', 'Your order ' || order_number || ' is ready.',
       status, attempts, created_at, created_at, sent_at
FROM notification;
DROP TABLE notification;
ALTER TABLE notification_v2 RENAME TO notification;
CREATE INDEX notification_by_status ON notification (status, next_attempt_at);
CREATE INDEX notification_by_order ON notification (order_id);

-- A receipt per paid order, kept from the OrderPaid event (lines as JSON: name, options, quantity, price).
CREATE TABLE receipt (
    order_id      TEXT    PRIMARY KEY,
    order_number  INTEGER NOT NULL,
    paid_at       INTEGER NOT NULL,
    lines         TEXT    NOT NULL,
    total_won     INTEGER NOT NULL,
    card_brand    TEXT,
    card_last4    TEXT,
    approval_code TEXT
);
CREATE INDEX receipt_by_number ON receipt (order_number, paid_at);

-- What staff did with a receipt (RESENT, PRINTED), once per request, with who and when.
CREATE TABLE receipt_action (
    request_id TEXT    PRIMARY KEY,
    order_id   TEXT    NOT NULL,
    action     TEXT    NOT NULL CHECK (action IN ('RESENT', 'PRINTED')),
    staff_id   TEXT    NOT NULL,
    staff_name TEXT    NOT NULL,
    at         INTEGER NOT NULL,
    detail     TEXT
);
CREATE INDEX receipt_action_by_order ON receipt_action (order_id, at);
