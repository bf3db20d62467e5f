-- Issue 10: each practitioner's private iCalendar feed of their Slotwise appointments. Only the
-- SHA-256 of the feed token is stored, in hex (the token is 256 random bits, so a fast hash is enough):
-- a database leak does not reveal working feed URLs. Rotating replaces the row, revoking deletes it.
CREATE TABLE scheduling.appointment_feed (
    practitioner_id UUID     NOT NULL,
    token_hash      CHAR(64) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT appointment_feed_pk PRIMARY KEY (practitioner_id),
    CONSTRAINT appointment_feed_token_once UNIQUE (token_hash)
);

