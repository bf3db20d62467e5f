-- A patient's scheduling fact in one round trip (ADR 0032). The listener looked up the
-- patient's journey (one statement), remembered who booked (one more, for a booking) and
-- then called record_fact: three statements for a confirmation, two for a hold. Here the
-- journey is found and the booker kept in the same call; a replay keeps nothing twice (the
-- booker by its key, the fact by its id, as before).
-- [jooq ignore start]
CREATE FUNCTION analytics.record_patient_fact(p_patient_key TEXT, p_keeps_booker BOOLEAN, p_id UUID,
    p_at TIMESTAMP WITH TIME ZONE, p_own_journey UUID, p_kind TEXT, p_location UUID, p_practitioner UUID,
    p_visit_type UUID, p_specialty TEXT, p_subject UUID, p_hold UUID, p_slot TIMESTAMP WITH TIME ZONE,
    p_appointment UUID) RETURNS BOOLEAN
LANGUAGE sql AS $$
    -- Who booked (a pseudonym) and where: only the booking's own patient may pledge for it.
    INSERT INTO analytics.booking_owner (appointment_id, patient_key, location_id)
    SELECT p_subject, p_patient_key, p_location WHERE p_keeps_booker
    ON CONFLICT DO NOTHING;
    -- The patient's latest journey linked at or before the fact, else their own.
    SELECT analytics.record_fact(p_id, p_at,
        coalesce((SELECT j.journey_id FROM analytics.journey j WHERE j.patient_key = p_patient_key
            AND j.linked_at <= p_at ORDER BY j.linked_at DESC LIMIT 1), p_own_journey),
        p_kind, p_location, p_practitioner, p_visit_type, p_specialty, p_subject, p_hold, p_slot, p_appointment);
$$;
-- [jooq ignore stop]
