-- Search: urgency counts per practitioner (bookings made recently, appointments in the coming week).
CREATE INDEX appointment_by_practitioner ON scheduling.appointment (practitioner_id, starts_at);
