-- External calendars (issue 10): connections with their secrets encrypted by the application
-- (AES-GCM, nonce in front), the busy times last fetched per connection, and OAuth flows in flight.
-- Numbered 2.20 so other scheduling migrations of the same period can take 2.4 and up.
CREATE TABLE scheduling.calendar_connection (
    id               UUID         NOT NULL,
    practitioner_id  UUID         NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    buffer_minutes   INTEGER      NOT NULL,
    -- Feed URL or OAuth tokens (JSON), encrypted; never readable without the key.
    secret           BYTEA        NOT NULL,
    -- Access token expiry, in the clear: the refresh job selects by it.
    token_expires_at TIMESTAMP WITH TIME ZONE,
    last_synced_at   TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500),
    -- The refresh job's claim: an instance owns the row until then.
    refresh_claimed_until TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT calendar_connection_pk PRIMARY KEY (id),
    CONSTRAINT calendar_connection_kind_known CHECK (kind IN ('ICAL_FEED', 'GOOGLE')),
    CONSTRAINT calendar_connection_status_known CHECK (status IN ('CONNECTED', 'DISCONNECTED')),
    CONSTRAINT calendar_connection_buffer_range CHECK (buffer_minutes BETWEEN 0 AND 240)
);

CREATE INDEX calendar_connection_by_practitioner ON scheduling.calendar_connection (practitioner_id);
CREATE INDEX calendar_connection_by_expiry ON scheduling.calendar_connection (token_expires_at);

CREATE TABLE scheduling.calendar_busy (
    connection_id UUID NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calendar_busy_connection_fk FOREIGN KEY (connection_id)
        REFERENCES scheduling.calendar_connection (id) ON DELETE CASCADE,
    CONSTRAINT calendar_busy_ends_after_start CHECK (ends_at > starts_at)
);

CREATE INDEX calendar_busy_by_connection ON scheduling.calendar_busy (connection_id, starts_at);

CREATE TABLE scheduling.calendar_authorization (
    state           VARCHAR(64) NOT NULL,
    practitioner_id UUID        NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    code_verifier   BYTEA       NOT NULL,
    buffer_minutes  INTEGER     NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calendar_authorization_pk PRIMARY KEY (state)
);
