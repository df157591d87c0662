-- Orders, their priced lines, the day's order numbers and ordering's copy of the menu.
CREATE TABLE customer_order (
    order_id        TEXT    PRIMARY KEY,
    order_number    INTEGER NOT NULL,
    business_day    TEXT    NOT NULL,
    kiosk_id        TEXT,
    idempotency_key TEXT    NOT NULL UNIQUE,
    order_type      TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    payment_attempt INTEGER NOT NULL,
    failure_reason  TEXT,
    contact         TEXT,
    total_won       INTEGER NOT NULL,
    placed_at       INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    UNIQUE (business_day, order_number)
);

CREATE TABLE order_line (
    order_id       TEXT    NOT NULL REFERENCES customer_order (order_id),
    line_index     INTEGER NOT NULL,
    item_id        TEXT    NOT NULL,
    name_ko        TEXT    NOT NULL,
    name_en        TEXT    NOT NULL,
    options_json   TEXT    NOT NULL,
    quantity       INTEGER NOT NULL,
    unit_price_won INTEGER NOT NULL,
    prep_seconds   INTEGER NOT NULL,
    PRIMARY KEY (order_id, line_index)
);

CREATE TABLE daily_order_number (
    business_day TEXT    PRIMARY KEY,
    last_number  INTEGER NOT NULL
);

CREATE TABLE menu_replica (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    version     INTEGER NOT NULL,
    menu_json   TEXT    NOT NULL,
    received_at INTEGER NOT NULL
);
