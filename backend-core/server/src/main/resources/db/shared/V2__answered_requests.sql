-- A command's answer, kept in the transaction of its effect: the same request delivered again (its
-- server died before acknowledging it) is answered as before and changes nothing twice. The reply
-- queue tells a request delivered again from another that reuses its message id.
CREATE TABLE answered_request (
    queue       TEXT    NOT NULL,
    message_id  TEXT    NOT NULL,
    reply_to    TEXT    NOT NULL,
    answer      TEXT    NOT NULL,
    answered_at INTEGER NOT NULL,
    PRIMARY KEY (queue, message_id)
);
