-- The bar's tickets, one per paid order. The drink lines are a JSON array (they are only ever read
-- and written with their ticket).
CREATE TABLE ticket (
    order_id     TEXT    PRIMARY KEY,
    order_number INTEGER NOT NULL,
    order_type   TEXT    NOT NULL,
    status       TEXT    NOT NULL
                 CHECK (status IN ('QUEUED', 'IN_PREPARATION', 'READY', 'PICKED_UP', 'CANCELLED')),
    lines        TEXT    NOT NULL,
    paid_at      INTEGER NOT NULL,
    started_at   INTEGER,
    ready_at     INTEGER,
    picked_up_at INTEGER,
    last_bump_at INTEGER,
    station      TEXT,
    version      INTEGER NOT NULL
);
CREATE INDEX ticket_by_status ON ticket (status, paid_at);
CREATE INDEX ticket_by_last_bump ON ticket (last_bump_at);
CREATE INDEX ticket_by_ready_at ON ticket (ready_at);
