CREATE TABLE tally (
    name  TEXT    PRIMARY KEY,
    count INTEGER NOT NULL
);
