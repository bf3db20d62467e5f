-- Issue 11: dependents (people a guardian books for) and group bookings (all members or none).

-- A dependent is a patient of its own (id = the patient id its appointments and reservations
-- carry) owned by exactly one guardian, the signed-in patient who manages it.
CREATE TABLE scheduling.dependent (
    id            UUID         NOT NULL,
    guardian_id   UUID         NOT NULL,
    name          VARCHAR(100) NOT NULL,
    date_of_birth DATE         NOT NULL,
    relationship  VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT dependent_pk PRIMARY KEY (id),
    CONSTRAINT dependent_relationship_known CHECK (relationship IN ('CHILD', 'PARTNER', 'PARENT', 'OTHER'))
);

CREATE INDEX dependent_by_guardian ON scheduling.dependent (guardian_id, name);

-- One row per confirmed group: confirming the same group hold twice (or retrying with the same
-- key) finds this row instead of booking the members again.
CREATE TABLE scheduling.group_booking (
    id              UUID        NOT NULL,
    booked_by       UUID        NOT NULL,
    hold_id         UUID        NOT NULL,
    idempotency_key VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT group_booking_pk PRIMARY KEY (id),
    CONSTRAINT group_booking_hold_once UNIQUE (hold_id),
    CONSTRAINT group_booking_key_once UNIQUE (booked_by, idempotency_key)
);

-- The members' appointments: ordinary appointments (same reservations, same exclusion
-- constraints), tied to their group so it can be cancelled whole or member by member.
CREATE TABLE scheduling.group_member (
    group_booking_id UUID    NOT NULL,
    appointment_id   UUID    NOT NULL,
    position         INTEGER NOT NULL,
    CONSTRAINT group_member_pk PRIMARY KEY (group_booking_id, appointment_id),
    CONSTRAINT group_member_appointment_once UNIQUE (appointment_id),
    CONSTRAINT group_member_group_fk FOREIGN KEY (group_booking_id)
        REFERENCES scheduling.group_booking (id) ON DELETE CASCADE,
    CONSTRAINT group_member_appointment_fk FOREIGN KEY (appointment_id)
        REFERENCES scheduling.appointment (id) ON DELETE CASCADE
);
