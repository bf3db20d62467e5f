-- Issue 10: bookings written back to a practitioner's OAuth calendar. One row per appointment and
-- connection: a replayed booking event finds it and writes nothing twice; the next free/busy sync
-- recognises these ranges as our own events, so they never come back as external conflicts.
CREATE TABLE scheduling.calendar_written_event (
    appointment_id UUID         NOT NULL,
    connection_id  UUID         NOT NULL,
    event_id       VARCHAR(64)  NOT NULL,
    starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calendar_written_event_pk PRIMARY KEY (appointment_id, connection_id),
    CONSTRAINT calendar_written_event_connection_fk FOREIGN KEY (connection_id)
        REFERENCES scheduling.calendar_connection (id) ON DELETE CASCADE
);

CREATE INDEX calendar_written_event_by_connection ON scheduling.calendar_written_event (connection_id, starts_at);
