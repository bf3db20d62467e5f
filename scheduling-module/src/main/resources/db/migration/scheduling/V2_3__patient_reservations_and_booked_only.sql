-- Issue 8: the patient is a resource too, and only a booked appointment may reserve time.

-- A patient cannot be in two appointments at once: their time is reserved like a practitioner's,
-- under the same exclusion constraint.
ALTER TABLE scheduling.reservation DROP CONSTRAINT reservation_kind_known;
ALTER TABLE scheduling.reservation
    ADD CONSTRAINT reservation_kind_known CHECK (resource_kind IN ('PATIENT', 'PRACTITIONER', 'ROOM', 'EQUIPMENT'));

-- Reservations carry their appointment's status, and a composite foreign key ties the two:
-- a reservation can only point at a BOOKED appointment, so the database refuses reservations
-- of a cancelled appointment, and refuses to cancel an appointment whose reservations are still
-- there (they must be deleted first, in the same transaction).
ALTER TABLE scheduling.appointment ADD CONSTRAINT appointment_id_status_key UNIQUE (id, status);
ALTER TABLE scheduling.reservation ADD COLUMN appointment_status VARCHAR(16) NOT NULL DEFAULT 'BOOKED';
ALTER TABLE scheduling.reservation
    ADD CONSTRAINT reservation_of_booked_only CHECK (appointment_status = 'BOOKED');
ALTER TABLE scheduling.reservation
    ADD CONSTRAINT reservation_appointment_booked_fk FOREIGN KEY (appointment_id, appointment_status)
        REFERENCES scheduling.appointment (id, status);

-- [jooq ignore start]
-- Existing bookings get their patient's reservation. An overlap among them (the defect this
-- migration closes) keeps the earliest-inserted one; ON CONFLICT DO NOTHING accepts the
-- exclusion constraint as arbiter.
INSERT INTO scheduling.reservation (appointment_id, resource_kind, resource_id, during)
SELECT id, 'PATIENT', patient_id, tstzrange(starts_at, ends_at, '[)')
FROM scheduling.appointment
WHERE status = 'BOOKED'
ORDER BY created_at
ON CONFLICT DO NOTHING;
-- [jooq ignore stop]
