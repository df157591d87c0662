-- Shared by every service database: the transactional outbox and the idempotent consumers' ledger.
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id        TEXT    NOT NULL UNIQUE,
    address         TEXT    NOT NULL,
    type            TEXT    NOT NULL,
    order_id        TEXT,
    body            TEXT    NOT NULL,
    occurred_at     INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    published       INTEGER NOT NULL DEFAULT 0,
    published_at    INTEGER
);
CREATE INDEX outbox_pending ON outbox (published, next_attempt_at, seq);

CREATE TABLE processed_message (
    consumer     TEXT    NOT NULL,
    event_id     TEXT    NOT NULL,
    processed_at INTEGER NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
