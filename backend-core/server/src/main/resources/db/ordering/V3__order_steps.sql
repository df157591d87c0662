-- Every status an order moved to, when, and for a staff member's move who, why and with which
-- request key: the back office shows an order's whole history from it.
CREATE TABLE order_step (
    step_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id    TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    staff_id    TEXT,
    staff_name  TEXT,
    note        TEXT,
    request_key TEXT
);
CREATE INDEX order_step_by_order ON order_step (order_id, step_id);
-- orders placed before this table: their placing, and the status they are in since their last change
INSERT INTO order_step (order_id, status, at) SELECT order_id, 'CREATED', placed_at FROM customer_order;
INSERT INTO order_step (order_id, status, at, note)
SELECT order_id, status, updated_at, failure_reason FROM customer_order WHERE status <> 'CREATED';
-- the back office finds orders by the time they were placed
CREATE INDEX customer_order_by_placed_at ON customer_order (placed_at);
