-- Scheduling module: appointments and the reservations that make double booking impossible.
CREATE SCHEMA IF NOT EXISTS scheduling;

-- [jooq ignore start]
CREATE EXTENSION IF NOT EXISTS btree_gist;
-- [jooq ignore stop]

CREATE TABLE scheduling.appointment (
    id              UUID        NOT NULL,
    patient_id      UUID        NOT NULL,
    practitioner_id UUID        NOT NULL,
    location_id     UUID        NOT NULL,
    visit_type_id   UUID        NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(16) NOT NULL,
    -- The hold this booking came from: confirming the same hold twice finds this row.
    hold_id         UUID,
    -- A client-chosen key: a retried confirmation finds this row instead of booking twice.
    idempotency_key VARCHAR(100),
    booked_by       UUID        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    cancelled_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT appointment_pk PRIMARY KEY (id),
    CONSTRAINT appointment_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT appointment_status_known CHECK (status IN ('BOOKED', 'CANCELLED')),
    CONSTRAINT appointment_hold_once UNIQUE (hold_id),
    CONSTRAINT appointment_idempotency_key_once UNIQUE (patient_id, idempotency_key)
);

CREATE INDEX appointment_by_patient ON scheduling.appointment (patient_id, starts_at);

-- One row per reserved resource (practitioner, room, equipment unit). The exclusion constraint is
-- the last word on double booking: whatever Redis said, two live reservations of one resource
-- can never overlap. Cancelling deletes the rows, so cancelled time is free again.
CREATE TABLE scheduling.reservation (
    appointment_id UUID        NOT NULL,
    resource_kind  VARCHAR(16) NOT NULL,
    resource_id    UUID        NOT NULL,
    during         tstzrange   NOT NULL,
    CONSTRAINT reservation_pk PRIMARY KEY (appointment_id, resource_id),
    CONSTRAINT reservation_appointment_fk FOREIGN KEY (appointment_id)
        REFERENCES scheduling.appointment (id) ON DELETE CASCADE,
    CONSTRAINT reservation_kind_known CHECK (resource_kind IN ('PRACTITIONER', 'ROOM', 'EQUIPMENT'))
);

-- [jooq ignore start]
-- Half-open ranges only, so back-to-back appointments (10:00-10:30, 10:30-11:00) do not collide.
ALTER TABLE scheduling.reservation
    ADD CONSTRAINT reservation_half_open CHECK (lower_inc(during) AND NOT upper_inc(during));
-- The gist index behind this constraint also serves the availability queries (resource_id, during &&).
ALTER TABLE scheduling.reservation
    ADD CONSTRAINT reservation_no_overlap EXCLUDE USING gist (resource_id WITH =, during WITH &&);
-- [jooq ignore stop]
