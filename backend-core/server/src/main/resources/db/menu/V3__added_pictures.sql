-- Pictures a manager added for items, named by their content; terminals ask for them by name.
CREATE TABLE added_picture (
    image    TEXT PRIMARY KEY,
    bytes    BLOB NOT NULL,
    added_by TEXT NOT NULL,
    added_at INTEGER NOT NULL
);
