-- The staff who may sign in at the manager screen, with their PIN kept only as a salted PBKDF2 hash,
-- and their wrong PINs in a row (locked_until: no PIN is checked before it, epoch millis).
CREATE TABLE staff_member (
    id             TEXT    PRIMARY KEY,
    name           TEXT    NOT NULL,
    pin_hash       TEXT    NOT NULL,
    wrong_in_a_row INTEGER NOT NULL DEFAULT 0,
    locked_until   INTEGER,
    added_at       INTEGER NOT NULL,
    retired_at     INTEGER
);
-- Every sign-in, right or wrong: who, when, and what came of it.
CREATE TABLE sign_in (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id   TEXT    NOT NULL,
    outcome    TEXT    NOT NULL,
    signed_at  INTEGER NOT NULL
);
