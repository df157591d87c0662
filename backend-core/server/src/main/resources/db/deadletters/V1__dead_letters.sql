-- Messages the broker gave up on (dead after three deliveries, or expired), kept for staff.
-- handled_by names the compensating step that made up for one; NULL means staff must look at it.
CREATE TABLE dead_letter (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id     TEXT,
    fate           TEXT    NOT NULL CHECK (fate IN ('DEAD', 'EXPIRED')),
    original_queue TEXT,
    type           TEXT,
    event_id       TEXT,
    order_id       TEXT,
    body           TEXT,
    kept_at        INTEGER NOT NULL,
    handled_by     TEXT,
    resolved_at    INTEGER,
    UNIQUE (message_id, original_queue)
);
CREATE INDEX dead_letter_waiting ON dead_letter (handled_by, resolved_at);
