package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;

import java.time.ZoneOffset;
import java.util.List;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.calendar.application.PractitionerAppointments;
import io.slotwise.scheduling.domain.TimeRange;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

/**
 * A practitioner's appointments for their feed, read from scheduling's own table; patient
 * and visit type are not even selected.
 */
@Repository
class JooqPractitionerAppointments implements PractitionerAppointments {

	private final DSLContext db;

	JooqPractitionerAppointments(DSLContext db) {
		this.db = db;
	}

	@Override
	public List<Booked> of(PractitionerId practitioner, TimeRange window, int max) {
		return this.db
			.select(APPOINTMENT.ID, APPOINTMENT.LOCATION_ID, APPOINTMENT.STARTS_AT, APPOINTMENT.ENDS_AT,
					APPOINTMENT.STATUS)
			.from(APPOINTMENT)
			.where(APPOINTMENT.PRACTITIONER_ID.eq(practitioner.value()))
			.and(APPOINTMENT.STARTS_AT.lt(window.end().atOffset(ZoneOffset.UTC)))
			.and(APPOINTMENT.ENDS_AT.gt(window.start().atOffset(ZoneOffset.UTC)))
			.orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
			.limit(max)
			.fetch((row) -> new Booked(row.value1(), new LocationId(row.value2()),
					new TimeRange(row.value3().toInstant(), row.value4().toInstant()),
					"CANCELLED".equals(row.value5())));
	}

}
