-- The pickup board: its version (one row) and where each recent order's number stands.
CREATE TABLE board (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO board (id, version) VALUES (1, 0);

CREATE TABLE board_entry (
    order_id       TEXT    PRIMARY KEY,
    order_number   INTEGER NOT NULL,
    board_column   TEXT    NOT NULL CHECK (board_column IN ('PREPARING', 'READY', 'GONE')),
    since          INTEGER NOT NULL,
    ticket_version INTEGER NOT NULL
);
CREATE INDEX board_entry_by_column ON board_entry (board_column, since);

-- The phone number or e-mail address a customer left for the "ready" message.
CREATE TABLE contact (
    order_id TEXT PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('PHONE', 'EMAIL')),
    address  TEXT NOT NULL
);

-- "Your order is ready", one per order and channel.
CREATE TABLE notification (
    notification_id TEXT    PRIMARY KEY,
    order_id        TEXT    NOT NULL,
    order_number    INTEGER NOT NULL,
    channel         TEXT    NOT NULL,
    recipient_kind  TEXT,
    recipient       TEXT,
    status          TEXT    NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER,
    UNIQUE (order_id, channel)
);
CREATE INDEX notification_by_status ON notification (status, created_at);
