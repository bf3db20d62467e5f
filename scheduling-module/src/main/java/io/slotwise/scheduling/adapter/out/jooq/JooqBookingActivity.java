package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.application.BookingActivity;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

/**
 * Booking counts for urgency labels, straight from the appointment rows (only those still
 * booked: a cancelled booking is no sign of demand).
 */
@Repository
class JooqBookingActivity implements BookingActivity {

	private final DSLContext db;

	JooqBookingActivity(DSLContext db) {
		this.db = db;
	}

	@Override
	public Map<PractitionerId, Counts> counts(Collection<PractitionerId> practitioners, Instant createdSince,
			Instant from, Instant to) {
		Map<PractitionerId, Counts> counts = new HashMap<>();
		if (practitioners.isEmpty()) {
			return counts;
		}
		var recent = DSL.count().filterWhere(APPOINTMENT.CREATED_AT.ge(createdSince.atOffset(ZoneOffset.UTC)));
		var booked = DSL.count()
			.filterWhere(APPOINTMENT.STARTS_AT.ge(from.atOffset(ZoneOffset.UTC))
				.and(APPOINTMENT.STARTS_AT.lt(to.atOffset(ZoneOffset.UTC))));
		this.db.select(APPOINTMENT.PRACTITIONER_ID, recent, booked)
			.from(APPOINTMENT)
			.where(APPOINTMENT.PRACTITIONER_ID.in(practitioners.stream().map(PractitionerId::value).toList()))
			.and(APPOINTMENT.STATUS.eq(AppointmentDetails.Status.BOOKED.name()))
			.groupBy(APPOINTMENT.PRACTITIONER_ID)
			.forEach((row) -> counts.put(new PractitionerId(row.value1()), new Counts(row.value2(), row.value3())));
		return counts;
	}

}
