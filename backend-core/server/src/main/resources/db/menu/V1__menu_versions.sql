-- Every version of the whole menu; the highest version is the one on sale.
CREATE TABLE menu_version (
    version    INTEGER PRIMARY KEY,
    menu_json  TEXT    NOT NULL,
    change     TEXT    NOT NULL,
    changed_at INTEGER NOT NULL
);
