package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.application.PatientBookings;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

/**
 * Counts on the {@code appointment_by_patient (patient_id, starts_at)} index.
 */
@Repository
class JooqPatientBookings implements PatientBookings {

	private static final String BOOKED = "BOOKED";

	private final DSLContext db;

	JooqPatientBookings(DSLContext db) {
		this.db = db;
	}

	@Override
	public int startingAfter(PatientId patient, Instant now) {
		return this.db.fetchCount(APPOINTMENT, APPOINTMENT.PATIENT_ID.eq(patient.value()),
				APPOINTMENT.STARTS_AT.gt(utc(now)), APPOINTMENT.STATUS.eq(BOOKED));
	}

	@Override
	public int withPractitioner(PatientId patient, PractitionerId practitioner, Instant from, Instant to) {
		return this.db.fetchCount(APPOINTMENT, APPOINTMENT.PATIENT_ID.eq(patient.value()),
				APPOINTMENT.STARTS_AT.ge(utc(from)), APPOINTMENT.STARTS_AT.lt(utc(to)),
				APPOINTMENT.PRACTITIONER_ID.eq(practitioner.value()), APPOINTMENT.STATUS.eq(BOOKED));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
