package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.application.PatientBookings;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

/**
 * Counts on the {@code appointment_by_patient (patient_id, starts_at)} index, both caps
 * in one statement (one round trip inside the booking transaction).
 */
@Repository
class JooqPatientBookings implements PatientBookings {

	private static final String BOOKED = "BOOKED";

	private final DSLContext db;

	JooqPatientBookings(DSLContext db) {
		this.db = db;
	}

	@Override
	public Counts count(PatientId patient, Instant now, PractitionerId practitioner, Instant from, Instant to) {
		Instant earliest = from.isBefore(now) ? from : now;
		return this.db
			.select(DSL.count().filterWhere(APPOINTMENT.STARTS_AT.gt(utc(now))),
					DSL.count()
						.filterWhere(APPOINTMENT.PRACTITIONER_ID.eq(practitioner.value())
							.and(APPOINTMENT.STARTS_AT.ge(utc(from)))
							.and(APPOINTMENT.STARTS_AT.lt(utc(to)))))
			.from(APPOINTMENT)
			.where(APPOINTMENT.PATIENT_ID.eq(patient.value()), APPOINTMENT.STATUS.eq(BOOKED),
					APPOINTMENT.STARTS_AT.ge(utc(earliest)))
			.fetchSingle((row) -> new Counts(row.value1(), row.value2()));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
