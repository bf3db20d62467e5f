-- Issue 13: an idempotency key belongs to (who booked, for which patient) and remembers what it
-- was used for. A key sent again with a different request is refused IDEMPOTENCY_KEY_REUSED
-- instead of answering with the earlier booking.
ALTER TABLE scheduling.appointment ADD COLUMN request_fingerprint VARCHAR(64);

-- [jooq ignore start]
-- Rows booked before this migration get the fingerprint their request would have had (the
-- same text the application hashes: see Appointment.Origin).
UPDATE scheduling.appointment SET request_fingerprint = encode(sha256(convert_to(
    CASE WHEN hold_id IS NOT NULL THEN 'hold|' || hold_id || '|' || patient_id
         ELSE 'slot|' || practitioner_id || '|' || location_id || '|' || visit_type_id || '|'
              || to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '|' || patient_id
    END, 'UTF8')), 'hex');
-- [jooq ignore stop]

ALTER TABLE scheduling.appointment ALTER COLUMN request_fingerprint SET NOT NULL;
ALTER TABLE scheduling.appointment DROP CONSTRAINT appointment_idempotency_key_once;
ALTER TABLE scheduling.appointment
    ADD CONSTRAINT appointment_idempotency_key_once UNIQUE (patient_id, booked_by, idempotency_key);
