-- Orders cancelled before their OrderPaid reached the bar (it failed and was retried from the dead
-- letters, or came again later): no ticket is queued for them when it does.
CREATE TABLE cancelled_before_queued (
    order_id     TEXT    PRIMARY KEY,
    cancelled_at INTEGER NOT NULL
);
